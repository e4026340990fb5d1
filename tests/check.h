/*
 * checkasm-style verification of one kernel against the scalar reference.
 * Shared by the cmocka tests and `vmath verify`.
 *
 * For an operation on an ISA it checks
 *   - every n from 0 to 4 x the widest vector + 1 at every start
 *     misalignment within a 64-byte line, then n = 1000, 4099, 100003;
 *   - in place, with each array input as the output;
 *   - canaries around the output, and inputs left unchanged;
 *   - all arrays flush against PROT_NONE guard pages, at both ends
 *     (an access outside [0, n) faults, even inside the same page);
 *   - n == 0 with NULL pointers;
 *   - special values (NaN, +-Inf, +-0, subnormals, huge, ties) mixed into
 *     every input and every scalar parameter, and (float inputs) one at a
 *     time at each position among ordinary values (check.c,
 *     run_lone_specials).
 * Results must have the scalar reference's bits (NaN payloads aside), except
 * math functions on an ISA that rounds differently (SSE4.1: no FMA), which
 * must be within 1 ULP of an f64 libm oracle (check.c, oracle_of).
 * A failure message names the operation, the ISA, n, the offset, the index
 * and the seed; VMATH_TEST_SEED=<seed> replays the run.
 */
#ifndef VMATH_CHECK_H
#define VMATH_CHECK_H

#include <float.h>
#include <stddef.h>
#include <stdint.h>

#include "ops.h"

/* Half the smallest f64 subnormal, the absolute slack of the f64 sum
 * bounds, in long double; where long double has double's exponent range
 * (IBM double-double: ppc64le) it cannot hold 2^-1075, and the smallest
 * subnormal itself serves. */
#if LDBL_MIN_EXP < -1073
#define VT_HALF_DENORM_F64 0x1p-1075L
#else
#define VT_HALF_DENORM_F64 0x1p-1074L
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vt_status {
    VT_PASS,
    VT_FAIL,
    VT_SKIP,       /* the ISA is not available on this machine */
    VT_INHERITED,  /* the ISA has no kernel of its own for this operation */
} vt_status;

/* Checks op's kernel on isa; msg gets "ok", the first failure, or why it
 * was skipped. */
vt_status vt_check_kernel(const vmath_op *op, vmath_isa isa, char *msg, size_t msg_len);

/* sqrt(x[0]^2 + ... + x[n-1]^2) of finite f32 or f64 elements (t) in long
 * double, its terms scaled by a power of two near 1/max|x| so that no square
 * overflows or underflows where long double has only double's exponent
 * range (IBM double-double); with x87's range the scaling changes no bit. */
long double vt_norm2_exact(vmath_type t, const void *x, size_t n);

/* Checks that the public entry point runs the active ISA's kernel, under
 * every available ISA. */
vt_status vt_check_entry_point(const vmath_op *op, char *msg, size_t msg_len);

/* sincos_f32 (f64 = 0) or sincos_f64 (f64 = 1), the one operation with two
 * outputs (outside the op table), on isa: the bits of that ISA's sin and
 * cos kernels (which vt_check_kernel holds to the scalar reference), for
 * every n from 0 to 100 at every offset within a 64-byte line, out of place
 * and in place (s == x or c == x), with special values, random bit patterns
 * and [-1000, 1000] among the inputs, and nothing written outside [0, n);
 * VT_INHERITED where isa runs its parent's kernel, as vt_check_kernel. */
vt_status vt_check_sincos(int f64, vmath_isa isa, char *msg, size_t msg_len);
/* vt_check_sincos under every ISA: prints each failure, and each ISA not
 * checked (not available here, or running its parent's kernel) with why;
 * returns the number of failures */
int vt_check_sincos_all(int f64);

/* The seed of this run (VMATH_TEST_SEED, or a fixed default). */
uint64_t vt_seed(void);

#ifdef __cplusplus
}
#endif

#endif
