/*
 * The SSE4.1 kernels of the f64 math functions (SSE4.1 has no FMA for the
 * shared algorithms of src/expd_impl.h, src/logd_impl.h, src/powd_impl.h,
 * src/trigd_impl.h, src/hyperd_impl.h, src/invtrigd_impl.h and
 * src/erfd_impl.h, which the scalar reference and the other ISAs run),
 * evaluated in long double.
 *
 * Why this is within 1 ULP: long double has 11 (x87, x86-64) or 60
 * (binary128, AArch64) more significand bits than double, and glibc's long
 * double functions are within a few of their own ULPs, so the value before
 * the one rounding to double (or float) is within a few thousandths of a
 * double ULP of the exact result: at most 0.5 ULP + 0.005 after rounding.
 * The wider exponent range means no intermediate overflow or underflow:
 * results round to Inf, subnormal or 0 once, in the final conversion.
 *
 * Exception, for speed: exp, exp2, log, log2 and pow call the C library's
 * double function directly where it is documented below 0.55
 * ULP: glibc since 2.28 (and musl) use the correctly-rounded-in-practice
 * implementations of exp, exp2, log, log2 and pow from Arm's optimized
 * routines (0.509, 0.503, 0.519, 0.547 and 0.52 ULP by their authors'
 * analysis). The x87 long double versions of these ran 10 to 100 times
 * slower (pow: 360 ns per element). Not sin and cos: glibc's (2.36) are
 * off by up to 2402 ULP for huge arguments close to a multiple of pi/2
 * (sin(0x1.97e359bb79bb4p+673) = 0x1.376bf0a448b01p-53, MPFR
 * 0x1.376bf0a44819fp-53; `tools/trig_hard.py --f64` finds such arguments),
 * so SSE4.1 calls them below 2^23 only (where their reduction is accurate:
 * tests/test_math_oracle.c checks the hardest arguments there) and sinl and
 * cosl above.
 * tests/test_math_oracle.c checks all of them against MPFR.
 *
 * The libm calls may set errno (ERANGE, EDOM) and raise FP exception flags;
 * the contract says neither changes, so each call saves and restores both.
 */
#include <errno.h>
#include <fenv.h>
#include <math.h>

#include "scalar.h"

/* SSE4.1's sin and cos: glibc's below 2^23 (its own Cody-Waite reduction),
 * sinl and cosl above (see the top of the file) */
static long double sin_sse(long double x)
{
    return fabsl(x) < 0x1p23L ? (long double)sin((double)x) : sinl(x);
}
static long double cos_sse(long double x)
{
    return fabsl(x) < 0x1p23L ? (long double)cos((double)x) : cosl(x);
}

/* glibc's pow returns NaN for pow(sNaN, 0) and pow(1, sNaN); Annex F (and
 * every other ISA here) gives 1, signalling or not */
static double pow_annexf(double x, double y)
{
    return y == 0 || x == 1 ? 1.0 : pow(x, y);
}

static long double sigmoidl(long double x)
{
    return 1.0L / (1.0L + expl(-x));
}

/* The loop of one call: env and errno as the caller left them. f is a long
 * double function, or a double one (which gets the exact value back). */
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

/* exp, exp2, log, log2, log10 and log1p (f64): the scalar references are src/expd_impl.h and
 * src/logd_impl.h (src/scalar/exp_log.c); these libm loops are SSE4.1's
 * kernels (no FMA for those algorithms, and without it, fma() calls make the
 * references 5x slower than glibc's functions) */
UNARY(libm_exp, double, f64, exp)
UNARY(libm_exp2, double, f64, exp2)
UNARY(libm_log, double, f64, log)
UNARY(libm_log2, double, f64, log2)
UNARY(libm_log10, double, f64, log10l)
UNARY(libm_log1p, double, f64, log1pl)
UNARY(libm_expm1, double, f64, expm1l)
UNARY(libm_sigmoid, double, f64, sigmoidl)
UNARY(libm_sin, double, f64, sin_sse)
UNARY(libm_cos, double, f64, cos_sse)
UNARY(libm_tan, double, f64, tanl)
UNARY(libm_asin, double, f64, asinl)
UNARY(libm_acos, double, f64, acosl)
UNARY(libm_atan, double, f64, atanl)
UNARY(libm_sinh, double, f64, sinhl)
UNARY(libm_cosh, double, f64, coshl)
UNARY(libm_tanh, double, f64, tanhl)
UNARY(libm_erf, double, f64, erfl)
UNARY(libm_cbrt, double, f64, cbrtl)
BINARY(libm_pow, double, f64, pow_annexf)
BINARY(libm_atan2, double, f64, atan2l)
BINARY(libm_hypot, double, f64, hypotl)

void vmath_scalar_libm_sincos_f64(double *s, double *c, const double *x, size_t n)
{
    if (n == 0)
        return;
    int e = errno;
    fenv_t env;
    fegetenv(&env);
    for (size_t i = 0; i < n; i++) {
        double v = x[i];  /* read before s[i] or c[i] (either may be x) is written */
        s[i] = (double)sin_sse(v);
        c[i] = (double)cos_sse(v);
    }
    fesetenv(&env);
    errno = e;
}
