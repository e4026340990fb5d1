/* AVX2 kernels: f32 asin, acos, atan, atan2 (src/invtrigf_impl.h) and erf
 * (src/erff_impl.h), evaluated in f32, 8 floats per vector. Bit-identical to
 * src/scalar/invtrig.c. */
#include "vd.h"
#include "vf.h"

#include "../erff_impl.h"
#include "../invtrigf_impl.h"

#define KERNEL_F(name) \
    static void name##_f32(float *y, const float *x, size_t n) { map_f(y, x, n, vmf_##name); }

static void asin_f32(float *y, const float *x, size_t n) { map_f2(y, x, n, vmf_asin, vmf_asin2); }
static void acos_f32(float *y, const float *x, size_t n) { map_f4(y, x, n, vmf_acos, vmf_acos2, vmf_acos4); }
KERNEL_F(atan)
KERNEL_F(erf)

static void atan2_f32(float *y, const float *a, const float *b, size_t n) { map_vv_f4(y, a, b, n, vmf_atan2, vmf_atan2_4); }

VMATH_INTERNAL void vmath_init_avx2_invtrig(vmath_kernels *k);
void vmath_init_avx2_invtrig(vmath_kernels *k)
{
    k->asin_f32 = asin_f32;
    k->acos_f32 = acos_f32;
    k->atan_f32 = atan_f32;
    k->atan2_f32 = atan2_f32;
    k->erf_f32 = erf_f32;
}
