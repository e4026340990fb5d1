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

/* f32 -> integers: saturate(rint(x * s)), NaN -> 0.
 *
 * The product and the conversion use embedded rounding (nearest even,
 * exceptions suppressed), so the result does not depend on MXCSR. The
 * conversion gives 0x80000000 for NaN and anything outside int32, which is
 * right only for large negative values. So the product is clamped from
 * above to 32767 (min_ps turns NaN into 32767 too), the conversion zeroes
 * the lanes whose product is NaN (its mask), and the saturating packs
 * clamp to the type's range. i32 has no narrowing: lanes >= 2^31 become
 * INT32_MAX instead. */
enum { TO_I8, TO_U8, TO_I16, TO_I32 };

#define RN (_MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)

INLINE __m512i to_int32(__m512 x, __m512 s, int kind)
{
    __m512 p = _mm512_mul_round_ps(x, s, RN);
    __mmask16 ordered = _mm512_cmp_ps_mask(p, p, _CMP_ORD_Q);
    if (kind == TO_I32) {
        __mmask16 big = _mm512_cmp_ps_mask(p, _mm512_set1_ps(0x1p31f), _CMP_GE_OQ);
        __m512i r = _mm512_maskz_cvt_roundps_epi32(ordered, p, RN);
        return _mm512_mask_mov_epi32(r, big, _mm512_set1_epi32(INT32_MAX));
    }
    __m512 c = _mm512_min_ps(p, _mm512_set1_ps(32767.0f));
    return _mm512_maskz_cvt_roundps_epi32(ordered, c, RN);
}

/* 64 elements per iteration (4 zmm, all loaded before any store, so the
 * in-place f32 -> i32 works). The packs work within 128-bit lanes, so a
 * permute puts the 64-bit (i16) or 32-bit (i8) groups back in order. Then
 * 16 at a time with masked loads and masked saturating narrowing stores
 * (vpmovsdw/vpmovsdb/vpmovusdb), which touch nothing outside [0, n). */
INLINE void to_int_loop(void *y, const float *x, float scale, size_t n, int kind)
{
    const __m512 s = _mm512_set1_ps(scale);
    size_t i = 0;
    for (; i + 64 <= n; i += 64) {
        __m512i r[4];
        for (int u = 0; u < 4; u++)
            r[u] = to_int32(_mm512_loadu_ps(x + i + 16 * u), s, kind);
        if (kind == TO_I32) {
            for (int u = 0; u < 4; u++)
                _mm512_storeu_si512((int32_t *)y + i + 16 * u, r[u]);
            continue;
        }
        __m512i p0 = _mm512_packs_epi32(r[0], r[1]), p1 = _mm512_packs_epi32(r[2], r[3]);
        if (kind == TO_I16) {
            const __m512i order = _mm512_setr_epi64(0, 2, 4, 6, 1, 3, 5, 7);
            _mm512_storeu_si512((int16_t *)y + i, _mm512_permutexvar_epi64(order, p0));
            _mm512_storeu_si512((int16_t *)y + i + 32, _mm512_permutexvar_epi64(order, p1));
        } else {
            const __m512i order = _mm512_setr_epi32(0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15);
            __m512i b = kind == TO_U8 ? _mm512_packus_epi16(p0, p1) : _mm512_packs_epi16(p0, p1);
            _mm512_storeu_si512((int8_t *)y + i, _mm512_permutexvar_epi32(order, b));
        }
    }
    for (; i < n; i += 16) {
        __mmask16 k = n - i >= 16 ? 0xffff : (__mmask16)((1u << (n - i)) - 1);
        __m512i r = to_int32(_mm512_maskz_loadu_ps(k, x + i), s, kind);
        switch (kind) {
        case TO_I8: _mm512_mask_cvtsepi32_storeu_epi8((int8_t *)y + i, k, r); break;
        case TO_U8: _mm512_mask_cvtusepi32_storeu_epi8((uint8_t *)y + i, k, _mm512_max_epi32(r, _mm512_setzero_si512())); break;
        case TO_I16: _mm512_mask_cvtsepi32_storeu_epi16((int16_t *)y + i, k, r); break;
        default: _mm512_mask_storeu_epi32((int32_t *)y + i, k, r); break;
        }
    }
}

static void f32_to_i8(int8_t *y, const float *x, float s, size_t n)
{
    to_int_loop(y, x, s, n, TO_I8);
}

static void f32_to_u8(uint8_t *y, const float *x, float s, size_t n)
{
    to_int_loop(y, x, s, n, TO_U8);
}

static void f32_to_i16(int16_t *y, const float *x, float s, size_t n)
{
    to_int_loop(y, x, s, n, TO_I16);
}

static void f32_to_i32(int32_t *y, const float *x, float s, size_t n)
{
    to_int_loop(y, x, s, n, TO_I32);
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
