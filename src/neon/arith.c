/* NEON kernels: elementwise arithmetic. Bit-identical to src/scalar/arith.c. */
#include <string.h>

#include "compat.h"

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

/* The inputs of one vector step: up to three arrays (a, b, c) and two
 * broadcast scalars (s, t); each operation reads what it needs. */
typedef struct {
    simde_float32x4_t a, b, c, s, t;
} args_f32;

typedef struct {
    simde_float64x2_t a, b, c, s, t;
} args_f64;

/* The loop every kernel shares: four vectors per iteration so independent
 * operations hide each other's latency, then one vector at a time; the last
 * n % W elements go through a stack buffer, so no load or store leaves
 * y[0..n-1], a[0..n-1], ...
 * b and c are NULL when unused; that folds away once inlined. */
INLINE void map_f32(float *y, const float *a, const float *b, const float *c, float s, float t, size_t n,
                  simde_float32x4_t (*op)(args_f32))
{
    args_f32 v;
    v.s = simde_vdupq_n_f32(s);
    v.t = simde_vdupq_n_f32(t);
    v.b = v.c = simde_vdupq_n_f32(0);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        simde_float32x4_t r[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v.a = simde_vld1q_f32(a + i + 4 * u);
            if (b)
                v.b = simde_vld1q_f32(b + i + 4 * u);
            if (c)
                v.c = simde_vld1q_f32(c + i + 4 * u);
            r[u] = op(v);
        }
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++)
            simde_vst1q_f32(y + i + 4 * u, r[u]);
    }
    for (; i + 4 <= n; i += 4) {
        v.a = simde_vld1q_f32(a + i);
        if (b)
            v.b = simde_vld1q_f32(b + i);
        if (c)
            v.c = simde_vld1q_f32(c + i);
        simde_vst1q_f32(y + i, op(v));
    }
    if (i < n) {
        size_t bytes = (n - i) * sizeof(*y);
        float ba[4], bb[4], bc[4], by[4];
        vmath_tail_f32(ba, 4, a + i, n - i);
        vmath_tail_f32(bb, 4, b ? b + i : NULL, n - i);
        vmath_tail_f32(bc, 4, c ? c + i : NULL, n - i);
        v.a = simde_vld1q_f32(ba);
        v.b = simde_vld1q_f32(bb);
        v.c = simde_vld1q_f32(bc);
        simde_vst1q_f32(by, op(v));
        memcpy(y + i, by, bytes);
    }
}

INLINE void map_f64(double *y, const double *a, const double *b, const double *c, double s, double t, size_t n,
                  simde_float64x2_t (*op)(args_f64))
{
    args_f64 v;
    v.s = simde_vdupq_n_f64(s);
    v.t = simde_vdupq_n_f64(t);
    v.b = v.c = simde_vdupq_n_f64(0);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        simde_float64x2_t r[4];
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++) {
            v.a = simde_vld1q_f64(a + i + 2 * u);
            if (b)
                v.b = simde_vld1q_f64(b + i + 2 * u);
            if (c)
                v.c = simde_vld1q_f64(c + i + 2 * u);
            r[u] = op(v);
        }
#pragma GCC unroll 4
        for (int u = 0; u < 4; u++)
            simde_vst1q_f64(y + i + 2 * u, r[u]);
    }
    for (; i + 2 <= n; i += 2) {
        v.a = simde_vld1q_f64(a + i);
        if (b)
            v.b = simde_vld1q_f64(b + i);
        if (c)
            v.c = simde_vld1q_f64(c + i);
        simde_vst1q_f64(y + i, op(v));
    }
    if (i < n) {
        size_t bytes = (n - i) * sizeof(*y);
        double ba[2], bb[2], bc[2], by[2];
        vmath_tail_f64(ba, 2, a + i, n - i);
        vmath_tail_f64(bb, 2, b ? b + i : NULL, n - i);
        vmath_tail_f64(bc, 2, c ? c + i : NULL, n - i);
        v.a = simde_vld1q_f64(ba);
        v.b = simde_vld1q_f64(bb);
        v.c = simde_vld1q_f64(bc);
        simde_vst1q_f64(by, op(v));
        memcpy(y + i, by, bytes);
    }
}

/* The operations, on this ISA's vectors: src/arith_ops.h */
typedef simde_float32x4_t V32;
typedef simde_float64x2_t V64;

INLINE V32 v32_add(V32 a, V32 b) { return simde_vaddq_f32(a, b); }
INLINE V32 v32_sub(V32 a, V32 b) { return simde_vsubq_f32(a, b); }
INLINE V32 v32_mul(V32 a, V32 b) { return simde_vmulq_f32(a, b); }
INLINE V32 v32_div(V32 a, V32 b) { return compat_vdivq_f32(a, b); }
INLINE V32 v32_fma(V32 a, V32 b, V32 c) { return compat_vfmaq_f32(c, a, b); }
INLINE V32 v32_min(V32 a, V32 b) { return compat_vminq_f32(a, b); }
INLINE V32 v32_max(V32 a, V32 b) { return compat_vmaxq_f32(a, b); }
INLINE V32 v32_abs(V32 a) { return simde_vabsq_f32(a); }
INLINE V32 v32_neg(V32 a) { return simde_vnegq_f32(a); }
INLINE V32 v32_sqrt(V32 a) { return compat_vsqrtq_f32(a); }
INLINE V32 v32_floor(V32 a) { return simde_vrndmq_f32(a); }
INLINE V32 v32_ceil(V32 a) { return simde_vrndpq_f32(a); }
INLINE V32 v32_trunc(V32 a) { return simde_vrndq_f32(a); }
INLINE V32 v32_rint(V32 a) { return compat_vrndnq_f32(a); }

INLINE V64 v64_add(V64 a, V64 b) { return simde_vaddq_f64(a, b); }
INLINE V64 v64_sub(V64 a, V64 b) { return simde_vsubq_f64(a, b); }
INLINE V64 v64_mul(V64 a, V64 b) { return simde_vmulq_f64(a, b); }
INLINE V64 v64_div(V64 a, V64 b) { return compat_vdivq_f64(a, b); }
INLINE V64 v64_fma(V64 a, V64 b, V64 c) { return compat_vfmaq_f64(c, a, b); }
INLINE V64 v64_min(V64 a, V64 b) { return compat_vminq_f64(a, b); }
INLINE V64 v64_max(V64 a, V64 b) { return compat_vmaxq_f64(a, b); }
INLINE V64 v64_abs(V64 a) { return simde_vabsq_f64(a); }
INLINE V64 v64_neg(V64 a) { return simde_vnegq_f64(a); }
INLINE V64 v64_sqrt(V64 a) { return compat_vsqrtq_f64(a); }
INLINE V64 v64_floor(V64 a) { return simde_vrndmq_f64(a); }
INLINE V64 v64_ceil(V64 a) { return simde_vrndpq_f64(a); }
INLINE V64 v64_trunc(V64 a) { return simde_vrndq_f64(a); }
INLINE V64 v64_rint(V64 a) { return compat_vrndnq_f64(a); }

#define ARITH_FMA
#include "../arith_ops.h"

VMATH_INTERNAL void vmath_init_neon_arith(vmath_kernels *k);
void vmath_init_neon_arith(vmath_kernels *k)
{
    arith_fill(k);
}
