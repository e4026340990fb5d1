/*
 * Baseline: the reduction loops a user would write, compiled
 * -O3 -march=native -ffast-math (bench/CMakeLists.txt), so the compiler may
 * reassociate the sum into several vector accumulators. This is the speed
 * an accuracy-blind loop reaches; vmath's sums must also meet the error
 * bound of include/vmath.h, which these do not promise.
 */
#include "baselines.h"

static float sum_f32(const float *x, size_t n)
{
    float s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    return s;
}

static float dot_f32(const float *a, const float *b, size_t n)
{
    float s = 0;
    for (size_t i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

static double sum_f64(const double *x, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    return s;
}

static double dot_f64(const double *a, const double *b, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

const baseline plain_fast_reduce[] = {
    {"sum_f32", (vmath_fn)sum_f32},
    {"dot_f32", (vmath_fn)dot_f32},
    {"sum_f64", (vmath_fn)sum_f64},
    {"dot_f64", (vmath_fn)dot_f64},
    {NULL, NULL},
};
