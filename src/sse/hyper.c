/* SSE4.1 kernels: sinh cosh tanh cbrt pow hypot evaluated in f64,
 * src/hyper_impl.h on 2 doubles per vector (the ISAs with FMA evaluate all
 * but pow in f32, and pow on the shorter path of src/powf_impl.h). No FMA:
 * v_fma is a multiply and an add, so results are checked against a long
 * double oracle (within 1 ULP), not against src/scalar/hyper.c's. */
#include "vd.h"
#include "../scalar/scalar.h"

#include "../hyper_impl.h"

#define KERNEL(name) \
    static void name##_f32(float *y, const float *x, size_t n) { map(y, x, n, vm_##name); }
#define KERNEL2(name) \
    static void name##_f32(float *y, const float *a, const float *b, size_t n) { map_vv(y, a, b, n, vm_##name); }

KERNEL(sinh)
KERNEL(cosh)
KERNEL(tanh)
KERNEL(cbrt)
KERNEL2(pow)
KERNEL2(hypot)

VMATH_INTERNAL void vmath_init_sse41_hyper(vmath_kernels *k);
void vmath_init_sse41_hyper(vmath_kernels *k)
{
    k->sinh_f64 = vmath_scalar_libm_sinh_f64; /* long double libm: src/scalar/math_ld.c (no FMA for src/hyperd_impl.h) */
    k->cosh_f64 = vmath_scalar_libm_cosh_f64;
    k->tanh_f64 = vmath_scalar_libm_tanh_f64;
    k->hypot_f64 = vmath_scalar_libm_hypot_f64;
    k->pow_f64 = vmath_scalar_libm_pow_f64; /* glibc pow: src/scalar/math_ld.c */
    k->cbrt_f64 = vmath_scalar_libm_cbrt_f64;
    k->sinh_f32 = sinh_f32;
    k->cosh_f32 = cosh_f32;
    k->tanh_f32 = tanh_f32;
    k->cbrt_f32 = cbrt_f32;
    k->pow_f32 = pow_f32;
    k->hypot_f32 = hypot_f32;
}
