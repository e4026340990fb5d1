/*
 * The f32 exp/log family, evaluated in f64: the SSE4.1 kernels (no FMA; the
 * ISAs with FMA evaluate these functions in f32, src/expf_impl.h), and the
 * exp and log pieces of src/hyper_impl.h's vm_pow, which every ISA runs for
 * pow's special cases. ONE algorithm for every ISA that runs it.
 *
 * Included by src/sse/exp_log.c and, through src/hyper_impl.h, by
 * src/<isa>/hyper.c after they define, for their vector of doubles:
 *   types  vd (doubles), vu (the same lanes as uint64), vmask (a comparison)
 *   v_set(double) v_setu(uint64) v_add v_sub v_mul v_div
 *   v_fma(a, b, c) = a * b + c (rounded once, except on SSE4.1)
 *   v_bits(vd) -> vu, v_from(vu) -> vd (reinterpret)
 *   v_addu v_subu v_andu, v_shl48 v_shr48 v_shr52 (uint64 lanes),
 *   v_shln(a, n) = a << n and v_shrn(a, n) = a >> n for a constant n
 *   v_lt v_gt v_eq -> vmask, v_sel(m, a, b) = m ? a : b
 *   v_clamp(x, lo, hi): x < lo ? lo : x > hi ? hi : x (NaN passes)
 *   v_lookup(const double t[16], vu i): t[i] per lane, i in 0..15
 *   v_lookup_pair(cols, rows, n, i, k, &a, &b): columns k and k + 1 (k even)
 *     of a 16-row table of n columns at row i per lane, given both ways,
 *     cols[n][16] and rows[16][n]: each ISA reads the layout it looks up
 *     fastest (AVX-512 permutes columns, the others load rows)
 * Each function below takes the f32 inputs converted to f64 and returns the
 * f64 result the caller rounds to f32 once. The same sequence of IEEE
 * operations runs everywhere, so every ISA with FMA returns the scalar
 * kernel's bits. Constants and the method: src/mathconst.h.
 */
#ifndef VMATH_EXP_LOG_IMPL_H
#define VMATH_EXP_LOG_IMPL_H
#include "mathconst.h"

/* 2^k 2^(j/16) for kd = VM_SHIFT + 16k + j (integer part in the low bits),
 * built by adding k to the exponent field of the table entry. */
static inline vd vm_exp_scale(vd kd)
{
    vu n = v_bits(kd);
    vu k52 = v_shl48(v_andu(n, v_setu(~UINT64_C(15))));  /* k << 52; the shift drops VM_SHIFT's bits */
    vd t = v_lookup(vm_exp_table, v_andu(n, v_setu(15)));
    return v_from(v_addu(v_bits(t), k52));
}

/* q(r) = e^r - 1 for |r| <= ln2/32 */
static inline vd vm_exp_q(vd r)
{
    vd r2 = v_mul(r, r);
    vd p = v_fma(r, v_set(VM_EXP_C5), v_set(VM_EXP_C4));
    p = v_fma(r, p, v_set(VM_EXP_C3));
    p = v_fma(r, p, v_set(VM_EXP_C2));
    return v_fma(r2, p, r);
}

/* x in [-VM_EXP_MAX, VM_EXP_MAX] or NaN: kd for vm_exp_scale and r. */
static inline vd vm_exp_reduce(vd x, vd *r)
{
    vd kd = v_fma(x, v_set(VM_EXP_INVLN2N), v_set(VM_SHIFT));
    vd n = v_sub(kd, v_set(VM_SHIFT));
    vd t = v_fma(n, v_set(-VM_EXP_LN2HIN), x);
    *r = v_fma(n, v_set(-VM_EXP_LN2LON), t);
    return kd;
}

static inline vd vm_exp(vd x)
{
    vd r, kd = vm_exp_reduce(v_clamp(x, -VM_EXP_MAX, VM_EXP_MAX), &r);
    vd s = vm_exp_scale(kd);
    return v_fma(s, vm_exp_q(r), s);
}

/* 2^x = 2^(n/16) 2^f, f = x - n/16 exact (x has 24 bits, |f| <= 1/32),
 * then e^(f ln2) with the exp polynomial. */
static inline vd vm_exp2(vd x)
{
    x = v_clamp(x, -VM_EXP2_MAX, VM_EXP2_MAX);
    vd kd = v_fma(x, v_set(16.0), v_set(VM_SHIFT));
    vd f = v_fma(v_sub(kd, v_set(VM_SHIFT)), v_set(-1.0 / 16), x);
    vd s = vm_exp_scale(kd);
    return v_fma(s, vm_exp_q(v_mul(f, v_set(VM_LN2))), s);
}

/* e^x - 1 = (s - 1) + s q: for |x| < ln2/32, s = 1 and the result is q(x)
 * itself, with no cancellation. -0 keeps its sign. */
static inline vd vm_expm1(vd x)
{
    vd r, kd = vm_exp_reduce(v_clamp(x, -VM_EXP_MAX, VM_EXP_MAX), &r);
    vd s = vm_exp_scale(kd);
    vd y = v_fma(s, vm_exp_q(r), v_sub(s, v_set(1.0)));
    return v_sel(v_eq(x, v_set(0.0)), x, y);
}

/* 1 / (1 + e^-x): e^-x in f64 up to e^104, where the f32 result is 0. */
static inline vd vm_sigmoid(vd x)
{
    vd e = vm_exp(v_sub(v_set(0.0), x));
    return v_div(v_set(1.0), v_add(v_set(1.0), e));
}

/* log_b(u) = e * a + b * (log(z) with z = u 2^-e), for u > 0 finite.
 * `dx` (log1p only) is u - 1 exactly, carried separately: then
 * r = dx invc_s + (invc_s - 1) with invc_s = invc 2^-e, which is z invc - 1
 * without the rounding error of u = 1 + x. */
static inline vd vm_log_core(vd u, vd dx, int log1p, double a, double b)
{
    vu bits = v_bits(u);
    vu tmp = v_subu(bits, v_setu(VM_LOG_OFF));
    vu efield = v_andu(tmp, v_setu(UINT64_C(0xfff) << 52));  /* (e + 1023) << 52 */
    vd e = v_sub(v_from(v_addu(v_shr52(tmp), v_setu(UINT64_C(0x4330000000000000)))), v_set(0x1p52 + 1023));
    vu i = v_andu(v_shr48(tmp), v_setu(15));
    vd invc = v_lookup(vm_log_invc, i), logc = v_lookup(vm_log_logc, i);
    vd r;
    if (log1p) {
        vd invc_s = v_from(v_addu(v_subu(v_bits(invc), efield), v_setu(UINT64_C(1023) << 52)));
        r = v_fma(dx, invc_s, v_sub(invc_s, v_set(1.0)));
    } else {
        vd z = v_from(v_addu(v_subu(bits, efield), v_setu(UINT64_C(1023) << 52)));
        r = v_fma(z, invc, v_set(-1.0));
    }
    vd p = v_fma(r, v_set(VM_LOG_C7), v_set(VM_LOG_C6));
    p = v_fma(r, p, v_set(VM_LOG_C5));
    p = v_fma(r, p, v_set(VM_LOG_C4));
    p = v_fma(r, p, v_set(VM_LOG_C3));
    p = v_fma(r, p, v_set(VM_LOG_C2));
    vd l = v_add(logc, v_fma(v_mul(r, r), p, r));
    vd y = v_fma(e, v_set(a), v_mul(l, v_set(b)));
    /* u = +inf: +inf; u = 0: -inf; u < 0 or NaN: NaN */
    y = v_sel(v_lt(u, v_set(INFINITY)), y, u);
    vd bad = v_sel(v_eq(u, v_set(0.0)), v_set(-INFINITY), v_set(NAN));
    return v_sel(v_gt(u, v_set(0.0)), y, bad);
}

static inline vd vm_log(vd x) { return vm_log_core(x, x, 0, VM_LN2, 1.0); }
static inline vd vm_log2(vd x) { return vm_log_core(x, x, 0, 1.0, VM_LOG2E); }
static inline vd vm_log10(vd x) { return vm_log_core(x, x, 0, VM_LOG10_2, VM_LOG10E); }

/* u = 1 + x may round (tiny or huge x); the reduction uses x itself. */
static inline vd vm_log1p(vd x)
{
    vd y = vm_log_core(v_add(v_set(1.0), x), x, 1, VM_LN2, 1.0);
    return v_sel(v_eq(x, v_set(0.0)), x, y);
}

/* pow's sign and the Annex F cases that do not come out of e^(y log|x|)
 * (r), for both pows (src/hyper_impl.h's vm_pow, f32 in f64, and
 * src/powd_impl.h's vmd_pow):
 *   x < 0 (sign bit, so -0 and -Inf too), y an odd integer: -r
 *   x negative finite, y not an integer (NaN included): NaN
 *   y = +-0, x = 1, or x = -1 with y = +-Inf: 1 (even for a NaN) */
static inline vd vm_pow_fixup(vd r, vd x, vd y)
{
    vd yh = v_mul(y, v_set(0.5));
    vmask yint = v_eq(v_round(y), y); /* Inf counts as an even integer */
    vmask yodd = v_mand(yint, v_mnot(v_eq(v_round(yh), yh)));
    r = v_sel(v_mand(yodd, v_bit(v_bits(x), 63)), v_neg(r), r);
    vmask neg_finite = v_mand(v_lt(x, v_set(0.0)), v_gt(x, v_set(-INFINITY)));
    r = v_sel(v_mand(neg_finite, v_mnot(yint)), v_set(NAN), r);
    vmask one = v_mor(v_mor(v_eq(y, v_set(0.0)), v_eq(x, v_set(1.0))),
                      v_mand(v_eq(v_abs(x), v_set(1.0)), v_eq(v_abs(y), v_set(INFINITY))));
    return v_sel(one, v_set(1.0), r);
}

#endif
