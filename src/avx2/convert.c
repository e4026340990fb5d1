/* AVX2 + F16C kernels: conversions. Bit-identical to src/scalar/convert.c. */
#include <string.h>

#include <simde/x86/avx2.h>
#include <simde/x86/f16c.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))
#define W 8  /* elements per step: one ymm of floats */

/* One step converts W elements from x to y; `s` is the broadcast scale. */
typedef void (*step_fn)(void *y, const void *x, simde__m256 s);

/* Four steps per iteration so independent conversions overlap, then single
 * steps; the last n % W elements go through zero-padded stack buffers, so
 * nothing outside x[0..n-1] and y[0..n-1] is touched. In place (f32 <-> i32)
 * works: each step reads its block before writing the same block. */
INLINE void loop(void *y, const void *x, size_t n, size_t ysize, size_t xsize, float scale, step_fn step)
{
    unsigned char *py = y;
    const unsigned char *px = x;
    simde__m256 s = simde_mm256_set1_ps(scale);
    size_t i = 0;
    for (; i + 4 * W <= n; i += 4 * W)
        for (int u = 0; u < 4; u++)
            step(py + (i + u * W) * ysize, px + (i + u * W) * xsize, s);
    for (; i + W <= n; i += W)
        step(py + i * ysize, px + i * xsize, s);
    if (i < n) {
        unsigned char bx[W * 8] = {0}, by[W * 8];
        memcpy(bx, px + i * xsize, (n - i) * xsize);
        step(by, bx, s);
        memcpy(py + i * ysize, by, (n - i) * ysize);
    }
}

INLINE void f32_to_f16_step(void *y, const void *x, simde__m256 s)
{
    (void)s;
    simde__m128i h = simde_mm256_cvtps_ph(simde_mm256_loadu_ps(x), SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC);
    simde_mm_storeu_si128(y, h);
}

INLINE void f16_to_f32_step(void *y, const void *x, simde__m256 s)
{
    (void)s;
    simde_mm256_storeu_ps(y, simde_mm256_cvtph_ps(simde_mm_loadu_si128(x)));
}

/* Eight 32-bit lanes holding values that fit in 16 bits -> eight uint16:
 * packus works within 128-bit halves, so gather qwords 0 and 2 after it. */
INLINE simde__m128i narrow_u16(simde__m256i r)
{
    simde__m256i p = simde_mm256_packus_epi32(r, r);
    return simde_mm256_castsi256_si128(simde_mm256_permute4x64_epi64(p, 0x08));
}

/* Round to nearest even on the bit pattern; NaN lanes become quiet NaNs. */
INLINE void f32_to_bf16_step(void *y, const void *x, simde__m256 s)
{
    (void)s;
    simde__m256 v = simde_mm256_loadu_ps(x);
    simde__m256i u = simde_mm256_castps_si256(v);
    simde__m256i lsb = simde_mm256_and_si256(simde_mm256_srli_epi32(u, 16), simde_mm256_set1_epi32(1));
    simde__m256i r = simde_mm256_srli_epi32(simde_mm256_add_epi32(u, simde_mm256_add_epi32(lsb, simde_mm256_set1_epi32(0x7fff))), 16);
    simde__m256i qnan = simde_mm256_or_si256(simde_mm256_srli_epi32(u, 16), simde_mm256_set1_epi32(0x40));
    simde__m256i nan = simde_mm256_castps_si256(simde_mm256_cmp_ps(v, v, SIMDE_CMP_UNORD_Q));
    simde_mm_storeu_si128(y, narrow_u16(simde_mm256_blendv_epi8(r, qnan, nan)));
}

INLINE void bf16_to_f32_step(void *y, const void *x, simde__m256 s)
{
    (void)s;
    simde__m256i h = simde_mm256_cvtepu16_epi32(simde_mm_loadu_si128(x));
    simde_mm256_storeu_si256(y, simde_mm256_slli_epi32(h, 16));
}

INLINE void f32_to_f64_step(void *y, const void *x, simde__m256 s)
{
    (void)s;
    simde_mm256_storeu_pd(y, simde_mm256_cvtps_pd(simde_mm_loadu_ps(x)));
    simde_mm256_storeu_pd((double *)y + 4, simde_mm256_cvtps_pd(simde_mm_loadu_ps((const float *)x + 4)));
}

INLINE void f64_to_f32_step(void *y, const void *x, simde__m256 s)
{
    (void)s;
    simde_mm_storeu_ps(y, simde_mm256_cvtpd_ps(simde_mm256_loadu_pd(x)));
    simde_mm_storeu_ps((float *)y + 4, simde_mm256_cvtpd_ps(simde_mm256_loadu_pd((const double *)x + 4)));
}

INLINE void i8_to_f32_step(void *y, const void *x, simde__m256 s)
{
    simde__m256 f = simde_mm256_cvtepi32_ps(simde_mm256_cvtepi8_epi32(simde_mm_loadl_epi64(x)));
    simde_mm256_storeu_ps(y, simde_mm256_mul_ps(f, s));
}

INLINE void u8_to_f32_step(void *y, const void *x, simde__m256 s)
{
    simde__m256 f = simde_mm256_cvtepi32_ps(simde_mm256_cvtepu8_epi32(simde_mm_loadl_epi64(x)));
    simde_mm256_storeu_ps(y, simde_mm256_mul_ps(f, s));
}

INLINE void i16_to_f32_step(void *y, const void *x, simde__m256 s)
{
    simde__m256 f = simde_mm256_cvtepi32_ps(simde_mm256_cvtepi16_epi32(simde_mm_loadu_si128(x)));
    simde_mm256_storeu_ps(y, simde_mm256_mul_ps(f, s));
}

INLINE void i32_to_f32_step(void *y, const void *x, simde__m256 s)
{
    simde__m256 f = simde_mm256_cvtepi32_ps(simde_mm256_loadu_si256(x));
    simde_mm256_storeu_ps(y, simde_mm256_mul_ps(f, s));
}

/* rint(x * s) clamped to [lo, hi], as int32; NaN lanes give 0. max_ps
 * returns its second operand for NaN, so the clamp maps NaN to lo, and the
 * ordered-compare mask then zeroes those lanes. */
INLINE simde__m256i to_int_range(const void *x, simde__m256 s, float lo, float hi)
{
    simde__m256 p = simde_mm256_mul_ps(simde_mm256_loadu_ps(x), s);
    simde__m256 ordered = simde_mm256_cmp_ps(p, p, SIMDE_CMP_ORD_Q);
    simde__m256 c = simde_mm256_min_ps(simde_mm256_max_ps(p, simde_mm256_set1_ps(lo)), simde_mm256_set1_ps(hi));
    return simde_mm256_and_si256(simde_mm256_cvtps_epi32(c), simde_mm256_castps_si256(ordered));
}

/* Eight in-range int32 -> eight bytes: packs within 128-bit halves leaves
 * bytes 0-3 and 16-19 holding the results. */
INLINE void store_8x8(void *y, simde__m256i r, int is_unsigned)
{
    simde__m256i p = simde_mm256_packs_epi32(r, r);
    p = is_unsigned ? simde_mm256_packus_epi16(p, p) : simde_mm256_packs_epi16(p, p);
    p = simde_mm256_permutevar8x32_epi32(p, simde_mm256_setr_epi32(0, 4, 0, 0, 0, 0, 0, 0));
    simde_mm_storel_epi64(y, simde_mm256_castsi256_si128(p));
}

INLINE void f32_to_i8_step(void *y, const void *x, simde__m256 s)
{
    store_8x8(y, to_int_range(x, s, -128.0f, 127.0f), 0);
}

INLINE void f32_to_u8_step(void *y, const void *x, simde__m256 s)
{
    store_8x8(y, to_int_range(x, s, 0.0f, 255.0f), 1);
}

/* 32 elements to bytes: two packs to 16 bits and one to 8 leave, per
 * 128-bit half, 4 bytes of each vector (half 0: elements 0-3 of vectors
 * 0 1 2 3, half 1: elements 4-7); one permute puts the dwords in order.
 * Three packs and a permute per 32 where four 8-element steps take eight
 * packs and four permutes. All four vectors are read before the store. */
INLINE void f32_to_8bit_step32(void *y, const float *x, simde__m256 s, float lo, float hi, int is_unsigned)
{
    simde__m256i r[4];
    for (int u = 0; u < 4; u++)
        r[u] = to_int_range(x + 8 * u, s, lo, hi);
    simde__m256i a = simde_mm256_packs_epi32(r[0], r[1]), b = simde_mm256_packs_epi32(r[2], r[3]);
    simde__m256i p = is_unsigned ? simde_mm256_packus_epi16(a, b) : simde_mm256_packs_epi16(a, b);
    p = simde_mm256_permutevar8x32_epi32(p, simde_mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
    simde_mm256_storeu_si256(y, p);
}
INLINE void f32_to_i8_step32(void *y, const void *x, simde__m256 s) { f32_to_8bit_step32(y, x, s, -128.0f, 127.0f, 0); }
INLINE void f32_to_u8_step32(void *y, const void *x, simde__m256 s) { f32_to_8bit_step32(y, x, s, 0.0f, 255.0f, 1); }

INLINE void f32_to_i16_step(void *y, const void *x, simde__m256 s)
{
    simde__m256i p = simde_mm256_packs_epi32(to_int_range(x, s, -32768.0f, 32767.0f), simde_mm256_setzero_si256());
    simde_mm_storeu_si128(y, simde_mm256_castsi256_si128(simde_mm256_permute4x64_epi64(p, 0x08)));
}

/* 16 elements: one pack of two vectors' results and one permute (qwords
 * 0 2 1 3) for 16 int16, where two 8-element steps take two of each. Both
 * vectors are read before the store, so y == x works as in loop(). */
INLINE void f32_to_i16_step16(void *y, const void *x, simde__m256 s)
{
    simde__m256i r0 = to_int_range(x, s, -32768.0f, 32767.0f);
    simde__m256i r1 = to_int_range((const float *)x + 8, s, -32768.0f, 32767.0f);
    simde_mm256_storeu_si256(y, simde_mm256_permute4x64_epi64(simde_mm256_packs_epi32(r0, r1), 0xd8));
}

/* The product clamped to [-2^31, 2^31 - 128] as to_int_range (a value
 * beyond int32 would make cvtps2dq raise FE_INVALID), and 127 added where
 * it was >= 2^31: 0x7fffffff. */
INLINE void f32_to_i32_step(void *y, const void *x, simde__m256 s)
{
    simde__m256 p = simde_mm256_mul_ps(simde_mm256_loadu_ps(x), s);
    simde__m256 ordered = simde_mm256_cmp_ps(p, p, SIMDE_CMP_ORD_Q);
    simde__m256 big = simde_mm256_cmp_ps(p, simde_mm256_set1_ps(0x1p31f), SIMDE_CMP_GE_OQ);
    simde__m256 c = simde_mm256_min_ps(simde_mm256_max_ps(p, simde_mm256_set1_ps(-0x1p31f)), simde_mm256_set1_ps(0x1.fffffep30f));
    simde__m256i r = simde_mm256_and_si256(simde_mm256_cvtps_epi32(c), simde_mm256_castps_si256(ordered));
    r = simde_mm256_add_epi32(r, simde_mm256_and_si256(simde_mm256_castps_si256(big), simde_mm256_set1_epi32(127)));
    simde_mm256_storeu_si256(y, r);
}

#define KERNEL(name, ytype, xtype)                               \
    static void name(ytype *y, const xtype *x, size_t n)         \
    {                                                            \
        loop(y, x, n, sizeof *y, sizeof *x, 1.0f, name##_step);  \
    }
#define KERNEL_S(name, ytype, xtype)                                \
    static void name(ytype *y, const xtype *x, float s, size_t n)   \
    {                                                               \
        loop(y, x, n, sizeof *y, sizeof *x, s, name##_step);        \
    }
/* As KERNEL_S, with name##_step<wide> on `wide` elements at a time first:
 * the narrowing conversions pack two or four vectors' results at once */
#define KERNEL_WIDE(name, ytype, xtype, wide)                                   \
    static void name(ytype *y, const xtype *x, float s, size_t n)               \
    {                                                                           \
        simde__m256 sv = simde_mm256_set1_ps(s);                                \
        size_t i = 0;                                                           \
        for (; i + (wide) <= n; i += (wide))                                    \
            name##_step##wide(y + i, x + i, sv);                                \
        if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */         \
            loop(y + i, x + i, n - i, sizeof *y, sizeof *x, s, name##_step);    \
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
KERNEL_WIDE(f32_to_i8, int8_t, float, 32)
KERNEL_WIDE(f32_to_u8, uint8_t, float, 32)
KERNEL_WIDE(f32_to_i16, int16_t, float, 16)
KERNEL_S(f32_to_i32, int32_t, float)

void vmath_init_avx2_convert(vmath_kernels *k)
{
    k->f32_to_f16 = f32_to_f16;
    k->f16_to_f32 = f16_to_f32;
    k->f32_to_bf16 = f32_to_bf16;
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
