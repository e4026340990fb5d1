/*
 * e^x for f32, evaluated in f32: twice the lanes of the f64 evaluation
 * (src/exp_log_impl.h) for a maximum error of 0.77 ULP instead of 0.5
 * (on one input in 32; the exhaustive run: docs/ulp.md). ONE algorithm for the
 * ISAs with FMA: the scalar reference, avx2, avx512 and neon return the
 * same bits. SSE4.1 has no FMA, so it keeps the f64 evaluation (the issue
 * allows an ISA without FMA a variant, still within 1 ULP).
 *
 * Included after the ISA defines, for its vector of floats vf:
 *   vf_set(float) vf_add vf_sub vf_mul, vf_fma(a, b, c) = a * b + c fused,
 *   vf_round(x): nearest integer, ties to even,
 *   vf_clamp(x, lo, hi): x < lo ? lo : x > hi ? hi : x (NaN passes),
 *   vf_scale(p, k): p * 2^k rounded once, for integral k in [-150, 128]
 *   (p * 2^(k >> 1) is exact for the p here, then * 2^(k - (k >> 1))).
 *
 * Method: x = k ln2 + r, |r| <= ln2/2 (+ the rounding of x/ln2), with ln2
 * split so that k * LN2_HI is exact and x - k * LN2_HI exact (Sterbenz);
 * e^r = 1 + r + r^2 q(r), q of degree 5 (a near-minimax fit rounded to
 * f32, relative error 2^-30.3: tools/mathconst.py). 1 + r is split into
 * hi + e1 exactly (Fast2Sum) so that only the last addition rounds at the
 * scale of the result; the scaling by 2^k is exact unless the result is
 * subnormal, where it rounds once more (the 0.77 ULP there; 0.76 elsewhere).
 */
#define VMF_EXP_LO -104.0f          /* e^x < 2^-150 below: rounds to 0 */
#define VMF_EXP_HI 89.0f            /* e^x > 2^128 above: rounds to Inf */
#define VMF_INVLN2 0x1.715476p+0f
#define VMF_LN2_HI 0x1.62e4p-1f     /* 16 bits: k * LN2_HI exact for |k| <= 2^8 */
#define VMF_LN2_LO 0x1.7f7d1cp-20f  /* ln2 - LN2_HI rounded to f32 (error 2^-44) */
#define VMF_EXP_C2 0.5f
#define VMF_EXP_C3 0x1.555556p-3f
#define VMF_EXP_C4 0x1.5554e8p-5f
#define VMF_EXP_C5 0x1.1110e0p-7f
#define VMF_EXP_C6 0x1.6d4362p-10f
#define VMF_EXP_C7 0x1.a12528p-13f

static inline vf vmf_exp(vf x)
{
    x = vf_clamp(x, VMF_EXP_LO, VMF_EXP_HI); /* NaN stays NaN to the end */
    vf k = vf_round(vf_mul(x, vf_set(VMF_INVLN2)));
    vf r = vf_fma(k, vf_set(-VMF_LN2_HI), x); /* exact */
    r = vf_fma(k, vf_set(-VMF_LN2_LO), r);
    vf q = vf_fma(r, vf_set(VMF_EXP_C7), vf_set(VMF_EXP_C6));
    q = vf_fma(r, q, vf_set(VMF_EXP_C5));
    q = vf_fma(r, q, vf_set(VMF_EXP_C4));
    q = vf_fma(r, q, vf_set(VMF_EXP_C3));
    q = vf_fma(r, q, vf_set(VMF_EXP_C2));
    vf hi = vf_add(vf_set(1.0f), r);
    vf e1 = vf_add(vf_sub(vf_set(1.0f), hi), r); /* 1 + r = hi + e1 exactly */
    vf p = vf_add(hi, vf_fma(vf_mul(r, r), q, e1));
    return vf_scale(p, k);
}

/*
 * log(x) for f32, evaluated in f32 (maximum error 0.82 ULP on one input
 * in 16; the exhaustive run: docs/ulp.md). More primitives:
 *   vfm: a lane mask; vf_gt vf_lt vf_eq -> vfm; vf_sel(m, a, b) = m ? a : b;
 *   vf_mand(a, b), vf_mnot(a); vf_any(m): any lane set;
 *   vf_split(x, &e): m and e with x = m 2^e exactly, m in [M0, 2 M0),
 *   M0 = 0x3f3504f3 as bits (the f32 just below sqrt(1/2)), for positive
 *   finite x, subnormals included (anything for other x).
 *
 * Method: log x = e ln2 + log1p(r), r = m - 1 (exact) in [-0.293, 0.415];
 * log1p(r) = r + r^2 g(r), g of degree 9 (near-minimax, relative error of
 * the whole 2^-28.4: tools/mathconst.py) with r^2 split exactly into
 * r2 + r2l. e LN2_HI is exact and e LN2_HI + r is split exactly (Fast2Sum:
 * |e LN2_HI| >= |r| unless e = 0, where it is r itself), so the only
 * large rounding is the last addition.
 */
#define VMF_LOG_C2 -0x1p-1f
#define VMF_LOG_C3 0x1.55554ep-2f
#define VMF_LOG_C4 -0x1.000008p-2f
#define VMF_LOG_C5 0x1.99a13p-3f
#define VMF_LOG_C6 -0x1.5559e6p-3f
#define VMF_LOG_C7 0x1.237a56p-3f
#define VMF_LOG_C8 -0x1.fcc1aep-4f
#define VMF_LOG_C9 0x1.e3d33ap-4f
#define VMF_LOG_C10 -0x1.d962f4p-4f
#define VMF_LOG_C11 0x1.15426p-4f

static inline vf vmf_log(vf x)
{
    vf e;
    vf r = vf_sub(vf_split(x, &e), vf_set(1.0f));
    vf g = vf_fma(r, vf_set(VMF_LOG_C11), vf_set(VMF_LOG_C10));
    g = vf_fma(r, g, vf_set(VMF_LOG_C9));
    g = vf_fma(r, g, vf_set(VMF_LOG_C8));
    g = vf_fma(r, g, vf_set(VMF_LOG_C7));
    g = vf_fma(r, g, vf_set(VMF_LOG_C6));
    g = vf_fma(r, g, vf_set(VMF_LOG_C5));
    g = vf_fma(r, g, vf_set(VMF_LOG_C4));
    g = vf_fma(r, g, vf_set(VMF_LOG_C3));
    g = vf_fma(r, g, vf_set(VMF_LOG_C2));
    vf r2 = vf_mul(r, r);
    vf r2l = vf_fma(r, r, vf_sub(vf_set(0.0f), r2)); /* r^2 = r2 + r2l exactly */
    vf lo = vf_fma(r2, g, vf_mul(r2l, g));
    vf a = vf_mul(e, vf_set(VMF_LN2_HI)); /* exact */
    vf hi = vf_add(a, r);
    vf ehi = vf_add(vf_sub(a, hi), r); /* a + r = hi + ehi exactly */
    vf y = vf_add(hi, vf_add(ehi, vf_fma(e, vf_set(VMF_LN2_LO), lo)));
    /* x <= 0, +Inf or NaN: log(+-0) = -Inf, log(+Inf) = +Inf, else NaN */
    vfm bad = vf_mnot(vf_mand(vf_gt(x, vf_set(0.0f)), vf_lt(x, vf_set(INFINITY))));
    if (vf_any(bad)) {
        vf special = vf_sel(vf_eq(x, vf_set(0.0f)), vf_set(-INFINITY),
                            vf_sel(vf_eq(x, vf_set(INFINITY)), x, vf_set(NAN)));
        y = vf_sel(bad, special, y);
    }
    return y;
}
