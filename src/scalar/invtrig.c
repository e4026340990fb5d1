/* Scalar reference: f32 asin, acos, atan, atan2, erf (src/invtrig_impl.h on
 * one lane). fma() is the C99 correctly rounded fused multiply-add, like the
 * FMA instructions the AVX2, AVX-512 and NEON kernels use; neither it nor
 * v_sqrt (src/scalar/vd.h) sets errno. */
#include "vd.h"

#include "../invtrig_impl.h"
#include "vf.h"
#include "../erff_impl.h"

#define KERNEL(name)                                                   \
    void vmath_scalar_##name##_f32(float *y, const float *x, size_t n) \
    {                                                                  \
        for (size_t i = 0; i < n; i++)                                 \
            y[i] = (float)vm_##name((double)x[i]);                     \
    }

KERNEL(asin)
KERNEL(acos)
KERNEL(atan)
/* erf is evaluated in f32 (src/erff_impl.h) */
void vmath_scalar_erf_f32(float *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vmf_erf(x[i]);
}

void vmath_scalar_atan2_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)vm_atan2((double)a[i], (double)b[i]);
}
