/*
 * The kernel table: one function pointer per public operation.
 *
 * Dispatch builds one table per ISA: a copy of its parent ISA's table (the
 * scalar table at the root), then the ISA's init function overrides the
 * operations it has kernels for. So an operation an ISA lacks runs the best
 * lower kernel, and adding an operation means: one member here, one scalar
 * kernel, one line in each ISA init that implements it.
 *
 * Internal: nothing here is exported from the shared library.
 */
#ifndef VMATH_KERNELS_H
#define VMATH_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "vmath.h"

#define VMATH_INTERNAL __attribute__((visibility("hidden")))

#ifdef __cplusplus
extern "C" {
#endif

/* Kernel signatures, named after their arguments: y = output array,
 * v = input array, s = scalar parameter. */
typedef void (*vm_f32_vv)(float *y, const float *a, const float *b, size_t n);
typedef void (*vm_f32_v)(float *y, const float *x, size_t n);
typedef void (*vm_f32_vs)(float *y, const float *x, float s, size_t n);
typedef void (*vm_f32_vvv)(float *y, const float *a, const float *b, const float *c, size_t n);
typedef void (*vm_f32_vss)(float *y, const float *x, float s, float t, size_t n);

typedef void (*vm_f64_vv)(double *y, const double *a, const double *b, size_t n);
typedef void (*vm_f64_v)(double *y, const double *x, size_t n);
typedef void (*vm_f64_vs)(double *y, const double *x, double s, size_t n);
typedef void (*vm_f64_vvv)(double *y, const double *a, const double *b, const double *c, size_t n);
typedef void (*vm_f64_vss)(double *y, const double *x, double s, double t, size_t n);

/* conversions: named after output and input element types; `s`: a scale */
typedef void (*vm_f32_to_h)(uint16_t *y, const float *x, size_t n);
typedef void (*vm_h_to_f32)(float *y, const uint16_t *x, size_t n);
typedef void (*vm_f32_to_f64)(double *y, const float *x, size_t n);
typedef void (*vm_f64_to_f32)(float *y, const double *x, size_t n);
typedef void (*vm_i8_to_f32s)(float *y, const int8_t *x, float s, size_t n);
typedef void (*vm_u8_to_f32s)(float *y, const uint8_t *x, float s, size_t n);
typedef void (*vm_i16_to_f32s)(float *y, const int16_t *x, float s, size_t n);
typedef void (*vm_i32_to_f32s)(float *y, const int32_t *x, float s, size_t n);
typedef void (*vm_f32_to_i8s)(int8_t *y, const float *x, float s, size_t n);
typedef void (*vm_f32_to_u8s)(uint8_t *y, const float *x, float s, size_t n);
typedef void (*vm_f32_to_i16s)(int16_t *y, const float *x, float s, size_t n);
typedef void (*vm_f32_to_i32s)(int32_t *y, const float *x, float s, size_t n);

/* complex */
typedef void (*vm_cf32_vv)(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n);
typedef void (*vm_cf32_vs)(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n);
typedef void (*vm_cf32_to_f32)(float *y, const vmath_cf32 *x, size_t n);
typedef vmath_cf32 (*vm_cf32_dot)(const vmath_cf32 *x, const vmath_cf32 *y, size_t n);
/* Reductions (r_): return a value instead of writing an array. */
typedef float (*vm_f32_r_v)(const float *x, size_t n);
typedef float (*vm_f32_r_vv)(const float *a, const float *b, size_t n);
typedef size_t (*vm_f32_r_idx)(const float *x, size_t n);
typedef double (*vm_f64_r_v)(const double *x, size_t n);
typedef double (*vm_f64_r_vv)(const double *a, const double *b, size_t n);
typedef size_t (*vm_f64_r_idx)(const double *x, size_t n);

typedef struct vmath_kernels {
    /* arithmetic, f32 */
    vm_f32_vv add_f32, sub_f32, mul_f32, div_f32, min_f32, max_f32;
    vm_f32_vs add_scalar_f32, mul_scalar_f32, axpy_f32;
    vm_f32_vvv fma_f32;
    vm_f32_vss clamp_f32;
    vm_f32_v abs_f32, neg_f32, sqrt_f32, floor_f32, ceil_f32, trunc_f32, rint_f32;
    /* arithmetic, f64 */
    vm_f64_vv add_f64, sub_f64, mul_f64, div_f64, min_f64, max_f64;
    vm_f64_vs add_scalar_f64, mul_scalar_f64, axpy_f64;
    vm_f64_vvv fma_f64;
    vm_f64_vss clamp_f64;
    vm_f64_v abs_f64, neg_f64, sqrt_f64, floor_f64, ceil_f64, trunc_f64, rint_f64;
    /* conversions */
    vm_f32_to_h f32_to_f16, f32_to_bf16;
    vm_h_to_f32 f16_to_f32, bf16_to_f32;
    vm_f32_to_f64 f32_to_f64;
    vm_f64_to_f32 f64_to_f32;
    vm_i8_to_f32s i8_to_f32;
    vm_u8_to_f32s u8_to_f32;
    vm_i16_to_f32s i16_to_f32;
    vm_i32_to_f32s i32_to_f32;
    vm_f32_to_i8s f32_to_i8;
    vm_f32_to_u8s f32_to_u8;
    vm_f32_to_i16s f32_to_i16;
    vm_f32_to_i32s f32_to_i32;
    /* complex */
    vm_cf32_vv cmul_cf32, cmulconj_cf32;
    vm_cf32_vs cscale_cf32;
    vm_cf32_to_f32 cabs_cf32, cabs2_cf32;
    vm_cf32_dot cdot_cf32, cdotc_cf32;
    /* reductions */
    vm_f32_r_v sum_f32, norm2_f32, minval_f32, maxval_f32;
    vm_f32_r_vv dot_f32;
    vm_f32_r_idx argmin_f32, argmax_f32;
    vm_f64_r_v sum_f64, norm2_f64, minval_f64, maxval_f64;
    vm_f64_r_vv dot_f64;
    vm_f64_r_idx argmin_f64, argmax_f64;
    /* math, f32: exp/log family */
    vm_f32_v exp_f32, exp2_f32, expm1_f32, log_f32, log2_f32, log10_f32, log1p_f32, sigmoid_f32;
    vm_f32_v sin_f32, cos_f32, tan_f32;
    void (*sincos_f32)(float *s, float *c, const float *x, size_t n);
    vm_f32_v asin_f32, acos_f32, atan_f32, sinh_f32, cosh_f32, tanh_f32, erf_f32, cbrt_f32;
    vm_f32_vv pow_f32, atan2_f32, hypot_f32;
    /* math, f64 */
    vm_f64_v exp_f64, exp2_f64, expm1_f64, log_f64, log2_f64, log10_f64, log1p_f64, sigmoid_f64;
    vm_f64_v sin_f64, cos_f64, tan_f64;
    void (*sincos_f64)(double *s, double *c, const double *x, size_t n);
    vm_f64_v asin_f64, acos_f64, atan_f64, sinh_f64, cosh_f64, tanh_f64, erf_f64, cbrt_f64;
    vm_f64_vv pow_f64, atan2_f64, hypot_f64;
} vmath_kernels;

/* One init per ISA folder; each overrides only what it implements. */
VMATH_INTERNAL void vmath_init_scalar(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon(vmath_kernels *k);

/* The complete table of an ISA (its kernels plus inherited ones), built at
 * initialisation. For tests, benchmarks and tools: lets them call every
 * ISA's kernels side by side. NULL if isa is out of range or unavailable. */
VMATH_INTERNAL const vmath_kernels *vmath_kernels_of(vmath_isa isa);

/* Arrays of at least this many bytes are written with non-temporal stores
 * by the kernels that support it (set at initialisation from the cache size;
 * see dispatch.c). */
extern VMATH_INTERNAL size_t vmath_stream_bytes;

/* The ISA a table inherits from (VMATH_ISA_COUNT for scalar). */
VMATH_INTERNAL vmath_isa vmath_isa_parent(vmath_isa isa);

/* The stack buffer of a short tail (count < lanes elements of x, or none
 * if x is NULL) padded with 1.0: the padding lanes are computed too, and
 * 1.0 raises no FP exception flag in any kernel (0 would: 0 / 0, log 0,
 * 0 * Inf in a special-case path). */
static inline void vmath_tail_f32(float *buf, size_t lanes, const float *x, size_t count)
{
    for (size_t k = 0; k < lanes; k++)
        buf[k] = x != NULL && k < count ? x[k] : 1.0f;
}

static inline void vmath_tail_f64(double *buf, size_t lanes, const double *x, size_t count)
{
    for (size_t k = 0; k < lanes; k++)
        buf[k] = x != NULL && k < count ? x[k] : 1.0;
}

/* The cap read from VMATH_ISA at initialisation (VMATH_ISA_COUNT if unset
 * or unknown). */
VMATH_INTERNAL vmath_isa vmath_isa_cap(void);

#ifdef __cplusplus
}
#endif

#endif
