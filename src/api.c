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

/* The conversions to a wider type run over chunks [lo, hi) from the end,
 * lo = widen_lo(y, x, hi): one chunk, the whole array, unless y == x. In
 * place, the kernels (front to back) would overwrite inputs not yet read,
 * so each chunk is about half of what is left, 2 lo >= hi: each output
 * element is at least twice as wide as its input, so a chunk's output
 * starts at or past the end of its own input, and it lies past every input
 * before lo. The last chunk, [0, 1), is one element, which every kernel
 * reads before writing. log2(n) + 1 kernel calls. */
static size_t widen_lo(const void *y, const void *x, size_t hi)
{
    return y != x || hi == 1 ? 0 : hi - hi / 2;
}

void vmath_f32_to_f16(uint16_t *y, const float *x, size_t n)
{
    vmath_k()->f32_to_f16(y, x, n);
}

void vmath_f16_to_f32(float *y, const uint16_t *x, size_t n)
{
    for (size_t hi = n, lo; hi > 0; hi = lo) {
        lo = widen_lo(y, x, hi);
        vmath_k()->f16_to_f32(y + lo, x + lo, hi - lo);
    }
}

void vmath_f32_to_bf16(uint16_t *y, const float *x, size_t n)
{
    vmath_k()->f32_to_bf16(y, x, n);
}

void vmath_bf16_to_f32(float *y, const uint16_t *x, size_t n)
{
    for (size_t hi = n, lo; hi > 0; hi = lo) {
        lo = widen_lo(y, x, hi);
        vmath_k()->bf16_to_f32(y + lo, x + lo, hi - lo);
    }
}

void vmath_f32_to_f64(double *y, const float *x, size_t n)
{
    for (size_t hi = n, lo; hi > 0; hi = lo) {
        lo = widen_lo(y, x, hi);
        vmath_k()->f32_to_f64(y + lo, x + lo, hi - lo);
    }
}

void vmath_f64_to_f32(float *y, const double *x, size_t n)
{
    vmath_k()->f64_to_f32(y, x, n);
}

void vmath_i8_to_f32(float *y, const int8_t *x, float scale, size_t n)
{
    for (size_t hi = n, lo; hi > 0; hi = lo) {
        lo = widen_lo(y, x, hi);
        vmath_k()->i8_to_f32(y + lo, x + lo, scale, hi - lo);
    }
}

void vmath_u8_to_f32(float *y, const uint8_t *x, float scale, size_t n)
{
    for (size_t hi = n, lo; hi > 0; hi = lo) {
        lo = widen_lo(y, x, hi);
        vmath_k()->u8_to_f32(y + lo, x + lo, scale, hi - lo);
    }
}

void vmath_i16_to_f32(float *y, const int16_t *x, float scale, size_t n)
{
    for (size_t hi = n, lo; hi > 0; hi = lo) {
        lo = widen_lo(y, x, hi);
        vmath_k()->i16_to_f32(y + lo, x + lo, scale, hi - lo);
    }
}

void vmath_i32_to_f32(float *y, const int32_t *x, float scale, size_t n)
{
    vmath_k()->i32_to_f32(y, x, scale, n);
}

void vmath_f32_to_i8(int8_t *y, const float *x, float scale, size_t n)
{
    vmath_k()->f32_to_i8(y, x, scale, n);
}

void vmath_f32_to_u8(uint8_t *y, const float *x, float scale, size_t n)
{
    vmath_k()->f32_to_u8(y, x, scale, n);
}

void vmath_f32_to_i16(int16_t *y, const float *x, float scale, size_t n)
{
    vmath_k()->f32_to_i16(y, x, scale, n);
}

void vmath_f32_to_i32(int32_t *y, const float *x, float scale, size_t n)
{
    vmath_k()->f32_to_i32(y, x, scale, n);
}

void vmath_cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    vmath_k()->cmul_cf32(y, a, b, n);
}

void vmath_cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n)
{
    vmath_k()->cmulconj_cf32(y, a, b, n);
}

void vmath_cabs_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    vmath_k()->cabs_cf32(y, x, n);
}

void vmath_cabs2_cf32(float *y, const vmath_cf32 *x, size_t n)
{
    vmath_k()->cabs2_cf32(y, x, n);
}

void vmath_cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n)
{
    vmath_k()->cscale_cf32(y, x, s, n);
}

vmath_cf32 vmath_cdot_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    return vmath_k()->cdot_cf32(x, y, n);
}

vmath_cf32 vmath_cdotc_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n)
{
    return vmath_k()->cdotc_cf32(x, y, n);
}

float vmath_sum_f32(const float *x, size_t n)
{
    return vmath_k()->sum_f32(x, n);
}

float vmath_norm2_f32(const float *x, size_t n)
{
    return vmath_k()->norm2_f32(x, n);
}

float vmath_minval_f32(const float *x, size_t n)
{
    return vmath_k()->minval_f32(x, n);
}

float vmath_maxval_f32(const float *x, size_t n)
{
    return vmath_k()->maxval_f32(x, n);
}

float vmath_dot_f32(const float *a, const float *b, size_t n)
{
    return vmath_k()->dot_f32(a, b, n);
}

size_t vmath_argmin_f32(const float *x, size_t n)
{
    return vmath_k()->argmin_f32(x, n);
}

size_t vmath_argmax_f32(const float *x, size_t n)
{
    return vmath_k()->argmax_f32(x, n);
}

double vmath_sum_f64(const double *x, size_t n)
{
    return vmath_k()->sum_f64(x, n);
}

double vmath_norm2_f64(const double *x, size_t n)
{
    return vmath_k()->norm2_f64(x, n);
}

double vmath_minval_f64(const double *x, size_t n)
{
    return vmath_k()->minval_f64(x, n);
}

double vmath_maxval_f64(const double *x, size_t n)
{
    return vmath_k()->maxval_f64(x, n);
}

double vmath_dot_f64(const double *a, const double *b, size_t n)
{
    return vmath_k()->dot_f64(a, b, n);
}

size_t vmath_argmin_f64(const double *x, size_t n)
{
    return vmath_k()->argmin_f64(x, n);
}

size_t vmath_argmax_f64(const double *x, size_t n)
{
    return vmath_k()->argmax_f64(x, n);
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

void vmath_sin_f32(float *y, const float *x, size_t n)
{
    vmath_k()->sin_f32(y, x, n);
}

void vmath_cos_f32(float *y, const float *x, size_t n)
{
    vmath_k()->cos_f32(y, x, n);
}

void vmath_tan_f32(float *y, const float *x, size_t n)
{
    vmath_k()->tan_f32(y, x, n);
}

void vmath_sincos_f32(float *s, float *c, const float *x, size_t n)
{
    vmath_k()->sincos_f32(s, c, x, n);
}

void vmath_asin_f32(float *y, const float *x, size_t n)
{
    vmath_k()->asin_f32(y, x, n);
}

void vmath_acos_f32(float *y, const float *x, size_t n)
{
    vmath_k()->acos_f32(y, x, n);
}

void vmath_atan_f32(float *y, const float *x, size_t n)
{
    vmath_k()->atan_f32(y, x, n);
}

void vmath_sinh_f32(float *y, const float *x, size_t n)
{
    vmath_k()->sinh_f32(y, x, n);
}

void vmath_cosh_f32(float *y, const float *x, size_t n)
{
    vmath_k()->cosh_f32(y, x, n);
}

void vmath_tanh_f32(float *y, const float *x, size_t n)
{
    vmath_k()->tanh_f32(y, x, n);
}

void vmath_erf_f32(float *y, const float *x, size_t n)
{
    vmath_k()->erf_f32(y, x, n);
}

void vmath_cbrt_f32(float *y, const float *x, size_t n)
{
    vmath_k()->cbrt_f32(y, x, n);
}

void vmath_pow_f32(float *y, const float *x, const float *e, size_t n)
{
    vmath_k()->pow_f32(y, x, e, n);
}

void vmath_atan2_f32(float *r, const float *y, const float *x, size_t n)
{
    vmath_k()->atan2_f32(r, y, x, n);
}

void vmath_hypot_f32(float *y, const float *a, const float *b, size_t n)
{
    vmath_k()->hypot_f32(y, a, b, n);
}

void vmath_exp_f64(double *y, const double *x, size_t n)
{
    vmath_k()->exp_f64(y, x, n);
}

void vmath_exp2_f64(double *y, const double *x, size_t n)
{
    vmath_k()->exp2_f64(y, x, n);
}

void vmath_expm1_f64(double *y, const double *x, size_t n)
{
    vmath_k()->expm1_f64(y, x, n);
}

void vmath_log_f64(double *y, const double *x, size_t n)
{
    vmath_k()->log_f64(y, x, n);
}

void vmath_log2_f64(double *y, const double *x, size_t n)
{
    vmath_k()->log2_f64(y, x, n);
}

void vmath_log10_f64(double *y, const double *x, size_t n)
{
    vmath_k()->log10_f64(y, x, n);
}

void vmath_log1p_f64(double *y, const double *x, size_t n)
{
    vmath_k()->log1p_f64(y, x, n);
}

void vmath_sigmoid_f64(double *y, const double *x, size_t n)
{
    vmath_k()->sigmoid_f64(y, x, n);
}

void vmath_sin_f64(double *y, const double *x, size_t n)
{
    vmath_k()->sin_f64(y, x, n);
}

void vmath_cos_f64(double *y, const double *x, size_t n)
{
    vmath_k()->cos_f64(y, x, n);
}

void vmath_tan_f64(double *y, const double *x, size_t n)
{
    vmath_k()->tan_f64(y, x, n);
}

void vmath_asin_f64(double *y, const double *x, size_t n)
{
    vmath_k()->asin_f64(y, x, n);
}

void vmath_acos_f64(double *y, const double *x, size_t n)
{
    vmath_k()->acos_f64(y, x, n);
}

void vmath_atan_f64(double *y, const double *x, size_t n)
{
    vmath_k()->atan_f64(y, x, n);
}

void vmath_sinh_f64(double *y, const double *x, size_t n)
{
    vmath_k()->sinh_f64(y, x, n);
}

void vmath_cosh_f64(double *y, const double *x, size_t n)
{
    vmath_k()->cosh_f64(y, x, n);
}

void vmath_tanh_f64(double *y, const double *x, size_t n)
{
    vmath_k()->tanh_f64(y, x, n);
}

void vmath_erf_f64(double *y, const double *x, size_t n)
{
    vmath_k()->erf_f64(y, x, n);
}

void vmath_cbrt_f64(double *y, const double *x, size_t n)
{
    vmath_k()->cbrt_f64(y, x, n);
}

void vmath_sincos_f64(double *s, double *c, const double *x, size_t n)
{
    vmath_k()->sincos_f64(s, c, x, n);
}

void vmath_pow_f64(double *y, const double *x, const double *e, size_t n)
{
    vmath_k()->pow_f64(y, x, e, n);
}

void vmath_atan2_f64(double *r, const double *y, const double *x, size_t n)
{
    vmath_k()->atan2_f64(r, y, x, n);
}

void vmath_hypot_f64(double *y, const double *a, const double *b, size_t n)
{
    vmath_k()->hypot_f64(y, a, b, n);
}
