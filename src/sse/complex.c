/* SSE4.1 kernels: interleaved complex float. cmul, cmulconj, cscale, cabs2
 * and cabs are bit-identical to src/scalar/complex.c (the same IEEE
 * operations; SSE4.1 has no fused multiply-add). cdot/cdotc accumulate the
 * exact double products, like the scalar reference, in two lanes. */
#include <math.h>
#include <string.h>

#include <simde/x86/sse4.1.h>

#include "../kernels.h"
#include "../pairwise.h"

#define INLINE static inline __attribute__((always_inline))

enum { CMUL, CMULCONJ, CSCALE };

/* a * b on 2 complex numbers: t1 = a * br = [ar*br, ai*br] and
 * t2 = swap(a) * bi = [ai*bi, ar*bi]; addsub gives [t1 - t2, t1 + t2], the
 * scalar formula (x + y == y + x). conj: addsub(t1, -t2) = [t1 + t2, t1 - t2]
 * = [ar*br + ai*bi, ai*br - ar*bi]; negation is exact. */
INLINE simde__m128 mul2(simde__m128 a, simde__m128 br, simde__m128 bi, int conj)
{
    simde__m128 t1 = simde_mm_mul_ps(a, br);
    simde__m128 t2 = simde_mm_mul_ps(simde_mm_shuffle_ps(a, a, 0xb1), bi);
    if (conj)
        t2 = simde_mm_xor_ps(t2, simde_mm_set1_ps(-0.0f));
    return simde_mm_addsub_ps(t1, t2);
}

INLINE simde__m128 mul2_mem(const float *a, const float *b, simde__m128 sre, simde__m128 sim, int op)
{
    if (op == CSCALE)
        return mul2(simde_mm_loadu_ps(a), sre, sim, 0);
    simde__m128 vb = simde_mm_loadu_ps(b);
    return mul2(simde_mm_loadu_ps(a), simde_mm_moveldup_ps(vb), simde_mm_movehdup_ps(vb), op == CMULCONJ);
}

/* 8 complex numbers (4 xmm) per iteration, all loaded before any store so
 * y == a or y == b works; then 2 at a time; the last one through stack
 * buffers (no access outside [0, n)). CSCALE: b unused, s the factor. */
INLINE void mul_loop(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, vmath_cf32 s, size_t n, int op)
{
    float *py = (float *)y;
    const float *pa = (const float *)a, *pb = (const float *)b;
    const simde__m128 sre = simde_mm_set1_ps(s.re), sim = simde_mm_set1_ps(s.im);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        simde__m128 r[4];
        for (int u = 0; u < 4; u++)
            r[u] = mul2_mem(pa + 2 * i + 4 * u, pb + 2 * i + 4 * u, sre, sim, op);
        for (int u = 0; u < 4; u++)
            simde_mm_storeu_ps(py + 2 * i + 4 * u, r[u]);
    }
    for (; i + 2 <= n; i += 2)
        simde_mm_storeu_ps(py + 2 * i, mul2_mem(pa + 2 * i, pb + 2 * i, sre, sim, op));
    if (i < n) {
        float ba[4] = {0}, bb[4] = {0}, by[4];
        memcpy(ba, pa + 2 * i, sizeof *y);
        if (op != CSCALE)
            memcpy(bb, pb + 2 * i, sizeof *y);
        simde_mm_storeu_ps(by, mul2_mem(ba, bb, sre, sim, op));
        memcpy(py + 2 * i, by, sizeof *y);
    }
}

static void cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    mul_loop(y, a, b, (vmath_cf32){0, 0}, n, CMUL);
}

static void cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    mul_loop(y, a, b, (vmath_cf32){0, 0}, n, CMULCONJ);
}

static void cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n)
{
    mul_loop(y, x, x, s, n, CSCALE);
}

/* |z|^2 of 4 complex numbers: hadd sums re^2 + im^2 in that order. */
INLINE simde__m128 cabs2_4(const float *x)
{
    simde__m128 v0 = simde_mm_loadu_ps(x), v1 = simde_mm_loadu_ps(x + 4);
    return simde_mm_hadd_ps(simde_mm_mul_ps(v0, v0), simde_mm_mul_ps(v1, v1));
}

/* |z| of 2 complex numbers, in double as the scalar reference: exact
 * squares, one rounded sum, sqrt, round to float; an infinite part gives
 * +Inf (a square is Inf only if that part is). */
INLINE simde__m128 cabs_2(const float *x)
{
    simde__m128 v = simde_mm_loadu_ps(x);
    simde__m128d lo = simde_mm_cvtps_pd(v), hi = simde_mm_cvtps_pd(simde_mm_movehl_ps(v, v));
    lo = simde_mm_mul_pd(lo, lo);
    hi = simde_mm_mul_pd(hi, hi);
    simde__m128d re2 = simde_mm_unpacklo_pd(lo, hi), im2 = simde_mm_unpackhi_pd(lo, hi);
    const simde__m128d inf = simde_mm_set1_pd(INFINITY);
    simde__m128d any_inf = simde_mm_or_pd(simde_mm_cmpeq_pd(re2, inf), simde_mm_cmpeq_pd(im2, inf));
    simde__m128d sum = simde_mm_blendv_pd(simde_mm_add_pd(re2, im2), inf, any_inf);
    return simde_mm_cvtpd_ps(simde_mm_sqrt_pd(sum));
}

static void cabs2_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    const float *px = (const float *)x;
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        simde_mm_storeu_ps(y + i, cabs2_4(px + 2 * i));
    if (i < n) {
        float bx[8] = {0}, by[4];
        memcpy(bx, px + 2 * i, (n - i) * sizeof *x);
        simde_mm_storeu_ps(by, cabs2_4(bx));
        memcpy(y + i, by, (n - i) * sizeof *y);
    }
}

static void cabs_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    const float *px = (const float *)x;
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        simde_mm_storeu_ps(y + i, simde_mm_movelh_ps(cabs_2(px + 2 * i), cabs_2(px + 2 * i + 4)));
    for (; i < n; i++) {
        float bx[4] = {0}, by[4];
        memcpy(bx, px + 2 * i, sizeof *x);
        simde_mm_storeu_ps(by, cabs_2(bx));
        y[i] = by[0];
    }
}

/* Dot products: products of floats are exact in double, so each block is
 * summed in double lanes, p += x*y = [xr*yr, xi*yi], q += x*swap(y) =
 * [xr*yi, xi*yr], two complex numbers per step in separate accumulators;
 * then the blocks pairwise (pairwise.h). */
#define BLOCK 1024

static void dot_block(const float *x, const float *y, size_t n, int conj, double *re, double *im)
{
    simde__m128d p[2] = {simde_mm_setzero_pd(), simde_mm_setzero_pd()}, q[2] = {p[0], p[0]};
    size_t i = 0;
    for (; i < n; i += 2) {
        float bx[4] = {0}, by[4] = {0};
        const float *px = x + 2 * i, *py = y + 2 * i;
        if (n - i < 2) {  /* the last one: zero-padded (zeros add nothing) */
            memcpy(bx, px, 8);
            memcpy(by, py, 8);
            px = bx;
            py = by;
        }
        simde__m128 vx = simde_mm_loadu_ps(px), vy = simde_mm_loadu_ps(py);
        simde__m128 sy = simde_mm_shuffle_ps(vy, vy, 0xb1);
        for (int u = 0; u < 2; u++) {
            simde__m128d dx = simde_mm_cvtps_pd(u ? simde_mm_movehl_ps(vx, vx) : vx);
            simde__m128d dy = simde_mm_cvtps_pd(u ? simde_mm_movehl_ps(vy, vy) : vy);
            simde__m128d ds = simde_mm_cvtps_pd(u ? simde_mm_movehl_ps(sy, sy) : sy);
            p[u] = simde_mm_add_pd(p[u], simde_mm_mul_pd(dx, dy));
            q[u] = simde_mm_add_pd(q[u], simde_mm_mul_pd(dx, ds));
        }
    }
    double ps[2], qs[2];
    simde_mm_storeu_pd(ps, simde_mm_add_pd(p[0], p[1]));
    simde_mm_storeu_pd(qs, simde_mm_add_pd(q[0], q[1]));
    /* ps = [sum xr*yr, sum xi*yi], qs = [sum xr*yi, sum xi*yr] */
    *re = conj ? ps[0] + ps[1] : ps[0] - ps[1];
    *im = conj ? qs[0] - qs[1] : qs[0] + qs[1];
}

static vmath_cf32 dot(const vmath_cf32 *x, const vmath_cf32 *y, size_t n, int conj)
{
    vm_pairwise acc;
    vm_pairwise_init(&acc);
    for (size_t i = 0; i < n; i += BLOCK) {
        double re, im;
        dot_block((const float *)(x + i), (const float *)(y + i), n - i < BLOCK ? n - i : BLOCK, conj, &re, &im);
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

void vmath_init_sse41_complex(vmath_kernels *k)
{
    k->cmul_cf32 = cmul_cf32;
    k->cmulconj_cf32 = cmulconj_cf32;
    k->cscale_cf32 = cscale_cf32;
    k->cabs2_cf32 = cabs2_cf32;
    k->cabs_cf32 = cabs_cf32;
    k->cdot_cf32 = cdot_cf32;
    k->cdotc_cf32 = cdotc_cf32;
}
