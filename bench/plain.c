/*
 * Baseline: the plain C loop a user would write instead of calling vmath,
 * compiled -O3 -march=native with GCC's defaults otherwise (bench/CMakeLists.txt).
 * Each has its vmath operation's signature, so the benchmark calls it the same way.
 */
#include <math.h>
#include <stdint.h>

#include "baselines.h"
#include "libm_loops.h"
#include "plain_complex.h"

static void add_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + b[i];
}

static void sub_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] - b[i];
}

static void mul_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * b[i];
}

static void div_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] / b[i];
}

static void min_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] < b[i] ? a[i] : b[i];
}

static void max_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] > b[i] ? a[i] : b[i];
}

static void add_scalar_f32(float *y, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + s;
}

static void mul_scalar_f32(float *y, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * s;
}

static void fma_f32(float *y, const float *a, const float *b, const float *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * b[i] + c[i];
}

static void axpy_f32(float *y, const float *x, float alpha, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] += alpha * x[i];
}

static void clamp_f32(float *y, const float *x, float lo, float hi, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float v = x[i] < lo ? lo : x[i];
        y[i] = v > hi ? hi : v;
    }
}

static void abs_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fabsf(x[i]);
}

static void neg_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = -x[i];
}

static void sqrt_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = sqrtf(x[i]);
}

static void floor_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = floorf(x[i]);
}

static void ceil_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = ceilf(x[i]);
}

static void trunc_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = truncf(x[i]);
}

static void rint_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = rintf(x[i]);
}

static void add_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + b[i];
}

static void sub_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] - b[i];
}

static void mul_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * b[i];
}

static void div_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] / b[i];
}

static void min_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] < b[i] ? a[i] : b[i];
}

static void max_f64(double *y, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] > b[i] ? a[i] : b[i];
}

static void add_scalar_f64(double *y, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] + s;
}

static void mul_scalar_f64(double *y, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * s;
}

static void fma_f64(double *y, const double *a, const double *b, const double *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i] * b[i] + c[i];
}

static void axpy_f64(double *y, const double *x, double alpha, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] += alpha * x[i];
}

static void clamp_f64(double *y, const double *x, double lo, double hi, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double v = x[i] < lo ? lo : x[i];
        y[i] = v > hi ? hi : v;
    }
}

static void abs_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = fabs(x[i]);
}

static void neg_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = -x[i];
}

static void sqrt_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = sqrt(x[i]);
}

static void floor_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = floor(x[i]);
}

static void ceil_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = ceil(x[i]);
}

static void trunc_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = trunc(x[i]);
}

static void rint_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = rint(x[i]);
}

/* math (bench/libm_loops.h): libm per element (glibc's expf/logf are
 * correctly rounded in practice); libmvec.c compiles the same loops with
 * -ffast-math, vectorised */

/* Clamp, then round in the current rounding mode (nearest even). NaN is
 * whatever lrintf gives, as in a user's loop. */
static void f32_to_i16(int16_t *y, const float *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float v = x[i] * s;
        v = v < -32768.0f ? -32768.0f : v > 32767.0f ? 32767.0f : v;
        y[i] = (int16_t)lrintf(v);
    }
}

static void i16_to_f32(float *y, const int16_t *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)x[i] * s;
}

/* GCC's _Float16: F16C or AVX512-FP16 instructions under -march=native.
 * Compilers without _Float16 on this target (clang 14 on x86) have no
 * __FLT16_MAX__: then these two loops are left out (no plain row). */
#ifdef __FLT16_MAX__
static void f32_to_f16(uint16_t *y, const float *x, size_t n)
{
    _Float16 *h = (_Float16 *)y;
    for (size_t i = 0; i < n; i++)
        h[i] = (_Float16)x[i];
}

static void f16_to_f32(float *y, const uint16_t *x, size_t n)
{
    const _Float16 *h = (const _Float16 *)x;
    for (size_t i = 0; i < n; i++)
        y[i] = (float)h[i];
}
#endif

/* Reductions: the loops as written, kept in order by the compiler
 * (no -ffast-math here; see plain_fast_reduce.c for that). */
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

static float maxval_f32(const float *x, size_t n)
{
    float m = n ? x[0] : NAN;
    for (size_t i = 1; i < n; i++)
        m = x[i] > m ? x[i] : m;
    return m;
}

static size_t argmax_f32(const float *x, size_t n)
{
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (x[i] > x[best])
            best = i;
    return n ? best : SIZE_MAX;
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

const baseline plain_loops[] = {
    {"add_f32", (vmath_fn)add_f32},
    {"sub_f32", (vmath_fn)sub_f32},
    {"mul_f32", (vmath_fn)mul_f32},
    {"div_f32", (vmath_fn)div_f32},
    {"min_f32", (vmath_fn)min_f32},
    {"max_f32", (vmath_fn)max_f32},
    {"add_scalar_f32", (vmath_fn)add_scalar_f32},
    {"mul_scalar_f32", (vmath_fn)mul_scalar_f32},
    {"fma_f32", (vmath_fn)fma_f32},
    {"axpy_f32", (vmath_fn)axpy_f32},
    {"clamp_f32", (vmath_fn)clamp_f32},
    {"abs_f32", (vmath_fn)abs_f32},
    {"neg_f32", (vmath_fn)neg_f32},
    {"sqrt_f32", (vmath_fn)sqrt_f32},
    {"floor_f32", (vmath_fn)floor_f32},
    {"ceil_f32", (vmath_fn)ceil_f32},
    {"trunc_f32", (vmath_fn)trunc_f32},
    {"rint_f32", (vmath_fn)rint_f32},
    {"add_f64", (vmath_fn)add_f64},
    {"sub_f64", (vmath_fn)sub_f64},
    {"mul_f64", (vmath_fn)mul_f64},
    {"div_f64", (vmath_fn)div_f64},
    {"min_f64", (vmath_fn)min_f64},
    {"max_f64", (vmath_fn)max_f64},
    {"add_scalar_f64", (vmath_fn)add_scalar_f64},
    {"mul_scalar_f64", (vmath_fn)mul_scalar_f64},
    {"fma_f64", (vmath_fn)fma_f64},
    {"axpy_f64", (vmath_fn)axpy_f64},
    {"clamp_f64", (vmath_fn)clamp_f64},
    {"abs_f64", (vmath_fn)abs_f64},
    {"neg_f64", (vmath_fn)neg_f64},
    {"sqrt_f64", (vmath_fn)sqrt_f64},
    {"floor_f64", (vmath_fn)floor_f64},
    {"ceil_f64", (vmath_fn)ceil_f64},
    {"trunc_f64", (vmath_fn)trunc_f64},
    {"rint_f64", (vmath_fn)rint_f64},
    LIBM_LOOPS_ROWS
    {"f32_to_i16", (vmath_fn)f32_to_i16},
    {"i16_to_f32", (vmath_fn)i16_to_f32},
#ifdef __FLT16_MAX__
    {"f32_to_f16", (vmath_fn)f32_to_f16},
    {"f16_to_f32", (vmath_fn)f16_to_f32},
#endif
    PLAIN_COMPLEX_LOOPS
    {"sum_f32", (vmath_fn)sum_f32},
    {"dot_f32", (vmath_fn)dot_f32},
    {"maxval_f32", (vmath_fn)maxval_f32},
    {"argmax_f32", (vmath_fn)argmax_f32},
    {"sum_f64", (vmath_fn)sum_f64},
    {"dot_f64", (vmath_fn)dot_f64},
    {NULL, NULL},
};
