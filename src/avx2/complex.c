/* AVX2 + FMA kernels: interleaved complex float. cmul, cmulconj, cscale,
 * cabs2 and cabs are bit-identical to src/scalar/complex.c (the same IEEE
 * operations, no fused multiply-add); cdot/cdotc use fused multiply-adds
 * and meet the error bound instead (see include/vmath.h). */
#include <math.h>
#include <string.h>

#include <simde/x86/avx2.h>
#include <simde/x86/fma.h>

#include "../kernels.h"
#include "../pairwise.h"

#define INLINE static inline __attribute__((always_inline))
#define W 8  /* complex elements per step: two ymm */

typedef struct {
    simde__m256 re, im;  /* a scalar factor: broadcast real and imaginary parts */
} scalar2;

typedef void (*step_fn)(void *y, const void *a, const void *b, scalar2 s);

/* Four steps per iteration, then single steps; the last n % W elements go
 * through zero-padded stack buffers (no access outside [0, n)). Each step
 * reads its block of a and b before writing the same block of y, so
 * y == a or y == b works. b is NULL for one-input operations. */
INLINE void loop(void *y, const void *a, const void *b, size_t n, size_t ysize, scalar2 s, step_fn step)
{
    unsigned char *py = y;
    const unsigned char *pa = a, *pb = b;
    const size_t xsize = sizeof(vmath_cf32);
    size_t i = 0;
    for (; i + 4 * W <= n; i += 4 * W)
        for (int u = 0; u < 4; u++)
            step(py + (i + u * W) * ysize, pa + (i + u * W) * xsize, pb ? pb + (i + u * W) * xsize : NULL, s);
    for (; i + W <= n; i += W)
        step(py + i * ysize, pa + i * xsize, pb ? pb + i * xsize : NULL, s);
    if (i < n) {
        unsigned char ba[W * 8] = {0}, bb[W * 8] = {0}, by[W * 8];
        memcpy(ba, pa + i * xsize, (n - i) * xsize);
        if (pb)
            memcpy(bb, pb + i * xsize, (n - i) * xsize);
        step(by, ba, pb ? bb : NULL, s);
        memcpy(py + i * ysize, by, (n - i) * ysize);
    }
}

/* a * b on 4 interleaved complex numbers, from b's real and imaginary
 * parts each duplicated into both lanes of a pair (vmovsldup/vmovshdup with
 * a memory operand: a plain load, no shuffle uop) and a with its pairs
 * swapped (the one shuffle):
 *     t1 = a * br = [ar*br, ai*br],   t2 = swap(a) * bi = [ai*bi, ar*bi].
 * fmaddsub(t1, 1, t2) gives [t1 - t2, t1 + t2] = [ar*br - ai*bi, ai*br + ar*bi]:
 * t1 * 1 is exact, so the fused operation rounds once, exactly like the
 * unfused difference or sum of the two rounded products: the scalar
 * formula bit for bit (x + y == y + x), zeros' signs, Inf and NaN included
 * (and SIMDe's unfused emulation computes the same).
 * conj: fmsubadd gives [t1 + t2, t1 - t2] = [ar*br + ai*bi, ai*br - ar*bi]. */
INLINE simde__m256 mul4(simde__m256 a, simde__m256 br, simde__m256 bi, int conj)
{
    const simde__m256 one = simde_mm256_set1_ps(1.0f);
    simde__m256 t1 = simde_mm256_mul_ps(a, br);
    simde__m256 t2 = simde_mm256_mul_ps(simde_mm256_permute_ps(a, 0xb1), bi);
    return conj ? simde_mm256_fmsubadd_ps(t1, one, t2) : simde_mm256_fmaddsub_ps(t1, one, t2);
}

enum { CMUL, CMULCONJ, CSCALE };

/* A load kept in a register: GCC would otherwise fold it into both the
 * shuffle and the multiply that use it, two loads where one does, and the
 * loop is load-bound (2 loads per cycle before Ice Lake). */
INLINE simde__m256 load_once(const float *p)
{
    simde__m256 v = simde_mm256_loadu_ps(p);
#if defined(SIMDE_X86_AVX_NATIVE)
    __asm__("" : "+x"(v));
#endif
    return v;
}

/* Four products of `op` from a (and b): CSCALE multiplies by s instead. */
INLINE simde__m256 mul4_mem(const float *a, const float *b, simde__m256 sre, simde__m256 sim, int op)
{
    if (op == CSCALE)
        return mul4(load_once(a), sre, sim, 0);
    return mul4(load_once(a), simde_mm256_moveldup_ps(simde_mm256_loadu_ps(b)),
                simde_mm256_movehdup_ps(simde_mm256_loadu_ps(b)), op == CMULCONJ);
}

/* 16 complex numbers (4 ymm) per iteration, all loaded before any store so
 * y == a or y == b works; then one ymm at a time; the last n % 4 through
 * zero-padded stack buffers (no access outside [0, n)). CSCALE: b is
 * unused and s is the factor (a = x, as the scalar mul(x[i], s)). */
INLINE void mul_loop(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, vmath_cf32 s, size_t n, int op)
{
    float *py = (float *)y;
    const float *pa = (const float *)a, *pb = (const float *)b;
    const simde__m256 sre = simde_mm256_set1_ps(s.re), sim = simde_mm256_set1_ps(s.im);
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        simde__m256 r[4];
        for (int u = 0; u < 4; u++)
            r[u] = mul4_mem(pa + 2 * i + 8 * u, pb + 2 * i + 8 * u, sre, sim, op);
        for (int u = 0; u < 4; u++)
            simde_mm256_storeu_ps(py + 2 * i + 8 * u, r[u]);
    }
    for (; i + 4 <= n; i += 4)
        simde_mm256_storeu_ps(py + 2 * i, mul4_mem(pa + 2 * i, pb + 2 * i, sre, sim, op));
    if (i < n) {
        float ba[8] = {0}, bb[8] = {0}, by[8];
        memcpy(ba, pa + 2 * i, (n - i) * sizeof *y);
        if (op != CSCALE)
            memcpy(bb, pb + 2 * i, (n - i) * sizeof *y);
        simde_mm256_storeu_ps(by, mul4_mem(ba, bb, sre, sim, op));
        memcpy(py + 2 * i, by, (n - i) * sizeof *y);
    }
}

/* hadd sums adjacent pairs (re^2 + im^2) but interleaves the 128-bit
 * halves of its two inputs; permute4x64 restores the order. */
INLINE void cabs2_step(void *y, const void *a, const void *b, scalar2 s)
{
    (void)b;
    (void)s;
    simde__m256 v0 = simde_mm256_loadu_ps(a), v1 = simde_mm256_loadu_ps((const float *)a + 8);
    simde__m256 h = simde_mm256_hadd_ps(simde_mm256_mul_ps(v0, v0), simde_mm256_mul_ps(v1, v1));
    simde_mm256_storeu_ps(y, simde_mm256_castpd_ps(simde_mm256_permute4x64_pd(simde_mm256_castps_pd(h), 0xd8)));
}

/* |z| of 4 complex numbers, in double as the scalar reference: exact
 * squares, one rounded sum, sqrt, round to float; an infinite part gives
 * +Inf (a square is Inf only if that part is). */
INLINE simde__m128 cabs4(simde__m256 v)
{
    simde__m256d lo = simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(v));    /* z0 z1 */
    simde__m256d hi = simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(v, 1));  /* z2 z3 */
    lo = simde_mm256_mul_pd(lo, lo);
    hi = simde_mm256_mul_pd(hi, hi);
    simde__m256d re2 = simde_mm256_unpacklo_pd(lo, hi), im2 = simde_mm256_unpackhi_pd(lo, hi);  /* z0 z2 z1 z3 */
    const simde__m256d inf = simde_mm256_set1_pd(INFINITY);
    simde__m256d any_inf = simde_mm256_or_pd(simde_mm256_cmp_pd(re2, inf, SIMDE_CMP_EQ_OQ),
                                             simde_mm256_cmp_pd(im2, inf, SIMDE_CMP_EQ_OQ));
    simde__m256d sum = simde_mm256_blendv_pd(simde_mm256_add_pd(re2, im2), inf, any_inf);
    simde__m128 r = simde_mm256_cvtpd_ps(simde_mm256_sqrt_pd(sum));
    return simde_mm_shuffle_ps(r, r, 0xd8);  /* back to z0 z1 z2 z3 */
}

INLINE void cabs_step(void *y, const void *a, const void *b, scalar2 s)
{
    (void)b;
    (void)s;
    simde_mm_storeu_ps(y, cabs4(simde_mm256_loadu_ps(a)));
    simde_mm_storeu_ps((float *)y + 4, cabs4(simde_mm256_loadu_ps((const float *)a + 8)));
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

static void cabs2_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    scalar2 none = {simde_mm256_setzero_ps(), simde_mm256_setzero_ps()};
    loop(y, x, NULL, n, sizeof *y, none, cabs2_step);
}

static void cabs_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    scalar2 none = {simde_mm256_setzero_ps(), simde_mm256_setzero_ps()};
    loop(y, x, NULL, n, sizeof *y, none, cabs_step);
}

/* Dot products. Within a block of BLOCK elements, four pairs of
 * accumulators: p += x*y = [xr*yr, xi*yi] and q += x*swap(y) = [xr*yi, xi*yr],
 * each lane a fused multiply-add, BLOCK / 16 = 32 terms per lane; then the
 * block's lanes are summed in double and the blocks pairwise (pairwise.h). */
#define BLOCK 512

static void dot_block(const float *x, const float *y, size_t n, int conj, double *re, double *im)
{
    simde__m256 p[4], q[4];
    for (int u = 0; u < 4; u++)
        p[u] = q[u] = simde_mm256_setzero_ps();
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        for (int u = 0; u < 4; u++) {
            simde__m256 vx = simde_mm256_loadu_ps(x + 2 * (i + 4 * u)), vy = simde_mm256_loadu_ps(y + 2 * (i + 4 * u));
            p[u] = simde_mm256_fmadd_ps(vx, vy, p[u]);
            q[u] = simde_mm256_fmadd_ps(vx, simde_mm256_permute_ps(vy, 0xb1), q[u]);
        }
    }
    for (; i < n; i += 4) {
        /* the last few: zero-padded copies (zeros add nothing) */
        float bx[8] = {0}, by[8] = {0};
        size_t m = n - i < 4 ? n - i : 4;
        memcpy(bx, x + 2 * i, m * 8);
        memcpy(by, y + 2 * i, m * 8);
        simde__m256 vx = simde_mm256_loadu_ps(bx), vy = simde_mm256_loadu_ps(by);
        p[0] = simde_mm256_fmadd_ps(vx, vy, p[0]);
        q[0] = simde_mm256_fmadd_ps(vx, simde_mm256_permute_ps(vy, 0xb1), q[0]);
    }
    float ps[8], qs[8];
    simde_mm256_storeu_ps(ps, simde_mm256_add_ps(simde_mm256_add_ps(p[0], p[1]), simde_mm256_add_ps(p[2], p[3])));
    simde_mm256_storeu_ps(qs, simde_mm256_add_ps(simde_mm256_add_ps(q[0], q[1]), simde_mm256_add_ps(q[2], q[3])));
    double rr = 0, ii = 0, ri = 0, ir = 0;  /* sums of xr*yr, xi*yi, xr*yi, xi*yr */
    for (int l = 0; l < 8; l += 2) {
        rr += ps[l];
        ii += ps[l + 1];
        ri += qs[l];
        ir += qs[l + 1];
    }
    /* x*y = (rr - ii, ri + ir); conj(x)*y = (rr + ii, ri - ir) */
    *re = conj ? rr + ii : rr - ii;
    *im = conj ? ri - ir : ri + ir;
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

void vmath_init_avx2_complex(vmath_kernels *k)
{
    k->cmul_cf32 = cmul_cf32;
    k->cmulconj_cf32 = cmulconj_cf32;
    k->cscale_cf32 = cscale_cf32;
    k->cabs2_cf32 = cabs2_cf32;
    k->cabs_cf32 = cabs_cf32;
    k->cdot_cf32 = cdot_cf32;
    k->cdotc_cf32 = cdotc_cf32;
}
