/* checkasm-style checks of one kernel against the scalar reference; see
 * check.h. No test framework here: the cmocka tests (harness.c) and
 * `vmath verify` both call it. */
#define _GNU_SOURCE
#include "check.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ------------------------------------------------------------------------ */
/* Random numbers and input values                                           */
/* ------------------------------------------------------------------------ */

typedef struct rng {
    uint64_t s;
} rng;

static float vm_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static uint64_t next(rng *r)
{
    /* splitmix64: any seed, including 0, gives a good stream */
    uint64_t z = (r->s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static double uniform(rng *r)
{
    return (double)(next(r) >> 11) * 0x1p-53;
}

uint64_t vt_seed(void)
{
    static uint64_t seed;
    static int done;
    if (!done) {
        const char *e = getenv("VMATH_TEST_SEED");
        seed = e ? strtoull(e, NULL, 0) : 0x7615eed;
        done = 1;
    }
    return seed;
}

static const float specials_f32[] = {
    0.0f, -0.0f, INFINITY, -INFINITY, NAN, -NAN, 1.0f, -1.0f, 0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f,
    FLT_MIN, -FLT_MIN, 0x1p-149f, -0x1p-149f, 0x1.fffffcp-127f, -0x1.fffffcp-127f, FLT_MAX, -FLT_MAX,
    0x1.fffffep22f, 8388608.5f, -8388607.5f, 0x1p23f, 0x1p24f, 1e30f, -1e-30f, 3.0f, 0.1f,
};
static const double specials_f64[] = {
    0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5,
    DBL_MIN, -DBL_MIN, 0x1p-1074, -0x1p-1074, 0x1.ffffffffffffep-1023, -0x1.ffffffffffffep-1023,
    DBL_MAX, -DBL_MAX, 0x1.fffffffffffffp51, 4503599627370495.5, -4503599627370495.5, 0x1p52, 0x1p53,
    1e300, -1e-300, 3.0, 0.1,
};
#define N_SPECIALS_F32 (sizeof specials_f32 / sizeof specials_f32[0])
#define N_SPECIALS_F64 (sizeof specials_f64 / sizeof specials_f64[0])

/* One input value: a special, a random bit pattern (any exponent, NaNs and
 * subnormals included), a number in [-1000, 1000], or a multiple of 1/4
 * (rounding ties). */
static float value_f32(rng *r)
{
    uint64_t k = next(r);
    switch (k % 8) {
    case 0: return specials_f32[(k >> 8) % N_SPECIALS_F32];
    case 1:
    case 2: {
        uint32_t bits = (uint32_t)(k >> 32);
        float f;
        memcpy(&f, &bits, 4);
        return f;
    }
    case 3: return (float)((int64_t)(k >> 40) - (1 << 23)) * 0.25f;
    default: return (float)(uniform(r) * 2000.0 - 1000.0);
    }
}

static double value_f64(rng *r)
{
    uint64_t k = next(r);
    switch (k % 8) {
    case 0: return specials_f64[(k >> 8) % N_SPECIALS_F64];
    case 1:
    case 2: {
        uint64_t bits = next(r);
        double d;
        memcpy(&d, &bits, 8);
        return d;
    }
    case 3: return (double)((int64_t)(k >> 10) - ((int64_t)1 << 53)) * 0.25;
    default: return uniform(r) * 2000.0 - 1000.0;
    }
}

/* f32 inputs of conversions: also the integer ranges' edges and ties, and
 * f16/bf16 rounding ties and their neighbours. */
static const float edges_cvt_f32[] = {
    127.5f, 128.0f, -128.5f, -129.0f, 126.5f, -127.5f, 255.5f, 256.0f, 254.5f, -0.5f, 0.49999997f,
    32767.5f, 32768.0f, -32768.5f, -32769.0f, 32766.5f, 0x1.fffffep30f, 0x1p31f, -0x1p31f, -0x1.000002p31f,
    65504.0f, 65519.996f, 65520.0f, 0x1p-24f, 0x1p-25f, 0x1.000002p-25f, 0x1.8p-24f, 0x1p-14f, 0x1.ffcp-15f,
    0x1.ffep-15f, 0x1p-149f, 0x1.fffffcp-127f, 0x1.fffep127f, 0x1.ffffp127f,
};
#define N_EDGES_CVT_F32 (sizeof edges_cvt_f32 / sizeof edges_cvt_f32[0])

static float value_f32_cvt(rng *r)
{
    uint64_t k = next(r);
    uint32_t bits = (uint32_t)(k >> 32);
    switch (k % 8) {
    case 0: return (k & 0x80) ? -edges_cvt_f32[(k >> 8) % N_EDGES_CVT_F32] : edges_cvt_f32[(k >> 8) % N_EDGES_CVT_F32];
    case 1: {
        /* an f16 tie (low 13 bits 0x1000) or a neighbour of one, in f16's range */
        uint32_t e = 102 + (uint32_t)((k >> 8) % 42);  /* 2^-25 .. 2^16 */
        bits = (bits & 0x807fe000u) | (e << 23) | (0x1000u + (uint32_t)((k >> 20) % 3) - 1);
        return vm_bits(bits);
    }
    case 2:  /* a bf16 tie or a neighbour of one, any exponent */
        return vm_bits((bits & 0xffff0000u) | (0x8000u + (uint32_t)((k >> 20) % 3) - 1));
    default: return value_f32(r);
    }
}

static const uint16_t specials_f16[] = {
    0x0000, 0x8000, 0x7c00, 0xfc00, 0x7e00, 0xfe00, 0x7c01, 0x7dff, 0x3c00, 0xbc00, 0x7bff,
    0xfbff, 0x0400, 0x8400, 0x0001, 0x8001, 0x03ff, 0x83ff, 0x3555, 0x3800,
};
static const uint16_t specials_bf16[] = {
    0x0000, 0x8000, 0x7f80, 0xff80, 0x7fc0, 0xffc0, 0x7f81, 0xff81, 0x3f80, 0xbf80, 0x7f7f,
    0xff7f, 0x0080, 0x8080, 0x0001, 0x8001, 0x007f, 0x807f, 0x3f81,
};
static const int64_t specials_int[] = {
    0, 1, -1, 2, 127, -128, 126, -127, 255, 254, 32767, -32768, 32766, -32767, 65535,
    INT32_MAX, INT32_MIN, INT32_MAX - 1, INT32_MIN + 1, 16777217, -16777217, 16777219, 33554435,
};
#define N_SPECIALS_F16 (sizeof specials_f16 / sizeof specials_f16[0])
#define N_SPECIALS_BF16 (sizeof specials_bf16 / sizeof specials_bf16[0])
#define N_SPECIALS_INT (sizeof specials_int / sizeof specials_int[0])

/* Inputs of the complex dot products: finite and moderate (|v| < 2^40, so
 * no partial sum overflows and the error bound is meaningful), with zeros,
 * subnormals and ties. test_complex.c covers NaN and Inf in dot products. */
static float value_f32_moderate(rng *r)
{
    float v = value_f32(r);
    if (!isfinite(v) || fabsf(v) >= 0x1p40f)
        v = (float)(uniform(r) * 2.0 - 1.0) * 0x1p39f;
    return v;
}

/* Fills an input array of element type t for operation op. */
static void fill(rng *r, const vmath_op *op, vmath_type t, void *p, size_t n)
{
    int cvt = op->shape == VMATH_SHAPE_CVT || op->shape == VMATH_SHAPE_CVT_S;
    for (size_t i = 0; i < n; i++) {
        uint64_t k = next(r);
        int64_t iv = (k & 1) ? (int64_t)(k >> 32) - (int64_t)(k & 0x1e) : specials_int[(k >> 8) % N_SPECIALS_INT];
        uint16_t hv = (uint16_t)(k >> 40);
        switch (t) {
        case VMATH_T_F32: ((float *)p)[i] = cvt ? value_f32_cvt(r) : value_f32(r); break;
        case VMATH_T_F64: ((double *)p)[i] = value_f64(r); break;
        case VMATH_T_F16: ((uint16_t *)p)[i] = (k & 1) ? hv : specials_f16[(k >> 8) % N_SPECIALS_F16]; break;
        case VMATH_T_BF16: ((uint16_t *)p)[i] = (k & 1) ? hv : specials_bf16[(k >> 8) % N_SPECIALS_BF16]; break;
        case VMATH_T_I8: ((int8_t *)p)[i] = (int8_t)(uint8_t)iv; break;
        case VMATH_T_U8: ((uint8_t *)p)[i] = (uint8_t)iv; break;
        case VMATH_T_I16: ((int16_t *)p)[i] = (int16_t)(uint16_t)iv; break;
        case VMATH_T_I32: ((int32_t *)p)[i] = (int32_t)(uint32_t)iv; break;
        case VMATH_T_CF32:
            for (int j = 0; j < 2; j++)
                ((float *)p)[2 * i + j] = op->shape == VMATH_SHAPE_CDOT ? value_f32_moderate(r) : value_f32(r);
            break;
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Shapes: how many arrays and scalars an operation takes, and how to call it */
/* ------------------------------------------------------------------------ */

/* Scalar parameters: specials as often as ordinary values. Scales of
 * conversions are 1 half the time, so the integer ranges' edges in the
 * input (edges_cvt_f32) land on the edges. */
static void pick_scalars(rng *r, const vmath_op *op, double s[2])
{
    vmath_type t = op->type == VMATH_T_F64 ? VMATH_T_F64 : VMATH_T_F32;
    if (op->shape == VMATH_SHAPE_CVT_S && next(r) % 2) {
        s[0] = s[1] = 1.0;
        return;
    }
    for (int i = 0; i < 2; i++) {
        if (next(r) % 2)
            s[i] = t == VMATH_T_F32 ? specials_f32[next(r) % N_SPECIALS_F32] : specials_f64[next(r) % N_SPECIALS_F64];
        else
            s[i] = uniform(r) * 20.0 - 10.0;
    }
}

/* ------------------------------------------------------------------------ */
/* Comparison and failure reports                                            */
/* ------------------------------------------------------------------------ */

typedef struct ctx {
    const vmath_op *op;
    vmath_isa isa;
    vmath_fn fn, ref;
    vmath_shape_info sh;
    vmath_type tin, tout;   /* element types of the input arrays and the output */
    size_t es_in, es_out;   /* their sizes in bytes */
    size_t unit;            /* the smaller size: start offsets step by this many bytes */
    int no_in_place;        /* element sizes differ, or there is no output array */
    int reduce;             /* a reduction: returns a value, no output array */
    uint64_t seed;  /* of the current case */
    size_t n_cur;   /* n of the current case */
    int failed;
    char *msg;      /* the first failure, for the caller */
    size_t msg_len;
    double (*oracle)(double);  /* set: accept results within 1 ULP of it (see oracle_of) */
    double (*oracle2)(double, double);  /* the same for binary functions */
    long double (*oracle_d)(long double); /* f64 results: within 1 ULP of it (see oracle_of) */
    long double (*oracle2_d)(long double, long double); /* the same for binary functions */
} ctx;

static void describe(vmath_type t, char *buf, size_t len, const void *p, size_t i)
{
    switch (t) {
    case VMATH_T_F32: {
        float f = ((const float *)p)[i];
        uint32_t b;
        memcpy(&b, &f, 4);
        snprintf(buf, len, "%a (0x%08" PRIx32 ")", (double)f, b);
        break;
    }
    case VMATH_T_F64: {
        double d = ((const double *)p)[i];
        uint64_t b;
        memcpy(&b, &d, 8);
        snprintf(buf, len, "%a (0x%016" PRIx64 ")", d, b);
        break;
    }
    case VMATH_T_F16:
    case VMATH_T_BF16: snprintf(buf, len, "0x%04x", ((const uint16_t *)p)[i]); break;
    case VMATH_T_I8: snprintf(buf, len, "%d", ((const int8_t *)p)[i]); break;
    case VMATH_T_U8: snprintf(buf, len, "%u", ((const uint8_t *)p)[i]); break;
    case VMATH_T_I16: snprintf(buf, len, "%d", ((const int16_t *)p)[i]); break;
    case VMATH_T_I32: snprintf(buf, len, "%" PRId32, ((const int32_t *)p)[i]); break;
    case VMATH_T_CF32: {
        const float *f = (const float *)p + 2 * i;
        uint32_t b[2];
        memcpy(b, f, 8);
        snprintf(buf, len, "%a%+ai (0x%08" PRIx32 " 0x%08" PRIx32 ")", (double)f[0], (double)f[1], b[0], b[1]);
        break;
    }
    }
}

static int same_f32(float g, float w)
{
    return (isnan(g) && isnan(w)) || memcmp(&g, &w, 4) == 0;
}

/* Same bits, or both NaN (NaN payloads are not part of the contract). */
static int same(vmath_type t, const void *got, const void *want, size_t i)
{
    switch (t) {
    case VMATH_T_F32: return same_f32(((const float *)got)[i], ((const float *)want)[i]);
    case VMATH_T_F64: {
        double g = ((const double *)got)[i], w = ((const double *)want)[i];
        return (isnan(g) && isnan(w)) || memcmp(&g, &w, 8) == 0;
    }
    case VMATH_T_F16:
    case VMATH_T_BF16: {
        uint16_t g = ((const uint16_t *)got)[i], w = ((const uint16_t *)want)[i];
        uint16_t inf = t == VMATH_T_F16 ? 0x7c00 : 0x7f80;  /* NaN: exponent all ones, mantissa not 0 */
        return g == w || ((g & 0x7fff) > inf && (w & 0x7fff) > inf);
    }
    case VMATH_T_CF32:
        return same_f32(((const float *)got)[2 * i], ((const float *)want)[2 * i]) &&
               same_f32(((const float *)got)[2 * i + 1], ((const float *)want)[2 * i + 1]);
    default: {
        size_t es = vmath_type_size(t);
        return memcmp((const char *)got + i * es, (const char *)want + i * es, es) == 0;
    }
    }
}

/* Records the first failure of a check; later ones are dropped. */
__attribute__((format(printf, 2, 3))) static void fail_msg(ctx *c, const char *fmt, ...)
{
    if (c->failed++)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->msg, c->msg_len, fmt, ap);
    va_end(ap);
}

static void report(ctx *c, const char *what, size_t n, size_t offset, size_t i, void *const in[3],
                   const double s[2], const void *got, const void *want)
{
    char g[96], w[96], x[3][96] = {"", "", ""};
    describe(c->tout, g, sizeof g, got, i);
    describe(c->tout, w, sizeof w, want, i);
    for (int k = 0; k < c->sh.n_in && k < 3; k++)
        if (in[k] && i < c->n_cur)
            describe(c->tin, x[k], sizeof x[k], in[k], i);
    fail_msg(c, "%s %s (%s): n=%zu offset=%zu index=%zu seed=0x%" PRIx64 "\n"
                "    got %s, want %s\n    inputs: %s %s %s scalars: %a %a",
             c->op->name, vmath_isa_name(c->isa), what, n, offset, i, c->seed, g, w, x[0], x[1], x[2], s[0], s[1]);
}

/* -0: where the contract wants +0 (a zero sum, dot or cdot component) */
static int neg_zero(double x)
{
    return x == 0 && signbit(x);
}

/* Complex dot products are not bit-exact across ISAs: each component must
 * meet the reduction bound |got - exact| <= (2 log2(n) + 64) 2^-24 sum|terms|
 * against a sum in long double (products of floats are exact there), and
 * a zero component is +0 (include/vmath.h). */
static int dot_within_bound(const ctx *c, size_t n, void *const in[3], const void *got)
{
    const float *x = in[0], *y = in[1];
    float conj = strcmp(c->op->name, "cdotc_cf32") == 0 ? -1.0f : 1.0f;
    long double re = 0, im = 0, are = 0, aim = 0;
    for (size_t i = 0; i < n; i++) {
        long double xr = x[2 * i], xi = conj * x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
        re += xr * yr - xi * yi;
        im += xr * yi + xi * yr;
        are += fabsl(xr * yr) + fabsl(xi * yi);
        aim += fabsl(xr * yi) + fabsl(xi * yr);
    }
    long double k = (2 * log2l(n > 1 ? (long double)n : 1.0L) + 64) * 0x1p-24L;
    const float *g = got;
    return isfinite(g[0]) && isfinite(g[1]) && fabsl(g[0] - re) <= k * are && fabsl(g[1] - im) <= k * aim &&
           !neg_zero(g[0]) && !neg_zero(g[1]);
}

/* ULP mode, for math functions on an ISA that may round differently from
 * the scalar kernel (oracle_of): got is within 1 ULP of the oracle's value
 * want, measured in units of the binade of want in a format of `prec` bits
 * and least exponent `emin` (f32: 2^-149 for subnormal results, f64:
 * 2^-1074); an infinite result only where want rounds to it (want_r), and
 * an exact zero (Annex F's signed zeros: sin(-0), log(1), atan2(-0, 1))
 * only as the same zero. */
static int within_1ulp_of(long double got, long double want, long double want_r, int prec, int emin)
{
    if (isnan(want) || isnan(got))
        return isnan(want) && isnan(got);
    if (isinf(got) || isinf(want))
        return want_r == got;
    if (want == 0)
        return got == 0 && signbit(got) == signbit(want);
    int e;
    frexpl(want, &e);
    long double ulp = ldexpl(1.0L, (e - 1 < emin ? emin : e - 1) - (prec - 1));
    return fabsl(got - want) <= ulp;
}
/* f32 results against an f64 oracle; f64 results against a long double
 * one (within 2^-63 relative: x87 expl, logl) */
static int within_1ulp(float got, double want)
{
    return within_1ulp_of(got, want, (float)want, 24, -126);
}
static int within_1ulp_d(double got, long double want)
{
    return within_1ulp_of(got, want, (double)want, 53, -1022);
}

static void compare(ctx *c, const char *what, size_t n, size_t offset, void *const in[3], const double s[2],
                    const void *got, const void *want)
{
    if (c->op->shape == VMATH_SHAPE_CDOT) {
        if (!dot_within_bound(c, c->n_cur, in, got))
            report(c, what, c->n_cur, offset, 0, in, s, got, want);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (c->oracle && within_1ulp(((const float *)got)[i], c->oracle(((const float *)in[0])[i])))
            continue;
        if (c->oracle_d && within_1ulp_d(((const double *)got)[i], c->oracle_d(((const double *)in[0])[i])))
            continue;
        if (c->oracle2_d && within_1ulp_d(((const double *)got)[i],
                                          c->oracle2_d(((const double *)in[0])[i], ((const double *)in[1])[i])))
            continue;
        if (c->oracle2 && within_1ulp(((const float *)got)[i],
                                      c->oracle2(((const float *)in[0])[i], ((const float *)in[1])[i])))
            continue;
        if (!same(c->tout, got, want, i)) {
            report(c, what, n, offset, i, in, s, got, want);
            return;
        }
    }
}

/* ------------------------------------------------------------------------ */
/* One case                                                                  */
/* ------------------------------------------------------------------------ */

#define MAX_LARGE 100003
#define PAD 64
#define CANARY 0xa5

/* Heap buffers for the ordinary runs: room for MAX_LARGE elements plus a
 * 64-byte line of slack in front (for the offset) and canaries around. */
typedef struct buffers {
    unsigned char *in[3], *out, *ref, *save[3];
} buffers;

static buffers bufs;

static void *xmalloc(size_t bytes)
{
    void *p = malloc(bytes);
    if (p == NULL) {
        fprintf(stderr, "vmath check: out of memory\n");
        abort();
    }
    return p;
}

static void buffers_init(void)
{
    size_t bytes = MAX_LARGE * sizeof(double) + 2 * PAD + 64;
    if (bufs.out)
        return;
    for (int k = 0; k < 3; k++) {
        bufs.in[k] = xmalloc(bytes);
        bufs.save[k] = xmalloc(bytes);
    }
    bufs.out = xmalloc(bytes);
    bufs.ref = xmalloc(bytes);
}

/* Array start for a given offset (in elements) after a 64-byte aligned PAD. */
static unsigned char *at(unsigned char *base, size_t offset, size_t es)
{
    uintptr_t p = ((uintptr_t)base + PAD + 63) & ~(uintptr_t)63;
    return (unsigned char *)p + offset * es;
}

/* Output elements: n, or 1 for a dot product's returned value. */
static size_t out_count(const ctx *c, size_t n)
{
    return c->op->shape == VMATH_SHAPE_CDOT ? 1 : n;
}

/* ------------------------------------------------------------------------ */
/* Reductions: no output array; the result is checked by the shape's rule   */
/* (include/vmath.h, "Reductions"): exact for the extremes, within the      */
/* contract's bound of an exact long double result for the sums and norm2.  */
/* ------------------------------------------------------------------------ */

static int is_reduction(vmath_shape s)
{
    return s == VMATH_SHAPE_R_V || s == VMATH_SHAPE_R_IDX || s == VMATH_SHAPE_R_SUM || s == VMATH_SHAPE_R_DOT ||
           s == VMATH_SHAPE_R_NORM2;
}

/* A reduction's result: a value (float results widened exactly) or an index. */
typedef struct reduce_result {
    double v;
    size_t idx;
} reduce_result;

static reduce_result call_reduce(const vmath_op *op, vmath_fn fn, void *const in[2], size_t n)
{
    reduce_result r = {0, 0};
    int f32 = op->type == VMATH_T_F32;
    switch (op->shape) {
    case VMATH_SHAPE_R_V:
    case VMATH_SHAPE_R_SUM:
    case VMATH_SHAPE_R_NORM2:
        r.v = f32 ? ((vm_f32_r_v)fn)(in[0], n) : ((vm_f64_r_v)fn)(in[0], n);
        break;
    case VMATH_SHAPE_R_DOT:
        r.v = f32 ? ((vm_f32_r_vv)fn)(in[0], in[1], n) : ((vm_f64_r_vv)fn)(in[0], in[1], n);
        break;
    case VMATH_SHAPE_R_IDX:
        r.idx = f32 ? ((vm_f32_r_idx)fn)(in[0], n) : ((vm_f64_r_idx)fn)(in[0], n);
        break;
    default: break;
    }
    return r;
}

/* Inputs for reductions. The elementwise mix (a NaN every hundred elements
 * or so, huge values everywhere) would make nearly every large case end in
 * NaN or overflow, so each case picks one mix:
 *   0 anything (value_T)      1 anything but NaN
 *   2 finite, wide exponents that neither overflow nor underflow a dot
 *   3 small integers and -0 (exact sums, many ties)
 *   4 all equal, sometimes with one odd element (first index wins)
 *   5 zeros of both signs and one-signed integers (zero extremes) */
static double reduce_value(rng *r, vmath_type t, int mix, double same)
{
    int f32 = t == VMATH_T_F32;
    double v;
    switch (mix) {
    case 0: return f32 ? value_f32(r) : value_f64(r);
    case 1:
        do
            v = f32 ? value_f32(r) : value_f64(r);
        while (isnan(v));
        return v;
    case 2: {
        int e = (int)(next(r) % 61) - 30;
        v = ldexp(1.0 + uniform(r), f32 ? e : e * 6);
        return next(r) % 2 ? -v : v;
    }
    case 3: {
        int k = (int)(next(r) % 8) - 4;
        return k == -4 ? -0.0 : k;
    }
    case 4: return same;
    default: {
        uint64_t k = next(r);
        static const double set[4] = {0.0, -0.0, 1.0, 2.0};
        v = set[k % 4];
        return (k >> 8) % 2 ? -v : v;  /* (signs mixed per element: zeros of both signs) */
    }
    }
}

static void fill_reduce(rng *r, vmath_type t, void *p, size_t n, int mix)
{
    double same = t == VMATH_T_F32 ? value_f32(r) : value_f64(r);
    for (size_t i = 0; i < n; i++) {
        double v = reduce_value(r, t, mix, same);
        if (t == VMATH_T_F32)
            ((float *)p)[i] = (float)v;
        else
            ((double *)p)[i] = v;
    }
    if (mix == 4 && n > 0 && next(r) % 2) {
        size_t i = next(r) % n;
        if (t == VMATH_T_F32)
            ((float *)p)[i] = value_f32(r);
        else
            ((double *)p)[i] = value_f64(r);
    }
}

static long double elem(vmath_type t, const void *p, size_t i)
{
    return t == VMATH_T_F32 ? (long double)((const float *)p)[i] : (long double)((const double *)p)[i];
}

long double vt_norm2_exact(vmath_type t, const void *x, size_t n)
{
    long double m = 0, s = 0;
    for (size_t i = 0; i < n; i++)
        m = fmaxl(m, fabsl(elem(t, x, i)));
    if (m == 0)
        return 0;
    int e;
    frexpl(m, &e);
    for (size_t i = 0; i < n; i++) {
        long double v = ldexpl(elem(t, x, i), -e);
        s += v * v;
    }
    return ldexpl(sqrtl(s), e);
}

/* An exact sum in long double (Neumaier's compensation): exact for float
 * data, and within 2^-64 relative of each double product, far below the
 * bound under test. */
typedef struct exact_sum {
    long double sum, abs_sum;  /* over the finite terms */
    int nan, pinf, ninf;
} exact_sum;

static exact_sum sum_exactly(vmath_type t, const void *a, const void *b, size_t n)
{
    exact_sum e = {0, 0, 0, 0, 0};
    long double comp = 0;
    for (size_t i = 0; i < n; i++) {
        long double x = elem(t, a, i);
        if (b)
            x *= elem(t, b, i);
        if (isnan(x)) {
            e.nan = 1;
        } else if (isinf(x)) {
            if (x > 0)
                e.pinf = 1;
            else
                e.ninf = 1;
        } else {
            long double s = e.sum + x;
            comp += fabsl(e.sum) >= fabsl(x) ? (e.sum - s) + x : (x - s) + e.sum;
            e.sum = s;
            e.abs_sum += fabsl(x);
        }
    }
    e.sum += comp;
    return e;
}

static double log2n(size_t n)
{
    return n > 1 ? log2((double)n) : 0;
}

/* Sums and dot: NaN/Inf as IEEE; otherwise within
 * (2 log2(n) + 64) u sum|terms| (+ 2n * 2^-150 or 2^-1075 for dot), and a
 * zero result is +0. Near overflow the result may also be +-Inf or NaN
 * (documented), but a finite one still meets the bound. Returns whether
 * got is right; `why` says what was wanted. */
static int sum_ok(const ctx *c, double got, const void *a, const void *b, size_t n, char *why, size_t why_len)
{
    int f32 = c->op->type == VMATH_T_F32;
    exact_sum e = sum_exactly(c->op->type, a, b, n);
    long double max = f32 ? FLT_MAX : DBL_MAX;
    if (e.nan || (e.pinf && e.ninf)) {
        snprintf(why, why_len, "want NaN");
        return isnan(got);
    }
    if (e.abs_sum > max / 2 && !isfinite(got))
        return 1;  /* intermediate overflow is allowed */
    if (e.pinf || e.ninf) {
        snprintf(why, why_len, "want %cInf", e.pinf ? '+' : '-');
        return isinf(got) && (got > 0) == e.pinf;
    }
    long double u = f32 ? 0x1p-24L : 0x1p-53L;
    long double bound = (2 * log2n(n) + 64) * u * e.abs_sum;
    if (b)
        bound += 2.0L * n * (f32 ? 0x1p-150L : VT_HALF_DENORM_F64);
    long double err = fabsl((long double)got - e.sum);
    snprintf(why, why_len, "want %La within %La (sum|terms| %La), error %La; a zero as +0", e.sum, bound, e.abs_sum, err);
    return err <= bound && !neg_zero(got);
}

/* norm2: +Inf if any Inf, else NaN if any NaN; f32 faithfully rounded,
 * f64 within (log2(n) + 32) 2^-53 relative + 2^-1075. */
static int norm2_ok(const ctx *c, double got, const void *x, size_t n, char *why, size_t why_len)
{
    int f32 = c->op->type == VMATH_T_F32, inf = 0, nan = 0;
    for (size_t i = 0; i < n; i++) {
        long double v = elem(c->op->type, x, i);
        inf |= isinf(v);
        nan |= isnan(v);
    }
    if (inf) {
        snprintf(why, why_len, "want +Inf");
        return isinf(got) && got > 0;
    }
    if (nan) {
        snprintf(why, why_len, "want NaN");
        return isnan(got);
    }
    long double exact = vt_norm2_exact(c->op->type, x, n);
    if (f32) {
        float w = (float)exact, lo = w, hi = w;
        if ((long double)w < exact)
            hi = nextafterf(w, INFINITY);
        else if ((long double)w > exact)
            lo = nextafterf(w, 0);
        snprintf(why, why_len, "want %La faithfully rounded: %a or %a", exact, (double)lo, (double)hi);
        return got == lo || got == hi;
    }
    long double bound = (log2n(n) + 32) * 0x1p-53L * exact + VT_HALF_DENORM_F64;
    snprintf(why, why_len, "want %La within %La", exact, bound);
    if (isinf(got) && exact + bound > DBL_MAX)
        return 1;
    return fabsl((long double)got - exact) <= bound;
}

static void run_reduction(ctx *c, const char *what, size_t n, size_t offset, void *const in[2])
{
    rng r = {c->seed};
    int mix = (int)(next(&r) % 6);
    size_t bytes = n * c->es_in;
    for (int k = 0; k < c->sh.n_in; k++) {
        fill_reduce(&r, c->op->type, in[k], n, mix);
        memcpy(bufs.save[k], in[k], bytes);
    }
    reduce_result want = call_reduce(c->op, c->ref, in, n);
    reduce_result got = call_reduce(c->op, c->fn, in, n);

    char why[256] = "";
    int ok = 1;
    switch (c->op->shape) {
    case VMATH_SHAPE_R_IDX:
        ok = got.idx == want.idx;
        snprintf(why, sizeof why, "got index %zu, want %zu", got.idx, want.idx);
        break;
    case VMATH_SHAPE_R_V:
        ok = (isnan(got.v) && isnan(want.v)) || memcmp(&got.v, &want.v, sizeof got.v) == 0;
        snprintf(why, sizeof why, "got %a, want %a", got.v, want.v);
        break;
    case VMATH_SHAPE_R_SUM:
    case VMATH_SHAPE_R_DOT:
    case VMATH_SHAPE_R_NORM2: {
        char w[200];
        ok = c->op->shape == VMATH_SHAPE_R_NORM2 ? norm2_ok(c, got.v, in[0], n, w, sizeof w)
                                                 : sum_ok(c, got.v, in[0], c->sh.n_in > 1 ? in[1] : NULL, n, w, sizeof w);
        snprintf(why, sizeof why, "got %a: %s", got.v, w);
        /* The entry point runs the very kernel it is compared with. */
        if (ok && c->fn == c->op->api && !(isnan(got.v) && isnan(want.v)) &&
            memcmp(&got.v, &want.v, sizeof got.v) != 0) {
            ok = 0;
            snprintf(why, sizeof why, "got %a, want the active kernel's %a", got.v, want.v);
        }
        break;
    }
    default: break;
    }
    if (!ok) {
        fail_msg(c, "%s %s (%s): n=%zu offset=%zu input mix %d seed=0x%" PRIx64 "\n    %s", c->op->name,
                 vmath_isa_name(c->isa), what, n, offset, mix, c->seed, why);
        return;
    }
    for (int k = 0; k < c->sh.n_in; k++) {
        if (memcmp(in[k], bufs.save[k], bytes) != 0) {
            fail_msg(c, "%s %s: modified input %d: n=%zu seed=0x%" PRIx64, c->op->name, vmath_isa_name(c->isa), k,
                     n, c->seed);
            return;
        }
    }
}

/* Out of place: inputs and output in separate buffers, canaries on both
 * sides of the output, inputs checked unchanged. */
static void run_out_of_place(ctx *c, size_t n, size_t offset)
{
    if (c->reduce) {
        void *in[2] = {at(bufs.in[0], offset, c->es_in), at(bufs.in[1], offset, c->es_in)};
        run_reduction(c, "out of place", n, offset, in);
        return;
    }
    rng r = {c->seed};
    size_t n_out = out_count(c, n), bytes_in = n * c->es_in, bytes = n_out * c->es_out;
    void *in[3] = {NULL, NULL, NULL};
    int n_arr = c->sh.n_in - c->sh.inout;  /* inputs passed as arguments */
    double s[2];
    c->n_cur = n;
    pick_scalars(&r, c->op, s);

    for (int k = 0; k < c->sh.n_in; k++) {
        in[k] = at(bufs.in[k], offset * c->unit / c->es_in, c->es_in);
        fill(&r, c->op, c->tin, in[k], n);
        memcpy(bufs.save[k], in[k], bytes_in);
    }
    size_t off_out = offset * c->unit / c->es_out;
    unsigned char *out = at(bufs.out, off_out, c->es_out), *ref = at(bufs.ref, off_out, c->es_out);
    memset(out - PAD, CANARY, bytes + 2 * PAD);
    if (c->sh.inout) {
        memcpy(out, in[c->sh.n_in - 1], bytes);
        memcpy(ref, in[c->sh.n_in - 1], bytes);
    }
    errno = 0; /* no function sets it (sqrt of a negative included) */
    vmath_op_call(c->op, c->ref, ref, in, s, n);
    vmath_op_call(c->op, c->fn, out, in, s, n);
    if (errno != 0) {
        fail_msg(c, "%s %s or its scalar reference set errno to %d: n=%zu seed=0x%" PRIx64, c->op->name,
                 vmath_isa_name(c->isa), errno, n, c->seed);
        return;
    }

    compare(c, "out of place", n_out, offset, in, s, out, ref);
    for (size_t i = 0; i < PAD; i++) {
        if (out[-1 - (ptrdiff_t)i] != CANARY || out[bytes + i] != CANARY) {
            fail_msg(c, "%s %s: wrote outside y[0..n-1]: n=%zu offset=%zu seed=0x%" PRIx64, c->op->name,
                     vmath_isa_name(c->isa), n, offset, c->seed);
            return;
        }
    }
    for (int k = 0; k < n_arr; k++) {
        if (memcmp(in[k], bufs.save[k], bytes_in) != 0) {
            fail_msg(c, "%s %s: modified input %d: n=%zu seed=0x%" PRIx64, c->op->name, vmath_isa_name(c->isa),
                     k, n, c->seed);
            return;
        }
    }
}

/* In place: the output is the very same pointer as input k. */
static void run_in_place(ctx *c, size_t n, size_t offset, int k)
{
    rng r = {c->seed};
    size_t es = c->es_out, bytes = n * es;  /* in place: input and output sizes are equal */
    void *in[3] = {NULL, NULL, NULL};
    double s[2];
    c->n_cur = n;
    pick_scalars(&r, c->op, s);
    for (int j = 0; j < c->sh.n_in; j++) {
        in[j] = at(bufs.in[j], offset, es);
        fill(&r, c->op, c->tin, in[j], n);
    }
    /* For an inout shape, aliasing input k with y also makes y's initial
     * value equal to input k. */
    if (c->sh.inout && k != c->sh.n_in - 1)
        memcpy(in[c->sh.n_in - 1], in[k], bytes);

    unsigned char *ref = at(bufs.ref, offset, es);
    if (c->sh.inout)
        memcpy(ref, in[c->sh.n_in - 1], bytes);
    vmath_op_call(c->op, c->ref, ref, in, s, n);

    /* the inputs as they were, for the report and the oracle */
    void *orig[3] = {NULL, NULL, NULL};
    for (int j = 0; j < c->sh.n_in; j++) {
        orig[j] = at(bufs.save[j], offset, es);
        memcpy(orig[j], in[j], bytes);
    }
    void *y = in[k];
    vmath_op_call(c->op, c->fn, y, in, s, n);
    char what[32];
    snprintf(what, sizeof what, "in place, y = input %d", k);
    compare(c, what, n, offset, orig, s, y, ref);
}

/* Guard pages: each array in its own mapping, flush against a PROT_NONE
 * page before it (at_end == 0) or after it (at_end == 1). Any access outside
 * [0, n) faults, even inside the same page. */
#define GUARD_MAX_ELEMS 4099
typedef struct arena {
    unsigned char *data;  /* first byte after the leading guard page */
    size_t size;          /* bytes between the guard pages */
} arena;
static arena arenas[4];

static void arenas_init(void)
{
    if (arenas[0].data)
        return;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = (GUARD_MAX_ELEMS * sizeof(double) + page - 1) / page * page;
    for (int k = 0; k < 4; k++) {
        unsigned char *m = mmap(NULL, size + 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED || mprotect(m, page, PROT_NONE) != 0 || mprotect(m + page + size, page, PROT_NONE) != 0) {
            fprintf(stderr, "vmath check: cannot map guard pages\n");
            abort();
        }
        arenas[k].data = m + page;
        arenas[k].size = size;
    }
}

static void run_guarded(ctx *c, size_t n, int at_end)
{
    if (c->reduce) {
        size_t bytes = n * c->es_in;
        void *in[2];
        for (int k = 0; k < 2; k++)
            in[k] = at_end ? arenas[k].data + arenas[k].size - bytes : arenas[k].data;
        run_reduction(c, at_end ? "guard page after" : "guard page before", n, 0, in);
        return;
    }
    rng r = {c->seed};
    size_t n_out = out_count(c, n), bytes_in = n * c->es_in, bytes = n_out * c->es_out;
    void *in[3] = {NULL, NULL, NULL};
    double s[2];
    c->n_cur = n;
    pick_scalars(&r, c->op, s);
    for (int k = 0; k < c->sh.n_in; k++) {
        in[k] = at_end ? arenas[k].data + arenas[k].size - bytes_in : arenas[k].data;
        fill(&r, c->op, c->tin, in[k], n);
    }
    unsigned char *y = at_end ? arenas[3].data + arenas[3].size - bytes : arenas[3].data;
    unsigned char *ref = at(bufs.ref, 0, c->es_out);
    if (c->sh.inout) {
        memcpy(y, in[c->sh.n_in - 1], bytes);
        memcpy(ref, in[c->sh.n_in - 1], bytes);
    }
    vmath_op_call(c->op, c->ref, ref, in, s, n);
    vmath_op_call(c->op, c->fn, y, in, s, n);
    compare(c, at_end ? "guard page after" : "guard page before", n_out, 0, in, s, y, ref);
}

/* ------------------------------------------------------------------------ */
/* The tests                                                                 */
/* ------------------------------------------------------------------------ */

/* Widest vector: 64 bytes (AVX-512). Every n up to 4 vectors + 1 of the
 * narrowest element type, so every unroll and tail path of every ISA runs. */
#define SMALL_MAX (4 * 64 / 4 + 1)
static const size_t large_n[] = {1000, 4099, MAX_LARGE};

static uint64_t case_seed(const ctx *c, size_t n, size_t offset, unsigned variant)
{
    rng r = {vt_seed() ^ ((uint64_t)(c->op - vmath_ops) << 48) ^ ((uint64_t)c->isa << 40) ^ ((uint64_t)n << 12) ^
             ((uint64_t)offset << 4) ^ variant};
    return next(&r);
}

/* Lone specials: every input ordinary (in [1, 2), where each math kernel
 * takes its fast path: kernels test whole vectors, one or two at a time,
 * and send a vector to a slower path when any lane needs it) but for one
 * special value at one position, each position of LONE_N (two steps of
 * two 16-lane vectors and a tail) and each input in turn, against the
 * reference: a lane's result must not depend on its neighbours. Each
 * position takes four specials, in turn across the positions, so every
 * special lands in lanes of every vector step. Random mixes (fill) reach
 * these cases only by chance. Float inputs, element-wise operations. */
#define LONE_N 67
static void run_lone_specials(ctx *c)
{
    if (c->reduce || (c->tin != VMATH_T_F32 && c->tin != VMATH_T_F64))
        return;
    int f64 = c->tin == VMATH_T_F64;
    size_t n_sp = f64 ? N_SPECIALS_F64 : N_SPECIALS_F32, n_out = out_count(c, LONE_N);
    double s[2] = {1.0, 1.0}; /* scalar parameters: ordinary too */
    void *in[3] = {NULL, NULL, NULL};
    unsigned char *out = at(bufs.out, 0, c->es_out), *ref = at(bufs.ref, 0, c->es_out);
    c->n_cur = LONE_N;
    for (int k = 0; k < c->sh.n_in && !c->failed; k++) {
        for (size_t pos = 0; pos < LONE_N && !c->failed; pos++) {
            for (size_t j = 0; j < 4 && !c->failed; j++) {
                rng r = {0x10e5 + pos};
                for (int a = 0; a < c->sh.n_in; a++) {
                    in[a] = at(bufs.in[a], 0, c->es_in);
                    for (size_t i = 0; i < LONE_N; i++) {
                        double v = 1.0 + uniform(&r);
                        if (f64)
                            ((double *)in[a])[i] = v;
                        else
                            ((float *)in[a])[i] = (float)v;
                    }
                }
                size_t sp = (pos + j * (n_sp / 4 + 1)) % n_sp;
                if (f64)
                    ((double *)in[k])[pos] = specials_f64[sp];
                else
                    ((float *)in[k])[pos] = specials_f32[sp];
                if (c->sh.inout) {
                    memcpy(out, in[c->sh.n_in - 1], n_out * c->es_out);
                    memcpy(ref, in[c->sh.n_in - 1], n_out * c->es_out);
                }
                c->seed = 0x10e5 + pos;
                vmath_op_call(c->op, c->ref, ref, in, s, LONE_N);
                vmath_op_call(c->op, c->fn, out, in, s, LONE_N);
                compare(c, "lone special", n_out, 0, in, s, out, ref);
            }
        }
    }
}

/* Every case for one size: all offsets out of place, in place on each
 * input, and against both guard pages when small enough. */
static void check_size(ctx *c, size_t n, size_t n_offsets)
{
    size_t lanes_per_line = 64 / c->unit;
    for (size_t off = 0; off < n_offsets && !c->failed; off++) {
        size_t o = n_offsets == lanes_per_line ? off : (off * 3) % lanes_per_line;
        c->seed = case_seed(c, n, o, 0);
        run_out_of_place(c, n, o);
    }
    for (int k = 0; k < c->sh.n_in && !c->failed && !c->no_in_place; k++) {
        c->seed = case_seed(c, n, 1, 1 + k);
        run_in_place(c, n, n % lanes_per_line, k);
    }
    for (int e = 0; e < 2 && n <= GUARD_MAX_ELEMS && !c->failed; e++) {
        c->seed = case_seed(c, n, 0, 4 + e);
        run_guarded(c, n, e);
    }
}

/* Shape, element types and sizes of c->op. */
static void ctx_types(ctx *c)
{
    c->sh = vmath_shape_of(c->op->shape);
    c->tout = c->op->type;
    c->tin = c->op->in;
    c->es_in = vmath_type_size(c->tin);
    c->es_out = vmath_type_size(c->tout);
    c->unit = c->es_in < c->es_out ? c->es_in : c->es_out;
    c->reduce = is_reduction(c->op->shape);
    c->no_in_place = c->es_in != c->es_out || c->op->shape == VMATH_SHAPE_CDOT || c->reduce;
}

/* Math functions are bit-identical to the scalar kernel on every ISA that
 * runs the same operations (FMA included). SSE4.1 has no FMA and its
 * kernels multiply then add, so there a result is accepted when it has the
 * scalar bits or is within 1 ULP of libm's long double function rounded to
 * double (within 2^-52 relative: an exact enough oracle for 1 ULP of f32). */
static long double sigmoidl(long double x)
{
    return 1.0L / (1.0L + expl(-x));
}

#define ORACLE1(f)                    \
    static double o_##f(double x)     \
    {                                 \
        return (double)f##l(x);       \
    }
#define ORACLE2(f)                          \
    static double o_##f(double a, double b) \
    {                                       \
        return (double)f##l(a, b);          \
    }
ORACLE1(exp) ORACLE1(exp2) ORACLE1(expm1) ORACLE1(log) ORACLE1(log2) ORACLE1(log10) ORACLE1(log1p)
ORACLE1(sigmoid) ORACLE1(sin) ORACLE1(cos) ORACLE1(tan) ORACLE1(asin) ORACLE1(acos) ORACLE1(atan)
ORACLE1(sinh) ORACLE1(cosh) ORACLE1(tanh) ORACLE1(erf) ORACLE1(cbrt)
ORACLE2(pow) ORACLE2(atan2) ORACLE2(hypot)

static const struct {
    const char *name;
    double (*f)(double);
    double (*f2)(double, double);
} oracles[] = {
    {"exp_f32", o_exp, NULL},     {"exp2_f32", o_exp2, NULL},   {"expm1_f32", o_expm1, NULL},
    {"log_f32", o_log, NULL},     {"log2_f32", o_log2, NULL},   {"log10_f32", o_log10, NULL},
    {"log1p_f32", o_log1p, NULL}, {"sigmoid_f32", o_sigmoid, NULL}, {"sin_f32", o_sin, NULL},
    {"cos_f32", o_cos, NULL},     {"tan_f32", o_tan, NULL},     {"asin_f32", o_asin, NULL},
    {"acos_f32", o_acos, NULL},   {"atan_f32", o_atan, NULL},   {"sinh_f32", o_sinh, NULL},
    {"cosh_f32", o_cosh, NULL},   {"tanh_f32", o_tanh, NULL},   {"erf_f32", o_erf, NULL},
    {"cbrt_f32", o_cbrt, NULL},   {"pow_f32", NULL, o_pow},     {"atan2_f32", NULL, o_atan2},
    {"hypot_f32", NULL, o_hypot},
};

/* f64: SSE4.1 runs libm for these (no FMA for src/expd_impl.h, src/logd_impl.h,
 * src/trigd_impl.h) */
static const struct {
    const char *name;
    long double (*f)(long double);
    long double (*f2)(long double, long double);
} oracles_d[] = {
    {"exp_f64", expl, NULL},
    {"log_f64", logl, NULL},
    {"exp2_f64", exp2l, NULL},
    {"log2_f64", log2l, NULL},
    {"log10_f64", log10l, NULL},
    {"log1p_f64", log1pl, NULL},
    {"expm1_f64", expm1l, NULL},
    {"sigmoid_f64", sigmoidl, NULL},
    {"sin_f64", sinl, NULL},
    {"cos_f64", cosl, NULL},
    {"tan_f64", tanl, NULL},
    {"sinh_f64", sinhl, NULL},
    {"cosh_f64", coshl, NULL},
    {"tanh_f64", tanhl, NULL},
    {"hypot_f64", NULL, hypotl},
    {"cbrt_f64", cbrtl, NULL},
    {"atan_f64", atanl, NULL},
    {"asin_f64", asinl, NULL},
    {"acos_f64", acosl, NULL},
    {"atan2_f64", NULL, atan2l},
    {"pow_f64", NULL, powl},
    {"erf_f64", erfl, NULL},
};

static void oracle_of(ctx *c)
{
    if (c->isa != VMATH_ISA_SSE41 || strcmp(c->op->family, "math") != 0)
        return;
    if (c->op->type == VMATH_T_F64) {
        for (size_t i = 0; i < sizeof oracles_d / sizeof oracles_d[0]; i++)
            if (strcmp(c->op->name, oracles_d[i].name) == 0)
                c->oracle_d = oracles_d[i].f, c->oracle2_d = oracles_d[i].f2;
        return;
    }
    for (size_t i = 0; i < sizeof oracles / sizeof oracles[0]; i++)
        if (strcmp(c->op->name, oracles[i].name) == 0) {
            c->oracle = oracles[i].f;
            c->oracle2 = oracles[i].f2;
        }
}

vt_status vt_check_kernel(const vmath_op *op, vmath_isa isa, char *msg, size_t msg_len)
{
    const vmath_kernels *kt = vmath_kernels_of(isa);
    if (kt == NULL) {
        snprintf(msg, msg_len, "%s is not available on this machine", vmath_isa_name(isa));
        return VT_SKIP;
    }
    ctx c = {.op = op, .isa = isa, .msg = msg, .msg_len = msg_len};
    ctx_types(&c);
    c.fn = vmath_op_kernel(kt, op);
    c.ref = vmath_op_kernel(vmath_kernels_of(VMATH_ISA_SCALAR), op);
    oracle_of(&c);
    vmath_isa parent = vmath_isa_parent(isa);
    if (parent != VMATH_ISA_COUNT && c.fn == vmath_op_kernel(vmath_kernels_of(parent), op)) {
        snprintf(msg, msg_len, "no %s kernel: runs the %s one", vmath_isa_name(isa), vmath_isa_name(parent));
        return VT_INHERITED;
    }
    buffers_init();
    arenas_init();

    /* n == 0 with NULL everywhere touches nothing. */
    void *none[3] = {NULL, NULL, NULL};
    double s0[2] = {1, 2};
    if (c.reduce)
        call_reduce(op, c.fn, none, 0);
    else
        vmath_op_call(op, c.fn, NULL, none, s0, 0);

    /* Twice: as configured, and with the streaming-store threshold at 0 so
     * the paths meant for huge arrays run on every size too. */
    size_t stream_bytes = vmath_stream_bytes;
    for (int pass = 0; pass < 2 && !c.failed; pass++) {
        vmath_stream_bytes = pass ? 0 : stream_bytes;
        for (size_t n = 0; n <= SMALL_MAX && !c.failed; n++)
            check_size(&c, n, 64 / c.unit);
        for (size_t j = 0; j < sizeof large_n / sizeof large_n[0] && !c.failed; j++)
            check_size(&c, large_n[j], 2);
    }
    vmath_stream_bytes = stream_bytes;
    if (!c.failed)
        run_lone_specials(&c);
    if (!c.failed)
        snprintf(msg, msg_len, "ok");
    return c.failed ? VT_FAIL : VT_PASS;
}

vt_status vt_check_entry_point(const vmath_op *op, char *msg, size_t msg_len)
{
    ctx c = {.op = op, .msg = msg, .msg_len = msg_len};
    ctx_types(&c);
    buffers_init();
    vmath_isa before = vmath_isa_active();
    for (int isa = 0; isa < VMATH_ISA_COUNT && !c.failed; isa++) {
        const vmath_kernels *kt = vmath_kernels_of((vmath_isa)isa);
        if (kt == NULL || vmath_isa_set((vmath_isa)isa) != 0)
            continue;
        c.isa = (vmath_isa)isa;
        c.ref = vmath_op_kernel(kt, op);
        c.fn = op->api;
        c.seed = case_seed(&c, 77, 0, 9);
        run_out_of_place(&c, 77, 1);
    }
    vmath_isa_set(before);
    if (!c.failed)
        snprintf(msg, msg_len, "ok");
    return c.failed ? VT_FAIL : VT_PASS;
}

/* ------------------------------------------------------------------------ */
/* sincos: two outputs                                                      */
/* ------------------------------------------------------------------------ */

static void sincos_call(const vmath_kernels *k, int f64, void *sn, void *cs, const void *x, size_t n)
{
    if (f64)
        k->sincos_f64(sn, cs, x, n);
    else
        k->sincos_f32(sn, cs, x, n);
}

enum { SC_N = 100, SC_LEN = SC_N + 16 }; /* n up to SC_N, at offsets up to 64 bytes */
/* one set of arrays per type (each written and read as its own type) */
static float xf[SC_LEN], sf[SC_LEN], cf[SC_LEN], wsf[SC_N], wcf[SC_N];
static double xd[SC_LEN], sd[SC_LEN], cd[SC_LEN], wsd[SC_N], wcd[SC_N];

/* One case of vt_check_sincos: x[off .. off + n) filled; mode 0 out of
 * place, 1 and 2 in place on the sine's or the cosine's output. */
static vt_status sincos_case(const vmath_kernels *k, int f64, vmath_isa isa, size_t n, size_t off, int mode,
                             const char *what, char *msg, size_t msg_len)
{
    const char *name = f64 ? "sincos_f64" : "sincos_f32";
    vmath_type t = f64 ? VMATH_T_F64 : VMATH_T_F32;
    size_t es = f64 ? 8 : 4, bytes = SC_LEN * es;
    unsigned char *xs = f64 ? (void *)xd : (void *)xf, *ss = f64 ? (void *)sd : (void *)sf;
    unsigned char *cs = f64 ? (void *)cd : (void *)cf;
    void *ws = f64 ? (void *)wsd : (void *)wsf, *wc = f64 ? (void *)wcd : (void *)wcf;
    void *x = xs + off * es;
    if (f64) {
        k->sin_f64(wsd, x, n);
        k->cos_f64(wcd, x, n);
    } else {
        k->sin_f32(wsf, x, n);
        k->cos_f32(wcf, x, n);
    }
    memset(ss, CANARY, bytes);
    memset(cs, CANARY, bytes);
    /* in place: the output that is x holds x's values first */
    void *so = ss + off * es, *co = cs + off * es;
    if (mode == 1)
        memcpy(so, x, n * es);
    if (mode == 2)
        memcpy(co, x, n * es);
    sincos_call(k, f64, so, co, mode == 1 ? so : mode == 2 ? co : x, n);
    /* the same bits as sin and cos, NaNs' signs and payloads too */
    for (size_t i = 0; i < n; i++)
        if (memcmp((char *)so + i * es, (char *)ws + i * es, es) != 0 ||
            memcmp((char *)co + i * es, (char *)wc + i * es, es) != 0) {
            char xv[64], gs[64], gc[64], es_[64], ec[64];
            describe(t, xv, sizeof xv, x, i);
            describe(t, gs, sizeof gs, so, i);
            describe(t, gc, sizeof gc, co, i);
            describe(t, es_, sizeof es_, ws, i);
            describe(t, ec, sizeof ec, wc, i);
            snprintf(msg, msg_len,
                     "%s on %s, n=%zu offset %zu %s%s: x[%zu] = %s, got sin %s cos %s, want %s %s "
                     "(VMATH_TEST_SEED=0x%llx)",
                     name, vmath_isa_name(isa), n, off, mode ? "in place" : "out of place", what, i, xv, gs, gc,
                     es_, ec, (unsigned long long)vt_seed());
            return VT_FAIL;
        }
    for (size_t b = 0; b < bytes; b++) {
        int inside = b >= off * es && b < (off + n) * es;
        if (!inside && (ss[b] != CANARY || cs[b] != CANARY)) {
            snprintf(msg, msg_len, "%s on %s, n=%zu offset %zu %s: wrote outside [0, n)", name, vmath_isa_name(isa),
                     n, off, mode ? "in place" : "out of place");
            return VT_FAIL;
        }
    }
    return VT_PASS;
}

int vt_check_sincos_all(int f64)
{
    int failures = 0;
    char msg[1024];
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        vt_status st = vt_check_sincos(f64, (vmath_isa)isa, msg, sizeof msg);
        if (st == VT_FAIL) {
            fprintf(stderr, "%s\n", msg);
            failures++;
        } else if (st != VT_PASS) {
            printf("[ SKIPPED  ] sincos_%s/%s: %s\n", f64 ? "f64" : "f32", vmath_isa_name((vmath_isa)isa), msg);
        }
    }
    return failures;
}

vt_status vt_check_sincos(int f64, vmath_isa isa, char *msg, size_t msg_len)
{
    const vmath_kernels *k = vmath_kernels_of(isa);
    if (k == NULL) {
        snprintf(msg, msg_len, "%s is not available on this machine", vmath_isa_name(isa));
        return VT_SKIP;
    }
    vmath_isa parent = vmath_isa_parent(isa);
    if (parent != VMATH_ISA_COUNT && vmath_kernels_of(parent) && (f64 ? k->sincos_f64 == vmath_kernels_of(parent)->sincos_f64
                                          : k->sincos_f32 == vmath_kernels_of(parent)->sincos_f32)) {
        snprintf(msg, msg_len, "no %s kernel: runs the %s one", vmath_isa_name(isa), vmath_isa_name(parent));
        return VT_INHERITED;
    }
    size_t es = f64 ? 8 : 4;
    rng r = {vt_seed() ^ (0x51c05u + (uint64_t)isa * 2 + (uint64_t)f64)};
    sincos_call(k, f64, NULL, NULL, NULL, 0); /* n == 0 with NULL touches nothing */
    for (size_t n = 0; n <= SC_N; n++)
        for (size_t off = 0; off < 64 / es; off++)
            for (int mode = 0; mode < 3; mode++) {
                for (size_t i = 0; i < n; i++) {
                    if (f64)
                        xd[off + i] = value_f64(&r);
                    else
                        xf[off + i] = value_f32(&r);
                }
                if (sincos_case(k, f64, isa, n, off, mode, "", msg, msg_len) != VT_PASS)
                    return VT_FAIL;
            }
    /* lone specials, as run_lone_specials: ordinary x in [1, 2) but for one
     * special at each position (the two-vector steps' fallbacks) */
    size_t n_sp = f64 ? N_SPECIALS_F64 : N_SPECIALS_F32;
    for (size_t pos = 0; pos < LONE_N; pos++)
        for (size_t j = 0; j < 4; j++) {
            rng rl = {0x10e5 + pos};
            for (size_t i = 0; i < LONE_N; i++) {
                double v = 1.0 + uniform(&rl);
                if (f64)
                    xd[i] = v;
                else
                    xf[i] = (float)v;
            }
            size_t sp = (pos + j * (n_sp / 4 + 1)) % n_sp;
            if (f64)
                xd[pos] = specials_f64[sp];
            else
                xf[pos] = specials_f32[sp];
            if (sincos_case(k, f64, isa, LONE_N, 0, 0, ", lone special", msg, msg_len) != VT_PASS)
                return VT_FAIL;
        }
    snprintf(msg, msg_len, "ok");
    return VT_PASS;
}
