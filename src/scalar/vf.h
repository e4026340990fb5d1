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
static inline vf vf_scale(vf p, vf k)
{
    if (k != k) /* NaN (x was NaN): p is NaN too */
        return p;
    int32_t ki = (int32_t)k, k1 = ki >= 0 ? ki / 2 : -((1 - ki) / 2); /* floor(ki / 2), as >> 1 */
    return p * vf_pow2(k1) * vf_pow2(ki - k1);
}

#endif
