/* hypot_f32 for AVX-512 with VNNI: the kernel of hyper.c (src/hyperf_impl.h)
 * with its reciprocal square root seed (vf_rsqrt_bits) as one vpdpwssd
 * instead of vpmaddwd and an add, the same bits. Built for AVX-512 VNNI by
 * the pragma below (GCC); hyper.c chooses it when the CPU has the feature. */
#include "vd.h"

#if defined(SIMDE_X86_AVX512F_NATIVE) && defined(__GNUC__) && !defined(__clang__)
#pragma GCC target("avx512vnni")
#define VF_VNNI 1
#include "vf.h"

#include "../hyperf_impl.h"

VMATH_INTERNAL void vmath_avx512vnni_hypot_f32(float *y, const float *a, const float *b, size_t n);
void vmath_avx512vnni_hypot_f32(float *y, const float *a, const float *b, size_t n)
{
    map_vv_f2(y, a, b, n, vmf_hypot, vmf_hypot2);
}
#endif
