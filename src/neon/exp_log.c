/* NEON kernels: the f32 exp/log family, src/exp_log_impl.h on 2 doubles per
 * vector. Bit-identical to src/scalar/exp_log.c (FMA and division through
 * compat.h, exact under SIMDe emulation too). */
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
INLINE vu v_bits(vd a) { return simde_vreinterpretq_u64_f64(a); }
INLINE vd v_from(vu a) { return simde_vreinterpretq_f64_u64(a); }
INLINE vu v_addu(vu a, vu b) { return simde_vaddq_u64(a, b); }
INLINE vu v_subu(vu a, vu b) { return simde_vsubq_u64(a, b); }
INLINE vu v_andu(vu a, vu b) { return simde_vandq_u64(a, b); }
INLINE vu v_shl48(vu a) { return simde_vshlq_n_u64(a, 48); }
INLINE vu v_shr48(vu a) { return simde_vshrq_n_u64(a, 48); }
INLINE vu v_shr52(vu a) { return simde_vshrq_n_u64(a, 52); }
INLINE vmask v_lt(vd a, vd b) { return simde_vcltq_f64(a, b); }
INLINE vmask v_gt(vd a, vd b) { return simde_vcgtq_f64(a, b); }
INLINE vmask v_eq(vd a, vd b) { return simde_vceqq_f64(a, b); }
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_vbslq_f64(m, a, b); }
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

/* for src/trig_impl.h */
#define VM_LANES 2
INLINE vmask v_bit(vu a, int b) { return simde_vtstq_u64(a, v_setu(UINT64_C(1) << b)); }
INLINE int v_all(vmask m) { return (simde_vgetq_lane_u64(m, 0) & simde_vgetq_lane_u64(m, 1)) != 0; }
INLINE vd v_load(const double *p) { return simde_vld1q_f64(p); }
INLINE void v_store(double *p, vd a) { simde_vst1q_f64(p, a); }

#include "../exp_log_impl.h"
#include "../trig_impl.h"

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
        float buf[4] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        simde_vst1q_f32(buf, step(simde_vld1q_f32(buf), f));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* sincos: as step() and map(), with two outputs */
INLINE void step2(simde_float32x4_t x, simde_float32x4_t *s, simde_float32x4_t *c)
{
    vd slo, clo, shi, chi;
    vm_sincos(simde_vcvt_f64_f32(simde_vget_low_f32(x)), &slo, &clo);
    vm_sincos(simde_vcvt_f64_f32(simde_vget_high_f32(x)), &shi, &chi);
    *s = simde_vcombine_f32(simde_vcvt_f32_f64(slo), simde_vcvt_f32_f64(shi));
    *c = simde_vcombine_f32(simde_vcvt_f32_f64(clo), simde_vcvt_f32_f64(chi));
}

static void sincos_f32(float *s, float *c, const float *x, size_t n)
{
    size_t i = 0;
    simde_float32x4_t sv, cv;
    for (; i + 4 <= n; i += 4) {
        step2(simde_vld1q_f32(x + i), &sv, &cv);
        simde_vst1q_f32(s + i, sv);
        simde_vst1q_f32(c + i, cv);
    }
    if (i < n) {
        float bx[4] = {0}, bs[4], bc[4];
        memcpy(bx, x + i, (n - i) * sizeof *x);
        step2(simde_vld1q_f32(bx), &sv, &cv);
        simde_vst1q_f32(bs, sv);
        simde_vst1q_f32(bc, cv);
        memcpy(s + i, bs, (n - i) * sizeof *s);
        memcpy(c + i, bc, (n - i) * sizeof *c);
    }
}

#define KERNEL(name) \
    static void name##_f32(float *y, const float *x, size_t n) { map(y, x, n, vm_##name); }

KERNEL(exp)
KERNEL(exp2)
KERNEL(expm1)
KERNEL(log)
KERNEL(log2)
KERNEL(log10)
KERNEL(log1p)
KERNEL(sigmoid)
KERNEL(sin)
KERNEL(cos)
KERNEL(tan)

VMATH_INTERNAL void vmath_init_neon_exp_log(vmath_kernels *k);
void vmath_init_neon_exp_log(vmath_kernels *k)
{
    k->exp_f32 = exp_f32;
    k->exp2_f32 = exp2_f32;
    k->expm1_f32 = expm1_f32;
    k->log_f32 = log_f32;
    k->log2_f32 = log2_f32;
    k->log10_f32 = log10_f32;
    k->log1p_f32 = log1p_f32;
    k->sigmoid_f32 = sigmoid_f32;
    k->sin_f32 = sin_f32;
    k->cos_f32 = cos_f32;
    k->tan_f32 = tan_f32;
    k->sincos_f32 = sincos_f32;
}
