/* NEON kernels: conversions. Bit-identical to src/scalar/convert.c. */
#include <string.h>

#include "compat.h"

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))
#define W 8  /* elements per step: two q registers of floats */

/* One step converts W elements from x to y; `s` is the broadcast scale. */
typedef void (*step_fn)(void *y, const void *x, simde_float32x4_t s);

/* Four steps per iteration so independent conversions overlap, then single
 * steps; the last n % W elements go through zero-padded stack buffers, so
 * nothing outside x[0..n-1] and y[0..n-1] is touched. In place (f32 <-> i32)
 * works: each step reads its block before writing the same block. */
INLINE void loop(void *y, const void *x, size_t n, size_t ysize, size_t xsize, float scale, step_fn step)
{
    unsigned char *py = y;
    const unsigned char *px = x;
    simde_float32x4_t s = simde_vdupq_n_f32(scale);
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

INLINE void f32_to_f16_step(void *y, const void *x, simde_float32x4_t s)
{
    (void)s;
    const float *f = x;
    simde_uint16x8_t h = simde_vcombine_u16(compat_f32_to_f16(simde_vld1q_f32(f)), compat_f32_to_f16(simde_vld1q_f32(f + 4)));
    simde_vst1q_u16(y, h);
}

INLINE void f16_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    (void)s;
    simde_uint16x8_t h = simde_vld1q_u16(x);
    simde_vst1q_f32(y, compat_f16_to_f32(simde_vget_low_u16(h)));
    simde_vst1q_f32((float *)y + 4, compat_f16_to_f32(simde_vget_high_u16(h)));
}

/* Round to nearest even on the bit pattern; NaN lanes become quiet NaNs. */
INLINE simde_uint16x4_t bf16_round(simde_float32x4_t v)
{
    simde_uint32x4_t u = simde_vreinterpretq_u32_f32(v);
    simde_uint32x4_t lsb = simde_vandq_u32(simde_vshrq_n_u32(u, 16), simde_vdupq_n_u32(1));
    simde_uint32x4_t r = simde_vshrq_n_u32(simde_vaddq_u32(u, simde_vaddq_u32(lsb, simde_vdupq_n_u32(0x7fff))), 16);
    simde_uint32x4_t qnan = simde_vorrq_u32(simde_vshrq_n_u32(u, 16), simde_vdupq_n_u32(0x40));
    simde_uint32x4_t ordered = simde_vceqq_f32(v, v);
    return simde_vmovn_u32(simde_vbslq_u32(ordered, r, qnan));
}

INLINE void f32_to_bf16_step(void *y, const void *x, simde_float32x4_t s)
{
    (void)s;
    const float *f = x;
    simde_vst1q_u16(y, simde_vcombine_u16(bf16_round(simde_vld1q_f32(f)), bf16_round(simde_vld1q_f32(f + 4))));
}

INLINE void bf16_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    (void)s;
    /* each bf16 into the top half of a 32-bit lane: zip with zeros (SHLL
     * by 16 does the same, but SIMDe's emulation rejects a shift of 16
     * under clang) */
    simde_uint16x8_t h = simde_vld1q_u16(x), z = simde_vdupq_n_u16(0);
    simde_vst1q_u16(y, simde_vzip1q_u16(z, h));
    simde_vst1q_u16((uint16_t *)y + 8, simde_vzip2q_u16(z, h));
}

INLINE void f32_to_f64_step(void *y, const void *x, simde_float32x4_t s)
{
    (void)s;
    for (int k = 0; k < 2; k++) {
        simde_float32x4_t v = simde_vld1q_f32((const float *)x + 4 * k);
        simde_vst1q_f64((double *)y + 4 * k, simde_vcvt_f64_f32(simde_vget_low_f32(v)));
        simde_vst1q_f64((double *)y + 4 * k + 2, simde_vcvt_f64_f32(simde_vget_high_f32(v)));
    }
}

INLINE void f64_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    (void)s;
    const double *d = x;
    for (int k = 0; k < 2; k++) {
        simde_float32x2_t lo = simde_vcvt_f32_f64(simde_vld1q_f64(d + 4 * k));
        simde_float32x2_t hi = simde_vcvt_f32_f64(simde_vld1q_f64(d + 4 * k + 2));
        simde_vst1q_f32((float *)y + 4 * k, simde_vcombine_f32(lo, hi));
    }
}

/* Eight int32 -> f32, times s (vcvtq rounds to nearest even beyond 2^24). */
INLINE void store_scaled(void *y, simde_int32x4_t a, simde_int32x4_t b, simde_float32x4_t s)
{
    simde_vst1q_f32(y, simde_vmulq_f32(simde_vcvtq_f32_s32(a), s));
    simde_vst1q_f32((float *)y + 4, simde_vmulq_f32(simde_vcvtq_f32_s32(b), s));
}

INLINE void i8_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    simde_int16x8_t h = simde_vmovl_s8(simde_vld1_s8(x));
    store_scaled(y, simde_vmovl_s16(simde_vget_low_s16(h)), simde_vmovl_s16(simde_vget_high_s16(h)), s);
}

INLINE void u8_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    simde_int16x8_t h = simde_vreinterpretq_s16_u16(simde_vmovl_u8(simde_vld1_u8(x)));
    store_scaled(y, simde_vmovl_s16(simde_vget_low_s16(h)), simde_vmovl_s16(simde_vget_high_s16(h)), s);
}

INLINE void i16_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    simde_int16x8_t h = simde_vld1q_s16(x);
    store_scaled(y, simde_vmovl_s16(simde_vget_low_s16(h)), simde_vmovl_s16(simde_vget_high_s16(h)), s);
}

INLINE void i32_to_f32_step(void *y, const void *x, simde_float32x4_t s)
{
    store_scaled(y, simde_vld1q_s32(x), simde_vld1q_s32((const int32_t *)x + 4), s);
}

/* rint(x * s) as int32, NaN -> 0 (FCVTNS does both; it saturates too, but
 * raises FE_INVALID doing so: the product is clamped to lo <= hi first, hi
 * at most 2^31 - 128) */
INLINE simde_int32x4_t to_int_range(const float *x, simde_float32x4_t s, float lo, float hi)
{
    simde_float32x4_t p = simde_vmulq_f32(simde_vld1q_f32(x), s);
    return compat_vcvtnq_s32_f32(compat_vminq_f32(compat_vmaxq_f32(p, simde_vdupq_n_f32(lo)), simde_vdupq_n_f32(hi)));
}

/* the narrower types: int16 range, then narrowed with saturation */
INLINE simde_int16x8_t to_i16x8(const void *x, simde_float32x4_t s)
{
    const float *f = x;
    simde_int32x4_t a = to_int_range(f, s, -32768.0f, 32767.0f);
    simde_int32x4_t b = to_int_range(f + 4, s, -32768.0f, 32767.0f);
    return simde_vcombine_s16(simde_vqmovn_s32(a), simde_vqmovn_s32(b));
}

INLINE void f32_to_i8_step(void *y, const void *x, simde_float32x4_t s)
{
    simde_vst1_s8(y, simde_vqmovn_s16(to_i16x8(x, s)));
}

INLINE void f32_to_u8_step(void *y, const void *x, simde_float32x4_t s)
{
    simde_vst1_u8(y, simde_vqmovun_s16(to_i16x8(x, s)));
}

INLINE void f32_to_i16_step(void *y, const void *x, simde_float32x4_t s)
{
    simde_vst1q_s16(y, to_i16x8(x, s));
}

/* clamped to [-2^31, 2^31 - 128], then 127 added where the product was >=
 * 2^31: INT32_MAX */
INLINE simde_int32x4_t to_i32x4(const float *x, simde_float32x4_t s)
{
    simde_float32x4_t p = simde_vmulq_f32(simde_vld1q_f32(x), s);
    simde_uint32x4_t big = simde_vcgeq_f32(p, simde_vdupq_n_f32(0x1p31f));
    simde_int32x4_t r = to_int_range(x, s, -0x1p31f, 0x1.fffffep30f);
    return simde_vaddq_s32(r, simde_vreinterpretq_s32_u32(simde_vandq_u32(big, simde_vdupq_n_u32(127))));
}

INLINE void f32_to_i32_step(void *y, const void *x, simde_float32x4_t s)
{
    const float *f = x;
    simde_vst1q_s32(y, to_i32x4(f, s));
    simde_vst1q_s32((int32_t *)y + 4, to_i32x4(f + 4, s));
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

void vmath_init_neon_convert(vmath_kernels *k)
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
