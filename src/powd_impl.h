/*
 * pow for f64 results: ONE algorithm for the scalar reference and every
 * ISA with FMA (avx2, avx512, neon return the scalar kernel's bits; sse4.1
 * has no FMA and calls the C library's pow, src/scalar/math_ld.c).
 *
 * pow(x, y) = +-e^(y log|x|): log|x| = lh + ll within 2^-64 relative
 * (src/logd_impl.h's vmd_log_pair), y lh = ph + pe exactly (a product and
 * an FMA), pl = y ll + pe, and e^(ph + pl) by exp's reduction of ph with
 * pl added to the reduced argument (src/expd_impl.h's vmd_exp_q). Wherever
 * the result is neither 0 nor Inf, |ph| < 746, so the log's error moves
 * the result by at most 746 2^-64 = 2^-54.5 relative (up to 0.35 ULP, only
 * for x within 3% of 1 and |y| near 2^15; a few thousandths where |y log x|
 * is small), on top of exp's 0.5 + 0.07: 0.74 ULP is the largest error the
 * MPFR test (tests/test_math_oracle.c) finds, at pow(0x1.03fafcf021165p+0,
 * -0x1.66c4ae4567ee6p+15) near 2^-1017. Exact results (pow(2, 10), pow(4,
 * 0.5), pow(x, 1)) come out exact.
 *
 * Vectors whose lanes all have x > 0 normal and finite and |ph| < 704 take
 * that path; the others (subnormal x by 2^52 as log does) go through exp's
 * clamp and two-step scaling (0, subnormal and Inf results) and fix up
 * C99 Annex F's cases with selects:
 *   x = +-0: +Inf for y < 0, else +0;  x = +-Inf: +0 for y < 0, else +Inf
 *   (the log's value there is not used); NaN in x or y: NaN;
 *   then vm_pow_fixup (src/exp_log_impl.h, shared with the f32 pow): the
 *   sign for negative x and odd integer y, NaN for negative finite x and
 *   non-integer y, and the 1s (y = +-0, x = 1, x = -1 with y = +-Inf).
 * |x| = 1 +- tiny with y = +-Inf comes out of the clamp as 0 or Inf.
 */
#ifndef VMATH_POWD_IMPL_H
#define VMATH_POWD_IMPL_H
#include "expd_impl.h"
#include "logd_impl.h"

/* any lanes (see above) */
static inline vd vmd_pow_any(vd x, vd y)
{
    vd ax = v_abs(x);
    vmask sub = v_lt(ax, v_set(0x1p-1022));
    vd ll, lh = vmd_log_pair(v_sel(sub, v_mul(ax, v_set(0x1p52)), ax), 1, sub, &ll);
    vd ph = v_mul(y, lh);
    vd pl = v_fma(y, ll, v_fms(y, lh, ph));
    pl = v_sel(v_lt(v_abs(ph), v_set(746.0)), pl, v_set(0.0)); /* NaN where ph is Inf */
    vd r = vmd_exp_any_times(ph, &pl, 0, 1.0);
    vmask yneg = v_lt(y, v_set(0.0));
    r = v_sel(v_eq(ax, v_set(0.0)), v_sel(yneg, v_set(INFINITY), v_set(0.0)), r);
    r = v_sel(v_eq(ax, v_set(INFINITY)), v_sel(yneg, v_set(0.0), v_set(INFINITY)), r);
    r = v_sel(v_mand(v_eq(x, x), v_eq(y, y)), r, v_add(x, y));
    return vm_pow_fixup(r, x, y);
}

static inline vd vmd_pow(vd x, vd y)
{
    if (v_all_pos_normal(x)) {
        vd ll, lh = vmd_log_pair(x, 0, v_lt(x, v_set(0.0)), &ll);
        vd ph = v_mul(y, lh);
        if (v_all(v_lt(v_abs(ph), v_set(VMD_EXP_FAST)))) {
            vd pl = v_fma(y, ll, v_fms(y, lh, ph));
            vd kd;
            vu j;
            vd q = vmd_exp_q(ph, &pl, 0, &kd, &j);
            vd s = vm_exp_scale(kd);
            return v_fma(s, q, s);
        }
    }
    return vmd_pow_any(x, y);
}

#endif
