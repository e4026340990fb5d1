/* The MPFR reference shared by the math tests (test-only; Debian
 * libmpfr-dev): the exact value of a function by name, and the error of a
 * result in ULPs of a binary format. */
#ifndef VMATH_TEST_MPFR_REF_H
#define VMATH_TEST_MPFR_REF_H

#include <math.h>
#include <string.h>

#include <mpfr.h>

/* r = name(x, e) correctly rounded to r's precision (128 bits). */
static inline void exact(const char *name, mpfr_t r, mpfr_t x, mpfr_t e)
{
    if (strcmp(name, "exp") == 0)
        mpfr_exp(r, x, MPFR_RNDN);
    else if (strcmp(name, "exp2") == 0)
        mpfr_exp2(r, x, MPFR_RNDN);
    else if (strcmp(name, "expm1") == 0)
        mpfr_expm1(r, x, MPFR_RNDN);
    else if (strcmp(name, "log") == 0)
        mpfr_log(r, x, MPFR_RNDN);
    else if (strcmp(name, "log2") == 0)
        mpfr_log2(r, x, MPFR_RNDN);
    else if (strcmp(name, "log10") == 0)
        mpfr_log10(r, x, MPFR_RNDN);
    else if (strcmp(name, "log1p") == 0)
        mpfr_log1p(r, x, MPFR_RNDN);
    else if (strcmp(name, "sin") == 0)
        mpfr_sin(r, x, MPFR_RNDN);
    else if (strcmp(name, "cos") == 0)
        mpfr_cos(r, x, MPFR_RNDN);
    else if (strcmp(name, "tan") == 0)
        mpfr_tan(r, x, MPFR_RNDN);
    else if (strcmp(name, "asin") == 0)
        mpfr_asin(r, x, MPFR_RNDN);
    else if (strcmp(name, "acos") == 0)
        mpfr_acos(r, x, MPFR_RNDN);
    else if (strcmp(name, "atan") == 0)
        mpfr_atan(r, x, MPFR_RNDN);
    else if (strcmp(name, "sinh") == 0)
        mpfr_sinh(r, x, MPFR_RNDN);
    else if (strcmp(name, "cosh") == 0)
        mpfr_cosh(r, x, MPFR_RNDN);
    else if (strcmp(name, "tanh") == 0)
        mpfr_tanh(r, x, MPFR_RNDN);
    else if (strcmp(name, "erf") == 0)
        mpfr_erf(r, x, MPFR_RNDN);
    else if (strcmp(name, "cbrt") == 0)
        mpfr_cbrt(r, x, MPFR_RNDN);
    else if (strcmp(name, "pow") == 0)
        mpfr_pow(r, x, e, MPFR_RNDN);
    else if (strcmp(name, "atan2") == 0)
        mpfr_atan2(r, x, e, MPFR_RNDN);
    else if (strcmp(name, "hypot") == 0)
        mpfr_hypot(r, x, e, MPFR_RNDN);
    else { /* sigmoid */
        mpfr_neg(r, x, MPFR_RNDN);
        mpfr_exp(r, r, MPFR_RNDN);
        mpfr_add_ui(r, r, 1, MPFR_RNDN);
        mpfr_ui_div(r, 1, r, MPFR_RNDN);
    }
}

/* |got - exact| in ULPs of exact's binade in a format with p significand
 * bits and minimum normal exponent emin (subnormals: the fixed ULP there);
 * an infinite result is right (0) or wrong (inf) as a whole. */
static inline double ulp_error(double got, mpfr_t ex, mpfr_t tmp, int p, long emin)
{
    if (mpfr_nan_p(ex))
        return isnan(got) ? 0 : INFINITY;
    if (isnan(got))
        return INFINITY;
    double cr = p == 24 ? (double)mpfr_get_flt(ex, MPFR_RNDN) : mpfr_get_d(ex, MPFR_RNDN);
    if (isinf(got) || isinf(cr))
        return got == cr ? 0 : INFINITY;
    long e = mpfr_zero_p(ex) ? emin : mpfr_get_exp(ex) - 1; /* ex = m 2^e, 1 <= m < 2 */
    if (e < emin)
        e = emin;
    mpfr_set_d(tmp, got, MPFR_RNDN);
    mpfr_sub(tmp, tmp, ex, MPFR_RNDN);
    mpfr_abs(tmp, tmp, MPFR_RNDN);
    mpfr_mul_2si(tmp, tmp, p - 1 - e, MPFR_RNDN);
    return mpfr_get_d(tmp, MPFR_RNDU);
}

#endif
