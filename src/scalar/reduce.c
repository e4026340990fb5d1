/* Scalar reference: reductions (see include/vmath.h, "Reductions").
 *
 * The extremes here are the plain definition (one loop, one comparison in
 * the contract's order) and the SIMD kernels must match them exactly. The
 * sums use the same blocked pairwise scheme as the SIMD kernels
 * (src/reduce_common.h), with 8 scalar accumulators per block: the
 * contract's error bound needs it, and the tests check this kernel against
 * an exact sum too. */
#include <math.h>

#include "../reduce_common.h"
#include "scalar.h"

/* 8 accumulators x 32 terms. */
#define BLOCK 256

static float sum_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    float acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int u = 0; u < 8; u++)
            acc[u] += x[i + u];
    for (; i < n; i++)
        acc[i % 8] += x[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static float dot_block_f32(const float *a, const float *b, size_t n)
{
    float acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int u = 0; u < 8; u++)
            acc[u] += a[i + u] * b[i + u];
    for (; i < n; i++)
        acc[i % 8] += a[i] * b[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

/* Squares of floats are exact in double and cannot overflow or underflow it. */
static double sumsq_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    double acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int u = 0; u < 8; u++)
            acc[u] += (double)x[i + u] * x[i + u];
    for (; i < n; i++)
        acc[i % 8] += (double)x[i] * x[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static double sum_block_f64(const double *x, const double *unused, size_t n)
{
    (void)unused;
    double acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int u = 0; u < 8; u++)
            acc[u] += x[i + u];
    for (; i < n; i++)
        acc[i % 8] += x[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static double dot_block_f64(const double *a, const double *b, size_t n)
{
    double acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int u = 0; u < 8; u++)
            acc[u] += a[i + u] * b[i + u];
    for (; i < n; i++)
        acc[i % 8] += a[i] * b[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static double sumsq_block_f64(const double *x, const double *unused, size_t n)
{
    (void)unused;
    return dot_block_f64(x, x, n);
}

float vmath_scalar_sum_f32(const float *x, size_t n)
{
    return vm_pairwise_f32(sum_block_f32, x, NULL, n, BLOCK);
}

float vmath_scalar_dot_f32(const float *a, const float *b, size_t n)
{
    return vm_pairwise_f32(dot_block_f32, a, b, n, BLOCK);
}

float vmath_scalar_norm2_f32(const float *x, size_t n)
{
    return vm_norm2_finish_f32(vm_pairwise_f32d(sumsq_block_f32, x, n, BLOCK), x, n);
}

double vmath_scalar_sum_f64(const double *x, size_t n)
{
    return vm_pairwise_f64(sum_block_f64, x, NULL, n, BLOCK);
}

double vmath_scalar_dot_f64(const double *a, const double *b, size_t n)
{
    return vm_pairwise_f64(dot_block_f64, a, b, n, BLOCK);
}

double vmath_scalar_norm2_f64(const double *x, size_t n)
{
    return vm_norm2_finish_f64(vm_pairwise_f64(sumsq_block_f64, x, NULL, n, BLOCK), x, n);
}

/* ---- norm2's rare paths (shared by every ISA) ------------------------------ */

float vmath_norm2_nonfinite_f32(const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isinf(x[i]))
            return INFINITY;
    return NAN;
}

/* x[i] * 2^-e in two exact steps (2^-e alone may not be representable). */
static double sumsq_scaled_block_f64(const double *x, const double *scale, size_t n)
{
    double acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int u = 0; u < 8; u++) {
            double y = x[i + u] * scale[0] * scale[1];
            acc[u] += y * y;
        }
    for (; i < n; i++) {
        double y = x[i] * scale[0] * scale[1];
        acc[i % 8] += y * y;
    }
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static double pairwise_scaled_f64(const double *x, const double scale[2], size_t n)
{
    if (n <= BLOCK)
        return sumsq_scaled_block_f64(x, scale, n);
    size_t h = vm_split(n, BLOCK);
    return pairwise_scaled_f64(x, scale, h) + pairwise_scaled_f64(x + h, scale, n - h);
}

double vmath_norm2_rescaled_f64(const double *x, size_t n)
{
    double m = 0;
    int nan = 0;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(x[i]);
        if (isinf(a))
            return INFINITY;
        if (isnan(a))
            nan = 1;
        else if (a > m)
            m = a;
    }
    if (nan)
        return NAN;
    if (m == 0)
        return 0;
    /* m = f * 2^e with f in [0.5, 1): the scaled max is in [0.5, 1), so the
     * scaled sum of squares is in [0.25, n] and neither overflows nor loses
     * anything that matters to underflow. */
    int e;
    frexp(m, &e);
    int e1 = e / 2, e2 = e - e / 2;
    double down[2] = {ldexp(1, -e1), ldexp(1, -e2)};
    double r = sqrt(pairwise_scaled_f64(x, down, n));
    /* Scale back up: the first step keeps r normal, so only the second rounds. */
    return r * ldexp(1, e1) * ldexp(1, e2);
}

/* ---- extremes ------------------------------------------------------------- */

/* a comes strictly after b in the order of IEEE 754-2019 maximum: -0 < +0,
 * and NaN above everything (all NaNs equal, so the first one wins). */
static int above_f32(float a, float b)
{
    if (isnan(b))
        return 0;
    if (isnan(a))
        return 1;
    if (a == b)
        return signbit(b) && !signbit(a);
    return a > b;
}

/* Likewise for minimum: -0 < +0, NaN below everything. */
static int below_f32(float a, float b)
{
    if (isnan(b))
        return 0;
    if (isnan(a))
        return 1;
    if (a == b)
        return signbit(a) && !signbit(b);
    return a < b;
}

static int above_f64(double a, double b)
{
    if (isnan(b))
        return 0;
    if (isnan(a))
        return 1;
    if (a == b)
        return signbit(b) && !signbit(a);
    return a > b;
}

static int below_f64(double a, double b)
{
    if (isnan(b))
        return 0;
    if (isnan(a))
        return 1;
    if (a == b)
        return signbit(a) && !signbit(b);
    return a < b;
}

size_t vmath_scalar_argmax_f32(const float *x, size_t n)
{
    if (n == 0)
        return SIZE_MAX;
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (above_f32(x[i], x[best]))
            best = i;
    return best;
}

size_t vmath_scalar_argmin_f32(const float *x, size_t n)
{
    if (n == 0)
        return SIZE_MAX;
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (below_f32(x[i], x[best]))
            best = i;
    return best;
}

float vmath_scalar_maxval_f32(const float *x, size_t n)
{
    return n == 0 ? NAN : x[vmath_scalar_argmax_f32(x, n)];
}

float vmath_scalar_minval_f32(const float *x, size_t n)
{
    return n == 0 ? NAN : x[vmath_scalar_argmin_f32(x, n)];
}

size_t vmath_scalar_argmax_f64(const double *x, size_t n)
{
    if (n == 0)
        return SIZE_MAX;
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (above_f64(x[i], x[best]))
            best = i;
    return best;
}

size_t vmath_scalar_argmin_f64(const double *x, size_t n)
{
    if (n == 0)
        return SIZE_MAX;
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (below_f64(x[i], x[best]))
            best = i;
    return best;
}

double vmath_scalar_maxval_f64(const double *x, size_t n)
{
    return n == 0 ? NAN : x[vmath_scalar_argmax_f64(x, n)];
}

double vmath_scalar_minval_f64(const double *x, size_t n)
{
    return n == 0 ? NAN : x[vmath_scalar_argmin_f64(x, n)];
}
