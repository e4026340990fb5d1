/* The list of operations, for the tests, the benchmarks and the vmath tool. */
#include "ops.h"

#define OP(name, shape, type, family) \
    {#name, offsetof(vmath_kernels, name), (void (*)(void))vmath_##name, shape, type, family, type}

size_t vmath_type_size(vmath_type t)
{
    switch (t) {
    case VMATH_T_F32: return 4;
    case VMATH_T_F64: return 8;
    case VMATH_T_F16:
    case VMATH_T_BF16:
    case VMATH_T_I16: return 2;
    case VMATH_T_I8:
    case VMATH_T_U8: return 1;
    case VMATH_T_I32: return 4;
    case VMATH_T_CF32: return 8;
    }
    return 8;
}

vmath_shape_info vmath_shape_of(vmath_shape s)
{
    switch (s) {
    case VMATH_SHAPE_V: return (vmath_shape_info){1, 0, 0};
    case VMATH_SHAPE_VV: return (vmath_shape_info){2, 0, 0};
    case VMATH_SHAPE_VVV: return (vmath_shape_info){3, 0, 0};
    case VMATH_SHAPE_VS: return (vmath_shape_info){1, 1, 0};
    case VMATH_SHAPE_VSS: return (vmath_shape_info){1, 2, 0};
    case VMATH_SHAPE_AXPY: return (vmath_shape_info){2, 1, 1};
    case VMATH_SHAPE_CVT: return (vmath_shape_info){1, 0, 0};
    case VMATH_SHAPE_CVT_S: return (vmath_shape_info){1, 1, 0};
    case VMATH_SHAPE_CVV: return (vmath_shape_info){2, 0, 0};
    case VMATH_SHAPE_CVS: return (vmath_shape_info){1, 2, 0};
    /* a dot product "writes" its returned value to y[0]; see vmath_op_call() */
    case VMATH_SHAPE_CDOT: return (vmath_shape_info){2, 0, 0};
    case VMATH_SHAPE_R_V:
    case VMATH_SHAPE_R_IDX:
    case VMATH_SHAPE_R_SUM:
    case VMATH_SHAPE_R_NORM2: return (vmath_shape_info){1, 0, 0};
    case VMATH_SHAPE_R_DOT: return (vmath_shape_info){2, 0, 0};
    }
    return (vmath_shape_info){0, 0, 0};
}

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
    OP(exp_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(exp2_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(expm1_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log2_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log10_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(log1p_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(sigmoid_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(sin_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(cos_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(tan_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(asin_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(acos_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(atan_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(sinh_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(cosh_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(tanh_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(erf_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(cbrt_f32, VMATH_SHAPE_V, VMATH_T_F32, "math"),
    OP(pow_f32, VMATH_SHAPE_VV, VMATH_T_F32, "math"),
    OP(atan2_f32, VMATH_SHAPE_VV, VMATH_T_F32, "math"),
    OP(hypot_f32, VMATH_SHAPE_VV, VMATH_T_F32, "math"),
    OP(exp_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(exp2_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(expm1_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(log_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(log2_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(log10_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(log1p_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(sigmoid_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(sin_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(cos_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(tan_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(asin_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(acos_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(atan_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(sinh_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(cosh_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(tanh_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(erf_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(cbrt_f64, VMATH_SHAPE_V, VMATH_T_F64, "math"),
    OP(pow_f64, VMATH_SHAPE_VV, VMATH_T_F64, "math"),
    OP(atan2_f64, VMATH_SHAPE_VV, VMATH_T_F64, "math"),
    OP(hypot_f64, VMATH_SHAPE_VV, VMATH_T_F64, "math"),
};

const size_t vmath_op_count = sizeof vmath_ops / sizeof vmath_ops[0];

vmath_fn vmath_op_kernel(const vmath_kernels *k, const vmath_op *op)
{
    vmath_fn fn;
    memcpy(&fn, (const char *)k + op->offset, sizeof fn);
    return fn;
}

/* A conversion (shapes CVT, CVT_S): each (output, input) pair has its own
 * kernel type. */
#define PAIR(out, in) ((out) * 16 + (in))
static void call_convert(const vmath_op *op, vmath_fn fn, void *y, const void *x, float s, size_t n)
{
    switch (PAIR(op->type, op->in)) {
    case PAIR(VMATH_T_F16, VMATH_T_F32):
    case PAIR(VMATH_T_BF16, VMATH_T_F32): ((vm_f32_to_h)fn)(y, x, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_F16):
    case PAIR(VMATH_T_F32, VMATH_T_BF16): ((vm_h_to_f32)fn)(y, x, n); break;
    case PAIR(VMATH_T_F64, VMATH_T_F32): ((vm_f32_to_f64)fn)(y, x, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_F64): ((vm_f64_to_f32)fn)(y, x, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_I8): ((vm_i8_to_f32s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_U8): ((vm_u8_to_f32s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_I16): ((vm_i16_to_f32s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_I32): ((vm_i32_to_f32s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_I8, VMATH_T_F32): ((vm_f32_to_i8s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_U8, VMATH_T_F32): ((vm_f32_to_u8s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_I16, VMATH_T_F32): ((vm_f32_to_i16s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_I32, VMATH_T_F32): ((vm_f32_to_i32s)fn)(y, x, s, n); break;
    case PAIR(VMATH_T_F32, VMATH_T_CF32): ((vm_cf32_to_f32)fn)(y, x, n); break;
    default:
        break; /* every conversion op has one of the pairs above */
    }
}

/* The shapes added with conversions and complex numbers. A dot product's
 * result goes to y[0] (when y is not NULL), so it is compared like an
 * output array of one element. */
static void call_new(const vmath_op *op, vmath_fn fn, void *y, void *const in[3], const double s[2], size_t n)
{
    switch (op->shape) {
    case VMATH_SHAPE_CVT:
    case VMATH_SHAPE_CVT_S: call_convert(op, fn, y, in[0], (float)s[0], n); break;
    case VMATH_SHAPE_CVV: ((vm_cf32_vv)fn)(y, in[0], in[1], n); break;
    case VMATH_SHAPE_CVS: ((vm_cf32_vs)fn)(y, in[0], (vmath_cf32){(float)s[0], (float)s[1]}, n); break;
    case VMATH_SHAPE_CDOT: {
        vmath_cf32 r = ((vm_cf32_dot)fn)(in[0], in[1], n);
        if (y)
            memcpy(y, &r, sizeof r);
        break;
    }
    default: break;
    }
}

/* Reductions: the returned value (T, or size_t for an index) goes to y[0]
 * when y is not NULL. */
static void call_reduce(const vmath_op *op, vmath_fn fn, void *y, void *const in[3], size_t n)
{
    int f32 = op->type == VMATH_T_F32;
    float f = 0;
    double d = 0;
    size_t idx = 0;
    switch (op->shape) {
    case VMATH_SHAPE_R_DOT:
        if (f32)
            f = ((vm_f32_r_vv)fn)(in[0], in[1], n);
        else
            d = ((vm_f64_r_vv)fn)(in[0], in[1], n);
        break;
    case VMATH_SHAPE_R_IDX:
        idx = f32 ? ((vm_f32_r_idx)fn)(in[0], n) : ((vm_f64_r_idx)fn)(in[0], n);
        break;
    default:
        if (f32)
            f = ((vm_f32_r_v)fn)(in[0], n);
        else
            d = ((vm_f64_r_v)fn)(in[0], n);
        break;
    }
    if (y == NULL)
        return;
    if (op->shape == VMATH_SHAPE_R_IDX)
        memcpy(y, &idx, sizeof idx);
    else if (f32)
        memcpy(y, &f, sizeof f);
    else
        memcpy(y, &d, sizeof d);
}

void vmath_op_call(const vmath_op *op, vmath_fn fn, void *y, void *const in[3], const double s[2], size_t n)
{
    if (op->shape >= VMATH_SHAPE_R_V) {
        call_reduce(op, fn, y, in, n);
    } else if (op->shape >= VMATH_SHAPE_CVT && op->shape <= VMATH_SHAPE_CDOT) {
        call_new(op, fn, y, in, s, n);
    } else if (op->type == VMATH_T_F32) {
        switch (op->shape) {
        case VMATH_SHAPE_V: ((vm_f32_v)fn)(y, in[0], n); break;
        case VMATH_SHAPE_VV: ((vm_f32_vv)fn)(y, in[0], in[1], n); break;
        case VMATH_SHAPE_VVV: ((vm_f32_vvv)fn)(y, in[0], in[1], in[2], n); break;
        case VMATH_SHAPE_VS:
        case VMATH_SHAPE_AXPY: ((vm_f32_vs)fn)(y, in[0], (float)s[0], n); break;
        case VMATH_SHAPE_VSS: ((vm_f32_vss)fn)(y, in[0], (float)s[0], (float)s[1], n); break;
        default: break;
        }
    } else {
        switch (op->shape) {
        case VMATH_SHAPE_V: ((vm_f64_v)fn)(y, in[0], n); break;
        case VMATH_SHAPE_VV: ((vm_f64_vv)fn)(y, in[0], in[1], n); break;
        case VMATH_SHAPE_VVV: ((vm_f64_vvv)fn)(y, in[0], in[1], in[2], n); break;
        case VMATH_SHAPE_VS:
        case VMATH_SHAPE_AXPY: ((vm_f64_vs)fn)(y, in[0], s[0], n); break;
        case VMATH_SHAPE_VSS: ((vm_f64_vss)fn)(y, in[0], s[0], s[1], n); break;
        default: break;
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
