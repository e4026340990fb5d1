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
    float ba[8], bb[8], bc[8], by[8];
    vmath_tail_f32(ba, 8, a + i, count);
    vmath_tail_f32(bb, 8, b ? b + i : NULL, count);
    vmath_tail_f32(bc, 8, c ? c + i : NULL, count);
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
    double ba[4], bb[4], bc[4], by[4];
    vmath_tail_f64(ba, 4, a + i, count);
    vmath_tail_f64(bb, 4, b ? b + i : NULL, count);
    vmath_tail_f64(bc, 4, c ? c + i : NULL, count);
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

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0). In a
 * NaN lane one order returns the NaN (max returns its second operand
 * then), so the OR of both, made quiet, is a NaN: a + b would be one too,
 * but it overflows for large finite lanes (FE_OVERFLOW). */
INLINE simde__m256 ieee_max_f32(simde__m256 a, simde__m256 b)
{
    simde__m256 m1 = simde_mm256_max_ps(a, b), m2 = simde_mm256_max_ps(b, a);
    simde__m256 nan = simde_mm256_or_ps(simde_mm256_or_ps(m1, m2), simde_mm256_castsi256_ps(simde_mm256_set1_epi32(0x00400000)));
    return simde_mm256_blendv_ps(simde_mm256_and_ps(m1, m2), nan, simde_mm256_cmp_ps(a, b, SIMDE_CMP_UNORD_Q));
}

/* IEEE 754-2019 minimum: min_pd(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m256d ieee_min_f64(simde__m256d a, simde__m256d b)
{
    return simde_mm256_or_pd(simde_mm256_min_pd(a, b), simde_mm256_min_pd(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0). In a
 * NaN lane one order returns the NaN (max returns its second operand
 * then), so the OR of both, made quiet, is a NaN: a + b would be one too,
 * but it overflows for large finite lanes (FE_OVERFLOW). */
INLINE simde__m256d ieee_max_f64(simde__m256d a, simde__m256d b)
{
    simde__m256d m1 = simde_mm256_max_pd(a, b), m2 = simde_mm256_max_pd(b, a);
    simde__m256d nan = simde_mm256_or_pd(simde_mm256_or_pd(m1, m2), simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(INT64_C(0x0008000000000000))));
    return simde_mm256_blendv_pd(simde_mm256_and_pd(m1, m2), nan, simde_mm256_cmp_pd(a, b, SIMDE_CMP_UNORD_Q));
}

/* The operations, on this ISA's vectors: src/arith_ops.h */
typedef simde__m256 V32;
typedef simde__m256d V64;

INLINE V32 v32_add(V32 a, V32 b) { return simde_mm256_add_ps(a, b); }
INLINE V32 v32_sub(V32 a, V32 b) { return simde_mm256_sub_ps(a, b); }
INLINE V32 v32_mul(V32 a, V32 b) { return simde_mm256_mul_ps(a, b); }
INLINE V32 v32_div(V32 a, V32 b) { return simde_mm256_div_ps(a, b); }
INLINE V32 v32_fma(V32 a, V32 b, V32 c) { return simde_mm256_fmadd_ps(a, b, c); }
INLINE V32 v32_min(V32 a, V32 b) { return ieee_min_f32(a, b); }
INLINE V32 v32_max(V32 a, V32 b) { return ieee_max_f32(a, b); }
INLINE V32 v32_abs(V32 a) { return simde_mm256_andnot_ps(simde_mm256_set1_ps(-0.0f), a); }
INLINE V32 v32_neg(V32 a) { return simde_mm256_xor_ps(simde_mm256_set1_ps(-0.0f), a); }
INLINE V32 v32_sqrt(V32 a) { return simde_mm256_sqrt_ps(a); }
INLINE V32 v32_floor(V32 a) { return simde_mm256_round_ps(a, SIMDE_MM_FROUND_TO_NEG_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V32 v32_ceil(V32 a) { return simde_mm256_round_ps(a, SIMDE_MM_FROUND_TO_POS_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V32 v32_trunc(V32 a) { return simde_mm256_round_ps(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE V32 v32_rint(V32 a) { return simde_mm256_round_ps(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }

INLINE V64 v64_add(V64 a, V64 b) { return simde_mm256_add_pd(a, b); }
INLINE V64 v64_sub(V64 a, V64 b) { return simde_mm256_sub_pd(a, b); }
INLINE V64 v64_mul(V64 a, V64 b) { return simde_mm256_mul_pd(a, b); }
INLINE V64 v64_div(V64 a, V64 b) { return simde_mm256_div_pd(a, b); }
INLINE V64 v64_fma(V64 a, V64 b, V64 c) { return simde_mm256_fmadd_pd(a, b, c); }
INLINE V64 v64_min(V64 a, V64 b) { return ieee_min_f64(a, b); }
INLINE V64 v64_max(V64 a, V64 b) { return ieee_max_f64(a, b); }
INLINE V64 v64_abs(V64 a) { return simde_mm256_andnot_pd(simde_mm256_set1_pd(-0.0), a); }
INLINE V64 v64_neg(V64 a) { return simde_mm256_xor_pd(simde_mm256_set1_pd(-0.0), a); }
INLINE V64 v64_sqrt(V64 a) { return simde_mm256_sqrt_pd(a); }
INLINE V64 v64_floor(V64 a) { return simde_mm256_round_pd(a, SIMDE_MM_FROUND_TO_NEG_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V64 v64_ceil(V64 a) { return simde_mm256_round_pd(a, SIMDE_MM_FROUND_TO_POS_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V64 v64_trunc(V64 a) { return simde_mm256_round_pd(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE V64 v64_rint(V64 a) { return simde_mm256_round_pd(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }

#define ARITH_FMA
#include "../arith_ops.h"

VMATH_INTERNAL void vmath_init_avx2_arith(vmath_kernels *k);
void vmath_init_avx2_arith(vmath_kernels *k)
{
    arith_fill(k);
}
