/* SSE4.1 kernels: reductions. The drivers (pairwise summation, chunked
 * extreme search) are in ../reduce_common.h, the kernels bound to them in
 * ../reduce_ops.h; this file supplies the vector primitives. Elements past
 * the last whole vector are summed by a short scalar loop; max/min/find re-
 * read an overlapping last vector instead (reading an element twice changes
 * neither a max nor a first match), so nothing outside x[0..n-1] is ever
 * read. */
#include <math.h>

#include <simde/x86/sse4.1.h>

#include "../reduce_common.h"

#define INLINE static inline __attribute__((always_inline))

/* 8 accumulators: two add ports x 4 cycles of latency. SSE4.1 has no FMA:
 * products are rounded, then added (within the same error bound). */
#define NACC 8
#define W32 4
#define W64 2
/* Each accumulator lane receives at most 16 terms of a block (plus up to
 * NACC - 1 from the single-vector loop): see reduce_common.h. */
#define BLOCK_F32 (NACC * W32 * 16)
#define BLOCK_F64 (NACC * W64 * 16)

/* ---- horizontal helpers ------------------------------------------------- */

INLINE float hsum_f32(simde__m128 v)
{
    simde__m128 s = simde_mm_add_ps(v, simde_mm_movehl_ps(v, v));
    s = simde_mm_add_ss(s, simde_mm_shuffle_ps(s, s, 1));
    return simde_mm_cvtss_f32(s);
}

INLINE double hsum_f64(simde__m128d v)
{
    simde__m128d s = simde_mm_add_sd(v, simde_mm_unpackhi_pd(v, v));
    return simde_mm_cvtsd_f64(s);
}

/* The 8 accumulators added as a balanced tree. */
INLINE simde__m128 tree_f32(simde__m128 a[NACC])
{
    return simde_mm_add_ps(simde_mm_add_ps(simde_mm_add_ps(a[0], a[4]), simde_mm_add_ps(a[1], a[5])),
                              simde_mm_add_ps(simde_mm_add_ps(a[2], a[6]), simde_mm_add_ps(a[3], a[7])));
}

INLINE simde__m128d tree_f64(simde__m128d a[NACC])
{
    return simde_mm_add_pd(simde_mm_add_pd(simde_mm_add_pd(a[0], a[4]), simde_mm_add_pd(a[1], a[5])),
                              simde_mm_add_pd(simde_mm_add_pd(a[2], a[6]), simde_mm_add_pd(a[3], a[7])));
}

/* ---- sums: one block each ------------------------------------------------- */

static float sum_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde__m128 acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm_setzero_ps();
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm_add_ps(acc[u], simde_mm_loadu_ps(x + i + u * W32));
    for (; i + W32 <= n; i += W32)
        acc[0] = simde_mm_add_ps(acc[0], simde_mm_loadu_ps(x + i));
    float tail = 0;
    for (; i < n; i++)
        tail += x[i];
    return hsum_f32(tree_f32(acc)) + tail;
}

static float dot_block_f32(const float *a, const float *b, size_t n)
{
    simde__m128 acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm_setzero_ps();
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm_add_ps(simde_mm_mul_ps(simde_mm_loadu_ps(a + i + u * W32), simde_mm_loadu_ps(b + i + u * W32)),
                                   acc[u]);
    for (; i + W32 <= n; i += W32)
        acc[0] = simde_mm_add_ps(simde_mm_mul_ps(simde_mm_loadu_ps(a + i), simde_mm_loadu_ps(b + i)), acc[0]);
    float tail = 0;
    for (; i < n; i++)
        tail += a[i] * b[i];
    return hsum_f32(tree_f32(acc)) + tail;
}

/* Squares of floats in double: exact, and no overflow or underflow. Four
 * floats per load, widened in two halves. */
static double sumsq_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde__m128d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 4
        for (int u = 0; u < NACC; u += 2) {
            simde__m128 f = simde_mm_loadu_ps(x + i + u * W64);
            simde__m128d lo = simde_mm_cvtps_pd(f), hi = simde_mm_cvtps_pd(simde_mm_movehl_ps(f, f));
            acc[u] = simde_mm_add_pd(simde_mm_mul_pd(lo, lo), acc[u]);
            acc[u + 1] = simde_mm_add_pd(simde_mm_mul_pd(hi, hi), acc[u + 1]);
        }
    for (; i + 2 * W64 <= n; i += 2 * W64) {
        simde__m128 f = simde_mm_loadu_ps(x + i);
        simde__m128d lo = simde_mm_cvtps_pd(f), hi = simde_mm_cvtps_pd(simde_mm_movehl_ps(f, f));
        acc[0] = simde_mm_add_pd(simde_mm_mul_pd(lo, lo), acc[0]);
        acc[1] = simde_mm_add_pd(simde_mm_mul_pd(hi, hi), acc[1]);
    }
    double tail = 0;
    for (; i < n; i++)
        tail += (double)x[i] * x[i];
    return hsum_f64(tree_f64(acc)) + tail;
}

static double sum_block_f64(const double *x, const double *unused, size_t n)
{
    (void)unused;
    simde__m128d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm_add_pd(acc[u], simde_mm_loadu_pd(x + i + u * W64));
    for (; i + W64 <= n; i += W64)
        acc[0] = simde_mm_add_pd(acc[0], simde_mm_loadu_pd(x + i));
    double tail = 0;
    for (; i < n; i++)
        tail += x[i];
    return hsum_f64(tree_f64(acc)) + tail;
}

/* b == NULL: the sum of squares of a (norm2). */
static double dot_block_f64(const double *a, const double *b, size_t n)
{
    if (b == NULL)
        b = a;
    simde__m128d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm_add_pd(simde_mm_mul_pd(simde_mm_loadu_pd(a + i + u * W64), simde_mm_loadu_pd(b + i + u * W64)),
                                   acc[u]);
    for (; i + W64 <= n; i += W64)
        acc[0] = simde_mm_add_pd(simde_mm_mul_pd(simde_mm_loadu_pd(a + i), simde_mm_loadu_pd(b + i)), acc[0]);
    double tail = 0;
    for (; i < n; i++)
        tail += a[i] * b[i];
    return hsum_f64(tree_f64(acc)) + tail;
}

/* ---- extremes: the primitives of vm_ext_f32/f64 --------------------------- */

/* max (is_max) or min of x[0..n-1], n >= 1, as vector max/min give it (a
 * zero may come out with either sign); *nan if any element is NaN. Four
 * accumulators; one UNORD compare checks two vectors for NaN at once. */
INLINE float extreme_f32(const float *x, size_t n, int *nan, int is_max)
{
    if (n < W32) {
        float m = x[0];
        for (size_t i = 0; i < n; i++) {
            if (isnan(x[i]))
                *nan = 1;
            else if (is_max ? x[i] > m : x[i] < m)
                m = x[i];
        }
        return m;
    }
    simde__m128 first = simde_mm_loadu_ps(x);
    simde__m128 acc[4] = {first, first, first, first};
    simde__m128 un = simde_mm_setzero_ps();
    size_t i = 0;
    for (; i + 4 * W32 <= n; i += 4 * W32) {
        simde__m128 v[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v[u] = simde_mm_loadu_ps(x + i + u * W32);
            acc[u] = is_max ? simde_mm_max_ps(acc[u], v[u]) : simde_mm_min_ps(acc[u], v[u]);
        }
        un = simde_mm_or_ps(un, simde_mm_or_ps(simde_mm_cmpunord_ps(v[0], v[1]),
                                                     simde_mm_cmpunord_ps(v[2], v[3])));
    }
    /* the rest, the last vector overlapping what came before */
    for (; i < n; i += W32) {
        simde__m128 v = simde_mm_loadu_ps(x + (i + W32 <= n ? i : n - W32));
        acc[0] = is_max ? simde_mm_max_ps(acc[0], v) : simde_mm_min_ps(acc[0], v);
        un = simde_mm_or_ps(un, simde_mm_cmpunord_ps(v, v));
    }
    if (simde_mm_movemask_ps(un))
        *nan = 1;
    simde__m128 m = is_max ? simde_mm_max_ps(simde_mm_max_ps(acc[0], acc[1]), simde_mm_max_ps(acc[2], acc[3]))
                           : simde_mm_min_ps(simde_mm_min_ps(acc[0], acc[1]), simde_mm_min_ps(acc[2], acc[3]));
    float lane[W32];
    simde_mm_storeu_ps(lane, m);
    float r = lane[0];
    for (int k = 1; k < W32; k++)
        if (is_max ? lane[k] > r : lane[k] < r)
            r = lane[k];
    return r;
}

INLINE double extreme_f64(const double *x, size_t n, int *nan, int is_max)
{
    if (n < W64) {
        double m = x[0];
        for (size_t i = 0; i < n; i++) {
            if (isnan(x[i]))
                *nan = 1;
            else if (is_max ? x[i] > m : x[i] < m)
                m = x[i];
        }
        return m;
    }
    simde__m128d first = simde_mm_loadu_pd(x);
    simde__m128d acc[4] = {first, first, first, first};
    simde__m128d un = simde_mm_setzero_pd();
    size_t i = 0;
    for (; i + 4 * W64 <= n; i += 4 * W64) {
        simde__m128d v[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v[u] = simde_mm_loadu_pd(x + i + u * W64);
            acc[u] = is_max ? simde_mm_max_pd(acc[u], v[u]) : simde_mm_min_pd(acc[u], v[u]);
        }
        un = simde_mm_or_pd(un, simde_mm_or_pd(simde_mm_cmpunord_pd(v[0], v[1]),
                                                     simde_mm_cmpunord_pd(v[2], v[3])));
    }
    for (; i < n; i += W64) {
        simde__m128d v = simde_mm_loadu_pd(x + (i + W64 <= n ? i : n - W64));
        acc[0] = is_max ? simde_mm_max_pd(acc[0], v) : simde_mm_min_pd(acc[0], v);
        un = simde_mm_or_pd(un, simde_mm_cmpunord_pd(v, v));
    }
    if (simde_mm_movemask_pd(un))
        *nan = 1;
    simde__m128d m = is_max ? simde_mm_max_pd(simde_mm_max_pd(acc[0], acc[1]), simde_mm_max_pd(acc[2], acc[3]))
                            : simde_mm_min_pd(simde_mm_min_pd(acc[0], acc[1]), simde_mm_min_pd(acc[2], acc[3]));
    double lane[W64];
    simde_mm_storeu_pd(lane, m);
    double r = lane[0];
    for (int k = 1; k < W64; k++)
        if (is_max ? lane[k] > r : lane[k] < r)
            r = lane[k];
    return r;
}

/* The first i < n where x[i] == v (want_nan: x[i] is NaN), or n. Two
 * vectors per step; the last vector overlaps the previous ones, which
 * held no match. */
INLINE size_t first_f32(const float *x, size_t n, float v, int want_nan)
{
    simde__m128 vv = simde_mm_set1_ps(v);
    size_t i = 0;
    if (n >= W32) {
        for (; i + 2 * W32 <= n; i += 2 * W32) {
            simde__m128 a = simde_mm_loadu_ps(x + i), b = simde_mm_loadu_ps(x + i + W32);
            simde__m128 ca = want_nan ? simde_mm_cmpunord_ps(a, a) : simde_mm_cmpeq_ps(a, vv);
            simde__m128 cb = want_nan ? simde_mm_cmpunord_ps(b, b) : simde_mm_cmpeq_ps(b, vv);
            unsigned m = (unsigned)simde_mm_movemask_ps(ca) | (unsigned)simde_mm_movemask_ps(cb) << W32;
            if (m)
                return i + (size_t)__builtin_ctz(m);
        }
        for (; i < n; i += W32) {
            size_t at = i + W32 <= n ? i : n - W32;
            simde__m128 a = simde_mm_loadu_ps(x + at);
            simde__m128 ca = want_nan ? simde_mm_cmpunord_ps(a, a) : simde_mm_cmpeq_ps(a, vv);
            unsigned m = (unsigned)simde_mm_movemask_ps(ca);
            if (m)
                return at + (size_t)__builtin_ctz(m);
        }
        return n;
    }
    for (; i < n; i++)
        if (want_nan ? isnan(x[i]) : x[i] == v)
            return i;
    return n;
}

INLINE size_t first_f64(const double *x, size_t n, double v, int want_nan)
{
    simde__m128d vv = simde_mm_set1_pd(v);
    size_t i = 0;
    if (n >= W64) {
        for (; i + 2 * W64 <= n; i += 2 * W64) {
            simde__m128d a = simde_mm_loadu_pd(x + i), b = simde_mm_loadu_pd(x + i + W64);
            simde__m128d ca = want_nan ? simde_mm_cmpunord_pd(a, a) : simde_mm_cmpeq_pd(a, vv);
            simde__m128d cb = want_nan ? simde_mm_cmpunord_pd(b, b) : simde_mm_cmpeq_pd(b, vv);
            unsigned m = (unsigned)simde_mm_movemask_pd(ca) | (unsigned)simde_mm_movemask_pd(cb) << W64;
            if (m)
                return i + (size_t)__builtin_ctz(m);
        }
        for (; i < n; i += W64) {
            size_t at = i + W64 <= n ? i : n - W64;
            simde__m128d a = simde_mm_loadu_pd(x + at);
            simde__m128d ca = want_nan ? simde_mm_cmpunord_pd(a, a) : simde_mm_cmpeq_pd(a, vv);
            unsigned m = (unsigned)simde_mm_movemask_pd(ca);
            if (m)
                return at + (size_t)__builtin_ctz(m);
        }
        return n;
    }
    for (; i < n; i++)
        if (want_nan ? isnan(x[i]) : x[i] == v)
            return i;
    return n;
}

#include "../reduce_ops.h"

VMATH_INTERNAL void vmath_init_sse41_reduce(vmath_kernels *k);

void vmath_init_sse41_reduce(vmath_kernels *k)
{
    reduce_fill(k);
}
