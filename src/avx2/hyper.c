/* AVX2+FMA kernels: sinh cosh tanh (src/expf_impl.h) and cbrt hypot
 * (src/hyperf_impl.h) evaluated in f32, 8 floats per vector; pow in f64
 * (src/powf_impl.h; its special cases: vm_pow of src/hyper_impl.h), 4 doubles
 * per vector. Bit-identical to src/scalar/hyper.c. */
#include "vd.h"
#include "vf.h"

#include "../hyper_impl.h"
#include "../powf_impl.h"
#include "../expf_impl.h"
#include "../hyperf_impl.h"

static void sinh_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_sinh, NULL, vmf_sinh4); }
static void cosh_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_cosh, NULL, vmf_cosh4); }
static void tanh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_tanh); }
static void cbrt_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_cbrt); }
static void pow_f32(float *y, const float *a, const float *b, size_t n) { map_vv(y, a, b, n, vm_powf); }
static void hypot_f32(float *y, const float *a, const float *b, size_t n) { map_vv_f2(y, a, b, n, vmf_hypot, vmf_hypot2); }

VMATH_INTERNAL void vmath_init_avx2_hyper(vmath_kernels *k);
void vmath_init_avx2_hyper(vmath_kernels *k)
{
    k->sinh_f32 = sinh_f32;
    k->cosh_f32 = cosh_f32;
    k->tanh_f32 = tanh_f32;
    k->cbrt_f32 = cbrt_f32;
    k->pow_f32 = pow_f32;
    k->hypot_f32 = hypot_f32;
}
