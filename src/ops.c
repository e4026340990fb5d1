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
    OP(exp_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(exp2_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(expm1_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log2_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log10_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log1p_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(sigmoid_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
};

const size_t vmath_op_count = sizeof vmath_ops / sizeof vmath_ops[0];

vmath_fn vmath_op_kernel(const vmath_kernels *k, const vmath_op *op)
{
    vmath_fn fn;
    memcpy(&fn, (const char *)k + op->offset, sizeof fn);
    return fn;
}

void vmath_op_call(const vmath_op *op, vmath_fn fn, void *y, void *const in[3], const double s[2], size_t n)
{
    if (op->type == VMATH_T_F32) {
        switch (op->shape) {
        case VMATH_SHAPE_V: ((vm_f32_v)fn)(y, in[0], n); break;
        case VMATH_SHAPE_VV: ((vm_f32_vv)fn)(y, in[0], in[1], n); break;
        case VMATH_SHAPE_VVV: ((vm_f32_vvv)fn)(y, in[0], in[1], in[2], n); break;
        case VMATH_SHAPE_VS:
        case VMATH_SHAPE_AXPY: ((vm_f32_vs)fn)(y, in[0], (float)s[0], n); break;
        case VMATH_SHAPE_VSS: ((vm_f32_vss)fn)(y, in[0], (float)s[0], (float)s[1], n); break;
        }
    } else {
        switch (op->shape) {
        case VMATH_SHAPE_V: ((vm_f64_v)fn)(y, in[0], n); break;
        case VMATH_SHAPE_VV: ((vm_f64_vv)fn)(y, in[0], in[1], n); break;
        case VMATH_SHAPE_VVV: ((vm_f64_vvv)fn)(y, in[0], in[1], in[2], n); break;
        case VMATH_SHAPE_VS:
        case VMATH_SHAPE_AXPY: ((vm_f64_vs)fn)(y, in[0], s[0], n); break;
        case VMATH_SHAPE_VSS: ((vm_f64_vss)fn)(y, in[0], s[0], s[1], n); break;
        }
    }
}

const vmath_op *vmath_op_find(const char *name)
{
    for (size_t i = 0; i < vmath_op_count; i++)
        if (strcmp(vmath_ops[i].name, name) == 0)
            return &vmath_ops[i];
    return NULL;
}
