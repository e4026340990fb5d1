/* Scalar reference: the f32 exp/log family (src/exp_log_impl.h on one lane).
 * fma() is the C99 correctly rounded fused multiply-add, like the FMA
 * instructions the AVX2, AVX-512 and NEON kernels use; glibc's never sets
 * errno. */
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
static inline vu v_bits(vd a) { vu u; memcpy(&u, &a, 8); return u; }
static inline vd v_from(vu a) { vd d; memcpy(&d, &a, 8); return d; }
static inline vu v_addu(vu a, vu b) { return a + b; }
static inline vu v_subu(vu a, vu b) { return a - b; }
static inline vu v_andu(vu a, vu b) { return a & b; }
static inline vu v_shl48(vu a) { return a << 48; }
static inline vu v_shr48(vu a) { return a >> 48; }
static inline vu v_shr52(vu a) { return a >> 52; }
static inline vmask v_lt(vd a, vd b) { return a < b; }
static inline vmask v_gt(vd a, vd b) { return a > b; }
static inline vmask v_eq(vd a, vd b) { return a == b; }
static inline vd v_sel(vmask m, vd a, vd b) { return m ? a : b; }
static inline vd v_clamp(vd x, double lo, double hi)
{
    x = x < lo ? lo : x;
    return x > hi ? hi : x;
}
static inline vd v_lookup(const double *t, vu i) { return t[i]; }

/* for src/trig_impl.h */
#define VM_LANES 1
static inline vmask v_bit(vu a, int b) { return (a >> b) & 1; }
static inline int v_all(vmask m) { return m; }
static inline vd v_load(const double *p) { return *p; }
static inline void v_store(double *p, vd a) { *p = a; }

#include "../exp_log_impl.h"
#include "../trig_impl.h"

#define KERNEL(name)                                                   \
    void vmath_scalar_##name##_f32(float *y, const float *x, size_t n) \
    {                                                                  \
        for (size_t i = 0; i < n; i++)                                 \
            y[i] = (float)vm_##name((double)x[i]);                     \
    }

KERNEL(exp)
KERNEL(exp2)
KERNEL(expm1)
KERNEL(log)
KERNEL(log2)
KERNEL(log10)
KERNEL(log1p)
KERNEL(sigmoid)
KERNEL(sin)
KERNEL(cos)
KERNEL(tan)

void vmath_scalar_sincos_f32(float *s, float *c, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double sd, cd;
        vm_sincos((double)x[i], &sd, &cd);  /* x[i] is read before s[i], c[i] are written */
        s[i] = (float)sd;
        c[i] = (float)cd;
    }
}
