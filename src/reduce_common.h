/*
 * The parts of the reductions that are the same on every ISA: each ISA's
 * reduce.c supplies small vector primitives (sum of one block, max of one
 * chunk, find the first element equal to v, ...) and these drivers turn
 * them into the public operations. See include/vmath.h for the contract.
 *
 * Sums: blocked pairwise summation. A block (at most `block` elements) is
 * summed with several vector accumulators, each receiving at most ~24 terms;
 * block sums are combined in a binary tree (vm_pairwise_*). The error of any term's
 * path is then about (24 + log2(lanes) + log2(n / block)) * u, well inside
 * the contract's (2*log2(n) + 64) * u.
 *
 * Extremes (minval maxval argmin argmax): one pass over chunks of CHUNK
 * elements computes each chunk's max (or min) with plain vector max/min and
 * a NaN flag; the first chunk holding a NaN ends the pass. The answer is
 * then found by scanning only the chunk that holds it (a vector search for
 * the first element equal to the extreme), so the array is read about once.
 * Vector max/min disagree with IEEE 754-2019 only on the sign of a zero
 * result, so a zero extreme takes a separate (rare) path that looks at the
 * signs.
 */
#ifndef VMATH_REDUCE_COMMON_H
#define VMATH_REDUCE_COMMON_H

#include <math.h>
#include <stdint.h>

#include "kernels.h"

/* ---- software prefetch ---------------------------------------------------- */

/* The loops that stream large arrays prefetch each 64-byte line they load
 * VM_PF_BYTES ahead: on our AVX-512 VM the hardware prefetcher alone left
 * the loops that do a little more per line than a plain sum (max/min with a
 * NaN check, norm2_f32's f32 -> f64 squares, argmax) at 55-80% of the sum's
 * read rate at n = 16M. The one-stream sum blocks, which run below
 * VM_STREAMS_MIN where the array is likely cached, do not: there a prefetch
 * only takes a load slot (sum_f32 at n = 1024 lost ~40%). A prefetch is a
 * hint: past the end of the array it neither faults nor reads (the address
 * is formed as an integer). */
#define VM_PF_BYTES 2048

static inline __attribute__((always_inline)) void vm_prefetch_ahead(const void *p)
{
    __builtin_prefetch((const void *)((uintptr_t)p + VM_PF_BYTES));
}

/* ---- pairwise summation ------------------------------------------------- */

/* Sum of one block of at most `block` elements; b is NULL for one-array sums. */
typedef float (*vm_block_f32)(const float *a, const float *b, size_t n);
typedef double (*vm_block_f64)(const double *a, const double *b, size_t n);
/* f32 input, double accumulation (norm2_f32). */
typedef double (*vm_block_f32d)(const float *a, const float *b, size_t n);

#define VM_ALWAYS_INLINE static inline __attribute__((always_inline))

/* A split for recursive pairwise sums (norm2_f64's rescaled path): the
 * first half gets half of the blocks, rounded down. */
static inline size_t vm_split(size_t n, size_t block)
{
    size_t blocks = (n + block - 1) / block;
    return blocks / 2 * block;
}

/*
 * The pairwise tree, iteratively: whole blocks left to right, their sums
 * merged like a binary counter (after block k, once per trailing zero bit
 * of k, the two top partial sums cover the same number of blocks and are
 * added), then the last, partial block and the stack from the smallest
 * entry up. A term goes through at most log2(blocks) + 1 additions after
 * its block sum, as in the recursive tree.
 *
 * Always inlined, with f a static function of the ISA's file: f is then a
 * constant and the compiler inlines it into this loop, so the hot path has
 * no indirect call per block, and the whole-block call has a constant n.
 */
#define VM_PAIRWISE_STACK 64

VM_ALWAYS_INLINE float vm_pairwise_f32(vm_block_f32 f, const float *a, const float *b, size_t n, size_t block)
{
    float stack[VM_PAIRWISE_STACK];
    int top = 0;
    uint64_t k = 0;
    for (; n > block; n -= block, a += block, b = b ? b + block : NULL) {
        float s = f(a, b, block);
        for (uint64_t c = ++k; (c & 1) == 0; c >>= 1)
            s = stack[--top] + s;
        stack[top++] = s;
    }
    float s = f(a, b, n);
    while (top > 0)
        s = stack[--top] + s;
    return s;
}

VM_ALWAYS_INLINE double vm_pairwise_f64(vm_block_f64 f, const double *a, const double *b, size_t n, size_t block)
{
    double stack[VM_PAIRWISE_STACK];
    int top = 0;
    uint64_t k = 0;
    for (; n > block; n -= block, a += block, b = b ? b + block : NULL) {
        double s = f(a, b, block);
        for (uint64_t c = ++k; (c & 1) == 0; c >>= 1)
            s = stack[--top] + s;
        stack[top++] = s;
    }
    double s = f(a, b, n);
    while (top > 0)
        s = stack[--top] + s;
    return s;
}

VM_ALWAYS_INLINE double vm_pairwise_f32d(vm_block_f32d f, const float *a, size_t n, size_t block)
{
    double stack[VM_PAIRWISE_STACK];
    int top = 0;
    uint64_t k = 0;
    for (; n > block; n -= block, a += block) {
        double s = f(a, NULL, block);
        for (uint64_t c = ++k; (c & 1) == 0; c >>= 1)
            s = stack[--top] + s;
        stack[top++] = s;
    }
    double s = f(a, NULL, n);
    while (top > 0)
        s = stack[--top] + s;
    return s;
}

/* ---- pairwise summation in several streams --------------------------------
 *
 * At large n the array is split into VM_STREAMS parts of whole blocks, read
 * side by side: one block of each part per step. A single sequential read
 * does not reach the memory bandwidth of one core on our AVX-512 VM (four
 * streams read about 15% faster than one, prefetched or not: more misses
 * in flight and page walks overlapped). Each part keeps its own pairwise
 * tree; the part sums are added in a tree at the end, then the caller adds
 * the rest (fewer than VM_STREAMS blocks) with the one-stream driver. That
 * adds two additions to a term's path: still far inside the bound. */
#define VM_STREAMS 4
/* Below this n the one-stream path runs (the array is then likely in cache,
 * and small sums keep their short path). */
#define VM_STREAMS_MIN ((size_t)1 << 16)

/* One block of `block` elements of each part a + k * part (k < VM_STREAMS;
 * b likewise, NULL for one-array sums): the block sums, in s. */
typedef void (*vm_block4_f32)(const float *a, const float *b, size_t part, double s[VM_STREAMS]);
typedef void (*vm_block4_f64)(const double *a, const double *b, size_t part, double s[VM_STREAMS]);

/* A pairwise tree fed one block sum at a time (vm_pairwise_f32's loop). */
typedef struct vm_tree {
    double s[VM_PAIRWISE_STACK];
    int top;
} vm_tree;

/* k: the number of block sums pushed so far, this one included. */
VM_ALWAYS_INLINE void vm_tree_push(vm_tree *t, uint64_t k, double s)
{
    for (uint64_t c = k; (c & 1) == 0; c >>= 1)
        s = t->s[--t->top] + s;
    t->s[t->top++] = s;
}

VM_ALWAYS_INLINE double vm_tree_total(vm_tree *t)
{
    double s = t->s[--t->top];
    while (t->top > 0)
        s = t->s[--t->top] + s;
    return s;
}

/* The sum of a[0 .. *done) (times b), n >= VM_STREAMS * block; the caller
 * sums the rest, a[*done .. n). */
VM_ALWAYS_INLINE double vm_streams_f32(vm_block4_f32 f4, const float *a, const float *b, size_t n, size_t block, size_t *done)
{
    size_t part = n / VM_STREAMS / block * block;
    vm_tree t[VM_STREAMS];
    for (int j = 0; j < VM_STREAMS; j++)
        t[j].top = 0;
    uint64_t k = 0;
    for (size_t i = 0; i < part; i += block) {
        double s[VM_STREAMS];
        f4(a + i, b ? b + i : NULL, part, s);
        k++;
        for (int j = 0; j < VM_STREAMS; j++)
            vm_tree_push(&t[j], k, s[j]);
    }
    *done = VM_STREAMS * part;
    return (vm_tree_total(&t[0]) + vm_tree_total(&t[1])) + (vm_tree_total(&t[2]) + vm_tree_total(&t[3]));
}

VM_ALWAYS_INLINE double vm_streams_f64(vm_block4_f64 f4, const double *a, const double *b, size_t n, size_t block, size_t *done)
{
    size_t part = n / VM_STREAMS / block * block;
    vm_tree t[VM_STREAMS];
    for (int j = 0; j < VM_STREAMS; j++)
        t[j].top = 0;
    uint64_t k = 0;
    for (size_t i = 0; i < part; i += block) {
        double s[VM_STREAMS];
        f4(a + i, b ? b + i : NULL, part, s);
        k++;
        for (int j = 0; j < VM_STREAMS; j++)
            vm_tree_push(&t[j], k, s[j]);
    }
    *done = VM_STREAMS * part;
    return (vm_tree_total(&t[0]) + vm_tree_total(&t[1])) + (vm_tree_total(&t[2]) + vm_tree_total(&t[3]));
}

/* ---- norm2: the rare paths, in src/scalar/reduce.c ------------------------ */

/* norm2_f32 sums squares in double, which neither overflows nor underflows
 * for float inputs; a non-finite sum means an Inf or NaN input. */
VMATH_INTERNAL float vmath_norm2_nonfinite_f32(const float *x, size_t n);
/* norm2_f64 when the fast sum of squares overflowed, came near underflow,
 * or met Inf/NaN: rescales by a power of two near max|x|. */
VMATH_INTERNAL double vmath_norm2_rescaled_f64(const double *x, size_t n);

/* Below this, squares that underflowed may have cost accuracy: with at most
 * 2^-1075 lost per square, n * 2^-1075 stays below 2^-52 relative for any n
 * under 2^50. */
#define VM_NORM2_SAFE_MIN_F64 0x1p-969

static inline float vm_norm2_finish_f32(double s, const float *x, size_t n)
{
    if (!isfinite(s))
        return vmath_norm2_nonfinite_f32(x, n);
    return (float)sqrt(s);
}

static inline double vm_norm2_finish_f64(double s, const double *x, size_t n)
{
    if (s >= VM_NORM2_SAFE_MIN_F64 && s < INFINITY)
        return sqrt(s);
    return vmath_norm2_rescaled_f64(x, n);  /* also n == 0, zeros, Inf, NaN */
}

/* ---- extremes ------------------------------------------------------------ */

/* Elements per chunk: 8 KiB of floats, small enough to rescan from L1. */
#define VM_CHUNK 2048

/* The vector primitives one ISA provides for one element type. */
typedef struct vm_ext_f32 {
    /* n >= 1. The max (min) as vector max/min give it: right except that a
     * zero result may have either sign. *nan set if any element is NaN. */
    float (*max)(const float *x, size_t n, int *nan);
    float (*min)(const float *x, size_t n, int *nan);
    /* The first i < n with x[i] == v (so 0 matches both zeros), or n. */
    size_t (*find)(const float *x, size_t n, float v);
    /* The first i < n with x[i] NaN, or n. */
    size_t (*find_nan)(const float *x, size_t n);
} vm_ext_f32;

typedef struct vm_ext_f64 {
    double (*max)(const double *x, size_t n, int *nan);
    double (*min)(const double *x, size_t n, int *nan);
    size_t (*find)(const double *x, size_t n, double v);
    size_t (*find_nan)(const double *x, size_t n);
} vm_ext_f64;

/* The first zero of the wanted sign (+0 for max, -0 for min), else the
 * first zero. Only called when the extreme is a zero, so one exists. */
static inline size_t vm_first_zero_f32(const vm_ext_f32 *p, const float *x, size_t n, int want_max)
{
    size_t first = p->find(x, n, 0.0f);
    for (size_t i = first; i < n; i += 1 + p->find(x + i + 1, n - i - 1, 0.0f))
        if ((signbit(x[i]) == 0) == want_max)
            return i;
    return first;
}

static inline size_t vm_first_zero_f64(const vm_ext_f64 *p, const double *x, size_t n, int want_max)
{
    size_t first = p->find(x, n, 0.0);
    for (size_t i = first; i < n; i += 1 + p->find(x + i + 1, n - i - 1, 0.0))
        if ((signbit(x[i]) == 0) == want_max)
            return i;
    return first;
}

/* argmax (want_max) or argmin of x[0..n-1], n >= 1. */
static inline size_t vm_arg_f32(const vm_ext_f32 *p, const float *x, size_t n, int want_max)
{
    float best = 0;
    size_t best_at = 0;  /* start of the first chunk holding `best` */
    for (size_t c = 0; c < n; c += VM_CHUNK) {
        size_t len = n - c < VM_CHUNK ? n - c : VM_CHUNK;
        int nan = 0;
        float m = want_max ? p->max(x + c, len, &nan) : p->min(x + c, len, &nan);
        if (nan)
            return c + p->find_nan(x + c, len);
        if (c == 0 || (want_max ? m > best : m < best)) {
            best = m;
            best_at = c;
        }
    }
    if (best == 0)
        return vm_first_zero_f32(p, x, n, want_max);
    return best_at + p->find(x + best_at, n - best_at, best);
}

static inline size_t vm_arg_f64(const vm_ext_f64 *p, const double *x, size_t n, int want_max)
{
    double best = 0;
    size_t best_at = 0;
    for (size_t c = 0; c < n; c += VM_CHUNK) {
        size_t len = n - c < VM_CHUNK ? n - c : VM_CHUNK;
        int nan = 0;
        double m = want_max ? p->max(x + c, len, &nan) : p->min(x + c, len, &nan);
        if (nan)
            return c + p->find_nan(x + c, len);
        if (c == 0 || (want_max ? m > best : m < best)) {
            best = m;
            best_at = c;
        }
    }
    if (best == 0)
        return vm_first_zero_f64(p, x, n, want_max);
    return best_at + p->find(x + best_at, n - best_at, best);
}

/* maxval (want_max) or minval. Without NaN or zero extreme, one pass. */
static inline float vm_val_f32(const vm_ext_f32 *p, const float *x, size_t n, int want_max)
{
    if (n == 0)
        return NAN;
    int nan = 0;
    float best = want_max ? p->max(x, n, &nan) : p->min(x, n, &nan);
    if (nan)
        return NAN;
    if (best == 0)
        return x[vm_first_zero_f32(p, x, n, want_max)];
    return best;
}

static inline double vm_val_f64(const vm_ext_f64 *p, const double *x, size_t n, int want_max)
{
    if (n == 0)
        return NAN;
    int nan = 0;
    double best = want_max ? p->max(x, n, &nan) : p->min(x, n, &nan);
    if (nan)
        return NAN;
    if (best == 0)
        return x[vm_first_zero_f64(p, x, n, want_max)];
    return best;
}

static inline size_t vm_argval_f32(const vm_ext_f32 *p, const float *x, size_t n, int want_max)
{
    return n == 0 ? SIZE_MAX : vm_arg_f32(p, x, n, want_max);
}

static inline size_t vm_argval_f64(const vm_ext_f64 *p, const double *x, size_t n, int want_max)
{
    return n == 0 ? SIZE_MAX : vm_arg_f64(p, x, n, want_max);
}

#endif
