/* AVX2+FMA kernels: exp exp2 expm1 log log2 log10 log1p sigmoid
 * (src/expf_impl.h) and sin cos tan sincos (src/trigf_impl.h) evaluated in
 * f32, 8 floats per vector; lanes of sin cos tan with |x| >= 12288, Inf or
 * NaN take the f64 kernels of src/trig_impl.h. Bit-identical to
 * src/scalar/exp_log.c. */
#include "vd.h"
#include "vf.h"

#include "../trig_impl.h"
#include "../expf_impl.h"
#include "../trigf_impl.h"
#include "../mathd_kernels.h"

/* sincos: as map_f2(), with two outputs (src/trigf_impl.h) */
static void sincos_f32(float *s, float *c, const float *x, size_t n)
{
    size_t i = 0;
    simde__m256 sv, cv, sv1, cv1;
    for (; i + 16 <= n; i += 16) {
        vmf_sincos2(simde_mm256_loadu_ps(x + i), simde_mm256_loadu_ps(x + i + 8), &sv, &cv, &sv1, &cv1);
        simde_mm256_storeu_ps(s + i, sv);
        simde_mm256_storeu_ps(c + i, cv);
        simde_mm256_storeu_ps(s + i + 8, sv1);
        simde_mm256_storeu_ps(c + i + 8, cv1);
    }
    for (; i + 8 <= n; i += 8) {
        vmf_sincos(simde_mm256_loadu_ps(x + i), &sv, &cv);
        simde_mm256_storeu_ps(s + i, sv);
        simde_mm256_storeu_ps(c + i, cv);
    }
    if (i < n) {
        float bx[8], bs[8], bc[8];
        vmath_tail_f32(bx, 8, x + i, n - i);
        vmf_sincos(simde_mm256_loadu_ps(bx), &sv, &cv);
        simde_mm256_storeu_ps(bs, sv);
        simde_mm256_storeu_ps(bc, cv);
        memcpy(s + i, bs, (n - i) * sizeof *s);
        memcpy(c + i, bc, (n - i) * sizeof *c);
    }
}

static void exp_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_exp); }
static void exp2_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_exp2); }
static void expm1_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_expm1); }
static void log_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_log); }
static void log2_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_log2); }
static void log10_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_log10); }
static void log1p_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_log1p); }
static void sigmoid_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_sigmoid, vmf_sigmoid2, vmf_sigmoid4); }
static void sin_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_sin, vmf_sin2, vmf_sin4); }
static void cos_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_cos, vmf_cos2, vmf_cos4); }
static void tan_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_tan, vmf_tan2, vmf_tan4); }

VMATH_INTERNAL void vmath_init_avx2_exp_log(vmath_kernels *k);
void vmath_init_avx2_exp_log(vmath_kernels *k)
{
    k->exp_f32 = exp_f32;
    init_math_f64(k);
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
