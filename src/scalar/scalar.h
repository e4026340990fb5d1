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

/* conversions */
VMATH_INTERNAL void vmath_scalar_f32_to_f16(uint16_t *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_f16_to_f32(float *y, const uint16_t *x, size_t n);
VMATH_INTERNAL void vmath_scalar_f32_to_bf16(uint16_t *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_bf16_to_f32(float *y, const uint16_t *x, size_t n);
VMATH_INTERNAL void vmath_scalar_f32_to_f64(double *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_f64_to_f32(float *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_i8_to_f32(float *y, const int8_t *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_u8_to_f32(float *y, const uint8_t *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_i16_to_f32(float *y, const int16_t *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_i32_to_f32(float *y, const int32_t *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_f32_to_i8(int8_t *y, const float *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_f32_to_u8(uint8_t *y, const float *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_f32_to_i16(int16_t *y, const float *x, float s, size_t n);
VMATH_INTERNAL void vmath_scalar_f32_to_i32(int32_t *y, const float *x, float s, size_t n);

/* complex */
VMATH_INTERNAL void vmath_scalar_cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n);
VMATH_INTERNAL void vmath_scalar_cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n);
VMATH_INTERNAL void vmath_scalar_cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n);
VMATH_INTERNAL void vmath_scalar_cabs_cf32(float *y, const vmath_cf32 *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cabs2_cf32(float *y, const vmath_cf32 *x, size_t n);
VMATH_INTERNAL vmath_cf32 vmath_scalar_cdot_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n);
VMATH_INTERNAL vmath_cf32 vmath_scalar_cdotc_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n);
/* reductions */
VMATH_INTERNAL float vmath_scalar_sum_f32(const float *x, size_t n);
VMATH_INTERNAL float vmath_scalar_norm2_f32(const float *x, size_t n);
VMATH_INTERNAL float vmath_scalar_minval_f32(const float *x, size_t n);
VMATH_INTERNAL float vmath_scalar_maxval_f32(const float *x, size_t n);
VMATH_INTERNAL float vmath_scalar_dot_f32(const float *a, const float *b, size_t n);
VMATH_INTERNAL size_t vmath_scalar_argmin_f32(const float *x, size_t n);
VMATH_INTERNAL size_t vmath_scalar_argmax_f32(const float *x, size_t n);
VMATH_INTERNAL double vmath_scalar_sum_f64(const double *x, size_t n);
VMATH_INTERNAL double vmath_scalar_norm2_f64(const double *x, size_t n);
VMATH_INTERNAL double vmath_scalar_minval_f64(const double *x, size_t n);
VMATH_INTERNAL double vmath_scalar_maxval_f64(const double *x, size_t n);
VMATH_INTERNAL double vmath_scalar_dot_f64(const double *a, const double *b, size_t n);
VMATH_INTERNAL size_t vmath_scalar_argmin_f64(const double *x, size_t n);
VMATH_INTERNAL size_t vmath_scalar_argmax_f64(const double *x, size_t n);
/* math: exp/log family (exp_log.c) */
VMATH_INTERNAL void vmath_scalar_exp_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_exp2_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_expm1_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log2_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log10_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log1p_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sigmoid_f32(float *y, const float *x, size_t n);
/* math: sin/cos/tan (exp_log.c, src/trigf_impl.h) */
VMATH_INTERNAL void vmath_scalar_sin_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cos_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_tan_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sincos_f32(float *s, float *c, const float *x, size_t n);

/* math: invtrig.c and hyper.c (f32, shared algorithms), math_ld.c (f64) */
VMATH_INTERNAL void vmath_scalar_asin_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_acos_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_atan_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sinh_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cosh_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_tanh_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_erf_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cbrt_f32(float *y, const float *x, size_t n);
VMATH_INTERNAL void vmath_scalar_pow_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_atan2_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_hypot_f32(float *y, const float *a, const float *b, size_t n);
VMATH_INTERNAL void vmath_scalar_exp_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_libm_exp_f64(double *y, const double *x, size_t n); /* sse4.1 exp_f64 */
VMATH_INTERNAL void vmath_scalar_libm_log_f64(double *y, const double *x, size_t n); /* sse4.1 log_f64 */
VMATH_INTERNAL void vmath_scalar_libm_exp2_f64(double *y, const double *x, size_t n); /* sse4.1 exp2_f64 */
VMATH_INTERNAL void vmath_scalar_libm_log2_f64(double *y, const double *x, size_t n); /* sse4.1 log2_f64 */
VMATH_INTERNAL void vmath_scalar_libm_log10_f64(double *y, const double *x, size_t n); /* sse4.1 log10_f64 */
VMATH_INTERNAL void vmath_scalar_libm_log1p_f64(double *y, const double *x, size_t n); /* sse4.1 log1p_f64 */
VMATH_INTERNAL void vmath_scalar_libm_expm1_f64(double *y, const double *x, size_t n); /* sse4.1 expm1_f64 */
VMATH_INTERNAL void vmath_scalar_libm_sigmoid_f64(double *y, const double *x, size_t n); /* sse4.1 sigmoid_f64 */
VMATH_INTERNAL void vmath_scalar_libm_sin_f64(double *y, const double *x, size_t n); /* sse4.1 sin_f64 */
VMATH_INTERNAL void vmath_scalar_libm_cos_f64(double *y, const double *x, size_t n); /* sse4.1 cos_f64 */
VMATH_INTERNAL void vmath_scalar_libm_tan_f64(double *y, const double *x, size_t n); /* sse4.1 tan_f64 */
VMATH_INTERNAL void vmath_scalar_libm_sincos_f64(double *s, double *c, const double *x, size_t n); /* sse4.1 sincos_f64 */
VMATH_INTERNAL void vmath_scalar_libm_sinh_f64(double *y, const double *x, size_t n); /* sse4.1 sinh_f64 */
VMATH_INTERNAL void vmath_scalar_libm_cosh_f64(double *y, const double *x, size_t n); /* sse4.1 cosh_f64 */
VMATH_INTERNAL void vmath_scalar_libm_tanh_f64(double *y, const double *x, size_t n); /* sse4.1 tanh_f64 */
VMATH_INTERNAL void vmath_scalar_libm_cbrt_f64(double *y, const double *x, size_t n); /* sse4.1 cbrt_f64 */
VMATH_INTERNAL void vmath_scalar_libm_hypot_f64(double *y, const double *a, const double *b, size_t n); /* sse4.1 hypot_f64 */
VMATH_INTERNAL void vmath_scalar_libm_erf_f64(double *y, const double *x, size_t n); /* sse4.1 erf_f64 */
VMATH_INTERNAL void vmath_scalar_libm_pow_f64(double *y, const double *a, const double *b, size_t n); /* sse4.1 pow_f64 */
VMATH_INTERNAL void vmath_scalar_libm_atan_f64(double *y, const double *x, size_t n); /* sse4.1 atan_f64 */
VMATH_INTERNAL void vmath_scalar_libm_asin_f64(double *y, const double *x, size_t n); /* sse4.1 asin_f64 */
VMATH_INTERNAL void vmath_scalar_libm_acos_f64(double *y, const double *x, size_t n); /* sse4.1 acos_f64 */
VMATH_INTERNAL void vmath_scalar_libm_atan2_f64(double *y, const double *a, const double *b, size_t n); /* sse4.1 atan2_f64 */
VMATH_INTERNAL void vmath_scalar_exp2_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_expm1_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log2_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log10_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_log1p_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sigmoid_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sin_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cos_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_tan_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_asin_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_acos_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_atan_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sinh_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cosh_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_tanh_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_erf_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_cbrt_f64(double *y, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_sincos_f64(double *s, double *c, const double *x, size_t n);
VMATH_INTERNAL void vmath_scalar_pow_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_atan2_f64(double *y, const double *a, const double *b, size_t n);
VMATH_INTERNAL void vmath_scalar_hypot_f64(double *y, const double *a, const double *b, size_t n);

#endif
