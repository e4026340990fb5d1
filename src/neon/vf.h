/* NEON: the vector of 4 floats that the f32-evaluated math kernels
 * (src/expf_impl.h, trigf_impl.h, invtrigf_impl.h, erff_impl.h,
 * hyperf_impl.h) are written against, and map_f() and map_vv_f(), their
 * array loops. What each primitive must return: src/scalar/vf.h and the
 * lists at the top of those headers. */
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
INLINE vf vf_round(vf a) { return compat_vrndnq_f32(a); }
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
/* the negations are exact */
INLINE vf vf_fms(vf a, vf b, vf c) { return compat_vfmaq_f32(simde_vnegq_f32(c), a, b); }  /* a * b - c, fused */
INLINE vf vf_fnma(vf a, vf b, vf c) { return compat_vfmaq_f32(c, simde_vnegq_f32(a), b); } /* c - a * b, fused */
INLINE vf vf_sqrt(vf a) { return compat_vsqrtq_f32(a); }
/* max and min: a > b ? a : b and a < b ? a : b unless an operand is NaN;
 * a NaN b is returned on every ISA (NEON quiets it), so vf_min(vf_set(hi),
 * x) clamps x from above and a NaN x passes */
INLINE vf vf_max(vf a, vf b) { return simde_vmaxq_f32(a, b); }
INLINE vf vf_min(vf a, vf b) { return simde_vminq_f32(a, b); }

/* lane masks: comparisons, select, mask logic */
typedef simde_uint32x4_t vfm;
INLINE vfm vf_gt(vf a, vf b) { return simde_vcgtq_f32(a, b); }
INLINE vfm vf_lt(vf a, vf b) { return simde_vcltq_f32(a, b); }
INLINE vfm vf_eq(vf a, vf b) { return simde_vceqq_f32(a, b); }
INLINE vf vf_sel(vfm m, vf a, vf b) { return simde_vbslq_f32(m, a, b); }
INLINE vfm vf_mand(vfm a, vfm b) { return simde_vandq_u32(a, b); }
INLINE vfm vf_mnot(vfm a) { return simde_vmvnq_u32(a); }
INLINE vfm vf_mor(vfm a, vfm b) { return simde_vorrq_u32(a, b); }
INLINE int vf_any(vfm m) { return simde_vmaxvq_u32(m) != 0; }

/* the array loops: map_f for y = f(x), map_vv_f for y = f(a, b) */
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
        float buf[4];
        vmath_tail_f32(buf, 4, x + i, n - i);
        simde_vst1q_f32(buf, f(simde_vld1q_f32(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}
/* y = f(a, b): as map_f */
INLINE void map_vv_f(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf))
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        vf r0 = f(simde_vld1q_f32(a + i), simde_vld1q_f32(b + i));
        vf r1 = f(simde_vld1q_f32(a + i + 4), simde_vld1q_f32(b + i + 4));
        simde_vst1q_f32(y + i, r0);
        simde_vst1q_f32(y + i + 4, r1);
    }
    for (; i + 4 <= n; i += 4)
        simde_vst1q_f32(y + i, f(simde_vld1q_f32(a + i), simde_vld1q_f32(b + i)));
    if (i < n) {
        float ba[4], bb[4];
        vmath_tail_f32(ba, 4, a + i, n - i);
        vmath_tail_f32(bb, 4, b + i, n - i);
        simde_vst1q_f32(ba, f(simde_vld1q_f32(ba), simde_vld1q_f32(bb)));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

/* integer arithmetic on the bits (the same results on every ISA) */
/* the float whose bits are k - bits(x) (an integer subtraction, modulo 2^32) */
INLINE vf vf_rsub_bits(uint32_t k, vf x)
{
    return simde_vreinterpretq_f32_u32(simde_vsubq_u32(simde_vdupq_n_u32(k), simde_vreinterpretq_u32_f32(x)));
}
/* the float whose bits are round(c bits(x) + k) (see src/scalar/vf.h) */
INLINE vf vf_bits_affine(vf x, float c, float k)
{
    vf b = simde_vcvtq_f32_s32(simde_vreinterpretq_s32_f32(x));
    return simde_vreinterpretq_f32_s32(compat_vcvtnq_s32_f32(vf_fma(b, vf_set(c), vf_set(k))));
}

/* exp's table (vmf_exp_core in src/expf_impl.h: exp, sigmoid, sinh,
 * cosh): as src/scalar/vf.h. The lookup is a byte
 * table lookup: lane index i becomes the byte indices 4i .. 4i + 3. */
#define VF_FAST_SCALE 0
INLINE vf vf_lookup8(const float *t, vf key)
{
    simde_uint32x4_t i = simde_vandq_u32(simde_vreinterpretq_u32_f32(key), simde_vdupq_n_u32(7));
    simde_uint8x16_t idx = simde_vreinterpretq_u8_u32(simde_vmlaq_u32(simde_vdupq_n_u32(0x03020100), i, simde_vdupq_n_u32(0x04040404)));
    simde_uint8x16x2_t tab = { { simde_vld1q_u8((const uint8_t *)t), simde_vld1q_u8((const uint8_t *)t + 16) } };
    return simde_vreinterpretq_f32_u8(simde_vqtbl2q_u8(tab, idx));
}
INLINE vf vf_ldexp_key(vf p, vf key)
{
    simde_uint32x4_t e = simde_vshlq_n_u32(simde_vshrq_n_u32(simde_vreinterpretq_u32_f32(key), 3), 23);
    return simde_vreinterpretq_f32_u32(simde_vaddq_u32(simde_vreinterpretq_u32_f32(p), e));
}
INLINE vf vf_ldexp_int(vf p, vf key)
{
    simde_uint32x4_t e = simde_vshlq_n_u32(simde_vreinterpretq_u32_f32(key), 23);
    return simde_vreinterpretq_f32_u32(simde_vaddq_u32(simde_vreinterpretq_u32_f32(p), e));
}
/* floor(k8 / 8) = round((k8 - 3.5) / 8) for integral k8: no ties */
INLINE vf vf_scale8(vf p, vf k8) { return vf_scale(p, vf_round(vf_fma(k8, vf_set(0.125f), vf_set(-0.4375f)))); }

/* log, log2, log10, log1p (src/expf_impl.h): the special-input test, as src/scalar/vf.h */
/* bits(x) - 2^23 >= 0x7f000000 unsigned */
INLINE int vf_any_notnormal(vf x)
{
    simde_uint32x4_t v = simde_vsubq_u32(simde_vreinterpretq_u32_f32(x), simde_vdupq_n_u32(UINT32_C(0x00800000)));
    return simde_vmaxvq_u32(simde_vcgeq_u32(v, simde_vdupq_n_u32(UINT32_C(0x7f000000)))) != 0;
}

/* erf's tables (src/erff_impl.h): t[trunc(s) & 7] for s in [0, 8) (NaN: t[0]),
 * a byte table lookup on the 32 bytes of t */
INLINE vf vf_lookup8_at(const float *t, vf s)
{
    simde_uint32x4_t i = simde_vandq_u32(simde_vreinterpretq_u32_s32(simde_vcvtq_s32_f32(s)), simde_vdupq_n_u32(7));
    simde_uint32x4_t b = simde_vmlaq_n_u32(simde_vdupq_n_u32(0x03020100), i, 0x04040404);
    simde_uint8x16x2_t tab = {{simde_vreinterpretq_u8_f32(simde_vld1q_f32(t)), simde_vreinterpretq_u8_f32(simde_vld1q_f32(t + 4))}};
    return simde_vreinterpretq_f32_u8(simde_vqtbl2q_u8(tab, simde_vreinterpretq_u8_u32(b)));
}

/* tanh's table of polynomials (vmf_tanh_big in src/expf_impl.h): as
 * src/scalar/vf.h; each lane's row is two 4-float loads, then two 4 x 4
 * transposes */
INLINE vf vf_row_index(vf x) { return simde_vreinterpretq_f32_u32(simde_vshrq_n_u32(simde_vreinterpretq_u32_f32(x), 21)); }
INLINE void vf_rows8(const float rows[32][8], const float cols[8][32], vf idx, vf out[8])
{
    (void)cols;
    uint32_t i[4];
    simde_vst1q_u32(i, simde_vandq_u32(simde_vreinterpretq_u32_f32(idx), simde_vdupq_n_u32(31)));
    for (int h = 0; h < 2; h++) {
        vf r0 = simde_vld1q_f32(rows[i[0]] + 4 * h), r1 = simde_vld1q_f32(rows[i[1]] + 4 * h);
        vf r2 = simde_vld1q_f32(rows[i[2]] + 4 * h), r3 = simde_vld1q_f32(rows[i[3]] + 4 * h);
        simde_float32x4x2_t a = simde_vtrnq_f32(r0, r1), b = simde_vtrnq_f32(r2, r3);
        out[4 * h + 0] = simde_vcombine_f32(simde_vget_low_f32(a.val[0]), simde_vget_low_f32(b.val[0]));
        out[4 * h + 1] = simde_vcombine_f32(simde_vget_low_f32(a.val[1]), simde_vget_low_f32(b.val[1]));
        out[4 * h + 2] = simde_vcombine_f32(simde_vget_high_f32(a.val[0]), simde_vget_high_f32(b.val[0]));
        out[4 * h + 3] = simde_vcombine_f32(simde_vget_high_f32(a.val[1]), simde_vget_high_f32(b.val[1]));
    }
}

/* sin, cos, tan and sincos (src/trigf_impl.h) */
INLINE vfm vf_odd(vf q) { return simde_vtstq_u32(simde_vreinterpretq_u32_f32(q), simde_vdupq_n_u32(1)); }
/* where m: *a = -*b and *b = *a (tan's and sincos's odd quadrants,
 * src/trigf_impl.h) */
INLINE void vf_swapneg(vfm m, vf *a, vf *b)
{
    vf t = simde_vbslq_f32(m, simde_vnegq_f32(*b), *a);
    *b = simde_vbslq_f32(m, *a, *b);
    *a = t;
}
/* !(a < b): true for NaN */
INLINE vfm vf_nlt(vf a, vf b) { return simde_vmvnq_u32(simde_vcltq_f32(a, b)); }
INLINE vf vf_flipsign(vf y, vf q)
{
    simde_uint32x4_t t = simde_vshlq_n_u32(simde_vreinterpretq_u32_f32(q), 30);
    t = simde_vandq_u32(t, simde_vdupq_n_u32(UINT32_C(0x80000000)));
    return simde_vreinterpretq_f32_u32(simde_veorq_u32(simde_vreinterpretq_u32_f32(y), t));
}
INLINE void vf_via_vd3(vf x, void (*f)(vd, vd *, vd *, vd *), vf *a, vf *b, vf *c)
{
    vd alo, blo, clo, ahi, bhi, chi;
    f(simde_vcvt_f64_f32(simde_vget_low_f32(x)), &alo, &blo, &clo);
    f(simde_vcvt_f64_f32(simde_vget_high_f32(x)), &ahi, &bhi, &chi);
    *a = simde_vcombine_f32(simde_vcvt_f32_f64(alo), simde_vcvt_f32_f64(ahi));
    *b = simde_vcombine_f32(simde_vcvt_f32_f64(blo), simde_vcvt_f32_f64(bhi));
    *c = simde_vcombine_f32(simde_vcvt_f32_f64(clo), simde_vcvt_f32_f64(chi));
}

/* log family (vmf_logb_core in src/expf_impl.h): as src/scalar/vf.h */
#define VF_LOG_EUNIT 0x1p23f
INLINE vf vf_logsplit8(vf x, vf *e, vf *d)
{
    simde_uint32x4_t ix = simde_vreinterpretq_u32_f32(x);
    simde_uint32x4_t iz = simde_vorrq_u32(simde_vandq_u32(ix, simde_vdupq_n_u32(UINT32_C(0x007fffff))), simde_vdupq_n_u32(UINT32_C(0x3f800000)));
    simde_uint32x4_t dd = simde_vsubq_u32(ix, iz);
    *e = simde_vcvtq_f32_s32(simde_vreinterpretq_s32_u32(dd));
    *d = simde_vreinterpretq_f32_u32(dd);
    return simde_vreinterpretq_f32_u32(iz);
}
/* vf_lookup8 masks the low 3 bits */
INLINE vf vf_logkey(vf x) { return simde_vreinterpretq_f32_u32(simde_vshrq_n_u32(simde_vreinterpretq_u32_f32(x), 20)); }
INLINE vf vf_log_unscale(vf v, vf d) { return simde_vreinterpretq_f32_u32(simde_vsubq_u32(simde_vreinterpretq_u32_f32(v), simde_vreinterpretq_u32_f32(d))); }
INLINE vf vf_orsign(vf y, vf x)
{
    simde_uint32x4_t s = simde_vandq_u32(simde_vreinterpretq_u32_f32(x), simde_vdupq_n_u32(UINT32_C(0x80000000)));
    return simde_vreinterpretq_f32_u32(simde_vorrq_u32(simde_vreinterpretq_u32_f32(y), s));
}
/* tanh and sinh (src/expf_impl.h): as src/scalar/vf.h */
INLINE vf vf_signbit(void) { return vf_set(-0.0f); }
INLINE vf vf_andnot(vf m, vf x) { return simde_vreinterpretq_f32_u32(simde_vbicq_u32(simde_vreinterpretq_u32_f32(x), simde_vreinterpretq_u32_f32(m))); }
INLINE vf vf_bitsel(vf m, vf a, vf b) { return simde_vbslq_f32(simde_vreinterpretq_u32_f32(m), a, b); }
/* asin, acos, atan, atan2 (src/invtrigf_impl.h): as src/scalar/vf.h */
/* the table index of vf_lookup16, one per lane, and the 16-entry lookup */
typedef simde_uint32x4_t vfi;
INLINE vf vf_lookup16(const float *t, vfi i)
{
    float r[4] = {t[simde_vgetq_lane_u32(i, 0)], t[simde_vgetq_lane_u32(i, 1)], t[simde_vgetq_lane_u32(i, 2)],
                  t[simde_vgetq_lane_u32(i, 3)]};
    return simde_vld1q_f32(r);
}
INLINE vfi vf_index16(vf x)
{
    return simde_vandq_u32(simde_vshrq_n_u32(simde_vreinterpretq_u32_f32(x), 22), simde_vdupq_n_u32(15));
}
INLINE vfi vf_index16_clamp(vf x, float lo, float hi)
{
    simde_uint32x4_t b = simde_vmaxq_u32(simde_vreinterpretq_u32_f32(x), simde_vreinterpretq_u32_f32(vf_set(lo)));
    return vf_index16(simde_vreinterpretq_f32_u32(simde_vminq_u32(b, simde_vreinterpretq_u32_f32(vf_set(hi)))));
}

/* hypot (src/hyperf_impl.h): every lane of a and of b > t (ordered) */
INLINE int vf_all_gt2(vf a, vf b, float t)
{
    simde_uint32x4_t m = simde_vandq_u32(simde_vcgtq_f32(a, vf_set(t)), simde_vcgtq_f32(b, vf_set(t)));
    return simde_vminvq_u32(m) != 0;
}

/* y = f(a, b) with f2 on two vectors at a time, f on the rest */
INLINE void map_vv_f2(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf),
                      void (*f2)(vf, vf, vf, vf, vf *, vf *))
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        vf r0, r1;
        f2(simde_vld1q_f32(a + i), simde_vld1q_f32(b + i), simde_vld1q_f32(a + i + 4), simde_vld1q_f32(b + i + 4), &r0,
           &r1);
        simde_vst1q_f32(y + i, r0);
        simde_vst1q_f32(y + i + 4, r1);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_vv_f(y + i, a + i, b + i, n - i, f);
}
/* atan/atan2 (src/invtrigf_impl.h): as src/scalar/vf.h */
INLINE vfm vf_outbits(vf x, uint32_t lo, uint32_t hi)
{
    simde_uint32x4_t v = simde_vsubq_u32(simde_vreinterpretq_u32_f32(x), simde_vdupq_n_u32(lo));
    return simde_vcgeq_u32(v, simde_vdupq_n_u32(hi - lo));
}
INLINE vfi vf_index16_bitsdiff(vf a, vf b, int32_t lo, int32_t hi)
{
    simde_int32x4_t d = simde_vsubq_s32(simde_vreinterpretq_s32_f32(a), simde_vreinterpretq_s32_f32(b));
    d = simde_vminq_s32(simde_vmaxq_s32(d, simde_vdupq_n_s32(lo)), simde_vdupq_n_s32(hi));
    return vf_index16(simde_vreinterpretq_f32_s32(d));
}
/* asin/acos (src/invtrigf_impl.h): m ? a : +0, for a mask from a compare */
INLINE vf vf_selz(vfm m, vf a) { return simde_vreinterpretq_f32_u32(simde_vandq_u32(m, simde_vreinterpretq_u32_f32(a))); }

#endif
