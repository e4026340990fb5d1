/* SSE4.1 kernels: elementwise arithmetic. Bit-identical to src/scalar/arith.c. */
#include <string.h>

#include <simde/x86/sse4.1.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

/* The inputs of one vector step: up to three arrays (a, b, c) and two
 * broadcast scalars (s, t); each operation reads what it needs. */
typedef struct {
    simde__m128 a, b, c, s, t;
} args_f32;

typedef struct {
    simde__m128d a, b, c, s, t;
} args_f64;

/* The loop every kernel shares: four vectors per iteration so independent
 * operations hide each other's latency, then one vector at a time; the last
 * n % W elements go through a stack buffer, so no load or store leaves
 * y[0..n-1], a[0..n-1], ...
 * b and c are NULL when unused; that folds away once inlined. */
INLINE void map_f32(float *y, const float *a, const float *b, const float *c, float s, float t, size_t n,
                  simde__m128 (*op)(args_f32))
{
    args_f32 v;
    v.s = simde_mm_set1_ps(s);
    v.t = simde_mm_set1_ps(t);
    v.b = v.c = simde_mm_set1_ps(0);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        simde__m128 r[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v.a = simde_mm_loadu_ps(a + i + 4 * u);
            if (b)
                v.b = simde_mm_loadu_ps(b + i + 4 * u);
            if (c)
                v.c = simde_mm_loadu_ps(c + i + 4 * u);
            r[u] = op(v);
        }
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++)
            simde_mm_storeu_ps(y + i + 4 * u, r[u]);
    }
    for (; i + 4 <= n; i += 4) {
        v.a = simde_mm_loadu_ps(a + i);
        if (b)
            v.b = simde_mm_loadu_ps(b + i);
        if (c)
            v.c = simde_mm_loadu_ps(c + i);
        simde_mm_storeu_ps(y + i, op(v));
    }
    if (i < n) {
        size_t bytes = (n - i) * sizeof(*y);
        float ba[4], bb[4], bc[4], by[4];
        vmath_tail_f32(ba, 4, a + i, n - i);
        vmath_tail_f32(bb, 4, b ? b + i : NULL, n - i);
        vmath_tail_f32(bc, 4, c ? c + i : NULL, n - i);
        v.a = simde_mm_loadu_ps(ba);
        v.b = simde_mm_loadu_ps(bb);
        v.c = simde_mm_loadu_ps(bc);
        simde_mm_storeu_ps(by, op(v));
        memcpy(y + i, by, bytes);
    }
}

INLINE void map_f64(double *y, const double *a, const double *b, const double *c, double s, double t, size_t n,
                  simde__m128d (*op)(args_f64))
{
    args_f64 v;
    v.s = simde_mm_set1_pd(s);
    v.t = simde_mm_set1_pd(t);
    v.b = v.c = simde_mm_set1_pd(0);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        simde__m128d r[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v.a = simde_mm_loadu_pd(a + i + 2 * u);
            if (b)
                v.b = simde_mm_loadu_pd(b + i + 2 * u);
            if (c)
                v.c = simde_mm_loadu_pd(c + i + 2 * u);
            r[u] = op(v);
        }
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++)
            simde_mm_storeu_pd(y + i + 2 * u, r[u]);
    }
    for (; i + 2 <= n; i += 2) {
        v.a = simde_mm_loadu_pd(a + i);
        if (b)
            v.b = simde_mm_loadu_pd(b + i);
        if (c)
            v.c = simde_mm_loadu_pd(c + i);
        simde_mm_storeu_pd(y + i, op(v));
    }
    if (i < n) {
        size_t bytes = (n - i) * sizeof(*y);
        double ba[2], bb[2], bc[2], by[2];
        vmath_tail_f64(ba, 2, a + i, n - i);
        vmath_tail_f64(bb, 2, b ? b + i : NULL, n - i);
        vmath_tail_f64(bc, 2, c ? c + i : NULL, n - i);
        v.a = simde_mm_loadu_pd(ba);
        v.b = simde_mm_loadu_pd(bb);
        v.c = simde_mm_loadu_pd(bc);
        simde_mm_storeu_pd(by, op(v));
        memcpy(y + i, by, bytes);
    }
}

/* IEEE 754-2019 minimum: min_ps(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m128 ieee_min_f32(simde__m128 a, simde__m128 b)
{
    return simde_mm_or_ps(simde_mm_min_ps(a, b), simde_mm_min_ps(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0). In a
 * NaN lane one order returns the NaN (max returns its second operand
 * then), so the OR of both, made quiet, is a NaN: a + b would be one too,
 * but it overflows for large finite lanes (FE_OVERFLOW). */
INLINE simde__m128 ieee_max_f32(simde__m128 a, simde__m128 b)
{
    simde__m128 m1 = simde_mm_max_ps(a, b), m2 = simde_mm_max_ps(b, a);
    simde__m128 nan = simde_mm_or_ps(simde_mm_or_ps(m1, m2), simde_mm_castsi128_ps(simde_mm_set1_epi32(0x00400000)));
    return simde_mm_blendv_ps(simde_mm_and_ps(m1, m2), nan, simde_mm_cmpunord_ps(a, b));
}

/* IEEE 754-2019 minimum: min_pd(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m128d ieee_min_f64(simde__m128d a, simde__m128d b)
{
    return simde_mm_or_pd(simde_mm_min_pd(a, b), simde_mm_min_pd(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0). In a
 * NaN lane one order returns the NaN (max returns its second operand
 * then), so the OR of both, made quiet, is a NaN: a + b would be one too,
 * but it overflows for large finite lanes (FE_OVERFLOW). */
INLINE simde__m128d ieee_max_f64(simde__m128d a, simde__m128d b)
{
    simde__m128d m1 = simde_mm_max_pd(a, b), m2 = simde_mm_max_pd(b, a);
    simde__m128d nan = simde_mm_or_pd(simde_mm_or_pd(m1, m2), simde_mm_castsi128_pd(simde_mm_set1_epi64x(INT64_C(0x0008000000000000))));
    return simde_mm_blendv_pd(simde_mm_and_pd(m1, m2), nan, simde_mm_cmpunord_pd(a, b));
}

/* The operations, on this ISA's vectors: src/arith_ops.h */
typedef simde__m128 V32;
typedef simde__m128d V64;

INLINE V32 v32_add(V32 a, V32 b) { return simde_mm_add_ps(a, b); }
INLINE V32 v32_sub(V32 a, V32 b) { return simde_mm_sub_ps(a, b); }
INLINE V32 v32_mul(V32 a, V32 b) { return simde_mm_mul_ps(a, b); }
INLINE V32 v32_div(V32 a, V32 b) { return simde_mm_div_ps(a, b); }
INLINE V32 v32_min(V32 a, V32 b) { return ieee_min_f32(a, b); }
INLINE V32 v32_max(V32 a, V32 b) { return ieee_max_f32(a, b); }
INLINE V32 v32_abs(V32 a) { return simde_mm_andnot_ps(simde_mm_set1_ps(-0.0f), a); }
INLINE V32 v32_neg(V32 a) { return simde_mm_xor_ps(simde_mm_set1_ps(-0.0f), a); }
INLINE V32 v32_sqrt(V32 a) { return simde_mm_sqrt_ps(a); }
INLINE V32 v32_floor(V32 a) { return simde_mm_round_ps(a, SIMDE_MM_FROUND_TO_NEG_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V32 v32_ceil(V32 a) { return simde_mm_round_ps(a, SIMDE_MM_FROUND_TO_POS_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V32 v32_trunc(V32 a) { return simde_mm_round_ps(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE V32 v32_rint(V32 a) { return simde_mm_round_ps(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }

INLINE V64 v64_add(V64 a, V64 b) { return simde_mm_add_pd(a, b); }
INLINE V64 v64_sub(V64 a, V64 b) { return simde_mm_sub_pd(a, b); }
INLINE V64 v64_mul(V64 a, V64 b) { return simde_mm_mul_pd(a, b); }
INLINE V64 v64_div(V64 a, V64 b) { return simde_mm_div_pd(a, b); }
INLINE V64 v64_min(V64 a, V64 b) { return ieee_min_f64(a, b); }
INLINE V64 v64_max(V64 a, V64 b) { return ieee_max_f64(a, b); }
INLINE V64 v64_abs(V64 a) { return simde_mm_andnot_pd(simde_mm_set1_pd(-0.0), a); }
INLINE V64 v64_neg(V64 a) { return simde_mm_xor_pd(simde_mm_set1_pd(-0.0), a); }
INLINE V64 v64_sqrt(V64 a) { return simde_mm_sqrt_pd(a); }
INLINE V64 v64_floor(V64 a) { return simde_mm_round_pd(a, SIMDE_MM_FROUND_TO_NEG_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V64 v64_ceil(V64 a) { return simde_mm_round_pd(a, SIMDE_MM_FROUND_TO_POS_INF | SIMDE_MM_FROUND_NO_EXC); }
INLINE V64 v64_trunc(V64 a) { return simde_mm_round_pd(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE V64 v64_rint(V64 a) { return simde_mm_round_pd(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }

#include "../arith_ops.h"

VMATH_INTERNAL void vmath_init_sse41_arith(vmath_kernels *k);
void vmath_init_sse41_arith(vmath_kernels *k)
{
    arith_fill(k);
}
