/*
 * vmath_ulp64: sampled accuracy of an f64 math function against MPFR
 * (2^64 inputs cannot all be tried: docs/ulp.md, "f64").
 *
 *   vmath_ulp64 FUNC [--isa NAME] [--samples N] [--range LO HI] [--bits] [--signs] [--seed S]
 *
 * FUNC: exp (or exp_f64; any unary f64 function of the op table), or one of
 * the two-argument atan2 (y, x), hypot, pow (x, y). N inputs (default 10^7)
 * uniform in [LO, HI] (default: the range where exp's result is finite and
 * not 0), or with --bits uniform over the doubles' bit patterns between LO
 * and HI (0 <= LO: every binade alike); both arguments of a two-argument
 * function are drawn so, independently; --signs negates each argument with
 * probability 1/2. Through the ISA's kernel (default: the active one).
 * Prints the maximum error in ULP of the double binade of the exact value
 * (2^-1074 for subnormal results and 0), the input where it occurs, that
 * maximum over the normal results alone, and how many results are not
 * correctly rounded; a wrong infinity or NaN counts as an infinite error.
 * Exit status 0 iff the maximum is <= 1 ULP.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mpfr.h>

#include "ops.h"
#include "vmath.h"

/* 1/(1 + e^-x) at the working precision (200 bits) */
static int mpfr_sigmoid(mpfr_ptr r, mpfr_srcptr x, mpfr_rnd_t rnd)
{
    mpfr_neg(r, x, rnd);
    mpfr_exp(r, r, rnd);
    mpfr_add_ui(r, r, 1, rnd);
    return mpfr_ui_div(r, 1, r, rnd);
}

static const struct {
    const char *name;
    int (*mpfr)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);
} funcs[] = {
    {"exp", mpfr_exp},   {"exp2", mpfr_exp2},   {"expm1", mpfr_expm1}, {"log", mpfr_log},   {"log2", mpfr_log2},
    {"log10", mpfr_log10}, {"log1p", mpfr_log1p}, {"sin", mpfr_sin},   {"cos", mpfr_cos},   {"tan", mpfr_tan},
    {"asin", mpfr_asin}, {"acos", mpfr_acos},   {"atan", mpfr_atan},   {"sinh", mpfr_sinh}, {"cosh", mpfr_cosh},
    {"tanh", mpfr_tanh}, {"erf", mpfr_erf},     {"cbrt", mpfr_cbrt},   {"sigmoid", mpfr_sigmoid},
};

/* the two-argument functions, arguments in the kernel's order */
static const struct {
    const char *name;
    int (*mpfr)(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t);
} funcs2[] = {{"atan2", mpfr_atan2}, {"hypot", mpfr_hypot}, {"pow", mpfr_pow}};

static uint64_t state;
static uint64_t rnd64(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static int usage(void)
{
    fprintf(stderr, "usage: vmath_ulp64 FUNC [--isa NAME] [--samples N] [--range LO HI] [--bits] [--signs] [--seed S]\n");
    return 2;
}

int main(int argc, char **argv)
{
    const char *func = NULL, *isa_name = NULL;
    size_t n = 10000000;
    double lo = -745.2, hi = 709.8;
    int bits = 0, signs = 0;
    state = 0x9e3779b97f4a7c15u;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--isa") == 0 && i + 1 < argc)
            isa_name = argv[++i];
        else if (strcmp(argv[i], "--samples") == 0 && i + 1 < argc)
            n = strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--range") == 0 && i + 2 < argc)
            lo = atof(argv[i + 1]), hi = atof(argv[i + 2]), i += 2;
        else if (strcmp(argv[i], "--bits") == 0)
            bits = 1;
        else if (strcmp(argv[i], "--signs") == 0)
            signs = 1;
        else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            state = strtoull(argv[++i], NULL, 0) | 1;
        else if (argv[i][0] != '-' && !func)
            func = argv[i];
        else
            return usage();
    }
    if (!func || n == 0 || !(lo <= hi) || (bits && !(lo >= 0)))
        return usage();
    size_t len = strcspn(func, "_");
    int (*ref)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t) = NULL;
    int (*ref2)(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t) = NULL;
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (strlen(funcs[i].name) == len && strncmp(func, funcs[i].name, len) == 0)
            ref = funcs[i].mpfr;
    for (size_t i = 0; i < sizeof funcs2 / sizeof funcs2[0]; i++)
        if (strlen(funcs2[i].name) == len && strncmp(func, funcs2[i].name, len) == 0)
            ref2 = funcs2[i].mpfr;
    char opname[32];
    snprintf(opname, sizeof opname, "%.*s_f64", (int)len, func);
    const vmath_op *op = vmath_op_find(opname);
    if (!(ref || ref2) || !op) {
        fprintf(stderr, "vmath_ulp64: unknown function '%s'\n", func);
        return 2;
    }
    vmath_isa isa = vmath_isa_active();
    if (isa_name) {
        for (isa = 0; isa < VMATH_ISA_COUNT && strcmp(vmath_isa_name(isa), isa_name) != 0; isa++)
            ;
        if (isa == VMATH_ISA_COUNT || vmath_kernels_of(isa) == NULL) {
            fprintf(stderr, "vmath_ulp64: ISA '%s' unknown or not available here\n", isa_name);
            return 2;
        }
    }
    vmath_fn kernel = vmath_op_kernel(vmath_kernels_of(isa), op);
    double *x = malloc(n * sizeof *x), *x2 = malloc(n * sizeof *x2), *y = malloc(n * sizeof *y);
    if (!x || !x2 || !y) {
        fprintf(stderr, "vmath_ulp64: out of memory\n");
        return 1;
    }
    uint64_t blo, bhi;
    memcpy(&blo, &lo, 8);
    memcpy(&bhi, &hi, 8);
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < (ref2 ? 2 : 1); k++) {
            double v;
            if (bits) {
                uint64_t b = blo + rnd64() % (bhi - blo + 1);
                memcpy(&v, &b, 8);
            } else {
                v = lo + (hi - lo) * ((double)(rnd64() >> 11) * 0x1p-53);
            }
            if (signs && (rnd64() & 1))
                v = -v;
            (k ? x2 : x)[i] = v;
        }
    if (ref2)
        ((void (*)(double *, const double *, const double *, size_t))kernel)(y, x, x2, n);
    else
        ((void (*)(double *, const double *, size_t))kernel)(y, x, n);

    mpfr_t mx, mx2, ex, d;
    mpfr_inits2(200, mx, mx2, ex, d, (mpfr_ptr)0);
    double worst = 0, worst_normal = 0;
    size_t at = 0, not_cr = 0;
    for (size_t i = 0; i < n; i++) {
        mpfr_set_d(mx, x[i], MPFR_RNDN);
        if (ref2) {
            mpfr_set_d(mx2, x2[i], MPFR_RNDN);
            ref2(ex, mx, mx2, MPFR_RNDN);
        } else {
            ref(ex, mx, MPFR_RNDN);
        }
        double cr = mpfr_get_d(ex, MPFR_RNDN); /* correctly rounded, subnormals too */
        double err;
        if (isinf(cr) || isinf(y[i]) || isnan(cr) || isnan(y[i])) {
            /* only the exact special value will do */
            err = cr == y[i] || (isnan(cr) && isnan(y[i])) ? 0 : INFINITY;
        } else {
            int e;
            frexp(cr, &e);
            double ulp = ldexp(1.0, (e - 1 < -1022 ? -1022 : e - 1) - 52);
            mpfr_sub_d(d, ex, y[i], MPFR_RNDN);
            mpfr_div_d(d, d, ulp, MPFR_RNDN); /* in MPFR: a difference below 2^-1074 has no double */
            err = fabs(mpfr_get_d(d, MPFR_RNDN));
        }
        if (y[i] != cr && !(isnan(cr) && isnan(y[i])))
            not_cr++;
        if (err > worst || i == 0)
            worst = err, at = i;
        if (!(fabs(cr) < 0x1p-1022) && err > worst_normal)
            worst_normal = err;
    }
    char where[80];
    if (ref2)
        snprintf(where, sizeof where, "(%a, %a)", x[at], x2[at]);
    else
        snprintf(where, sizeof where, "x = %a", x[at]);
    printf("%s %s: %zu inputs in [%g, %g]: max error %.4f ULP at %s (normal results: %.4f); %zu not correctly "
           "rounded\n",
           opname, vmath_isa_name(isa), n, lo, hi, worst, where, worst_normal, not_cr);
    mpfr_clears(mx, mx2, ex, d, (mpfr_ptr)0);
    free(x);
    free(x2);
    free(y);
    return worst <= 1.0 ? 0 : 1;
}
