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
    /* Reductions: no output array. The shape also says how the tests check
     * the result (see include/vmath.h, "Reductions"). */
    VMATH_SHAPE_R_V,     /* T f(x, n), exact: minval maxval                */
    VMATH_SHAPE_R_IDX,   /* size_t f(x, n), exact: argmin argmax           */
    VMATH_SHAPE_R_SUM,   /* T f(x, n), within the summation bound: sum     */
    VMATH_SHAPE_R_DOT,   /* T f(a, b, n), within the summation bound: dot  */
    VMATH_SHAPE_R_NORM2, /* T f(x, n), within norm2's bound                */
} vmath_shape;

typedef enum vmath_type {
    VMATH_T_F32,
    VMATH_T_F64,
} vmath_type;

typedef void (*vmath_fn)(void);

typedef struct vmath_op {
    const char *name;     /* "add_f32": the public name without "vmath_" */
    size_t offset;        /* of its slot in vmath_kernels */
    vmath_fn api;         /* the public entry point */
    vmath_shape shape;
    vmath_type type;      /* element type of every array and scalar */
    const char *family;   /* "arith", ... */
} vmath_op;

VMATH_INTERNAL extern const vmath_op vmath_ops[];
VMATH_INTERNAL extern const size_t vmath_op_count;

/* The kernel of `op` in table `k`. */
VMATH_INTERNAL vmath_fn vmath_op_kernel(const vmath_kernels *k, const vmath_op *op);
/* NULL if no operation has that name. */
VMATH_INTERNAL const vmath_op *vmath_op_find(const char *name);

#ifdef __cplusplus
}
#endif

#endif
