/*
 * Scalar references evaluated in long double: every f64 math function, and
 * the f32 functions that do not have a shared SIMD algorithm yet.
 *
 * Why this is within 1 ULP: long double has 11 (x87, x86-64) or 60
 * (binary128, AArch64) more significand bits than double, and glibc's long
 * double functions are within a few of their own ULPs, so the value before
 * the one rounding to double (or float) is within a few thousandths of a
 * double ULP of the exact result: at most 0.5 ULP + 0.005 after rounding.
 * The wider exponent range means no intermediate overflow or underflow:
 * results round to Inf, subnormal or 0 once, in the final conversion.
 *
 * The libm calls may set errno (ERANGE, EDOM) and raise FP exception flags;
 * the contract says neither changes, so each call saves and restores both.
 */
#include <errno.h>
#include <fenv.h>
#include <math.h>

#include "scalar.h"

static long double sigmoidl(long double x)
{
    return 1.0L / (1.0L + expl(-x));
}

/* The loop of one call: env and errno as the caller left them. */
#define UNARY(name, T, sfx, f)                                            \
    void vmath_scalar_##name##_##sfx(T *y, const T *x, size_t n)         \
    {                                                                     \
        if (n == 0)                                                       \
            return;                                                       \
        int e = errno;                                                    \
        fenv_t env;                                                       \
        fegetenv(&env);                                                   \
        for (size_t i = 0; i < n; i++)                                    \
            y[i] = (T)f((long double)x[i]);                               \
        fesetenv(&env);                                                   \
        errno = e;                                                        \
    }

#define BINARY(name, T, sfx, f)                                              \
    void vmath_scalar_##name##_##sfx(T *y, const T *a, const T *b, size_t n) \
    {                                                                        \
        if (n == 0)                                                          \
            return;                                                          \
        int e = errno;                                                       \
        fenv_t env;                                                          \
        fegetenv(&env);                                                      \
        for (size_t i = 0; i < n; i++)                                       \
            y[i] = (T)f((long double)a[i], (long double)b[i]);               \
        fesetenv(&env);                                                      \
        errno = e;                                                           \
    }

/* f32: replaced by shared algorithms as they land (issue #5) */
UNARY(sinh, float, f32, sinhl)
UNARY(cosh, float, f32, coshl)
UNARY(tanh, float, f32, tanhl)
UNARY(cbrt, float, f32, cbrtl)
BINARY(pow, float, f32, powl)
BINARY(hypot, float, f32, hypotl)

UNARY(exp, double, f64, expl)
UNARY(exp2, double, f64, exp2l)
UNARY(expm1, double, f64, expm1l)
UNARY(log, double, f64, logl)
UNARY(log2, double, f64, log2l)
UNARY(log10, double, f64, log10l)
UNARY(log1p, double, f64, log1pl)
UNARY(sigmoid, double, f64, sigmoidl)
UNARY(sin, double, f64, sinl)
UNARY(cos, double, f64, cosl)
UNARY(tan, double, f64, tanl)
UNARY(asin, double, f64, asinl)
UNARY(acos, double, f64, acosl)
UNARY(atan, double, f64, atanl)
UNARY(sinh, double, f64, sinhl)
UNARY(cosh, double, f64, coshl)
UNARY(tanh, double, f64, tanhl)
UNARY(erf, double, f64, erfl)
UNARY(cbrt, double, f64, cbrtl)
BINARY(pow, double, f64, powl)
BINARY(atan2, double, f64, atan2l)
BINARY(hypot, double, f64, hypotl)

void vmath_scalar_sincos_f64(double *s, double *c, const double *x, size_t n)
{
    if (n == 0)
        return;
    int e = errno;
    fenv_t env;
    fegetenv(&env);
    for (size_t i = 0; i < n; i++) {
        long double v = x[i];  /* read before s[i] or c[i] (either may be x) is written */
        s[i] = (double)sinl(v);
        c[i] = (double)cosl(v);
    }
    fesetenv(&env);
    errno = e;
}
