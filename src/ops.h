/*
 * The list of operations: name, kernel-table slot, public entry point and
 * signature. The tests, the benchmarks and the vmath tool iterate it, so a
 * new operation is one line here (plus its shape, if it is a new one).
 * Internal (hidden in the shared library; use the static library).
 */
#ifndef VMATH_OPS_H
#define VMATH_OPS_H

#include <stddef.h>
#include <string.h>

#include "kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Signature shapes (see the vm_* typedefs in kernels.h). */
typedef enum vmath_shape {
    VMATH_SHAPE_V,     /* f(y, x, n)                      */
    VMATH_SHAPE_VV,    /* f(y, a, b, n)                   */
    VMATH_SHAPE_VVV,   /* f(y, a, b, c, n)                */
    VMATH_SHAPE_VS,    /* f(y, x, s, n)                   */
    VMATH_SHAPE_VSS,   /* f(y, x, s, t, n)                */
    VMATH_SHAPE_AXPY,  /* f(y, x, s, n), y is also read   */
    /* conversions: y of `type`, x of `in` */
    VMATH_SHAPE_CVT,   /* f(y, x, n)                      */
    VMATH_SHAPE_CVT_S, /* f(y, x, float scale, n)         */
    /* complex (cf32) */
    VMATH_SHAPE_CVV,   /* f(y, a, b, n)                   */
    VMATH_SHAPE_CVS,   /* f(y, x, vmath_cf32 s, n)        */
    VMATH_SHAPE_CDOT,  /* vmath_cf32 f(x, y, n)           */
    /* Reductions: no output array. The shape also says how the tests check
     * the result (see include/vmath.h, "Reductions"). */
    VMATH_SHAPE_R_V,     /* T f(x, n), exact: minval maxval                */
    VMATH_SHAPE_R_IDX,   /* size_t f(x, n), exact: argmin argmax           */
    VMATH_SHAPE_R_SUM,   /* T f(x, n), within the summation bound: sum     */
    VMATH_SHAPE_R_DOT,   /* T f(a, b, n), within the summation bound: dot  */
    VMATH_SHAPE_R_NORM2, /* T f(x, n), within norm2's bound                */
    /* (reductions stay last: vmath_op_call() tests shape >= VMATH_SHAPE_R_V) */
} vmath_shape;

typedef enum vmath_type {
    VMATH_T_F32,
    VMATH_T_F64,
    VMATH_T_F16,   /* binary16 in uint16_t */
    VMATH_T_BF16,  /* bfloat16 in uint16_t */
    VMATH_T_I8,
    VMATH_T_U8,
    VMATH_T_I16,
    VMATH_T_I32,
    VMATH_T_CF32,
} vmath_type;

typedef void (*vmath_fn)(void);

typedef struct vmath_op {
    const char *name;     /* "add_f32": the public name without "vmath_" */
    size_t offset;        /* of its slot in vmath_kernels */
    vmath_fn api;         /* the public entry point */
    vmath_shape shape;
    vmath_type type;      /* element type of every array and scalar */
    const char *family;   /* "arith", ... */
    vmath_type in;        /* conversion shapes: the input element type (type is the output's) */
} vmath_op;

VMATH_INTERNAL extern const vmath_op vmath_ops[];
VMATH_INTERNAL extern const size_t vmath_op_count;

/* Bytes of one element of type t. */
VMATH_INTERNAL size_t vmath_type_size(vmath_type t);

/* How many arrays and scalars a shape takes. */
typedef struct vmath_shape_info {
    int n_in;      /* array inputs */
    int n_scalar;  /* scalar parameters */
    int inout;     /* the output is also read: its initial value is input n_in - 1 */
} vmath_shape_info;
VMATH_INTERNAL vmath_shape_info vmath_shape_of(vmath_shape s);

/* The kernel of `op` in table `k`. */
VMATH_INTERNAL vmath_fn vmath_op_kernel(const vmath_kernels *k, const vmath_op *op);
/* Calls fn, the kernel or entry point of op, with array inputs in[0..2]
 * (as many as the shape has) and scalar parameters s[0..1] (converted to
 * the element type). For an inout shape (AXPY) y must already hold its
 * initial value and in[] holds the other inputs. */
VMATH_INTERNAL void vmath_op_call(const vmath_op *op, vmath_fn fn, void *y, void *const in[3], const double s[2],
                                  size_t n);

/* NULL if no operation has that name. */
VMATH_INTERNAL const vmath_op *vmath_op_find(const char *name);

#ifdef __cplusplus
}
#endif

#endif
