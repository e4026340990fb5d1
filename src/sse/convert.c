/* SSE4.1 kernels: conversions. Bit-identical to src/scalar/convert.c.
 *
 * No F16C here: f16 is converted with integer bit operations that mirror
 * src/scalar/half.h, except that f16 subnormal results are rounded with
 * roundps (explicit nearest-even, no MXCSR) on |x| * 2^24, which is exact. */
#include <string.h>

#include <simde/x86/sse4.1.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))
#define W 8  /* elements per step: two xmm of floats */
#define RN (SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC)

/* One step converts W elements from x to y; `s` is the broadcast scale. */
typedef void (*step_fn)(void *y, const void *x, simde__m128 s);

/* Four steps per iteration so independent conversions overlap, then single
 * steps; the last n % W elements go through zero-padded stack buffers, so
 * nothing outside x[0..n-1] and y[0..n-1] is touched. In place (f32 <-> i32)
 * works: each step reads its block before writing the same block. */
INLINE void loop(void *y, const void *x, size_t n, size_t ysize, size_t xsize, float scale, step_fn step)
{
    unsigned char *py = y;
    const unsigned char *px = x;
    simde__m128 s = simde_mm_set1_ps(scale);
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

INLINE simde__m128i set1(int32_t v)
{
    return simde_mm_set1_epi32(v);
}

/* Four floats -> four f16 in 32-bit lanes, as vm_f32_to_f16_1. */
INLINE simde__m128i f32_to_f16_4(simde__m128 v)
{
    simde__m128i u = simde_mm_castps_si128(v);
    simde__m128i sign = simde_mm_and_si128(simde_mm_srli_epi32(u, 16), set1(0x8000));
    simde__m128i a = simde_mm_and_si128(u, set1(0x7fffffff));
    /* normal: rebias the exponent, round to nearest even on the bits */
    simde__m128i r = simde_mm_sub_epi32(a, set1(0x38000000));
    simde__m128i lsb = simde_mm_and_si128(simde_mm_srli_epi32(r, 13), set1(1));
    r = simde_mm_srli_epi32(simde_mm_add_epi32(r, simde_mm_add_epi32(lsb, set1(0xfff))), 13);
    /* below 2^-14: |x| * 2^24 is exact; rounded to an integer it is the
     * subnormal (or zero, or the smallest normal after a carry). Larger
     * lanes (and NaN) are clamped to 2^-14 first: their product would
     * overflow the conversion (FE_INVALID) or the float (FE_OVERFLOW) */
    simde__m128 abs = simde_mm_castsi128_ps(simde_mm_min_epi32(a, set1(0x38800000)));
    simde__m128i q = simde_mm_cvttps_epi32(simde_mm_round_ps(simde_mm_mul_ps(abs, simde_mm_set1_ps(0x1p24f)), RN));
    r = simde_mm_blendv_epi8(r, q, simde_mm_cmplt_epi32(a, set1(0x38800000)));
    r = simde_mm_blendv_epi8(r, set1(0x7c00), simde_mm_cmpgt_epi32(a, set1(0x477fefff)));
    simde__m128i nan = simde_mm_or_si128(set1(0x7e00), simde_mm_and_si128(simde_mm_srli_epi32(a, 13), set1(0x3ff)));
    r = simde_mm_blendv_epi8(r, nan, simde_mm_cmpgt_epi32(a, set1(0x7f800000)));
    return simde_mm_or_si128(r, sign);
}

INLINE void f32_to_f16_step(void *y, const void *x, simde__m128 s)
{
    (void)s;
    simde__m128i lo = f32_to_f16_4(simde_mm_loadu_ps(x)), hi = f32_to_f16_4(simde_mm_loadu_ps((const float *)x + 4));
    simde_mm_storeu_si128(y, simde_mm_packus_epi32(lo, hi));
}

/* Four f16 in 32-bit lanes -> four floats, as vm_f16_to_f32_1. */
INLINE simde__m128 f16_to_f32_4(simde__m128i h)
{
    simde__m128i a = simde_mm_and_si128(h, set1(0x7fff));
    simde__m128i r = simde_mm_add_epi32(simde_mm_slli_epi32(a, 13), set1(0x38000000));  /* exponent + 112 */
    /* Inf and NaN: exponent 255, NaN made quiet */
    r = simde_mm_add_epi32(r, simde_mm_and_si128(simde_mm_cmpgt_epi32(a, set1(0x7bff)), set1(0x38000000)));
    r = simde_mm_or_si128(r, simde_mm_and_si128(simde_mm_cmpgt_epi32(a, set1(0x7c00)), set1(0x400000)));
    /* zero and subnormals: m * 2^-24, exact */
    simde__m128 sub = simde_mm_mul_ps(simde_mm_cvtepi32_ps(a), simde_mm_set1_ps(0x1p-24f));
    r = simde_mm_blendv_epi8(r, simde_mm_castps_si128(sub), simde_mm_cmplt_epi32(a, set1(0x0400)));
    r = simde_mm_or_si128(r, simde_mm_slli_epi32(simde_mm_and_si128(h, set1(0x8000)), 16));
    return simde_mm_castsi128_ps(r);
}

INLINE void f16_to_f32_step(void *y, const void *x, simde__m128 s)
{
    (void)s;
    simde__m128i h = simde_mm_loadu_si128(x);
    simde_mm_storeu_ps(y, f16_to_f32_4(simde_mm_cvtepu16_epi32(h)));
    simde_mm_storeu_ps((float *)y + 4, f16_to_f32_4(simde_mm_cvtepu16_epi32(simde_mm_srli_si128(h, 8))));
}

/* Round to nearest even on the bit pattern; NaN lanes become quiet NaNs. */
INLINE simde__m128i f32_to_bf16_4(simde__m128 v)
{
    simde__m128i u = simde_mm_castps_si128(v);
    simde__m128i lsb = simde_mm_and_si128(simde_mm_srli_epi32(u, 16), set1(1));
    simde__m128i r = simde_mm_srli_epi32(simde_mm_add_epi32(u, simde_mm_add_epi32(lsb, set1(0x7fff))), 16);
    simde__m128i qnan = simde_mm_or_si128(simde_mm_srli_epi32(u, 16), set1(0x40));
    return simde_mm_blendv_epi8(r, qnan, simde_mm_castps_si128(simde_mm_cmpunord_ps(v, v)));
}

INLINE void f32_to_bf16_step(void *y, const void *x, simde__m128 s)
{
    (void)s;
    simde__m128i lo = f32_to_bf16_4(simde_mm_loadu_ps(x)), hi = f32_to_bf16_4(simde_mm_loadu_ps((const float *)x + 4));
    simde_mm_storeu_si128(y, simde_mm_packus_epi32(lo, hi));
}

INLINE void bf16_to_f32_step(void *y, const void *x, simde__m128 s)
{
    (void)s;
    simde__m128i h = simde_mm_loadu_si128(x);
    simde_mm_storeu_si128(y, simde_mm_unpacklo_epi16(simde_mm_setzero_si128(), h));
    simde_mm_storeu_si128((float *)y + 4, simde_mm_unpackhi_epi16(simde_mm_setzero_si128(), h));
}

INLINE void f32_to_f64_step(void *y, const void *x, simde__m128 s)
{
    (void)s;
    for (int k = 0; k < 2; k++) {
        simde__m128 v = simde_mm_loadu_ps((const float *)x + 4 * k);
        simde_mm_storeu_pd((double *)y + 4 * k, simde_mm_cvtps_pd(v));
        simde_mm_storeu_pd((double *)y + 4 * k + 2, simde_mm_cvtps_pd(simde_mm_movehl_ps(v, v)));
    }
}

INLINE void f64_to_f32_step(void *y, const void *x, simde__m128 s)
{
    (void)s;
    const double *d = x;
    for (int k = 0; k < 2; k++) {
        simde__m128 lo = simde_mm_cvtpd_ps(simde_mm_loadu_pd(d + 4 * k)), hi = simde_mm_cvtpd_ps(simde_mm_loadu_pd(d + 4 * k + 2));
        simde_mm_storeu_ps((float *)y + 4 * k, simde_mm_movelh_ps(lo, hi));
    }
}

/* Eight int32 -> eight floats times s (exact below 2^24, then one rounding). */
INLINE void store_scaled(void *y, simde__m128i lo, simde__m128i hi, simde__m128 s)
{
    simde_mm_storeu_ps(y, simde_mm_mul_ps(simde_mm_cvtepi32_ps(lo), s));
    simde_mm_storeu_ps((float *)y + 4, simde_mm_mul_ps(simde_mm_cvtepi32_ps(hi), s));
}

INLINE void i8_to_f32_step(void *y, const void *x, simde__m128 s)
{
    simde__m128i v = simde_mm_loadl_epi64(x);
    store_scaled(y, simde_mm_cvtepi8_epi32(v), simde_mm_cvtepi8_epi32(simde_mm_srli_si128(v, 4)), s);
}

INLINE void u8_to_f32_step(void *y, const void *x, simde__m128 s)
{
    simde__m128i v = simde_mm_loadl_epi64(x);
    store_scaled(y, simde_mm_cvtepu8_epi32(v), simde_mm_cvtepu8_epi32(simde_mm_srli_si128(v, 4)), s);
}

INLINE void i16_to_f32_step(void *y, const void *x, simde__m128 s)
{
    simde__m128i v = simde_mm_loadu_si128(x);
    store_scaled(y, simde_mm_cvtepi16_epi32(v), simde_mm_cvtepi16_epi32(simde_mm_srli_si128(v, 8)), s);
}

INLINE void i32_to_f32_step(void *y, const void *x, simde__m128 s)
{
    store_scaled(y, simde_mm_loadu_si128(x), simde_mm_loadu_si128((const simde__m128i *)x + 1), s);
}

/* rint(x * s) as int32, clamped to [-32768, 32767] (the saturating packs
 * narrow further; the conversion never sees a value beyond int32, which
 * would raise FE_INVALID), NaN lanes 0: roundps with an explicit
 * nearest-even mode and the truncating conversion do not depend on MXCSR.
 * min_ps returns its second operand for NaN, which the ordered mask then
 * zeroes. */
INLINE simde__m128i to_int_narrow(const float *x, simde__m128 s)
{
    simde__m128 p = simde_mm_mul_ps(simde_mm_loadu_ps(x), s);
    simde__m128 ordered = simde_mm_cmpord_ps(p, p);
    simde__m128 c = simde_mm_min_ps(p, simde_mm_set1_ps(32767.0f));
    c = simde_mm_round_ps(simde_mm_max_ps(c, simde_mm_set1_ps(-32768.0f)), RN);
    return simde_mm_and_si128(simde_mm_cvttps_epi32(c), simde_mm_castps_si128(ordered));
}

INLINE simde__m128i to_i16_8(const void *x, simde__m128 s)
{
    return simde_mm_packs_epi32(to_int_narrow(x, s), to_int_narrow((const float *)x + 4, s));
}

INLINE void f32_to_i8_step(void *y, const void *x, simde__m128 s)
{
    simde__m128i p = to_i16_8(x, s);
    simde_mm_storel_epi64(y, simde_mm_packs_epi16(p, p));
}

INLINE void f32_to_u8_step(void *y, const void *x, simde__m128 s)
{
    simde__m128i p = to_i16_8(x, s);
    simde_mm_storel_epi64(y, simde_mm_packus_epi16(p, p));
}

INLINE void f32_to_i16_step(void *y, const void *x, simde__m128 s)
{
    simde_mm_storeu_si128(y, to_i16_8(x, s));
}

/* The product clamped to [-2^31, 2^31 - 128] (a value beyond int32 would
 * make the conversion raise FE_INVALID), and 127 added where it was >=
 * 2^31: 0x7fffffff. NaN: min_ps gives 2^31 - 128, the ordered mask 0. */
INLINE void f32_to_i32_step(void *y, const void *x, simde__m128 s)
{
    for (int k = 0; k < 2; k++) {
        simde__m128 p = simde_mm_mul_ps(simde_mm_loadu_ps((const float *)x + 4 * k), s);
        simde__m128 ordered = simde_mm_cmpord_ps(p, p);
        simde__m128 big = simde_mm_cmpge_ps(p, simde_mm_set1_ps(0x1p31f));
        simde__m128 c = simde_mm_max_ps(simde_mm_min_ps(p, simde_mm_set1_ps(0x1.fffffep30f)), simde_mm_set1_ps(-0x1p31f));
        simde__m128i r = simde_mm_and_si128(simde_mm_cvttps_epi32(simde_mm_round_ps(c, RN)), simde_mm_castps_si128(ordered));
        r = simde_mm_add_epi32(r, simde_mm_and_si128(simde_mm_castps_si128(big), simde_mm_set1_epi32(127)));
        simde_mm_storeu_si128((simde__m128i *)y + k, r);
    }
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

void vmath_init_sse41_convert(vmath_kernels *k)
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
