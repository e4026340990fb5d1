/* The list of operations, for the tests, the benchmarks and the vmath tool. */
#include "ops.h"

#define OP(name, shape, type, family) \
    {#name, offsetof(vmath_kernels, name), (void (*)(void))vmath_##name, shape, type, family}

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
    OP(sum_f32, VMATH_SHAPE_R_SUM, VMATH_T_F32, "reduce"),
    OP(dot_f32, VMATH_SHAPE_R_DOT, VMATH_T_F32, "reduce"),
    OP(norm2_f32, VMATH_SHAPE_R_NORM2, VMATH_T_F32, "reduce"),
    OP(minval_f32, VMATH_SHAPE_R_V, VMATH_T_F32, "reduce"),
    OP(maxval_f32, VMATH_SHAPE_R_V, VMATH_T_F32, "reduce"),
    OP(argmin_f32, VMATH_SHAPE_R_IDX, VMATH_T_F32, "reduce"),
    OP(argmax_f32, VMATH_SHAPE_R_IDX, VMATH_T_F32, "reduce"),
    OP(sum_f64, VMATH_SHAPE_R_SUM, VMATH_T_F64, "reduce"),
    OP(dot_f64, VMATH_SHAPE_R_DOT, VMATH_T_F64, "reduce"),
    OP(norm2_f64, VMATH_SHAPE_R_NORM2, VMATH_T_F64, "reduce"),
    OP(minval_f64, VMATH_SHAPE_R_V, VMATH_T_F64, "reduce"),
    OP(maxval_f64, VMATH_SHAPE_R_V, VMATH_T_F64, "reduce"),
    OP(argmin_f64, VMATH_SHAPE_R_IDX, VMATH_T_F64, "reduce"),
    OP(argmax_f64, VMATH_SHAPE_R_IDX, VMATH_T_F64, "reduce"),
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
