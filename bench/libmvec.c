/*
 * Baseline: the plain libm loop compiled -O3 -march=native -ffast-math
 * (bench/CMakeLists.txt), which GCC vectorises into calls to glibc's
 * libmvec (_ZGV..._expf and friends: within 4 ULP, per glibc's manual).
 * -ffast-math also drops special-value handling guarantees: this is the
 * speed a user gets by giving up on accuracy, not an equivalent.
 */
#include <math.h>

#include "baselines.h"
#include "libm_loops.h"

/* Built twice: -march=native (libmvec_loops) and -march=haswell, AVX2 + FMA
 * (libmvec_avx2_loops, the peer of vmath's avx2 kernels). */
#ifndef LIBMVEC_LIST
#define LIBMVEC_LIST libmvec_loops
#endif

/* the loops plain.c has too: bench/libm_loops.h; those only here below */

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

static void atan2_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = atan2f(a[i], b[i]);
}

const baseline LIBMVEC_LIST[] = {
    LIBM_LOOPS_ROWS
    {"exp2_f32", (vmath_fn)exp2_f32},
    {"expm1_f32", (vmath_fn)expm1_f32},
    {"log2_f32", (vmath_fn)log2_f32},
    {"log10_f32", (vmath_fn)log10_f32},
    {"log1p_f32", (vmath_fn)log1p_f32},
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
    {NULL, NULL},
};
