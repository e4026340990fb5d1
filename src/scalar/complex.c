/* Scalar reference: interleaved complex float. */
#include <math.h>

#include "../pairwise.h"
#include "scalar.h"

/* Textbook products, each product rounded to float, then the sum (the
 * build has -ffp-contract=off, so nothing is fused). The products are
 * assigned to floats: where C evaluates float expressions in double
 * (FLT_EVAL_METHOD 1: s390x), an assignment is what rounds them. */
static inline vmath_cf32 mul(vmath_cf32 a, vmath_cf32 b)
{
    float rr = a.re * b.re, ii = a.im * b.im, ri = a.re * b.im, ir = a.im * b.re;
    return (vmath_cf32){rr - ii, ri + ir};
}

static inline vmath_cf32 mulconj(vmath_cf32 a, vmath_cf32 b)
{
    float rr = a.re * b.re, ii = a.im * b.im, ri = a.re * b.im, ir = a.im * b.re;
    return (vmath_cf32){rr + ii, ir - ri};
}

void vmath_scalar_cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = mul(a[i], b[i]);
}

void vmath_scalar_cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = mulconj(a[i], b[i]);
}

void vmath_scalar_cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = mul(x[i], s);
}

void vmath_scalar_cabs2_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float rr = x[i].re * x[i].re, ii = x[i].im * x[i].im; /* rounded, as mul's */
        y[i] = rr + ii;
    }
}

/* In double, the squares of floats are exact and cannot overflow or
 * underflow; the sum and the square root each round once, then the cast
 * rounds to float: within 1 ULP (0.5 + 2^-28 or so). Every ISA does these
 * same IEEE operations, so they all get these bits. An infinite part gives
 * +Inf even with a NaN in the other part, as hypotf. */
void vmath_scalar_cabs_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double re = x[i].re, im = x[i].im;
        if (isinf(re) || isinf(im))
            y[i] = INFINITY;
        else
            y[i] = (float)sqrt(re * re + im * im);
    }
}

/* Products of floats are exact in double; each block is summed in double,
 * and the blocks pairwise: far inside the reduction bound. */
#define BLOCK 1024

static vmath_cf32 dot(const vmath_cf32 *x, const vmath_cf32 *y, size_t n, int conj)
{
    double sign = conj ? -1.0 : 1.0;  /* conj(x): negate x.im */
    vm_pairwise p;
    vm_pairwise_init(&p);
    for (size_t i = 0; i < n; i += BLOCK) {
        size_t end = n - i < BLOCK ? n : i + BLOCK;
        double re = 0, im = 0;
        for (size_t j = i; j < end; j++) {
            double xr = x[j].re, xi = sign * x[j].im, yr = y[j].re, yi = y[j].im;
            re += xr * yr - xi * yi;
            im += xr * yi + xi * yr;
        }
        vm_pairwise_push(&p, re, im);
    }
    return vm_pairwise_result(&p);
}

vmath_cf32 vmath_scalar_cdot_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    return dot(x, y, n, 0);
}

vmath_cf32 vmath_scalar_cdotc_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    return dot(x, y, n, 1);
}
