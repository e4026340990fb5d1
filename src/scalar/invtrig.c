/* Scalar reference: asin acos atan atan2 (src/invtrigf_impl.h) and erf
 * (src/erff_impl.h) evaluated in f32 on one lane, asin, acos, atan,
 * atan2 and erf for f64 (src/invtrigd_impl.h, src/erfd_impl.h), the bits every ISA with
 * FMA returns. fmaf() and sqrtf() are the C99 correctly rounded ones, like
 * the SIMD instructions; vf_sqrt never passes sqrtf a negative argument
 * (errno). */
#include "vd.h"
#include "vf.h"

#include "../erff_impl.h"
#include "../invtrigf_impl.h"
#include "../invtrigd_impl.h"
#include "../erfd_impl.h"

#define KERNEL_F(name)                                                 \
    void vmath_scalar_##name##_f32(float *y, const float *x, size_t n) \
    {                                                                  \
        for (size_t i = 0; i < n; i++)                                 \
            y[i] = vmf_##name(x[i]);                                   \
    }

KERNEL_F(asin)
KERNEL_F(acos)
KERNEL_F(atan)
KERNEL_F(erf)

void vmath_scalar_atan2_f32(float *y, const float *a, const float *b, size_t n)
{
    map_vv_f(y, a, b, n, vmf_atan2);
}

/* f64: src/invtrigd_impl.h */
KERNEL_D(asin)
KERNEL_D(acos)
KERNEL_D(atan)
KERNEL_D_VV(atan2)
/* f64: src/erfd_impl.h */
KERNEL_D(erf)
