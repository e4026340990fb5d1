/* SSE4.1 kernels: the f32 exp/log family (src/exp_log_impl.h) and sin cos
 * tan sincos (src/trig_impl.h), evaluated in f64 on 2 doubles per vector:
 * the ISAs with FMA evaluate them in f32 (src/expf_impl.h,
 * src/trigf_impl.h), which needs FMA. SSE4.1 has none: v_fma is a multiply
 * then an add, rounded twice. The reductions are built so that those steps
 * are exact anyway (n * ln2/16 head, x * 16, z * invc with a 28-bit invc),
 * so results stay within 1 ULP of the exact value (checked against the
 * oracle, not against the scalar bits: tests/check.c, docs/ulp.md). */
#include "vd.h"
#include "../scalar/scalar.h"

#include "../exp_log_impl.h"
#include "../trig_impl.h"

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
        float bx[4], bs[4], bc[4];
        vmath_tail_f32(bx, 4, x + i, n - i);
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
    k->exp_f64 = vmath_scalar_libm_exp_f64; /* libm (glibc; log10, log1p, expm1, sigmoid, tan in long double): src/scalar/math_ld.c */
    k->log_f64 = vmath_scalar_libm_log_f64;
    k->exp2_f64 = vmath_scalar_libm_exp2_f64;
    k->log2_f64 = vmath_scalar_libm_log2_f64;
    k->log10_f64 = vmath_scalar_libm_log10_f64;
    k->log1p_f64 = vmath_scalar_libm_log1p_f64;
    k->expm1_f64 = vmath_scalar_libm_expm1_f64;
    k->sigmoid_f64 = vmath_scalar_libm_sigmoid_f64;
    k->sin_f64 = vmath_scalar_libm_sin_f64;
    k->cos_f64 = vmath_scalar_libm_cos_f64;
    k->tan_f64 = vmath_scalar_libm_tan_f64;
    k->sincos_f64 = vmath_scalar_libm_sincos_f64;
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
