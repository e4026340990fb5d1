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
        float ba[4] = {0}, bb[4] = {0}, bc[4] = {0}, by[4];
        memcpy(ba, a + i, bytes);
        if (b)
            memcpy(bb, b + i, bytes);
        if (c)
            memcpy(bc, c + i, bytes);
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
        double ba[2] = {0}, bb[2] = {0}, bc[2] = {0}, by[2];
        memcpy(ba, a + i, bytes);
        if (b)
            memcpy(bb, b + i, bytes);
        if (c)
            memcpy(bc, c + i, bytes);
        v.a = simde_vld1q_f64(ba);
        v.b = simde_vld1q_f64(bb);
        v.c = simde_vld1q_f64(bc);
        simde_vst1q_f64(by, op(v));
        memcpy(y + i, by, bytes);
    }
}

INLINE simde_float32x4_t add_op_f32(args_f32 v)
{
    return simde_vaddq_f32(v.a, v.b);
}

static void add_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, add_op_f32);
}

INLINE simde_float32x4_t sub_op_f32(args_f32 v)
{
    return simde_vsubq_f32(v.a, v.b);
}

static void sub_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, sub_op_f32);
}

INLINE simde_float32x4_t mul_op_f32(args_f32 v)
{
    return simde_vmulq_f32(v.a, v.b);
}

static void mul_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, mul_op_f32);
}

INLINE simde_float32x4_t div_op_f32(args_f32 v)
{
    return compat_vdivq_f32(v.a, v.b);
}

static void div_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, div_op_f32);
}

INLINE simde_float32x4_t min_op_f32(args_f32 v)
{
    return compat_vminq_f32(v.a, v.b);
}

static void min_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, min_op_f32);
}

INLINE simde_float32x4_t max_op_f32(args_f32 v)
{
    return compat_vmaxq_f32(v.a, v.b);
}

static void max_f32(float *y, const float *a, const float *b, size_t n)
{
    map_f32(y, a, b, NULL, 0, 0, n, max_op_f32);
}

INLINE simde_float32x4_t add_scalar_op_f32(args_f32 v)
{
    return simde_vaddq_f32(v.a, v.s);
}

static void add_scalar_f32(float *y, const float *a, float s, size_t n)
{
    map_f32(y, a, NULL, NULL, s, 0, n, add_scalar_op_f32);
}

INLINE simde_float32x4_t mul_scalar_op_f32(args_f32 v)
{
    return simde_vmulq_f32(v.a, v.s);
}

static void mul_scalar_f32(float *y, const float *a, float s, size_t n)
{
    map_f32(y, a, NULL, NULL, s, 0, n, mul_scalar_op_f32);
}

INLINE simde_float32x4_t fma_op_f32(args_f32 v)
{
    return compat_vfmaq_f32(v.c, v.a, v.b);
}

static void fma_f32(float *y, const float *a, const float *b, const float *c, size_t n)
{
    map_f32(y, a, b, c, 0, 0, n, fma_op_f32);
}

INLINE simde_float32x4_t axpy_op_f32(args_f32 v)
{
    return compat_vfmaq_f32(v.b, v.s, v.a);
}

static void axpy_f32(float *y, const float *x, float alpha, size_t n)
{
    map_f32(y, x, y, NULL, alpha, 0, n, axpy_op_f32);
}

INLINE simde_float32x4_t clamp_op_f32(args_f32 v)
{
    return compat_vminq_f32(compat_vmaxq_f32(v.a, v.s), v.t);
}

static void clamp_f32(float *y, const float *x, float lo, float hi, size_t n)
{
    map_f32(y, x, NULL, NULL, lo, hi, n, clamp_op_f32);
}

INLINE simde_float32x4_t abs_op_f32(args_f32 v)
{
    return simde_vabsq_f32(v.a);
}

static void abs_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, abs_op_f32);
}

INLINE simde_float32x4_t neg_op_f32(args_f32 v)
{
    return simde_vnegq_f32(v.a);
}

static void neg_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, neg_op_f32);
}

INLINE simde_float32x4_t sqrt_op_f32(args_f32 v)
{
    return compat_vsqrtq_f32(v.a);
}

static void sqrt_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, sqrt_op_f32);
}

INLINE simde_float32x4_t floor_op_f32(args_f32 v)
{
    return simde_vrndmq_f32(v.a);
}

static void floor_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, floor_op_f32);
}

INLINE simde_float32x4_t ceil_op_f32(args_f32 v)
{
    return simde_vrndpq_f32(v.a);
}

static void ceil_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, ceil_op_f32);
}

INLINE simde_float32x4_t trunc_op_f32(args_f32 v)
{
    return simde_vrndq_f32(v.a);
}

static void trunc_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, trunc_op_f32);
}

INLINE simde_float32x4_t rint_op_f32(args_f32 v)
{
    return simde_vrndnq_f32(v.a);
}

static void rint_f32(float *y, const float *x, size_t n)
{
    map_f32(y, x, NULL, NULL, 0, 0, n, rint_op_f32);
}

INLINE simde_float64x2_t add_op_f64(args_f64 v)
{
    return simde_vaddq_f64(v.a, v.b);
}

static void add_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, add_op_f64);
}

INLINE simde_float64x2_t sub_op_f64(args_f64 v)
{
    return simde_vsubq_f64(v.a, v.b);
}

static void sub_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, sub_op_f64);
}

INLINE simde_float64x2_t mul_op_f64(args_f64 v)
{
    return simde_vmulq_f64(v.a, v.b);
}

static void mul_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, mul_op_f64);
}

INLINE simde_float64x2_t div_op_f64(args_f64 v)
{
    return compat_vdivq_f64(v.a, v.b);
}

static void div_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, div_op_f64);
}

INLINE simde_float64x2_t min_op_f64(args_f64 v)
{
    return compat_vminq_f64(v.a, v.b);
}

static void min_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, min_op_f64);
}

INLINE simde_float64x2_t max_op_f64(args_f64 v)
{
    return compat_vmaxq_f64(v.a, v.b);
}

static void max_f64(double *y, const double *a, const double *b, size_t n)
{
    map_f64(y, a, b, NULL, 0, 0, n, max_op_f64);
}

INLINE simde_float64x2_t add_scalar_op_f64(args_f64 v)
{
    return simde_vaddq_f64(v.a, v.s);
}

static void add_scalar_f64(double *y, const double *a, double s, size_t n)
{
    map_f64(y, a, NULL, NULL, s, 0, n, add_scalar_op_f64);
}

INLINE simde_float64x2_t mul_scalar_op_f64(args_f64 v)
{
    return simde_vmulq_f64(v.a, v.s);
}

static void mul_scalar_f64(double *y, const double *a, double s, size_t n)
{
    map_f64(y, a, NULL, NULL, s, 0, n, mul_scalar_op_f64);
}

INLINE simde_float64x2_t fma_op_f64(args_f64 v)
{
    return compat_vfmaq_f64(v.c, v.a, v.b);
}

static void fma_f64(double *y, const double *a, const double *b, const double *c, size_t n)
{
    map_f64(y, a, b, c, 0, 0, n, fma_op_f64);
}

INLINE simde_float64x2_t axpy_op_f64(args_f64 v)
{
    return compat_vfmaq_f64(v.b, v.s, v.a);
}

static void axpy_f64(double *y, const double *x, double alpha, size_t n)
{
    map_f64(y, x, y, NULL, alpha, 0, n, axpy_op_f64);
}

INLINE simde_float64x2_t clamp_op_f64(args_f64 v)
{
    return compat_vminq_f64(compat_vmaxq_f64(v.a, v.s), v.t);
}

static void clamp_f64(double *y, const double *x, double lo, double hi, size_t n)
{
    map_f64(y, x, NULL, NULL, lo, hi, n, clamp_op_f64);
}

INLINE simde_float64x2_t abs_op_f64(args_f64 v)
{
    return simde_vabsq_f64(v.a);
}

static void abs_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, abs_op_f64);
}

INLINE simde_float64x2_t neg_op_f64(args_f64 v)
{
    return simde_vnegq_f64(v.a);
}

static void neg_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, neg_op_f64);
}

INLINE simde_float64x2_t sqrt_op_f64(args_f64 v)
{
    return compat_vsqrtq_f64(v.a);
}

static void sqrt_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, sqrt_op_f64);
}

INLINE simde_float64x2_t floor_op_f64(args_f64 v)
{
    return simde_vrndmq_f64(v.a);
}

static void floor_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, floor_op_f64);
}

INLINE simde_float64x2_t ceil_op_f64(args_f64 v)
{
    return simde_vrndpq_f64(v.a);
}

static void ceil_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, ceil_op_f64);
}

INLINE simde_float64x2_t trunc_op_f64(args_f64 v)
{
    return simde_vrndq_f64(v.a);
}

static void trunc_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, trunc_op_f64);
}

INLINE simde_float64x2_t rint_op_f64(args_f64 v)
{
    return simde_vrndnq_f64(v.a);
}

static void rint_f64(double *y, const double *x, size_t n)
{
    map_f64(y, x, NULL, NULL, 0, 0, n, rint_op_f64);
}

VMATH_INTERNAL void vmath_init_neon_arith(vmath_kernels *k);

void vmath_init_neon_arith(vmath_kernels *k)
{
    k->add_f32 = add_f32;
    k->sub_f32 = sub_f32;
    k->mul_f32 = mul_f32;
    k->div_f32 = div_f32;
    k->min_f32 = min_f32;
    k->max_f32 = max_f32;
    k->add_scalar_f32 = add_scalar_f32;
    k->mul_scalar_f32 = mul_scalar_f32;
    k->fma_f32 = fma_f32;
    k->axpy_f32 = axpy_f32;
    k->clamp_f32 = clamp_f32;
    k->abs_f32 = abs_f32;
    k->neg_f32 = neg_f32;
    k->sqrt_f32 = sqrt_f32;
    k->floor_f32 = floor_f32;
    k->ceil_f32 = ceil_f32;
    k->trunc_f32 = trunc_f32;
    k->rint_f32 = rint_f32;
    k->add_f64 = add_f64;
    k->sub_f64 = sub_f64;
    k->mul_f64 = mul_f64;
    k->div_f64 = div_f64;
    k->min_f64 = min_f64;
    k->max_f64 = max_f64;
    k->add_scalar_f64 = add_scalar_f64;
    k->mul_scalar_f64 = mul_scalar_f64;
    k->fma_f64 = fma_f64;
    k->axpy_f64 = axpy_f64;
    k->clamp_f64 = clamp_f64;
    k->abs_f64 = abs_f64;
    k->neg_f64 = neg_f64;
    k->sqrt_f64 = sqrt_f64;
    k->floor_f64 = floor_f64;
    k->ceil_f64 = ceil_f64;
    k->trunc_f64 = trunc_f64;
    k->rint_f64 = rint_f64;
}
