/*
 * The libraries users would pick instead, wrapped to vmath's signatures.
 * Each is compiled in only when its Debian package was found (pkg-config);
 * the benchmark measures it next to vmath in the same run.
 */
#include <stddef.h>
#include <stdint.h>

#include "baselines.h"

#ifdef VMATH_BENCH_VOLK
#include <complex.h>
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

/* Conversions. volk_32f_s32f_convert_16i multiplies by its scalar, as
 * vmath does. volk_16i_s32f_convert_32f divides by its scalar, so the
 * wrapper passes 1/s: the same operation as vmath_i16_to_f32 with scale s
 * (VOLK multiplies by 1/(1/s) internally, within an ulp of s). */
static void volk_f32_to_i16(int16_t *y, const float *x, float s, size_t n) { volk_32f_s32f_convert_16i(y, x, s, (unsigned)n); }
static void volk_i16_to_f32(float *y, const int16_t *x, float s, size_t n) { volk_16i_s32f_convert_32f(y, x, 1.0f / s, (unsigned)n); }

/* Complex: lv_32fc_t is C's float _Complex, laid out as vmath_cf32. */
static void volk_cmul(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    volk_32fc_x2_multiply_32fc((lv_32fc_t *)y, (const lv_32fc_t *)a, (const lv_32fc_t *)b, (unsigned)n);
}
static void volk_cmulconj(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    volk_32fc_x2_multiply_conjugate_32fc((lv_32fc_t *)y, (const lv_32fc_t *)a, (const lv_32fc_t *)b, (unsigned)n);
}
static void volk_cabs(float *y, const vmath_cf32 *x, size_t n) { volk_32fc_magnitude_32f(y, (const lv_32fc_t *)x, (unsigned)n); }
static void volk_cabs2(float *y, const vmath_cf32 *x, size_t n) { volk_32fc_magnitude_squared_32f(y, (const lv_32fc_t *)x, (unsigned)n); }
static vmath_cf32 volk_cdot(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    lv_32fc_t r;
    volk_32fc_x2_dot_prod_32fc(&r, (const lv_32fc_t *)x, (const lv_32fc_t *)y, (unsigned)n);
    return (vmath_cf32){crealf(r), cimagf(r)};
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
    {"f32_to_i16", (vmath_fn)volk_f32_to_i16},
    {"i16_to_f32", (vmath_fn)volk_i16_to_f32},
    {"cmul_cf32", (vmath_fn)volk_cmul},
    {"cmulconj_cf32", (vmath_fn)volk_cmulconj},
    {"cabs_cf32", (vmath_fn)volk_cabs},
    {"cabs2_cf32", (vmath_fn)volk_cabs2},
    {"cdot_cf32", (vmath_fn)volk_cdot},
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

#ifdef VMATH_BENCH_NO_SLEEF
/* SLEEF not found (or no -mavx512f): peers_sleef.c is not built */
const baseline sleef_kernels[] = {{NULL, NULL}};
const baseline sleef_u35_kernels[] = {{NULL, NULL}};
int sleef_available(void) { return 0; }
#endif
#if defined(VMATH_BENCH_NO_SLEEF) || defined(VMATH_BENCH_NO_SLEEF_AVX2)
const baseline sleef_kernels_avx2[] = {{NULL, NULL}};
const baseline sleef_u35_kernels_avx2[] = {{NULL, NULL}};
int sleef_available_avx2(void) { return 0; }
#endif
#ifdef VMATH_BENCH_NO_HWY
/* Highway not found (or no AVX-512 flags): peers_hwy.cc is not built */
const baseline hwy_kernels[] = {{NULL, NULL}};
const baseline hwy_kernels_avx2[] = {{NULL, NULL}};
int hwy_available(void) { return 0; }
int hwy_available_avx2(void) { return 0; }
#endif
#ifdef VMATH_BENCH_NO_LIBMVEC_AVX2
const baseline libmvec_avx2_loops[] = {{NULL, NULL}};
#endif
