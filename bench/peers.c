/*
 * The libraries users would pick instead, wrapped to vmath's signatures.
 * Each is compiled in only when its Debian package was found (pkg-config);
 * the benchmark measures it next to vmath in the same run.
 */
#include <stddef.h>
#include <stdint.h>

#include "baselines.h"

#ifdef VMATH_BENCH_VOLK
#include <volk/volk.h>

/* VOLK takes unsigned int counts; the benchmark sizes fit. */
static void volk_add_f32(float *y, const float *a, const float *b, size_t n) { volk_32f_x2_add_32f(y, a, b, (unsigned)n); }
static void volk_sub_f32(float *y, const float *a, const float *b, size_t n) { volk_32f_x2_subtract_32f(y, a, b, (unsigned)n); }
static void volk_mul_f32(float *y, const float *a, const float *b, size_t n) { volk_32f_x2_multiply_32f(y, a, b, (unsigned)n); }
static void volk_div_f32(float *y, const float *a, const float *b, size_t n) { volk_32f_x2_divide_32f(y, a, b, (unsigned)n); }
static void volk_min_f32(float *y, const float *a, const float *b, size_t n) { volk_32f_x2_min_32f(y, a, b, (unsigned)n); }
static void volk_max_f32(float *y, const float *a, const float *b, size_t n) { volk_32f_x2_max_32f(y, a, b, (unsigned)n); }
static void volk_add_scalar_f32(float *y, const float *a, float s, size_t n) { volk_32f_s32f_add_32f(y, a, s, (unsigned)n); }
static void volk_mul_scalar_f32(float *y, const float *a, float s, size_t n) { volk_32f_s32f_multiply_32f(y, a, s, (unsigned)n); }
static void volk_sqrt_f32(float *y, const float *x, size_t n) { volk_32f_sqrt_32f(y, x, (unsigned)n); }
static void volk_add_f64(double *y, const double *a, const double *b, size_t n) { volk_64f_x2_add_64f(y, a, b, (unsigned)n); }
static void volk_mul_f64(double *y, const double *a, const double *b, size_t n) { volk_64f_x2_multiply_64f(y, a, b, (unsigned)n); }
static void volk_min_f64(double *y, const double *a, const double *b, size_t n) { volk_64f_x2_min_64f(y, a, b, (unsigned)n); }
static void volk_max_f64(double *y, const double *a, const double *b, size_t n) { volk_64f_x2_max_64f(y, a, b, (unsigned)n); }
/* Reductions: VOLK writes the result through a pointer; vmath returns it. */
static float volk_sum_f32(const float *x, size_t n)
{
    float r = 0;
    volk_32f_accumulator_s32f(&r, x, (unsigned)n);
    return r;
}
static float volk_dot_f32(const float *a, const float *b, size_t n)
{
    float r = 0;
    volk_32f_x2_dot_prod_32f(&r, a, b, (unsigned)n);
    return r;
}
static size_t volk_argmax_f32(const float *x, size_t n)
{
    uint32_t i = 0;
    volk_32f_index_max_32u(&i, x, (uint32_t)n);
    return i;
}

const baseline volk_kernels[] = {
    {"add_f32", (vmath_fn)volk_add_f32},
    {"sub_f32", (vmath_fn)volk_sub_f32},
    {"mul_f32", (vmath_fn)volk_mul_f32},
    {"div_f32", (vmath_fn)volk_div_f32},
    {"min_f32", (vmath_fn)volk_min_f32},
    {"max_f32", (vmath_fn)volk_max_f32},
    {"add_scalar_f32", (vmath_fn)volk_add_scalar_f32},
    {"mul_scalar_f32", (vmath_fn)volk_mul_scalar_f32},
    {"sqrt_f32", (vmath_fn)volk_sqrt_f32},
    {"add_f64", (vmath_fn)volk_add_f64},
    {"mul_f64", (vmath_fn)volk_mul_f64},
    {"min_f64", (vmath_fn)volk_min_f64},
    {"max_f64", (vmath_fn)volk_max_f64},
    {"sum_f32", (vmath_fn)volk_sum_f32},
    {"dot_f32", (vmath_fn)volk_dot_f32},
    {"argmax_f32", (vmath_fn)volk_argmax_f32},
    {NULL, NULL},
};
#else
const baseline volk_kernels[] = {{NULL, NULL}};
#endif

#ifdef VMATH_BENCH_OPENBLAS
#include <cblas.h>

/* BLAS takes int counts; the benchmark sizes fit. */
static void blas_axpy_f32(float *y, const float *x, float alpha, size_t n) { cblas_saxpy((int)n, alpha, x, 1, y, 1); }
static void blas_axpy_f64(double *y, const double *x, double alpha, size_t n) { cblas_daxpy((int)n, alpha, x, 1, y, 1); }
static float blas_dot_f32(const float *a, const float *b, size_t n) { return cblas_sdot((int)n, a, 1, b, 1); }
static double blas_dot_f64(const double *a, const double *b, size_t n) { return cblas_ddot((int)n, a, 1, b, 1); }

const baseline openblas_kernels[] = {
    {"axpy_f32", (vmath_fn)blas_axpy_f32},
    {"axpy_f64", (vmath_fn)blas_axpy_f64},
    {"dot_f32", (vmath_fn)blas_dot_f32},
    {"dot_f64", (vmath_fn)blas_dot_f64},
    {NULL, NULL},
};
#else
const baseline openblas_kernels[] = {{NULL, NULL}};
#endif
