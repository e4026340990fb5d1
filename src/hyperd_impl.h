/*
 * sinh, cosh and tanh for f64: ONE algorithm each for the scalar reference
 * and every ISA with FMA (avx2, avx512, neon return the scalar kernel's
 * bits; sse4.1 has no FMA and calls the C library's long double functions,
 * src/scalar/math_ld.c), built on the exp and expm1 of src/expd_impl.h:
 * each takes e^a or e^a - 1 (a = |x|) as an unevaluated pair, which carries
 * about 2^-58 of relative error, and rounds once at the end.
 *
 * cosh: (e^a + e^-a)/2 with e^a = eh + el (exp's s (1 + q) and its FMA
 * error, as sigmoid) and e^-a = r0 + r1 (r0 = 1/eh rounded, r1 = r0 (1 -
 * r0 eh - r0 el), the remainder exact); eh + r0 by Fast2Sum (eh >= 1 >= r0).
 * No cancellation: cosh >= 1.
 * sinh, 1 <= a < 704: (e^a - e^-a)/2 from the same pairs (cancelling at
 * most 1.2 bits: coth 1 = 1.31), eh - r0 by Fast2Sum.
 * sinh, a < 1: (E + E/(E + 1))/2 with E = e^a - 1 = Eh + El (expm1's pair,
 * normalized by Fast2Sum: unnormalized, its low part is up to 1.2% of the
 * high one and the quotient's first-order correction misses 2^-16), so
 * that nothing cancels near 0 (e^a - e^-a would lose the pair's accuracy
 * there): D = E + 1 by TwoSum, E/D = qh + ql by one division and the exact
 * remainder (as tan in src/trigd_impl.h), Eh + qh by Fast2Sum (D >= 1).
 * A vector computes the paths its lanes need (one compare and branch each)
 * and selects per lane, so a lane's bits do not depend on its neighbours.
 * tanh: E/(E + 2) with E = e^2a - 1 (2a exact), D = E + 2 by TwoSum, the
 * quotient corrected once. tanh(19.5) rounds to 1, so a is clamped to 19.5
 * (NaN passes): no branch.
 * sinh and cosh from |x| = 704 on (and +-Inf, NaN): e^a/2 (e^-a is below
 * 2^-2000 of it) by exp's two-step scaling with the last factor halved,
 * rounded once: finite up to 710.4758.
 *
 * hypot (vmd_hypot below): M^2 + m^2 as an exact pair, its square root by
 * Newton's iteration and one correction.
 *
 * Measured against MPFR (tools/ulp64.c, docs/ulp.md): at most 0.54 ULP
 * (sinh, cosh, tanh), 0.50x (hypot).
 */
#ifndef VMATH_HYPERD_IMPL_H
#define VMATH_HYPERD_IMPL_H
#include "expd_impl.h"

/* qh + ql ~ (nh + nl)/(dh + dl), qh within 2 ULP of nh/dh so that nh - qh dh
 * is exact (one FMA) */
static inline vd vmd_div_pair(vd nh, vd nl, vd dh, vd dl, vd *ql)
{
    vd inv = v_div(v_set(1.0), dh);
    vd qh = v_mul(nh, inv);
    vd rem = v_fnma(qh, dl, v_add(v_fnma(qh, dh, nh), nl));
    *ql = v_mul(rem, inv);
    return qh;
}

/* (e^a - 1)/(e^a - 1 + c) for c = 1 (sinh) or 2 (tanh), a >= 0: the quotient
 * qh + *ql, and E = *eh + *el */
static inline vd vmd_expm1_ratio(vd a, double c, vd *ql, vd *eh, vd *el)
{
    vd lo, hi = vmd_expm1_pair(a, &lo);
    *eh = v_add(hi, lo); /* normalized (Fast2Sum: |lo| <= 1.2% |hi|): the quotient's */
    *el = v_sub(lo, v_sub(*eh, hi)); /* one correction is first order in el and dl */
    vd dh = v_add(*eh, v_set(c)); /* TwoSum: E may be above or below c */
    vd bb = v_sub(dh, *eh);
    vd dl = v_add(v_add(v_sub(*eh, v_sub(dh, bb)), v_sub(v_set(c), bb)), *el);
    return vmd_div_pair(*eh, *el, dh, dl, ql);
}

static inline vd vmd_tanh(vd x)
{
    vd eh, el, ql, a = v_clamp(v_abs(x), 0.0, 19.5);
    vd qh = vmd_expm1_ratio(v_add(a, a), 2.0, &ql, &eh, &el);
    return v_copysign(v_add(qh, ql), x);
}

static inline vd vmd_sinh_main(vd a)
{
    vd eh, el, ql;
    vd qh = vmd_expm1_ratio(a, 1.0, &ql, &eh, &el);
    vd h = v_add(eh, qh), l = v_sub(qh, v_sub(h, eh)); /* Fast2Sum: E >= E/(E + 1) */
    return v_mul(v_add(h, v_add(l, v_add(el, ql))), v_set(0.5));
}

/* e^a = *eh + *el (exp's s (1 + q) and its FMA error, as sigmoid) and e^-a
 * = r0 + *r1 (r0 = 1/eh rounded, r1 = r0 (1 - r0 eh - r0 el): the
 * remainder is exact), for 0 <= a < 704 */
static inline vd vmd_exp_pm(vd a, vd *eh, vd *el, vd *r1)
{
    vd kd;
    vu j;
    vd q = vmd_exp_q(a, 0, &kd, &j);
    vd s = vm_exp_scale(kd);
    *eh = v_fma(s, q, s);
    *el = v_fma(s, q, v_sub(s, *eh)); /* s - eh exact */
    vd r0 = v_div(v_set(1.0), *eh);
    *r1 = v_mul(r0, v_fnma(r0, *el, v_fnma(r0, *eh, v_set(1.0))));
    return r0;
}

static inline vd vmd_cosh_main(vd a)
{
    vd eh, el, r1, r0 = vmd_exp_pm(a, &eh, &el, &r1);
    vd h = v_add(eh, r0), l = v_sub(r0, v_sub(h, eh)); /* Fast2Sum: eh >= 1 >= r0 */
    return v_mul(v_add(h, v_add(l, v_add(el, r1))), v_set(0.5));
}

/* sinh for 1 <= a < 704: (e^a - e^-a)/2 from the pairs (the difference
 * cancels at most 1.2 bits: coth 1 = 1.31) */
static inline vd vmd_sinh_big(vd a)
{
    vd eh, el, r1, r0 = vmd_exp_pm(a, &eh, &el, &r1);
    vd h = v_sub(eh, r0), l = v_sub(v_sub(eh, h), r0); /* Fast2Sum: eh >= r0 */
    return v_mul(v_add(h, v_add(l, v_sub(el, r1))), v_set(0.5));
}

/* below 704 (every lane) the main paths, else e^a/2 for those lanes */
static inline vd vmd_sinh(vd x)
{
    vd a = v_abs(x);
    vmask in = v_lt(a, v_set(VMD_EXP_FAST)), small = v_lt(a, v_set(1.0));
    vd ac = v_clamp(a, 0.0, 0x1.5ffffffffffffp+9);
    vd y = vmd_sinh_big(v_clamp(ac, 1.0, 704.0));
    if (!v_all(v_mnot(small))) /* a lane below 1 (or NaN) */
        y = v_sel(small, vmd_sinh_main(v_clamp(ac, 0.0, 1.0)), y);
    if (!v_all(in))
        y = v_sel(in, y, vmd_exp_any_times(a, 0, 0.5));
    return v_copysign(y, x);
}

static inline vd vmd_cosh(vd x)
{
    vd a = v_abs(x);
    vmask in = v_lt(a, v_set(VMD_EXP_FAST));
    if (v_all(in))
        return vmd_cosh_main(a);
    return v_sel(in, vmd_cosh_main(v_clamp(a, 0.0, 0x1.5ffffffffffffp+9)), vmd_exp_any_times(a, 0, 0.5));
}

/* hypot for M >= m >= 0 with M^2 and m^2 normal or m^2 negligible: M^2 =
 * p + pe and m^2 = q + qe exactly (products and their FMA errors), s + se
 * = their sum (Fast2Sum of p >= q, then the small terms). The root without
 * the divider unit (a square root per vector bounds the loop there, 2.5x
 * the time of this): y ~ 1/sqrt(s) from the exponent trick (within 3.5%)
 * and 3 Newton steps (2^-38), h = s y, and h + (s - h^2 + se) y/2 rounds
 * once: the root of M^2 + m^2 to about 2^-75 before that rounding (the
 * correction is second order in y's error). */
static inline vd vmd_hypot_core(vd big, vd small)
{
    vd p = v_mul(big, big), pe = v_fms(big, big, p);
    vd q = v_mul(small, small), qe = v_fms(small, small, q);
    vd s = v_add(p, q);
    vd se = v_add(v_sub(q, v_sub(s, p)), v_add(pe, qe));
    vd y = v_from(v_subu(v_setu(UINT64_C(0x5fe6eb50c7b537a9)), v_shr1(v_bits(s))));
    vd hs = v_mul(s, v_set(0.5));
    for (int i = 0; i < 3; i++) /* y + y (1/2 - s/2 y^2) */
        y = v_fma(y, v_fnma(v_mul(hs, y), y, v_set(0.5)), y);
    vd h = v_mul(s, y);
    vd r = v_mul(v_add(v_fnma(h, h, s), se), v_mul(y, v_set(0.5)));
    return v_add(h, r);
}

/* hypot(x, y): Inf if either is +-Inf (even with a NaN), else NaN if
 * either is. Vectors whose larger magnitudes all lie in (2^-450, 2^500)
 * (squares normal, the smaller's square negligible where it is not) run
 * the core alone; others (also zeros, Inf, NaN) scale each lane by 2^600,
 * 1 or 2^-600 (exact) and the result back (rounding only if it is
 * subnormal: once more, up to 0.73 ULP measured there), then fix 0, Inf. */
static inline vd vmd_hypot(vd x, vd y)
{
    vd a = v_abs(x), b = v_abs(y);
    vmask gt = v_gt(a, b);
    vd big = v_sel(gt, a, b), small = v_sel(gt, b, a);
    vmask lo = v_lt(big, v_set(0x1p-450)), hi = v_gt(big, v_set(0x1p500));
    if (v_all(v_mand(v_gt(big, v_set(0x1p-450)), v_lt(big, v_set(0x1p500))))) /* NaN: not */
        return vmd_hypot_core(big, small);
    vd f = v_sel(lo, v_set(0x1p600), v_sel(hi, v_set(0x1p-600), v_set(1.0)));
    vd g = v_sel(lo, v_set(0x1p-600), v_sel(hi, v_set(0x1p600), v_set(1.0)));
    vd r = v_mul(vmd_hypot_core(v_mul(big, f), v_mul(small, f)), g);
    r = v_sel(v_eq(big, v_set(0.0)), v_set(0.0), r);
    vmask inf = v_mor(v_eq(a, v_set(INFINITY)), v_eq(b, v_set(INFINITY)));
    return v_sel(inf, v_set(INFINITY), r);
}

#endif
