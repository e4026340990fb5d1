/*
 * vmath_ulp: exhaustive accuracy of a unary f32 function over all 2^32
 * inputs, against f64 libm (and MPFR where the f64 value is too close to a
 * rounding boundary of f32 to decide).
 *
 *   vmath_ulp FUNC [--isa NAME] [--threads N]
 *
 * FUNC: exp exp2 expm1 log log2 log10 log1p sigmoid sin cos tan (or exp_f32 ...).
 * Prints the maximum error in ULP (of the f32 binade of the exact value;
 * 2^-149 for subnormal results), the input where it occurs, and how many
 * results are not correctly rounded. A wrong special value (NaN where a
 * number is due, a wrong infinity or zero sign) counts as an infinite error.
 * Not part of the test suite: it takes about a minute per function.
 */
#define _GNU_SOURCE
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mpfr.h>

#include "ops.h"
#include "vmath.h"

typedef void (*unary_fn)(float *, const float *, size_t);

static double sigmoid_f64(double x)
{
    return 1.0 / (1.0 + exp(-x));
}

static const struct func {
    const char *name;
    double (*f64)(double);  /* within a few f64 ULP of the exact value */
    int (*mpfr)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);  /* NULL: sigmoid */
} funcs[] = {
    {"exp", exp, mpfr_exp},       {"exp2", exp2, mpfr_exp2},    {"expm1", expm1, mpfr_expm1},
    {"log", log, mpfr_log},       {"log2", log2, mpfr_log2},    {"log10", log10, mpfr_log10},
    {"log1p", log1p, mpfr_log1p}, {"sigmoid", sigmoid_f64, NULL},
    {"sin", sin, mpfr_sin},       {"cos", cos, mpfr_cos},       {"tan", tan, mpfr_tan},
    {"asin", asin, mpfr_asin},    {"acos", acos, mpfr_acos},    {"atan", atan, mpfr_atan},
    {"sinh", sinh, mpfr_sinh},    {"cosh", cosh, mpfr_cosh},    {"tanh", tanh, mpfr_tanh},
    {"erf", erf, mpfr_erf},       {"cbrt", cbrt, mpfr_cbrt},
};

static const struct func *fn_ref;
static unary_fn fn_kernel;

#define CHUNK (1u << 16)
static atomic_uint next_chunk;

typedef struct stats {
    double max_err;
    uint32_t max_x;      /* bits of the input with max_err */
    uint64_t not_cr;     /* results other than the correctly rounded one */
    uint64_t via_mpfr;   /* inputs decided by MPFR */
} stats;

static float from_bits(uint32_t b)
{
    float f;
    memcpy(&f, &b, 4);
    return f;
}

static uint32_t to_bits(float f)
{
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
}

/* ULP of the f32 binade of v (f64), 2^-149 below 2^-126 */
static double ulp_of(double v)
{
    int e;
    frexp(fabs(v), &e);
    e -= 1;
    if (v == 0 || e < -126)
        e = -126;
    return ldexp(1.0, e - 23);
}

static void exact_mpfr(mpfr_t r, float x)
{
    mpfr_set_flt(r, x, MPFR_RNDN);
    if (fn_ref->mpfr) {
        fn_ref->mpfr(r, r, MPFR_RNDN);
    } else {
        mpfr_neg(r, r, MPFR_RNDN);
        mpfr_exp(r, r, MPFR_RNDN);
        mpfr_add_ui(r, r, 1, MPFR_RNDN);
        mpfr_ui_div(r, 1, r, MPFR_RNDN);
    }
}

/* Is v within a relative 2^-44 of a midpoint between two f32 values (or of
 * the overflow threshold)? Then f64's few-ULP error could flip the rounding. */
static int near_midpoint(double v)
{
    if (!isfinite(v) || v == 0)
        return 0;
    double a = fabs(v);
    float f = (float)a;
    double lo, hi;
    if (isinf(f)) {
        lo = FLT_MAX;
        hi = 0x1p128;
    } else if ((double)f <= a) {
        lo = f;
        hi = f == FLT_MAX ? 0x1p128 : (double)nextafterf(f, INFINITY);
    } else {
        hi = f;
        lo = (double)nextafterf(f, 0);
    }
    double mid = (lo + hi) / 2;
    return fabs(a - mid) <= mid * 0x1p-44;
}

static void *worker(void *arg)
{
    stats *st = arg;
    static _Thread_local float x[CHUNK], y[CHUNK];
    mpfr_t ex, tmp;
    mpfr_init2(ex, 160);
    mpfr_init2(tmp, 160);
    for (;;) {
        unsigned c = atomic_fetch_add(&next_chunk, 1);
        if (c >= (1u << 16))
            break;
        for (uint32_t i = 0; i < CHUNK; i++)
            x[i] = from_bits(c * CHUNK + i);
        fn_kernel(y, x, CHUNK);
        for (uint32_t i = 0; i < CHUNK; i++) {
            double want = fn_ref->f64((double)x[i]);
            float cr;
            double err;
            if (isnan(want)) {
                cr = NAN;
                err = isnan(y[i]) ? 0 : INFINITY;
            } else if (!near_midpoint(want)) {
                cr = (float)want;
                if (isnan(y[i]))
                    err = INFINITY;
                else if (isinf(y[i]) || isinf(cr))
                    err = y[i] == cr ? 0 : INFINITY;
                else
                    err = fabs((double)y[i] - want) / ulp_of(want);
            } else {
                st->via_mpfr++;
                exact_mpfr(ex, x[i]);
                cr = mpfr_get_flt(ex, MPFR_RNDN);
                if (isnan(y[i]) || isinf(y[i]) || isinf(cr)) {
                    err = y[i] == cr ? 0 : INFINITY;
                } else {
                    mpfr_set_flt(tmp, y[i], MPFR_RNDN);
                    mpfr_sub(tmp, tmp, ex, MPFR_RNDN);
                    err = fabs(mpfr_get_d(tmp, MPFR_RNDN)) / ulp_of(mpfr_get_d(ex, MPFR_RNDN));
                }
            }
            /* zeros: the sign is part of the result */
            if (y[i] == 0 && cr == 0 && signbit(y[i]) != signbit(cr))
                err = INFINITY;
            if (!(isnan(cr) && isnan(y[i])) && to_bits(y[i]) != to_bits(cr))
                st->not_cr++;
            if (!(err <= st->max_err)) {
                st->max_err = err;
                st->max_x = c * CHUNK + i;
            }
        }
    }
    mpfr_clear(ex);
    mpfr_clear(tmp);
    mpfr_free_cache();
    return NULL;
}

/* --same-as: the kernel against another ISA's, bit for bit (NaNs match any
 * NaN), over all 2^32 inputs; no oracle, so it takes seconds. */
static unary_fn fn_other;
static _Atomic uint64_t n_differ;

static void *compare_worker(void *arg)
{
    (void)arg;
    static _Thread_local float x[CHUNK], y[CHUNK], z[CHUNK];
    uint64_t differ = 0;
    for (;;) {
        unsigned c = atomic_fetch_add(&next_chunk, 1);
        if (c >= (1u << 16))
            break;
        for (uint32_t i = 0; i < CHUNK; i++)
            x[i] = from_bits(c * CHUNK + i);
        fn_kernel(y, x, CHUNK);
        fn_other(z, x, CHUNK);
        for (uint32_t i = 0; i < CHUNK; i++)
            differ += to_bits(y[i]) != to_bits(z[i]) && !(isnan(y[i]) && isnan(z[i]));
    }
    atomic_fetch_add(&n_differ, differ);
    return NULL;
}

static vmath_isa isa_by_name(const char *name)
{
    for (int k = 0; k < VMATH_ISA_COUNT; k++)
        if (strcmp(vmath_isa_name((vmath_isa)k), name) == 0 && vmath_kernels_of((vmath_isa)k))
            return (vmath_isa)k;
    fprintf(stderr, "vmath_ulp: ISA '%s' unknown or not available here\n", name);
    return VMATH_ISA_COUNT;
}

static int usage(void)
{
    fprintf(stderr, "usage: vmath_ulp FUNC [--isa NAME] [--threads N] [--same-as ISA]\n"
                    "  FUNC: exp exp2 expm1 log log2 log10 log1p sigmoid sin cos tan\n"
                    "        asin acos atan sinh cosh tanh erf cbrt\n"
                    "  --same-as ISA: count the inputs where the two ISAs' results differ\n");
    return 2;
}

int main(int argc, char **argv)
{
    const char *func = NULL, *isa_name = NULL, *other_name = NULL;
    int threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--isa") == 0 && i + 1 < argc)
            isa_name = argv[++i];
        else if (strcmp(argv[i], "--same-as") == 0 && i + 1 < argc)
            other_name = argv[++i];
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !func)
            func = argv[i];
        else
            return usage();
    }
    if (!func || threads < 1 || threads > 256)
        return usage();
    char base[32];
    snprintf(base, sizeof base, "%s", func);
    char *suffix = strstr(base, "_f32");
    if (suffix)
        *suffix = 0;
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (strcmp(funcs[i].name, base) == 0)
            fn_ref = &funcs[i];
    char opname[48];
    snprintf(opname, sizeof opname, "%s_f32", base);
    const vmath_op *op = vmath_op_find(opname);
    if (!fn_ref || !op)
        return usage();

    vmath_isa isa = vmath_isa_active();
    if (isa_name && (isa = isa_by_name(isa_name)) == VMATH_ISA_COUNT)
        return 2;
    fn_kernel = (unary_fn)vmath_op_kernel(vmath_kernels_of(isa), op);
    pthread_t tid[256];
    if (other_name) {
        vmath_isa other = isa_by_name(other_name);
        if (other == VMATH_ISA_COUNT)
            return 2;
        fn_other = (unary_fn)vmath_op_kernel(vmath_kernels_of(other), op);
        for (int t = 0; t < threads; t++)
            pthread_create(&tid[t], NULL, compare_worker, NULL);
        for (int t = 0; t < threads; t++)
            pthread_join(tid[t], NULL);
        uint64_t d = atomic_load(&n_differ);
        printf("%s_f32 %s vs %s: %" PRIu64 " of 2^32 results differ\n", base, vmath_isa_name(isa),
               vmath_isa_name(other), d);
        return d == 0 ? 0 : 1;
    }

    stats st[256];
    memset(st, 0, sizeof st);
    for (int t = 0; t < threads; t++)
        pthread_create(&tid[t], NULL, worker, &st[t]);
    stats all = {0};
    for (int t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        if (!(st[t].max_err <= all.max_err)) {
            all.max_err = st[t].max_err;
            all.max_x = st[t].max_x;
        }
        all.not_cr += st[t].not_cr;
        all.via_mpfr += st[t].via_mpfr;
    }
    float xm = from_bits(all.max_x), ym;
    fn_kernel(&ym, &xm, 1);
    printf("%s_f32 %s: max error %.6f ULP at x = %a (0x%08" PRIx32 ", got %a), "
           "%" PRIu64 " of 2^32 not correctly rounded (%" PRIu64 " decided by MPFR)\n",
           base, vmath_isa_name(isa), all.max_err, (double)xm, all.max_x, (double)ym, all.not_cr, all.via_mpfr);
    return all.max_err <= 1.0 ? 0 : 1;
}
