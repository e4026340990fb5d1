/* AVX2 + FMA kernels: reductions. The drivers (pairwise summation, chunked
 * extreme search) are in ../reduce_common.h, the kernels bound to them in
 * ../reduce_ops.h; this file supplies the vector primitives. Elements past
 * the last whole vector are summed by a short scalar loop; max/min/find re-
 * read an overlapping last vector instead (reading an element twice changes
 * neither a max nor a first match), so nothing outside x[0..n-1] is ever
 * read. */
#include <math.h>

#include <simde/x86/avx2.h>
#include <simde/x86/fma.h>

#include "../reduce_common.h"

#define INLINE static inline __attribute__((always_inline))

/* 8 accumulators: two FMA/add ports x 4 cycles of latency. */
#define NACC 8
#define W32 8
#define W64 4
/* Each accumulator lane receives at most 16 terms of a block (plus up to
 * NACC - 1 from the single-vector loop): see reduce_common.h. */
#define BLOCK_F32 (NACC * W32 * 16)
#define BLOCK_F64 (NACC * W64 * 16)
/* Large n: VM_STREAMS parts side by side (reduce_common.h), two
 * accumulators each, 16 terms per lane per block. */
#define BLOCK4_F32 (2 * W32 * 16)
#define BLOCK4_F64 (2 * W64 * 16)
/* Vectors of 32 bytes: in an unrolled step, the even ones start a 64-byte
 * line, the one to prefetch (reduce_common.h). */
#define STARTS_LINE(u) ((u) % 2 == 0)

/* ---- horizontal helpers ------------------------------------------------- */

INLINE float hsum_f32(simde__m256 v)
{
    simde__m128 s = simde_mm_add_ps(simde_mm256_castps256_ps128(v), simde_mm256_extractf128_ps(v, 1));
    s = simde_mm_add_ps(s, simde_mm_movehl_ps(s, s));
    s = simde_mm_add_ss(s, simde_mm_shuffle_ps(s, s, 1));
    return simde_mm_cvtss_f32(s);
}

INLINE double hsum_f64(simde__m256d v)
{
    simde__m128d s = simde_mm_add_pd(simde_mm256_castpd256_pd128(v), simde_mm256_extractf128_pd(v, 1));
    s = simde_mm_add_sd(s, simde_mm_unpackhi_pd(s, s));
    return simde_mm_cvtsd_f64(s);
}

/* The 8 accumulators added as a balanced tree. */
INLINE simde__m256 tree_f32(simde__m256 a[NACC])
{
    return simde_mm256_add_ps(simde_mm256_add_ps(simde_mm256_add_ps(a[0], a[4]), simde_mm256_add_ps(a[1], a[5])),
                              simde_mm256_add_ps(simde_mm256_add_ps(a[2], a[6]), simde_mm256_add_ps(a[3], a[7])));
}

INLINE simde__m256d tree_f64(simde__m256d a[NACC])
{
    return simde_mm256_add_pd(simde_mm256_add_pd(simde_mm256_add_pd(a[0], a[4]), simde_mm256_add_pd(a[1], a[5])),
                              simde_mm256_add_pd(simde_mm256_add_pd(a[2], a[6]), simde_mm256_add_pd(a[3], a[7])));
}

/* ---- sums: one block each ------------------------------------------------- */

static float sum_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde__m256 acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm256_setzero_ps();
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm256_add_ps(acc[u], simde_mm256_loadu_ps(x + i + u * W32));
    for (; i + W32 <= n; i += W32)
        acc[0] = simde_mm256_add_ps(acc[0], simde_mm256_loadu_ps(x + i));
    float tail = 0;
    for (; i < n; i++)
        tail += x[i];
    return hsum_f32(tree_f32(acc)) + tail;
}

static float dot_block_f32(const float *a, const float *b, size_t n)
{
    simde__m256 acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm256_setzero_ps();
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm256_fmadd_ps(simde_mm256_loadu_ps(a + i + u * W32), simde_mm256_loadu_ps(b + i + u * W32),
                                          acc[u]);
    for (; i + W32 <= n; i += W32)
        acc[0] = simde_mm256_fmadd_ps(simde_mm256_loadu_ps(a + i), simde_mm256_loadu_ps(b + i), acc[0]);
    float tail = 0;
    for (; i < n; i++)
        tail += a[i] * b[i];
    return hsum_f32(tree_f32(acc)) + tail;
}

/* Squares of floats in double: exact, and no overflow or underflow. */
static double sumsq_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde__m256d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm256_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++) {
            simde__m256d v = simde_mm256_cvtps_pd(simde_mm_loadu_ps(x + i + u * W64));
            acc[u] = simde_mm256_fmadd_pd(v, v, acc[u]);
        }
    for (; i + W64 <= n; i += W64) {
        simde__m256d v = simde_mm256_cvtps_pd(simde_mm_loadu_ps(x + i));
        acc[0] = simde_mm256_fmadd_pd(v, v, acc[0]);
    }
    double tail = 0;
    for (; i < n; i++)
        tail += (double)x[i] * x[i];
    return hsum_f64(tree_f64(acc)) + tail;
}

static double sum_block_f64(const double *x, const double *unused, size_t n)
{
    (void)unused;
    simde__m256d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm256_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm256_add_pd(acc[u], simde_mm256_loadu_pd(x + i + u * W64));
    for (; i + W64 <= n; i += W64)
        acc[0] = simde_mm256_add_pd(acc[0], simde_mm256_loadu_pd(x + i));
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
    simde__m256d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm256_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_mm256_fmadd_pd(simde_mm256_loadu_pd(a + i + u * W64), simde_mm256_loadu_pd(b + i + u * W64),
                                          acc[u]);
    for (; i + W64 <= n; i += W64)
        acc[0] = simde_mm256_fmadd_pd(simde_mm256_loadu_pd(a + i), simde_mm256_loadu_pd(b + i), acc[0]);
    double tail = 0;
    for (; i < n; i++)
        tail += a[i] * b[i];
    return hsum_f64(tree_f64(acc)) + tail;
}

/* ---- sums at large n: one block of each of VM_STREAMS parts ----------------- */

/* Two vectors, one line, of each part per step. */
INLINE void block4_f32(const float *a, const float *b, size_t part, double s[VM_STREAMS], int dot)
{
    simde__m256 acc[VM_STREAMS][2];
    for (int k = 0; k < VM_STREAMS; k++)
        acc[k][0] = acc[k][1] = simde_mm256_setzero_ps();
    for (size_t i = 0; i < BLOCK4_F32; i += 2 * W32)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            size_t at = k * part + i;
            vm_prefetch_ahead(a + at);
            if (dot)
                vm_prefetch_ahead(b + at);
#pragma GCC unroll 2
            for (int u = 0; u < 2; u++) {
                simde__m256 v = simde_mm256_loadu_ps(a + at + u * W32);
                acc[k][u] = dot ? simde_mm256_fmadd_ps(v, simde_mm256_loadu_ps(b + at + u * W32), acc[k][u])
                                : simde_mm256_add_ps(acc[k][u], v);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = hsum_f32(simde_mm256_add_ps(acc[k][0], acc[k][1]));
}

INLINE void sum_block4_f32(const float *a, const float *unused, size_t part, double s[VM_STREAMS])
{
    (void)unused;
    block4_f32(a, a, part, s, 0);
}

INLINE void dot_block4_f32(const float *a, const float *b, size_t part, double s[VM_STREAMS])
{
    block4_f32(a, b, part, s, 1);
}

/* Squares of floats in double; 4 floats a load, four loads per line (two
 * per accumulator), so BLOCK4_F64 elements give 16 terms per lane. */
INLINE void sumsq_block4_f32(const float *x, const float *unused, size_t part, double s[VM_STREAMS])
{
    (void)unused;
    simde__m256d acc[VM_STREAMS][2];
    for (int k = 0; k < VM_STREAMS; k++)
        acc[k][0] = acc[k][1] = simde_mm256_setzero_pd();
    for (size_t i = 0; i < BLOCK4_F64; i += 4 * W64)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            vm_prefetch_ahead(x + k * part + i);
#pragma GCC unroll 4
            for (int u = 0; u < 4; u++) {
                simde__m256d v = simde_mm256_cvtps_pd(simde_mm_loadu_ps(x + k * part + i + u * W64));
                acc[k][u % 2] = simde_mm256_fmadd_pd(v, v, acc[k][u % 2]);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = hsum_f64(simde_mm256_add_pd(acc[k][0], acc[k][1]));
}

INLINE void block4_f64(const double *a, const double *b, size_t part, double s[VM_STREAMS], int dot)
{
    simde__m256d acc[VM_STREAMS][2];
    for (int k = 0; k < VM_STREAMS; k++)
        acc[k][0] = acc[k][1] = simde_mm256_setzero_pd();
    for (size_t i = 0; i < BLOCK4_F64; i += 2 * W64)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            size_t at = k * part + i;
            vm_prefetch_ahead(a + at);
            if (dot && b != a)  /* norm2 passes b == a */
                vm_prefetch_ahead(b + at);
#pragma GCC unroll 2
            for (int u = 0; u < 2; u++) {
                simde__m256d v = simde_mm256_loadu_pd(a + at + u * W64);
                acc[k][u] = dot ? simde_mm256_fmadd_pd(v, simde_mm256_loadu_pd(b + at + u * W64), acc[k][u])
                                : simde_mm256_add_pd(acc[k][u], v);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = hsum_f64(simde_mm256_add_pd(acc[k][0], acc[k][1]));
}

INLINE void sum_block4_f64(const double *a, const double *unused, size_t part, double s[VM_STREAMS])
{
    (void)unused;
    block4_f64(a, a, part, s, 0);
}

/* b == NULL: the sum of squares of a (norm2). */
INLINE void dot_block4_f64(const double *a, const double *b, size_t part, double s[VM_STREAMS])
{
    block4_f64(a, b ? b : a, part, s, 1);
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
    simde__m256 first = simde_mm256_loadu_ps(x);
    simde__m256 acc[4] = {first, first, first, first};
    simde__m256 un = simde_mm256_setzero_ps();
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        /* Large n (minval/maxval): the accumulators read VM_STREAMS parts
         * side by side (see reduce_common.h), then the loop below takes the
         * rest. Two vectors, one line, per part per step. */
        size_t part = n / VM_STREAMS / (2 * W32) * (2 * W32);
        for (size_t j = 0; j < part; j += 2 * W32) {
            simde__m256 v[2 * VM_STREAMS];
#pragma GCC unroll 8
            for (int u = 0; u < 2 * VM_STREAMS; u++) {
                const float *p = x + (size_t)(u / 2) * part + j + (size_t)(u % 2) * W32;
                if (STARTS_LINE(u))
                    vm_prefetch_ahead(p);
                v[u] = simde_mm256_loadu_ps(p);
                acc[u / 2] = is_max ? simde_mm256_max_ps(acc[u / 2], v[u]) : simde_mm256_min_ps(acc[u / 2], v[u]);
            }
#pragma GCC unroll 4
            for (int u = 0; u < 2 * VM_STREAMS; u += 2)
                un = simde_mm256_or_ps(un, simde_mm256_cmp_ps(v[u], v[u + 1], SIMDE_CMP_UNORD_Q));
        }
        i = VM_STREAMS * part;
    }
    for (; i + 4 * W32 <= n; i += 4 * W32) {
        simde__m256 v[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            if (STARTS_LINE(u))
                vm_prefetch_ahead(x + i + u * W32);
            v[u] = simde_mm256_loadu_ps(x + i + u * W32);
            acc[u] = is_max ? simde_mm256_max_ps(acc[u], v[u]) : simde_mm256_min_ps(acc[u], v[u]);
        }
        un = simde_mm256_or_ps(un, simde_mm256_or_ps(simde_mm256_cmp_ps(v[0], v[1], SIMDE_CMP_UNORD_Q),
                                                     simde_mm256_cmp_ps(v[2], v[3], SIMDE_CMP_UNORD_Q)));
    }
    /* the rest, the last vector overlapping what came before */
    for (; i < n; i += W32) {
        simde__m256 v = simde_mm256_loadu_ps(x + (i + W32 <= n ? i : n - W32));
        acc[0] = is_max ? simde_mm256_max_ps(acc[0], v) : simde_mm256_min_ps(acc[0], v);
        un = simde_mm256_or_ps(un, simde_mm256_cmp_ps(v, v, SIMDE_CMP_UNORD_Q));
    }
    if (simde_mm256_movemask_ps(un))
        *nan = 1;
    simde__m256 m = is_max ? simde_mm256_max_ps(simde_mm256_max_ps(acc[0], acc[1]), simde_mm256_max_ps(acc[2], acc[3]))
                           : simde_mm256_min_ps(simde_mm256_min_ps(acc[0], acc[1]), simde_mm256_min_ps(acc[2], acc[3]));
    float lane[W32];
    simde_mm256_storeu_ps(lane, m);
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
    simde__m256d first = simde_mm256_loadu_pd(x);
    simde__m256d acc[4] = {first, first, first, first};
    simde__m256d un = simde_mm256_setzero_pd();
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        /* Large n (minval/maxval): the accumulators read VM_STREAMS parts
         * side by side (see reduce_common.h), then the loop below takes the
         * rest. Two vectors, one line, per part per step. */
        size_t part = n / VM_STREAMS / (2 * W64) * (2 * W64);
        for (size_t j = 0; j < part; j += 2 * W64) {
            simde__m256d v[2 * VM_STREAMS];
#pragma GCC unroll 8
            for (int u = 0; u < 2 * VM_STREAMS; u++) {
                const double *p = x + (size_t)(u / 2) * part + j + (size_t)(u % 2) * W64;
                if (STARTS_LINE(u))
                    vm_prefetch_ahead(p);
                v[u] = simde_mm256_loadu_pd(p);
                acc[u / 2] = is_max ? simde_mm256_max_pd(acc[u / 2], v[u]) : simde_mm256_min_pd(acc[u / 2], v[u]);
            }
#pragma GCC unroll 4
            for (int u = 0; u < 2 * VM_STREAMS; u += 2)
                un = simde_mm256_or_pd(un, simde_mm256_cmp_pd(v[u], v[u + 1], SIMDE_CMP_UNORD_Q));
        }
        i = VM_STREAMS * part;
    }
    for (; i + 4 * W64 <= n; i += 4 * W64) {
        simde__m256d v[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            if (STARTS_LINE(u))
                vm_prefetch_ahead(x + i + u * W64);
            v[u] = simde_mm256_loadu_pd(x + i + u * W64);
            acc[u] = is_max ? simde_mm256_max_pd(acc[u], v[u]) : simde_mm256_min_pd(acc[u], v[u]);
        }
        un = simde_mm256_or_pd(un, simde_mm256_or_pd(simde_mm256_cmp_pd(v[0], v[1], SIMDE_CMP_UNORD_Q),
                                                     simde_mm256_cmp_pd(v[2], v[3], SIMDE_CMP_UNORD_Q)));
    }
    for (; i < n; i += W64) {
        simde__m256d v = simde_mm256_loadu_pd(x + (i + W64 <= n ? i : n - W64));
        acc[0] = is_max ? simde_mm256_max_pd(acc[0], v) : simde_mm256_min_pd(acc[0], v);
        un = simde_mm256_or_pd(un, simde_mm256_cmp_pd(v, v, SIMDE_CMP_UNORD_Q));
    }
    if (simde_mm256_movemask_pd(un))
        *nan = 1;
    simde__m256d m = is_max ? simde_mm256_max_pd(simde_mm256_max_pd(acc[0], acc[1]), simde_mm256_max_pd(acc[2], acc[3]))
                            : simde_mm256_min_pd(simde_mm256_min_pd(acc[0], acc[1]), simde_mm256_min_pd(acc[2], acc[3]));
    double lane[W64];
    simde_mm256_storeu_pd(lane, m);
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
    simde__m256 vv = simde_mm256_set1_ps(v);
    size_t i = 0;
    if (n >= W32) {
        for (; i + 2 * W32 <= n; i += 2 * W32) {
            simde__m256 a = simde_mm256_loadu_ps(x + i), b = simde_mm256_loadu_ps(x + i + W32);
            simde__m256 ca = want_nan ? simde_mm256_cmp_ps(a, a, SIMDE_CMP_UNORD_Q) : simde_mm256_cmp_ps(a, vv, SIMDE_CMP_EQ_OQ);
            simde__m256 cb = want_nan ? simde_mm256_cmp_ps(b, b, SIMDE_CMP_UNORD_Q) : simde_mm256_cmp_ps(b, vv, SIMDE_CMP_EQ_OQ);
            unsigned m = (unsigned)simde_mm256_movemask_ps(ca) | (unsigned)simde_mm256_movemask_ps(cb) << W32;
            if (m)
                return i + (size_t)__builtin_ctz(m);
        }
        for (; i < n; i += W32) {
            size_t at = i + W32 <= n ? i : n - W32;
            simde__m256 a = simde_mm256_loadu_ps(x + at);
            simde__m256 ca = want_nan ? simde_mm256_cmp_ps(a, a, SIMDE_CMP_UNORD_Q) : simde_mm256_cmp_ps(a, vv, SIMDE_CMP_EQ_OQ);
            unsigned m = (unsigned)simde_mm256_movemask_ps(ca);
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
    simde__m256d vv = simde_mm256_set1_pd(v);
    size_t i = 0;
    if (n >= W64) {
        for (; i + 2 * W64 <= n; i += 2 * W64) {
            simde__m256d a = simde_mm256_loadu_pd(x + i), b = simde_mm256_loadu_pd(x + i + W64);
            simde__m256d ca = want_nan ? simde_mm256_cmp_pd(a, a, SIMDE_CMP_UNORD_Q) : simde_mm256_cmp_pd(a, vv, SIMDE_CMP_EQ_OQ);
            simde__m256d cb = want_nan ? simde_mm256_cmp_pd(b, b, SIMDE_CMP_UNORD_Q) : simde_mm256_cmp_pd(b, vv, SIMDE_CMP_EQ_OQ);
            unsigned m = (unsigned)simde_mm256_movemask_pd(ca) | (unsigned)simde_mm256_movemask_pd(cb) << W64;
            if (m)
                return i + (size_t)__builtin_ctz(m);
        }
        for (; i < n; i += W64) {
            size_t at = i + W64 <= n ? i : n - W64;
            simde__m256d a = simde_mm256_loadu_pd(x + at);
            simde__m256d ca = want_nan ? simde_mm256_cmp_pd(a, a, SIMDE_CMP_UNORD_Q) : simde_mm256_cmp_pd(a, vv, SIMDE_CMP_EQ_OQ);
            unsigned m = (unsigned)simde_mm256_movemask_pd(ca);
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

VMATH_INTERNAL void vmath_init_avx2_reduce(vmath_kernels *k);

void vmath_init_avx2_reduce(vmath_kernels *k)
{
    reduce_fill(k);
}
