/* AVX2 + FMA kernels: elementwise arithmetic. Bit-identical to src/scalar/arith.c. */
#include <stdint.h>
#include <string.h>

#include <simde/x86/avx2.h>
#include <simde/x86/fma.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

/* The inputs of one vector step: up to three arrays (a, b, c) and two
 * broadcast scalars (s, t); each operation reads what it needs. */
typedef struct {
    simde__m256 a, b, c, s, t;
} args_f32;

typedef struct {
    simde__m256d a, b, c, s, t;
} args_f64;

/* The loop every kernel shares: four vectors per iteration so independent
 * operations hide each other's latency, then one vector at a time, then the
 * last n % W elements through a stack buffer. b and c are NULL when unused;
 * that folds away once inlined. */
/* Fewer than 8 elements at y + i, through stack buffers, so no load or
 * store leaves the arrays. */
INLINE void part_f32(float *y, const float *a, const float *b, const float *c, args_f32 v, size_t i, size_t count,
                    simde__m256 (*op)(args_f32))
{
    size_t bytes = count * sizeof(float);
    float ba[8] = {0}, bb[8] = {0}, bc[8] = {0}, by[8];
    memcpy(ba, a + i, bytes);
    if (b)
        memcpy(bb, b + i, bytes);
    if (c)
        memcpy(bc, c + i, bytes);
    v.a = simde_mm256_loadu_ps(ba);
    v.b = simde_mm256_loadu_ps(bb);
    v.c = simde_mm256_loadu_ps(bc);
    simde_mm256_storeu_ps(by, op(v));
    memcpy(y + i, by, bytes);
}

/* Four vectors at y + i; stream != 0 stores them non-temporally (y + i must
 * then be 32-byte aligned). */
INLINE void block_f32(float *y, const float *a, const float *b, const float *c, args_f32 v, size_t i, int stream,
                     simde__m256 (*op)(args_f32))
{
    simde__m256 r[4];
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        v.a = simde_mm256_loadu_ps(a + i + 8 * u);
        if (b)
            v.b = simde_mm256_loadu_ps(b + i + 8 * u);
        if (c)
            v.c = simde_mm256_loadu_ps(c + i + 8 * u);
        r[u] = op(v);
    }
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        if (stream)
            simde_mm256_stream_ps(y + i + 8 * u, r[u]);
        else
            simde_mm256_storeu_ps(y + i + 8 * u, r[u]);
    }
}

INLINE void map_f32(float *y, const float *a, const float *b, const float *c, float s, float t, size_t n, simde__m256 (*op)(args_f32))
{
    args_f32 v;
    v.s = simde_mm256_set1_ps(s);
    v.t = simde_mm256_set1_ps(t);
    v.b = v.c = simde_mm256_set1_ps(0);
    size_t i = 0;
    /* Far larger than the cache: align y, then store past the cache (see
     * src/avx512/arith.c). */
    size_t head = ((32 - ((uintptr_t)y & 31)) & 31) / sizeof(float);
    if (n * sizeof(float) >= vmath_stream_bytes && n >= head + 4 * 8 && y != a && y != b && y != c) {
        if (head)
            part_f32(y, a, b, c, v, 0, head, op);
        for (i = head; i + 4 * 8 <= n; i += 4 * 8)
            block_f32(y, a, b, c, v, i, 1, op);
        simde_mm_sfence();
    }
    for (; i + 4 * 8 <= n; i += 4 * 8)
        block_f32(y, a, b, c, v, i, 0, op);
    for (; i + 8 <= n; i += 8) {
        v.a = simde_mm256_loadu_ps(a + i);
        if (b)
            v.b = simde_mm256_loadu_ps(b + i);
        if (c)
            v.c = simde_mm256_loadu_ps(c + i);
        simde_mm256_storeu_ps(y + i, op(v));
    }
    if (i < n)
        part_f32(y, a, b, c, v, i, n - i, op);
}

/* Fewer than 4 elements at y + i, through stack buffers, so no load or
 * store leaves the arrays. */
INLINE void part_f64(double *y, const double *a, const double *b, const double *c, args_f64 v, size_t i, size_t count,
                    simde__m256d (*op)(args_f64))
{
    size_t bytes = count * sizeof(double);
    double ba[4] = {0}, bb[4] = {0}, bc[4] = {0}, by[4];
    memcpy(ba, a + i, bytes);
    if (b)
        memcpy(bb, b + i, bytes);
    if (c)
        memcpy(bc, c + i, bytes);
    v.a = simde_mm256_loadu_pd(ba);
    v.b = simde_mm256_loadu_pd(bb);
    v.c = simde_mm256_loadu_pd(bc);
    simde_mm256_storeu_pd(by, op(v));
    memcpy(y + i, by, bytes);
}

/* Four vectors at y + i; stream != 0 stores them non-temporally (y + i must
 * then be 32-byte aligned). */
INLINE void block_f64(double *y, const double *a, const double *b, const double *c, args_f64 v, size_t i, int stream,
                     simde__m256d (*op)(args_f64))
{
    simde__m256d r[4];
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        v.a = simde_mm256_loadu_pd(a + i + 4 * u);
        if (b)
            v.b = simde_mm256_loadu_pd(b + i + 4 * u);
        if (c)
            v.c = simde_mm256_loadu_pd(c + i + 4 * u);
        r[u] = op(v);
    }
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        if (stream)
            simde_mm256_stream_pd(y + i + 4 * u, r[u]);
        else
            simde_mm256_storeu_pd(y + i + 4 * u, r[u]);
    }
}

INLINE void map_f64(double *y, const double *a, const double *b, const double *c, double s, double t, size_t n, simde__m256d (*op)(args_f64))
{
    args_f64 v;
    v.s = simde_mm256_set1_pd(s);
    v.t = simde_mm256_set1_pd(t);
    v.b = v.c = simde_mm256_set1_pd(0);
    size_t i = 0;
    /* Far larger than the cache: align y, then store past the cache (see
     * src/avx512/arith.c). */
    size_t head = ((32 - ((uintptr_t)y & 31)) & 31) / sizeof(double);
    if (n * sizeof(double) >= vmath_stream_bytes && n >= head + 4 * 4 && y != a && y != b && y != c) {
        if (head)
            part_f64(y, a, b, c, v, 0, head, op);
        for (i = head; i + 4 * 4 <= n; i += 4 * 4)
            block_f64(y, a, b, c, v, i, 1, op);
        simde_mm_sfence();
    }
    for (; i + 4 * 4 <= n; i += 4 * 4)
        block_f64(y, a, b, c, v, i, 0, op);
    for (; i + 4 <= n; i += 4) {
        v.a = simde_mm256_loadu_pd(a + i);
        if (b)
            v.b = simde_mm256_loadu_pd(b + i);
        if (c)
            v.c = simde_mm256_loadu_pd(c + i);
        simde_mm256_storeu_pd(y + i, op(v));
    }
    if (i < n)
        part_f64(y, a, b, c, v, i, n - i, op);
}

/* IEEE 754-2019 minimum: min_ps(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m256 ieee_min_f32(simde__m256 a, simde__m256 b)
{
    return simde_mm256_or_ps(simde_mm256_min_ps(a, b), simde_mm256_min_ps(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0); NaN
 * lanes are then replaced with a + b, a NaN. */
INLINE simde__m256 ieee_max_f32(simde__m256 a, simde__m256 b)
{
    simde__m256 r = simde_mm256_and_ps(simde_mm256_max_ps(a, b), simde_mm256_max_ps(b, a));
    return simde_mm256_blendv_ps(r, simde_mm256_add_ps(a, b), simde_mm256_cmp_ps(a, b, SIMDE_CMP_UNORD_Q));
}

/* IEEE 754-2019 minimum: min_pd(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m256d ieee_min_f64(simde__m256d a, simde__m256d b)
{
    return simde_mm256_or_pd(simde_mm256_min_pd(a, b), simde_mm256_min_pd(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0); NaN
 * lanes are then replaced with a + b, a NaN. */
INLINE simde__m256d ieee_max_f64(simde__m256d a, simde__m256d b)
{
    simde__m256d r = simde_mm256_and_pd(simde_mm256_max_pd(a, b), simde_mm256_max_pd(b, a));
    return simde_mm256_blendv_pd(r, simde_mm256_add_pd(a, b), simde_mm256_cmp_pd(a, b, SIMDE_CMP_UNORD_Q));
}

INLINE simde__m256 add_op_f32(args_f32 v)
{
    return simde_mm256_add_ps(v.a, v.b);
}

static void add_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, add_op_f32);
}

INLINE simde__m256 sub_op_f32(args_f32 v)
{
    return simde_mm256_sub_ps(v.a, v.b);
}

static void sub_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, sub_op_f32);
}

INLINE simde__m256 mul_op_f32(args_f32 v)
{
    return simde_mm256_mul_ps(v.a, v.b);
}

static void mul_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, mul_op_f32);
}

INLINE simde__m256 div_op_f32(args_f32 v)
{
    return simde_mm256_div_ps(v.a, v.b);
}

static void div_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, div_op_f32);
}

INLINE simde__m256 min_op_f32(args_f32 v)
{
    return ieee_min_f32(v.a, v.b);
}

static void min_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, min_op_f32);
}

INLINE simde__m256 max_op_f32(args_f32 v)
{
    return ieee_max_f32(v.a, v.b);
}

static void max_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, max_op_f32);
}

INLINE simde__m256 add_scalar_op_f32(args_f32 v)
{
    return simde_mm256_add_ps(v.a, v.s);
}

static void add_scalar_f32(float *y, const float *a, float s, size_t n)
{
    map_f32(y, a, NULL, NULL, s, 0, n, add_scalar_op_f32);
}

INLINE simde__m256 mul_scalar_op_f32(args_f32 v)
{
    return simde_mm256_mul_ps(v.a, v.s);
}

static void mul_scalar_f32(float *y, const float *a, float s, size_t n)
{
    map_f32(y, a, NULL, NULL, s, 0, n, mul_scalar_op_f32);
}

INLINE simde__m256 fma_op_f32(args_f32 v)
{
    return simde_mm256_fmadd_ps(v.a, v.b, v.c);
}

static void fma_f32(float *y, const float *a, const float *b, const float *c, size_t n)
{
    map_f32(y, a, b, c, 0, 0, n, fma_op_f32);
}

INLINE simde__m256 axpy_op_f32(args_f32 v)
{
    return simde_mm256_fmadd_ps(v.s, v.a, v.b);
}

static void axpy_f32(float *y, const float *x, float alpha, size_t n)
{
    map_f32(y, x, y, NULL, alpha, 0, n, axpy_op_f32);
}

INLINE simde__m256 clamp_op_f32(args_f32 v)
{
    return ieee_min_f32(ieee_max_f32(v.a, v.s), v.t);
}

static void clamp_f32(float *y, const float *x, float lo, float hi, size_t n)
{
    map_f32(y, x, NULL, NULL, lo, hi, n, clamp_op_f32);
}

INLINE simde__m256 abs_op_f32(args_f32 v)
{
    return simde_mm256_andnot_ps(simde_mm256_set1_ps(-0.0f), v.a);
}

static void abs_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, abs_op_f32);
}

INLINE simde__m256 neg_op_f32(args_f32 v)
{
    return simde_mm256_xor_ps(simde_mm256_set1_ps(-0.0f), v.a);
}

static void neg_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, neg_op_f32);
}

INLINE simde__m256 sqrt_op_f32(args_f32 v)
{
    return simde_mm256_sqrt_ps(v.a);
}

static void sqrt_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, sqrt_op_f32);
}

INLINE simde__m256 floor_op_f32(args_f32 v)
{
    return simde_mm256_round_ps(v.a, SIMDE_MM_FROUND_TO_NEG_INF | SIMDE_MM_FROUND_NO_EXC);
}

static void floor_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, floor_op_f32);
}

INLINE simde__m256 ceil_op_f32(args_f32 v)
{
    return simde_mm256_round_ps(v.a, SIMDE_MM_FROUND_TO_POS_INF | SIMDE_MM_FROUND_NO_EXC);
}

static void ceil_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, ceil_op_f32);
}

INLINE simde__m256 trunc_op_f32(args_f32 v)
{
    return simde_mm256_round_ps(v.a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC);
}

static void trunc_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, trunc_op_f32);
}

INLINE simde__m256 rint_op_f32(args_f32 v)
{
    return simde_mm256_round_ps(v.a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC);
}

static void rint_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, rint_op_f32);
}

INLINE simde__m256d add_op_f64(args_f64 v)
{
    return simde_mm256_add_pd(v.a, v.b);
}

static void add_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, add_op_f64);
}

INLINE simde__m256d sub_op_f64(args_f64 v)
{
    return simde_mm256_sub_pd(v.a, v.b);
}

static void sub_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, sub_op_f64);
}

INLINE simde__m256d mul_op_f64(args_f64 v)
{
    return simde_mm256_mul_pd(v.a, v.b);
}

static void mul_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, mul_op_f64);
}

INLINE simde__m256d div_op_f64(args_f64 v)
{
    return simde_mm256_div_pd(v.a, v.b);
}

static void div_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, div_op_f64);
}

INLINE simde__m256d min_op_f64(args_f64 v)
{
    return ieee_min_f64(v.a, v.b);
}

static void min_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, min_op_f64);
}

INLINE simde__m256d max_op_f64(args_f64 v)
{
    return ieee_max_f64(v.a, v.b);
}

static void max_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, max_op_f64);
}

INLINE simde__m256d add_scalar_op_f64(args_f64 v)
{
    return simde_mm256_add_pd(v.a, v.s);
}

static void add_scalar_f64(double *y, const double *a, double s, size_t n)
{
    map_f64(y, a, NULL, NULL, s, 0, n, add_scalar_op_f64);
}

INLINE simde__m256d mul_scalar_op_f64(args_f64 v)
{
    return simde_mm256_mul_pd(v.a, v.s);
}

static void mul_scalar_f64(double *y, const double *a, double s, size_t n)
{
    map_f64(y, a, NULL, NULL, s, 0, n, mul_scalar_op_f64);
}

INLINE simde__m256d fma_op_f64(args_f64 v)
{
    return simde_mm256_fmadd_pd(v.a, v.b, v.c);
}

static void fma_f64(double *y, const double *a, const double *b, const double *c, size_t n)
{
    map_f64(y, a, b, c, 0, 0, n, fma_op_f64);
}

INLINE simde__m256d axpy_op_f64(args_f64 v)
{
    return simde_mm256_fmadd_pd(v.s, v.a, v.b);
}

static void axpy_f64(double *y, const double *x, double alpha, size_t n)
{
    map_f64(y, x, y, NULL, alpha, 0, n, axpy_op_f64);
}

INLINE simde__m256d clamp_op_f64(args_f64 v)
{
    return ieee_min_f64(ieee_max_f64(v.a, v.s), v.t);
}

static void clamp_f64(double *y, const double *x, double lo, double hi, size_t n)
{
    map_f64(y, x, NULL, NULL, lo, hi, n, clamp_op_f64);
}

INLINE simde__m256d abs_op_f64(args_f64 v)
{
    return simde_mm256_andnot_pd(simde_mm256_set1_pd(-0.0), v.a);
}

static void abs_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, abs_op_f64);
}

INLINE simde__m256d neg_op_f64(args_f64 v)
{
    return simde_mm256_xor_pd(simde_mm256_set1_pd(-0.0), v.a);
}

static void neg_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, neg_op_f64);
}

INLINE simde__m256d sqrt_op_f64(args_f64 v)
{
    return simde_mm256_sqrt_pd(v.a);
}

static void sqrt_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, sqrt_op_f64);
}

INLINE simde__m256d floor_op_f64(args_f64 v)
{
    return simde_mm256_round_pd(v.a, SIMDE_MM_FROUND_TO_NEG_INF | SIMDE_MM_FROUND_NO_EXC);
}

static void floor_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, floor_op_f64);
}

INLINE simde__m256d ceil_op_f64(args_f64 v)
{
    return simde_mm256_round_pd(v.a, SIMDE_MM_FROUND_TO_POS_INF | SIMDE_MM_FROUND_NO_EXC);
}

static void ceil_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, ceil_op_f64);
}

INLINE simde__m256d trunc_op_f64(args_f64 v)
{
    return simde_mm256_round_pd(v.a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC);
}

static void trunc_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, trunc_op_f64);
}

INLINE simde__m256d rint_op_f64(args_f64 v)
{
    return simde_mm256_round_pd(v.a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC);
}

static void rint_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, rint_op_f64);
}

VMATH_INTERNAL void vmath_init_avx2_arith(vmath_kernels *k);

void vmath_init_avx2_arith(vmath_kernels *k)
{
    k->add_f32 = add_f32;
    k->sub_f32 = sub_f32;
    k->mul_f32 = mul_f32;
    k->div_f32 = div_f32;
    k->min_f32 = min_f32;
    k->max_f32 = max_f32;
    k->add_scalar_f32 = add_scalar_f32;
    k->mul_scalar_f32 = mul_scalar_f32;
    k->fma_f32 = fma_f32;
    k->axpy_f32 = axpy_f32;
    k->clamp_f32 = clamp_f32;
    k->abs_f32 = abs_f32;
    k->neg_f32 = neg_f32;
    k->sqrt_f32 = sqrt_f32;
    k->floor_f32 = floor_f32;
    k->ceil_f32 = ceil_f32;
    k->trunc_f32 = trunc_f32;
    k->rint_f32 = rint_f32;
    k->add_f64 = add_f64;
    k->sub_f64 = sub_f64;
    k->mul_f64 = mul_f64;
    k->div_f64 = div_f64;
    k->min_f64 = min_f64;
    k->max_f64 = max_f64;
    k->add_scalar_f64 = add_scalar_f64;
    k->mul_scalar_f64 = mul_scalar_f64;
    k->fma_f64 = fma_f64;
    k->axpy_f64 = axpy_f64;
    k->clamp_f64 = clamp_f64;
    k->abs_f64 = abs_f64;
    k->neg_f64 = neg_f64;
    k->sqrt_f64 = sqrt_f64;
    k->floor_f64 = floor_f64;
    k->ceil_f64 = ceil_f64;
    k->trunc_f64 = trunc_f64;
    k->rint_f64 = rint_f64;
}
