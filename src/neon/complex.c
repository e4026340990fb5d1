/* NEON kernels: interleaved complex float. vld2q/vst2q split real and
 * imaginary parts, so the formulas are the scalar ones lane by lane:
 * cmul, cmulconj, cscale, cabs2 and cabs are bit-identical to
 * src/scalar/complex.c (no fused multiply-add); cdot/cdotc use fused
 * multiply-adds and meet the error bound instead (see include/vmath.h). */
#include <math.h>
#include <string.h>

#include "compat.h"

#include "../kernels.h"
#include "../pairwise.h"

#define INLINE static inline __attribute__((always_inline))
#define W 4  /* complex elements per step */

typedef void (*step_fn)(void *y, const void *a, const void *b, vmath_cf32 s);

/* Four steps per iteration, then single steps; the last n % W elements go
 * through zero-padded stack buffers (no access outside [0, n)). Each step
 * reads its block of a and b before writing the same block of y, so
 * y == a or y == b works. two: b is an input (the constant 1 for cmul and
 * cmulconj, 0 for the one-input operations, whose b is NULL): a constant, so
 * that GCC sees no NULL reaching a two-input step (it warned of one on
 * targets where SIMDe's vld2q is a memcpy, ppc64le). */
INLINE void loop(void *y, const void *a, const void *b, int two, size_t n, size_t ysize, vmath_cf32 s,
                 step_fn step)
{
    unsigned char *py = y;
    const unsigned char *pa = a, *pb = b;
    const size_t xsize = sizeof(vmath_cf32);
    size_t i = 0;
    for (; i + 4 * W <= n; i += 4 * W)
        for (int u = 0; u < 4; u++)
            step(py + (i + u * W) * ysize, pa + (i + u * W) * xsize, two ? pb + (i + u * W) * xsize : NULL, s);
    for (; i + W <= n; i += W)
        step(py + i * ysize, pa + i * xsize, two ? pb + i * xsize : NULL, s);
    if (i < n) {
        unsigned char ba[W * 8] = {0}, bb[W * 8] = {0}, by[W * 8];
        memcpy(ba, pa + i * xsize, (n - i) * xsize);
        if (two)
            memcpy(bb, pb + i * xsize, (n - i) * xsize);
        step(by, ba, two ? bb : NULL, s);
        memcpy(py + i * ysize, by, (n - i) * ysize);
    }
}

INLINE simde_float32x4x2_t mul4(simde_float32x4x2_t a, simde_float32x4_t br, simde_float32x4_t bi, int conj)
{
    simde_float32x4_t ar = a.val[0], ai = a.val[1];
    simde_float32x4x2_t r;
    if (conj) {
        r.val[0] = simde_vaddq_f32(simde_vmulq_f32(ar, br), simde_vmulq_f32(ai, bi));
        r.val[1] = simde_vsubq_f32(simde_vmulq_f32(ai, br), simde_vmulq_f32(ar, bi));
    } else {
        r.val[0] = simde_vsubq_f32(simde_vmulq_f32(ar, br), simde_vmulq_f32(ai, bi));
        r.val[1] = simde_vaddq_f32(simde_vmulq_f32(ar, bi), simde_vmulq_f32(ai, br));
    }
    return r;
}

INLINE void cmul_step(void *y, const void *a, const void *b, vmath_cf32 s)
{
    (void)s;
    simde_float32x4x2_t vb = simde_vld2q_f32(b);
    simde_vst2q_f32(y, mul4(simde_vld2q_f32(a), vb.val[0], vb.val[1], 0));
}

INLINE void cmulconj_step(void *y, const void *a, const void *b, vmath_cf32 s)
{
    (void)s;
    simde_float32x4x2_t vb = simde_vld2q_f32(b);
    simde_vst2q_f32(y, mul4(simde_vld2q_f32(a), vb.val[0], vb.val[1], 1));
}

INLINE void cscale_step(void *y, const void *a, const void *b, vmath_cf32 s)
{
    (void)b;
    simde_vst2q_f32(y, mul4(simde_vld2q_f32(a), simde_vdupq_n_f32(s.re), simde_vdupq_n_f32(s.im), 0));
}

INLINE void cabs2_step(void *y, const void *a, const void *b, vmath_cf32 s)
{
    (void)b;
    (void)s;
    simde_float32x4x2_t v = simde_vld2q_f32(a);
    simde_vst1q_f32(y, simde_vaddq_f32(simde_vmulq_f32(v.val[0], v.val[0]), simde_vmulq_f32(v.val[1], v.val[1])));
}

/* |z| of 2 complex numbers, in double as the scalar reference: exact
 * squares, one rounded sum, sqrt, round to float; an infinite part gives
 * +Inf (a square is Inf only if that part is). */
INLINE simde_float32x2_t cabs2x(simde_float32x2_t re, simde_float32x2_t im)
{
    simde_float64x2_t r = simde_vcvt_f64_f32(re), i = simde_vcvt_f64_f32(im);
    r = simde_vmulq_f64(r, r);
    i = simde_vmulq_f64(i, i);
    simde_float64x2_t inf = simde_vdupq_n_f64(INFINITY);
    simde_uint64x2_t any_inf = simde_vorrq_u64(simde_vceqq_f64(r, inf), simde_vceqq_f64(i, inf));
    simde_float64x2_t sum = simde_vbslq_f64(any_inf, inf, simde_vaddq_f64(r, i));
    return simde_vcvt_f32_f64(compat_vsqrtq_f64(sum));
}

INLINE void cabs_step(void *y, const void *a, const void *b, vmath_cf32 s)
{
    (void)b;
    (void)s;
    simde_float32x4x2_t v = simde_vld2q_f32(a);
    simde_float32x2_t lo = cabs2x(simde_vget_low_f32(v.val[0]), simde_vget_low_f32(v.val[1]));
    simde_float32x2_t hi = cabs2x(simde_vget_high_f32(v.val[0]), simde_vget_high_f32(v.val[1]));
    simde_vst1q_f32(y, simde_vcombine_f32(lo, hi));
}

static const vmath_cf32 no_scalar = {0, 0};

static void cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    loop(y, a, b, 1, n, sizeof *y, no_scalar, cmul_step);
}

static void cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    loop(y, a, b, 1, n, sizeof *y, no_scalar, cmulconj_step);
}

static void cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n)
{
    loop(y, x, NULL, 0, n, sizeof *y, s, cscale_step);
}

static void cabs2_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    loop(y, x, NULL, 0, n, sizeof *y, no_scalar, cabs2_step);
}

static void cabs_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    loop(y, x, NULL, 0, n, sizeof *y, no_scalar, cabs_step);
}

/* Dot products. Within a block of BLOCK elements, four accumulators of the
 * products xr*yr, xi*yi, xr*yi, xi*yr, each lane a fused multiply-add,
 * BLOCK / 4 = 32 terms per lane; then the block's lanes are summed in
 * double and the blocks pairwise (pairwise.h). */
#define BLOCK 128

static void dot_block(const vmath_cf32 *x, const vmath_cf32 *y, size_t n, int conj, double *re, double *im)
{
    simde_float32x4_t rr = simde_vdupq_n_f32(0), ii = rr, ri = rr, ir = rr;
    for (size_t i = 0; i < n; i += 4) {
        simde_float32x4x2_t vx, vy;
        if (n - i >= 4) {
            vx = simde_vld2q_f32((const float *)(x + i));
            vy = simde_vld2q_f32((const float *)(y + i));
        } else {
            /* the last few: zero-padded copies (zeros add nothing) */
            float bx[8] = {0}, by[8] = {0};
            memcpy(bx, x + i, (n - i) * 8);
            memcpy(by, y + i, (n - i) * 8);
            vx = simde_vld2q_f32(bx);
            vy = simde_vld2q_f32(by);
        }
        rr = compat_vfmaq_f32(rr, vx.val[0], vy.val[0]);
        ii = compat_vfmaq_f32(ii, vx.val[1], vy.val[1]);
        ri = compat_vfmaq_f32(ri, vx.val[0], vy.val[1]);
        ir = compat_vfmaq_f32(ir, vx.val[1], vy.val[0]);
    }
    float s[4][4];
    simde_vst1q_f32(s[0], rr);
    simde_vst1q_f32(s[1], ii);
    simde_vst1q_f32(s[2], ri);
    simde_vst1q_f32(s[3], ir);
    double t[4] = {0, 0, 0, 0};
    for (int k = 0; k < 4; k++)
        t[k] = ((double)s[k][0] + s[k][1]) + ((double)s[k][2] + s[k][3]);
    /* x*y = (rr - ii, ri + ir); conj(x)*y = (rr + ii, ri - ir) */
    *re = conj ? t[0] + t[1] : t[0] - t[1];
    *im = conj ? t[2] - t[3] : t[2] + t[3];
}

static vmath_cf32 dot(const vmath_cf32 *x, const vmath_cf32 *y, size_t n, int conj)
{
    vm_pairwise acc;
    vm_pairwise_init(&acc);
    for (size_t i = 0; i < n; i += BLOCK) {
        double re, im;
        dot_block(x + i, y + i, n - i < BLOCK ? n - i : BLOCK, conj, &re, &im);
        vm_pairwise_push(&acc, re, im);
    }
    return vm_pairwise_result(&acc);
}

static vmath_cf32 cdot_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    return dot(x, y, n, 0);
}

static vmath_cf32 cdotc_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    return dot(x, y, n, 1);
}

void vmath_init_neon_complex(vmath_kernels *k)
{
    k->cmul_cf32 = cmul_cf32;
    k->cmulconj_cf32 = cmulconj_cf32;
    k->cscale_cf32 = cscale_cf32;
    k->cabs2_cf32 = cabs2_cf32;
    k->cabs_cf32 = cabs_cf32;
    k->cdot_cf32 = cdot_cf32;
    k->cdotc_cf32 = cdotc_cf32;
}
