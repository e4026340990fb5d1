/* Scalar reference kernels: the definition of every operation's result.
 * SIMD kernels call them for the elements left after the vector loop. */
#ifndef VMATH_SCALAR_H
#define VMATH_SCALAR_H

#include "../kernels.h"

/* arithmetic */
VMATH_INTERNAL void vmath_scalar_add_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_sub_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_mul_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_div_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_min_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_max_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_add_scalar_f32(float *y, const float *a, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_mul_scalar_f32(float *y, const float *a, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_fma_f32(float *y, const float *a, const float *b, const float *c, size_t n);
VMATH_INTERNAL void vmath_scalar_axpy_f32(float *y, const float *x, float alpha, size_t n);
VMATH_INTERNAL void vmath_scalar_clamp_f32(float *y, const float *x, float lo, float hi, size_t n);
VMATH_INTERNAL void vmath_scalar_abs_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_neg_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sqrt_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_floor_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_ceil_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_trunc_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_rint_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_add_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_sub_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_mul_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_div_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_min_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_max_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_add_scalar_f64(double *y, const double *a, double s, size_t n);
VMATH_INTERNAL void vmath_scalar_mul_scalar_f64(double *y, const double *a, double s, size_t n);
VMATH_INTERNAL void vmath_scalar_fma_f64(double *y, const double *a, const double *b, const double *c, size_t n);
VMATH_INTERNAL void vmath_scalar_axpy_f64(double *y, const double *x, double alpha, size_t n);
VMATH_INTERNAL void vmath_scalar_clamp_f64(double *y, const double *x, double lo, double hi, size_t n);
VMATH_INTERNAL void vmath_scalar_abs_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_neg_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sqrt_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_floor_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_ceil_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_trunc_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_rint_f64(double *y, const double *x, size_t n);

/* math: exp/log family (exp_log.c) */
VMATH_INTERNAL void vmath_scalar_exp_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_exp2_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_expm1_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log2_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log10_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log1p_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sigmoid_f32(float *y, const float *x, size_t n);

#endif
