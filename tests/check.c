/* checkasm-style checks of one kernel against the scalar reference; see
 * check.h. No test framework here: the cmocka tests (harness.c) and
 * `vmath verify` both call it. */
#define _GNU_SOURCE
#include "check.h"

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

static size_t elem_size(vmath_type t)
{
    return t == VMATH_T_F32 ? sizeof(float) : sizeof(double);
}

static void fill(rng *r, vmath_type t, void *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (t == VMATH_T_F32)
            ((float *)p)[i] = value_f32(r);
        else
            ((double *)p)[i] = value_f64(r);
    }
}

/* ------------------------------------------------------------------------ */
/* Shapes: how many arrays and scalars an operation takes, and how to call it */
/* ------------------------------------------------------------------------ */

typedef struct shape_info {
    int n_in;      /* array inputs */
    int n_scalar;  /* scalar parameters */
    int inout;     /* the output is also read: its initial value is input n_in - 1 */
} shape_info;

static shape_info shape_of(vmath_shape s)
{
    switch (s) {
    case VMATH_SHAPE_V: return (shape_info){1, 0, 0};
    case VMATH_SHAPE_VV: return (shape_info){2, 0, 0};
    case VMATH_SHAPE_VVV: return (shape_info){3, 0, 0};
    case VMATH_SHAPE_VS: return (shape_info){1, 1, 0};
    case VMATH_SHAPE_VSS: return (shape_info){1, 2, 0};
    case VMATH_SHAPE_AXPY: return (shape_info){2, 1, 1};
    }
    return (shape_info){0, 0, 0};
}

/* Calls fn. For an inout shape, y must already hold the last input and in[]
 * holds only the others. */
static void call(const vmath_op *op, vmath_fn fn, void *y, void *const in[3], const double s[2], size_t n)
{
    if (op->type == VMATH_T_F32) {
        switch (op->shape) {
        case VMATH_SHAPE_V: ((vm_f32_v)fn)(y, in[0], n); break;
        case VMATH_SHAPE_VV: ((vm_f32_vv)fn)(y, in[0], in[1], n); break;
        case VMATH_SHAPE_VVV: ((vm_f32_vvv)fn)(y, in[0], in[1], in[2], n); break;
        case VMATH_SHAPE_VS:
        case VMATH_SHAPE_AXPY: ((vm_f32_vs)fn)(y, in[0], (float)s[0], n); break;
        case VMATH_SHAPE_VSS: ((vm_f32_vss)fn)(y, in[0], (float)s[0], (float)s[1], n); break;
        }
    } else {
        switch (op->shape) {
        case VMATH_SHAPE_V: ((vm_f64_v)fn)(y, in[0], n); break;
        case VMATH_SHAPE_VV: ((vm_f64_vv)fn)(y, in[0], in[1], n); break;
        case VMATH_SHAPE_VVV: ((vm_f64_vvv)fn)(y, in[0], in[1], in[2], n); break;
        case VMATH_SHAPE_VS:
        case VMATH_SHAPE_AXPY: ((vm_f64_vs)fn)(y, in[0], s[0], n); break;
        case VMATH_SHAPE_VSS: ((vm_f64_vss)fn)(y, in[0], s[0], s[1], n); break;
        }
    }
}

/* Scalar parameters: specials as often as ordinary values. */
static void pick_scalars(rng *r, vmath_type t, double s[2])
{
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
    shape_info sh;
    size_t es;
    uint64_t seed;  /* of the current case */
    int failed;
    char *msg;      /* the first failure, for the caller */
    size_t msg_len;
    double (*oracle)(double);  /* set: accept results within 1 ULP of it (see oracle_of) */
} ctx;

static void describe(const ctx *c, char *buf, size_t len, const void *p, size_t i)
{
    if (c->op->type == VMATH_T_F32) {
        float f = ((const float *)p)[i];
        uint32_t b;
        memcpy(&b, &f, 4);
        snprintf(buf, len, "%a (0x%08" PRIx32 ")", (double)f, b);
    } else {
        double d = ((const double *)p)[i];
        uint64_t b;
        memcpy(&b, &d, 8);
        snprintf(buf, len, "%a (0x%016" PRIx64 ")", d, b);
    }
}

/* Same bits, or both NaN (NaN payloads are not part of the contract). */
static int same(const ctx *c, const void *got, const void *want, size_t i)
{
    if (c->op->type == VMATH_T_F32) {
        float g = ((const float *)got)[i], w = ((const float *)want)[i];
        return (isnan(g) && isnan(w)) || memcmp(&g, &w, 4) == 0;
    }
    double g = ((const double *)got)[i], w = ((const double *)want)[i];
    return (isnan(g) && isnan(w)) || memcmp(&g, &w, 8) == 0;
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
    char g[64], w[64], x[3][64] = {"", "", ""};
    describe(c, g, sizeof g, got, i);
    describe(c, w, sizeof w, want, i);
    for (int k = 0; k < c->sh.n_in && k < 3; k++)
        if (in[k])
            describe(c, x[k], sizeof x[k], in[k], i);
    fail_msg(c, "%s %s (%s): n=%zu offset=%zu index=%zu seed=0x%" PRIx64 "\n"
                "    got %s, want %s\n    inputs: %s %s %s scalars: %a %a",
             c->op->name, vmath_isa_name(c->isa), what, n, offset, i, c->seed, g, w, x[0], x[1], x[2], s[0], s[1]);
}

/* ULP mode, for math functions on an ISA that may round differently from
 * the scalar kernel (oracle_of): got is within 1 ULP of the oracle's f64
 * value, measured in units of the f32 binade of that value (2^-149 for
 * subnormal results); an infinite result only where the oracle's value
 * rounds to it. */
static int within_1ulp(float got, double want)
{
    if (isnan(want) || isnan(got))
        return isnan(want) && isnan(got);
    if (isinf(got) || isinf(want))
        return (float)want == got;
    int e;
    frexp(want, &e);
    double ulp = ldexp(1.0, (e - 1 < -126 ? -126 : e - 1) - 23);
    return fabs((double)got - want) <= ulp;
}

static void compare(ctx *c, const char *what, size_t n, size_t offset, void *const in[3], const double s[2],
                    const void *got, const void *want)
{
    for (size_t i = 0; i < n; i++) {
        if (c->oracle && within_1ulp(((const float *)got)[i], c->oracle(((const float *)in[0])[i])))
            continue;
        if (!same(c, got, want, i)) {
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

/* Out of place: inputs and output in separate buffers, canaries on both
 * sides of the output, inputs checked unchanged. */
static void run_out_of_place(ctx *c, size_t n, size_t offset)
{
    rng r = {c->seed};
    size_t es = c->es, bytes = n * es;
    void *in[3] = {NULL, NULL, NULL};
    int n_arr = c->sh.n_in - c->sh.inout;  /* inputs passed as arguments */
    double s[2];
    pick_scalars(&r, c->op->type, s);

    for (int k = 0; k < c->sh.n_in; k++) {
        in[k] = at(bufs.in[k], offset, es);
        fill(&r, c->op->type, in[k], n);
        memcpy(bufs.save[k], in[k], bytes);
    }
    unsigned char *out = at(bufs.out, offset, es), *ref = at(bufs.ref, offset, es);
    memset(out - PAD, CANARY, bytes + 2 * PAD);
    if (c->sh.inout) {
        memcpy(out, in[c->sh.n_in - 1], bytes);
        memcpy(ref, in[c->sh.n_in - 1], bytes);
    }
    call(c->op, c->ref, ref, in, s, n);
    call(c->op, c->fn, out, in, s, n);

    compare(c, "out of place", n, offset, in, s, out, ref);
    for (size_t i = 0; i < PAD; i++) {
        if (out[-1 - (ptrdiff_t)i] != CANARY || out[bytes + i] != CANARY) {
            fail_msg(c, "%s %s: wrote outside y[0..n-1]: n=%zu offset=%zu seed=0x%" PRIx64, c->op->name,
                     vmath_isa_name(c->isa), n, offset, c->seed);
            return;
        }
    }
    for (int k = 0; k < n_arr; k++) {
        if (memcmp(in[k], bufs.save[k], bytes) != 0) {
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
    size_t es = c->es, bytes = n * es;
    void *in[3] = {NULL, NULL, NULL};
    double s[2];
    pick_scalars(&r, c->op->type, s);
    for (int j = 0; j < c->sh.n_in; j++) {
        in[j] = at(bufs.in[j], offset, es);
        fill(&r, c->op->type, in[j], n);
    }
    /* For an inout shape, aliasing input k with y also makes y's initial
     * value equal to input k. */
    if (c->sh.inout && k != c->sh.n_in - 1)
        memcpy(in[c->sh.n_in - 1], in[k], bytes);

    unsigned char *ref = at(bufs.ref, offset, es);
    if (c->sh.inout)
        memcpy(ref, in[c->sh.n_in - 1], bytes);
    call(c->op, c->ref, ref, in, s, n);

    /* the inputs as they were, for the report and the oracle */
    void *orig[3] = {NULL, NULL, NULL};
    for (int j = 0; j < c->sh.n_in; j++) {
        orig[j] = at(bufs.save[j], offset, es);
        memcpy(orig[j], in[j], bytes);
    }
    void *y = in[k];
    call(c->op, c->fn, y, in, s, n);
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
    rng r = {c->seed};
    size_t es = c->es, bytes = n * es;
    void *in[3] = {NULL, NULL, NULL};
    double s[2];
    pick_scalars(&r, c->op->type, s);
    for (int k = 0; k < c->sh.n_in; k++) {
        in[k] = at_end ? arenas[k].data + arenas[k].size - bytes : arenas[k].data;
        fill(&r, c->op->type, in[k], n);
    }
    unsigned char *y = at_end ? arenas[3].data + arenas[3].size - bytes : arenas[3].data;
    unsigned char *ref = at(bufs.ref, 0, es);
    if (c->sh.inout) {
        memcpy(y, in[c->sh.n_in - 1], bytes);
        memcpy(ref, in[c->sh.n_in - 1], bytes);
    }
    call(c->op, c->ref, ref, in, s, n);
    call(c->op, c->fn, y, in, s, n);
    compare(c, at_end ? "guard page after" : "guard page before", n, 0, in, s, y, ref);
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

/* Every case for one size: all offsets out of place, in place on each
 * input, and against both guard pages when small enough. */
static void check_size(ctx *c, size_t n, size_t n_offsets)
{
    size_t lanes_per_line = 64 / c->es;
    for (size_t off = 0; off < n_offsets && !c->failed; off++) {
        size_t o = n_offsets == lanes_per_line ? off : (off * 3) % lanes_per_line;
        c->seed = case_seed(c, n, o, 0);
        run_out_of_place(c, n, o);
    }
    for (int k = 0; k < c->sh.n_in && !c->failed; k++) {
        c->seed = case_seed(c, n, 1, 1 + k);
        run_in_place(c, n, n % lanes_per_line, k);
    }
    for (int e = 0; e < 2 && n <= GUARD_MAX_ELEMS && !c->failed; e++) {
        c->seed = case_seed(c, n, 0, 4 + e);
        run_guarded(c, n, e);
    }
}

/* Math functions are bit-identical to the scalar kernel on every ISA that
 * runs the same operations (FMA included). SSE4.1 has no FMA and its
 * kernels multiply then add, so there a result is accepted when it has the
 * scalar bits or is within 1 ULP of libm's f64 function (itself within
 * 2^-52 relative: an exact enough oracle for a 1 ULP bound on f32). */
static double sigmoid_f64(double x)
{
    return 1.0 / (1.0 + exp(-x));
}

static double (*oracle_of(const vmath_op *op, vmath_isa isa))(double)
{
    static const struct {
        const char *name;
        double (*f)(double);
    } oracles[] = {
        {"exp_f32", exp},     {"exp2_f32", exp2},   {"expm1_f32", expm1}, {"log_f32", log},
        {"log2_f32", log2},   {"log10_f32", log10}, {"log1p_f32", log1p}, {"sigmoid_f32", sigmoid_f64},
    };
    if (isa != VMATH_ISA_SSE41 || strcmp(op->family, "math") != 0 || op->shape != VMATH_SHAPE_V)
        return NULL;
    for (size_t i = 0; i < sizeof oracles / sizeof oracles[0]; i++)
        if (strcmp(op->name, oracles[i].name) == 0)
            return oracles[i].f;
    return NULL;
}

vt_status vt_check_kernel(const vmath_op *op, vmath_isa isa, char *msg, size_t msg_len)
{
    const vmath_kernels *kt = vmath_kernels_of(isa);
    if (kt == NULL) {
        snprintf(msg, msg_len, "%s is not available on this machine", vmath_isa_name(isa));
        return VT_SKIP;
    }
    ctx c = {.op = op, .isa = isa, .sh = shape_of(op->shape), .es = elem_size(op->type), .msg = msg,
             .msg_len = msg_len};
    c.fn = vmath_op_kernel(kt, op);
    c.ref = vmath_op_kernel(vmath_kernels_of(VMATH_ISA_SCALAR), op);
    c.oracle = oracle_of(op, isa);
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
    call(op, c.fn, NULL, none, s0, 0);

    /* Twice: as configured, and with the streaming-store threshold at 0 so
     * the paths meant for huge arrays run on every size too. */
    size_t stream_bytes = vmath_stream_bytes;
    for (int pass = 0; pass < 2 && !c.failed; pass++) {
        vmath_stream_bytes = pass ? 0 : stream_bytes;
        for (size_t n = 0; n <= SMALL_MAX && !c.failed; n++)
            check_size(&c, n, 64 / c.es);
        for (size_t j = 0; j < sizeof large_n / sizeof large_n[0] && !c.failed; j++)
            check_size(&c, large_n[j], 2);
    }
    vmath_stream_bytes = stream_bytes;
    if (!c.failed)
        snprintf(msg, msg_len, "ok");
    return c.failed ? VT_FAIL : VT_PASS;
}

vt_status vt_check_entry_point(const vmath_op *op, char *msg, size_t msg_len)
{
    ctx c = {.op = op, .sh = shape_of(op->shape), .es = elem_size(op->type), .msg = msg, .msg_len = msg_len};
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
