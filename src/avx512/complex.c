/* AVX-512 kernels: interleaved complex float. cmul, cmulconj, cscale, cabs2
 * and cabs are bit-identical to src/scalar/complex.c: the same IEEE
 * operations, no fused multiply-add. cdot/cdotc use fused multiply-adds and
 * meet the error bound instead (see include/vmath.h).
 *
 * Native intrinsics only, like convert.c (SIMDe 0.7.4 lacks permute_ps,
 * moveldup_ps, cvtps_pd, ...); an emulated x86 build keeps the avx2 kernels. */
#include "../kernels.h"

#if defined(__AVX512F__)
#include <immintrin.h>
#include <math.h>
#include <string.h>

#include "../pairwise.h"

#define INLINE static inline __attribute__((always_inline))
#define W 16  /* complex elements per step: two zmm */

typedef struct {
    __m512 re, im;  /* a scalar factor: broadcast real and imaginary parts */
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

/* a * b on 8 interleaved complex numbers, from b's real and imaginary
 * parts each duplicated into both lanes of a pair (vmovsldup/vmovshdup with
 * a memory operand: a plain load, no shuffle uop) and a with its pairs
 * swapped (the one shuffle):
 *     t1 = a * br = [ar*br, ai*br],   t2 = swap(a) * bi = [ai*bi, ar*bi].
 * fmaddsub(t1, 1, t2) gives [t1 - t2, t1 + t2] = [ar*br - ai*bi, ai*br + ar*bi]:
 * t1 * 1 is exact, so the fused operation rounds once, exactly like the
 * unfused difference or sum of the two rounded products: the scalar
 * formula bit for bit (x + y == y + x), zeros' signs, Inf and NaN included.
 * conj: fmsubadd gives [t1 + t2, t1 - t2] = [ar*br + ai*bi, ai*br - ar*bi].
 *
 * Per 8 products that is 3 loads, 1 store and 4 operations on the two ports
 * that execute 512-bit arithmetic and shuffles (p0, p5): both limits are
 * about 2 cycles, and the swap cannot come from a load (an odd-offset load
 * splits every cache line), so this is as fast as cmul goes here. The swap
 * is a vpermilps (p5 only) or a 64-bit rotate by 32 (p0 only): the main
 * loop alternates the two so that neither port waits for the other (1-2%
 * at n = 1024, interleaved runs). */
INLINE __m512 swap_pairs(__m512 a, int on_p0)
{
    if (on_p0)
        return _mm512_castsi512_ps(_mm512_rol_epi64(_mm512_castps_si512(a), 32));
    return _mm512_permute_ps(a, 0xb1);
}

INLINE __m512 mul8(__m512 a, __m512 br, __m512 bi, int conj, int on_p0)
{
    const __m512 one = _mm512_set1_ps(1.0f);
    __m512 t1 = _mm512_mul_ps(a, br);
    __m512 t2 = _mm512_mul_ps(swap_pairs(a, on_p0), bi);
    return conj ? _mm512_fmsubadd_ps(t1, one, t2) : _mm512_fmaddsub_ps(t1, one, t2);
}

/* x * s with s fixed: the swap moves to the constant, computed once.
 *     t1 = xr * [sr, si] = [xr*sr, xr*si],   t2 = xi * [si, sr] = [xi*si, xi*sr],
 * with xr, xi duplicated by vmovsldup/vmovshdup loads; fmaddsub(t1, 1, t2) =
 * [xr*sr - xi*si, xr*si + xi*sr], the scalar mul(x, s) bit for bit (see
 * mul8). 3 arithmetic operations per 8 instead of 4. */
INLINE __m512 scale8(__m512 xr, __m512 xi, __m512 s_ri, __m512 s_ir)
{
    const __m512 one = _mm512_set1_ps(1.0f);
    return _mm512_fmaddsub_ps(_mm512_mul_ps(xr, s_ri), one, _mm512_mul_ps(xi, s_ir));
}

enum { CMUL, CMULCONJ, CSCALE };

/* A load kept in a register: GCC would otherwise fold it into both the
 * shuffle and the multiply that use it, two loads where one does, and the
 * loop is as load-bound as it is FP-bound (2 zmm loads per cycle). */
INLINE __m512 load_once(const float *p)
{
    __m512 v = _mm512_loadu_ps(p);
    __asm__("" : "+v"(v));
    return v;
}

/* Eight products of `op` from a (and b) in memory; full vectors. */
INLINE __m512 mul8_mem(const float *a, const float *b, __m512 s_ri, __m512 s_ir, int op, int on_p0)
{
    if (op == CSCALE)
        return scale8(_mm512_moveldup_ps(_mm512_loadu_ps(a)), _mm512_movehdup_ps(_mm512_loadu_ps(a)), s_ri, s_ir);
    return mul8(load_once(a), _mm512_moveldup_ps(_mm512_loadu_ps(b)), _mm512_movehdup_ps(_mm512_loadu_ps(b)),
                op == CMULCONJ, on_p0);
}

/* zmm per iteration of the main loop: 8 rather than 4 measured 2-3% faster
 * at n = 1024 (fewer loop-control uops competing for p0/p5). */
#define UNROLL 8

/* The multiplies: UNROLL zmm (8 complex each) per iteration, all loaded
 * before any store so y == a or y == b works; then one zmm at a time; the
 * last n % 8 with masked loads and stores, which touch nothing outside
 * [0, n) (masked-off lanes do not fault). CSCALE: b is unused, s is the
 * factor (a = x, as the scalar reference's mul(x[i], s)). */
INLINE void mul_loop(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, vmath_cf32 s, size_t n, int op)
{
    float *py = (float *)y;
    const float *pa = (const float *)a, *pb = (const float *)b;
    const __m512 s_ri = _mm512_setr4_ps(s.re, s.im, s.re, s.im), s_ir = _mm512_setr4_ps(s.im, s.re, s.im, s.re);
    size_t i = 0;
    for (; i + 8 * UNROLL <= n; i += 8 * UNROLL) {
        __m512 r[UNROLL];
        for (int u = 0; u < UNROLL; u++)
            r[u] = mul8_mem(pa + 2 * i + 16 * u, pb + 2 * i + 16 * u, s_ri, s_ir, op, u & 1);
        for (int u = 0; u < UNROLL; u++)
            _mm512_storeu_ps(py + 2 * i + 16 * u, r[u]);
    }
    for (; i + 8 <= n; i += 8)
        _mm512_storeu_ps(py + 2 * i, mul8_mem(pa + 2 * i, pb + 2 * i, s_ri, s_ir, op, 0));
    if (i < n) {
        __mmask16 k = (__mmask16)((1u << (2 * (n - i))) - 1);
        __m512 va = _mm512_maskz_loadu_ps(k, pa + 2 * i), r;
        if (op == CSCALE) {
            r = scale8(_mm512_moveldup_ps(va), _mm512_movehdup_ps(va), s_ri, s_ir);
        } else {
            __m512 vb = _mm512_maskz_loadu_ps(k, pb + 2 * i);
            r = mul8(va, _mm512_moveldup_ps(vb), _mm512_movehdup_ps(vb), op == CMULCONJ, 0);
        }
        _mm512_mask_storeu_ps(py + 2 * i, k, r);
    }
}

/* Gathers the real (even) or imaginary (odd) lanes of two vectors. */
#define EVEN_PS _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30)
#define ODD_PS _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31)
#define EVEN_PD _mm512_setr_epi64(0, 2, 4, 6, 8, 10, 12, 14)
#define ODD_PD _mm512_setr_epi64(1, 3, 5, 7, 9, 11, 13, 15)

INLINE void cabs2_step(void *y, const void *a, const void *b, scalar2 s)
{
    (void)b;
    (void)s;
    __m512 v0 = _mm512_loadu_ps(a), v1 = _mm512_loadu_ps((const float *)a + 16);
    __m512 q0 = _mm512_mul_ps(v0, v0), q1 = _mm512_mul_ps(v1, v1);
    __m512 r = _mm512_add_ps(_mm512_permutex2var_ps(q0, EVEN_PS, q1), _mm512_permutex2var_ps(q0, ODD_PS, q1));
    _mm512_storeu_ps(y, r);
}

/* |z| of 8 complex numbers, in double as the scalar reference: exact
 * squares, one rounded sum, sqrt, round to float; an infinite part gives
 * +Inf (a square is Inf only if that part is, since FLT_MAX^2 < DBL_MAX). */
INLINE __m256 cabs8(__m512 v)
{
    __m512d lo = _mm512_cvtps_pd(_mm512_castps512_ps256(v));
    __m512d hi = _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(v), 1)));
    lo = _mm512_mul_pd(lo, lo);
    hi = _mm512_mul_pd(hi, hi);
    __m512d re2 = _mm512_permutex2var_pd(lo, EVEN_PD, hi), im2 = _mm512_permutex2var_pd(lo, ODD_PD, hi);
    const __m512d inf = _mm512_set1_pd(INFINITY);
    __mmask8 any_inf = _mm512_cmp_pd_mask(re2, inf, _CMP_EQ_OQ) | _mm512_cmp_pd_mask(im2, inf, _CMP_EQ_OQ);
    __m512d sum = _mm512_mask_mov_pd(_mm512_add_pd(re2, im2), any_inf, inf);
    return _mm512_cvtpd_ps(_mm512_sqrt_pd(sum));
}

INLINE void cabs_step(void *y, const void *a, const void *b, scalar2 s)
{
    (void)b;
    (void)s;
    _mm256_storeu_ps(y, cabs8(_mm512_loadu_ps(a)));
    _mm256_storeu_ps((float *)y + 8, cabs8(_mm512_loadu_ps((const float *)a + 16)));
}

static const scalar2 no_scalar = {{0}, {0}};

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
    loop(y, x, NULL, n, sizeof *y, no_scalar, cabs2_step);
}

static void cabs_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    loop(y, x, NULL, n, sizeof *y, no_scalar, cabs_step);
}

/* Dot products. Within a block of BLOCK elements, four pairs of
 * accumulators: p += x*y = [xr*yr, xi*yi] and q += x*swap(y) = [xr*yi, xi*yr],
 * each lane a fused multiply-add, BLOCK / 32 = 32 terms per lane; then the
 * block's lanes are summed in double and the blocks pairwise (pairwise.h). */
#define BLOCK 1024

static void dot_block(const float *x, const float *y, size_t n, int conj, double *re, double *im)
{
    __m512 p[4], q[4];
    for (int u = 0; u < 4; u++)
        p[u] = q[u] = _mm512_setzero_ps();
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        for (int u = 0; u < 4; u++) {
            __m512 vx = _mm512_loadu_ps(x + 2 * (i + 8 * u)), vy = _mm512_loadu_ps(y + 2 * (i + 8 * u));
            p[u] = _mm512_fmadd_ps(vx, vy, p[u]);
            q[u] = _mm512_fmadd_ps(vx, _mm512_permute_ps(vy, 0xb1), q[u]);
        }
    }
    for (; i < n; i += 8) {
        /* the last few: zero-padded copies (zeros add nothing) */
        float bx[16] = {0}, by[16] = {0};
        size_t m = n - i < 8 ? n - i : 8;
        memcpy(bx, x + 2 * i, m * 8);
        memcpy(by, y + 2 * i, m * 8);
        __m512 vx = _mm512_loadu_ps(bx), vy = _mm512_loadu_ps(by);
        p[0] = _mm512_fmadd_ps(vx, vy, p[0]);
        q[0] = _mm512_fmadd_ps(vx, _mm512_permute_ps(vy, 0xb1), q[0]);
    }
    float ps[16], qs[16];
    _mm512_storeu_ps(ps, _mm512_add_ps(_mm512_add_ps(p[0], p[1]), _mm512_add_ps(p[2], p[3])));
    _mm512_storeu_ps(qs, _mm512_add_ps(_mm512_add_ps(q[0], q[1]), _mm512_add_ps(q[2], q[3])));
    double rr = 0, ii = 0, ri = 0, ir = 0;  /* sums of xr*yr, xi*yi, xr*yi, xi*yr */
    for (int l = 0; l < 16; l += 2) {
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

void vmath_init_avx512_complex(vmath_kernels *k)
{
    k->cmul_cf32 = cmul_cf32;
    k->cmulconj_cf32 = cmulconj_cf32;
    k->cscale_cf32 = cscale_cf32;
    k->cabs2_cf32 = cabs2_cf32;
    k->cabs_cf32 = cabs_cf32;
    k->cdot_cf32 = cdot_cf32;
    k->cdotc_cf32 = cdotc_cf32;
}

#else

void vmath_init_avx512_complex(vmath_kernels *k)
{
    (void)k;  /* emulated x86 build: keep the avx2 kernels (see the top) */
}

#endif
