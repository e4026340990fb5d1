/* AVX-512: the vector of 16 floats that the f32-evaluated math algorithms
 * (src/expf_impl.h) are written against, and map_f(), their array loop. */
#ifndef VMATH_AVX512_VF_H
#define VMATH_AVX512_VF_H

#include "vd.h"

typedef simde__m512 vf;

INLINE vf vf_set(float a) { return simde_mm512_set1_ps(a); }
INLINE vf vf_add(vf a, vf b) { return simde_mm512_add_ps(a, b); }
INLINE vf vf_sub(vf a, vf b) { return simde_mm512_sub_ps(a, b); }
INLINE vf vf_mul(vf a, vf b) { return simde_mm512_mul_ps(a, b); }
INLINE vf vf_fma(vf a, vf b, vf c) { return simde_mm512_fmadd_ps(a, b, c); }
INLINE vf vf_div(vf a, vf b) { return simde_mm512_div_ps(a, b); }
INLINE vf vf_abs(vf a) { return simde_mm512_castsi512_ps(simde_mm512_and_si512(simde_mm512_castps_si512(a), simde_mm512_set1_epi32(0x7fffffff))); }
/* the sign bit of sgn, the other bits of mag */
INLINE vf vf_copysign(vf mag, vf sgn)
{
    simde__m512i s = simde_mm512_set1_epi32(INT32_MIN);
    return simde_mm512_castsi512_ps(simde_mm512_or_si512(simde_mm512_andnot_si512(s, simde_mm512_castps_si512(mag)),
                                                         simde_mm512_and_si512(s, simde_mm512_castps_si512(sgn))));
}
INLINE vf vf_round(vf a) { return simde_mm512_roundscale_ps(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .) */
INLINE vf vf_clamp(vf x, float lo, float hi) { return simde_mm512_min_ps(vf_set(hi), simde_mm512_max_ps(vf_set(lo), x)); }
/* vscalefps: p * 2^k rounded once, the same bits as the two exact steps */
INLINE vf vf_scale(vf p, vf k) { return simde_mm512_scalef_ps(p, k); }
/* 2^k for integral k in [-126, 127] */
INLINE vf vf_pow2i(vf k) { return simde_mm512_scalef_ps(vf_set(1.0f), k); }

/* for vmf_log */
typedef simde__mmask16 vfm;
INLINE vfm vf_gt(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_GT_OQ); }
INLINE vfm vf_lt(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_LT_OQ); }
INLINE vfm vf_eq(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_EQ_OQ); }
INLINE vf vf_sel(vfm m, vf a, vf b) { return simde_mm512_mask_blend_ps(m, b, a); }
INLINE vfm vf_mand(vfm a, vfm b) { return (vfm)(a & b); }
INLINE vfm vf_mnot(vfm a) { return (vfm)~a; }
INLINE int vf_any(vfm m) { return m != 0; }
/* as src/scalar/vf.h */
INLINE vf vf_split(vf x, vf *e)
{
    vfm sub = vf_lt(x, vf_set(0x1p-126f));
    simde__m512i ix = simde_mm512_castps_si512(simde_mm512_mask_mul_ps(x, sub, x, vf_set(0x1p23f)));
    simde__m512i k = compat_srai23_epi32(simde_mm512_sub_epi32(ix, simde_mm512_set1_epi32(0x3f3504f3)));
    vf ek = compat_cvtepi32_ps(k);
    *e = simde_mm512_mask_sub_ps(ek, sub, ek, vf_set(23.0f));
    return simde_mm512_castsi512_ps(simde_mm512_sub_epi32(ix, simde_mm512_slli_epi32(k, 23)));
}

/* Two vectors per iteration, then one, then the last n % 16 with masked
 * loads and stores, which touch nothing past n. */
INLINE void map_f(float *y, const float *x, size_t n, vf (*f)(vf))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf a = f(simde_mm512_loadu_ps(x + i));
        vf b = f(simde_mm512_loadu_ps(x + i + 16));
        simde_mm512_storeu_ps(y + i, a);
        simde_mm512_storeu_ps(y + i + 16, b);
    }
    for (; i + 16 <= n; i += 16)
        simde_mm512_storeu_ps(y + i, f(simde_mm512_loadu_ps(x + i)));
    if (i < n) {
        simde__mmask16 m = (simde__mmask16)((1u << (n - i)) - 1);
        compat_mask_storeu_ps(y + i, m, f(compat_maskz_loadu_ps(m, x + i)));
    }
}

/* for the inverse trigonometric functions (src/invtrigf_impl.h) */
INLINE vf vf_fnma(vf a, vf b, vf c) { return simde_mm512_fnmadd_ps(a, b, c); }
INLINE vf vf_sqrt(vf a) { return simde_mm512_sqrt_ps(a); }
INLINE vfm vf_mor(vfm a, vfm b) { return (vfm)(a | b); }
/* as src/scalar/vf.h (minps returns its second operand if either is NaN) */
INLINE vf vf_min_c(vf x, float hi) { return simde_mm512_min_ps(vf_set(hi), x); }
/* as src/scalar/vf.h */
INLINE vf vf_recip_est(vf x)
{
    return simde_mm512_castsi512_ps(simde_mm512_sub_epi32(simde_mm512_set1_epi32(0x7ef311c3), simde_mm512_castps_si512(x)));
}
/* as map_f, for y = f(a, b) */
INLINE void map_ff(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf r0 = f(simde_mm512_loadu_ps(a + i), simde_mm512_loadu_ps(b + i));
        vf r1 = f(simde_mm512_loadu_ps(a + i + 16), simde_mm512_loadu_ps(b + i + 16));
        simde_mm512_storeu_ps(y + i, r0);
        simde_mm512_storeu_ps(y + i + 16, r1);
    }
    for (; i + 16 <= n; i += 16)
        simde_mm512_storeu_ps(y + i, f(simde_mm512_loadu_ps(a + i), simde_mm512_loadu_ps(b + i)));
    if (i < n) {
        simde__mmask16 m = (simde__mmask16)((1u << (n - i)) - 1);
        compat_mask_storeu_ps(y + i, m, f(compat_maskz_loadu_ps(m, a + i), compat_maskz_loadu_ps(m, b + i)));
    }
}

#endif
