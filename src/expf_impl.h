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

/* the binary exponent K = floor(k/8) of vmf_exp_core's k (integral):
 * round((k - 3.5)/8), which has no ties */
static inline vf vmf_exp_k(vf k8)
{
    return vf_round(vf_fma(k8, vf_set(0.125f), vf_set(-0.4375f)));
}

/*
 * e^y as a pair, the core of sigmoid below: returns the integral K and sets
 * hi, lo with e^y = 2^K (hi + lo), hi in [0.95, 2.05].
 */
static inline vf vmf_exp_pair(vf y, vf *hi, vf *lo)
{
    vf key, k8;
    vmf_exp_core(y, hi, lo, &key, &k8);
    return vmf_exp_k(k8);
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
 *   vf_fms(a, b, c) = a * b - c fused;
 *   vf_logsplit(x, OFF, &e23, &i): tmp = bits(x) - OFF, e = tmp >> 23
 *   (arithmetic), returns z with bits(z) = bits(x) - (e << 23), so x = z 2^e
 *   with z in [OFF, 2 OFF) for normal x > 0; e23 = e 2^23 (tmp with its low
 *   23 bits cleared, converted: one operation less than e itself; the
 *   constants that multiply it carry the 2^-23); i carries bits 19..22 of
 *   tmp; vf_lookup16(t, i): t[those 4 bits] per lane (a permute on avx512
 *   and avx2).
 *
 * Why a table: the former log (one degree-9 polynomial of m - 1 over
 * [0.707, 1.414)) spent 10 FMAs on the polynomial and 9 more operations
 * on carrying its terms exactly. With 16 subintervals of z, |r| < 0.044
 * and a degree-5 polynomial (3 FMAs after r^2) is enough; three lookups
 * (one permute each on avx512) pay for themselves.
 *
 * Method (tools/logfconst.py derives the tables and coefficients):
 * log_b x = e log_b 2 + log_b c + log_b(1 + r), r = z invc - 1, c = 1/invc:
 * - invc is a multiple of 2^-5 (1 in the subinterval holding 1), so r is
 *   EXACT with one FMA: z invc is a multiple of 2^-29 (z < 1) or 2^-28,
 *   and |r| < 2^-5 or 2^-4 there keeps it within 24 bits;
 * - log_b c = hi + lo, hi a multiple of 2^-15, so A = e LB2_HI + hi is
 *   exact (|e| <= 149 and LB2_HI of 16 bits: 22 bits at most), and
 *   e LB2_LO + lo is a small correction;
 * - log_b(1 + r) = K r + r^2 g(r), K = 1/ln b (1 for log), g of degree 3
 *   (abs error under 2^-32.9 on the range of r); for log2 and log10, K r =
 *   rh + rl with rh = K_HI r rounded, rl from an FMA and K_LO;
 * - A + rh = s + t exactly (Fast2Sum: |A| > |rh| unless A = 0; for e = 0
 *   and c != 1, |log c| >= 0.0308 > |r| on that subinterval), and
 *   y = s + (t + (rl + e LB2_LO + lo + r^2 g)): the only rounding at the
 *   result's scale is the last addition, the others are 2^-5 or less of it.
 * Special inputs (x <= 0, subnormal, Inf, NaN) cost one integer compare per
 * vector; a vector holding any takes vmf_logb_fix, which redoes subnormal
 * lanes as (x 2^23) 2^(e - 23) and sets the others (Annex F).
 * log1p: u = 1 + x = uh + ul (2Sum: no compare, either may be the larger),
 * then the core on uh with log(1 + ul/uh) ~ ul/uh = ul invc 2^-e (1 - r)
 * added to the small terms (dropping (ul/uh)^2/2 costs 0.16 ULP at most,
 * for |x| < 2^-24); the result has the sign of x (log1p(-0) = -0).
 */
/* tools/logfconst.py: OFF 0x3f330000, r in [-0.04053, 0.04370] */
#define VMF_LOG_OFF 0x3f330000
static const float vmf_log_invc[16] = { 0x1.68p+0f, 0x1.58p+0f, 0x1.48p+0f, 0x1.4p+0f, 0x1.3p+0f, 0x1.28p+0f, 0x1.18p+0f, 0x1.1p+0f, 0x1.08p+0f, 0x1p+0f, 0x1.ep-1f, 0x1.dp-1f, 0x1.bp-1f, 0x1.ap-1f, 0x1.9p-1f, 0x1.7p-1f };
/* ln: r^2 g(r) max abs error 1.11e-10 (2^-33.1) */
#define VMF_LN_G2 -0x1.fffffcp-2f
#define VMF_LN_G3 0x1.55559p-2f
#define VMF_LN_G4 -0x1.004cb6p-2f
#define VMF_LN_G5 0x1.97f4bap-3f
static const float vmf_ln_logc_hi[16] = { -0x1.5d18p-2f, -0x1.2e9p-2f, -0x1.fb9p-3f, -0x1.c9p-3f, -0x1.5ffp-3f, -0x1.295p-3f, -0x1.6fp-4f, -0x1.f0cp-5f, -0x1.f8p-6f, 0.0f, 0x1.086p-4f, 0x1.934p-4f, 0x1.5bfp-3f, 0x1.a94p-3f, 0x1.f99p-3f, 0x1.5228p-2f };
static const float vmf_ln_logc_lo[16] = { -0x1.edfacp-17f, 0x1.d451eep-18f, -0x1.86d5e4p-19f, 0x1.070cacp-20f, -0x1.83853cp-18f, -0x1.4be08p-17f, -0x1.a515cap-17f, 0x1.cf3feep-17f, -0x1.4d873cp-17f, 0.0f, -0x1.9d2988p-18f, -0x1.43454ep-17f, 0x1.01ad5p-17f, -0x1.2c3752p-19f, 0x1.c6cb3cp-19f, 0x1.7039c6p-17f };
/* log2: r^2 g(r) max abs error 1.27e-10 (2^-32.9) */
#define VMF_LOG2_K_HI 0x1.715476p+0f
#define VMF_LOG2_K_LO 0x1.4ae0cp-26f
#define VMF_LOG2_G2 -0x1.715474p-1f
#define VMF_LOG2_G3 0x1.ec70f2p-2f
#define VMF_LOG2_G4 -0x1.71c322p-2f
#define VMF_LOG2_G5 0x1.26472cp-2f
static const float vmf_log2_logc_hi[16] = { -0x1.f7a8p-2f, -0x1.b48p-2f, -0x1.6e2p-2f, -0x1.49a8p-2f, -0x1.fbcp-3f, -0x1.acfp-3f, -0x1.08cp-3f, -0x1.664p-4f, -0x1.6bcp-5f, 0.0f, 0x1.7d6p-4f, 0x1.22ep-3f, 0x1.f6p-3f, 0x1.32cp-2f, 0x1.6cbp-2f, 0x1.e7ep-2f };
static const float vmf_log2_logc_lo[16] = { -0x1.5a32c2p-20f, 0x1.408c78p-18f, -0x1.0e6ce8p-17f, 0x1.ed0cbap-20f, -0x1.6b9026p-19f, -0x1.78b6d4p-17f, -0x1.62336ap-17f, 0x1.20a6dep-21f, 0x1.2c8a72p-17f, 0.0f, 0x1.25b3eep-22f, -0x1.48f554p-17f, -0x1.3ab7cep-18f, -0x1.1c8f12p-22f, 0x1.ed0cbap-19f, -0x1.40358ep-19f };
/* log10: r^2 g(r) max abs error 4.64e-11 (2^-34.3) */
#define VMF_LOG10_K_HI 0x1.bcb7b2p-2f
#define VMF_LOG10_K_LO -0x1.5b235ep-27f
#define VMF_LOG10_2_HI 0x1.344p-2f
#define VMF_LOG10_2_LO 0x1.3509f8p-18f
#define VMF_LOG10_G2 -0x1.bcb7aep-3f
#define VMF_LOG10_G3 0x1.287aaap-3f
#define VMF_LOG10_G4 -0x1.bd3cf4p-4f
#define VMF_LOG10_G5 0x1.625896p-4f
static const float vmf_log10_logc_hi[16] = { -0x1.2f4p-3f, -0x1.06dp-3f, -0x1.b8ep-4f, -0x1.8dp-4f, -0x1.31cp-4f, -0x1.024p-4f, -0x1.3ecp-5f, -0x1.af8p-6f, -0x1.b6p-7f, 0.0f, 0x1.cbp-6f, 0x1.5e4p-5f, 0x1.2e4p-4f, 0x1.716p-4f, 0x1.b72p-4f, 0x1.25cp-3f };
static const float vmf_log10_logc_lo[16] = { 0x1.25b8eap-17f, 0x1.0a6164p-17f, 0x1.b2c54cp-20f, 0x1.cf8ef4p-17f, 0x1.9f5478p-17f, -0x1.460f84p-19f, -0x1.1199a6p-17f, 0x1.036a8p-17f, 0x1.6f714ep-19f, 0.0f, 0x1.c7e66cp-17f, -0x1.a65206p-19f, -0x1.62fd22p-18f, -0x1.798e4cp-19f, 0x1.cd1716p-20f, -0x1.5f7a94p-17f };

#define VMF_LN_K_HI 1.0f
#define VMF_LN_K_LO 0.0f

/* b: 0 log, 1 log2, 2 log10 (constants fold). eb: exponent bias subtracted
 * (sub set: subnormal lanes scaled by 2^23). ul (is1p): the low part of 1 + x. */
static inline vf vmf_logb_core(vf x, int b, int sub, vf eb, int is1p, vf ul)
{
    const float *thi = b == 0 ? vmf_ln_logc_hi : b == 1 ? vmf_log2_logc_hi : vmf_log10_logc_hi;
    const float *tlo = b == 0 ? vmf_ln_logc_lo : b == 1 ? vmf_log2_logc_lo : vmf_log10_logc_lo;
    float g2 = b == 0 ? VMF_LN_G2 : b == 1 ? VMF_LOG2_G2 : VMF_LOG10_G2;
    float g3 = b == 0 ? VMF_LN_G3 : b == 1 ? VMF_LOG2_G3 : VMF_LOG10_G3;
    float g4 = b == 0 ? VMF_LN_G4 : b == 1 ? VMF_LOG2_G4 : VMF_LOG10_G4;
    float g5 = b == 0 ? VMF_LN_G5 : b == 1 ? VMF_LOG2_G5 : VMF_LOG10_G5;
    vf e; /* the exponent times 2^23: the constants it multiplies are scaled by 2^-23 */
    vfi i;
    vf z = vf_logsplit(x, VMF_LOG_OFF, &e, &i);
    if (sub)
        e = vf_sub(e, eb);
    vf invc = vf_lookup16(vmf_log_invc, i);
    vf lhi = vf_lookup16(thi, i), llo = vf_lookup16(tlo, i);
    vf r = vf_fma(z, invc, vf_set(-1.0f)); /* exact */
    vf r2 = vf_mul(r, r);
    vf g = vf_fma(r, vf_set(g5), vf_set(g4));
    g = vf_fma(g, r, vf_set(g3));
    g = vf_fma(g, r, vf_set(g2));
    vf a, alo, rh = r;
    if (b == 0) {
        a = vf_fma(e, vf_set(VMF_LN2_HI * 0x1p-23f), lhi); /* exact */
        alo = vf_fma(e, vf_set(VMF_LN2_LO * 0x1p-23f), llo);
    } else if (b == 1) {
        a = vf_fma(e, vf_set(0x1p-23f), lhi); /* exact */
        alo = llo;
    } else {
        a = vf_fma(e, vf_set(VMF_LOG10_2_HI * 0x1p-23f), lhi); /* exact */
        alo = vf_fma(e, vf_set(VMF_LOG10_2_LO * 0x1p-23f), llo);
    }
    if (b != 0) {
        float khi = b == 1 ? VMF_LOG2_K_HI : VMF_LOG10_K_HI, klo = b == 1 ? VMF_LOG2_K_LO : VMF_LOG10_K_LO;
        rh = vf_mul(r, vf_set(khi));
        alo = vf_add(alo, vf_fma(r, vf_set(klo), vf_fms(r, vf_set(khi), rh))); /* K r - rh */
    }
    if (is1p) {
        /* ul / uh ~ ul invc 2^-e (1 - r); 2^-e clamped at 2^-126, where the term is negligible */
        vf q = vf_mul(ul, vf_mul(invc, vf_pow2i(vf_clamp(vf_mul(e, vf_set(-0x1p-23f)), -126.0f, 126.0f))));
        q = vf_fma(vf_sub(vf_set(0.0f), q), r, q);
        if (b != 0)
            q = vf_mul(q, vf_set(b == 1 ? VMF_LOG2_K_HI : VMF_LOG10_K_HI));
        alo = vf_add(alo, q);
    }
    vf lo = vf_fma(r2, g, alo);
    vf s = vf_add(a, rh);
    vf t = vf_add(vf_sub(a, s), rh); /* a + rh = s + t exactly */
    return vf_add(s, vf_add(t, lo));
}

/* the lanes of y for special x: subnormal x redone, the rest per Annex F */
static inline vf vmf_logb_fix(vf x, vf y, int b)
{
    vfm sub = vf_mand(vf_gt(x, vf_set(0.0f)), vf_lt(x, vf_set(0x1p-126f)));
    if (vf_any(sub)) {
        vf ys = vmf_logb_core(vf_mul(x, vf_set(0x1p23f)), b, 1, vf_set(0x1.7p27f), 0, x); /* 23 * 2^23 */
        y = vf_sel(sub, ys, y);
    }
    y = vf_sel(vf_gt(x, vf_set(0.0f)), y, vf_set(NAN));
    y = vf_sel(vf_eq(x, vf_set(0.0f)), vf_set(-INFINITY), y);
    return vf_sel(vf_eq(x, vf_set(INFINITY)), x, y);
}

static inline vf vmf_logb(vf x, int b)
{
    vf y = vmf_logb_core(x, b, 0, x, 0, x);
    if (vf_any_notnormal(x))
        y = vmf_logb_fix(x, y, b);
    return y;
}

static inline vf vmf_log(vf x) { return vmf_logb(x, 0); }
static inline vf vmf_log2(vf x) { return vmf_logb(x, 1); }
static inline vf vmf_log10(vf x) { return vmf_logb(x, 2); }

static inline vf vmf_log1p(vf x)
{
    vf one = vf_set(1.0f);
    vf uh = vf_add(one, x);
    vf xv = vf_sub(uh, one), ov = vf_sub(uh, xv);
    vf ul = vf_add(vf_sub(one, ov), vf_sub(x, xv)); /* 1 + x = uh + ul exactly (2Sum) */
    vf y = vmf_logb_core(uh, 0, 0, x, 1, ul);
    if (vf_any_notnormal(uh)) /* uh is never subnormal */
        y = vmf_logb_fix(uh, y, 0);
    return vf_copysign(y, x);
}

/*
 * The functions below also use vf_div (correctly rounded),
 * vf_copysign(mag, sgn) (the sign bit of sgn on mag), vf_pow2i(k) = 2^k
 * for integral k in [-126, 127] (NaN k: anything; then the result is NaN
 * through the other operand), vf_min(a, b) (a < b ? a : b; a NaN b
 * passes), for tanh's table vf_row_index and vf_rows8, for sinh's and
 * cosh's vf_lookup8_at (erf's: t[trunc(s) & 7]), and for tanh's and sinh's
 * sign vf_signbit, vf_andnot and vf_bitsel (bit ops; src/scalar/vf.h).
 * They round more than once, so they carry values as pairs (see
 * vmf_exp_pair).
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
        if (vf_any(vf_mnot(small)))
            y = vmf_tanh_big(a);
        y = vf_sel(small, vmf_tanh_small(a), y);
    }
    return vf_bitsel(sgn, x, y); /* copysign(y, x) */
}

/*
 * sigmoid(x) = 1 / (1 + e^-x); at most 0.765 ULP over all 2^32 inputs
 * (docs/ulp.md), 0.5 + a little except for subnormal results. With t = e^-|x| =
 * 2^k (hi + lo) (vmf_exp_pair), d = 1 + t <= 2:
 *   x >= 0: sigmoid = 1 / d,   x < 0: sigmoid = t / d = 2^k ((hi + lo) / d),
 * so never a cancellation. d = dh + dl by Fast2Sum (1 >= t). The quotient
 * n / d of the pair n = (1, 0) or (hi, lo) is qh = n_h / dh (through one
 * reciprocal, so qh is within an ULP or so) plus the correction
 * (n_h - qh dh - qh dl + n_l) / dh, whose first term the FMA gets exactly:
 * the sum rounds once, at the result's scale. The scaling by 2^k (x < 0)
 * is exact unless the result is subnormal, where it rounds a second time.
 * -|x| is clamped to -104, where e^x < 2^-150: sigmoid(-Inf) = 0,
 * sigmoid(+Inf) = 1; NaN passes.
 */
static inline vf vmf_sigmoid(vf x)
{
    vf hi, lo, k = vmf_exp_pair(vf_clamp(vf_sub(vf_set(0.0f), vf_abs(x)), VMF_EXP_LO, 0.0f), &hi, &lo);
    /* t = 2^k (hi + lo) only matters next to 1: below k = -126, 2^-126 in
     * its place changes d by less than 2^-125 relative */
    vf tk = vf_pow2i(vf_clamp(k, -126.0f, 0.0f));
    vf th = vf_mul(hi, tk), tl = vf_mul(lo, tk);
    vf dh = vf_add(vf_set(1.0f), th);
    vf dl = vf_add(vf_add(vf_sub(vf_set(1.0f), dh), th), tl);
    vfm neg = vf_lt(x, vf_set(0.0f));
    vf nh = vf_sel(neg, hi, vf_set(1.0f));
    vf nl = vf_sel(neg, lo, vf_set(0.0f));
    vf rh = vf_div(vf_set(1.0f), dh);
    vf qh = vf_mul(nh, rh);
    vf mqh = vf_sub(vf_set(0.0f), qh);
    vf rem = vf_add(vf_fma(mqh, dl, vf_fma(mqh, dh, nh)), nl);
    vf y = vf_fma(rem, rh, qh);
    return vf_scale(y, vf_sel(neg, k, vf_set(0.0f)));
}

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

static inline vf vmf_exp2(vf x)
{
    x = vf_clamp(x, -150.0f, 128.0f);
    vf k = vf_round(x);
    vf f = vf_sub(x, k); /* exact */
    vf q = vf_fma(f, vf_set(VMF_EXP2_C7), vf_set(VMF_EXP2_C6));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C5));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C4));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C3));
    q = vf_fma(f, q, vf_set(VMF_EXP2_C2));
    vf hi = vf_fma(f, vf_set(VMF_EXP2_C1), vf_set(1.0f));
    vf e1 = vf_fma(f, vf_set(VMF_EXP2_C1), vf_sub(vf_set(1.0f), hi));
    vf lo = vf_fma(vf_mul(f, f), q, vf_fma(f, vf_set(VMF_EXP2_C1LO), e1));
    return vf_scale(vf_add(hi, lo), k);
}

/*
 * e^x - 1 for f32, evaluated in f32 on vmf_exp_core's reduction; at most
 * 0.625 ULP over all 2^32 inputs (docs/ulp.md; the former kernel, exp's
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
 * - the rest, t2 = M t1 + e, t1 = rho^2 q + d, is at most 2.7% of |s1|, and
 *   s1 + (t2 + e1) rounds once at the result's scale. No cancellation is
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

/* x < 16.5, not NaN */
VMF_INLINE vf vmf_expm1_small(vf k, vf key, vf r0, vf t1, vf th)
{
    vf m = VF_FAST_SCALE ? vf_scale8(th, k) : vf_ldexp_key(th, key);
    vf v = vf_sub(m, vf_set(1.0f));
    vf e = vf_sub(m, vf_add(v, vf_set(1.0f)));
    vf s1 = vf_fma(m, r0, v);
    vf e1 = vf_fma(m, r0, vf_sub(v, s1));
    return vf_add(s1, vf_add(vf_fma(m, t1, e), e1));
}

VMF_INLINE vf vmf_expm1(vf x)
{
    vf k, key, r0, t1, th;
    vfm small = vf_lt(x, vf_set(VMF_EXPM1_BIG));
    if (!vf_any(vf_mnot(small))) {
        vf xc = vf_max(x, vf_set(-18.0f));
        vmf_expm1_red(xc, &k, &key, &r0, &t1, &th);
        return vf_copysign(vmf_expm1_small(k, key, r0, t1, th), x);
    }
    vf xc = vf_clamp(x, -18.0f, 89.0f); /* NaN stays NaN */
    vmf_expm1_red(xc, &k, &key, &r0, &t1, &th);
    vf c = vf_scale8(vf_set(1.0f), vf_sub(vf_set(7.0f), k)); /* 2^-K */
    vf big = vf_scale8(vf_add(th, vf_fma(th, vf_add(r0, t1), vf_sub(vf_set(0.0f), c))), k);
    return vf_copysign(vf_sel(small, vmf_expm1_small(k, key, r0, t1, th), big), x);
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
    vf ih = vf_div(vf_set(1.0f), hi);
    vf rem = vf_fma(vf_sub(vf_set(0.0f), ih), hi, vf_set(1.0f)); /* exact */
    vf il = vf_mul(ih, vf_fma(vf_sub(vf_set(0.0f), ih), lo, rem));
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

VMF_INLINE vf vmf_table8_poly(vf a, const float tab[7][8])
{
    vf s = vf_mul(a, vf_set(4.0f)); /* exact */
    vf t = vf_sub(a, vf_lookup8_at(tab[0], s));
    vf p = vf_fma(t, vf_lookup8_at(tab[6], s), vf_lookup8_at(tab[5], s));
    p = vf_fma(t, p, vf_lookup8_at(tab[4], s));
    p = vf_fma(t, p, vf_lookup8_at(tab[3], s));
    p = vf_fma(t, p, vf_lookup8_at(tab[2], s));
    return vf_fma(t, p, vf_lookup8_at(tab[1], s));
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

static inline vf vmf_sinh_small(vf a)
{
    vf a2 = vf_mul(a, a);
    vf p = vf_fma(a2, vf_set(VMF_SINH_C9), vf_set(VMF_SINH_C7));
    p = vf_fma(a2, p, vf_set(VMF_SINH_C5));
    p = vf_fma(a2, p, vf_set(VMF_SINH_C3));
    return vf_fma(vf_mul(a, a2), p, a);
}

/* as vmf_cosh, and a < 0.5 by the odd polynomial */
VMF_INLINE vf vmf_sinh(vf x)
{
    vf sgn = vf_signbit(), a = vf_andnot(sgn, x), y = a;
    vfm small = vf_lt(a, vf_set(0.5f)), big = vf_mnot(vf_lt(a, vf_set(2.0f)));
    if (!vf_any(vf_mor(small, big))) {
        y = vmf_table8_poly(a, vmf_sinh_tab);
    } else {
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
