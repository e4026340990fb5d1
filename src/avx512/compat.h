/* AVX-512 intrinsics that SIMDe 0.7.4 lacks: native instruction when built
 * for AVX-512, a lane loop elsewhere. The emulated loads read only the
 * selected lanes, like the hardware (which does not fault on masked lanes). */
#ifndef VMATH_AVX512_COMPAT_H
#define VMATH_AVX512_COMPAT_H

#include <simde/x86/avx512.h>

/* the lanes of k from p, the others from src */
static inline simde__m512 compat_mask_loadu_ps(simde__m512 src, simde__mmask16 k, const float *p)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_mask_loadu_ps(src, k, p);
#else
    float buf[16];
    simde_mm512_storeu_ps(buf, src);
    for (int i = 0; i < 16; i++)
        if ((k >> i) & 1)
            buf[i] = p[i];
    return simde_mm512_loadu_ps(buf);
#endif
}

static inline simde__m512d compat_mask_loadu_pd(simde__m512d src, simde__mmask8 k, const double *p)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_mask_loadu_pd(src, k, p);
#else
    double buf[8];
    simde_mm512_storeu_pd(buf, src);
    for (int i = 0; i < 8; i++)
        if ((k >> i) & 1)
            buf[i] = p[i];
    return simde_mm512_loadu_pd(buf);
#endif
}

/* the lanes of k from p, the others 0 */
static inline simde__m512 compat_maskz_loadu_ps(simde__mmask16 k, const float *p)
{
    return compat_mask_loadu_ps(simde_mm512_setzero_ps(), k, p);
}

static inline simde__m512d compat_maskz_loadu_pd(simde__mmask8 k, const double *p)
{
    return compat_mask_loadu_pd(simde_mm512_setzero_pd(), k, p);
}

/* a short tail: the lanes of k from p, the others 1.0 (see vmath_tail_f32
 * in src/kernels.h) */
static inline simde__m512 compat_tail_loadu_ps(simde__mmask16 k, const float *p)
{
    return compat_mask_loadu_ps(simde_mm512_set1_ps(1.0f), k, p);
}

static inline simde__m512d compat_tail_loadu_pd(simde__mmask8 k, const double *p)
{
    return compat_mask_loadu_pd(simde_mm512_set1_pd(1.0), k, p);
}

static inline void compat_mask_storeu_ps(float *p, simde__mmask16 k, simde__m512 v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    _mm512_mask_storeu_ps(p, k, v);
#else
    float buf[16];
    simde_mm512_storeu_ps(buf, v);
    for (int i = 0; i < 16; i++)
        if ((k >> i) & 1)
            p[i] = buf[i];
#endif
}

static inline void compat_mask_storeu_pd(double *p, simde__mmask8 k, simde__m512d v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    _mm512_mask_storeu_pd(p, k, v);
#else
    double buf[8];
    simde_mm512_storeu_pd(buf, v);
    for (int i = 0; i < 8; i++)
        if ((k >> i) & 1)
            p[i] = buf[i];
#endif
}

/* Non-temporal store; p must be 64-byte aligned. */
static inline void compat_stream_ps(float *p, simde__m512 v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    _mm512_stream_ps(p, v);
#else
    simde_mm512_storeu_ps(p, v);
#endif
}

static inline void compat_stream_pd(double *p, simde__m512d v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    _mm512_stream_pd(p, v);
#else
    simde_mm512_storeu_pd(p, v);
#endif
}

/* f32 <-> f64 conversions and the upper half of a vector (AVX512F/DQ),
 * which SIMDe 0.7.4 lacks. Conversions round to nearest like C casts. */
static inline simde__m512d compat_cvtps_pd(simde__m256 v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_cvtps_pd(v);
#else
    float f[8];
    double d[8];
    simde_mm256_storeu_ps(f, v);
    for (int i = 0; i < 8; i++)
        d[i] = (double)f[i];
    return simde_mm512_loadu_pd(d);
#endif
}

static inline simde__m256 compat_cvtpd_ps(simde__m512d v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_cvtpd_ps(v);
#else
    double d[8];
    float f[8];
    simde_mm512_storeu_pd(d, v);
    for (int i = 0; i < 8; i++)
        f[i] = (float)d[i];
    return simde_mm256_loadu_ps(f);
#endif
}

static inline simde__m256 compat_extract_hi_ps(simde__m512 v)
{
#if defined(SIMDE_X86_AVX512DQ_NATIVE)
    return _mm512_extractf32x8_ps(v, 1);
#else
    float f[16];
    simde_mm512_storeu_ps(f, v);
    return simde_mm256_loadu_ps(f + 8);
#endif
}

static inline simde__m512i compat_srai23_epi32(simde__m512i v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_srai_epi32(v, 23);
#else
    int32_t a[16];
    simde_mm512_storeu_si512(a, v);
    for (int i = 0; i < 16; i++)
        a[i] = a[i] >> 23; /* arithmetic, as the instruction */
    return simde_mm512_loadu_si512(a);
#endif
}

static inline simde__m512 compat_cvtepi32_ps(simde__m512i v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_cvtepi32_ps(v);
#else
    int32_t a[16];
    float f[16];
    simde_mm512_storeu_si512(a, v);
    for (int i = 0; i < 16; i++)
        f[i] = (float)a[i];
    return simde_mm512_loadu_ps(f);
#endif
}

/* f32 -> i32 rounded to nearest, ties to even (the default MXCSR mode) */
static inline simde__m512i compat_cvtps_epi32(simde__m512 v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_cvtps_epi32(v);
#else
    float f[16];
    int32_t a[16];
    simde_mm512_storeu_ps(f, v);
    for (int i = 0; i < 16; i++)
        a[i] = (int32_t)rintf(f[i]);
    return simde_mm512_loadu_si512(a);
#endif
}

/* p * 2^floor(k) rounded once (vscalefps), for finite k. Not SIMDe's
 * emulation, which flushes subnormals and goes through exp2f (errno): p in
 * double times 2^floor(k) is exact for |floor(k)| <= 300, then rounds once
 * to float, and no kernel needs a larger scale. A NaN k gives NaN. */
static inline simde__m512 compat_scalef_ps(simde__m512 p, simde__m512 k)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_scalef_ps(p, k);
#else
    float a[16], b[16];
    simde_mm512_storeu_ps(a, p);
    simde_mm512_storeu_ps(b, k);
    for (int i = 0; i < 16; i++) {
        float e = floorf(b[i]);
        if (e != e) {
            a[i] = b[i];
            continue;
        }
        e = e < -300.0f ? -300.0f : e > 300.0f ? 300.0f : e;
        a[i] = (float)ldexp((double)a[i], (int)e);
    }
    return simde_mm512_loadu_ps(a);
#endif
}

/* erf family: truncating conversion; NaN and out of range give INT_MIN */
static inline simde__m512i compat_cvttps_epi32(simde__m512 v)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_cvttps_epi32(v);
#else
    float f[16];
    int32_t a[16];
    simde_mm512_storeu_ps(f, v);
    for (int i = 0; i < 16; i++)
        a[i] = (f[i] > -0x1p31f && f[i] < 0x1p31f) ? (int32_t)f[i] : INT32_MIN;
    return simde_mm512_loadu_si512(a);
#endif
}

#endif
