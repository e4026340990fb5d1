/* Pairwise summation of block sums, for the complex dot products.
 *
 * A kernel sums its input in blocks (a fixed number of elements each, with
 * several accumulators), then hands each block's sum here. Sums are merged
 * like a binary counter: two partial sums of equal size are added as soon
 * as both exist, so every block sum goes through at most log2(blocks) + 1
 * additions, and the error bound grows with log2(n), not n. The partial
 * sums are kept in double, which only makes them more accurate. */
#ifndef VMATH_PAIRWISE_H
#define VMATH_PAIRWISE_H

#include <stdint.h>

#include "vmath.h"

typedef struct vm_pairwise {
    double re[64], im[64];
    uint64_t blocks;  /* block sums pushed so far */
    int top;          /* entries on the stack */
} vm_pairwise;

static inline void vm_pairwise_init(vm_pairwise *p)
{
    p->blocks = 0;
    p->top = 0;
}

static inline void vm_pairwise_push(vm_pairwise *p, double re, double im)
{
    p->re[p->top] = re;
    p->im[p->top] = im;
    p->top++;
    /* After block k (1-based), merge once per trailing zero bit of k: that
     * is when the two top entries cover the same number of blocks. */
    for (uint64_t k = ++p->blocks; (k & 1) == 0; k >>= 1) {
        p->top--;
        p->re[p->top - 1] += p->re[p->top];
        p->im[p->top - 1] += p->im[p->top];
    }
}

static inline vmath_cf32 vm_pairwise_result(const vm_pairwise *p)
{
    double re = 0, im = 0;
    for (int i = p->top - 1; i >= 0; i--) {
        re += p->re[i];
        im += p->im[i];
    }
    /* + 0: a tiny negative sum rounds to -0 in float, and a zero component
     * is +0 (include/vmath.h) */
    return (vmath_cf32){(float)re + 0.0f, (float)im + 0.0f};
}

#endif
