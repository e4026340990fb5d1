/* NEON kernels: f32 asin, acos, atan, atan2, erf, src/invtrig_impl.h on
 * 2 doubles per vector. Bit-identical to src/scalar/invtrig.c. */
#include "vd.h"

#include "../invtrig_impl.h"
#include "vf.h"
#include "../erff_impl.h"

#define KERNEL(name) \
    static void name##_f32(float *y, const float *x, size_t n) { map(y, x, n, vm_##name); }

KERNEL(asin)
KERNEL(acos)
KERNEL(atan)
/* erf is evaluated in f32 (src/erff_impl.h) */
static void erf_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_erf); }

static void atan2_f32(float *y, const float *a, const float *b, size_t n) { map_vv(y, a, b, n, vm_atan2); }

VMATH_INTERNAL void vmath_init_neon_invtrig(vmath_kernels *k);
void vmath_init_neon_invtrig(vmath_kernels *k)
{
    k->asin_f32 = asin_f32;
    k->acos_f32 = acos_f32;
    k->atan_f32 = atan_f32;
    k->atan2_f32 = atan2_f32;
    k->erf_f32 = erf_f32;
}
