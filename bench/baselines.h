/* Baselines measured next to vmath's kernels: same signature as the
 * operation they stand in for. Each list ends with {NULL, NULL}. */
#ifndef VMATH_BENCH_BASELINES_H
#define VMATH_BENCH_BASELINES_H

#include "ops.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct baseline {
    const char *op;  /* the vmath operation it does, e.g. "add_f32" */
    vmath_fn fn;
} baseline;

/* plain.c: the C loop, -O3 -march=native */
extern const baseline plain_loops[];

/* plain_fast_reduce.c: reduction loops, -O3 -march=native -ffast-math */
extern const baseline plain_fast_reduce[];

/* peers.c: other libraries, where their Debian packages are installed
 * (each list is empty otherwise) */
extern const baseline volk_kernels[];
extern const baseline openblas_kernels[];

#ifdef __cplusplus
}
#endif

#endif
