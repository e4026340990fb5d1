/* The scalar table: every operation, the root every ISA table starts from. */
#include "scalar.h"

void vmath_init_scalar(vmath_kernels *k)
{
    /* arithmetic */
    k->add_f32 = vmath_scalar_add_f32;
    k->sub_f32 = vmath_scalar_sub_f32;
    k->mul_f32 = vmath_scalar_mul_f32;
    k->div_f32 = vmath_scalar_div_f32;
    k->min_f32 = vmath_scalar_min_f32;
    k->max_f32 = vmath_scalar_max_f32;
    k->add_scalar_f32 = vmath_scalar_add_scalar_f32;
    k->mul_scalar_f32 = vmath_scalar_mul_scalar_f32;
    k->fma_f32 = vmath_scalar_fma_f32;
    k->axpy_f32 = vmath_scalar_axpy_f32;
    k->clamp_f32 = vmath_scalar_clamp_f32;
    k->abs_f32 = vmath_scalar_abs_f32;
    k->neg_f32 = vmath_scalar_neg_f32;
    k->sqrt_f32 = vmath_scalar_sqrt_f32;
    k->floor_f32 = vmath_scalar_floor_f32;
    k->ceil_f32 = vmath_scalar_ceil_f32;
    k->trunc_f32 = vmath_scalar_trunc_f32;
    k->rint_f32 = vmath_scalar_rint_f32;
    k->add_f64 = vmath_scalar_add_f64;
    k->sub_f64 = vmath_scalar_sub_f64;
    k->mul_f64 = vmath_scalar_mul_f64;
    k->div_f64 = vmath_scalar_div_f64;
    k->min_f64 = vmath_scalar_min_f64;
    k->max_f64 = vmath_scalar_max_f64;
    k->add_scalar_f64 = vmath_scalar_add_scalar_f64;
    k->mul_scalar_f64 = vmath_scalar_mul_scalar_f64;
    k->fma_f64 = vmath_scalar_fma_f64;
    k->axpy_f64 = vmath_scalar_axpy_f64;
    k->clamp_f64 = vmath_scalar_clamp_f64;
    k->abs_f64 = vmath_scalar_abs_f64;
    k->neg_f64 = vmath_scalar_neg_f64;
    k->sqrt_f64 = vmath_scalar_sqrt_f64;
    k->floor_f64 = vmath_scalar_floor_f64;
    k->ceil_f64 = vmath_scalar_ceil_f64;
    k->trunc_f64 = vmath_scalar_trunc_f64;
    k->rint_f64 = vmath_scalar_rint_f64;
    /* math */
    k->exp_f32 = vmath_scalar_exp_f32;
    k->exp2_f32 = vmath_scalar_exp2_f32;
    k->expm1_f32 = vmath_scalar_expm1_f32;
    k->log_f32 = vmath_scalar_log_f32;
    k->log2_f32 = vmath_scalar_log2_f32;
    k->log10_f32 = vmath_scalar_log10_f32;
    k->log1p_f32 = vmath_scalar_log1p_f32;
    k->sigmoid_f32 = vmath_scalar_sigmoid_f32;
}
