/* NEON kernels: exp exp2 expm1 log log2 log10 log1p sigmoid
 * (src/expf_impl.h) and sin cos tan sincos (src/trigf_impl.h) evaluated in
 * f32, 4 floats per vector; lanes of sin cos tan with |x| >= 12288, Inf or
 * NaN take the f64 kernels of src/trig_impl.h. Bit-identical to
 * src/scalar/exp_log.c (FMA and division through
 * compat.h, exact under SIMDe emulation too). */
#include "vd.h"
#include "vf.h"

#include "../trig_impl.h"
#include "../expf_impl.h"
#include "../trigf_impl.h"
#include "../mathd_kernels.h"

/* sincos: as map_f(), with two outputs (src/trigf_impl.h) */
static void sincos_f32(float *s, float *c, const float *x, size_t n)
{
    size_t i = 0;
    simde_float32x4_t sv, cv;
    for (; i + 4 <= n; i += 4) {
        vmf_sincos(simde_vld1q_f32(x + i), &sv, &cv);
        simde_vst1q_f32(s + i, sv);
        simde_vst1q_f32(c + i, cv);
    }
    if (i < n) {
        float bx[4], bs[4], bc[4];
        vmath_tail_f32(bx, 4, x + i, n - i);
        vmf_sincos(simde_vld1q_f32(bx), &sv, &cv);
        simde_vst1q_f32(bs, sv);
        simde_vst1q_f32(bc, cv);
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
static void sigmoid_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_sigmoid); }
static void sin_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_sin); }
static void cos_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_cos); }
static void tan_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_tan); }

VMATH_INTERNAL void vmath_init_neon_exp_log(vmath_kernels *k);
void vmath_init_neon_exp_log(vmath_kernels *k)
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
