/* Scalar reference: sinh cosh tanh cbrt pow hypot (src/hyper_impl.h on one
 * lane; sinh cosh tanh: src/expf_impl.h, cbrt hypot: src/hyperf_impl.h,
 * evaluated in f32),
 * the bits every ISA with FMA returns. fma() and sqrt() are the C99
 * correctly rounded ones (glibc's never set errno for these arguments:
 * sqrt's argument is never negative). */
#include "vd.h"

#include "vf.h"

#include "../hyper_impl.h"
#include "../powf_impl.h"
#include "../expf_impl.h"
#include "../hyperf_impl.h"

/* sinh, cosh and tanh are evaluated in f32 (src/expf_impl.h) */
#define KERNEL_F(name)                                                 \
    void vmath_scalar_##name##_f32(float *y, const float *x, size_t n) \
    {                                                                  \
        for (size_t i = 0; i < n; i++)                                 \
            y[i] = vmf_##name(x[i]);                                   \
    }
KERNEL_F(sinh)
KERNEL_F(cosh)
KERNEL_F(tanh)
/* cbrt and hypot too (src/hyperf_impl.h) */
KERNEL_F(cbrt)
/* pow: the fast f64 path of src/powf_impl.h */
void vmath_scalar_pow_f32(float *y, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)vm_powf((double)a[i], (double)b[i]);
}
void vmath_scalar_hypot_f32(float *y, const float *a, const float *b, size_t n) { map_vv_f(y, a, b, n, vmf_hypot); }
