/*
 * Baseline "read": the read-bandwidth limit the reductions are measured
 * against. For each reduction it reads the same arrays (the same bytes) as
 * the operation and does the least work a loop can do with them: XOR of
 * 64-byte vectors into four accumulators (GCC vector extensions, so
 * -O3 -march=native makes them AVX-512 registers here). "read-prefetch" is
 * the same loop with a software prefetch of every line 4 KiB ahead, which
 * is faster than the hardware prefetcher alone on some machines.
 * "read-4streams" reads the four quarters of each array side by side,
 * prefetched: on our AVX-512 VM that is the fastest read of a large array
 * by one core (about 15% faster than one stream). The limit is the best of
 * the three. The results are meaningless numbers: only the time counts.
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
 * side by side, as dot reads its two arrays), in `streams` parts of whole
 * 4-line steps read side by side (then the rest, byte by byte). */
static inline uint64_t read_bytes(const void *a, const void *b, size_t bytes, int prefetch, int streams)
{
    const unsigned char *x = a, *y = b;
    u64x8 acc[4] = {{0}, {0}, {0}, {0}};
    size_t part = bytes / streams / (4 * LINE) * (4 * LINE);
    for (size_t i = 0; i < part; i += 4 * LINE)
        for (int k = 0; k < streams; k++)
            for (int u = 0; u < 4; u++) {
                size_t at = k * part + i + u * LINE;
                if (prefetch)
                    __builtin_prefetch(x + at + PREFETCH_BYTES);
                acc[u] ^= load_line(x + at);
                if (y) {
                    if (prefetch)
                        __builtin_prefetch(y + at + PREFETCH_BYTES);
                    acc[u] ^= load_line(y + at);
                }
            }
    uint64_t r = 0;
    for (size_t i = streams * part; i < bytes; i++)
        r ^= x[i] ^ (y ? y[i] : 0);
    u64x8 s = acc[0] ^ acc[1] ^ acc[2] ^ acc[3];
    for (int k = 0; k < 8; k++)
        r ^= s[k];
    return r;
}

/* One wrapper per (return type, arrays, element type, prefetch, streams). */
#define ONE(name, T, R, pf, st) \
    static R name(const T *x, size_t n) { return (R)read_bytes(x, NULL, n * sizeof(T), pf, st); }
#define TWO(name, T, pf, st) \
    static T name(const T *a, const T *b, size_t n) { return (T)read_bytes(a, b, n * sizeof(T), pf, st); }

ONE(read_f32, float, float, 0, 1)
ONE(read_idx_f32, float, size_t, 0, 1)
TWO(read2_f32, float, 0, 1)
ONE(read_f64, double, double, 0, 1)
ONE(read_idx_f64, double, size_t, 0, 1)
TWO(read2_f64, double, 0, 1)
ONE(pf_f32, float, float, 1, 1)
ONE(pf_idx_f32, float, size_t, 1, 1)
TWO(pf2_f32, float, 1, 1)
ONE(pf_f64, double, double, 1, 1)
ONE(pf_idx_f64, double, size_t, 1, 1)
TWO(pf2_f64, double, 1, 1)
ONE(st_f32, float, float, 1, 4)
ONE(st_idx_f32, float, size_t, 1, 4)
TWO(st2_f32, float, 1, 4)
ONE(st_f64, double, double, 1, 4)
ONE(st_idx_f64, double, size_t, 1, 4)
TWO(st2_f64, double, 1, 4)

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

const baseline read_limit_streams[] = {
    {"sum_f32", (vmath_fn)st_f32},         {"norm2_f32", (vmath_fn)st_f32},
    {"minval_f32", (vmath_fn)st_f32},      {"maxval_f32", (vmath_fn)st_f32},
    {"argmin_f32", (vmath_fn)st_idx_f32},  {"argmax_f32", (vmath_fn)st_idx_f32},
    {"dot_f32", (vmath_fn)st2_f32},        {"sum_f64", (vmath_fn)st_f64},
    {"norm2_f64", (vmath_fn)st_f64},       {"minval_f64", (vmath_fn)st_f64},
    {"maxval_f64", (vmath_fn)st_f64},      {"argmin_f64", (vmath_fn)st_idx_f64},
    {"argmax_f64", (vmath_fn)st_idx_f64},  {"dot_f64", (vmath_fn)st2_f64},
    {NULL, NULL},
};
