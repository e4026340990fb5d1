/* AVX-512 kernels: elementwise arithmetic. Bit-identical to src/scalar/arith.c. */
#include <stdint.h>

#include "compat.h"

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

/* The inputs of one vector step: up to three arrays (a, b, c) and two
 * broadcast scalars (s, t); each operation reads what it needs. */
typedef struct {
    simde__m512 a, b, c, s, t;
} args_f32;

typedef struct {
    simde__m512d a, b, c, s, t;
} args_f64;

/* The loop every kernel shares: four vectors per iteration so independent
 * operations hide each other's latency, then one vector at a time, then a
 * masked part for the last n % W elements. b and c are NULL when unused;
 * that folds away once inlined. */
/* Up to one vector's worth (count < 16) at y + i, with masked loads and
 * stores, which never touch the lanes past count; the other lanes hold
 * 1.0 (compat_tail_loadu_ps). */
INLINE void part_f32(float *y, const float *a, const float *b, const float *c, args_f32 v, size_t i, size_t count,
                    simde__m512 (*op)(args_f32))
{
    simde__mmask16 m = (simde__mmask16)((1u << count) - 1);
    v.a = compat_tail_loadu_ps(m, a + i);
    if (b)
        v.b = compat_tail_loadu_ps(m, b + i);
    if (c)
        v.c = compat_tail_loadu_ps(m, c + i);
    compat_mask_storeu_ps(y + i, m, op(v));
}

/* Four vectors at y + i; stream != 0 stores them non-temporally (y + i must
 * then be 64-byte aligned). */
INLINE void block_f32(float *y, const float *a, const float *b, const float *c, args_f32 v, size_t i, int stream,
                     simde__m512 (*op)(args_f32))
{
    simde__m512 r[4];
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        v.a = simde_mm512_loadu_ps(a + i + 16 * u);
        if (b)
            v.b = simde_mm512_loadu_ps(b + i + 16 * u);
        if (c)
            v.c = simde_mm512_loadu_ps(c + i + 16 * u);
        r[u] = op(v);
    }
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        if (stream)
            compat_stream_ps(y + i + 16 * u, r[u]);
        else
            simde_mm512_storeu_ps(y + i + 16 * u, r[u]);
    }
}

/* Blocks of the first and second halves of [0, n) in turn; returns how far
 * it got (a multiple of two half-lengths). Out of the cache, when y is read
 * and written back anyway, one pass over each array is a single stream per
 * array that the hardware prefetchers follow only so far ahead; two
 * streams per array keep more lines in flight. Measured at n = 16M f32
 * (axpy, 2 reads + 1 write, 20-22 GB/s here): 6-9% faster than one
 * stream; software prefetches at 16-256 KB ahead gained 0-4% or lost. */
INLINE size_t halves_f32(float *y, const float *a, const float *b, const float *c, args_f32 v, size_t n,
                         simde__m512 (*op)(args_f32))
{
    size_t h = n / 2 / (4 * 16) * (4 * 16);
    for (size_t i = 0; i < h; i += 4 * 16) {
        block_f32(y, a, b, c, v, i, 0, op);
        block_f32(y, a, b, c, v, h + i, 0, op);
    }
    return 2 * h;
}

INLINE void map_f32(float *y, const float *a, const float *b, const float *c, float s, float t, size_t n, simde__m512 (*op)(args_f32))
{
    args_f32 v;
    v.s = simde_mm512_set1_ps(s);
    v.t = simde_mm512_set1_ps(t);
    v.b = v.c = simde_mm512_set1_ps(0);
    size_t i = 0;
    /* Far larger than the cache: align y, then store past the cache, which
     * skips reading y's lines in before overwriting them. Not when anything
     * reads y (in place, axpy): its lines are fetched anyway, and bypassing
     * the cache then only slows the stores. */
    size_t head = ((64 - ((uintptr_t)y & 63)) & 63) / sizeof(float);
    if (n * sizeof(float) >= vmath_stream_bytes && n >= head + 4 * 16 && y != a && y != b && y != c) {
        if (head)
            part_f32(y, a, b, c, v, 0, head, op);
        for (i = head; i + 4 * 16 <= n; i += 4 * 16)
            block_f32(y, a, b, c, v, i, 1, op);
        simde_mm_sfence();
    } else if (n * sizeof(*y) >= vmath_stream_bytes) {
        /* As large, but y is read (axpy, in place): the two halves of the
         * arrays side by side, twice the memory streams in flight (see
         * halves_f32). The rest goes on below. */
        i = halves_f32(y, a, b, c, v, n, op);
    }
    for (; i + 4 * 16 <= n; i += 4 * 16)
        block_f32(y, a, b, c, v, i, 0, op);
    for (; i + 16 <= n; i += 16) {
        v.a = simde_mm512_loadu_ps(a + i);
        if (b)
            v.b = simde_mm512_loadu_ps(b + i);
        if (c)
            v.c = simde_mm512_loadu_ps(c + i);
        simde_mm512_storeu_ps(y + i, op(v));
    }
    if (i < n)
        part_f32(y, a, b, c, v, i, n - i, op);
}

/* As part_f32: count < 8, the other lanes 1.0. */
INLINE void part_f64(double *y, const double *a, const double *b, const double *c, args_f64 v, size_t i, size_t count,
                    simde__m512d (*op)(args_f64))
{
    simde__mmask8 m = (simde__mmask8)((1u << count) - 1);
    v.a = compat_tail_loadu_pd(m, a + i);
    if (b)
        v.b = compat_tail_loadu_pd(m, b + i);
    if (c)
        v.c = compat_tail_loadu_pd(m, c + i);
    compat_mask_storeu_pd(y + i, m, op(v));
}

/* Four vectors at y + i; stream != 0 stores them non-temporally (y + i must
 * then be 64-byte aligned). */
INLINE void block_f64(double *y, const double *a, const double *b, const double *c, args_f64 v, size_t i, int stream,
                     simde__m512d (*op)(args_f64))
{
    simde__m512d r[4];
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        v.a = simde_mm512_loadu_pd(a + i + 8 * u);
        if (b)
            v.b = simde_mm512_loadu_pd(b + i + 8 * u);
        if (c)
            v.c = simde_mm512_loadu_pd(c + i + 8 * u);
        r[u] = op(v);
    }
#pragma GCC unroll 4
    for (int u = 0; u < 4; u++) {
        if (stream)
            compat_stream_pd(y + i + 8 * u, r[u]);
        else
            simde_mm512_storeu_pd(y + i + 8 * u, r[u]);
    }
}

/* Blocks of the first and second halves of [0, n) in turn; returns how far
 * it got (a multiple of two half-lengths). Out of the cache, when y is read
 * and written back anyway, one pass over each array is a single stream per
 * array that the hardware prefetchers follow only so far ahead; two
 * streams per array keep more lines in flight. Measured at n = 16M f32
 * (axpy, 2 reads + 1 write, 20-22 GB/s here): 6-9% faster than one
 * stream; software prefetches at 16-256 KB ahead gained 0-4% or lost. */
INLINE size_t halves_f64(double *y, const double *a, const double *b, const double *c, args_f64 v, size_t n,
                         simde__m512d (*op)(args_f64))
{
    size_t h = n / 2 / (4 * 8) * (4 * 8);
    for (size_t i = 0; i < h; i += 4 * 8) {
        block_f64(y, a, b, c, v, i, 0, op);
        block_f64(y, a, b, c, v, h + i, 0, op);
    }
    return 2 * h;
}

INLINE void map_f64(double *y, const double *a, const double *b, const double *c, double s, double t, size_t n, simde__m512d (*op)(args_f64))
{
    args_f64 v;
    v.s = simde_mm512_set1_pd(s);
    v.t = simde_mm512_set1_pd(t);
    v.b = v.c = simde_mm512_set1_pd(0);
    size_t i = 0;
    /* Far larger than the cache: align y, then store past the cache, which
     * skips reading y's lines in before overwriting them. Not when anything
     * reads y (in place, axpy): its lines are fetched anyway, and bypassing
     * the cache then only slows the stores. */
    size_t head = ((64 - ((uintptr_t)y & 63)) & 63) / sizeof(double);
    if (n * sizeof(double) >= vmath_stream_bytes && n >= head + 4 * 8 && y != a && y != b && y != c) {
        if (head)
            part_f64(y, a, b, c, v, 0, head, op);
        for (i = head; i + 4 * 8 <= n; i += 4 * 8)
            block_f64(y, a, b, c, v, i, 1, op);
        simde_mm_sfence();
    } else if (n * sizeof(*y) >= vmath_stream_bytes) {
        /* As large, but y is read (axpy, in place): the two halves of the
         * arrays side by side, twice the memory streams in flight (see
         * halves_f64). The rest goes on below. */
        i = halves_f64(y, a, b, c, v, n, op);
    }
    for (; i + 4 * 8 <= n; i += 4 * 8)
        block_f64(y, a, b, c, v, i, 0, op);
    for (; i + 8 <= n; i += 8) {
        v.a = simde_mm512_loadu_pd(a + i);
        if (b)
            v.b = simde_mm512_loadu_pd(b + i);
        if (c)
            v.c = simde_mm512_loadu_pd(c + i);
        simde_mm512_storeu_pd(y + i, op(v));
    }
    if (i < n)
        part_f64(y, a, b, c, v, i, n - i, op);
}

/* IEEE 754-2019 minimum: min_ps(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m512 ieee_min_f32(simde__m512 a, simde__m512 b)
{
    return simde_mm512_or_ps(simde_mm512_min_ps(a, b), simde_mm512_min_ps(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0); NaN
 * lanes are then replaced with a + b, a NaN. */
INLINE simde__m512 ieee_max_f32(simde__m512 a, simde__m512 b)
{
    simde__m512 r = simde_mm512_and_ps(simde_mm512_max_ps(a, b), simde_mm512_max_ps(b, a));
    return simde_mm512_mask_add_ps(r, simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_UNORD_Q), a, b);
}

/* IEEE 754-2019 minimum: min_pd(a, b) returns b when a == b or either is
 * NaN, so OR-ing both orders gives -0 for (+0, -0) and keeps any NaN (OR
 * cannot clear a NaN's exponent or mantissa bits). */
INLINE simde__m512d ieee_min_f64(simde__m512d a, simde__m512d b)
{
    return simde_mm512_or_pd(simde_mm512_min_pd(a, b), simde_mm512_min_pd(b, a));
}

/* IEEE 754-2019 maximum: AND of both orders gives +0 for (+0, -0); NaN
 * lanes are then replaced with a + b, a NaN. */
INLINE simde__m512d ieee_max_f64(simde__m512d a, simde__m512d b)
{
    simde__m512d r = simde_mm512_and_pd(simde_mm512_max_pd(a, b), simde_mm512_max_pd(b, a));
    return simde_mm512_mask_add_pd(r, simde_mm512_cmp_pd_mask(a, b, SIMDE_CMP_UNORD_Q), a, b);
}

/* The operations, on this ISA's vectors: src/arith_ops.h */
typedef simde__m512 V32;
typedef simde__m512d V64;

INLINE V32 v32_add(V32 a, V32 b) { return simde_mm512_add_ps(a, b); }
INLINE V32 v32_sub(V32 a, V32 b) { return simde_mm512_sub_ps(a, b); }
INLINE V32 v32_mul(V32 a, V32 b) { return simde_mm512_mul_ps(a, b); }
INLINE V32 v32_div(V32 a, V32 b) { return simde_mm512_div_ps(a, b); }
INLINE V32 v32_fma(V32 a, V32 b, V32 c) { return simde_mm512_fmadd_ps(a, b, c); }
INLINE V32 v32_min(V32 a, V32 b) { return ieee_min_f32(a, b); }
INLINE V32 v32_max(V32 a, V32 b) { return ieee_max_f32(a, b); }
/* the sign bit cleared (SIMDe's emulated _mm512_abs_ps returns -0 for -0) */
INLINE V32 v32_abs(V32 a) { return simde_mm512_castsi512_ps(simde_mm512_and_si512(simde_mm512_castps_si512(a), simde_mm512_set1_epi32(0x7fffffff))); }
INLINE V32 v32_neg(V32 a) { return simde_mm512_xor_ps(simde_mm512_set1_ps(-0.0f), a); }
INLINE V32 v32_sqrt(V32 a) { return simde_mm512_sqrt_ps(a); }
INLINE V32 v32_floor(V32 a) { return simde_mm512_roundscale_ps(a, 0x09); } /* toward -Inf, no exceptions */
INLINE V32 v32_ceil(V32 a) { return simde_mm512_roundscale_ps(a, 0x0a); }
INLINE V32 v32_trunc(V32 a) { return simde_mm512_roundscale_ps(a, 0x0b); }
INLINE V32 v32_rint(V32 a) { return simde_mm512_roundscale_ps(a, 0x08); }

INLINE V64 v64_add(V64 a, V64 b) { return simde_mm512_add_pd(a, b); }
INLINE V64 v64_sub(V64 a, V64 b) { return simde_mm512_sub_pd(a, b); }
INLINE V64 v64_mul(V64 a, V64 b) { return simde_mm512_mul_pd(a, b); }
INLINE V64 v64_div(V64 a, V64 b) { return simde_mm512_div_pd(a, b); }
INLINE V64 v64_fma(V64 a, V64 b, V64 c) { return simde_mm512_fmadd_pd(a, b, c); }
INLINE V64 v64_min(V64 a, V64 b) { return ieee_min_f64(a, b); }
INLINE V64 v64_max(V64 a, V64 b) { return ieee_max_f64(a, b); }
INLINE V64 v64_abs(V64 a) { return simde_mm512_castsi512_pd(simde_mm512_and_si512(simde_mm512_castpd_si512(a), simde_mm512_set1_epi64(INT64_MAX))); }
INLINE V64 v64_neg(V64 a) { return simde_mm512_xor_pd(simde_mm512_set1_pd(-0.0), a); }
INLINE V64 v64_sqrt(V64 a) { return simde_mm512_sqrt_pd(a); }
INLINE V64 v64_floor(V64 a) { return simde_mm512_roundscale_pd(a, 0x09); } /* toward -Inf, no exceptions */
INLINE V64 v64_ceil(V64 a) { return simde_mm512_roundscale_pd(a, 0x0a); }
INLINE V64 v64_trunc(V64 a) { return simde_mm512_roundscale_pd(a, 0x0b); }
INLINE V64 v64_rint(V64 a) { return simde_mm512_roundscale_pd(a, 0x08); }

#define ARITH_FMA
#include "../arith_ops.h"

VMATH_INTERNAL void vmath_init_avx512_arith(vmath_kernels *k);
void vmath_init_avx512_arith(vmath_kernels *k)
{
    arith_fill(k);
}
