/* AVX-512 kernels: reductions. The drivers (pairwise summation, chunked
 * extreme search) are in ../reduce_common.h, the kernels bound to them in
 * ../reduce_ops.h; this file supplies the vector primitives, and
 * argmax/argmin's own one-pass loop (at the end). Sums and argmax/argmin
 * take the elements past the last whole vector with a masked load (masked-
 * off lanes are never read, so they cannot fault); max/min/find re-read an
 * overlapping last vector instead (reading an element twice changes neither
 * a max nor a first match). */
#include <math.h>

#include "compat.h"

#include "../reduce_common.h"

#define INLINE static inline __attribute__((always_inline))

/* 8 accumulators: two FMA/add ports x 4 cycles of latency. */
#define NACC 8
#define W32 16
#define W64 8
/* Each accumulator lane receives at most 16 terms of a block, plus one
 * from the vectors after the last whole round: see reduce_common.h. */
#define BLOCK_F32 (NACC * W32 * 16)
#define BLOCK_F64 (NACC * W64 * 16)
/* Large n: VM_STREAMS parts side by side (reduce_common.h), two
 * accumulators each, 16 terms per lane per block as above. */
#define BLOCK4_F32 (2 * W32 * 16)
#define BLOCK4_F64 (2 * W64 * 16)

/* ---- horizontal helpers ------------------------------------------------- */

INLINE float hsum_f32(simde__m512 v)
{
    simde__m256 h = simde_mm256_add_ps(simde_mm512_castps512_ps256(v),
                                       simde_mm256_castpd_ps(simde_mm512_extractf64x4_pd(simde_mm512_castps_pd(v), 1)));
    simde__m128 s = simde_mm_add_ps(simde_mm256_castps256_ps128(h), simde_mm256_extractf128_ps(h, 1));
    s = simde_mm_add_ps(s, simde_mm_movehl_ps(s, s));
    s = simde_mm_add_ss(s, simde_mm_shuffle_ps(s, s, 1));
    return simde_mm_cvtss_f32(s);
}

INLINE double hsum_f64(simde__m512d v)
{
    simde__m256d h = simde_mm256_add_pd(simde_mm512_castpd512_pd256(v), simde_mm512_extractf64x4_pd(v, 1));
    simde__m128d s = simde_mm_add_pd(simde_mm256_castpd256_pd128(h), simde_mm256_extractf128_pd(h, 1));
    s = simde_mm_add_sd(s, simde_mm_unpackhi_pd(s, s));
    return simde_mm_cvtsd_f64(s);
}

/* The 8 accumulators added as a balanced tree. */
INLINE simde__m512 tree_f32(simde__m512 a[NACC])
{
    return simde_mm512_add_ps(simde_mm512_add_ps(simde_mm512_add_ps(a[0], a[4]), simde_mm512_add_ps(a[1], a[5])),
                              simde_mm512_add_ps(simde_mm512_add_ps(a[2], a[6]), simde_mm512_add_ps(a[3], a[7])));
}

INLINE simde__m512d tree_f64(simde__m512d a[NACC])
{
    return simde_mm512_add_pd(simde_mm512_add_pd(simde_mm512_add_pd(a[0], a[4]), simde_mm512_add_pd(a[1], a[5])),
                              simde_mm512_add_pd(simde_mm512_add_pd(a[2], a[6]), simde_mm512_add_pd(a[3], a[7])));
}

/* The lowest k lanes (0 < k < lanes). */
INLINE simde__mmask16 tail_mask16(size_t k)
{
    return (simde__mmask16)((1u << k) - 1);
}

INLINE simde__mmask8 tail_mask8(size_t k)
{
    return (simde__mmask8)((1u << k) - 1);
}

/* ---- sums: one block each ------------------------------------------------- */

/* The sum of a[i] (dot == 0) or a[i] * b[i] over one block, n <= BLOCK_F32.
 * The vectors past the last whole round of NACC go one to each accumulator
 * (no long chain on one of them), the partial one among them. Inlined into the pairwise driver, where dot is a constant
 * and so is n for every whole block. */
INLINE float block_f32(const float *a, const float *b, size_t n, int dot)
{
    simde__m512 acc[NACC];
#pragma GCC unroll 8
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm512_setzero_ps();
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++) {
            simde__m512 v = simde_mm512_loadu_ps(a + i + u * W32);
            acc[u] = dot ? simde_mm512_fmadd_ps(v, simde_mm512_loadu_ps(b + i + u * W32), acc[u])
                         : simde_mm512_add_ps(acc[u], v);
        }
    /* The rest, fewer than NACC vectors: masked loads (a whole vector's
     * mask is all ones), one vector to each accumulator. */
    size_t r = n - i;
#pragma GCC unroll 8
    for (int u = 0; u < NACC; u++) {
        size_t lo = (size_t)u * W32;
        if (lo < r) {
            simde__mmask16 m = r - lo >= W32 ? (simde__mmask16)0xffff : tail_mask16(r - lo);
            simde__m512 v = compat_maskz_loadu_ps(m, a + i + lo);
            acc[u] = dot ? simde_mm512_fmadd_ps(v, compat_maskz_loadu_ps(m, b + i + lo), acc[u])
                         : simde_mm512_add_ps(acc[u], v);
        }
    }
    return hsum_f32(tree_f32(acc));
}

INLINE double block_f64(const double *a, const double *b, size_t n, int dot)
{
    simde__m512d acc[NACC];
#pragma GCC unroll 8
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm512_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++) {
            simde__m512d v = simde_mm512_loadu_pd(a + i + u * W64);
            acc[u] = dot ? simde_mm512_fmadd_pd(v, simde_mm512_loadu_pd(b + i + u * W64), acc[u])
                         : simde_mm512_add_pd(acc[u], v);
        }
    size_t r = n - i;
#pragma GCC unroll 8
    for (int u = 0; u < NACC; u++) {
        size_t lo = (size_t)u * W64;
        if (lo < r) {
            simde__mmask8 m = r - lo >= W64 ? (simde__mmask8)0xff : tail_mask8(r - lo);
            simde__m512d v = compat_maskz_loadu_pd(m, a + i + lo);
            acc[u] = dot ? simde_mm512_fmadd_pd(v, compat_maskz_loadu_pd(m, b + i + lo), acc[u])
                         : simde_mm512_add_pd(acc[u], v);
        }
    }
    return hsum_f64(tree_f64(acc));
}

INLINE float sum_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    return block_f32(x, x, n, 0);
}

INLINE float dot_block_f32(const float *a, const float *b, size_t n)
{
    return block_f32(a, b, n, 1);
}

/* Squares of floats in double: exact, and no overflow or underflow. */
static double sumsq_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde__m512d acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_mm512_setzero_pd();
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++) {
            simde__m512d v = compat_cvtps_pd(simde_mm256_loadu_ps(x + i + u * W64));
            acc[u] = simde_mm512_fmadd_pd(v, v, acc[u]);
        }
    for (; i + W64 <= n; i += W64) {
        simde__m512d v = compat_cvtps_pd(simde_mm256_loadu_ps(x + i));
        acc[0] = simde_mm512_fmadd_pd(v, v, acc[0]);
    }
    double tail = 0;
    for (; i < n; i++)
        tail += (double)x[i] * x[i];
    return hsum_f64(tree_f64(acc)) + tail;
}

INLINE double sum_block_f64(const double *x, const double *unused, size_t n)
{
    (void)unused;
    return block_f64(x, x, n, 0);
}

/* b == NULL: the sum of squares of a (norm2). */
INLINE double dot_block_f64(const double *a, const double *b, size_t n)
{
    return block_f64(a, b ? b : a, n, 1);
}

/* ---- sums at large n: one block of each of VM_STREAMS parts ----------------- */

/* kind: 0 sum, 1 dot, 2 sum of squares (norm2_f64, b unused). */
INLINE void block4_f32(const float *a, const float *b, size_t part, double s[VM_STREAMS], int dot)
{
    simde__m512 acc[VM_STREAMS][2];
    for (int k = 0; k < VM_STREAMS; k++)
        acc[k][0] = acc[k][1] = simde_mm512_setzero_ps();
    for (size_t i = 0; i < BLOCK4_F32; i += 2 * W32)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++)
#pragma GCC unroll 2
            for (int u = 0; u < 2; u++) {
                size_t at = k * part + i + (size_t)u * W32;
                vm_prefetch_ahead(a + at);
                simde__m512 v = simde_mm512_loadu_ps(a + at);
                if (dot) {
                    vm_prefetch_ahead(b + at);
                    acc[k][u] = simde_mm512_fmadd_ps(v, simde_mm512_loadu_ps(b + at), acc[k][u]);
                } else {
                    acc[k][u] = simde_mm512_add_ps(acc[k][u], v);
                }
            }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = hsum_f32(simde_mm512_add_ps(acc[k][0], acc[k][1]));
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

/* Squares of floats in double, as sumsq_block_f32: 8 floats a load, so
 * BLOCK4_F64 elements give 16 terms per lane. */
INLINE void sumsq_block4_f32(const float *x, const float *unused, size_t part, double s[VM_STREAMS])
{
    (void)unused;
    simde__m512d acc[VM_STREAMS][2];
    for (int k = 0; k < VM_STREAMS; k++)
        acc[k][0] = acc[k][1] = simde_mm512_setzero_pd();
    for (size_t i = 0; i < BLOCK4_F64; i += 2 * W64)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            vm_prefetch_ahead(x + k * part + i);  /* the two loads share a line */
#pragma GCC unroll 2
            for (int u = 0; u < 2; u++) {
                simde__m512d v = compat_cvtps_pd(simde_mm256_loadu_ps(x + k * part + i + (size_t)u * W64));
                acc[k][u] = simde_mm512_fmadd_pd(v, v, acc[k][u]);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = hsum_f64(simde_mm512_add_pd(acc[k][0], acc[k][1]));
}

INLINE void block4_f64(const double *a, const double *b, size_t part, double s[VM_STREAMS], int dot)
{
    simde__m512d acc[VM_STREAMS][2];
    for (int k = 0; k < VM_STREAMS; k++)
        acc[k][0] = acc[k][1] = simde_mm512_setzero_pd();
    for (size_t i = 0; i < BLOCK4_F64; i += 2 * W64)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++)
#pragma GCC unroll 2
            for (int u = 0; u < 2; u++) {
                size_t at = k * part + i + (size_t)u * W64;
                vm_prefetch_ahead(a + at);
                simde__m512d v = simde_mm512_loadu_pd(a + at);
                if (dot) {
                    if (b != a)  /* norm2 passes b == a */
                        vm_prefetch_ahead(b + at);
                    acc[k][u] = simde_mm512_fmadd_pd(v, simde_mm512_loadu_pd(b + at), acc[k][u]);
                } else {
                    acc[k][u] = simde_mm512_add_pd(acc[k][u], v);
                }
            }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = hsum_f64(simde_mm512_add_pd(acc[k][0], acc[k][1]));
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
    simde__m512 first = simde_mm512_loadu_ps(x);
    simde__m512 acc[4] = {first, first, first, first};
    simde__mmask16 un = 0;
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        /* Large n: the accumulators read VM_STREAMS parts side by side
         * (see reduce_common.h), then the loop below takes the rest. */
        size_t part = n / VM_STREAMS / W32 * W32;
        for (size_t j = 0; j < part; j += W32) {
            simde__m512 v[VM_STREAMS];
#pragma GCC unroll 4
            for (int u = 0; u < VM_STREAMS; u++) {
                vm_prefetch_ahead(x + u * part + j);
                v[u] = simde_mm512_loadu_ps(x + u * part + j);
                acc[u] = is_max ? simde_mm512_max_ps(acc[u], v[u]) : simde_mm512_min_ps(acc[u], v[u]);
            }
            un |= simde_mm512_cmp_ps_mask(v[0], v[1], SIMDE_CMP_UNORD_Q) | simde_mm512_cmp_ps_mask(v[2], v[3], SIMDE_CMP_UNORD_Q);
        }
        i = VM_STREAMS * part;
    }
    for (; i + 4 * W32 <= n; i += 4 * W32) {
        simde__m512 v[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v[u] = simde_mm512_loadu_ps(x + i + u * W32);
            acc[u] = is_max ? simde_mm512_max_ps(acc[u], v[u]) : simde_mm512_min_ps(acc[u], v[u]);
        }
        un |= simde_mm512_cmp_ps_mask(v[0], v[1], SIMDE_CMP_UNORD_Q) | simde_mm512_cmp_ps_mask(v[2], v[3], SIMDE_CMP_UNORD_Q);
    }
    /* the rest, the last vector overlapping what came before */
    for (; i < n; i += W32) {
        simde__m512 v = simde_mm512_loadu_ps(x + (i + W32 <= n ? i : n - W32));
        acc[0] = is_max ? simde_mm512_max_ps(acc[0], v) : simde_mm512_min_ps(acc[0], v);
        un |= simde_mm512_cmp_ps_mask(v, v, SIMDE_CMP_UNORD_Q);
    }
    if (un)
        *nan = 1;
    simde__m512 m = is_max ? simde_mm512_max_ps(simde_mm512_max_ps(acc[0], acc[1]), simde_mm512_max_ps(acc[2], acc[3]))
                           : simde_mm512_min_ps(simde_mm512_min_ps(acc[0], acc[1]), simde_mm512_min_ps(acc[2], acc[3]));
    float lane[W32];
    simde_mm512_storeu_ps(lane, m);
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
    simde__m512d first = simde_mm512_loadu_pd(x);
    simde__m512d acc[4] = {first, first, first, first};
    simde__mmask8 un = 0;
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        /* Large n: the accumulators read VM_STREAMS parts side by side
         * (see reduce_common.h), then the loop below takes the rest. */
        size_t part = n / VM_STREAMS / W64 * W64;
        for (size_t j = 0; j < part; j += W64) {
            simde__m512d v[VM_STREAMS];
#pragma GCC unroll 4
            for (int u = 0; u < VM_STREAMS; u++) {
                vm_prefetch_ahead(x + u * part + j);
                v[u] = simde_mm512_loadu_pd(x + u * part + j);
                acc[u] = is_max ? simde_mm512_max_pd(acc[u], v[u]) : simde_mm512_min_pd(acc[u], v[u]);
            }
            un |= simde_mm512_cmp_pd_mask(v[0], v[1], SIMDE_CMP_UNORD_Q) | simde_mm512_cmp_pd_mask(v[2], v[3], SIMDE_CMP_UNORD_Q);
        }
        i = VM_STREAMS * part;
    }
    for (; i + 4 * W64 <= n; i += 4 * W64) {
        simde__m512d v[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v[u] = simde_mm512_loadu_pd(x + i + u * W64);
            acc[u] = is_max ? simde_mm512_max_pd(acc[u], v[u]) : simde_mm512_min_pd(acc[u], v[u]);
        }
        un |= simde_mm512_cmp_pd_mask(v[0], v[1], SIMDE_CMP_UNORD_Q) | simde_mm512_cmp_pd_mask(v[2], v[3], SIMDE_CMP_UNORD_Q);
    }
    for (; i < n; i += W64) {
        simde__m512d v = simde_mm512_loadu_pd(x + (i + W64 <= n ? i : n - W64));
        acc[0] = is_max ? simde_mm512_max_pd(acc[0], v) : simde_mm512_min_pd(acc[0], v);
        un |= simde_mm512_cmp_pd_mask(v, v, SIMDE_CMP_UNORD_Q);
    }
    if (un)
        *nan = 1;
    simde__m512d m = is_max ? simde_mm512_max_pd(simde_mm512_max_pd(acc[0], acc[1]), simde_mm512_max_pd(acc[2], acc[3]))
                            : simde_mm512_min_pd(simde_mm512_min_pd(acc[0], acc[1]), simde_mm512_min_pd(acc[2], acc[3]));
    double lane[W64];
    simde_mm512_storeu_pd(lane, m);
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
    simde__m512 vv = simde_mm512_set1_ps(v);
    size_t i = 0;
    if (n >= W32) {
        for (; i + 2 * W32 <= n; i += 2 * W32) {
            simde__m512 a = simde_mm512_loadu_ps(x + i), b = simde_mm512_loadu_ps(x + i + W32);
            unsigned ca = want_nan ? simde_mm512_cmp_ps_mask(a, a, SIMDE_CMP_UNORD_Q) : simde_mm512_cmp_ps_mask(a, vv, SIMDE_CMP_EQ_OQ);
            unsigned cb = want_nan ? simde_mm512_cmp_ps_mask(b, b, SIMDE_CMP_UNORD_Q) : simde_mm512_cmp_ps_mask(b, vv, SIMDE_CMP_EQ_OQ);
            unsigned m = ca | cb << W32;
            if (m)
                return i + (size_t)__builtin_ctz(m);
        }
        for (; i < n; i += W32) {
            size_t at = i + W32 <= n ? i : n - W32;
            simde__m512 a = simde_mm512_loadu_ps(x + at);
            unsigned m = want_nan ? simde_mm512_cmp_ps_mask(a, a, SIMDE_CMP_UNORD_Q) : simde_mm512_cmp_ps_mask(a, vv, SIMDE_CMP_EQ_OQ);
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
    simde__m512d vv = simde_mm512_set1_pd(v);
    size_t i = 0;
    if (n >= W64) {
        for (; i + 2 * W64 <= n; i += 2 * W64) {
            simde__m512d a = simde_mm512_loadu_pd(x + i), b = simde_mm512_loadu_pd(x + i + W64);
            unsigned ca = want_nan ? simde_mm512_cmp_pd_mask(a, a, SIMDE_CMP_UNORD_Q) : simde_mm512_cmp_pd_mask(a, vv, SIMDE_CMP_EQ_OQ);
            unsigned cb = want_nan ? simde_mm512_cmp_pd_mask(b, b, SIMDE_CMP_UNORD_Q) : simde_mm512_cmp_pd_mask(b, vv, SIMDE_CMP_EQ_OQ);
            unsigned m = ca | cb << W64;
            if (m)
                return i + (size_t)__builtin_ctz(m);
        }
        for (; i < n; i += W64) {
            size_t at = i + W64 <= n ? i : n - W64;
            simde__m512d a = simde_mm512_loadu_pd(x + at);
            unsigned m = want_nan ? simde_mm512_cmp_pd_mask(a, a, SIMDE_CMP_UNORD_Q) : simde_mm512_cmp_pd_mask(a, vv, SIMDE_CMP_EQ_OQ);
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

/* ---- argmax / argmin: one pass --------------------------------------------
 *
 * The array goes by groups of GROUP vectors. A group's per-lane max (min)
 * is a tree of vector max/min; a lane whose group value beats its best so
 * far, strictly, takes it and records the group's start, so each lane
 * keeps its best value and the first group where that lane saw it. NaNs
 * only set a flag (unordered compares, two vectors each). At the end the
 * extreme M is the best over the lanes, the first group holding M is the
 * least start among the lanes whose best is M, and a short scan from there
 * finds the first element equal to M: the array is read once, plus at most
 * one group. As in reduce_common.h, a zero extreme (whose sign vector
 * max/min do not order) and a NaN take the slow, exact paths.
 *
 * Starts are int32 (f32) or int64 (f64) lanes relative to a pass of at
 * most ARG_PASS elements; longer arrays take several passes, combined
 * with the first pass winning ties.
 */
#define GROUP 8
#define ARG_PASS ((size_t)1 << 30)

typedef struct arg_pass_f32 {
    float m;      /* the pass's extreme (a zero may have either sign) */
    size_t at;    /* start of the first group of the pass holding m */
    int nan;
} arg_pass_f32;

INLINE simde__m512 pick_f32(simde__m512 a, simde__m512 b, int is_max)
{
    return is_max ? simde_mm512_max_ps(a, b) : simde_mm512_min_ps(a, b);
}

/* Lanes where a is strictly above (is_max) or below b. Two calls: the
 * predicate must be an immediate even in unoptimized builds. */
INLINE simde__mmask16 beats_f32(simde__m512 a, simde__m512 b, int is_max)
{
    return is_max ? simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_GT_OQ) : simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_LT_OQ);
}

/* One group of GROUP vectors at x + i (i relative to the pass) into one
 * stream's lanes: a lane whose group max (min) beats its best, strictly,
 * takes it and the group start. */
INLINE void arg_group_f32(simde__m512 *best, simde__m512i *at, const float *x, size_t i, simde__mmask16 *un, int is_max)
{
    simde__m512 v[GROUP];
#pragma GCC unroll 8
    for (int u = 0; u < GROUP; u++) {
        vm_prefetch_ahead(x + i + (size_t)u * W32);
        v[u] = simde_mm512_loadu_ps(x + i + (size_t)u * W32);
    }
#pragma GCC unroll 4
    for (int u = 0; u < GROUP; u += 2)
        *un |= simde_mm512_cmp_ps_mask(v[u], v[u + 1], SIMDE_CMP_UNORD_Q);
    simde__m512 m = pick_f32(pick_f32(pick_f32(v[0], v[1], is_max), pick_f32(v[2], v[3], is_max), is_max),
                             pick_f32(pick_f32(v[4], v[5], is_max), pick_f32(v[6], v[7], is_max), is_max), is_max);
    simde__mmask16 better = beats_f32(m, *best, is_max);
    *best = simde_mm512_mask_mov_ps(*best, better, m);
    *at = simde_mm512_mask_mov_epi32(*at, better, simde_mm512_set1_epi32((int32_t)i));
}

/* Large n reads VM_STREAMS parts side by side (see reduce_common.h), each
 * part with its own lanes; the rest continues in stream 0's lanes, after
 * its part, so each lane still sees its elements in increasing order. The
 * first group holding M is the least start among all lanes of all streams
 * whose best is M. */
INLINE arg_pass_f32 arg_pass_f32_run(const float *x, size_t n, int is_max)
{
    simde__m512 fill = simde_mm512_set1_ps(is_max ? -INFINITY : INFINITY);
    simde__m512 best[VM_STREAMS];
    simde__m512i at[VM_STREAMS];
    for (int k = 0; k < VM_STREAMS; k++) {
        best[k] = fill;
        at[k] = simde_mm512_setzero_si512();
    }
    simde__mmask16 un = 0;
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        size_t part = n / VM_STREAMS / (GROUP * W32) * (GROUP * W32);
        for (size_t j = 0; j < part; j += GROUP * W32)
#pragma GCC unroll 4
            for (int k = 0; k < VM_STREAMS; k++)
                arg_group_f32(&best[k], &at[k], x, k * part + j, &un, is_max);
        i = VM_STREAMS * part;
    }
    for (; i + GROUP * W32 <= n; i += GROUP * W32)
        arg_group_f32(&best[0], &at[0], x, i, &un, is_max);
    if (i < n) {
        /* The last group: masked loads, the lanes past n filled with the
         * value that never wins (and is not NaN). */
        size_t r = n - i;
        simde__m512 m = fill;
#pragma GCC unroll 8
        for (int u = 0; u < GROUP; u++) {
            size_t lo = (size_t)u * W32;
            if (lo < r) {
                simde__mmask16 k = r - lo >= W32 ? (simde__mmask16)0xffff : tail_mask16(r - lo);
                simde__m512 v = simde_mm512_mask_mov_ps(fill, k, compat_maskz_loadu_ps(k, x + i + lo));
                un |= simde_mm512_cmp_ps_mask(v, v, SIMDE_CMP_UNORD_Q);
                m = pick_f32(m, v, is_max);
            }
        }
        simde__mmask16 better = beats_f32(m, best[0], is_max);
        best[0] = simde_mm512_mask_mov_ps(best[0], better, m);
        at[0] = simde_mm512_mask_mov_epi32(at[0], better, simde_mm512_set1_epi32((int32_t)i));
    }
    /* Across the lanes with shuffles (a store and a scalar loop over the
     * lanes cost ~20 ns per call): M in every lane, then the least start
     * among the lanes holding it. Lanes equal to M by == (a zero M is
     * settled by the caller's slow path). A stream that read nothing holds
     * the fill value at start 0: it holds M only if every element is that
     * infinity, and then the answer is index 0 anyway. */
    arg_pass_f32 res = {0, 0, un != 0};
    simde__m512 m = pick_f32(pick_f32(best[0], best[1], is_max), pick_f32(best[2], best[3], is_max), is_max);
    m = pick_f32(m, simde_mm512_shuffle_f32x4(m, m, 0xb1), is_max);
    m = pick_f32(m, simde_mm512_shuffle_f32x4(m, m, 0x4e), is_max);
    m = pick_f32(m, simde_mm512_shuffle_ps(m, m, 0xb1), is_max);
    m = pick_f32(m, simde_mm512_shuffle_ps(m, m, 0x4e), is_max);
    simde__m512i s = simde_mm512_set1_epi32(INT32_MAX);
    for (int k = 0; k < VM_STREAMS; k++) {
        simde__mmask16 holds = simde_mm512_cmp_ps_mask(best[k], m, SIMDE_CMP_EQ_OQ);
        s = simde_mm512_min_epi32(s, simde_mm512_mask_mov_epi32(simde_mm512_set1_epi32(INT32_MAX), holds, at[k]));
    }
    s = simde_mm512_min_epi32(s, simde_mm512_shuffle_i32x4(s, s, 0xb1));
    s = simde_mm512_min_epi32(s, simde_mm512_shuffle_i32x4(s, s, 0x4e));
    s = simde_mm512_min_epi32(s, simde_mm512_castps_si512(simde_mm512_shuffle_ps(simde_mm512_castsi512_ps(s), simde_mm512_castsi512_ps(s), 0xb1)));
    s = simde_mm512_min_epi32(s, simde_mm512_castps_si512(simde_mm512_shuffle_ps(simde_mm512_castsi512_ps(s), simde_mm512_castsi512_ps(s), 0x4e)));
    res.m = simde_mm_cvtss_f32(simde_mm512_castps512_ps128(m));
    res.at = (size_t)simde_mm_cvtsi128_si32(simde_mm512_castsi512_si128(s));
    return res;
}

INLINE size_t arg_f32(const float *x, size_t n, int is_max)
{
    if (n == 0)
        return SIZE_MAX;
    float m = 0;
    size_t at = 0;
    for (size_t base = 0; base < n; base += ARG_PASS) {
        size_t len = n - base < ARG_PASS ? n - base : ARG_PASS;
        arg_pass_f32 p = arg_pass_f32_run(x + base, len, is_max);
        if (p.nan)
            return base + find_nan_f32(x + base, len);  /* no NaN in earlier passes */
        if (base == 0 || (is_max ? p.m > m : p.m < m)) {
            m = p.m;
            at = base + p.at;
        }
    }
    if (m == 0)
        return vm_first_zero_f32(&ext_f32, x, n, is_max);
    return at + find_f32(x + at, n - at, m);
}

typedef struct arg_pass_f64 {
    double m;
    size_t at;
    int nan;
} arg_pass_f64;

INLINE simde__m512d pick_f64(simde__m512d a, simde__m512d b, int is_max)
{
    return is_max ? simde_mm512_max_pd(a, b) : simde_mm512_min_pd(a, b);
}

INLINE simde__mmask8 beats_f64(simde__m512d a, simde__m512d b, int is_max)
{
    return is_max ? simde_mm512_cmp_pd_mask(a, b, SIMDE_CMP_GT_OQ) : simde_mm512_cmp_pd_mask(a, b, SIMDE_CMP_LT_OQ);
}

INLINE void arg_group_f64(simde__m512d *best, simde__m512i *at, const double *x, size_t i, simde__mmask8 *un, int is_max)
{
    simde__m512d v[GROUP];
#pragma GCC unroll 8
    for (int u = 0; u < GROUP; u++) {
        vm_prefetch_ahead(x + i + (size_t)u * W64);
        v[u] = simde_mm512_loadu_pd(x + i + (size_t)u * W64);
    }
#pragma GCC unroll 4
    for (int u = 0; u < GROUP; u += 2)
        *un |= simde_mm512_cmp_pd_mask(v[u], v[u + 1], SIMDE_CMP_UNORD_Q);
    simde__m512d m = pick_f64(pick_f64(pick_f64(v[0], v[1], is_max), pick_f64(v[2], v[3], is_max), is_max),
                              pick_f64(pick_f64(v[4], v[5], is_max), pick_f64(v[6], v[7], is_max), is_max), is_max);
    simde__mmask8 better = beats_f64(m, *best, is_max);
    *best = simde_mm512_mask_mov_pd(*best, better, m);
    *at = simde_mm512_mask_mov_epi64(*at, better, simde_mm512_set1_epi64((int64_t)i));
}

INLINE arg_pass_f64 arg_pass_f64_run(const double *x, size_t n, int is_max)
{
    simde__m512d fill = simde_mm512_set1_pd(is_max ? -INFINITY : INFINITY);
    simde__m512d best[VM_STREAMS];
    simde__m512i at[VM_STREAMS];
    for (int k = 0; k < VM_STREAMS; k++) {
        best[k] = fill;
        at[k] = simde_mm512_setzero_si512();
    }
    simde__mmask8 un = 0;
    size_t i = 0;
    int streams = 1;
    if (n >= VM_STREAMS_MIN) {
        size_t part = n / VM_STREAMS / (GROUP * W64) * (GROUP * W64);
        for (size_t j = 0; j < part; j += GROUP * W64)
#pragma GCC unroll 4
            for (int k = 0; k < VM_STREAMS; k++)
                arg_group_f64(&best[k], &at[k], x, k * part + j, &un, is_max);
        i = VM_STREAMS * part;
        streams = VM_STREAMS;
    }
    for (; i + GROUP * W64 <= n; i += GROUP * W64)
        arg_group_f64(&best[0], &at[0], x, i, &un, is_max);
    if (i < n) {
        size_t r = n - i;
        simde__m512d m = fill;
#pragma GCC unroll 8
        for (int u = 0; u < GROUP; u++) {
            size_t lo = (size_t)u * W64;
            if (lo < r) {
                simde__mmask8 k = r - lo >= W64 ? (simde__mmask8)0xff : tail_mask8(r - lo);
                simde__m512d v = simde_mm512_mask_mov_pd(fill, k, compat_maskz_loadu_pd(k, x + i + lo));
                un |= simde_mm512_cmp_pd_mask(v, v, SIMDE_CMP_UNORD_Q);
                m = pick_f64(m, v, is_max);
            }
        }
        simde__mmask8 better = beats_f64(m, best[0], is_max);
        best[0] = simde_mm512_mask_mov_pd(best[0], better, m);
        at[0] = simde_mm512_mask_mov_epi64(at[0], better, simde_mm512_set1_epi64((int64_t)i));
    }
    /* The lanes of the streams used, as in arg_pass_f32_run. */
    arg_pass_f64 res = {0, 0, un != 0};
    double lane[VM_STREAMS * W64];
    int64_t start[VM_STREAMS * W64];
    for (int k = 0; k < streams; k++) {
        simde_mm512_storeu_pd(lane + k * W64, best[k]);
        simde_mm512_storeu_si512(start + k * W64, at[k]);
    }
    res.m = lane[0];
    res.at = (size_t)start[0];
    for (int k = 1; k < streams * W64; k++) {
        if (is_max ? lane[k] > res.m : lane[k] < res.m) {
            res.m = lane[k];
            res.at = (size_t)start[k];
        } else if (lane[k] == res.m && (size_t)start[k] < res.at) {
            res.at = (size_t)start[k];
        }
    }
    return res;
}

INLINE size_t arg_f64(const double *x, size_t n, int is_max)
{
    if (n == 0)
        return SIZE_MAX;
    double m = 0;
    size_t at = 0;
    for (size_t base = 0; base < n; base += ARG_PASS) {
        size_t len = n - base < ARG_PASS ? n - base : ARG_PASS;
        arg_pass_f64 p = arg_pass_f64_run(x + base, len, is_max);
        if (p.nan)
            return base + find_nan_f64(x + base, len);
        if (base == 0 || (is_max ? p.m > m : p.m < m)) {
            m = p.m;
            at = base + p.at;
        }
    }
    if (m == 0)
        return vm_first_zero_f64(&ext_f64, x, n, is_max);
    return at + find_f64(x + at, n - at, m);
}

static size_t argmax_onepass_f32(const float *x, size_t n)
{
    return arg_f32(x, n, 1);
}

static size_t argmin_onepass_f32(const float *x, size_t n)
{
    return arg_f32(x, n, 0);
}

static size_t argmax_onepass_f64(const double *x, size_t n)
{
    return arg_f64(x, n, 1);
}

static size_t argmin_onepass_f64(const double *x, size_t n)
{
    return arg_f64(x, n, 0);
}

VMATH_INTERNAL void vmath_init_avx512_reduce(vmath_kernels *k);

void vmath_init_avx512_reduce(vmath_kernels *k)
{
    reduce_fill(k);
    k->argmin_f32 = argmin_onepass_f32;
    k->argmax_f32 = argmax_onepass_f32;
    k->argmin_f64 = argmin_onepass_f64;
    k->argmax_f64 = argmax_onepass_f64;
}
