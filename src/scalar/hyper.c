/* Scalar reference: sinh cosh tanh (src/expf_impl.h) and cbrt hypot
 * (src/hyperf_impl.h) evaluated in f32 on one lane, sinh cosh tanh for f64
 * (src/hyperd_impl.h), pow in f64
 * (src/powf_impl.h; its special cases: vm_pow of src/hyper_impl.h), the
 * bits every ISA with FMA returns. fmaf(), fma(), sqrtf() and sqrt() are
 * the C99 correctly rounded ones (glibc's never set errno for these
 * arguments: the square roots' arguments are never negative). */
#include "vd.h"
#include "vf.h"

#include "../hyper_impl.h"
#include "../powf_impl.h"
#include "../expf_impl.h"
#include "../hyperf_impl.h"
#include "../hyperd_impl.h"

#define KERNEL_F(name)                                                 \
    void vmath_scalar_##name##_f32(float *y, const float *x, size_t n) \
    {                                                                  \
        for (size_t i = 0; i < n; i++)                                 \
            y[i] = vmf_##name(x[i]);                                   \
    }

KERNEL_F(sinh)
KERNEL_F(cosh)
KERNEL_F(tanh)
KERNEL_F(cbrt)

/* f64: src/hyperd_impl.h */
KERNEL_D(sinh)
KERNEL_D(cosh)
KERNEL_D(tanh)
KERNEL_D(cbrt)

KERNEL_D_VV(hypot)

void vmath_scalar_pow_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)vm_powf((double)a[i], (double)b[i]);
}
void vmath_scalar_hypot_f32(float *y, const float *a, const float *b, size_t n) { map_vv_f(y, a, b, n, vmf_hypot); }
