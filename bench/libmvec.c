/*
 * Baseline: the plain libm loop compiled -O3 -march=native -ffast-math
 * (bench/CMakeLists.txt), which GCC vectorises into calls to glibc's
 * libmvec (_ZGV..._expf and friends: within 4 ULP, per glibc's manual).
 * -ffast-math also drops special-value handling guarantees: this is the
 * speed a user gets by giving up on accuracy, not an equivalent.
 */
#include <math.h>

#include "baselines.h"

/* Built twice: -march=native (libmvec_loops) and -march=haswell, AVX2 + FMA
 * (libmvec_avx2_loops, the peer of vmath's avx2 kernels). */
#ifndef LIBMVEC_LIST
#define LIBMVEC_LIST libmvec_loops
#endif

static void exp_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = expf(x[i]);
}

static void exp_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = exp(x[i]);
}

static void exp2_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = exp2(x[i]);
}

static void log2_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log2(x[i]);
}

static void log10_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log10(x[i]);
}

static void log1p_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log1p(x[i]);
}

static void expm1_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = expm1(x[i]);
}

/* what a user writes for the logistic function */
static void sigmoid_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = 1.0 / (1.0 + exp(-x[i]));
}

static void log_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log(x[i]);
}

static void sin_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = sin(x[i]);
}

static void cos_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = cos(x[i]);
}

static void tan_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = tan(x[i]);
}

static void sinh_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = sinh(x[i]);
}

static void cosh_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = cosh(x[i]);
}

static void tanh_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = tanh(x[i]);
}

static void hypot_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = hypot(a[i], b[i]);
}

static void atan_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = atan(x[i]);
}

static void cbrt_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = cbrt(x[i]);
}

static void asin_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = asin(x[i]);
}

static void acos_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = acos(x[i]);
}

static void atan2_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = atan2(a[i], b[i]);
}

static void erf_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = erf(x[i]);
}

static void pow_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = pow(a[i], b[i]);
}

static void log_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = logf(x[i]);
}

static void exp2_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = exp2f(x[i]);
}

static void expm1_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = expm1f(x[i]);
}

static void log2_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log2f(x[i]);
}

static void log10_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log10f(x[i]);
}

static void log1p_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = log1pf(x[i]);
}

static void tan_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = tanf(x[i]);
}

static void sin_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = sinf(x[i]);
}

static void cos_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = cosf(x[i]);
}

static void sinh_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = sinhf(x[i]);
}

static void cosh_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = coshf(x[i]);
}

static void tanh_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = tanhf(x[i]);
}

static void cbrt_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = cbrtf(x[i]);
}

static void pow_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = powf(a[i], b[i]);
}

static void hypot_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = hypotf(a[i], b[i]);
}

static void asin_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = asinf(x[i]);
}

static void acos_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = acosf(x[i]);
}

static void atan_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = atanf(x[i]);
}

static void erf_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = erff(x[i]);
}

/* sincos: two outputs, not an operation of the table (bench.cpp looks it
 * up by name); GCC vectorises the pair into libmvec's sincos */
static void sincos_f32(float *sn, float *cs, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        sn[i] = sinf(x[i]);
        cs[i] = cosf(x[i]);
    }
}

static void sincos_f64(double *sn, double *cs, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        sn[i] = sin(x[i]);
        cs[i] = cos(x[i]);
    }
}

static void atan2_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = atan2f(a[i], b[i]);
}

const baseline LIBMVEC_LIST[] = {
    {"exp_f32", (vmath_fn)exp_f32},
    {"exp2_f32", (vmath_fn)exp2_f32},
    {"expm1_f32", (vmath_fn)expm1_f32},
    {"log_f32", (vmath_fn)log_f32},
    {"log2_f32", (vmath_fn)log2_f32},
    {"log10_f32", (vmath_fn)log10_f32},
    {"log1p_f32", (vmath_fn)log1p_f32},
    {"sin_f32", (vmath_fn)sin_f32},
    {"cos_f32", (vmath_fn)cos_f32},
    {"tan_f32", (vmath_fn)tan_f32},
    {"sinh_f32", (vmath_fn)sinh_f32},
    {"cosh_f32", (vmath_fn)cosh_f32},
    {"tanh_f32", (vmath_fn)tanh_f32},
    {"cbrt_f32", (vmath_fn)cbrt_f32},
    {"pow_f32", (vmath_fn)pow_f32},
    {"hypot_f32", (vmath_fn)hypot_f32},
    {"asin_f32", (vmath_fn)asin_f32},
    {"acos_f32", (vmath_fn)acos_f32},
    {"atan_f32", (vmath_fn)atan_f32},
    {"atan2_f32", (vmath_fn)atan2_f32},
    {"erf_f32", (vmath_fn)erf_f32},
    {"sincos_f32", (vmath_fn)sincos_f32},
    {"exp_f64", (vmath_fn)exp_f64},
    {"log_f64", (vmath_fn)log_f64},
    {"exp2_f64", (vmath_fn)exp2_f64},
    {"log2_f64", (vmath_fn)log2_f64},
    {"log10_f64", (vmath_fn)log10_f64},
    {"log1p_f64", (vmath_fn)log1p_f64},
    {"expm1_f64", (vmath_fn)expm1_f64},
    {"sigmoid_f64", (vmath_fn)sigmoid_f64},
    {"sin_f64", (vmath_fn)sin_f64},
    {"cos_f64", (vmath_fn)cos_f64},
    {"tan_f64", (vmath_fn)tan_f64},
    {"sinh_f64", (vmath_fn)sinh_f64},
    {"cosh_f64", (vmath_fn)cosh_f64},
    {"tanh_f64", (vmath_fn)tanh_f64},
    {"hypot_f64", (vmath_fn)hypot_f64},
    {"atan_f64", (vmath_fn)atan_f64},
    {"cbrt_f64", (vmath_fn)cbrt_f64},
    {"asin_f64", (vmath_fn)asin_f64},
    {"acos_f64", (vmath_fn)acos_f64},
    {"atan2_f64", (vmath_fn)atan2_f64},
    {"pow_f64", (vmath_fn)pow_f64},
    {"erf_f64", (vmath_fn)erf_f64},
    {"sincos_f64", (vmath_fn)sincos_f64},
    {NULL, NULL},
};
