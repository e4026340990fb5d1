/* NEON: the vector of 4 floats that the f32-evaluated math algorithms
 * (src/expf_impl.h) are written against, and map_f(), their array loop. */
#ifndef VMATH_NEON_VF_H
#define VMATH_NEON_VF_H

#include "vd.h"

typedef simde_float32x4_t vf;

INLINE vf vf_set(float a) { return simde_vdupq_n_f32(a); }
INLINE vf vf_add(vf a, vf b) { return simde_vaddq_f32(a, b); }
INLINE vf vf_sub(vf a, vf b) { return simde_vsubq_f32(a, b); }
INLINE vf vf_mul(vf a, vf b) { return simde_vmulq_f32(a, b); }
INLINE vf vf_fma(vf a, vf b, vf c) { return compat_vfmaq_f32(c, a, b); }
INLINE vf vf_div(vf a, vf b) { return compat_vdivq_f32(a, b); }
INLINE vf vf_abs(vf a) { return simde_vabsq_f32(a); }
/* the sign bit of sgn, the other bits of mag */
INLINE vf vf_copysign(vf mag, vf sgn) { return simde_vbslq_f32(simde_vdupq_n_u32(UINT32_C(0x80000000)), sgn, mag); }
INLINE vf vf_round(vf a) { return simde_vrndnq_f32(a); }
/* compare and select, exactly the scalar clamp (NaN compares false) */
INLINE vf vf_clamp(vf x, float lo, float hi)
{
    x = simde_vbslq_f32(simde_vcltq_f32(x, vf_set(lo)), vf_set(lo), x);
    return simde_vbslq_f32(simde_vcgtq_f32(x, vf_set(hi)), vf_set(hi), x);
}
INLINE vf vf_pow2(simde_int32x4_t k) /* 2^k, k in [-126, 127] */
{
    return simde_vreinterpretq_f32_s32(simde_vshlq_n_s32(simde_vaddq_s32(k, simde_vdupq_n_s32(127)), 23));
}
/* 2^k for integral k in [-126, 127] (NaN k: garbage) */
INLINE vf vf_pow2i(vf k) { return vf_pow2(simde_vcvtq_s32_f32(k)); }
/* p * 2^(k >> 1) is exact, then * 2^(k - (k >> 1)) rounds once. A NaN k
 * converts to 0: p is NaN then and stays NaN. */
INLINE vf vf_scale(vf p, vf k)
{
    simde_int32x4_t ki = simde_vcvtq_s32_f32(k);
    simde_int32x4_t k1 = simde_vshrq_n_s32(ki, 1);
    return vf_mul(vf_mul(p, vf_pow2(k1)), vf_pow2(simde_vsubq_s32(ki, k1)));
}

/* for vmf_log */
typedef simde_uint32x4_t vfm;
INLINE vfm vf_gt(vf a, vf b) { return simde_vcgtq_f32(a, b); }
INLINE vfm vf_lt(vf a, vf b) { return simde_vcltq_f32(a, b); }
INLINE vfm vf_eq(vf a, vf b) { return simde_vceqq_f32(a, b); }
INLINE vf vf_sel(vfm m, vf a, vf b) { return simde_vbslq_f32(m, a, b); }
INLINE vfm vf_mand(vfm a, vfm b) { return simde_vandq_u32(a, b); }
INLINE vfm vf_mnot(vfm a) { return simde_vmvnq_u32(a); }
INLINE int vf_any(vfm m) { return simde_vmaxvq_u32(m) != 0; }
/* as src/scalar/vf.h */
INLINE vf vf_split(vf x, vf *e)
{
    vfm sub = vf_lt(x, vf_set(0x1p-126f));
    simde_int32x4_t ix = simde_vreinterpretq_s32_f32(vf_sel(sub, vf_mul(x, vf_set(0x1p23f)), x));
    simde_int32x4_t k = simde_vshrq_n_s32(simde_vsubq_s32(ix, simde_vdupq_n_s32(0x3f3504f3)), 23);
    *e = vf_sub(simde_vcvtq_f32_s32(k), vf_sel(sub, vf_set(23.0f), vf_set(0.0f)));
    return simde_vreinterpretq_f32_s32(simde_vsubq_s32(ix, simde_vshlq_n_s32(k, 23)));
}

/* Two vectors per iteration, then one; the last n % 4 elements go through
 * a stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map_f(float *y, const float *x, size_t n, vf (*f)(vf))
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        vf a = f(simde_vld1q_f32(x + i));
        vf b = f(simde_vld1q_f32(x + i + 4));
        simde_vst1q_f32(y + i, a);
        simde_vst1q_f32(y + i + 4, b);
    }
    for (; i + 4 <= n; i += 4)
        simde_vst1q_f32(y + i, f(simde_vld1q_f32(x + i)));
    if (i < n) {
        float buf[4] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        simde_vst1q_f32(buf, f(simde_vld1q_f32(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* for src/trigf_impl.h (sin cos tan sincos) */
INLINE vf vf_fnma(vf a, vf b, vf c) { return compat_vfmaq_f32(c, simde_vnegq_f32(a), b); }
INLINE vfm vf_odd(vf q) { return simde_vtstq_u32(simde_vreinterpretq_u32_f32(q), simde_vdupq_n_u32(1)); }
INLINE vf vf_qinc(vf q) { return simde_vreinterpretq_f32_u32(simde_vaddq_u32(simde_vreinterpretq_u32_f32(q), simde_vdupq_n_u32(1))); }
INLINE vf vf_flipsign(vf y, vf q, int b, vf s)
{
    simde_uint32x4_t qi = simde_vreinterpretq_u32_f32(q);
    simde_uint32x4_t t = b ? simde_vshlq_n_u32(qi, 30) : simde_vshlq_n_u32(qi, 31);
    t = simde_vandq_u32(simde_veorq_u32(t, simde_vreinterpretq_u32_f32(s)), simde_vdupq_n_u32(UINT32_C(0x80000000)));
    return simde_vreinterpretq_f32_u32(simde_veorq_u32(simde_vreinterpretq_u32_f32(y), t));
}
INLINE vf vf_via_vd(vf x, vd (*f)(vd)) { return step(x, f); }
INLINE void vf_via_vd2(vf x, void (*f)(vd, vd *, vd *), vf *a, vf *b)
{
    vd alo, blo, ahi, bhi;
    f(simde_vcvt_f64_f32(simde_vget_low_f32(x)), &alo, &blo);
    f(simde_vcvt_f64_f32(simde_vget_high_f32(x)), &ahi, &bhi);
    *a = simde_vcombine_f32(simde_vcvt_f32_f64(alo), simde_vcvt_f32_f64(ahi));
    *b = simde_vcombine_f32(simde_vcvt_f32_f64(blo), simde_vcvt_f32_f64(bhi));
}

#endif
