/* NEON: the vector of doubles that the shared math algorithms
 * (src/<family>_impl.h) are written against, and the loops that run them over
 * arrays of floats: map() for y = f(x), map_vv() for y = f(a, b).
 * The list of primitives and their meaning: src/exp_log_impl.h, and
 * src/vd_common.h for those built from them. */
#ifndef VMATH_NEON_VD_H
#define VMATH_NEON_VD_H
#include <math.h>
#include <string.h>

#include "compat.h"

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

typedef simde_float64x2_t vd;
typedef simde_uint64x2_t vu;
typedef simde_uint64x2_t vmask;

INLINE vd v_set(double a) { return simde_vdupq_n_f64(a); }
INLINE vu v_setu(uint64_t a) { return simde_vdupq_n_u64(a); }
INLINE vd v_add(vd a, vd b) { return simde_vaddq_f64(a, b); }
INLINE vd v_sub(vd a, vd b) { return simde_vsubq_f64(a, b); }
INLINE vd v_mul(vd a, vd b) { return simde_vmulq_f64(a, b); }
INLINE vd v_div(vd a, vd b) { return compat_vdivq_f64(a, b); }
INLINE vd v_fma(vd a, vd b, vd c) { return compat_vfmaq_f64(c, a, b); }
INLINE vd v_fms(vd a, vd b, vd c) { return compat_vfmaq_f64(simde_vnegq_f64(c), a, b); }  /* a * b - c, fused */
INLINE vd v_fnma(vd a, vd b, vd c) { return compat_vfmaq_f64(c, simde_vnegq_f64(a), b); } /* c - a * b, fused */
INLINE vu v_bits(vd a) { return simde_vreinterpretq_u64_f64(a); }
INLINE vd v_from(vu a) { return simde_vreinterpretq_f64_u64(a); }
INLINE vu v_addu(vu a, vu b) { return simde_vaddq_u64(a, b); }
INLINE vu v_subu(vu a, vu b) { return simde_vsubq_u64(a, b); }
INLINE vu v_andu(vu a, vu b) { return simde_vandq_u64(a, b); }
INLINE vu v_shl48(vu a) { return simde_vshlq_n_u64(a, 48); }
INLINE vu v_shr48(vu a) { return simde_vshrq_n_u64(a, 48); }
INLINE vu v_shr52(vu a) { return simde_vshrq_n_u64(a, 52); }
INLINE vu v_shr1(vu a) { return simde_vshrq_n_u64(a, 1); }
INLINE vu v_shln(vu a, int n) { return simde_vshlq_u64(a, simde_vdupq_n_s64(n)); } /* n a constant */
INLINE vu v_shrn(vu a, int n) { return simde_vshlq_u64(a, simde_vdupq_n_s64(-n)); } /* n a constant */
INLINE vu v_shr50(vu a) { return simde_vshrq_n_u64(a, 50); }
INLINE vmask v_lt(vd a, vd b) { return simde_vcltq_f64(a, b); }
INLINE vmask v_gt(vd a, vd b) { return simde_vcgtq_f64(a, b); }
INLINE vmask v_eq(vd a, vd b) { return simde_vceqq_f64(a, b); }
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_vbslq_f64(m, a, b); }
/* where m: exchange *a and *b (the two selects) */
INLINE void v_swap(vmask m, vd *a, vd *b)
{
    vd t = v_sel(m, *b, *a);
    *b = v_sel(m, *a, *b);
    *a = t;
}
/* a > b ? a : b and a < b ? a : b, the same on every ISA when neither is
 * NaN and they are not zeros of opposite signs; a NaN b is returned (NEON
 * quiets it). A NaN a gives b on x86 and in C but NaN on NEON, which also
 * orders -0 below +0: callers rely on neither (as vf_max and vf_min) */
INLINE vd v_max(vd a, vd b) { return compat_vmaxq_f64(a, b); }
INLINE vd v_min(vd a, vd b) { return compat_vminq_f64(a, b); }
/* compare and select, exactly the scalar clamp (NaN compares false) */
INLINE vd v_clamp(vd x, double lo, double hi)
{
    x = v_sel(v_lt(x, v_set(lo)), v_set(lo), x);
    return v_sel(v_gt(x, v_set(hi)), v_set(hi), x);
}
/* no gather: two scalar loads */
INLINE vd v_lookup(const double *t, vu i)
{
    double r[2] = {t[simde_vgetq_lane_u64(i, 0)], t[simde_vgetq_lane_u64(i, 1)]};
    return simde_vld1q_f64(r);
}
/* columns k and k + 1 of a row-major table: one load per lane, two zips */
INLINE void v_lookup_pair(const double *cols, const double *rows, int n, vu i, int k, vd *a, vd *b)
{
    (void)cols;
    vd x = simde_vld1q_f64(rows + n * simde_vgetq_lane_u64(i, 0) + k);
    vd y = simde_vld1q_f64(rows + n * simde_vgetq_lane_u64(i, 1) + k);
    *a = simde_vzip1q_f64(x, y);
    *b = simde_vzip2q_f64(x, y);
}

/* for src/trig_impl.h */
#define VM_LANES 2
INLINE vmask v_bit(vu a, int b) { return simde_vtstq_u64(a, v_setu(UINT64_C(1) << b)); }
INLINE int v_all(vmask m) { return (simde_vgetq_lane_u64(m, 0) & simde_vgetq_lane_u64(m, 1)) != 0; }
INLINE vd v_load(const double *p) { return simde_vld1q_f64(p); }
INLINE void v_store(double *p, vd a) { simde_vst1q_f64(p, a); }
INLINE vd v_sqrt(vd a) { return compat_vsqrtq_f64(a); }
INLINE vd v_round(vd a) { return compat_vrndnq_f64(a); }
INLINE vd v_trunc(vd a) { return simde_vrndq_f64(a); }
INLINE vu v_oru(vu a, vu b) { return simde_vorrq_u64(a, b); }
INLINE vu v_xoru(vu a, vu b) { return simde_veorq_u64(a, b); }
INLINE vmask v_mand(vmask a, vmask b) { return simde_vandq_u64(a, b); }
INLINE vmask v_mor(vmask a, vmask b) { return simde_vorrq_u64(a, b); }
INLINE vmask v_mnot(vmask a) { return simde_veorq_u64(a, simde_vdupq_n_u64(~UINT64_C(0))); }

#include "../vd_common.h"

/* 4 floats: two vectors of doubles. */
INLINE simde_float32x4_t step(simde_float32x4_t x, vd (*f)(vd))
{
    vd lo = f(simde_vcvt_f64_f32(simde_vget_low_f32(x)));
    vd hi = f(simde_vcvt_f64_f32(simde_vget_high_f32(x)));
    return simde_vcombine_f32(simde_vcvt_f32_f64(lo), simde_vcvt_f32_f64(hi));
}

/* Two steps per iteration, then one; the last n % 4 elements go through a
 * stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map(float *y, const float *x, size_t n, vd (*f)(vd))
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        simde_float32x4_t a = step(simde_vld1q_f32(x + i), f);
        simde_float32x4_t b = step(simde_vld1q_f32(x + i + 4), f);
        simde_vst1q_f32(y + i, a);
        simde_vst1q_f32(y + i + 4, b);
    }
    for (; i + 4 <= n; i += 4)
        simde_vst1q_f32(y + i, step(simde_vld1q_f32(x + i), f));
    if (i < n) {
        float buf[4];
        vmath_tail_f32(buf, 4, x + i, n - i);
        simde_vst1q_f32(buf, step(simde_vld1q_f32(buf), f));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* Binary functions (pow, atan2, hypot): as step() and map(), two inputs. */
INLINE simde_float32x4_t step_vv(simde_float32x4_t a, simde_float32x4_t b, vd (*f)(vd, vd))
{
    vd lo = f(simde_vcvt_f64_f32(simde_vget_low_f32(a)), simde_vcvt_f64_f32(simde_vget_low_f32(b)));
    vd hi = f(simde_vcvt_f64_f32(simde_vget_high_f32(a)), simde_vcvt_f64_f32(simde_vget_high_f32(b)));
    return simde_vcombine_f32(simde_vcvt_f32_f64(lo), simde_vcvt_f32_f64(hi));
}

INLINE void map_vv(float *y, const float *a, const float *b, size_t n, vd (*f)(vd, vd))
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        simde_vst1q_f32(y + i, step_vv(simde_vld1q_f32(a + i), simde_vld1q_f32(b + i), f));
    if (i < n) {
        float ba[4], bb[4];
        vmath_tail_f32(ba, 4, a + i, n - i);
        vmath_tail_f32(bb, 4, b + i, n - i);
        simde_vst1q_f32(ba, step_vv(simde_vld1q_f32(ba), simde_vld1q_f32(bb), f));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

/* pow family (src/powf_impl.h) */
INLINE vu v_shl52(vu a) { return simde_vshlq_n_u64(a, 52); }

#endif
