/* The FP exception flags that a trap turns into a crash: for finite inputs
 * whose results are finite, no kernel of any ISA may raise FE_INVALID,
 * FE_DIVBYZERO or FE_OVERFLOW, at any magnitude but for the documented
 * exceptions (include/vmath.h, "FP exception flags": norm2_f64 beyond
 * 2^511, hypot_f32 beyond 2^63, the f32 sin cos tan sincos beyond 2^40,
 * log1p_f32 from 2^127), which the domains below leave out. Every
 * operation of the op table and sincos, under every ISA, on random inputs
 * from each operation's domain of finite results (exponents spread over
 * the whole range, subnormals and zeros included), at sizes that exercise
 * every tail. FE_INEXACT and FE_UNDERFLOW are not checked: they may be
 * raised spuriously. */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "ops.h"
#include "vmath.h"

#define TRAPS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW)

/* Where an input is drawn from: magnitudes log-uniform in [min, max] for
 * positive values and up to neg for negative ones (neg 0: no negative
 * values), or (min 0) an exact zero one time in 16; an infinite bound
 * stands for the type's largest finite value. */
typedef struct domain {
    double neg, min, max;
} domain;

typedef struct rule {
    const char *name;  /* without the type suffix */
    domain d32[2], d64[2];  /* inputs 0 and 1 (the second for binary ops) */
    double s[2];       /* scalar parameters (complex: re, im) */
} rule;

#define ANY {INFINITY, 0, INFINITY}
#define POS {0, 0, INFINITY}
#define SYM(m) {m, 0, m}
#define S_NONE {0, 0}
#define TRIGF32 SYM(0x1p40)
#define NONE {0, 0, 0}  /* not drawn: the type has no such input (see fill) */

static const rule rules[] = {
    {"add", {SYM(1e37), SYM(1e37)}, {SYM(1e307), SYM(1e307)}, S_NONE},
    {"sub", {SYM(1e37), SYM(1e37)}, {SYM(1e307), SYM(1e307)}, S_NONE},
    {"mul", {SYM(1e18), SYM(1e18)}, {SYM(1e150), SYM(1e150)}, S_NONE},
    {"div", {SYM(1e18), {1e18, 1e-18, 1e18}}, {SYM(1e150), {1e150, 1e-150, 1e150}}, S_NONE},
    {"min", {ANY, ANY}, {ANY, ANY}, S_NONE},
    {"max", {ANY, ANY}, {ANY, ANY}, S_NONE},
    {"add_scalar", {SYM(1e37)}, {SYM(1e307)}, {1.5, 0}},
    {"mul_scalar", {SYM(1e37)}, {SYM(1e307)}, {1.5, 0}},
    {"fma", {SYM(1e18), SYM(1e18)}, {SYM(1e150), SYM(1e150)}, S_NONE},  /* c: input 2, as input 0 */
    {"axpy", {SYM(1e37), SYM(1e37)}, {SYM(1e307), SYM(1e307)}, {1.5, 0}},
    {"clamp", {ANY}, {ANY}, {-1, 1}},
    {"abs", {ANY}, {ANY}, S_NONE},
    {"neg", {ANY}, {ANY}, S_NONE},
    {"sqrt", {POS}, {POS}, S_NONE},
    {"floor", {ANY}, {ANY}, S_NONE},
    {"ceil", {ANY}, {ANY}, S_NONE},
    {"trunc", {ANY}, {ANY}, S_NONE},
    {"rint", {ANY}, {ANY}, S_NONE},
    {"sum", {SYM(1e34)}, {SYM(1e304)}, S_NONE},
    {"dot", {SYM(1e17), SYM(1e17)}, {SYM(1e150), SYM(1e150)}, S_NONE},
    /* f64: squares below overflow (beyond, the kernels overflow, then
     * rescale: include/vmath.h) */
    {"norm2", {SYM(1e36)}, {SYM(0x1p511)}, S_NONE},
    {"minval", {ANY}, {ANY}, S_NONE},
    {"maxval", {ANY}, {ANY}, S_NONE},
    {"argmin", {ANY}, {ANY}, S_NONE},
    {"argmax", {ANY}, {ANY}, S_NONE},
    {"exp", {{87, 0, 88}}, {{708, 0, 709}}, S_NONE},
    {"exp2", {{126, 0, 127}}, {{1022, 0, 1023}}, S_NONE},
    {"expm1", {{INFINITY, 0, 88}}, {{INFINITY, 0, 709}}, S_NONE},
    {"log", {{0, 0x1p-1074, INFINITY}}, {{0, 0x1p-1074, INFINITY}}, S_NONE}, /* no pole */
    {"log2", {{0, 0x1p-1074, INFINITY}}, {{0, 0x1p-1074, INFINITY}}, S_NONE}, /* no pole */
    {"log10", {{0, 0x1p-1074, INFINITY}}, {{0, 0x1p-1074, INFINITY}}, S_NONE}, /* no pole */
    /* f32: below 2^127 (log1p's core on 1 + x rounded overflows there) */
    {"log1p", {{0.99999, 0, 0x1.fffffep126}}, {{0.99999, 0, INFINITY}}, S_NONE},
    {"sigmoid", {ANY}, {ANY}, S_NONE},
    /* f32: below 2^40 (the f32 path's polynomials, run on every lane
     * before the f64 path takes the large ones, overflow beyond) */
    {"sin", {TRIGF32}, {ANY}, S_NONE},
    {"cos", {TRIGF32}, {ANY}, S_NONE},
    {"tan", {TRIGF32}, {ANY}, S_NONE},
    {"asin", {SYM(1)}, {SYM(1)}, S_NONE},
    {"acos", {SYM(1)}, {SYM(1)}, S_NONE},
    {"atan", {ANY}, {ANY}, S_NONE},
    {"atan2", {ANY, ANY}, {ANY, ANY}, S_NONE},
    {"sinh", {SYM(89)}, {SYM(710)}, S_NONE},
    {"cosh", {SYM(89)}, {SYM(710)}, S_NONE},
    {"tanh", {ANY}, {ANY}, S_NONE},
    {"erf", {ANY}, {ANY}, S_NONE},
    {"cbrt", {ANY}, {ANY}, S_NONE},
    /* |y log2 x| < 128 (f32), < 1024 (f64) */
    {"pow", {{0, 0x1p-10, 0x1p10}, SYM(12)}, {{0, 0x1p-100, 0x1p100}, SYM(10)}, S_NONE},
    /* f32: up to 2^63, beyond which the fast path's sum of squares may overflow (FE_OVERFLOW, then FE_INVALID) */
    {"hypot", {SYM(0x1p63), SYM(0x1p63)}, {SYM(1e307), SYM(1e307)}, S_NONE},
    /* conversions: the input's domain (f16, bf16 and the integers: any
     * finite bit pattern, below) */
    {"f32_to_f16", {SYM(65504)}, {NONE}, S_NONE},
    {"f32_to_bf16", {SYM(3.38e38)}, {NONE}, S_NONE},
    {"f32_to_f64", {ANY}, {NONE}, S_NONE},
    {"f64_to_f32", {NONE}, {SYM(3.4e38)}, S_NONE},
    {"f32_to_i8", {SYM(2.2e38)}, {NONE}, {1.5, 0}},
    {"f32_to_u8", {SYM(2.2e38)}, {NONE}, {1.5, 0}},
    {"f32_to_i16", {SYM(2.2e38)}, {NONE}, {1.5, 0}},
    {"f32_to_i32", {SYM(2.2e38)}, {NONE}, {1.5, 0}},
    {"i8_to_f32", {NONE}, {NONE}, {0.37, 0}},
    {"u8_to_f32", {NONE}, {NONE}, {0.37, 0}},
    {"i16_to_f32", {NONE}, {NONE}, {0.37, 0}},
    {"i32_to_f32", {NONE}, {NONE}, {0.37, 0}},
    {"f16_to_f32", {NONE}, {NONE}, S_NONE},
    {"bf16_to_f32", {NONE}, {NONE}, S_NONE},
    /* complex: the domain of every part */
    {"cmul", {SYM(1e18), SYM(1e18)}, {NONE}, S_NONE},
    {"cmulconj", {SYM(1e18), SYM(1e18)}, {NONE}, S_NONE},
    {"cscale", {SYM(1e18)}, {NONE}, {1.5, -0.5}},
    {"cabs", {SYM(1.7e38)}, {NONE}, S_NONE},
    {"cabs2", {SYM(1e18)}, {NONE}, S_NONE},
    {"cdot", {SYM(1e15), SYM(1e15)}, {NONE}, S_NONE},
    {"cdotc", {SYM(1e15), SYM(1e15)}, {NONE}, S_NONE},
};

static uint64_t rng_state = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static double uniform(void)
{
    return (double)(next() >> 11) * 0x1p-53;
}

/* A value of d for a type whose largest finite value is top and smallest
 * subnormal tiny: the sign first, then the magnitude. */
static double draw(domain d, double top, double tiny)
{
    int neg = d.neg > 0 && (d.max <= 0 || (next() & 1));
    if (d.min == 0 && (next() & 15) == 0)
        return neg ? -0.0 : 0.0;
    double hi = fmin(neg ? d.neg : d.max, top), lo = fmax(d.min, tiny);
    if (hi <= lo)
        return neg ? -hi : hi;
    double v = exp2(log2(lo) + (log2(hi) - log2(lo)) * uniform());
    v = fmin(fmax(v, lo), hi);
    return neg ? -v : v;
}

static const rule *rule_of(const char *name)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        size_t len = strlen(rules[i].name);
        if (strncmp(name, rules[i].name, len) == 0 &&
            (name[len] == '\0' || (name[len] == '_' && strchr(name + len + 1, '_') == NULL)))
            return &rules[i];
    }
    return NULL;
}

/* n elements of type t for input k of op under rule r */
static void fill(const vmath_op *op, const rule *r, vmath_type t, int k, void *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t b = next();
        switch (t) {
        case VMATH_T_F32: ((float *)p)[i] = (float)draw(r->d32[k], FLT_MAX, 0x1p-149); break;
        case VMATH_T_F64: ((double *)p)[i] = draw(r->d64[k], DBL_MAX, 0x1p-1074); break;
        case VMATH_T_CF32:
            ((float *)p)[2 * i] = (float)draw(r->d32[k], FLT_MAX, 0x1p-149);
            ((float *)p)[2 * i + 1] = (float)draw(r->d32[k], FLT_MAX, 0x1p-149);
            break;
        /* any finite value: exponent field not all ones */
        case VMATH_T_F16: ((uint16_t *)p)[i] = (uint16_t)((b & 0x8000) | (b % 0x7c00)); break;
        case VMATH_T_BF16: ((uint16_t *)p)[i] = (uint16_t)((b & 0x8000) | (b % 0x7f80)); break;
        case VMATH_T_I8:
        case VMATH_T_U8: ((uint8_t *)p)[i] = (uint8_t)b; break;
        case VMATH_T_I16: ((uint16_t *)p)[i] = (uint16_t)b; break;
        case VMATH_T_I32: ((uint32_t *)p)[i] = (uint32_t)b; break;
        }
    }
    (void)op;
}

static const char *flag_names(int f)
{
    static char s[64];
    snprintf(s, sizeof s, "%s%s%s", f & FE_INVALID ? " FE_INVALID" : "", f & FE_DIVBYZERO ? " FE_DIVBYZERO" : "",
             f & FE_OVERFLOW ? " FE_OVERFLOW" : "");
    return s;
}

enum { NMAX = 1000 };
static const size_t sizes[] = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, NMAX};

/* Runs op's kernel of isa on the sizes, several draws each; returns the
 * number of failing calls (each reported with the element that raises the
 * flag alone, if one does). */
static int check_op(const vmath_op *op, vmath_isa isa)
{
    const rule *r = rule_of(op->name);
    if (r == NULL) {
        printf("no input domain for %s\n", op->name);
        return 1;
    }
    vmath_shape_info sh = vmath_shape_of(op->shape);
    vmath_type tin = (op->shape == VMATH_SHAPE_CVT || op->shape == VMATH_SHAPE_CVT_S) ? op->in : op->type;
    size_t es_in = vmath_type_size(tin);
    static double in_store[3][NMAX * 2], out[NMAX * 2];
    void *in[3] = {in_store[0], in_store[1], in_store[2]};
    vmath_fn fn = vmath_op_kernel(vmath_kernels_of(isa), op);
    int bad = 0;
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0] && !bad; si++) {
        size_t n = sizes[si];
        for (int rep = 0; rep < 8 && !bad; rep++) {
            for (int k = 0; k < sh.n_in; k++)
                fill(op, r, tin, k < 2 ? k : 0, in[k], n);
            if (sh.inout)  /* axpy: y starts as input 1's values */
                memcpy(out, in[sh.n_in - 1], n * es_in);
            feclearexcept(FE_ALL_EXCEPT);
            vmath_op_call(op, fn, out, in, r->s, n);
            int f = fetestexcept(TRAPS);
            if (!f)
                continue;
            bad = 1;
            /* the element that raises it alone, if any */
            size_t culprit = SIZE_MAX;
            for (size_t i = 0; i < n && culprit == SIZE_MAX; i++) {
                void *one[3];
                for (int k = 0; k < sh.n_in; k++)
                    one[k] = (unsigned char *)in[k] + i * es_in;
                if (sh.inout)
                    memcpy(out, one[sh.n_in - 1], es_in);
                feclearexcept(FE_ALL_EXCEPT);
                vmath_op_call(op, fn, out, one, r->s, 1);
                if (fetestexcept(TRAPS))
                    culprit = i;
            }
            printf("%s under %s raised%s at n=%zu", op->name, vmath_isa_name(isa), flag_names(f), n);
            if (culprit == SIZE_MAX) {
                printf(" (no element alone does: the tail or the mix)\n");
            } else {
                printf(" (element %zu alone:", culprit);
                for (int k = 0; k < sh.n_in; k++) {
                    const unsigned char *p = (const unsigned char *)in[k] + culprit * es_in;
                    if (tin == VMATH_T_F32)
                        printf(" %a", (double)*(const float *)p);
                    else if (tin == VMATH_T_F64)
                        printf(" %a", *(const double *)p);
                    else if (tin == VMATH_T_CF32)
                        printf(" (%a, %a)", (double)((const float *)p)[0], (double)((const float *)p)[1]);
                }
                printf(")\n");
            }
        }
    }
    return bad;
}

/* sincos, outside the op table: sin's domain */
static int check_sincos(vmath_isa isa)
{
    vmath_isa before = vmath_isa_active();
    if (vmath_isa_set(isa) != 0)
        return 0;
    static float xf[NMAX], sf[NMAX], cf[NMAX];
    static double xd[NMAX], sd[NMAX], cd[NMAX];
    domain d32 = TRIGF32, d64 = ANY;  /* as sin's */
    int bad = 0;
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        size_t n = sizes[si];
        for (size_t i = 0; i < n; i++) {
            xf[i] = (float)draw(d32, FLT_MAX, 0x1p-149);
            xd[i] = draw(d64, DBL_MAX, 0x1p-1074);
        }
        feclearexcept(FE_ALL_EXCEPT);
        vmath_sincos_f32(sf, cf, xf, n);
        int f = fetestexcept(TRAPS);
        feclearexcept(FE_ALL_EXCEPT);
        vmath_sincos_f64(sd, cd, xd, n);
        int g = fetestexcept(TRAPS);
        if (f || g) {
            printf("sincos_%s under %s raised%s at n=%zu\n", f ? "f32" : "f64", vmath_isa_name(isa), flag_names(f | g),
                   n);
            bad = 1;
            break;
        }
    }
    vmath_isa_set(before);
    return bad;
}

static void test_no_trapping_flags(void **state)
{
    (void)state;
    int bad = 0, checked = 0;
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        if (!vmath_isa_available((vmath_isa)isa))
            continue;
        for (size_t i = 0; i < vmath_op_count; i++) {
            bad += check_op(&vmath_ops[i], (vmath_isa)isa);
            checked++;
        }
        bad += check_sincos((vmath_isa)isa);
        checked += 2;
    }
    printf("%d kernels checked, %d raised a trapping flag\n", checked, bad);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_no_trapping_flags)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
