/* NEON kernels: reductions. The drivers (pairwise summation, chunked extreme
 * search) are in ../reduce_common.h, the kernels bound to them in
 * ../reduce_ops.h; this file supplies the vector primitives. Elements past
 * the last whole vector are handled by short scalar loops (max/min re-read
 * an overlapping last vector instead), so nothing outside x[0..n-1] is ever
 * read. */
#include <math.h>

#include "compat.h"

#include "../reduce_common.h"

#define INLINE static inline __attribute__((always_inline))

/* 8 accumulators: enough to hide FMA/add latency on common AArch64 cores. */
#define NACC 8
#define W32 4
#define W64 2
/* Each accumulator lane receives at most 16 terms of a block (plus up to
 * NACC - 1 from the single-vector loop): see reduce_common.h. */
#define BLOCK_F32 (NACC * W32 * 16)
#define BLOCK_F64 (NACC * W64 * 16)
/* Large n: VM_STREAMS parts side by side (reduce_common.h), four
 * accumulators (one 64-byte line) each, 16 terms per lane per block. */
#define BLOCK4_F32 (4 * W32 * 16)
#define BLOCK4_F64 (4 * W64 * 16)
/* Vectors of 16 bytes: in an unrolled step, every fourth starts a 64-byte
 * line, the one to prefetch (reduce_common.h). */
#define STARTS_LINE(u) ((u) % 4 == 0)

/* ---- horizontal helpers ------------------------------------------------- */

/* The 8 accumulators added as a balanced tree, then across lanes. */
INLINE float tree_f32(simde_float32x4_t a[NACC])
{
    simde_float32x4_t t = simde_vaddq_f32(simde_vaddq_f32(simde_vaddq_f32(a[0], a[4]), simde_vaddq_f32(a[1], a[5])),
                                          simde_vaddq_f32(simde_vaddq_f32(a[2], a[6]), simde_vaddq_f32(a[3], a[7])));
    return simde_vaddvq_f32(t);
}

INLINE double tree_f64(simde_float64x2_t a[NACC])
{
    simde_float64x2_t t = simde_vaddq_f64(simde_vaddq_f64(simde_vaddq_f64(a[0], a[4]), simde_vaddq_f64(a[1], a[5])),
                                          simde_vaddq_f64(simde_vaddq_f64(a[2], a[6]), simde_vaddq_f64(a[3], a[7])));
    return simde_vaddvq_f64(t);
}

/* ---- sums: one block each ------------------------------------------------- */

static float sum_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde_float32x4_t acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_vdupq_n_f32(0);
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_vaddq_f32(acc[u], simde_vld1q_f32(x + i + u * W32));
    for (; i + W32 <= n; i += W32)
        acc[0] = simde_vaddq_f32(acc[0], simde_vld1q_f32(x + i));
    float tail = 0;
    for (; i < n; i++)
        tail += x[i];
    return tree_f32(acc) + tail;
}

static float dot_block_f32(const float *a, const float *b, size_t n)
{
    simde_float32x4_t acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_vdupq_n_f32(0);
    size_t i = 0;
    for (; i + NACC * W32 <= n; i += NACC * W32)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = compat_vfmaq_f32(acc[u], simde_vld1q_f32(a + i + u * W32), simde_vld1q_f32(b + i + u * W32));
    for (; i + W32 <= n; i += W32)
        acc[0] = compat_vfmaq_f32(acc[0], simde_vld1q_f32(a + i), simde_vld1q_f32(b + i));
    float tail = 0;
    for (; i < n; i++)
        tail += a[i] * b[i];
    return tree_f32(acc) + tail;
}

/* Squares of floats in double: exact, and no overflow or underflow. Four
 * floats per load, widened in two halves. */
static double sumsq_block_f32(const float *x, const float *unused, size_t n)
{
    (void)unused;
    simde_float64x2_t acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_vdupq_n_f64(0);
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 4
        for (int u = 0; u < NACC; u += 2) {
            simde_float32x4_t f = simde_vld1q_f32(x + i + u * W64);
            simde_float64x2_t lo = simde_vcvt_f64_f32(simde_vget_low_f32(f));
            simde_float64x2_t hi = simde_vcvt_f64_f32(simde_vget_high_f32(f));
            acc[u] = compat_vfmaq_f64(acc[u], lo, lo);
            acc[u + 1] = compat_vfmaq_f64(acc[u + 1], hi, hi);
        }
    for (; i + 2 * W64 <= n; i += 2 * W64) {
        simde_float32x4_t f = simde_vld1q_f32(x + i);
        simde_float64x2_t lo = simde_vcvt_f64_f32(simde_vget_low_f32(f));
        simde_float64x2_t hi = simde_vcvt_f64_f32(simde_vget_high_f32(f));
        acc[0] = compat_vfmaq_f64(acc[0], lo, lo);
        acc[1] = compat_vfmaq_f64(acc[1], hi, hi);
    }
    double tail = 0;
    for (; i < n; i++)
        tail += (double)x[i] * x[i];
    return tree_f64(acc) + tail;
}

static double sum_block_f64(const double *x, const double *unused, size_t n)
{
    (void)unused;
    simde_float64x2_t acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_vdupq_n_f64(0);
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = simde_vaddq_f64(acc[u], simde_vld1q_f64(x + i + u * W64));
    for (; i + W64 <= n; i += W64)
        acc[0] = simde_vaddq_f64(acc[0], simde_vld1q_f64(x + i));
    double tail = 0;
    for (; i < n; i++)
        tail += x[i];
    return tree_f64(acc) + tail;
}

/* b == NULL: the sum of squares of a (norm2). */
static double dot_block_f64(const double *a, const double *b, size_t n)
{
    if (b == NULL)
        b = a;
    simde_float64x2_t acc[NACC];
    for (int u = 0; u < NACC; u++)
        acc[u] = simde_vdupq_n_f64(0);
    size_t i = 0;
    for (; i + NACC * W64 <= n; i += NACC * W64)
#pragma GCC unroll 8
        for (int u = 0; u < NACC; u++)
            acc[u] = compat_vfmaq_f64(acc[u], simde_vld1q_f64(a + i + u * W64), simde_vld1q_f64(b + i + u * W64));
    for (; i + W64 <= n; i += W64)
        acc[0] = compat_vfmaq_f64(acc[0], simde_vld1q_f64(a + i), simde_vld1q_f64(b + i));
    double tail = 0;
    for (; i < n; i++)
        tail += a[i] * b[i];
    return tree_f64(acc) + tail;
}

/* ---- sums at large n: one block of each of VM_STREAMS parts ----------------- */

/* Four vectors, one line, of each part per step. */
INLINE void block4_f32(const float *a, const float *b, size_t part, double s[VM_STREAMS], int dot)
{
    simde_float32x4_t acc[VM_STREAMS][4];
    for (int k = 0; k < VM_STREAMS; k++)
        for (int u = 0; u < 4; u++)
            acc[k][u] = simde_vdupq_n_f32(0);
    for (size_t i = 0; i < BLOCK4_F32; i += 4 * W32)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            size_t at = k * part + i;
            vm_prefetch_ahead(a + at);
            if (dot)
                vm_prefetch_ahead(b + at);
#pragma GCC unroll 4
            for (int u = 0; u < 4; u++) {
                simde_float32x4_t v = simde_vld1q_f32(a + at + u * W32);
                acc[k][u] = dot ? compat_vfmaq_f32(acc[k][u], v, simde_vld1q_f32(b + at + u * W32))
                                : simde_vaddq_f32(acc[k][u], v);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = simde_vaddvq_f32(simde_vaddq_f32(simde_vaddq_f32(acc[k][0], acc[k][2]), simde_vaddq_f32(acc[k][1], acc[k][3])));
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

/* Squares of floats in double: a line is 16 floats, eight f64 pairs, two
 * per accumulator, so BLOCK4_F64 elements give 16 terms per lane. */
INLINE void sumsq_block4_f32(const float *x, const float *unused, size_t part, double s[VM_STREAMS])
{
    (void)unused;
    simde_float64x2_t acc[VM_STREAMS][4];
    for (int k = 0; k < VM_STREAMS; k++)
        for (int u = 0; u < 4; u++)
            acc[k][u] = simde_vdupq_n_f64(0);
    for (size_t i = 0; i < BLOCK4_F64; i += 4 * W32)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            vm_prefetch_ahead(x + k * part + i);
#pragma GCC unroll 4
            for (int u = 0; u < 4; u++) {
                simde_float32x4_t f = simde_vld1q_f32(x + k * part + i + u * W32);
                simde_float64x2_t lo = simde_vcvt_f64_f32(simde_vget_low_f32(f));
                simde_float64x2_t hi = simde_vcvt_f64_f32(simde_vget_high_f32(f));
                acc[k][u] = compat_vfmaq_f64(compat_vfmaq_f64(acc[k][u], lo, lo), hi, hi);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = simde_vaddvq_f64(simde_vaddq_f64(simde_vaddq_f64(acc[k][0], acc[k][2]), simde_vaddq_f64(acc[k][1], acc[k][3])));
}

INLINE void block4_f64(const double *a, const double *b, size_t part, double s[VM_STREAMS], int dot)
{
    simde_float64x2_t acc[VM_STREAMS][4];
    for (int k = 0; k < VM_STREAMS; k++)
        for (int u = 0; u < 4; u++)
            acc[k][u] = simde_vdupq_n_f64(0);
    for (size_t i = 0; i < BLOCK4_F64; i += 4 * W64)
#pragma GCC unroll 4
        for (int k = 0; k < VM_STREAMS; k++) {
            size_t at = k * part + i;
            vm_prefetch_ahead(a + at);
            if (dot && b != a)  /* norm2 passes b == a */
                vm_prefetch_ahead(b + at);
#pragma GCC unroll 4
            for (int u = 0; u < 4; u++) {
                simde_float64x2_t v = simde_vld1q_f64(a + at + u * W64);
                acc[k][u] = dot ? compat_vfmaq_f64(acc[k][u], v, simde_vld1q_f64(b + at + u * W64))
                                : simde_vaddq_f64(acc[k][u], v);
            }
        }
    for (int k = 0; k < VM_STREAMS; k++)
        s[k] = simde_vaddvq_f64(simde_vaddq_f64(simde_vaddq_f64(acc[k][0], acc[k][2]), simde_vaddq_f64(acc[k][1], acc[k][3])));
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

/* max (is_max) or min of x[0..n-1], n >= 1. NEON's FMAX/FMIN return NaN if
 * either input is NaN, so a NaN anywhere reaches the result and no separate
 * NaN test is needed (compat.h gives the emulated build the same rule).
 * Four accumulators; the last vector overlaps the previous ones. */
INLINE float extreme_f32(const float *x, size_t n, int *nan, int is_max)
{
    float m = x[0];
    if (n < W32) {
        for (size_t i = 0; i < n; i++) {
            if (isnan(x[i]))
                *nan = 1;
            else if (is_max ? x[i] > m : x[i] < m)
                m = x[i];
        }
        return m;
    }
    simde_float32x4_t first = simde_vld1q_f32(x);
    simde_float32x4_t acc[4] = {first, first, first, first};
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        /* Large n (minval/maxval): the accumulators read VM_STREAMS parts
         * side by side (see reduce_common.h), then the loop below takes the
         * rest. Four vectors, one line, per part per step. */
        size_t part = n / VM_STREAMS / (4 * W32) * (4 * W32);
        for (size_t j = 0; j < part; j += 4 * W32)
#pragma GCC unroll 4
            for (int k = 0; k < VM_STREAMS; k++) {
                vm_prefetch_ahead(x + k * part + j);
#pragma GCC unroll 4
                for (int u = 0; u < 4; u++) {
                    simde_float32x4_t v = simde_vld1q_f32(x + k * part + j + u * W32);
                    acc[k] = is_max ? compat_vmaxq_f32(acc[k], v) : compat_vminq_f32(acc[k], v);
                }
            }
        i = VM_STREAMS * part;
    }
    for (; i + 4 * W32 <= n; i += 4 * W32)
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            if (STARTS_LINE(u))
                vm_prefetch_ahead(x + i + u * W32);
            simde_float32x4_t v = simde_vld1q_f32(x + i + u * W32);
            acc[u] = is_max ? compat_vmaxq_f32(acc[u], v) : compat_vminq_f32(acc[u], v);
        }
    for (; i < n; i += W32) {
        simde_float32x4_t v = simde_vld1q_f32(x + (i + W32 <= n ? i : n - W32));
        acc[0] = is_max ? compat_vmaxq_f32(acc[0], v) : compat_vminq_f32(acc[0], v);
    }
    simde_float32x4_t r = is_max ? compat_vmaxq_f32(compat_vmaxq_f32(acc[0], acc[1]), compat_vmaxq_f32(acc[2], acc[3]))
                                 : compat_vminq_f32(compat_vminq_f32(acc[0], acc[1]), compat_vminq_f32(acc[2], acc[3]));
    float lane[W32];
    simde_vst1q_f32(lane, r);
    m = lane[0];
    for (int k = 0; k < W32; k++) {
        if (isnan(lane[k]))
            *nan = 1;
        else if (is_max ? lane[k] > m : lane[k] < m)
            m = lane[k];
    }
    return m;
}

INLINE double extreme_f64(const double *x, size_t n, int *nan, int is_max)
{
    double m = x[0];
    if (n < W64) {
        if (isnan(m))
            *nan = 1;
        return m;
    }
    simde_float64x2_t first = simde_vld1q_f64(x);
    simde_float64x2_t acc[4] = {first, first, first, first};
    size_t i = 0;
    if (n >= VM_STREAMS_MIN) {
        /* Large n (minval/maxval): the accumulators read VM_STREAMS parts
         * side by side (see reduce_common.h), then the loop below takes the
         * rest. Four vectors, one line, per part per step. */
        size_t part = n / VM_STREAMS / (4 * W64) * (4 * W64);
        for (size_t j = 0; j < part; j += 4 * W64)
#pragma GCC unroll 4
            for (int k = 0; k < VM_STREAMS; k++) {
                vm_prefetch_ahead(x + k * part + j);
#pragma GCC unroll 4
                for (int u = 0; u < 4; u++) {
                    simde_float64x2_t v = simde_vld1q_f64(x + k * part + j + u * W64);
                    acc[k] = is_max ? compat_vmaxq_f64(acc[k], v) : compat_vminq_f64(acc[k], v);
                }
            }
        i = VM_STREAMS * part;
    }
    for (; i + 4 * W64 <= n; i += 4 * W64)
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            if (STARTS_LINE(u))
                vm_prefetch_ahead(x + i + u * W64);
            simde_float64x2_t v = simde_vld1q_f64(x + i + u * W64);
            acc[u] = is_max ? compat_vmaxq_f64(acc[u], v) : compat_vminq_f64(acc[u], v);
        }
    for (; i < n; i += W64) {
        simde_float64x2_t v = simde_vld1q_f64(x + (i + W64 <= n ? i : n - W64));
        acc[0] = is_max ? compat_vmaxq_f64(acc[0], v) : compat_vminq_f64(acc[0], v);
    }
    simde_float64x2_t r = is_max ? compat_vmaxq_f64(compat_vmaxq_f64(acc[0], acc[1]), compat_vmaxq_f64(acc[2], acc[3]))
                                 : compat_vminq_f64(compat_vminq_f64(acc[0], acc[1]), compat_vminq_f64(acc[2], acc[3]));
    double lane[W64];
    simde_vst1q_f64(lane, r);
    m = lane[0];
    for (int k = 0; k < W64; k++) {
        if (isnan(lane[k]))
            *nan = 1;
        else if (is_max ? lane[k] > m : lane[k] < m)
            m = lane[k];
    }
    return m;
}

/* Lanes where v matches: x == value, or (want_nan) x is NaN (x != x). */
INLINE simde_uint32x4_t match_f32(simde_float32x4_t v, simde_float32x4_t value, int want_nan)
{
    return want_nan ? simde_vmvnq_u32(simde_vceqq_f32(v, v)) : simde_vceqq_f32(v, value);
}

INLINE simde_uint32x4_t match_f64(simde_float64x2_t v, simde_float64x2_t value, int want_nan)
{
    simde_uint64x2_t m = simde_vceqq_f64(v, want_nan ? v : value);
    return want_nan ? simde_vmvnq_u32(simde_vreinterpretq_u32_u64(m)) : simde_vreinterpretq_u32_u64(m);
}

/* The first i < n where x[i] == v (want_nan: x[i] is NaN), or n. NEON has
 * no movemask: four vectors are tested at once, and the 16 (8) elements of
 * a hit are then scanned one by one. */
INLINE size_t first_f32(const float *x, size_t n, float v, int want_nan)
{
    simde_float32x4_t vv = simde_vdupq_n_f32(v);
    size_t i = 0;
    for (; i + 4 * W32 <= n; i += 4 * W32) {
        simde_uint32x4_t m = simde_vorrq_u32(
            simde_vorrq_u32(match_f32(simde_vld1q_f32(x + i), vv, want_nan),
                            match_f32(simde_vld1q_f32(x + i + W32), vv, want_nan)),
            simde_vorrq_u32(match_f32(simde_vld1q_f32(x + i + 2 * W32), vv, want_nan),
                            match_f32(simde_vld1q_f32(x + i + 3 * W32), vv, want_nan)));
        if (simde_vmaxvq_u32(m))
            break;
    }
    for (; i < n; i++)
        if (want_nan ? isnan(x[i]) : x[i] == v)
            return i;
    return n;
}

INLINE size_t first_f64(const double *x, size_t n, double v, int want_nan)
{
    simde_float64x2_t vv = simde_vdupq_n_f64(v);
    size_t i = 0;
    for (; i + 4 * W64 <= n; i += 4 * W64) {
        simde_uint32x4_t m = simde_vorrq_u32(
            simde_vorrq_u32(match_f64(simde_vld1q_f64(x + i), vv, want_nan),
                            match_f64(simde_vld1q_f64(x + i + W64), vv, want_nan)),
            simde_vorrq_u32(match_f64(simde_vld1q_f64(x + i + 2 * W64), vv, want_nan),
                            match_f64(simde_vld1q_f64(x + i + 3 * W64), vv, want_nan)));
        if (simde_vmaxvq_u32(m))
            break;
    }
    for (; i < n; i++)
        if (want_nan ? isnan(x[i]) : x[i] == v)
            return i;
    return n;
}

#include "../reduce_ops.h"

VMATH_INTERNAL void vmath_init_neon_reduce(vmath_kernels *k);

void vmath_init_neon_reduce(vmath_kernels *k)
{
    reduce_fill(k);
}
