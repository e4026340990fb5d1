/*
 * vmath: SIMD array operations with runtime CPU dispatch.
 *
 * This header implements the contract in API.md. Conventions for every function:
 *
 *  - Outputs first, then inputs, then scalar parameters, then `size_t n`.
 *    `n` counts elements, never bytes.
 *  - Any alignment is accepted. A function reads and writes only p[0..n-1] of
 *    each array: never a byte outside, not even inside the same page.
 *  - An output may be the very same pointer as an input (in place). Partial
 *    overlap is undefined.
 *  - n == 0 is valid with any pointers, NULL included, and touches nothing.
 *  - Every function is thread-safe, including the first call, which
 *    initialises dispatch. No function allocates, prints or reads the
 *    environment after initialisation.
 *  - Results do not depend on the MXCSR/FPCR state beyond the default
 *    rounding mode (round to nearest even is assumed).
 */
#ifndef VMATH_H
#define VMATH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#  define VMATH_API
#else
#  define VMATH_API __attribute__((visibility("default")))
#endif

/* ------------------------------------------------------------------------ */
/* Runtime dispatch                                                          */
/* ------------------------------------------------------------------------ */

typedef enum vmath_isa {
    VMATH_ISA_SCALAR = 0,   /* portable C reference, always present          */
    VMATH_ISA_SSE41,        /* x86-64 SSE4.1 (x86-64-v2)                      */
    VMATH_ISA_AVX2,         /* x86-64 AVX2 + FMA + F16C (x86-64-v3)           */
    VMATH_ISA_AVX512,       /* x86-64 AVX-512 F/CD/BW/DQ/VL (x86-64-v4)       */
    VMATH_ISA_NEON,         /* AArch64 Advanced SIMD                          */
    VMATH_ISA_COUNT
} vmath_isa;

/* "MAJOR.MINOR.PATCH" */
VMATH_API const char *vmath_version(void);

/* "scalar" "sse4.1" "avx2" "avx512" "neon"; NULL if isa is out of range. */
VMATH_API const char *vmath_isa_name(vmath_isa isa);

/* 0: not available; 1: native on this CPU and OS; 2: emulated through SIMDe
 * (kernels written for another architecture: correct, but slow; useful for
 * testing). Out-of-range values give 0. */
VMATH_API int vmath_isa_available(vmath_isa isa);

/* The ISA whose kernels run now. */
VMATH_API vmath_isa vmath_isa_active(void);

/* Switch every operation to `isa` (native or emulated). Returns 0, or -1 and
 * changes nothing if `isa` is not available. An explicit choice here is not
 * limited by VMATH_ISA (which only caps the default). Operations the ISA has
 * no kernel for run the best lower kernel (ultimately the scalar one).
 * Safe to call from any thread; calls already running finish on the kernel
 * they started with. */
VMATH_API int vmath_isa_set(vmath_isa isa);

/*
 * Default choice: the best native ISA that both the CPU and the OS support
 * (x86: CPUID plus the register state enabled in XCR0; AArch64: NEON is
 * baseline). The environment variable VMATH_ISA=<name>, read once at
 * initialisation, caps it: the best native ISA not above the named one, in
 * enum order. An unknown name is ignored with one line on stderr.
 */

/* ------------------------------------------------------------------------ */
/* Memory                                                                    */
/* ------------------------------------------------------------------------ */

/* 64-byte aligned; NULL on failure or when bytes == 0. */
VMATH_API void *vmath_malloc(size_t bytes);
/* Frees memory from vmath_malloc; NULL is fine. */
VMATH_API void vmath_free(void *p);

/* ------------------------------------------------------------------------ */
/* Elementwise arithmetic                                                    */
/*                                                                           */
/* Exact IEEE operations: every ISA returns the same bits as the scalar      */
/* reference (NaN payloads aside).                                           */
/*  - min/max are IEEE 754-2019 minimum/maximum: NaN if either input is NaN, */
/*    and -0 < +0.                                                           */
/*  - fma and axpy are fused (one rounding).                                 */
/*  - clamp(x, lo, hi) = min(max(x, lo), hi) with those min/max: NaN in x,   */
/*    lo or hi gives NaN; lo > hi gives hi.                                  */
/*  - floor ceil trunc rint as C99; rint rounds to nearest, ties to even.    */
/*    None of them raises the inexact exception on SIMD paths; the FP status */
/*    flags are not part of the contract.                                    */
/* ------------------------------------------------------------------------ */

VMATH_API void vmath_add_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_sub_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_mul_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_div_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_min_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_max_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_add_scalar_f32(float *y, const float *a, float s, size_t n);
VMATH_API void vmath_mul_scalar_f32(float *y, const float *a, float s, size_t n);
VMATH_API void vmath_fma_f32(float *y, const float *a, const float *b, const float *c, size_t n);
VMATH_API void vmath_axpy_f32(float *y, const float *x, float alpha, size_t n);
VMATH_API void vmath_clamp_f32(float *y, const float *x, float lo, float hi, size_t n);
VMATH_API void vmath_abs_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_neg_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_sqrt_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_floor_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_ceil_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_trunc_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_rint_f32(float *y, const float *x, size_t n);

VMATH_API void vmath_add_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_sub_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_mul_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_div_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_min_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_max_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_add_scalar_f64(double *y, const double *a, double s, size_t n);
VMATH_API void vmath_mul_scalar_f64(double *y, const double *a, double s, size_t n);
VMATH_API void vmath_fma_f64(double *y, const double *a, const double *b, const double *c, size_t n);
VMATH_API void vmath_axpy_f64(double *y, const double *x, double alpha, size_t n);
VMATH_API void vmath_clamp_f64(double *y, const double *x, double lo, double hi, size_t n);
VMATH_API void vmath_abs_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_neg_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_sqrt_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_floor_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_ceil_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_trunc_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_rint_f64(double *y, const double *x, size_t n);

/* ------------------------------------------------------------------------ */
/* Math functions, f32: exp/log family                                       */
/* ------------------------------------------------------------------------ */
/* y[i] = f(x[i]). Within 1 ULP of the correctly rounded result for every
 * f32 input on every ISA (evaluated in double precision and rounded once);
 * special values as C99 Annex F; errno and the FP environment untouched.
 * Measured maximum error over all 2^32 inputs (tools/ulp.c, docs/ulp.md;
 * avx512, and avx2 which returns the same bits):
 *   exp 0.500000 ULP, exp2 0.500000, expm1 0.500008, log 0.500000;
 *   log2, log10, log1p, sigmoid: not yet run exhaustively (0.5000 ULP
 *   on the MPFR test's 10^5 inputs). */
VMATH_API void vmath_exp_f32(float *y, const float *x, size_t n);     /* e^x                  */
VMATH_API void vmath_exp2_f32(float *y, const float *x, size_t n);    /* 2^x                  */
VMATH_API void vmath_expm1_f32(float *y, const float *x, size_t n);   /* e^x - 1              */
VMATH_API void vmath_log_f32(float *y, const float *x, size_t n);     /* natural logarithm    */
VMATH_API void vmath_log2_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_log10_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_log1p_f32(float *y, const float *x, size_t n);   /* log(1 + x)           */
VMATH_API void vmath_sigmoid_f32(float *y, const float *x, size_t n); /* 1 / (1 + e^-x)       */

#ifdef __cplusplus
}
#endif

#endif /* VMATH_H */
