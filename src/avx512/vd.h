/* AVX-512: the vector of doubles that the shared math algorithms
 * (src/<family>_impl.h) are written against, and the loops that run them over
 * arrays of floats: map() for y = f(x), map_vv() for y = f(a, b).
 * The list of primitives and their meaning: src/exp_log_impl.h, and
 * src/vd_common.h for those built from them. */
#ifndef VMATH_AVX512_VD_H
#define VMATH_AVX512_VD_H
#include <math.h>

#include "compat.h"

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

typedef simde__m512d vd;
typedef simde__m512i vu;
typedef simde__mmask8 vmask;

INLINE vd v_set(double a) { return simde_mm512_set1_pd(a); }
INLINE vu v_setu(uint64_t a) { return simde_mm512_set1_epi64((int64_t)a); }
INLINE vd v_add(vd a, vd b) { return simde_mm512_add_pd(a, b); }
INLINE vd v_sub(vd a, vd b) { return simde_mm512_sub_pd(a, b); }
INLINE vd v_mul(vd a, vd b) { return simde_mm512_mul_pd(a, b); }
INLINE vd v_div(vd a, vd b) { return simde_mm512_div_pd(a, b); }
INLINE vd v_fma(vd a, vd b, vd c) { return simde_mm512_fmadd_pd(a, b, c); }
INLINE vd v_fms(vd a, vd b, vd c) { return simde_mm512_fmsub_pd(a, b, c); }   /* a * b - c, fused */
INLINE vd v_fnma(vd a, vd b, vd c) { return simde_mm512_fnmadd_pd(a, b, c); } /* c - a * b, fused */
INLINE vu v_bits(vd a) { return simde_mm512_castpd_si512(a); }
INLINE vd v_from(vu a) { return simde_mm512_castsi512_pd(a); }
INLINE vu v_addu(vu a, vu b) { return simde_mm512_add_epi64(a, b); }
INLINE vu v_subu(vu a, vu b) { return simde_mm512_sub_epi64(a, b); }
INLINE vu v_andu(vu a, vu b) { return simde_mm512_and_si512(a, b); }
INLINE vu v_shl48(vu a) { return simde_mm512_slli_epi64(a, 48); }
INLINE vu v_shr48(vu a) { return simde_mm512_srli_epi64(a, 48); }
INLINE vu v_shr52(vu a) { return simde_mm512_srli_epi64(a, 52); }
INLINE vu v_shr1(vu a) { return simde_mm512_srli_epi64(a, 1); }
INLINE vu v_shln(vu a, int n) { return simde_mm512_slli_epi64(a, (unsigned)n); } /* n a constant */
INLINE vu v_shrn(vu a, int n) { return simde_mm512_srli_epi64(a, (unsigned)n); } /* n a constant */
INLINE vu v_shr50(vu a) { return simde_mm512_srli_epi64(a, 50); }
INLINE vmask v_lt(vd a, vd b) { return simde_mm512_cmp_pd_mask(a, b, SIMDE_CMP_LT_OQ); }
INLINE vmask v_gt(vd a, vd b) { return simde_mm512_cmp_pd_mask(a, b, SIMDE_CMP_GT_OQ); }
INLINE vmask v_eq(vd a, vd b) { return simde_mm512_cmp_pd_mask(a, b, SIMDE_CMP_EQ_OQ); }
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_mm512_mask_blend_pd(m, b, a); }
/* where m: exchange *a and *b (the two selects) */
INLINE void v_swap(vmask m, vd *a, vd *b)
{
    vd t = v_sel(m, *b, *a);
    *b = v_sel(m, *a, *b);
    *a = t;
}
/* where m: *a = -*b and *b = *a, in as many operations as v_swap (a masked
 * xor and a masked blend): f64 tan and sincos take a quadrant's sign flip
 * with their exchange (src/trigd_impl.h) */
INLINE void v_swapneg(vmask m, vd *a, vd *b)
{
    simde__m512i t = simde_mm512_mask_xor_epi64(simde_mm512_castpd_si512(*a), m, simde_mm512_castpd_si512(*b),
                                                simde_mm512_set1_epi64(INT64_MIN));
    *b = v_sel(m, *a, *b);
    *a = simde_mm512_castsi512_pd(t);
}
/* a > b ? a : b and a < b ? a : b, the same on every ISA when neither is
 * NaN and they are not zeros of opposite signs; a NaN b is returned (NEON
 * quiets it). A NaN a gives b on x86 and in C but NaN on NEON, which also
 * orders -0 below +0: callers rely on neither (as vf_max and vf_min) */
INLINE vd v_max(vd a, vd b) { return simde_mm512_max_pd(a, b); }
INLINE vd v_min(vd a, vd b) { return simde_mm512_min_pd(a, b); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .): as the scalar clamp */
INLINE vd v_clamp(vd x, double lo, double hi)
{
    return simde_mm512_min_pd(v_set(hi), simde_mm512_max_pd(v_set(lo), x));
}
/* 16 entries: one two-table permute (index bit 3 picks the table) */
INLINE vd v_lookup(const double *t, vu i)
{
    return simde_mm512_permutex2var_pd(simde_mm512_loadu_pd(t), i, simde_mm512_loadu_pd(t + 8));
}
/* columns k and k + 1 of a 16-row table: one permute each, from the
 * column-major copy */
INLINE void v_lookup_pair(const double *cols, const double *rows, int n, vu i, int k, vd *a, vd *b)
{
    (void)rows, (void)n;
    *a = v_lookup(cols + 16 * k, i);
    *b = v_lookup(cols + 16 * (k + 1), i);
}

/* for src/trig_impl.h */
#define VM_LANES 8
INLINE vmask v_bit(vu a, int b) { return simde_mm512_test_epi64_mask(a, v_setu(UINT64_C(1) << b)); }
INLINE int v_all(vmask m) { return m == 0xff; }
INLINE vd v_load(const double *p) { return simde_mm512_loadu_pd(p); }
INLINE void v_store(double *p, vd a) { simde_mm512_storeu_pd(p, a); }
INLINE vd v_sqrt(vd a) { return simde_mm512_sqrt_pd(a); }
INLINE vd v_round(vd a) { return simde_mm512_roundscale_pd(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
INLINE vd v_trunc(vd a) { return simde_mm512_roundscale_pd(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE vu v_oru(vu a, vu b) { return simde_mm512_or_si512(a, b); }
INLINE vu v_xoru(vu a, vu b) { return simde_mm512_xor_si512(a, b); }
INLINE vmask v_mand(vmask a, vmask b) { return (vmask)(a & b); }
INLINE vmask v_mor(vmask a, vmask b) { return (vmask)(a | b); }
INLINE vmask v_mnot(vmask a) { return (vmask)~a; }

#include "../vd_common.h"

/* 16 floats: two vectors of doubles, converted back and rejoined. */
INLINE simde__m512 step(simde__m512 x, vd (*f)(vd))
{
    vd lo = f(compat_cvtps_pd(simde_mm512_castps512_ps256(x)));
    vd hi = f(compat_cvtps_pd(compat_extract_hi_ps(x)));
    return simde_mm512_insertf32x8(simde_mm512_castps256_ps512(compat_cvtpd_ps(lo)), compat_cvtpd_ps(hi), 1);
}

/* Two steps per iteration (four independent chains), then one, then the
 * last n % 16 with masked loads and stores, which touch nothing past n. */
INLINE void map(float *y, const float *x, size_t n, vd (*f)(vd))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        simde__m512 a = step(simde_mm512_loadu_ps(x + i), f);
        simde__m512 b = step(simde_mm512_loadu_ps(x + i + 16), f);
        simde_mm512_storeu_ps(y + i, a);
        simde_mm512_storeu_ps(y + i + 16, b);
    }
    for (; i + 16 <= n; i += 16)
        simde_mm512_storeu_ps(y + i, step(simde_mm512_loadu_ps(x + i), f));
    if (i < n) {
        simde__mmask16 m = (simde__mmask16)((1u << (n - i)) - 1);
        compat_mask_storeu_ps(y + i, m, step(compat_tail_loadu_ps(m, x + i), f));
    }
}

/* Binary functions (pow, atan2, hypot): as step() and map(), two inputs. */
INLINE simde__m512 step_vv(simde__m512 a, simde__m512 b, vd (*f)(vd, vd))
{
    vd lo = f(compat_cvtps_pd(simde_mm512_castps512_ps256(a)), compat_cvtps_pd(simde_mm512_castps512_ps256(b)));
    vd hi = f(compat_cvtps_pd(compat_extract_hi_ps(a)), compat_cvtps_pd(compat_extract_hi_ps(b)));
    return simde_mm512_insertf32x8(simde_mm512_castps256_ps512(compat_cvtpd_ps(lo)), compat_cvtpd_ps(hi), 1);
}

INLINE void map_vv(float *y, const float *a, const float *b, size_t n, vd (*f)(vd, vd))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        simde_mm512_storeu_ps(y + i, step_vv(simde_mm512_loadu_ps(a + i), simde_mm512_loadu_ps(b + i), f));
    if (i < n) {
        simde__mmask16 m = (simde__mmask16)((1u << (n - i)) - 1);
        compat_mask_storeu_ps(y + i, m, step_vv(compat_tail_loadu_ps(m, a + i), compat_tail_loadu_ps(m, b + i), f));
    }
}

/* pow family (src/powf_impl.h) */
INLINE vu v_shl52(vu a) { return simde_mm512_slli_epi64(a, 52); }

#endif
