/*
 * Baseline: the plain C loop a user would write instead of calling vmath,
 * compiled -O3 -march=native with GCC's defaults otherwise (bench/CMakeLists.txt).
 * Each has its vmath operation's signature, so the benchmark calls it the same way.
 */
#include <math.h>
#include <stdint.h>

#include "baselines.h"
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

/* math: libm per element (glibc's expf/logf are correctly rounded in
 * practice); -ffast-math vectorised versions are in libmvec.c */
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

/* sincos: two outputs, not an operation of the table; bench.cpp looks
 * these up by name */
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

static void tan_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = tanf(x[i]);
}

static void log_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = logf(x[i]);
}

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

/* GCC's _Float16: F16C or AVX512-FP16 instructions under -march=native. */
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
    {"exp_f32", (vmath_fn)exp_f32},
    {"exp_f64", (vmath_fn)exp_f64},
    {"log_f64", (vmath_fn)log_f64},
    {"exp2_f64", (vmath_fn)exp2_f64},
    {"log2_f64", (vmath_fn)log2_f64},
    {"log10_f64", (vmath_fn)log10_f64},
    {"log1p_f64", (vmath_fn)log1p_f64},
    {"expm1_f64", (vmath_fn)expm1_f64},
    {"sigmoid_f64", (vmath_fn)sigmoid_f64},
    {"log_f32", (vmath_fn)log_f32},
    {"sin_f32", (vmath_fn)sin_f32},
    {"sincos_f32", (vmath_fn)sincos_f32},
    {"sincos_f64", (vmath_fn)sincos_f64},
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
    {"cos_f32", (vmath_fn)cos_f32},
    {"tan_f32", (vmath_fn)tan_f32},
    {"f32_to_i16", (vmath_fn)f32_to_i16},
    {"i16_to_f32", (vmath_fn)i16_to_f32},
    {"f32_to_f16", (vmath_fn)f32_to_f16},
    {"f16_to_f32", (vmath_fn)f16_to_f32},
    PLAIN_COMPLEX_LOOPS
    {"sum_f32", (vmath_fn)sum_f32},
    {"dot_f32", (vmath_fn)dot_f32},
    {"maxval_f32", (vmath_fn)maxval_f32},
    {"argmax_f32", (vmath_fn)argmax_f32},
    {"sum_f64", (vmath_fn)sum_f64},
    {"dot_f64", (vmath_fn)dot_f64},
    {NULL, NULL},
};
