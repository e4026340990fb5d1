/* AVX-512 kernels: conversions. Bit-identical to src/scalar/convert.c.
 *
 * SIMDe 0.7.4 lacks most AVX-512 conversion intrinsics (cvtps_ph, cvtepi32_ps,
 * cvtps_epi32, cvtepi8_epi32, ...), so these kernels are written with the
 * native intrinsics and built only for a real AVX-512 target; an emulated
 * x86 build (VMATH_EMULATE_X86) keeps the avx2 kernels for these operations. */
#include "../kernels.h"

#if defined(__AVX512F__)
#include "convert_loop.h"
#include "../cpu.h"

INLINE void f32_to_f16_step(void *y, const void *x, __m512 s)
{
    (void)s;
    __m256i h = _mm512_cvtps_ph(_mm512_loadu_ps(x), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    _mm256_storeu_si256(y, h);
}

INLINE void f16_to_f32_step(void *y, const void *x, __m512 s)
{
    (void)s;
    _mm512_storeu_ps(y, _mm512_cvtph_ps(_mm256_loadu_si256(x)));
}

INLINE void bf16_to_f32_step(void *y, const void *x, __m512 s)
{
    (void)s;
    __m512i h = _mm512_cvtepu16_epi32(_mm256_loadu_si256(x));
    _mm512_storeu_si512(y, _mm512_slli_epi32(h, 16));
}

INLINE void f32_to_f64_step(void *y, const void *x, __m512 s)
{
    (void)s;
    double *d = y;
    _mm512_storeu_pd(d, _mm512_cvtps_pd(_mm256_loadu_ps(x)));
    _mm512_storeu_pd(d + 8, _mm512_cvtps_pd(_mm256_loadu_ps((const float *)x + 8)));
}

INLINE void f64_to_f32_step(void *y, const void *x, __m512 s)
{
    (void)s;
    const double *d = x;
    _mm256_storeu_ps(y, _mm512_cvtpd_ps(_mm512_loadu_pd(d)));
    _mm256_storeu_ps((float *)y + 8, _mm512_cvtpd_ps(_mm512_loadu_pd(d + 8)));
}

INLINE void i8_to_f32_step(void *y, const void *x, __m512 s)
{
    __m512 f = _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128(x)));
    _mm512_storeu_ps(y, _mm512_mul_ps(f, s));
}

INLINE void u8_to_f32_step(void *y, const void *x, __m512 s)
{
    __m512 f = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_loadu_si128(x)));
    _mm512_storeu_ps(y, _mm512_mul_ps(f, s));
}

INLINE void i16_to_f32_step(void *y, const void *x, __m512 s)
{
    __m512 f = _mm512_cvtepi32_ps(_mm512_cvtepi16_epi32(_mm256_loadu_si256(x)));
    _mm512_storeu_ps(y, _mm512_mul_ps(f, s));
}

INLINE void i32_to_f32_step(void *y, const void *x, __m512 s)
{
    __m512 f = _mm512_cvtepi32_ps(_mm512_loadu_si512(x));  /* nearest even beyond 2^24 */
    _mm512_storeu_ps(y, _mm512_mul_ps(f, s));
}

/* rint(x * s) clamped to [lo, hi], as int32; NaN lanes give 0. max_ps
 * returns its second operand for NaN, so the clamp maps NaN to lo, and the
 * ordered-compare mask then zeroes those lanes. The conversion rounds to
 * nearest even (the default rounding mode). */
INLINE __m512i to_int_range(const void *x, __m512 s, float lo, float hi)
{
    __m512 p = _mm512_mul_ps(_mm512_loadu_ps(x), s);
    __mmask16 ordered = _mm512_cmp_ps_mask(p, p, _CMP_ORD_Q);
    __m512 c = _mm512_min_ps(_mm512_max_ps(p, _mm512_set1_ps(lo)), _mm512_set1_ps(hi));
    return _mm512_maskz_cvtps_epi32(ordered, c);
}

INLINE void f32_to_i8_step(void *y, const void *x, __m512 s)
{
    _mm_storeu_si128(y, _mm512_cvtepi32_epi8(to_int_range(x, s, -128.0f, 127.0f)));
}

INLINE void f32_to_u8_step(void *y, const void *x, __m512 s)
{
    _mm_storeu_si128(y, _mm512_cvtepi32_epi8(to_int_range(x, s, 0.0f, 255.0f)));
}

INLINE void f32_to_i16_step(void *y, const void *x, __m512 s)
{
    _mm256_storeu_si256(y, _mm512_cvtepi32_epi16(to_int_range(x, s, -32768.0f, 32767.0f)));
}

/* 2^31 - 1 is not a float, so no clamp: cvtps2dq gives 0x80000000 for
 * anything out of range, which is right below -2^31; lanes >= 2^31 become
 * INT32_MAX. */
INLINE void f32_to_i32_step(void *y, const void *x, __m512 s)
{
    __m512 p = _mm512_mul_ps(_mm512_loadu_ps(x), s);
    __mmask16 ordered = _mm512_cmp_ps_mask(p, p, _CMP_ORD_Q);
    __mmask16 big = _mm512_cmp_ps_mask(p, _mm512_set1_ps(0x1p31f), _CMP_GE_OQ);
    __m512i r = _mm512_maskz_cvtps_epi32(ordered, p);
    _mm512_storeu_si512(y, _mm512_mask_mov_epi32(r, big, _mm512_set1_epi32(INT32_MAX)));
}

INLINE void f32_to_bf16_step(void *y, const void *x, __m512 s)
{
    (void)s;
    _mm256_storeu_si256(y, bf16_round_int(_mm512_loadu_ps(x)));
}

#define KERNEL(name, ytype, xtype)                                      \
    static void name(ytype *y, const xtype *x, size_t n)                \
    {                                                                   \
        loop(y, x, n, sizeof *y, sizeof *x, 1.0f, name##_step);         \
    }
#define KERNEL_S(name, ytype, xtype)                                    \
    static void name(ytype *y, const xtype *x, float s, size_t n)       \
    {                                                                   \
        loop(y, x, n, sizeof *y, sizeof *x, s, name##_step);            \
    }

KERNEL(f32_to_f16, uint16_t, float)
KERNEL(f16_to_f32, float, uint16_t)
KERNEL(f32_to_bf16, uint16_t, float)
KERNEL(bf16_to_f32, float, uint16_t)
KERNEL(f32_to_f64, double, float)
KERNEL(f64_to_f32, float, double)
KERNEL_S(i8_to_f32, float, int8_t)
KERNEL_S(u8_to_f32, float, uint8_t)
KERNEL_S(i16_to_f32, float, int16_t)
KERNEL_S(i32_to_f32, float, int32_t)
KERNEL_S(f32_to_i8, int8_t, float)
KERNEL_S(f32_to_u8, uint8_t, float)
KERNEL_S(f32_to_i16, int16_t, float)
KERNEL_S(f32_to_i32, int32_t, float)

/* vcvtneps2bf16 (bf16.c, built with -mavx512bf16) where the CPU has it. */
VMATH_INTERNAL void vmath_avx512bf16_f32_to_bf16(uint16_t *y, const float *x, size_t n);

static int has_avx512bf16(void)
{
    vmath_cpu_info cpu;
    vmath_cpu_detect(&cpu);
    return (cpu.flags & VMATH_CPU_AVX512BF16) != 0;
}

void vmath_init_avx512_convert(vmath_kernels *k)
{
    k->f32_to_f16 = f32_to_f16;
    k->f16_to_f32 = f16_to_f32;
    k->f32_to_bf16 = has_avx512bf16() ? vmath_avx512bf16_f32_to_bf16 : f32_to_bf16;
    k->bf16_to_f32 = bf16_to_f32;
    k->f32_to_f64 = f32_to_f64;
    k->f64_to_f32 = f64_to_f32;
    k->i8_to_f32 = i8_to_f32;
    k->u8_to_f32 = u8_to_f32;
    k->i16_to_f32 = i16_to_f32;
    k->i32_to_f32 = i32_to_f32;
    k->f32_to_i8 = f32_to_i8;
    k->f32_to_u8 = f32_to_u8;
    k->f32_to_i16 = f32_to_i16;
    k->f32_to_i32 = f32_to_i32;
}

#else

void vmath_init_avx512_convert(vmath_kernels *k)
{
    (void)k;  /* emulated x86 build: keep the avx2 kernels (see the top) */
}

#endif
