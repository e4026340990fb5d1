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
/* plain_fast.c: the complex loops, -O3 -march=native -ffast-math */
extern const baseline plain_fast_loops[];

/* plain_fast_reduce.c: reduction loops, -O3 -march=native -ffast-math */
extern const baseline plain_fast_reduce[];

/* read_limit.c: the least work that reads a reduction's arrays, without
 * ("read") and with ("read-prefetch") software prefetch, and in four parts
 * side by side ("read-4streams"), -O3 -march=native */
extern const baseline read_limit[];
extern const baseline read_limit_prefetch[];
extern const baseline read_limit_streams[];

/* peers.c: other libraries, where their Debian packages are installed
 * (each list is empty otherwise) */
extern const baseline volk_kernels[];
extern const baseline openblas_kernels[];

/* peers_sleef.c: SLEEF's AVX-512 functions (u10, and u35 for log); call
 * only when sleef_available() (built, and the CPU has AVX-512) */
extern const baseline sleef_kernels[];
extern const baseline sleef_u35_kernels[];
int sleef_available(void);
/* the same, SLEEF's 8-lane AVX2 functions (the peers of vmath's avx2) */
extern const baseline sleef_kernels_avx2[];
extern const baseline sleef_u35_kernels_avx2[];
int sleef_available_avx2(void);

/* peers_hwy.cc: Highway's contrib math functions, static dispatch to
 * HWY_AVX3; call only when hwy_available() (built, and the CPU has it) */
extern const baseline hwy_kernels[];
int hwy_available(void);
/* the same built for HWY_AVX2 (the peer of vmath's avx2 kernels) */
extern const baseline hwy_kernels_avx2[];
int hwy_available_avx2(void);

/* libmvec.c: the libm loop built -O3 -march=native -ffast-math */
extern const baseline libmvec_loops[];
/* the same loop built -march=haswell (AVX2 + FMA) */
extern const baseline libmvec_avx2_loops[];

#ifdef __cplusplus
}
#endif

#endif
