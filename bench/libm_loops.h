/*
 * The libm loops that bench/plain.c (-O3 -march=native: glibc's scalar
 * functions) and bench/libmvec.c (the same with -ffast-math, which GCC
 * vectorises into libmvec calls) both measure: included by each, so the
 * one C text is compiled with each file's flags. LIBM_LOOPS_ROWS: their
 * rows of a baseline table.
 */
#ifndef VMATH_BENCH_LIBM_LOOPS_H
#define VMATH_BENCH_LIBM_LOOPS_H
#include <math.h>

#include "baselines.h"

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
static void sigmoid_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = 1.0f / (1.0f + expf(-x[i]));
}

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

/* sincos: two outputs, not an operation of the table (bench.cpp looks it
 * up by name) */
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

#define LIBM_LOOPS_ROWS \
    {"exp_f32", (vmath_fn)exp_f32}, \
    {"exp_f64", (vmath_fn)exp_f64}, \
    {"exp2_f64", (vmath_fn)exp2_f64}, \
    {"log2_f64", (vmath_fn)log2_f64}, \
    {"log10_f64", (vmath_fn)log10_f64}, \
    {"log1p_f64", (vmath_fn)log1p_f64}, \
    {"expm1_f64", (vmath_fn)expm1_f64}, \
    {"sigmoid_f32", (vmath_fn)sigmoid_f32}, \
    {"sigmoid_f64", (vmath_fn)sigmoid_f64}, \
    {"log_f64", (vmath_fn)log_f64}, \
    {"sin_f64", (vmath_fn)sin_f64}, \
    {"cos_f64", (vmath_fn)cos_f64}, \
    {"tan_f64", (vmath_fn)tan_f64}, \
    {"sinh_f64", (vmath_fn)sinh_f64}, \
    {"cosh_f64", (vmath_fn)cosh_f64}, \
    {"tanh_f64", (vmath_fn)tanh_f64}, \
    {"hypot_f64", (vmath_fn)hypot_f64}, \
    {"atan_f64", (vmath_fn)atan_f64}, \
    {"cbrt_f64", (vmath_fn)cbrt_f64}, \
    {"asin_f64", (vmath_fn)asin_f64}, \
    {"acos_f64", (vmath_fn)acos_f64}, \
    {"atan2_f64", (vmath_fn)atan2_f64}, \
    {"erf_f64", (vmath_fn)erf_f64}, \
    {"pow_f64", (vmath_fn)pow_f64}, \
    {"log_f32", (vmath_fn)log_f32}, \
    {"tan_f32", (vmath_fn)tan_f32}, \
    {"sin_f32", (vmath_fn)sin_f32}, \
    {"cos_f32", (vmath_fn)cos_f32}, \
    {"sincos_f32", (vmath_fn)sincos_f32}, \
    {"sincos_f64", (vmath_fn)sincos_f64}, \

#endif
