/* The list of operations, for the tests, the benchmarks and the vmath tool. */
#include "ops.h"

#define OP(name, shape, type, family) \
    {#name, offsetof(vmath_kernels, name), (void (*)(void))vmath_##name, shape, type, family, type}

/* A conversion: output type `out`, input type `in`. */
#define CVT(name, shape, out, in, family) \
    {#name, offsetof(vmath_kernels, name), (void (*)(void))vmath_##name, shape, out, family, in}

const vmath_op vmath_ops[] = {
    OP(add_f32, VMATH_SHAPE_VV, VMATH_T_F32, "arith"),
    OP(sub_f32, VMATH_SHAPE_VV, VMATH_T_F32, "arith"),
    OP(mul_f32, VMATH_SHAPE_VV, VMATH_T_F32, "arith"),
    OP(div_f32, VMATH_SHAPE_VV, VMATH_T_F32, "arith"),
    OP(min_f32, VMATH_SHAPE_VV, VMATH_T_F32, "arith"),
    OP(max_f32, VMATH_SHAPE_VV, VMATH_T_F32, "arith"),
    OP(add_scalar_f32, VMATH_SHAPE_VS, VMATH_T_F32, "arith"),
    OP(mul_scalar_f32, VMATH_SHAPE_VS, VMATH_T_F32, "arith"),
    OP(fma_f32, VMATH_SHAPE_VVV, VMATH_T_F32, "arith"),
    OP(axpy_f32, VMATH_SHAPE_AXPY, VMATH_T_F32, "arith"),
    OP(clamp_f32, VMATH_SHAPE_VSS, VMATH_T_F32, "arith"),
    OP(abs_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(neg_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(sqrt_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(floor_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(ceil_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(trunc_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(rint_f32, VMATH_SHAPE_V, VMATH_T_F32, "arith"),
    OP(add_f64, VMATH_SHAPE_VV, VMATH_T_F64, "arith"),
    OP(sub_f64, VMATH_SHAPE_VV, VMATH_T_F64, "arith"),
    OP(mul_f64, VMATH_SHAPE_VV, VMATH_T_F64, "arith"),
    OP(div_f64, VMATH_SHAPE_VV, VMATH_T_F64, "arith"),
    OP(min_f64, VMATH_SHAPE_VV, VMATH_T_F64, "arith"),
    OP(max_f64, VMATH_SHAPE_VV, VMATH_T_F64, "arith"),
    OP(add_scalar_f64, VMATH_SHAPE_VS, VMATH_T_F64, "arith"),
    OP(mul_scalar_f64, VMATH_SHAPE_VS, VMATH_T_F64, "arith"),
    OP(fma_f64, VMATH_SHAPE_VVV, VMATH_T_F64, "arith"),
    OP(axpy_f64, VMATH_SHAPE_AXPY, VMATH_T_F64, "arith"),
    OP(clamp_f64, VMATH_SHAPE_VSS, VMATH_T_F64, "arith"),
    OP(abs_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    OP(neg_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    OP(sqrt_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    OP(floor_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    OP(ceil_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    OP(trunc_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    OP(rint_f64, VMATH_SHAPE_V, VMATH_T_F64, "arith"),
    CVT(f32_to_f16, VMATH_SHAPE_CVT, VMATH_T_F16, VMATH_T_F32, "convert"),
    CVT(f16_to_f32, VMATH_SHAPE_CVT, VMATH_T_F32, VMATH_T_F16, "convert"),
    CVT(f32_to_bf16, VMATH_SHAPE_CVT, VMATH_T_BF16, VMATH_T_F32, "convert"),
    CVT(bf16_to_f32, VMATH_SHAPE_CVT, VMATH_T_F32, VMATH_T_BF16, "convert"),
    CVT(f32_to_f64, VMATH_SHAPE_CVT, VMATH_T_F64, VMATH_T_F32, "convert"),
    CVT(f64_to_f32, VMATH_SHAPE_CVT, VMATH_T_F32, VMATH_T_F64, "convert"),
    CVT(i8_to_f32, VMATH_SHAPE_CVT_S, VMATH_T_F32, VMATH_T_I8, "convert"),
    CVT(u8_to_f32, VMATH_SHAPE_CVT_S, VMATH_T_F32, VMATH_T_U8, "convert"),
    CVT(i16_to_f32, VMATH_SHAPE_CVT_S, VMATH_T_F32, VMATH_T_I16, "convert"),
    CVT(i32_to_f32, VMATH_SHAPE_CVT_S, VMATH_T_F32, VMATH_T_I32, "convert"),
    CVT(f32_to_i8, VMATH_SHAPE_CVT_S, VMATH_T_I8, VMATH_T_F32, "convert"),
    CVT(f32_to_u8, VMATH_SHAPE_CVT_S, VMATH_T_U8, VMATH_T_F32, "convert"),
    CVT(f32_to_i16, VMATH_SHAPE_CVT_S, VMATH_T_I16, VMATH_T_F32, "convert"),
    CVT(f32_to_i32, VMATH_SHAPE_CVT_S, VMATH_T_I32, VMATH_T_F32, "convert"),
    OP(cmul_cf32, VMATH_SHAPE_CVV, VMATH_T_CF32, "complex"),
    OP(cmulconj_cf32, VMATH_SHAPE_CVV, VMATH_T_CF32, "complex"),
    OP(cscale_cf32, VMATH_SHAPE_CVS, VMATH_T_CF32, "complex"),
    CVT(cabs_cf32, VMATH_SHAPE_CVT, VMATH_T_F32, VMATH_T_CF32, "complex"),
    CVT(cabs2_cf32, VMATH_SHAPE_CVT, VMATH_T_F32, VMATH_T_CF32, "complex"),
    OP(cdot_cf32, VMATH_SHAPE_CDOT, VMATH_T_CF32, "complex"),
    OP(cdotc_cf32, VMATH_SHAPE_CDOT, VMATH_T_CF32, "complex"),
};

const size_t vmath_op_count = sizeof vmath_ops / sizeof vmath_ops[0];

vmath_fn vmath_op_kernel(const vmath_kernels *k, const vmath_op *op)
{
    vmath_fn fn;
    memcpy(&fn, (const char *)k + op->offset, sizeof fn);
    return fn;
}

const vmath_op *vmath_op_find(const char *name)
{
    for (size_t i = 0; i < vmath_op_count; i++)
        if (strcmp(vmath_ops[i].name, name) == 0)
            return &vmath_ops[i];
    return NULL;
}
