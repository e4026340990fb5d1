/* Scalar reference: elementwise arithmetic. */
#include <errno.h>
#include <math.h>

#include "scalar.h"

/* IEEE 754-2019 minimum/maximum: NaN if either is NaN, and -0 < +0
 * (the only case where a == b with different bits). */
static inline float min_f32(float a, float b)
{
    if (isnan(a) || isnan(b))
        return a + b;
    if (a == b)
        return signbit(a) ? a : b;
    return a < b ? a : b;
}

static inline float max_f32(float a, float b)
{
    if (isnan(a) || isnan(b))
        return a + b;
    if (a == b)
        return signbit(a) ? b : a;
    return a > b ? a : b;
}

static inline double min_f64(double a, double b)
{
    if (isnan(a) || isnan(b))
        return a + b;
    if (a == b)
        return signbit(a) ? a : b;
    return a < b ? a : b;
}

static inline double max_f64(double a, double b)
{
    if (isnan(a) || isnan(b))
        return a + b;
    if (a == b)
        return signbit(a) ? b : a;
    return a > b ? a : b;
}

void vmath_scalar_add_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + b[i];
}

void vmath_scalar_sub_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] - b[i];
}

void vmath_scalar_mul_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * b[i];
}

void vmath_scalar_div_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] / b[i];
}

void vmath_scalar_min_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = min_f32(a[i], b[i]);
}

void vmath_scalar_max_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = max_f32(a[i], b[i]);
}

void vmath_scalar_add_scalar_f32(float *y, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + s;
}

void vmath_scalar_mul_scalar_f32(float *y, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * s;
}

void vmath_scalar_fma_f32(float *y, const float *a, const float *b, const float *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fmaf(a[i], b[i], c[i]);
}

void vmath_scalar_axpy_f32(float *y, const float *x, float alpha, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fmaf(alpha, x[i], y[i]);
}

void vmath_scalar_clamp_f32(float *y, const float *x, float lo, float hi, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = min_f32(max_f32(x[i], lo), hi);
}

void vmath_scalar_abs_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fabsf(x[i]);
}

void vmath_scalar_neg_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = -x[i];
}

void vmath_scalar_sqrt_f32(float *y, const float *x, size_t n)
{
    int e = errno; /* sqrtf sets EDOM for x < 0 unless inlined (optimised, -fno-math-errno) */
    for (size_t i = 0; i < n; i++)
        y[i] = sqrtf(x[i]);
    errno = e;
}

void vmath_scalar_floor_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = floorf(x[i]);
}

void vmath_scalar_ceil_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = ceilf(x[i]);
}

void vmath_scalar_trunc_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = truncf(x[i]);
}

void vmath_scalar_rint_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = rintf(x[i]);
}

void vmath_scalar_add_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + b[i];
}

void vmath_scalar_sub_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] - b[i];
}

void vmath_scalar_mul_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * b[i];
}

void vmath_scalar_div_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] / b[i];
}

void vmath_scalar_min_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = min_f64(a[i], b[i]);
}

void vmath_scalar_max_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = max_f64(a[i], b[i]);
}

void vmath_scalar_add_scalar_f64(double *y, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + s;
}

void vmath_scalar_mul_scalar_f64(double *y, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * s;
}

void vmath_scalar_fma_f64(double *y, const double *a, const double *b, const double *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fma(a[i], b[i], c[i]);
}

void vmath_scalar_axpy_f64(double *y, const double *x, double alpha, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fma(alpha, x[i], y[i]);
}

void vmath_scalar_clamp_f64(double *y, const double *x, double lo, double hi, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = min_f64(max_f64(x[i], lo), hi);
}

void vmath_scalar_abs_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fabs(x[i]);
}

void vmath_scalar_neg_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = -x[i];
}

void vmath_scalar_sqrt_f64(double *y, const double *x, size_t n)
{
    int e = errno; /* sqrt sets EDOM for x < 0 unless inlined (optimised, -fno-math-errno) */
    for (size_t i = 0; i < n; i++)
        y[i] = sqrt(x[i]);
    errno = e;
}

void vmath_scalar_floor_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = floor(x[i]);
}

void vmath_scalar_ceil_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = ceil(x[i]);
}

void vmath_scalar_trunc_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = trunc(x[i]);
}

void vmath_scalar_rint_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = rint(x[i]);
}
