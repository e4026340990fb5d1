/* SSE4.1 kernels: the f32 exp/log family, src/exp_log_impl.h on 2 doubles
 * per vector. SSE4.1 has no FMA: v_fma is a multiply then an add, rounded
 * twice. The reductions are built so that those steps are exact anyway
 * (n * ln2/16 head, x * 16, z * invc with a 28-bit invc); only the
 * polynomial steps differ from the scalar kernel by an f64 rounding, so
 * results stay within 1 ULP of the exact value (checked against the
 * oracle, not against the scalar bits: tests/check.c, docs/ulp.md). */
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
INLINE vmask v_lt(vd a, vd b) { return simde_mm_cmplt_pd(a, b); }
INLINE vmask v_gt(vd a, vd b) { return simde_mm_cmpgt_pd(a, b); }
INLINE vmask v_eq(vd a, vd b) { return simde_mm_cmpeq_pd(a, b); }
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_mm_blendv_pd(b, a, m); }
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

/* for src/trig_impl.h */
#define VM_LANES 2
INLINE vmask v_bit(vu a, int b)
{
    vu m = v_setu(UINT64_C(1) << b);
    return simde_mm_castsi128_pd(simde_mm_cmpeq_epi64(v_andu(a, m), m));
}
INLINE int v_all(vmask m) { return simde_mm_movemask_pd(m) == 3; }
INLINE vd v_load(const double *p) { return simde_mm_loadu_pd(p); }
INLINE void v_store(double *p, vd a) { simde_mm_storeu_pd(p, a); }

#include "../exp_log_impl.h"
#include "../trig_impl.h"

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
        float buf[4] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        simde_mm_storeu_ps(buf, step(simde_mm_loadu_ps(buf), f));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* sincos: as step() and map(), with two outputs */
INLINE void step2(simde__m128 x, simde__m128 *s, simde__m128 *c)
{
    vd slo, clo, shi, chi;
    vm_sincos(simde_mm_cvtps_pd(x), &slo, &clo);
    vm_sincos(simde_mm_cvtps_pd(simde_mm_movehl_ps(x, x)), &shi, &chi);
    *s = simde_mm_movelh_ps(simde_mm_cvtpd_ps(slo), simde_mm_cvtpd_ps(shi));
    *c = simde_mm_movelh_ps(simde_mm_cvtpd_ps(clo), simde_mm_cvtpd_ps(chi));
}

static void sincos_f32(float *s, float *c, const float *x, size_t n)
{
    size_t i = 0;
    simde__m128 sv, cv;
    for (; i + 4 <= n; i += 4) {
        step2(simde_mm_loadu_ps(x + i), &sv, &cv);
        simde_mm_storeu_ps(s + i, sv);
        simde_mm_storeu_ps(c + i, cv);
    }
    if (i < n) {
        float bx[4] = {0}, bs[4], bc[4];
        memcpy(bx, x + i, (n - i) * sizeof *x);
        step2(simde_mm_loadu_ps(bx), &sv, &cv);
        simde_mm_storeu_ps(bs, sv);
        simde_mm_storeu_ps(bc, cv);
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

VMATH_INTERNAL void vmath_init_sse41_exp_log(vmath_kernels *k);
void vmath_init_sse41_exp_log(vmath_kernels *k)
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
