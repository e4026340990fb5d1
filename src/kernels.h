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
    /* math, f32: exp/log family */
    vm_f32_v exp_f32, exp2_f32, expm1_f32, log_f32, log2_f32, log10_f32, log1p_f32, sigmoid_f32;
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

/* The cap read from VMATH_ISA at initialisation (VMATH_ISA_COUNT if unset
 * or unknown). */
VMATH_INTERNAL vmath_isa vmath_isa_cap(void);

#ifdef __cplusplus
}
#endif

#endif
