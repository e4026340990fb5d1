/* NEON intrinsics that SIMDe 0.7.4 lacks or emulates with a different result.
 *
 * On AArch64 each is the native instruction. Elsewhere (the emulated NEON
 * build used to test these kernels on x86) each is a lane loop with exactly
 * the instruction's semantics: SIMDe's portable vfmaq is not fused, its
 * vminq/vmaxq order -0 and +0 as equal, both unlike the hardware, and its
 * vrndnq built by clang (SIMDe's roundeven fallback) gives +0 for -0.5. */
#ifndef VMATH_NEON_COMPAT_H
#define VMATH_NEON_COMPAT_H

#include <math.h>

#include <simde/arm/neon.h>

#include "../scalar/half.h"

#if defined(SIMDE_ARM_NEON_A64V8_NATIVE)

/* FCVTN/FCVTL: f32 <-> f16 with the FPCR's rounding (nearest even by
 * default), subnormals kept, NaNs made quiet, like the scalar reference. */
static inline simde_uint16x4_t compat_f32_to_f16(simde_float32x4_t a)
{
    return vreinterpret_u16_f16(vcvt_f16_f32(a));
}

static inline simde_float32x4_t compat_f16_to_f32(simde_uint16x4_t a)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(a));
}

/* FCVTNS: round to nearest even, saturate to int32, NaN gives 0. */
#define compat_vcvtnq_s32_f32 vcvtnq_s32_f32

#define compat_vdivq_f32 vdivq_f32
#define compat_vdivq_f64 vdivq_f64
#define compat_vsqrtq_f32 vsqrtq_f32
#define compat_vsqrtq_f64 vsqrtq_f64
#define compat_vfmaq_f32 vfmaq_f32
#define compat_vfmaq_f64 vfmaq_f64
#define compat_vminq_f32 vminq_f32
#define compat_vminq_f64 vminq_f64
#define compat_vmaxq_f32 vmaxq_f32
#define compat_vmaxq_f64 vmaxq_f64
#define compat_vrndnq_f32 vrndnq_f32
#define compat_vrndnq_f64 vrndnq_f64

#else

/* FRINTN: nearest even, the sign kept (-0.5 gives -0) */
static inline simde_float32x4_t compat_vrndnq_f32(simde_float32x4_t a)
{
    float x[4];
    simde_vst1q_f32(x, a);
    for (int i = 0; i < 4; i++)
        x[i] = rintf(x[i]); /* nearest even in the default rounding mode */
    return simde_vld1q_f32(x);
}

static inline simde_float64x2_t compat_vrndnq_f64(simde_float64x2_t a)
{
    double x[2];
    simde_vst1q_f64(x, a);
    for (int i = 0; i < 2; i++)
        x[i] = rint(x[i]);
    return simde_vld1q_f64(x);
}

/* SIMDe's portable f16 conversions and vcvtnq_s32_f32 are missing or
 * not exact: lane loops with the instructions' semantics. */
static inline simde_uint16x4_t compat_f32_to_f16(simde_float32x4_t a)
{
    float x[4];
    uint16_t h[4];
    simde_vst1q_f32(x, a);
    for (int i = 0; i < 4; i++)
        h[i] = vm_f32_to_f16_1(x[i]);
    return simde_vld1_u16(h);
}

static inline simde_float32x4_t compat_f16_to_f32(simde_uint16x4_t a)
{
    float x[4];
    uint16_t h[4];
    simde_vst1_u16(h, a);
    for (int i = 0; i < 4; i++)
        x[i] = vm_f16_to_f32_1(h[i]);
    return simde_vld1q_f32(x);
}

static inline simde_int32x4_t compat_vcvtnq_s32_f32(simde_float32x4_t a)
{
    float x[4];
    int32_t r[4];
    simde_vst1q_f32(x, a);
    for (int i = 0; i < 4; i++) {
        float v = rintf(x[i]);  /* nearest even in the default rounding mode */
        r[i] = isnan(v) ? 0 : v >= 0x1p31f ? INT32_MAX : v < -0x1p31f ? INT32_MIN : (int32_t)v;
    }
    return simde_vld1q_s32(r);
}

/* FMIN/FMAX: NaN if either is NaN, -0 < +0 (IEEE 754-2019 minimum/maximum). */
static inline float compat_fmin_f32(float a, float b)
{
    if (isnan(a) || isnan(b))
        return a + b;
    if (a == b)
        return signbit(a) ? a : b;
    return a < b ? a : b;
}

static inline double compat_fmin_f64(double a, double b)
{
    if (isnan(a) || isnan(b))
        return a + b;
    if (a == b)
        return signbit(a) ? a : b;
    return a < b ? a : b;
}

static inline float compat_fmax_f32(float a, float b)
{
    return -compat_fmin_f32(-a, -b);
}

static inline double compat_fmax_f64(double a, double b)
{
    return -compat_fmin_f64(-a, -b);
}

static inline simde_float32x4_t compat_vdivq_f32(simde_float32x4_t a, simde_float32x4_t b)
{
    float x[4], y[4];
    simde_vst1q_f32(x, a);
    simde_vst1q_f32(y, b);
    for (int i = 0; i < 4; i++)
        x[i] = x[i] / y[i];
    return simde_vld1q_f32(x);
}

static inline simde_float64x2_t compat_vdivq_f64(simde_float64x2_t a, simde_float64x2_t b)
{
    double x[2], y[2];
    simde_vst1q_f64(x, a);
    simde_vst1q_f64(y, b);
    for (int i = 0; i < 2; i++)
        x[i] = x[i] / y[i];
    return simde_vld1q_f64(x);
}

/* a NaN for a negative lane, as the instruction gives, without sqrtf()'s errno */
static inline simde_float32x4_t compat_vsqrtq_f32(simde_float32x4_t a)
{
    float x[4];
    simde_vst1q_f32(x, a);
    for (int i = 0; i < 4; i++)
        x[i] = x[i] < 0 ? NAN : sqrtf(x[i]);
    return simde_vld1q_f32(x);
}

/* a NaN for a negative lane, as the instruction gives, without sqrt()'s errno */
static inline simde_float64x2_t compat_vsqrtq_f64(simde_float64x2_t a)
{
    double x[2];
    simde_vst1q_f64(x, a);
    for (int i = 0; i < 2; i++)
        x[i] = x[i] < 0 ? NAN : sqrt(x[i]);
    return simde_vld1q_f64(x);
}

/* acc + a * b, rounded once */
static inline simde_float32x4_t compat_vfmaq_f32(simde_float32x4_t acc, simde_float32x4_t a, simde_float32x4_t b)
{
    float r[4], x[4], y[4];
    simde_vst1q_f32(r, acc);
    simde_vst1q_f32(x, a);
    simde_vst1q_f32(y, b);
    for (int i = 0; i < 4; i++)
        r[i] = fmaf(x[i], y[i], r[i]);
    return simde_vld1q_f32(r);
}

static inline simde_float64x2_t compat_vfmaq_f64(simde_float64x2_t acc, simde_float64x2_t a, simde_float64x2_t b)
{
    double r[2], x[2], y[2];
    simde_vst1q_f64(r, acc);
    simde_vst1q_f64(x, a);
    simde_vst1q_f64(y, b);
    for (int i = 0; i < 2; i++)
        r[i] = fma(x[i], y[i], r[i]);
    return simde_vld1q_f64(r);
}

static inline simde_float32x4_t compat_vminq_f32(simde_float32x4_t a, simde_float32x4_t b)
{
    float x[4], y[4];
    simde_vst1q_f32(x, a);
    simde_vst1q_f32(y, b);
    for (int i = 0; i < 4; i++)
        x[i] = compat_fmin_f32(x[i], y[i]);
    return simde_vld1q_f32(x);
}

static inline simde_float64x2_t compat_vminq_f64(simde_float64x2_t a, simde_float64x2_t b)
{
    double x[2], y[2];
    simde_vst1q_f64(x, a);
    simde_vst1q_f64(y, b);
    for (int i = 0; i < 2; i++)
        x[i] = compat_fmin_f64(x[i], y[i]);
    return simde_vld1q_f64(x);
}

static inline simde_float32x4_t compat_vmaxq_f32(simde_float32x4_t a, simde_float32x4_t b)
{
    float x[4], y[4];
    simde_vst1q_f32(x, a);
    simde_vst1q_f32(y, b);
    for (int i = 0; i < 4; i++)
        x[i] = compat_fmax_f32(x[i], y[i]);
    return simde_vld1q_f32(x);
}

static inline simde_float64x2_t compat_vmaxq_f64(simde_float64x2_t a, simde_float64x2_t b)
{
    double x[2], y[2];
    simde_vst1q_f64(x, a);
    simde_vst1q_f64(y, b);
    for (int i = 0; i < 2; i++)
        x[i] = compat_fmax_f64(x[i], y[i]);
    return simde_vld1q_f64(x);
}

#endif
#endif
