/* Scalar: the "vector" of one float that the f32-evaluated math algorithms
 * (src/expf_impl.h) are written against. fmaf() is the C99 correctly
 * rounded fused multiply-add, like the FMA instructions of the SIMD ISAs. */
#ifndef VMATH_SCALAR_VF_H
#define VMATH_SCALAR_VF_H

#include <math.h>
#include <stdint.h>
#include <string.h>

typedef float vf;

static inline vf vf_set(float a) { return a; }
static inline vf vf_add(vf a, vf b) { return a + b; }
static inline vf vf_sub(vf a, vf b) { return a - b; }
static inline vf vf_mul(vf a, vf b) { return a * b; }
static inline vf vf_fma(vf a, vf b, vf c) { return fmaf(a, b, c); }
static inline vf vf_div(vf a, vf b) { return a / b; }
static inline vf vf_abs(vf a) { return fabsf(a); }
static inline vf vf_copysign(vf mag, vf sgn) { return copysignf(mag, sgn); }
static inline vf vf_round(vf a) { return rintf(a); } /* default rounding mode: ties to even */
static inline vf vf_clamp(vf x, float lo, float hi)
{
    x = x < lo ? lo : x;
    return x > hi ? hi : x;
}
static inline float vf_pow2(int32_t k) /* 2^k, k in [-126, 127] */
{
    uint32_t b = (uint32_t)(k + 127) << 23;
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}
/* 2^k for integral k in [-126, 127]: cheaper than vf_scale where the
 * product with it is exact (or its rounding harmless) */
static inline vf vf_pow2i(vf k)
{
    return k != k ? k : vf_pow2((int32_t)k);
}
static inline vf vf_scale(vf p, vf k)
{
    if (k != k) /* NaN (x was NaN): p is NaN too */
        return p;
    int32_t ki = (int32_t)k, k1 = ki >= 0 ? ki / 2 : -((1 - ki) / 2); /* floor(ki / 2), as >> 1 */
    return p * vf_pow2(k1) * vf_pow2(ki - k1);
}

/* for vmf_log */
typedef int vfm;
static inline vfm vf_gt(vf a, vf b) { return a > b; }
static inline vfm vf_lt(vf a, vf b) { return a < b; }
static inline vfm vf_eq(vf a, vf b) { return a == b; }
static inline vf vf_sel(vfm m, vf a, vf b) { return m ? a : b; }
static inline vfm vf_mand(vfm a, vfm b) { return a & b; }
static inline vfm vf_mnot(vfm a) { return !a; }
static inline int vf_any(vfm m) { return m; }
/* x = m 2^e, m in [M0, 2 M0): subnormals are scaled by 2^23 first; the
 * exponent field is then moved so that the bits of m start at M0 */
static inline vf vf_split(vf x, vf *e)
{
    int sub = x < 0x1p-126f;
    vf xs = sub ? x * 0x1p23f : x;
    uint32_t ix;
    memcpy(&ix, &xs, sizeof ix);
    int32_t k = (int32_t)(ix - UINT32_C(0x3f3504f3)) >> 23; /* arithmetic shift, as the SIMD ISAs */
    uint32_t im = ix - ((uint32_t)k << 23);
    *e = (float)k - (sub ? 23.0f : 0.0f);
    vf m;
    memcpy(&m, &im, sizeof m);
    return m;
}

/* for src/trigf_impl.h (sin cos tan sincos); vd is double (vd.h) */
static inline vf vf_fnma(vf a, vf b, vf c) { return fmaf(-a, b, c); }
static inline uint32_t vf_bits_(vf a)
{
    uint32_t u;
    memcpy(&u, &a, sizeof u);
    return u;
}
static inline vf vf_from_bits_(uint32_t u)
{
    vf a;
    memcpy(&a, &u, sizeof a);
    return a;
}
static inline vfm vf_odd(vf q) { return (int)(vf_bits_(q) & 1); }
static inline vf vf_qinc(vf q) { return vf_from_bits_(vf_bits_(q) + 1); }
static inline vf vf_flipsign(vf y, vf q, int b, vf s)
{
    return vf_from_bits_(vf_bits_(y) ^ (((vf_bits_(q) << (31 - b)) ^ vf_bits_(s)) & UINT32_C(0x80000000)));
}
static inline vf vf_via_vd(vf x, double (*f)(double)) { return (float)f((double)x); }
static inline void vf_via_vd2(vf x, void (*f)(double, double *, double *), vf *a, vf *b)
{
    double da, db;
    f((double)x, &da, &db);
    *a = (float)da;
    *b = (float)db;
}

#endif
