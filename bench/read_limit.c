/*
 * Baseline "read": the read-bandwidth limit the reductions are measured
 * against. For each reduction it reads the same arrays (the same bytes) as
 * the operation and does the least work a loop can do with them: XOR of
 * 64-byte vectors into four accumulators (GCC vector extensions, so
 * -O3 -march=native makes them AVX-512 registers here). "read-prefetch" is
 * the same loop with a software prefetch of every line 4 KiB ahead, which
 * is faster than the hardware prefetcher alone on some machines; the limit
 * is the better of the two (and of vmath's sum). The results are
 * meaningless numbers: only the time counts.
 */
#include <stdint.h>
#include <string.h>

#include "baselines.h"

typedef uint64_t u64x8 __attribute__((vector_size(64)));

#define LINE 64
#define PREFETCH_BYTES 4096

static inline u64x8 load_line(const unsigned char *p)
{
    u64x8 v;
    memcpy(&v, p, LINE);  /* any alignment */
    return v;
}

/* XOR of the bytes of a[0..bytes-1] and, when b is not NULL, of b (read
 * side by side, as dot reads its two arrays). */
static inline uint64_t read_bytes(const void *a, const void *b, size_t bytes, int prefetch)
{
    const unsigned char *x = a, *y = b;
    u64x8 acc[4] = {{0}, {0}, {0}, {0}};
    size_t i = 0;
    for (; i + 4 * LINE <= bytes; i += 4 * LINE)
        for (int u = 0; u < 4; u++) {
            if (prefetch)
                __builtin_prefetch(x + i + u * LINE + PREFETCH_BYTES);
            acc[u] ^= load_line(x + i + u * LINE);
            if (y) {
                if (prefetch)
                    __builtin_prefetch(y + i + u * LINE + PREFETCH_BYTES);
                acc[u] ^= load_line(y + i + u * LINE);
            }
        }
    uint64_t r = 0;
    for (; i < bytes; i++)
        r ^= x[i] ^ (y ? y[i] : 0);
    u64x8 s = acc[0] ^ acc[1] ^ acc[2] ^ acc[3];
    for (int k = 0; k < 8; k++)
        r ^= s[k];
    return r;
}

/* One wrapper per (return type, arrays, element type, prefetch). */
#define ONE(name, T, R, pf) \
    static R name(const T *x, size_t n) { return (R)read_bytes(x, NULL, n * sizeof(T), pf); }
#define TWO(name, T, pf) \
    static T name(const T *a, const T *b, size_t n) { return (T)read_bytes(a, b, n * sizeof(T), pf); }

ONE(read_f32, float, float, 0)
ONE(read_idx_f32, float, size_t, 0)
TWO(read2_f32, float, 0)
ONE(read_f64, double, double, 0)
ONE(read_idx_f64, double, size_t, 0)
TWO(read2_f64, double, 0)
ONE(pf_f32, float, float, 1)
ONE(pf_idx_f32, float, size_t, 1)
TWO(pf2_f32, float, 1)
ONE(pf_f64, double, double, 1)
ONE(pf_idx_f64, double, size_t, 1)
TWO(pf2_f64, double, 1)

const baseline read_limit[] = {
    {"sum_f32", (vmath_fn)read_f32},         {"norm2_f32", (vmath_fn)read_f32},
    {"minval_f32", (vmath_fn)read_f32},      {"maxval_f32", (vmath_fn)read_f32},
    {"argmin_f32", (vmath_fn)read_idx_f32},  {"argmax_f32", (vmath_fn)read_idx_f32},
    {"dot_f32", (vmath_fn)read2_f32},        {"sum_f64", (vmath_fn)read_f64},
    {"norm2_f64", (vmath_fn)read_f64},       {"minval_f64", (vmath_fn)read_f64},
    {"maxval_f64", (vmath_fn)read_f64},      {"argmin_f64", (vmath_fn)read_idx_f64},
    {"argmax_f64", (vmath_fn)read_idx_f64},  {"dot_f64", (vmath_fn)read2_f64},
    {NULL, NULL},
};

const baseline read_limit_prefetch[] = {
    {"sum_f32", (vmath_fn)pf_f32},         {"norm2_f32", (vmath_fn)pf_f32},
    {"minval_f32", (vmath_fn)pf_f32},      {"maxval_f32", (vmath_fn)pf_f32},
    {"argmin_f32", (vmath_fn)pf_idx_f32},  {"argmax_f32", (vmath_fn)pf_idx_f32},
    {"dot_f32", (vmath_fn)pf2_f32},        {"sum_f64", (vmath_fn)pf_f64},
    {"norm2_f64", (vmath_fn)pf_f64},       {"minval_f64", (vmath_fn)pf_f64},
    {"maxval_f64", (vmath_fn)pf_f64},      {"argmin_f64", (vmath_fn)pf_idx_f64},
    {"argmax_f64", (vmath_fn)pf_idx_f64},  {"dot_f64", (vmath_fn)pf2_f64},
    {NULL, NULL},
};
