/* The public entry points: each calls the active ISA's kernel. */
#include "dispatch.h"

void vmath_add_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->add_f32(y, a, b, n);
}

void vmath_sub_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->sub_f32(y, a, b, n);
}

void vmath_mul_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->mul_f32(y, a, b, n);
}

void vmath_div_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->div_f32(y, a, b, n);
}

void vmath_min_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->min_f32(y, a, b, n);
}

void vmath_max_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->max_f32(y, a, b, n);
}

void vmath_add_scalar_f32(float *y, const float *a, float s, size_t n)
{
    vmath_k()->add_scalar_f32(y, a, s, n);
}

void vmath_mul_scalar_f32(float *y, const float *a, float s, size_t n)
{
    vmath_k()->mul_scalar_f32(y, a, s, n);
}

void vmath_fma_f32(float *y, const float *a, const float *b, const float *c, size_t n)
{
    vmath_k()->fma_f32(y, a, b, c, n);
}

void vmath_axpy_f32(float *y, const float *x, float alpha, size_t n)
{
    vmath_k()->axpy_f32(y, x, alpha, n);
}

void vmath_clamp_f32(float *y, const float *x, float lo, float hi, size_t n)
{
    vmath_k()->clamp_f32(y, x, lo, hi, n);
}

void vmath_abs_f32(float *y, const float *x, size_t n)
{
    vmath_k()->abs_f32(y, x, n);
}

void vmath_neg_f32(float *y, const float *x, size_t n)
{
    vmath_k()->neg_f32(y, x, n);
}

void vmath_sqrt_f32(float *y, const float *x, size_t n)
{
    vmath_k()->sqrt_f32(y, x, n);
}

void vmath_floor_f32(float *y, const float *x, size_t n)
{
    vmath_k()->floor_f32(y, x, n);
}

void vmath_ceil_f32(float *y, const float *x, size_t n)
{
    vmath_k()->ceil_f32(y, x, n);
}

void vmath_trunc_f32(float *y, const float *x, size_t n)
{
    vmath_k()->trunc_f32(y, x, n);
}

void vmath_rint_f32(float *y, const float *x, size_t n)
{
    vmath_k()->rint_f32(y, x, n);
}

void vmath_add_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->add_f64(y, a, b, n);
}

void vmath_sub_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->sub_f64(y, a, b, n);
}

void vmath_mul_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->mul_f64(y, a, b, n);
}

void vmath_div_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->div_f64(y, a, b, n);
}

void vmath_min_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->min_f64(y, a, b, n);
}

void vmath_max_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->max_f64(y, a, b, n);
}

void vmath_add_scalar_f64(double *y, const double *a, double s, size_t n)
{
    vmath_k()->add_scalar_f64(y, a, s, n);
}

void vmath_mul_scalar_f64(double *y, const double *a, double s, size_t n)
{
    vmath_k()->mul_scalar_f64(y, a, s, n);
}

void vmath_fma_f64(double *y, const double *a, const double *b, const double *c, size_t n)
{
    vmath_k()->fma_f64(y, a, b, c, n);
}

void vmath_axpy_f64(double *y, const double *x, double alpha, size_t n)
{
    vmath_k()->axpy_f64(y, x, alpha, n);
}

void vmath_clamp_f64(double *y, const double *x, double lo, double hi, size_t n)
{
    vmath_k()->clamp_f64(y, x, lo, hi, n);
}

void vmath_abs_f64(double *y, const double *x, size_t n)
{
    vmath_k()->abs_f64(y, x, n);
}

void vmath_neg_f64(double *y, const double *x, size_t n)
{
    vmath_k()->neg_f64(y, x, n);
}

void vmath_sqrt_f64(double *y, const double *x, size_t n)
{
    vmath_k()->sqrt_f64(y, x, n);
}

void vmath_floor_f64(double *y, const double *x, size_t n)
{
    vmath_k()->floor_f64(y, x, n);
}

void vmath_ceil_f64(double *y, const double *x, size_t n)
{
    vmath_k()->ceil_f64(y, x, n);
}

void vmath_trunc_f64(double *y, const double *x, size_t n)
{
    vmath_k()->trunc_f64(y, x, n);
}

void vmath_rint_f64(double *y, const double *x, size_t n)
{
    vmath_k()->rint_f64(y, x, n);
}

void vmath_exp_f32(float *y, const float *x, size_t n)
{
    vmath_k()->exp_f32(y, x, n);
}

void vmath_exp2_f32(float *y, const float *x, size_t n)
{
    vmath_k()->exp2_f32(y, x, n);
}

void vmath_expm1_f32(float *y, const float *x, size_t n)
{
    vmath_k()->expm1_f32(y, x, n);
}

void vmath_log_f32(float *y, const float *x, size_t n)
{
    vmath_k()->log_f32(y, x, n);
}

void vmath_log2_f32(float *y, const float *x, size_t n)
{
    vmath_k()->log2_f32(y, x, n);
}

void vmath_log10_f32(float *y, const float *x, size_t n)
{
    vmath_k()->log10_f32(y, x, n);
}

void vmath_log1p_f32(float *y, const float *x, size_t n)
{
    vmath_k()->log1p_f32(y, x, n);
}

void vmath_sigmoid_f32(float *y, const float *x, size_t n)
{
    vmath_k()->sigmoid_f32(y, x, n);
}
