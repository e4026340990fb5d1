/* Scalar: the "vector" of one double that the shared math algorithms
 * (src/<family>_impl.h) are written against, so the scalar reference runs the
 * same sequence of operations as every SIMD kernel. fma() is the C99
 * correctly rounded fused multiply-add. */
#ifndef VMATH_SCALAR_VD_H
#define VMATH_SCALAR_VD_H
#include <math.h>
#include <string.h>

#include "scalar.h"

typedef double vd;
typedef uint64_t vu;
typedef int vmask;

static inline vd v_set(double a) { return a; }
static inline vu v_setu(uint64_t a) { return a; }
static inline vd v_add(vd a, vd b) { return a + b; }
static inline vd v_sub(vd a, vd b) { return a - b; }
static inline vd v_mul(vd a, vd b) { return a * b; }
static inline vd v_div(vd a, vd b) { return a / b; }
static inline vd v_fma(vd a, vd b, vd c) { return fma(a, b, c); }
static inline vd v_fms(vd a, vd b, vd c) { return fma(a, b, -c); } /* a * b - c, fused */
static inline vd v_fnma(vd a, vd b, vd c) { return fma(-a, b, c); } /* c - a * b, fused */
static inline vu v_bits(vd a) { vu u; memcpy(&u, &a, 8); return u; }
static inline vd v_from(vu a) { vd d; memcpy(&d, &a, 8); return d; }
static inline vu v_addu(vu a, vu b) { return a + b; }
static inline vu v_subu(vu a, vu b) { return a - b; }
static inline vu v_andu(vu a, vu b) { return a & b; }
static inline vu v_shl48(vu a) { return a << 48; }
static inline vu v_shr48(vu a) { return a >> 48; }
static inline vu v_shr52(vu a) { return a >> 52; }
static inline vu v_shr1(vu a) { return a >> 1; }
static inline vu v_shln(vu a, int n) { return a << n; }
static inline vu v_shrn(vu a, int n) { return a >> n; }
static inline vu v_shr50(vu a) { return a >> 50; }
static inline vmask v_lt(vd a, vd b) { return a < b; }
static inline vmask v_gt(vd a, vd b) { return a > b; }
static inline vmask v_eq(vd a, vd b) { return a == b; }
static inline vd v_sel(vmask m, vd a, vd b) { return m ? a : b; }
/* where m: exchange *a and *b (the two selects) */
static inline void v_swap(vmask m, vd *a, vd *b)
{
    vd t = v_sel(m, *b, *a);
    *b = v_sel(m, *a, *b);
    *a = t;
}
/* a > b ? a : b and a < b ? a : b, the same on every ISA when neither is
 * NaN and they are not zeros of opposite signs; a NaN b is returned (NEON
 * quiets it). A NaN a gives b on x86 and in C but NaN on NEON, which also
 * orders -0 below +0: callers rely on neither (as vf_max and vf_min) */
static inline vd v_max(vd a, vd b) { return a > b ? a : b; }
static inline vd v_min(vd a, vd b) { return a < b ? a : b; }
static inline vd v_clamp(vd x, double lo, double hi)
{
    x = x < lo ? lo : x;
    return x > hi ? hi : x;
}
static inline vd v_lookup(const double *t, vu i) { return t[i]; }
static inline void v_lookup_pair(const double *cols, const double *rows, int n, vu i, int k, vd *a, vd *b)
{
    (void)cols;
    *a = rows[n * i + k];
    *b = rows[n * i + k + 1];
}

/* for src/trig_impl.h */
#define VM_LANES 1
static inline vmask v_bit(vu a, int b) { return (a >> b) & 1; }
static inline int v_all(vmask m) { return m; }
static inline vd v_load(const double *p) { return *p; }
static inline void v_store(double *p, vd a) { *p = a; }
/* sqrt() of a negative sets errno (EDOM): a NaN as sqrtpd gives instead */
static inline vd v_sqrt(vd a) { return a < 0 ? NAN : sqrt(a); }
static inline vd v_round(vd a) { return rint(a); }  /* default rounding mode: nearest, ties to even */
static inline vd v_trunc(vd a) { return trunc(a); }
static inline vu v_oru(vu a, vu b) { return a | b; }
static inline vu v_xoru(vu a, vu b) { return a ^ b; }
static inline vmask v_mand(vmask a, vmask b) { return a & b; }
static inline vmask v_mor(vmask a, vmask b) { return a | b; }
static inline vmask v_mnot(vmask a) { return !a; }

#define INLINE static inline
#include "../vd_common.h"

/* The scalar reference of an f64 math function of src/<family>d_impl.h: its
 * vmd_ function over the array, element by element (the bits of the avx2,
 * avx512 and neon kernels, which run the same function on their vd) */
#define KERNEL_D(name)                                                   \
    void vmath_scalar_##name##_f64(double *y, const double *x, size_t n) \
    {                                                                    \
        map_d(y, x, n, vmd_##name);                                      \
    }
#define KERNEL_D_VV(name)                                                                  \
    void vmath_scalar_##name##_f64(double *y, const double *a, const double *b, size_t n) \
    {                                                                                      \
        map_d_vv(y, a, b, n, vmd_##name);                                                  \
    }

/* pow family (src/powf_impl.h) */
static inline vu v_shl52(vu a) { return a << 52; }

#endif
