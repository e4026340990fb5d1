/* AVX-512 kernels: sinh cosh tanh cbrt pow hypot, src/hyper_impl.h on
 * 8 doubles per vector. sinh cosh tanh are evaluated in
 * f32 (src/expf_impl.h), cbrt and hypot in f32 too
 * (src/hyperf_impl.h). Bit-identical to src/scalar/hyper.c. */
#include "vd.h"

#include "vf.h"

#include "../hyper_impl.h"
#include "../powf_impl.h"
#include "../expf_impl.h"
#include "../hyperf_impl.h"

/* sinh, cosh and tanh are evaluated in f32 (src/expf_impl.h) */
static void sinh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_sinh); }
static void cosh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_cosh); }
static void tanh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_tanh); }
/* cbrt and hypot are evaluated in f32 (src/hyperf_impl.h) */
static void cbrt_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_cbrt); }
/* pow: the fast f64 path of src/powf_impl.h */
static void pow_f32(float *y, const float *a, const float *b, size_t n) { map_vv(y, a, b, n, vm_powf); }
static void hypot_f32(float *y, const float *a, const float *b, size_t n) { map_vv_f(y, a, b, n, vmf_hypot); }

VMATH_INTERNAL void vmath_init_avx512_hyper(vmath_kernels *k);
void vmath_init_avx512_hyper(vmath_kernels *k)
{
    k->sinh_f32 = sinh_f32;
    k->cosh_f32 = cosh_f32;
    k->tanh_f32 = tanh_f32;
    k->cbrt_f32 = cbrt_f32;
    k->pow_f32 = pow_f32;
    k->hypot_f32 = hypot_f32;
}
