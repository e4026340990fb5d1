/* Scalar reference: exp exp2 expm1 log log2 log10 log1p sigmoid
 * (src/expf_impl.h) and sin cos tan sincos (src/trigf_impl.h) evaluated in
 * f32 on one lane (sin cos tan with |x| >= 12288, Inf or NaN: the f64
 * kernels of src/trig_impl.h), and the f64 ones of src/expd_impl.h,
 * src/logd_impl.h, src/powd_impl.h and src/trigd_impl.h: the bits every ISA with FMA returns. fmaf()
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
#include "../powd_impl.h"

void vmath_scalar_exp_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_exp(x[i]);
}
/* f64: src/expd_impl.h, the bits of the avx2, avx512 and neon kernels */
KERNEL_D(exp)
KERNEL_D(expm1)
KERNEL_D(sigmoid)
KERNEL_D(exp2)
/* f64: src/logd_impl.h, likewise */
KERNEL_D(log)
KERNEL_D(log1p)
KERNEL_D(log2)
KERNEL_D(log10)
/* f64: src/powd_impl.h, likewise */
KERNEL_D_VV(pow)
/* f64: src/trigd_impl.h, likewise */
KERNEL_D(sin)
KERNEL_D(cos)
KERNEL_D(tan)
void vmath_scalar_sincos_f64(double *s, double *c, const double *x, size_t n)
{
    map_d2(s, c, x, n, vmd_sincos); /* x[i] is read before s[i], c[i] are written */
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
