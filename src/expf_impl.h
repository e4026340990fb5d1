/*
 * e^x for f32, evaluated in f32: twice the lanes of the f64 evaluation
 * (src/exp_log_impl.h) for a maximum error of 0.765 ULP, at a subnormal
 * result, instead of 0.5 (the exhaustive run: docs/ulp.md). ONE algorithm
 * for the ISAs with FMA: the scalar reference, avx2, avx512 and neon return
 * the same bits. SSE4.1 has no FMA, so it keeps the f64 evaluation (the
 * issue allows an ISA without FMA a variant, still within 1 ULP). The same
 * holds for every function of this file and of the other *f_impl.h.
 *
 * Included after the ISA defines (src/<isa>/vf.h), for its vector of
 * floats vf:
 *   vf_set(float) vf_add vf_sub vf_mul, vf_fma(a, b, c) = a * b + c fused,
 *   vf_abs, vfm: a lane mask, vf_lt(a, b) -> vfm, vf_mnot(m), vf_any(m):
 *   some lane set,
 *   vf_round(x): nearest integer, ties to even,
 *   vf_clamp(x, lo, hi): x < lo ? lo : x > hi ? hi : x (NaN passes),
 *   vf_scale(p, k): p * 2^k rounded once, for integral k in [-150, 128]
 *   (p * 2^(k >> 1) is exact for the p here, then * 2^(k - (k >> 1))),
 *   vf_scale8(p, k8) = vf_scale(p, floor(k8 / 8)),
 *   vf_lookup8(t, key) = t[k & 7] and vf_ldexp_key(p, key) = p 2^(k >> 3)
 *   (exact for normal results) for the integer k held in key's low bits,
 *   VF_FAST_SCALE: 1 where vf_scale8 is as cheap as vf_ldexp_key.
 *
 * Method: x = (k/8) ln2 + r with k = round(8x/ln2) (read off the bits of
 * key = 8x/ln2 + 1.5 2^23) and |r| <= ln2/16 (+ the rounding of 8x/ln2),
 * ln2/8 split so that k LN2_HI is exact and x - k LN2_HI exact; then
 *   e^x = 2^(k >> 3) 2^((k & 7)/8) e^r,
 * 2^(j/8) = T_HI[j] + T_LO[j] from a table of 8 (T_LO: the rounding of
 * T_HI, within 2^-48), e^r = 1 + p, p = r + r^2 (1/2 + C3 r + C4 r^2)
 * (relative error 2^-31.5: tools/mathconst.py). T_HI + (T_HI p + T_LO):
 * the part in parentheses is at most 0.1 of the sum, so its roundings
 * (p's, and its own) cost at most 2^-28 relative; only the last addition
 * rounds at the result's scale. The scaling by 2^(k >> 3) is exact unless
 * the result is subnormal, where it rounds once more.
 */
/* for the larger functions, which GCC would otherwise call from each of
 * map_f's unrolled steps instead of inlining them */
#define VMF_INLINE static inline __attribute__((always_inline))

#define VMF_EXP_LO -104.0f          /* e^x < 2^-150 below: rounds to 0 */
#define VMF_EXP_HI 89.0f            /* e^x > 2^128 above: rounds to Inf */
#define VMF_EXP_NORMAL 87.0f        /* |x| < 87: e^x normal */
#define VMF_INVLN2 0x1.715476p+0f
#define VMF_LN2_HI 0x1.62e4p-1f     /* 16 bits: k * LN2_HI exact for |k| <= 2^8 */
#define VMF_LN2_LO 0x1.7f7d1cp-20f  /* ln2 - LN2_HI rounded to f32 (error 2^-44) */
#define VMF_EXPT_SHIFT 0x1.8p23f    /* x + SHIFT rounds x to an integer, kept in the low bits */
#define VMF_EXPT_INVLN2 0x1.715476p+3f /* 8/ln2 */
#define VMF_EXPT_LN2_HI 0x1.62ep-4f /* ln2/8 in 13 bits: k LN2_HI exact for |k| < 2^11 */
#define VMF_EXPT_LN2_LO 0x1.0bfbe8p-18f
#define VMF_EXPT_C3 0x1.555b82p-3f
#define VMF_EXPT_C4 0x1.555974p-5f
static const float vmf_exp_thi[16] = {
    0x1p+0f, 0x1.172b84p+0f, 0x1.306fe0p+0f, 0x1.4bfdaep+0f, 0x1.6a09e6p+0f, 0x1.8ace54p+0f, 0x1.ae89fap+0f, 0x1.d5818ep+0f,
    0x1p+0f, 0x1.172b84p+0f, 0x1.306fe0p+0f, 0x1.4bfdaep+0f, 0x1.6a09e6p+0f, 0x1.8ace54p+0f, 0x1.ae89fap+0f, 0x1.d5818ep+0f,
};
static const float vmf_exp_tlo[16] = {
    0.0f, -0x1.c15742p-27f, 0x1.4636e2p-25f, -0x1.593abcp-25f, 0x1.9fcef4p-26f, 0x1.15506ep-27f, -0x1.a94b14p-26f, -0x1.822dbcp-27f,
    0.0f, -0x1.c15742p-27f, 0x1.4636e2p-25f, -0x1.593abcp-25f, 0x1.9fcef4p-26f, 0x1.15506ep-27f, -0x1.a94b14p-26f, -0x1.822dbcp-27f,
};

/*
 * e^y = 2^(k >> 3) (hi + lo) for y in [-104, 89.5] (or NaN): the steps
 * above, with T_HI + s split exactly into hi + lo (Fast2Sum: T_HI >= 1 >
 * 10 |s|), so hi in [0.95, 2.05] is the rounded sum and lo what the
 * rounding lost (e^r within 2^-28 relative). Sets *key (see vf_lookup8) and
 * *k8 = k as a float.
 */
static inline void vmf_exp_core(vf y, vf *hi, vf *lo, vf *key, vf *k8)
{
    *key = vf_fma(y, vf_set(VMF_EXPT_INVLN2), vf_set(VMF_EXPT_SHIFT));
    vf k = vf_sub(*key, vf_set(VMF_EXPT_SHIFT));
    vf r = vf_fma(k, vf_set(-VMF_EXPT_LN2_HI), y); /* exact */
    r = vf_fma(k, vf_set(-VMF_EXPT_LN2_LO), r);
    vf q = vf_fma(r, vf_fma(r, vf_set(VMF_EXPT_C4), vf_set(VMF_EXPT_C3)), vf_set(0.5f));
    vf p = vf_fma(vf_mul(r, r), q, r);
    vf th = vf_lookup8(vmf_exp_thi, *key);
    vf s = vf_fma(th, p, vf_lookup8(vmf_exp_tlo, *key));
    *hi = vf_add(th, s);
    *lo = vf_add(vf_sub(th, *hi), s);
    *k8 = k;
}

/* the same steps for e^-x = 2^(k >> 3) (th + s), stopped before the
 * Fast2Sum: th = T_HI[k & 7], s = T_HI p + T_LO (|s| < 0.05 th), for
 * sigmoid. x is not negated first: the steps run on r' = -r with the
 * signs folded into the FMAs (every negation exact: the bits of
 * vmf_exp_core on -x). vf_fnma and vf_fms negate an operand on NEON and
 * in the scalar reference, so a NaN x may leave with either sign: sigmoid
 * sends NaN lanes through its rare branch. */
static inline void vmf_exp_neg_ts(vf x, vf *th, vf *s, vf *key)
{
    *key = vf_fnma(vf_set(VMF_EXPT_INVLN2), x, vf_set(VMF_EXPT_SHIFT));
    vf k = vf_sub(*key, vf_set(VMF_EXPT_SHIFT));
    vf r = vf_fma(k, vf_set(VMF_EXPT_LN2_HI), x); /* -r, exact */
    r = vf_fma(k, vf_set(VMF_EXPT_LN2_LO), r);
    vf q = vf_fnma(r, vf_fnma(vf_set(VMF_EXPT_C4), r, vf_set(VMF_EXPT_C3)), vf_set(0.5f));
    vf p = vf_fms(vf_mul(r, r), q, r);
    *th = vf_lookup8(vmf_exp_thi, *key);
    *s = vf_fma(*th, p, vf_lookup8(vmf_exp_tlo, *key));
}

/* the binary exponent K = floor(k/8) of vmf_exp_core's k (integral):
 * round((k - 3.5)/8), which has no ties */
static inline vf vmf_exp_k(vf k8)
{
    return vf_round(vf_fma(k8, vf_set(0.125f), vf_set(-0.4375f)));
}

/* Where vf_scale8 is not one cheap instruction, vectors whose results are
 * all normal (|x| < 87, no NaN) add k >> 3 to the exponent field instead:
 * the same bits, as both are exact there. */
static inline vf vmf_exp(vf x)
{
    vf hi, lo, key, k8;
    vmf_exp_core(vf_clamp(x, VMF_EXP_LO, VMF_EXP_HI), &hi, &lo, &key, &k8); /* NaN stays NaN */
    (void)lo;
    if (!VF_FAST_SCALE && !vf_any(vf_mnot(vf_lt(vf_abs(x), vf_set(VMF_EXP_NORMAL)))))
        return vf_ldexp_key(hi, key);
    return vf_scale8(hi, k8);
}

/*
 * log, log2, log10 and log1p for f32, evaluated in f32 (maximum errors: the
 * exhaustive runs in docs/ulp.md). More primitives:
 *   vf_gt vf_eq -> vfm; vf_sel(m, a, b) = m ? a : b; vf_mand(m1, m2);
 *   vf_any_notnormal(x): some lane is not a positive normal number;
 *   vf_outbits(x, lo, hi) -> vfm: the lanes whose bits are outside [lo, hi);
 *   vf_logsplit8(x, &e, &d): z in [1, 2) with x = z 2^E (vgetmantps), and
 *   e = E VF_LOG_EUNIT (vgetexpps on avx512; E 2^23 from the bits
 *   elsewhere: the constants that multiply e carry 1 / VF_LOG_EUNIT, so the
 *   products, and the results, are the same), d the float whose bits are
 *   bits(x) - bits(z); vf_log_unscale(v, d) = v 2^-E for v in [0.5, 1]
 *   (|E| <= 125) by subtracting d's bits; vf_logkey(x): the key of vf_lookup8 for the top 3 mantissa
 *   bits of x (one vpermps on avx512 and avx2); vf_orsign(y, x): y with the
 *   sign bit of x or-ed in.
 *
 * Method (tools/logfconst.py derives the table and coefficients):
 * log_b x = E log_b 2 + log_b c + log_b(1 + r), r = z invc - 1, c = 1/invc,
 * one of 8 intervals of z (the top 3 mantissa bits of x):
 * - invc is a multiple of 2^-5, so r is EXACT with one FMA (|r| <= 2^-4, a
 *   multiple of 2^-28); invc = 1 on [1, 1.125) and 1/2 on [1.875, 2), so
 *   that next to x = 1 the table terms cancel exactly and the result is
 *   log_b(1 + r) with its relative error alone; r in [-1/16, 1/8];
 * - log_b c = hi + lo, hi a multiple of 2^-16, so A = E LB2_HI + hi is
 *   exact (|E| <= 149 and LB2_HI of 16 bits at most: 23 bits);
 * - log_b(1 + r) = K r + r^2 G(r), K = 1/ln b (1 for log), G of degree 4
 *   (relative error 2^-27.6 at most, tools/logfconst.py); for log2 and
 *   log10, K r = K_HI r + K_LO r;
 * - y = A + u, u = K r + (E LB2_LO + lo + r^2 G) rounded once, then the
 *   sum rounded (no Fast2Sum): where A = 0 (next to 1) y is u; elsewhere
 *   |y| >= 0.06 (log: |log_b x| >= 1/16 log_b(e) outside the two intervals
 *   next to 1) while |u| < 2^-4 log_b(e) (|r| <= 2^-4 there), so u's
 *   rounding is at most 1/4 of the result's ULP (maximum total 0.77 ULP).
 * 8 entries, not 16: AVX2 reads 8 with one vpermps, 16 with two and a
 * blend; the wider r costs one FMA in G, and dropping the Fast2Sum of the
 * 16-entry version (which needed |r| < |A|) pays for it.
 * Special inputs (x <= 0, subnormal, Inf, NaN) cost one compare per
 * vector; a vector holding any takes vmf_logb_fix, which redoes subnormal
 * lanes as (x 2^23) 2^(E - 23) and sets the others (Annex F).
 * log1p: u = 1 + x = uh + ul (ul = x - (uh - 1): uh - 1 is exact for
 * uh <= 2^24, and above, ul/uh < 2^-23 is negligible), then the core on uh
 * with log(1 + ul/uh) ~ ul/uh = ul invc 2^-E (1 - r) added to the small
 * terms (dropping (ul/uh)^2/2 costs 0.16 ULP at most, for |x| < 2^-24);
 * uh >= 2^126 (where 2^-E invc is not normal) takes the fix-up, which
 * returns log(uh) there; log1p(-0) = -0 by or-ing in the sign of x.
 */
/* tools/logfconst.py: 8 intervals of z in [1, 2), r in [-0.06250, 0.12500] */
static const float vmf_log_invc[16] = { 0x1p+0f, 0x1.bp-1f, 0x1.8p-1f, 0x1.6p-1f, 0x1.4p-1f, 0x1.3p-1f, 0x1.2p-1f, 0x1p-1f, 0x1p+0f, 0x1.bp-1f, 0x1.8p-1f, 0x1.6p-1f, 0x1.4p-1f, 0x1.3p-1f, 0x1.2p-1f, 0x1p-1f };
/* ln: r^2 G(r) error relative to log_b(1 + r) 3.56e-09 (2^-28.1), absolute on |r| <= 1/16 1.94e-10 (2^-32.3) */
#define VMF_LN_G0 -0x1.fffff6p-2f
#define VMF_LN_G1 0x1.5555b4p-2f
#define VMF_LN_G2 -0x1.002038p-2f
#define VMF_LN_G3 0x1.99b572p-3f
#define VMF_LN_G4 -0x1.27feb6p-3f
static const float vmf_ln_logc_hi[16] = { 0.0f, 0x1.5bf8p-3f, 0x1.2698p-2f, 0x1.7fbp-2f, 0x1.e148p-2f, 0x1.0ae8p-1f, 0x1.2696p-1f, 0x1.62e4p-1f, 0.0f, 0x1.5bf8p-3f, 0x1.2698p-2f, 0x1.7fbp-2f, 0x1.e148p-2f, 0x1.0ae8p-1f, 0x1.2696p-1f, 0x1.62e4p-1f };
static const float vmf_ln_logc_lo[16] = { 0.0f, -0x1.fca55ep-18f, -0x1.deecb2p-18f, -0x1.7109fap-20f, 0x1.4344e4p-19f, -0x1.23a5f6p-18f, 0x1.089a6ep-20f, 0x1.7f7d1cp-20f, 0.0f, -0x1.fca55ep-18f, -0x1.deecb2p-18f, -0x1.7109fap-20f, 0x1.4344e4p-19f, -0x1.23a5f6p-18f, 0x1.089a6ep-20f, 0x1.7f7d1cp-20f };
/* log2: r^2 G(r) error relative to log_b(1 + r) 4.76e-09 (2^-27.6), absolute on |r| <= 1/16 2.5e-10 (2^-31.9) */
#define VMF_LOG2_K_HI 0x1.715476p+0f
#define VMF_LOG2_K_LO 0x1.4ae0cp-26f
#define VMF_LOG2_G0 -0x1.71547p-1f
#define VMF_LOG2_G1 0x1.ec7126p-2f
#define VMF_LOG2_G2 -0x1.7182f2p-2f
#define VMF_LOG2_G3 0x1.278adap-2f
#define VMF_LOG2_G4 -0x1.ab07ccp-3f
static const float vmf_log2_logc_hi[16] = { 0.0f, 0x1.f6p-3f, 0x1.a9p-2f, 0x1.14c6p-1f, 0x1.5b2cp-1f, 0x1.811p-1f, 0x1.a9p-1f, 0x1p+0f, 0.0f, 0x1.f6p-3f, 0x1.a9p-2f, 0x1.14c6p-1f, 0x1.5b2cp-1f, 0x1.811p-1f, 0x1.a9p-1f, 0x1p+0f };
static const float vmf_log2_logc_lo[16] = { 0.0f, -0x1.3ab7cep-18f, -0x1.a39fbep-20f, -0x1.3e032ep-18f, 0x1.ed0cbap-20f, -0x1.6b9026p-19f, -0x1.a39fbep-19f, 0.0f, 0.0f, -0x1.3ab7cep-18f, -0x1.a39fbep-20f, -0x1.3e032ep-18f, 0x1.ed0cbap-20f, -0x1.6b9026p-19f, -0x1.a39fbep-19f, 0.0f };
/* log10: r^2 G(r) error relative to log_b(1 + r) 4.74e-09 (2^-27.7), absolute on |r| <= 1/16 1.04e-10 (2^-33.2) */
#define VMF_LOG10_K_HI 0x1.bcb7b2p-2f
#define VMF_LOG10_K_LO -0x1.5b235ep-27f
#define VMF_LOG10_2_HI 0x1.344p-2f
#define VMF_LOG10_2_LO 0x1.3509f8p-18f
#define VMF_LOG10_G0 -0x1.bcb7a8p-3f
#define VMF_LOG10_G1 0x1.287ac8p-3f
#define VMF_LOG10_G2 -0x1.bcefaap-4f
#define VMF_LOG10_G3 0x1.63de56p-4f
#define VMF_LOG10_G4 -0x1.011914p-4f
static const float vmf_log10_logc_hi[16] = { 0.0f, 0x1.2e4p-4f, 0x1.ffcp-4f, 0x1.4d4p-3f, 0x1.a208p-3f, 0x1.cfa8p-3f, 0x1.ffcp-3f, 0x1.344p-2f, 0.0f, 0x1.2e4p-4f, 0x1.ffcp-4f, 0x1.4d4p-3f, 0x1.a208p-3f, 0x1.cfa8p-3f, 0x1.ffcp-3f, 0x1.344p-2f };
static const float vmf_log10_logc_lo[16] = { 0.0f, -0x1.62fd22p-18f, -0x1.ea21c4p-23f, 0x1.fc13aep-18f, 0x1.a84fbcp-19f, 0x1.cecb98p-20f, -0x1.ea21c4p-22f, 0x1.3509f8p-18f, 0.0f, -0x1.62fd22p-18f, -0x1.ea21c4p-23f, 0x1.fc13aep-18f, 0x1.a84fbcp-19f, 0x1.cecb98p-20f, -0x1.ea21c4p-22f, 0x1.3509f8p-18f };

/* b: 0 log, 1 log2, 2 log10 (constants fold). sub: subnormal lanes, x scaled
 * by 2^23. is1p: log1p's core on uh = 1 + x rounded, ul the rest. */
static inline vf vmf_logb_core(vf x, int b, int sub, int is1p, vf ul)
{
    const float *thi = b == 0 ? vmf_ln_logc_hi : b == 1 ? vmf_log2_logc_hi : vmf_log10_logc_hi;
    const float *tlo = b == 0 ? vmf_ln_logc_lo : b == 1 ? vmf_log2_logc_lo : vmf_log10_logc_lo;
    float g0 = b == 0 ? VMF_LN_G0 : b == 1 ? VMF_LOG2_G0 : VMF_LOG10_G0;
    float g1 = b == 0 ? VMF_LN_G1 : b == 1 ? VMF_LOG2_G1 : VMF_LOG10_G1;
    float g2 = b == 0 ? VMF_LN_G2 : b == 1 ? VMF_LOG2_G2 : VMF_LOG10_G2;
    float g3 = b == 0 ? VMF_LN_G3 : b == 1 ? VMF_LOG2_G3 : VMF_LOG10_G3;
    float g4 = b == 0 ? VMF_LN_G4 : b == 1 ? VMF_LOG2_G4 : VMF_LOG10_G4;
    float b2hi = b == 0 ? VMF_LN2_HI : b == 1 ? 1.0f : VMF_LOG10_2_HI;
    float b2lo = b == 0 ? VMF_LN2_LO : VMF_LOG10_2_LO;
    vf e, d; /* e = E VF_LOG_EUNIT: the constants it multiplies carry 1 / VF_LOG_EUNIT */
    vf z = vf_logsplit8(x, &e, &d);
    vf key = vf_logkey(x);
    if (sub)
        e = vf_sub(e, vf_set(23.0f * VF_LOG_EUNIT));
    vf invc = vf_lookup8(vmf_log_invc, key);
    vf hi = vf_lookup8(thi, key), lo = vf_lookup8(tlo, key);
    vf r = vf_fma(z, invc, vf_set(-1.0f)); /* exact */
    vf g = vf_fma(r, vf_set(g4), vf_set(g3));
    g = vf_fma(g, r, vf_set(g2));
    g = vf_fma(g, r, vf_set(g1));
    g = vf_fma(g, r, vf_set(g0));
    vf a = vf_fma(e, vf_set(b2hi / VF_LOG_EUNIT), hi); /* exact */
    vf alo = b == 1 ? lo : vf_fma(e, vf_set(b2lo / VF_LOG_EUNIT), lo);
    vf l;
    if (is1p) {
        /* ul / uh ~ t (1 - r), t = ul invc 2^-E: r^2 G - r t = r (r G - t) */
        vf s = vf_log_unscale(invc, d), t = vf_mul(ul, s);
        l = vf_fma(r, vf_fms(r, g, t), vf_fma(ul, s, alo));
    } else if (b == 0) {
        l = vf_fma(vf_mul(r, r), g, alo);
    } else {
        /* K_LO r + r^2 G = r (r G + K_LO): the Horner step that multiplies
         * by r again replaces r^2, and K_LO rides in it (one operation
         * fewer than r^2 and a separate K_LO r) */
        l = vf_fma(r, vf_fma(r, g, vf_set(b == 1 ? VMF_LOG2_K_LO : VMF_LOG10_K_LO)), alo);
    }
    vf u = b == 0 ? vf_add(r, l) : vf_fma(r, vf_set(b == 1 ? VMF_LOG2_K_HI : VMF_LOG10_K_HI), l);
    return vf_add(a, u);
}

/* the lanes of y for x <= 0, +Inf or NaN, per Annex F */
static inline vf vmf_logb_annexf(vf x, vf y)
{
    y = vf_sel(vf_gt(x, vf_set(0.0f)), y, vf_set(NAN));
    y = vf_sel(vf_eq(x, vf_set(0.0f)), vf_set(-INFINITY), y);
    return vf_sel(vf_eq(x, vf_set(INFINITY)), x, y);
}

/* the lanes of y for special x: subnormal x redone, the rest per Annex F */
static inline vf vmf_logb_fix(vf x, vf y, int b)
{
    vfm sub = vf_mand(vf_gt(x, vf_set(0.0f)), vf_lt(x, vf_set(0x1p-126f)));
    if (vf_any(sub)) {
        /* only the subnormal lanes scaled: a large x 2^23 would overflow */
        vf ys = vmf_logb_core(vf_mul(vf_sel(sub, x, vf_set(1.0f)), vf_set(0x1p23f)), b, 1, 0, x);
        y = vf_sel(sub, ys, y);
    }
    return vmf_logb_annexf(x, y);
}

static inline vf vmf_logb(vf x, int b)
{
    vf y = vmf_logb_core(x, b, 0, 0, x);
    if (vf_any_notnormal(x))
        y = vmf_logb_fix(x, y, b);
    return y;
}

static inline vf vmf_log(vf x) { return vmf_logb(x, 0); }
static inline vf vmf_log2(vf x) { return vmf_logb(x, 1); }
static inline vf vmf_log10(vf x) { return vmf_logb(x, 2); }

/* always_inline: GCC's inlining budget for the whole file once left one
 * call of this kernel in AVX2's two-vector loop (14% slower) */
static inline __attribute__((always_inline)) vf vmf_log1p(vf x)
{
    vf uh = vf_add(vf_set(1.0f), x);
    vf ul = vf_sub(x, vf_sub(uh, vf_set(1.0f))); /* 1 + x = uh + ul (see above) */
    vf y = vmf_logb_core(uh, 0, 0, 1, ul);
    /* uh not in [2^-126, 2^126) (uh is never subnormal): <= 0, NaN, >= 2^126 */
    if (vf_any(vf_outbits(uh, 0x00800000, 0x7e800000))) {
        vfm big = vf_mand(vf_gt(uh, vf_set(0x1.fffffep125f)), vf_lt(uh, vf_set(INFINITY)));
        if (vf_any(big)) /* log1p(x) = log(uh) rounded there */
            y = vf_sel(big, vmf_logb_core(uh, 0, 0, 0, uh), y);
        y = vmf_logb_annexf(uh, y); /* uh is never subnormal */
    }
    return vf_orsign(y, x);
}

/*
 * The functions below also use vf_div (correctly rounded),
 * vf_copysign(mag, sgn) (the sign bit of sgn on mag), vf_pow2i(k) = 2^k
 * for integral k in [-126, 127] (NaN k: anything; then the result is NaN
 * through the other operand), vf_min(a, b) (a < b ? a : b; a NaN b
 * passes) and vf_max, vf_mor (or of two masks), for tanh's table
 * vf_row_index and vf_rows8, for sinh's and cosh's vf_lookup8_at (erf's:
 * t[trunc(s) & 7]), and for tanh's and sinh's sign vf_signbit, vf_andnot
 * and vf_bitsel (bit ops; src/scalar/vf.h).
 * They round more than once, so they carry values as pairs (see
 * vmf_sigmoid).
 */

/*
 * tanh(x) = sign(x) tanh(a), a = |x|; at most 0.726 ULP over all 2^32 inputs
 * (docs/ulp.md).
 *
 * a < 0.4: tanh a = a + a^3 P(a^2), P of degree 4 (relative error of the
 * whole 2^-28.9: tools/mathconst.py). a^3 P is at most 5% of a, so its few
 * roundings cost under 0.15 ULP beside the last addition's 0.5.
 *
 * a >= 0.4: a polynomial per interval, four intervals per binade from 0.25
 * (the row number is read off the bits of a), the last [8, 9.5], where a
 * is clamped: from 0x1.205968p3 on tanh rounds to 1, and the last
 * polynomial is exact at that point (and rounds to 1 beyond). Each row
 * holds c, an f32 near the interval's middle whose tanh is within 2^-41
 * relative of the f32 c0, and c1..c5: tanh(c + t) ~ c0 + t (c1 + ... + c5
 * t^4), a weighted minimax fit (tools/tabpolyconst.py), relative error below
 * 2^-26.1 with the f32 coefficients (2^-27 but on the wide [2, 2.5) and
 * [4, 5), where t (c1 + ...) is under 3% of the result: the worst case,
 * 0.726 ULP, is at 4.71). t = a - c is exact (same binade); the Horner
 * steps' roundings touch t (c1 + ...), at most 11% of the result, so they
 * cost about 0.2 ULP beside the last FMA's 0.5. No division, no exp: 5
 * FMAs and 7 table lookups (degree 6 was 0.632 ULP and 12% slower).
 */
#define VMF_TANH_SMALL 0.4f
#define VMF_TANH_MAX 9.5f
#define VMF_TANH_C3 -0x1.555556p-2f
#define VMF_TANH_C5 0x1.1110f6p-3f
#define VMF_TANH_C7 -0x1.ba06e4p-5f
#define VMF_TANH_C9 0x1.636e48p-6f
#define VMF_TANH_C11 -0x1.efd0c2p-8f
/* generated by tools/tabpolyconst.py: rows c, c0, c1 .. c5, 0 (21 used), interval
 * i of [0.25, 9.5] at row (i + 20) % 32 = (bits(a) >> 21) % 32 */
static const float vmf_tanh_rows[32][8] = {
    {0x1.1e193cp+1f, 0x1.f469f8p-1f, 0x1.6e8f06p-5f, -0x1.66413cp-5f, 0x1.c80206p-6f, -0x1.9f8906p-7f, 0x1.049d98p-8f, 0.0f},
    {0x1.5d4c3ap+1f, 0x1.fba738p-1f, 0x1.15038ap-6f, -0x1.12a616p-6f, 0x1.6819cp-7f, -0x1.5e9efap-8f, 0x1.f65afp-10f, 0.0f},
    {0x1.a44aa2p+1f, 0x1.fe8ff6p-1f, 0x1.6f8632p-8f, -0x1.6e78dp-8f, 0x1.e586bcp-9f, -0x1.e4b902p-10f, 0x1.946514p-11f, 0.0f},
    {0x1.e50a7cp+1f, 0x1.ff7a1p-1f, 0x1.0bbd64p-9f, -0x1.0b73ccp-9f, 0x1.638c9ep-10f, -0x1.6576cep-11f, 0x1.333ac4p-12f, 0.0f},
    {0x1.1d644ap+2f, 0x1.ffdce8p-1f, 0x1.18b1a8p-11f, -0x1.1854ep-11f, 0x1.76e1cep-12f, -0x1.85f84cp-13f, 0x1.1fb68p-14f, 0.0f},
    {0x1.62f414p+2f, 0x1.fffc02p-1f, 0x1.ff11fap-15f, -0x1.fe6d54p-15f, 0x1.529944p-15f, -0x1.635cd6p-16f, 0x1.38cbb2p-17f, 0.0f},
    {0x1.9e4af6p+2f, 0x1.ffff6p-1f, 0x1.3ffcfp-17f, -0x1.3f9faap-17f, 0x1.ab2b04p-18f, -0x1.be3c94p-19f, 0x1.52baf6p-20f, 0.0f},
    {0x1.e434ep+2f, 0x1.ffffeep-1f, 0x1.200f46p-20f, -0x1.1fbd98p-20f, 0x1.7cf1bp-21f, -0x1.8ef1a4p-22f, 0x1.6ef928p-23f, 0.0f},
    {0x1.154246p+3f, 0x1.fffffep-1f, 0x1.ff49eep-24f, -0x1.fd5d9ep-24f, 0x1.58f754p-24f, -0x1.75d1a8p-25f, 0x1.fdfe72p-27f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
    {0x1.201c7cp-2f, 0x1.18bdf2p-2f, 0x1.d983fep-1f, -0x1.03a3d8p-2f, -0x1.e8fcd2p-3f, 0x1.32f492p-3f, 0x1.e4d08ap-5f, 0.0f},
    {0x1.5b06p-2f, 0x1.4e5262p-2f, 0x1.c96c9ep-1f, -0x1.2aaf74p-2f, -0x1.9edcc2p-3f, 0x1.4e69dp-3f, 0x1.069846p-5f, 0.0f},
    {0x1.a14ac8p-2f, 0x1.8ba16cp-2f, 0x1.b3928ep-1f, -0x1.5092e2p-2f, -0x1.40b044p-3f, 0x1.5c1a3ap-3f, 0x1.89be8ap-8f, 0.0f},
    {0x1.df82fep-2f, 0x1.bf4948p-2f, 0x1.9e4fep-1f, -0x1.69f208p-2f, -0x1.d86fb8p-4f, 0x1.585254p-3f, -0x1.18281ap-6f, 0.0f},
    {0x1.24b756p-1f, 0x1.0881cp-1f, 0x1.775a12p-1f, -0x1.83d316p-2f, -0x1.8f17c8p-5f, 0x1.35c8fep-3f, -0x1.630e5ep-5f, 0.0f},
    {0x1.5ab046p-1f, 0x1.2de654p-1f, 0x1.4dfc48p-1f, -0x1.89de1ap-2f, 0x1.32d3f2p-7f, 0x1.f65104p-4f, -0x1.f7fd6ap-5f, 0.0f},
    {0x1.9cf914p-1f, 0x1.55dd4p-1f, 0x1.1bbc6ap-1f, -0x1.7ae734p-2f, 0x1.feb138p-5f, 0x1.4ed746p-4f, -0x1.00b0fap-4f, 0.0f},
    {0x1.dca2fp-1f, 0x1.76493cp-1f, 0x1.dcc5fp-2f, -0x1.5c88cep-2f, 0x1.7f7206p-4f, 0x1.717642p-5f, -0x1.b2cf14p-5f, 0.0f},
    {0x1.22a0fep+0f, 0x1.a02946p-1f, 0x1.5b79d2p-2f, -0x1.1a6f74p-2f, 0x1.c709acp-4f, 0x1.096434p-9f, -0x1.070f76p-5f, 0.0f},
    {0x1.5e22ecp+0f, 0x1.c19fb6p-1f, 0x1.d49cc2p-3f, -0x1.9b863ap-3f, 0x1.9a581ap-4f, -0x1.5438b4p-6f, -0x1.38f8bp-7f, 0.0f},
    {0x1.a2740ap+0f, 0x1.da79eep-1f, 0x1.21308p-3f, -0x1.0bfef8p-3f, 0x1.2feebep-4f, -0x1.9a99c4p-6f, 0x1.6a0abep-10f, 0.0f},
    {0x1.e1ceap+0f, 0x1.e8cb26p-1f, 0x1.6ae378p-4f, -0x1.5a70dap-4f, 0x1.a38e6ap-5f, -0x1.52f232p-6f, 0x1.2d44d4p-8f, 0.0f},
};
static const float vmf_tanh_cols[8][32] = {
    {0x1.1e193cp+1f, 0x1.5d4c3ap+1f, 0x1.a44aa2p+1f, 0x1.e50a7cp+1f, 0x1.1d644ap+2f, 0x1.62f414p+2f, 0x1.9e4af6p+2f, 0x1.e434ep+2f, 0x1.154246p+3f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0x1.201c7cp-2f, 0x1.5b06p-2f, 0x1.a14ac8p-2f, 0x1.df82fep-2f, 0x1.24b756p-1f, 0x1.5ab046p-1f, 0x1.9cf914p-1f, 0x1.dca2fp-1f, 0x1.22a0fep+0f, 0x1.5e22ecp+0f, 0x1.a2740ap+0f, 0x1.e1ceap+0f},
    {0x1.f469f8p-1f, 0x1.fba738p-1f, 0x1.fe8ff6p-1f, 0x1.ff7a1p-1f, 0x1.ffdce8p-1f, 0x1.fffc02p-1f, 0x1.ffff6p-1f, 0x1.ffffeep-1f, 0x1.fffffep-1f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0x1.18bdf2p-2f, 0x1.4e5262p-2f, 0x1.8ba16cp-2f, 0x1.bf4948p-2f, 0x1.0881cp-1f, 0x1.2de654p-1f, 0x1.55dd4p-1f, 0x1.76493cp-1f, 0x1.a02946p-1f, 0x1.c19fb6p-1f, 0x1.da79eep-1f, 0x1.e8cb26p-1f},
    {0x1.6e8f06p-5f, 0x1.15038ap-6f, 0x1.6f8632p-8f, 0x1.0bbd64p-9f, 0x1.18b1a8p-11f, 0x1.ff11fap-15f, 0x1.3ffcfp-17f, 0x1.200f46p-20f, 0x1.ff49eep-24f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0x1.d983fep-1f, 0x1.c96c9ep-1f, 0x1.b3928ep-1f, 0x1.9e4fep-1f, 0x1.775a12p-1f, 0x1.4dfc48p-1f, 0x1.1bbc6ap-1f, 0x1.dcc5fp-2f, 0x1.5b79d2p-2f, 0x1.d49cc2p-3f, 0x1.21308p-3f, 0x1.6ae378p-4f},
    {-0x1.66413cp-5f, -0x1.12a616p-6f, -0x1.6e78dp-8f, -0x1.0b73ccp-9f, -0x1.1854ep-11f, -0x1.fe6d54p-15f, -0x1.3f9faap-17f, -0x1.1fbd98p-20f, -0x1.fd5d9ep-24f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, -0x1.03a3d8p-2f, -0x1.2aaf74p-2f, -0x1.5092e2p-2f, -0x1.69f208p-2f, -0x1.83d316p-2f, -0x1.89de1ap-2f, -0x1.7ae734p-2f, -0x1.5c88cep-2f, -0x1.1a6f74p-2f, -0x1.9b863ap-3f, -0x1.0bfef8p-3f, -0x1.5a70dap-4f},
    {0x1.c80206p-6f, 0x1.6819cp-7f, 0x1.e586bcp-9f, 0x1.638c9ep-10f, 0x1.76e1cep-12f, 0x1.529944p-15f, 0x1.ab2b04p-18f, 0x1.7cf1bp-21f, 0x1.58f754p-24f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, -0x1.e8fcd2p-3f, -0x1.9edcc2p-3f, -0x1.40b044p-3f, -0x1.d86fb8p-4f, -0x1.8f17c8p-5f, 0x1.32d3f2p-7f, 0x1.feb138p-5f, 0x1.7f7206p-4f, 0x1.c709acp-4f, 0x1.9a581ap-4f, 0x1.2feebep-4f, 0x1.a38e6ap-5f},
    {-0x1.9f8906p-7f, -0x1.5e9efap-8f, -0x1.e4b902p-10f, -0x1.6576cep-11f, -0x1.85f84cp-13f, -0x1.635cd6p-16f, -0x1.be3c94p-19f, -0x1.8ef1a4p-22f, -0x1.75d1a8p-25f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0x1.32f492p-3f, 0x1.4e69dp-3f, 0x1.5c1a3ap-3f, 0x1.585254p-3f, 0x1.35c8fep-3f, 0x1.f65104p-4f, 0x1.4ed746p-4f, 0x1.717642p-5f, 0x1.096434p-9f, -0x1.5438b4p-6f, -0x1.9a99c4p-6f, -0x1.52f232p-6f},
    {0x1.049d98p-8f, 0x1.f65afp-10f, 0x1.946514p-11f, 0x1.333ac4p-12f, 0x1.1fb68p-14f, 0x1.38cbb2p-17f, 0x1.52baf6p-20f, 0x1.6ef928p-23f, 0x1.fdfe72p-27f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0x1.e4d08ap-5f, 0x1.069846p-5f, 0x1.89be8ap-8f, -0x1.18281ap-6f, -0x1.630e5ep-5f, -0x1.f7fd6ap-5f, -0x1.00b0fap-4f, -0x1.b2cf14p-5f, -0x1.070f76p-5f, -0x1.38f8bp-7f, 0x1.6a0abep-10f, 0x1.2d44d4p-8f},
    {0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f},
};

static inline vf vmf_tanh_small(vf a)
{
    vf a2 = vf_mul(a, a);
    vf p = vf_fma(a2, vf_set(VMF_TANH_C11), vf_set(VMF_TANH_C9));
    p = vf_fma(a2, p, vf_set(VMF_TANH_C7));
    p = vf_fma(a2, p, vf_set(VMF_TANH_C5));
    p = vf_fma(a2, p, vf_set(VMF_TANH_C3));
    return vf_fma(vf_mul(a, a2), p, a);
}

/* A row per quarter binade of a: with (c, c0, c1 .. c5, 0) the row of a,
 * c0 + t (c1 + ... + c5 t^4), t = a - c (the 8th entry is unused: its
 * lookup is dead code). Lanes outside the table's range get some row:
 * callers select them away. */
VMF_INLINE vf vmf_table_poly(vf a, const float rows[32][8], const float cols[8][32])
{
    vf r[8];
    vf_rows8(rows, cols, vf_row_index(a), r);
    vf t = vf_sub(a, r[0]);
    vf p = vf_fma(t, r[6], r[5]);
    p = vf_fma(t, p, r[4]);
    p = vf_fma(t, p, r[3]);
    p = vf_fma(t, p, r[2]);
    return vf_fma(t, p, r[1]);
}

/* a >= 0.4 (other lanes: anything); NaN passes (vf_min's second operand,
 * on every ISA) */
VMF_INLINE vf vmf_tanh_big(vf a)
{
    return vmf_table_poly(vf_min(vf_set(VMF_TANH_MAX), a), vmf_tanh_rows, vmf_tanh_cols);
}

/* Each lane takes one of the two paths; a vector computes only the paths
 * its lanes need (NaN lanes take the second, which passes NaN). */
VMF_INLINE vf vmf_tanh(vf x)
{
    vf sgn = vf_signbit(), a = vf_andnot(sgn, x), y = a;
    vfm small = vf_lt(a, vf_set(VMF_TANH_SMALL));
    if (!vf_any(small)) {
        y = vmf_tanh_big(a);
    } else {
        vf as = a;
        if (vf_any(vf_mnot(small))) {
            y = vmf_tanh_big(a);
            as = vf_min(vf_set(VMF_TANH_SMALL), a); /* a^9 of a big lane could overflow: FE_OVERFLOW */
        }
        y = vf_sel(small, vmf_tanh_small(as), y);
    }
    return vf_bitsel(sgn, x, y); /* copysign(y, x) */
}

/* 1 / (h + l) = q (1 + rem) (to 2^-46 for |l| <= ulp(h) or so): q = 1 / h
 * rounded, rem = (1 - q h, exact) - q l; for sigmoid and sinh/cosh. -q by a
 * subtraction and FMAs, not vf_fnma: NEON's negates q, which flips a NaN's
 * sign, so a NaN would leave NEON with another sign than the other ISAs */
static inline vf vmf_recip_rem(vf h, vf l, vf *rem)
{
    vf q = vf_div(vf_set(1.0f), h);
    vf mq = vf_sub(vf_set(0.0f), q);
    *rem = vf_fma(mq, l, vf_fma(mq, h, vf_set(1.0f)));
    return q;
}

/*
 * sigmoid(x) = 1 / (1 + e^-x). For x > -86, with e^-x = 2^K (th + s)
 * (vmf_exp_neg_ts on x clamped to [-86, 80]: th from the table, |s| <
 * 0.05 th, before exp's Fast2Sum), t = 2^K th and S = 2^K s (exact: 2^K
 * and t are normal; S inside FMAs):
 *   dh = (1 + t rounded) + S, rounded: d = 1 + t + S = dh + dl, and
 *   dl = ((max(1, t) - dh) + min(1, t)) + S: the first subtraction is
 *   exact (both on the grid of ulp(max(1, t)), the difference, about
 *   min(1, t) + S, below 2^24 of those), the sum with min(1, t) is about -S
 *   and rounds at S's scale at most (2^-28.5 of d; exact for t <= 1), the
 *   last addition at dl's;
 *   q = 1 / dh rounded, rem = (1 - q dh, exact: one FMA) - q dl, and
 *   sigmoid = q + q rem,
 * which rounds once at the result's scale after e^-x's error (2^-28) and
 * rem's roundings: at most 0.592 ULP (every such input, against a long
 * double reference). One reciprocal for both signs of x: for x < 0, d is
 * large and 1/d stays normal down to x = -86. At and below -86 (-Inf
 * too), e^x / (1 + e^x) is e^x to 2^-124: those lanes take vmf_exp(x),
 * which rounds the subnormal results a second time (0.765 ULP at most:
 * docs/ulp.md), and so do NaN lanes (NaN passes, with its sign on every
 * ISA); a compare and branch per vector, and a lane's result depends on
 * its value alone. Above 80 the result rounds to 1, as it does at 80.
 * About 32 operations and a division per vector on AVX2; with exp's hi +
 * lo first (a Fast2Sum, then 1 + 2^K hi and its error, then 2^K lo) and
 * x negated first, 3 more and 1.17 times the time on Zen 3 (n = 1024), the
 * same maximum errors (1128581 results of 2^32 not correctly rounded
 * instead of 1126997); before that, about 47 (a numerator selected by x's
 * sign, then a scaling by 2^K that has to round subnormal results once:
 * 1.6 times the time).
 */
#define VMF_SIGMOID_TINY -86.0f /* at and below (and NaN): e^x */

/* the first stage: d = 1 + e^-x = dh + dl for x > VMF_SIGMOID_TINY */
static inline void vmf_sigmoid_den(vf x, vf *dh, vf *dl)
{
    vf th, s, key;
    vmf_exp_neg_ts(vf_clamp(x, VMF_SIGMOID_TINY, 80.0f), &th, &s, &key);
    vf one = vf_set(1.0f);
    vf tk = vf_ldexp_key(one, key); /* 2^K, K in [-116, 124] */
    vf t = vf_mul(th, tk);          /* exact */
    *dh = vf_fma(s, tk, vf_add(one, t));
    *dl = vf_fma(s, tk, vf_add(vf_sub(vf_max(one, t), *dh), vf_min(one, t)));
}

/* the second: 1 / (dh + dl), rounded once */
static inline vf vmf_sigmoid_div(vf dh, vf dl)
{
    vf rem, q = vmf_recip_rem(dh, dl, &rem);
    return vf_fma(rem, q, q);
}

/* the lanes at or below VMF_SIGMOID_TINY, and NaN (tiny): e^x. The other
 * lanes' x is raised to VMF_SIGMOID_TINY first: their e^x is discarded,
 * and above 89 it would overflow (FE_OVERFLOW); min(-86, x) passes a NaN
 * x on every ISA (x86's minps returns its second operand) */
static inline vf vmf_sigmoid_tiny(vf x, vfm tiny, vf y)
{
    return vf_sel(tiny, vmf_exp(vf_min(vf_set(VMF_SIGMOID_TINY), x)), y);
}

/* nv = 1, 2 or 4 vectors, each stage of all before the next: the chain
 * through the exp core and the division is long, and the core starts the
 * next vector's early (AVX2 takes four: 3-5% faster than two); one branch
 * for all. The same bits for each vector whatever nv. */
static inline void vmf_sigmoid_n(const vf *x, vf *y, int nv)
{
    vf dh[4], dl[4];
    for (int j = 0; j < nv; j++)
        vmf_sigmoid_den(x[j], &dh[j], &dl[j]);
    for (int j = 0; j < nv; j++)
        y[j] = vmf_sigmoid_div(dh[j], dl[j]);
    vfm tiny[4], any = tiny[0] = vf_nlt(vf_set(VMF_SIGMOID_TINY), x[0]);
    for (int j = 1; j < nv; j++)
        any = vf_mor(any, tiny[j] = vf_nlt(vf_set(VMF_SIGMOID_TINY), x[j]));
    if (vf_any(any))
        for (int j = 0; j < nv; j++)
            y[j] = vmf_sigmoid_tiny(x[j], tiny[j], y[j]);
}
static inline vf vmf_sigmoid(vf x)
{
    vf y;
    vmf_sigmoid_n(&x, &y, 1);
    return y;
}
static inline void vmf_sigmoid2(vf x0, vf x1, vf *y0, vf *y1)
{
    vf x[2] = {x0, x1}, y[2];
    vmf_sigmoid_n(x, y, 2);
    *y0 = y[0];
    *y1 = y[1];
}
static inline void vmf_sigmoid4(const vf *x, vf *y) { vmf_sigmoid_n(x, y, 4); }

/*
 * 2^x for f32, evaluated in f32; at most 0.756 ULP over all 2^32 inputs
 * (docs/ulp.md), 0.5 + a little except for subnormal results.
 * x = k + f with k = round(x), f = x - k exact in [-1/2, 1/2];
 * 2^f = 1 + C1 f + C1LO f + f^2 q(f), C1 + C1LO = ln2 within 2^-48, q of
 * degree 5 (relative error of the whole 2^-30.9: tools/mathconst.py).
 * hi = 1 + C1 f rounded; the FMA gives its remainder e1 = C1 f - (hi - 1)
 * with one tiny rounding (1 - hi is exact: hi in [0.7, 1.42]), so, as in
 * vmf_exp, only hi + lo rounds at the result's scale and the scaling by 2^k
 * is exact unless the result is subnormal (one more rounding: the 0.756).
 * x is clamped to [-150, 128]: 2^-150 rounds to 0 (ties to even), 2^128 to
 * Inf; NaN passes.
 */
#define VMF_EXP2_C1 0x1.62e43p-1f
#define VMF_EXP2_C1LO -0x1.05c61p-29f
#define VMF_EXP2_C2 0x1.ebfbe0p-3f
#define VMF_EXP2_C3 0x1.c6b08ep-5f
#define VMF_EXP2_C4 0x1.3b2a54p-7f
#define VMF_EXP2_C5 0x1.5d87c0p-10f
#define VMF_EXP2_C6 0x1.44138ap-13f
#define VMF_EXP2_C7 0x1.008a20p-16f

/* hi + lo = 2^f for f in [-1/2, 1/2], the sum rounded (see above) */
static inline vf vmf_exp2_frac(vf f)
{
    vf q = vf_fma(f, vf_set(VMF_EXP2_C7), vf_set(VMF_EXP2_C6));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C5));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C4));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C3));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C2));
    vf hi = vf_fma(f, vf_set(VMF_EXP2_C1), vf_set(1.0f));
    vf e1 = vf_fma(f, vf_set(VMF_EXP2_C1), vf_sub(vf_set(1.0f), hi));
    vf lo = vf_fma(vf_mul(f, f), q, vf_fma(f, vf_set(VMF_EXP2_C1LO), e1));
    return vf_add(hi, lo);
}

/* Where vf_scale is not one cheap instruction (AVX2: 9 operations), vectors
 * whose results are all normal (|x| < 126: no clamp needed either) take k
 * from the low bits of x + 1.5 2^23 (rounded to an integer, ties to even,
 * as vf_round) and add it to the exponent field: the same bits, as both
 * scalings are exact there. */
static inline vf vmf_exp2(vf x)
{
    if (!VF_FAST_SCALE && !vf_any(vf_mnot(vf_lt(vf_abs(x), vf_set(126.0f))))) {
        vf key = vf_add(x, vf_set(VMF_EXPT_SHIFT));
        vf f = vf_sub(x, vf_sub(key, vf_set(VMF_EXPT_SHIFT))); /* exact */
        return vf_ldexp_int(vmf_exp2_frac(f), key);
    }
    x = vf_clamp(x, -150.0f, 128.0f);
    vf k = vf_round(x);
    return vf_scale(vmf_exp2_frac(vf_sub(x, k)), k); /* x - k exact */
}

/*
 * e^x - 1 for f32, evaluated in f32 on vmf_exp_core's reduction; at most
 * 0.622 ULP over all 2^32 inputs (docs/ulp.md; the former kernel, exp's
 * old reduction with a degree-7 polynomial and pairs, was 0.600 and 1.8x
 * slower). x = (k/8) ln2 + r0 + (r - r0) as there, r0 = x -
 * k LN2_HI exact; M = 2^K T_HI[j] (K = k >> 3, j = k & 7: exact, normal)
 * and the rounding of T_HI moved into the exponent: D[j] = log(2^(j/8) /
 * T_HI[j]) (|D| < 2^-24.9), so with d = D[j] - k LN2_LO and rho = r0 + d,
 *   e^x - 1 = M e^rho - 1 = (M - 1) + M r0 + M (d + rho^2 q(rho)),
 * q = 1/2 + C3 rho + C4 rho^2 (exp's polynomial; e^rho within 2^-31.5).
 * For x < 16.5 (K <= 23):
 * - v = M - 1 is exact for K in [-1, 23] (Sterbenz for M in [0.5, 2); 1 is
 *   on M's grid up to 2^23); for K <= -2 (M < 0.5) e = M - (v + 1) is its
 *   error (Fast2Sum, |1| > M), else e = 0;
 * - s1 = fma(M, r0, v) rounds v + M r0 once; w = v - s1 is exact (|M r0|
 *   <= 0.52 |v| unless v = 0: Sterbenz, or for j = 1 both in binades whose
 *   grid w is on) and e1 = fma(M, r0, w) is s1's error, rounded;
 * - the rest, M t1 + (e + e1), t1 = rho^2 q + d, is at most 2.7% of |s1|
 *   (one FMA), and s1 + that rounds once at the result's scale. No cancellation is
 *   left: for k = 0, M = 1 and r0 = x exactly, so the result is x + x^2 q
 *   rounded once (tiny x: x; -0 by copysign, as the result has x's sign).
 * For x >= 16.5 (K >= 23) the -1 is below 2^-23 of e^x: 2^K (T_HI + (T_HI p
 * - 2^-K)) as in exp, p = r0 + t1; those vectors (and NaN) take a branch
 * that computes both forms and selects per lane, so a lane's result does
 * not depend on its neighbours. x is clamped to [-18, 89]: below -17.33 the
 * result rounds to -1, above 88.73 to Inf.
 */
#define VMF_EXPM1_BIG 16.5f
static const float vmf_expm1_d[16] = {
    0x0.0p+0f, -0x1.9c0c22p-27f, 0x1.125002p-25f, -0x1.0a3552p-25f, 0x1.26055cp-26f, 0x1.67a1cap-28f, -0x1.f9c306p-27f, -0x1.a5217cp-28f,
    0x0.0p+0f, -0x1.9c0c22p-27f, 0x1.125002p-25f, -0x1.0a3552p-25f, 0x1.26055cp-26f, 0x1.67a1cap-28f, -0x1.f9c306p-27f, -0x1.a5217cp-28f,
};

/* the reduction shared by both forms: sets k, key, r0, t1, th */
VMF_INLINE void vmf_expm1_red(vf xc, vf *k, vf *key, vf *r0, vf *t1, vf *th)
{
    *key = vf_fma(xc, vf_set(VMF_EXPT_INVLN2), vf_set(VMF_EXPT_SHIFT));
    *k = vf_sub(*key, vf_set(VMF_EXPT_SHIFT));
    *r0 = vf_fma(*k, vf_set(-VMF_EXPT_LN2_HI), xc); /* exact */
    vf d = vf_fma(*k, vf_set(-VMF_EXPT_LN2_LO), vf_lookup8(vmf_expm1_d, *key));
    vf r = vf_add(*r0, d);
    vf q = vf_fma(r, vf_fma(r, vf_set(VMF_EXPT_C4), vf_set(VMF_EXPT_C3)), vf_set(0.5f));
    *t1 = vf_fma(vf_mul(r, r), q, d);
    *th = vf_lookup8(vmf_exp_thi, *key);
}

/* x < 16.5, not NaN; mid: every lane in [-0.7, 16.4), where K >= -1, so
 * M - 1 is exact and e = 0: its two operations are left out (the same bits,
 * as e enters only through e + e1) */
VMF_INLINE vf vmf_expm1_small(vf k, vf key, vf r0, vf t1, vf th, int mid)
{
    vf m = VF_FAST_SCALE ? vf_scale8(th, k) : vf_ldexp_key(th, key);
    vf v = vf_sub(m, vf_set(1.0f));
    vf s1 = vf_fma(m, r0, v);
    vf e1 = vf_fma(m, r0, vf_sub(v, s1));
    if (!mid)
        e1 = vf_add(vf_sub(m, vf_add(v, vf_set(1.0f))), e1); /* + e */
    return vf_add(s1, vf_fma(m, t1, e1));
}

VMF_INLINE vf vmf_expm1(vf x)
{
    vf k, key, r0, t1, th;
    /* the common case first, without the clamp: x + 0.7 in [+0, 17.1)
     * (bits 0 to 0x4188cccd, 17.1f: x < 16.4; NaN is outside), one
     * integer compare on the bits */
    if (!vf_any(vf_outbits(vf_add(x, vf_set(0.7f)), 0, 0x4188cccdu))) {
        vmf_expm1_red(x, &k, &key, &r0, &t1, &th);
        return vf_copysign(vmf_expm1_small(k, key, r0, t1, th, 1), x);
    }
    vfm small = vf_lt(x, vf_set(VMF_EXPM1_BIG));
    if (!vf_any(vf_mnot(small))) {
        vf xc = vf_max(x, vf_set(-18.0f));
        vmf_expm1_red(xc, &k, &key, &r0, &t1, &th);
        return vf_copysign(vmf_expm1_small(k, key, r0, t1, th, 0), x);
    }
    vf xc = vf_clamp(x, -18.0f, 89.0f); /* NaN stays NaN */
    vmf_expm1_red(xc, &k, &key, &r0, &t1, &th);
    vf c = vf_scale8(vf_set(1.0f), vf_sub(vf_set(7.0f), k)); /* 2^-K */
    vf big = vf_scale8(vf_add(th, vf_fma(th, vf_add(r0, t1), vf_sub(vf_set(0.0f), c))), k);
    return vf_copysign(vf_sel(small, vmf_expm1_small(k, key, r0, t1, th, 0), big), x);
}

/*
 * sinh and cosh for f32, evaluated in f32 (over all 2^32 inputs: sinh
 * 0.724 ULP, cosh 0.619; docs/ulp.md), |x| in three ranges:
 *   below 2 (sinh: [0.5, 2)): a polynomial per interval [i/4, (i+1)/4)
 * (vmf_table8_poly);
 *   |x| >= 2 (and NaN): cosh x = (E + 1/E) / 2 and sinh x = (E - 1/E) / 2, with
 * E = e^|x| = 2^k (hi + lo) from vmf_exp_core and vmf_exp_k (|x| clamped to 89.5, where
 * cosh already overflows) and 1/E = 2^-k (ih + il): ih = 1/hi rounded, il
 * its correction from the exact remainder 1 - ih hi and lo. Both are summed
 * in units of 2^k (the 1/E part scaled by 2^-2k, exact or negligible), by
 * Fast2Sum since hi >= ih 2^-2k, so only the last addition rounds at the
 * result's scale; then one scaling by 2^(k-1). For |x| >= 2 the
 * cancellation in E - 1/E magnifies E's error (2^-26 from the rounding of
 * the reduced argument) by coth(2) = 1.04 at most;
 *   sinh x for |x| < 0.5: x + x^3 s(x^2), s of degree 3 (near-minimax on
 * [0, 1], 2^-27.9 relative with its f32 coefficients: tools/mathconst.py);
 * x^3 s is at most 4% of the result.
 */
#define VMF_COSH_MAX 89.5f
#define VMF_SINH_C3 0x1.555556p-3f
#define VMF_SINH_C5 0x1.11111ep-7f
#define VMF_SINH_C7 0x1.a008f6p-13f
#define VMF_SINH_C9 0x1.78a8cep-19f

/* 2^(1-k) (E + sign 1/E) for E = e^a, a in [0, 89.5] or NaN; sign = +-1 */
static inline vf vmf_exp_sum(vf a, float sign)
{
    vf hi, lo, key, k8;
    vmf_exp_core(a, &hi, &lo, &key, &k8);
    vf k = vmf_exp_k(k8);
    vf rem, ih = vmf_recip_rem(hi, lo, &rem);
    vf il = vf_mul(ih, rem);
    vf m = vf_mul(vf_set(sign), vf_pow2i(vf_clamp(vf_mul(k, vf_set(-2.0f)), -126.0f, 0.0f)));
    vf u = vf_mul(ih, m), ul = vf_mul(il, m);
    vf s = vf_add(hi, u);
    vf t = vf_add(vf_sub(hi, s), u); /* hi + u = s + t exactly */
    vf v = vf_add(s, vf_add(t, vf_add(lo, ul)));
    /* as in vmf_exp: below 88 (and not NaN) the result is normal */
    if (!VF_FAST_SCALE && !vf_any(vf_mnot(vf_lt(a, vf_set(88.0f)))))
        return vf_ldexp_key(vf_mul(v, vf_set(0.5f)), key);
    return vf_scale(v, vf_sub(k, vf_set(1.0f)));
}

/*
 * The table part, a < 2 (cosh) or 0.5 <= a < 2 (sinh): a degree-5 polynomial
 * per interval [i/4, (i+1)/4), i = trunc(4a), so each coefficient is one
 * 8-entry lookup (vf_lookup8_at). As tanh's (see vmf_tanh_big;
 * tools/tabpolyconst.py): c near the middle, f(c) within 2^-42 of the f32
 * c0, t = a - c exact (Sterbenz; cosh's first interval below a = c/2
 * rounds t, which moves the result by at most sinh(0.125) 2^-28, 2^-31
 * relative), y = c0 + t (c1 + ... + c5 t^4) within 2^-27.3 relative with
 * the f32 coefficients. t (c1 + ...) is at most 12.5% of cosh and 23% of
 * sinh (at a = 0.5 and 0.75), so the Horner roundings and c1's rounding
 * cost up to 0.25 ULP beside the last FMA's 0.5 (sinh's worst case: 0.724
 * ULP at 0.746). Above 2 the share grows (cosh' / cosh = tanh), which is
 * why the exp path keeps a >= 2; sinh below 0.5 is the odd polynomial (the
 * share would reach 51% at a = 0.25). Degree 4 would leave 2^-24.5.
 */
/* sinh fit: max relative error 2^-27.2 */
static const float vmf_sinh_tab[7][8] = {
    {0.0f, 0.0f, 0x1.341c86p-1f, 0x1.be687ap-1f, 0x1.21134p+0f, 0x1.5fb4c2p+0f, 0x1.9a2b9ap+0f, 0x1.df40dep+0f},
    {0.0f, 0.0f, 0x1.470c3p-1f, 0x1.f9281cp-1f, 0x1.628bbap+0f, 0x1.d944aep+0f, 0x1.30cef6p+1f, 0x1.96461p+1f},
    {0.0f, 0.0f, 0x1.2fc50cp+0f, 0x1.67a098p+0f, 0x1.b54efap+0f, 0x1.0d08e8p+1f, 0x1.4a97fcp+1f, 0x1.a9f5ep+1f},
    {0.0f, 0.0f, 0x1.470c2ep-2f, 0x1.f92816p-2f, 0x1.628bb6p-1f, 0x1.d944a8p-1f, 0x1.30cef4p+0f, 0x1.96460ap+0f},
    {0.0f, 0.0f, 0x1.95062p-3f, 0x1.df80a8p-3f, 0x1.238a1ap-2f, 0x1.66b678p-2f, 0x1.b8c99p-2f, 0x1.1bf926p-1f},
    {0.0f, 0.0f, 0x1.b44552p-6f, 0x1.50fd5cp-5f, 0x1.d90844p-5f, 0x1.3bb7aep-4f, 0x1.969b44p-4f, 0x1.0f066p-3f},
    {0.0f, 0.0f, 0x1.479bcap-7f, 0x1.8075d4p-7f, 0x1.d15834p-7f, 0x1.1f679cp-6f, 0x1.67094cp-6f, 0x1.c79f3cp-6f},
};
/* cosh fit: max relative error 2^-27.3 */
static const float vmf_cosh_tab[7][8] = {
    {0x1.f9fc86p-4f, 0x1.80ee32p-2f, 0x1.413d6p-1f, 0x1.bc9fccp-1f, 0x1.2260c8p+0f, 0x1.6453bep+0f, 0x1.a1068ap+0f, 0x1.dfc55ap+0f},
    {0x1.01f4aep+0f, 0x1.124d24p+0f, 0x1.34102p+0f, 0x1.66bfdep+0f, 0x1.b71e5ap+0f, 0x1.1159aep+1f, 0x1.52e01cp+1f, 0x1.aac85ap+1f},
    {0x1.fb4638p-4f, 0x1.8a0f7p-2f, 0x1.56bc24p-1f, 0x1.f6a75ap-1f, 0x1.64c6a8p+0f, 0x1.e30efep+0f, 0x1.39c582p+1f, 0x1.9722b8p+1f},
    {0x1.01f4aap-1f, 0x1.124d2p-1f, 0x1.34101cp-1f, 0x1.66bfdap-1f, 0x1.b71e54p-1f, 0x1.1159acp+0f, 0x1.52e018p+0f, 0x1.aac854p+0f},
    {0x1.522e74p-6f, 0x1.06b51ap-4f, 0x1.c8fb1ap-4f, 0x1.4f19d6p-3f, 0x1.dbb43p-3f, 0x1.420ab6p-2f, 0x1.a25ce4p-2f, 0x1.0f6c74p-1f},
    {0x1.582a36p-5f, 0x1.6df91ap-5f, 0x1.9b0466p-5f, 0x1.dea33ap-5f, 0x1.24ed7ap-4f, 0x1.6cab42p-4f, 0x1.c4201ap-4f, 0x1.1cb502p-3f},
    {0x1.10e26ap-10f, 0x1.a33a3ep-9f, 0x1.6c640ep-8f, 0x1.0e507p-7f, 0x1.792368p-7f, 0x1.fb55f6p-7f, 0x1.4da284p-6f, 0x1.b2b624p-6f},
};

/* on nv = 1 or 4 vectors, each Horner step of all before the next (the
 * chain is long: AVX2 on Zen 3 20% faster with four than with map_f's
 * two calls in a row); the same bits for each vector whatever nv */
VMF_INLINE void vmf_table8_poly_n(const vf *a, vf *y, int nv, const float tab[7][8])
{
    vf s[4], t[4];
    for (int j = 0; j < nv; j++) {
        s[j] = vf_mul(a[j], vf_set(4.0f)); /* exact */
        t[j] = vf_sub(a[j], vf_lookup8_at(tab[0], s[j]));
        y[j] = vf_fma(t[j], vf_lookup8_at(tab[6], s[j]), vf_lookup8_at(tab[5], s[j]));
    }
    for (int i = 4; i >= 1; i--)
        for (int j = 0; j < nv; j++)
            y[j] = vf_fma(t[j], y[j], vf_lookup8_at(tab[i], s[j]));
}

VMF_INLINE vf vmf_table8_poly(vf a, const float tab[7][8])
{
    vf y;
    vmf_table8_poly_n(&a, &y, 1, tab);
    return y;
}

/* a vector computes only the paths its lanes need: [0, 2) the table, the
 * rest (NaN included) vmf_exp_sum; one whose lanes all take the table
 * returns it without a select */
VMF_INLINE vf vmf_cosh(vf x)
{
    vf a = vf_abs(x);
    vfm mid = vf_lt(a, vf_set(2.0f));
    if (!vf_any(vf_mnot(mid)))
        return vmf_table8_poly(a, vmf_cosh_tab);
    vf y = vmf_exp_sum(vf_clamp(a, 0.0f, VMF_COSH_MAX), 1.0f);
    if (vf_any(mid))
        y = vf_sel(mid, vmf_table8_poly(a, vmf_cosh_tab), y);
    return y;
}

/* vmf_cosh on four vectors with one test: all in [0, 2) (the common case)
 * runs the four table polynomials together; the same bits */
VMF_INLINE void vmf_cosh4(const vf *x, vf *y)
{
    vf a[4];
    vfm out = vf_mnot(vf_lt(a[0] = vf_abs(x[0]), vf_set(2.0f)));
    for (int j = 1; j < 4; j++)
        out = vf_mor(out, vf_mnot(vf_lt(a[j] = vf_abs(x[j]), vf_set(2.0f))));
    if (!vf_any(out)) {
        vmf_table8_poly_n(a, y, 4, vmf_cosh_tab);
        return;
    }
    for (int j = 0; j < 4; j++)
        y[j] = vmf_cosh(x[j]);
}

static inline vf vmf_sinh_small(vf a)
{
    vf a2 = vf_mul(a, a);
    vf p = vf_fma(a2, vf_set(VMF_SINH_C9), vf_set(VMF_SINH_C7));
    p = vf_fma(a2, p, vf_set(VMF_SINH_C5));
    p = vf_fma(a2, p, vf_set(VMF_SINH_C3));
    return vf_fma(vf_mul(a, a2), p, a);
}

/* the lanes of a = |x| outside sinh's table range [0.5, 2) (NaN too): one
 * test of the bits */
static inline vfm vmf_sinh_nottab(vf a) { return vf_outbits(a, 0x3f000000u, 0x40000000u); }

/* as vmf_cosh, and a < 0.5 by the odd polynomial */
VMF_INLINE vf vmf_sinh(vf x)
{
    vf sgn = vf_signbit(), a = vf_andnot(sgn, x), y = a;
    /* all lanes in [0.5, 2): one test of the bits (NaN is outside) */
    if (!vf_any(vmf_sinh_nottab(a))) {
        y = vmf_table8_poly(a, vmf_sinh_tab);
    } else {
        vfm small = vf_lt(a, vf_set(0.5f)), big = vf_mnot(vf_lt(a, vf_set(2.0f)));
        if (vf_any(big))
            y = vmf_exp_sum(vf_clamp(a, 0.0f, VMF_COSH_MAX), -1.0f);
        vfm mid = vf_mnot(vf_mor(small, big));
        if (vf_any(mid))
            y = vf_sel(mid, vmf_table8_poly(a, vmf_sinh_tab), y);
        if (vf_any(small))
            y = vf_sel(small, vmf_sinh_small(a), y);
    }
    return vf_bitsel(sgn, x, y); /* copysign(y, x) */
}

/* vmf_sinh on four vectors with one test: all in [0.5, 2) runs the four
 * table polynomials together; the same bits */
VMF_INLINE void vmf_sinh4(const vf *x, vf *y)
{
    vf sgn = vf_signbit(), a[4];
    vfm out = vmf_sinh_nottab(a[0] = vf_andnot(sgn, x[0]));
    for (int j = 1; j < 4; j++)
        out = vf_mor(out, vmf_sinh_nottab(a[j] = vf_andnot(sgn, x[j])));
    if (!vf_any(out)) {
        vmf_table8_poly_n(a, y, 4, vmf_sinh_tab);
        for (int j = 0; j < 4; j++)
            y[j] = vf_bitsel(sgn, x[j], y[j]); /* copysign(y, x) */
        return;
    }
    for (int j = 0; j < 4; j++)
        y[j] = vmf_sinh(x[j]);
}
