/* SSE4.1 kernels: f32 asin, acos, atan, atan2, erf evaluated in f64,
 * src/invtrig_impl.h on 2 doubles per vector (the ISAs with FMA evaluate
 * them in f32: src/invtrigf_impl.h, src/erff_impl.h). SSE4.1 has no FMA:
 * v_fma is a multiply then an add, rounded twice; results are checked
 * against the oracle (within 1 ULP), not against the scalar kernel's. */
#include "vd.h"
#include "../scalar/scalar.h"

#include "../invtrig_impl.h"

#define KERNEL(name) \
    static void name##_f32(float *y, const float *x, size_t n) { map(y, x, n, vm_##name); }

KERNEL(asin)
KERNEL(acos)
KERNEL(atan)
KERNEL(erf)

static void atan2_f32(float *y, const float *a, const float *b, size_t n) { map_vv(y, a, b, n, vm_atan2); }

VMATH_INTERNAL void vmath_init_sse41_invtrig(vmath_kernels *k);
void vmath_init_sse41_invtrig(vmath_kernels *k)
{
    k->atan_f64 = vmath_scalar_libm_atan_f64; /* long double libm: src/scalar/math_ld.c (no FMA for src/invtrigd_impl.h) */
    k->atan2_f64 = vmath_scalar_libm_atan2_f64;
    k->asin_f64 = vmath_scalar_libm_asin_f64;
    k->acos_f64 = vmath_scalar_libm_acos_f64;
    k->erf_f64 = vmath_scalar_libm_erf_f64;
    k->asin_f32 = asin_f32;
    k->acos_f32 = acos_f32;
    k->atan_f32 = atan_f32;
    k->atan2_f32 = atan2_f32;
    k->erf_f32 = erf_f32;
}
