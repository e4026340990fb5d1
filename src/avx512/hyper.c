/* AVX-512 kernels: sinh cosh tanh (src/expf_impl.h) and cbrt hypot
 * (src/hyperf_impl.h) evaluated in f32, 16 floats per vector; pow in f64
 * (src/powf_impl.h; its special cases: vm_pow of src/hyper_impl.h), 8 doubles
 * per vector. Bit-identical to src/scalar/hyper.c. */
#include "vd.h"
#include "vf.h"

#include "../hyper_impl.h"
#include "../powf_impl.h"
#include "../expf_impl.h"
#include "../hyperf_impl.h"

static void sinh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_sinh); }
static void cosh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_cosh); }
static void tanh_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_tanh); }
static void cbrt_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_cbrt); }
static void pow_f32(float *y, const float *a, const float *b, size_t n) { map_vv(y, a, b, n, vm_powf); }
static void hypot_f32(float *y, const float *a, const float *b, size_t n) { map_vv_f2(y, a, b, n, vmf_hypot, vmf_hypot2); }

#if defined(SIMDE_X86_AVX512F_NATIVE) && defined(__GNUC__) && !defined(__clang__)
#include <cpuid.h>
/* hypot_vnni.c: the same kernel with vpdpwssd for its seed, where the CPU
 * has AVX-512 VNNI (CPUID.(EAX=7, ECX=0):ECX bit 11) */
VMATH_INTERNAL void vmath_avx512vnni_hypot_f32(float *y, const float *a, const float *b, size_t n);
static int has_avx512vnni(void)
{
    unsigned a, b, c, d;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (c >> 11 & 1);
}
#define HYPOT_F32 (has_avx512vnni() ? vmath_avx512vnni_hypot_f32 : hypot_f32)
#else
#define HYPOT_F32 hypot_f32
#endif

VMATH_INTERNAL void vmath_init_avx512_hyper(vmath_kernels *k);
void vmath_init_avx512_hyper(vmath_kernels *k)
{
    k->sinh_f32 = sinh_f32;
    k->cosh_f32 = cosh_f32;
    k->tanh_f32 = tanh_f32;
    k->cbrt_f32 = cbrt_f32;
    k->pow_f32 = pow_f32;
    k->hypot_f32 = HYPOT_F32;
}
