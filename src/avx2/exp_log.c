/* AVX2+FMA kernels: the f32 exp/log family, src/exp_log_impl.h on 4 doubles
 * per vector. Bit-identical to src/scalar/exp_log.c. */
#include <math.h>
#include <string.h>

#include <simde/x86/avx2.h>
#include <simde/x86/fma.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

typedef simde__m256d vd;
typedef simde__m256i vu;
typedef simde__m256d vmask;

INLINE vd v_set(double a) { return simde_mm256_set1_pd(a); }
INLINE vu v_setu(uint64_t a) { return simde_mm256_set1_epi64x((int64_t)a); }
INLINE vd v_add(vd a, vd b) { return simde_mm256_add_pd(a, b); }
INLINE vd v_sub(vd a, vd b) { return simde_mm256_sub_pd(a, b); }
INLINE vd v_mul(vd a, vd b) { return simde_mm256_mul_pd(a, b); }
INLINE vd v_div(vd a, vd b) { return simde_mm256_div_pd(a, b); }
INLINE vd v_fma(vd a, vd b, vd c) { return simde_mm256_fmadd_pd(a, b, c); }
INLINE vu v_bits(vd a) { return simde_mm256_castpd_si256(a); }
INLINE vd v_from(vu a) { return simde_mm256_castsi256_pd(a); }
INLINE vu v_addu(vu a, vu b) { return simde_mm256_add_epi64(a, b); }
INLINE vu v_subu(vu a, vu b) { return simde_mm256_sub_epi64(a, b); }
INLINE vu v_andu(vu a, vu b) { return simde_mm256_and_si256(a, b); }
INLINE vu v_shl48(vu a) { return simde_mm256_slli_epi64(a, 48); }
INLINE vu v_shr48(vu a) { return simde_mm256_srli_epi64(a, 48); }
INLINE vu v_shr52(vu a) { return simde_mm256_srli_epi64(a, 52); }
INLINE vmask v_lt(vd a, vd b) { return simde_mm256_cmp_pd(a, b, SIMDE_CMP_LT_OQ); }
INLINE vmask v_gt(vd a, vd b) { return simde_mm256_cmp_pd(a, b, SIMDE_CMP_GT_OQ); }
INLINE vmask v_eq(vd a, vd b) { return simde_mm256_cmp_pd(a, b, SIMDE_CMP_EQ_OQ); }
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_mm256_blendv_pd(b, a, m); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .): as the scalar clamp */
INLINE vd v_clamp(vd x, double lo, double hi)
{
    return simde_mm256_min_pd(v_set(hi), simde_mm256_max_pd(v_set(lo), x));
}
INLINE vd v_lookup(const double *t, vu i) { return simde_mm256_i64gather_pd(t, i, 8); }

/* for src/trig_impl.h */
#define VM_LANES 4
INLINE vmask v_bit(vu a, int b)
{
    vu m = v_setu(UINT64_C(1) << b);
    return simde_mm256_castsi256_pd(simde_mm256_cmpeq_epi64(v_andu(a, m), m));
}
INLINE int v_all(vmask m) { return simde_mm256_movemask_pd(m) == 15; }
INLINE vd v_load(const double *p) { return simde_mm256_loadu_pd(p); }
INLINE void v_store(double *p, vd a) { simde_mm256_storeu_pd(p, a); }

#include "../exp_log_impl.h"
#include "../trig_impl.h"

/* 8 floats: two vectors of doubles. */
INLINE simde__m256 step(simde__m256 x, vd (*f)(vd))
{
    simde__m128 lo = simde_mm256_cvtpd_ps(f(simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(x))));
    simde__m128 hi = simde_mm256_cvtpd_ps(f(simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(x, 1))));
    return simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(lo), hi, 1);
}

/* Two steps per iteration, then one; the last n % 8 elements go through a
 * stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map(float *y, const float *x, size_t n, vd (*f)(vd))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        simde__m256 a = step(simde_mm256_loadu_ps(x + i), f);
        simde__m256 b = step(simde_mm256_loadu_ps(x + i + 8), f);
        simde_mm256_storeu_ps(y + i, a);
        simde_mm256_storeu_ps(y + i + 8, b);
    }
    for (; i + 8 <= n; i += 8)
        simde_mm256_storeu_ps(y + i, step(simde_mm256_loadu_ps(x + i), f));
    if (i < n) {
        float buf[8] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        simde_mm256_storeu_ps(buf, step(simde_mm256_loadu_ps(buf), f));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* sincos: as step() and map(), with two outputs */
INLINE void step2(simde__m256 x, simde__m256 *s, simde__m256 *c)
{
    vd slo, clo, shi, chi;
    vm_sincos(simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(x)), &slo, &clo);
    vm_sincos(simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(x, 1)), &shi, &chi);
    *s = simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(simde_mm256_cvtpd_ps(slo)), simde_mm256_cvtpd_ps(shi), 1);
    *c = simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(simde_mm256_cvtpd_ps(clo)), simde_mm256_cvtpd_ps(chi), 1);
}

static void sincos_f32(float *s, float *c, const float *x, size_t n)
{
    size_t i = 0;
    simde__m256 sv, cv;
    for (; i + 8 <= n; i += 8) {
        step2(simde_mm256_loadu_ps(x + i), &sv, &cv);
        simde_mm256_storeu_ps(s + i, sv);
        simde_mm256_storeu_ps(c + i, cv);
    }
    if (i < n) {
        float bx[8] = {0}, bs[8], bc[8];
        memcpy(bx, x + i, (n - i) * sizeof *x);
        step2(simde_mm256_loadu_ps(bx), &sv, &cv);
        simde_mm256_storeu_ps(bs, sv);
        simde_mm256_storeu_ps(bc, cv);
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

VMATH_INTERNAL void vmath_init_avx2_exp_log(vmath_kernels *k);
void vmath_init_avx2_exp_log(vmath_kernels *k)
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
