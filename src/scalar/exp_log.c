/* Scalar reference: exp exp2 expm1 log log2 log10 log1p sigmoid
 * (src/expf_impl.h) and sin cos tan sincos (src/trigf_impl.h) evaluated in
 * f32 on one lane (sin cos tan with |x| >= 24576, Inf or NaN: the f64
 * kernels of src/trig_impl.h), and the f64 ones of src/expd_impl.h,
 * src/logd_impl.h and src/trigd_impl.h: the bits every ISA with FMA returns. fmaf()
 * and fma() are the C99 correctly rounded fused multiply-adds, like the FMA
 * instructions the AVX2, AVX-512 and NEON kernels use; glibc's never set
 * errno. */
#include "vd.h"
#include "vf.h"

#include "../trig_impl.h"
#include "../expf_impl.h"
#include "../trigf_impl.h"
#include "../expd_impl.h"
#include "../logd_impl.h"
#include "../trigd_impl.h"

void vmath_scalar_exp_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_exp(x[i]);
}
/* f64: src/expd_impl.h, the bits of the avx2, avx512 and neon kernels */
void vmath_scalar_exp_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_exp(x[i]);
}
void vmath_scalar_expm1_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_expm1(x[i]);
}
void vmath_scalar_sigmoid_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_sigmoid(x[i]);
}
void vmath_scalar_exp2_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_exp2(x[i]);
}
/* f64: src/logd_impl.h, likewise */
void vmath_scalar_log_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_log(x[i]);
}
void vmath_scalar_log1p_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_log1p(x[i]);
}
void vmath_scalar_log2_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_log2(x[i]);
}
void vmath_scalar_log10_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_log10(x[i]);
}
/* f64: src/trigd_impl.h, likewise */
void vmath_scalar_sin_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_sin(x[i]);
}
void vmath_scalar_cos_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_cos(x[i]);
}
void vmath_scalar_tan_f64(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmd_tan(x[i]);
}
void vmath_scalar_sincos_f64(double *s, double *c, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double sv, cv;
        vmd_sincos(x[i], &sv, &cv); /* x[i] is read before s[i], c[i] are written */
        s[i] = sv;
        c[i] = cv;
    }
}
void vmath_scalar_exp2_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_exp2(x[i]);
}
void vmath_scalar_expm1_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_expm1(x[i]);
}
void vmath_scalar_log_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_log(x[i]);
}
void vmath_scalar_log2_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_log2(x[i]);
}
void vmath_scalar_log10_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_log10(x[i]);
}
void vmath_scalar_log1p_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_log1p(x[i]);
}
void vmath_scalar_sigmoid_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_sigmoid(x[i]);
}
void vmath_scalar_sin_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_sin(x[i]);
}
void vmath_scalar_cos_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_cos(x[i]);
}
void vmath_scalar_tan_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_tan(x[i]);
}

void vmath_scalar_sincos_f32(float *s, float *c, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float sv, cv;
        vmf_sincos(x[i], &sv, &cv);  /* x[i] is read before s[i], c[i] are written */
        s[i] = sv;
        c[i] = cv;
    }
}
