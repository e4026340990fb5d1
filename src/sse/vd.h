/* SSE4.1: the vector of doubles that the shared math algorithms
 * (src/<family>_impl.h) are written against, and the loops that run them over
 * arrays of floats: map() for y = f(x), map_vv() for y = f(a, b).
 * The list of primitives and their meaning: src/exp_log_impl.h, and
 * src/vd_common.h for those built from them. */
#ifndef VMATH_SSE_VD_H
#define VMATH_SSE_VD_H
#include <math.h>
#include <string.h>

#include <simde/x86/sse4.1.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

typedef simde__m128d vd;
typedef simde__m128i vu;
typedef simde__m128d vmask;

INLINE vd v_set(double a) { return simde_mm_set1_pd(a); }
INLINE vu v_setu(uint64_t a) { return simde_mm_set1_epi64x((int64_t)a); }
INLINE vd v_add(vd a, vd b) { return simde_mm_add_pd(a, b); }
INLINE vd v_sub(vd a, vd b) { return simde_mm_sub_pd(a, b); }
INLINE vd v_mul(vd a, vd b) { return simde_mm_mul_pd(a, b); }
INLINE vd v_div(vd a, vd b) { return simde_mm_div_pd(a, b); }
INLINE vd v_fma(vd a, vd b, vd c) { return simde_mm_add_pd(simde_mm_mul_pd(a, b), c); }
INLINE vu v_bits(vd a) { return simde_mm_castpd_si128(a); }
INLINE vd v_from(vu a) { return simde_mm_castsi128_pd(a); }
INLINE vu v_addu(vu a, vu b) { return simde_mm_add_epi64(a, b); }
INLINE vu v_subu(vu a, vu b) { return simde_mm_sub_epi64(a, b); }
INLINE vu v_andu(vu a, vu b) { return simde_mm_and_si128(a, b); }
INLINE vu v_shl48(vu a) { return simde_mm_slli_epi64(a, 48); }
INLINE vu v_shr48(vu a) { return simde_mm_srli_epi64(a, 48); }
INLINE vu v_shr52(vu a) { return simde_mm_srli_epi64(a, 52); }
INLINE vu v_shr1(vu a) { return simde_mm_srli_epi64(a, 1); }
INLINE vu v_shln(vu a, int n) { return simde_mm_slli_epi64(a, n); } /* n a constant */
INLINE vu v_shrn(vu a, int n) { return simde_mm_srli_epi64(a, n); } /* n a constant */
INLINE vu v_shr50(vu a) { return simde_mm_srli_epi64(a, 50); }
INLINE vmask v_lt(vd a, vd b) { return simde_mm_cmplt_pd(a, b); }
INLINE vmask v_gt(vd a, vd b) { return simde_mm_cmpgt_pd(a, b); }
INLINE vmask v_eq(vd a, vd b) { return simde_mm_cmpeq_pd(a, b); }
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_mm_blendv_pd(b, a, m); }
/* a > b ? a : b and a < b ? a : b, the same on every ISA when neither is
 * NaN and they are not zeros of opposite signs; a NaN b is returned (NEON
 * quiets it). A NaN a gives b on x86 and in C but NaN on NEON, which also
 * orders -0 below +0: callers rely on neither (as vf_max and vf_min) */
INLINE vd v_max(vd a, vd b) { return simde_mm_max_pd(a, b); }
INLINE vd v_min(vd a, vd b) { return simde_mm_min_pd(a, b); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .): as the scalar clamp */
INLINE vd v_clamp(vd x, double lo, double hi)
{
    return simde_mm_min_pd(v_set(hi), simde_mm_max_pd(v_set(lo), x));
}
/* no gather: two scalar loads */
INLINE vd v_lookup(const double *t, vu i)
{
    return simde_mm_set_pd(t[simde_mm_extract_epi64(i, 1)], t[simde_mm_cvtsi128_si64(i)]);
}
/* columns k and k + 1 of a row-major table: one load per lane, two unpacks */
INLINE void v_lookup_pair(const double *cols, const double *rows, int n, vu i, int k, vd *a, vd *b)
{
    (void)cols;
    vd x = simde_mm_loadu_pd(rows + n * simde_mm_cvtsi128_si64(i) + k);
    vd y = simde_mm_loadu_pd(rows + n * simde_mm_extract_epi64(i, 1) + k);
    *a = simde_mm_unpacklo_pd(x, y);
    *b = simde_mm_unpackhi_pd(x, y);
}

/* for src/trig_impl.h */
#define VM_LANES 2
/* bit b moved to the sign: every reader of a vmask here (blendv, movemask;
 * and, or, xor between masks) looks at the sign bit alone */
INLINE vmask v_bit(vu a, int b) { return simde_mm_castsi128_pd(simde_mm_slli_epi64(a, 63 - b)); }
INLINE int v_all(vmask m) { return simde_mm_movemask_pd(m) == 3; }
INLINE vd v_load(const double *p) { return simde_mm_loadu_pd(p); }
INLINE void v_store(double *p, vd a) { simde_mm_storeu_pd(p, a); }
INLINE vd v_sqrt(vd a) { return simde_mm_sqrt_pd(a); }
INLINE vd v_round(vd a) { return simde_mm_round_pd(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
INLINE vd v_trunc(vd a) { return simde_mm_round_pd(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE vu v_oru(vu a, vu b) { return simde_mm_or_si128(a, b); }
INLINE vu v_xoru(vu a, vu b) { return simde_mm_xor_si128(a, b); }
INLINE vmask v_mand(vmask a, vmask b) { return simde_mm_and_pd(a, b); }
INLINE vmask v_mor(vmask a, vmask b) { return simde_mm_or_pd(a, b); }
INLINE vmask v_mnot(vmask a) { return simde_mm_xor_pd(a, simde_mm_castsi128_pd(simde_mm_set1_epi64x(-1))); }

#include "../vd_common.h"

/* 4 floats: two vectors of doubles. */
INLINE simde__m128 step(simde__m128 x, vd (*f)(vd))
{
    simde__m128 lo = simde_mm_cvtpd_ps(f(simde_mm_cvtps_pd(x)));
    simde__m128 hi = simde_mm_cvtpd_ps(f(simde_mm_cvtps_pd(simde_mm_movehl_ps(x, x))));
    return simde_mm_movelh_ps(lo, hi);
}

/* Two steps per iteration, then one; the last n % 4 elements go through a
 * stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map(float *y, const float *x, size_t n, vd (*f)(vd))
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        simde__m128 a = step(simde_mm_loadu_ps(x + i), f);
        simde__m128 b = step(simde_mm_loadu_ps(x + i + 4), f);
        simde_mm_storeu_ps(y + i, a);
        simde_mm_storeu_ps(y + i + 4, b);
    }
    for (; i + 4 <= n; i += 4)
        simde_mm_storeu_ps(y + i, step(simde_mm_loadu_ps(x + i), f));
    if (i < n) {
        float buf[4];
        vmath_tail_f32(buf, 4, x + i, n - i);
        simde_mm_storeu_ps(buf, step(simde_mm_loadu_ps(buf), f));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* Binary functions (pow, atan2, hypot): as step() and map(), two inputs. */
INLINE simde__m128 step_vv(simde__m128 a, simde__m128 b, vd (*f)(vd, vd))
{
    simde__m128 lo = simde_mm_cvtpd_ps(f(simde_mm_cvtps_pd(a), simde_mm_cvtps_pd(b)));
    simde__m128 hi = simde_mm_cvtpd_ps(f(simde_mm_cvtps_pd(simde_mm_movehl_ps(a, a)), simde_mm_cvtps_pd(simde_mm_movehl_ps(b, b))));
    return simde_mm_movelh_ps(lo, hi);
}

INLINE void map_vv(float *y, const float *a, const float *b, size_t n, vd (*f)(vd, vd))
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        simde_mm_storeu_ps(y + i, step_vv(simde_mm_loadu_ps(a + i), simde_mm_loadu_ps(b + i), f));
    if (i < n) {
        float ba[4], bb[4];
        vmath_tail_f32(ba, 4, a + i, n - i);
        vmath_tail_f32(bb, 4, b + i, n - i);
        simde_mm_storeu_ps(ba, step_vv(simde_mm_loadu_ps(ba), simde_mm_loadu_ps(bb), f));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

#endif
