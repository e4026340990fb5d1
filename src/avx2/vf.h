/* AVX2+FMA: the vector of 8 floats that the f32-evaluated math algorithms
 * (src/expf_impl.h) are written against, and map_f(), their array loop. */
#ifndef VMATH_AVX2_VF_H
#define VMATH_AVX2_VF_H

#include "vd.h"

typedef simde__m256 vf;

INLINE vf vf_set(float a) { return simde_mm256_set1_ps(a); }
INLINE vf vf_add(vf a, vf b) { return simde_mm256_add_ps(a, b); }
INLINE vf vf_sub(vf a, vf b) { return simde_mm256_sub_ps(a, b); }
INLINE vf vf_mul(vf a, vf b) { return simde_mm256_mul_ps(a, b); }
INLINE vf vf_fma(vf a, vf b, vf c) { return simde_mm256_fmadd_ps(a, b, c); }
INLINE vf vf_div(vf a, vf b) { return simde_mm256_div_ps(a, b); }
INLINE vf vf_abs(vf a) { return simde_mm256_andnot_ps(vf_set(-0.0f), a); }
/* the sign bit of sgn, the other bits of mag */
INLINE vf vf_copysign(vf mag, vf sgn)
{
    return simde_mm256_or_ps(simde_mm256_andnot_ps(vf_set(-0.0f), mag), simde_mm256_and_ps(vf_set(-0.0f), sgn));
}
INLINE vf vf_round(vf a) { return simde_mm256_round_ps(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .) */
INLINE vf vf_clamp(vf x, float lo, float hi) { return simde_mm256_min_ps(vf_set(hi), simde_mm256_max_ps(vf_set(lo), x)); }
INLINE vf vf_pow2(simde__m256i k) /* 2^k, k in [-126, 127] */
{
    return simde_mm256_castsi256_ps(simde_mm256_slli_epi32(simde_mm256_add_epi32(k, simde_mm256_set1_epi32(127)), 23));
}
/* 2^k for integral k in [-126, 127] (NaN k: garbage) */
INLINE vf vf_pow2i(vf k) { return vf_pow2(simde_mm256_cvtps_epi32(k)); }
/* p * 2^(k >> 1) is exact, then * 2^(k - (k >> 1)) rounds once. A NaN k
 * converts to INT_MIN: garbage scale, but p is NaN then and stays NaN. */
INLINE vf vf_scale(vf p, vf k)
{
    simde__m256i ki = simde_mm256_cvtps_epi32(k);
    simde__m256i k1 = simde_mm256_srai_epi32(ki, 1);
    return vf_mul(vf_mul(p, vf_pow2(k1)), vf_pow2(simde_mm256_sub_epi32(ki, k1)));
}

/* for vmf_log */
typedef simde__m256 vfm;
INLINE vfm vf_gt(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_GT_OQ); }
INLINE vfm vf_lt(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_LT_OQ); }
INLINE vfm vf_eq(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_EQ_OQ); }
INLINE vf vf_sel(vfm m, vf a, vf b) { return simde_mm256_blendv_ps(b, a, m); }
INLINE vfm vf_mand(vfm a, vfm b) { return simde_mm256_and_ps(a, b); }
INLINE vfm vf_mnot(vfm a) { return simde_mm256_xor_ps(a, simde_mm256_castsi256_ps(simde_mm256_set1_epi32(-1))); }
INLINE int vf_any(vfm m) { return simde_mm256_movemask_ps(m) != 0; }
/* as src/scalar/vf.h */
INLINE vf vf_split(vf x, vf *e)
{
    vfm sub = vf_lt(x, vf_set(0x1p-126f));
    simde__m256i ix = simde_mm256_castps_si256(vf_sel(sub, vf_mul(x, vf_set(0x1p23f)), x));
    simde__m256i k = simde_mm256_srai_epi32(simde_mm256_sub_epi32(ix, simde_mm256_set1_epi32(0x3f3504f3)), 23);
    *e = vf_sub(simde_mm256_cvtepi32_ps(k), simde_mm256_and_ps(sub, vf_set(23.0f)));
    return simde_mm256_castsi256_ps(simde_mm256_sub_epi32(ix, simde_mm256_slli_epi32(k, 23)));
}

/* Two vectors per iteration, then one; the last n % 8 elements go through
 * a stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map_f(float *y, const float *x, size_t n, vf (*f)(vf))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        vf a = f(simde_mm256_loadu_ps(x + i));
        vf b = f(simde_mm256_loadu_ps(x + i + 8));
        simde_mm256_storeu_ps(y + i, a);
        simde_mm256_storeu_ps(y + i + 8, b);
    }
    for (; i + 8 <= n; i += 8)
        simde_mm256_storeu_ps(y + i, f(simde_mm256_loadu_ps(x + i)));
    if (i < n) {
        float buf[8] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        simde_mm256_storeu_ps(buf, f(simde_mm256_loadu_ps(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* for src/trigf_impl.h (sin cos tan sincos) */
INLINE vf vf_fnma(vf a, vf b, vf c) { return simde_mm256_fnmadd_ps(a, b, c); }
/* a mask whose sign bits are the lanes' (all vf_sel, vf_any, vf_mand and
 * vf_mnot read) */
INLINE vfm vf_odd(vf q) { return simde_mm256_castsi256_ps(simde_mm256_slli_epi32(simde_mm256_castps_si256(q), 31)); }
INLINE vf vf_qinc(vf q) { return simde_mm256_castsi256_ps(simde_mm256_add_epi32(simde_mm256_castps_si256(q), simde_mm256_set1_epi32(1))); }
INLINE vf vf_flipsign(vf y, vf q, int b, vf s)
{
    simde__m256i qi = simde_mm256_castps_si256(q);
    vf t = simde_mm256_castsi256_ps(b ? simde_mm256_slli_epi32(qi, 30) : simde_mm256_slli_epi32(qi, 31));
    return simde_mm256_xor_ps(y, simde_mm256_and_ps(simde_mm256_xor_ps(t, s), vf_set(-0.0f)));
}
INLINE vf vf_via_vd(vf x, vd (*f)(vd)) { return step(x, f); }
INLINE void vf_via_vd2(vf x, void (*f)(vd, vd *, vd *), vf *a, vf *b)
{
    vd alo, blo, ahi, bhi;
    f(simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(x)), &alo, &blo);
    f(simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(x, 1)), &ahi, &bhi);
    *a = simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(simde_mm256_cvtpd_ps(alo)), simde_mm256_cvtpd_ps(ahi), 1);
    *b = simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(simde_mm256_cvtpd_ps(blo)), simde_mm256_cvtpd_ps(bhi), 1);
}

#endif
