/* f32 -> bf16 with AVX-512 BF16's vcvtneps2bf16; built with -mavx512bf16
 * and chosen only when the CPU has it (convert.c).
 *
 * The instruction rounds to nearest even and makes NaNs quiet exactly like
 * the scalar reference, but it treats subnormal inputs as zero (and flushes
 * subnormal results, which only subnormal inputs produce). So steps whose
 * input holds a subnormal take those lanes from the integer rounding. */
#include "../kernels.h"

#if defined(__AVX512BF16__)
#include "convert_loop.h"

INLINE void f32_to_bf16_step(void *y, const void *x, __m512 s)
{
    (void)s;
    __m512 v = _mm512_loadu_ps(x);
    __m256i r = (__m256i)_mm512_cvtneps_pbh(v);
    /* subnormal: 0 < |bits| < 0x00800000 */
    __m512i a = _mm512_and_si512(_mm512_castps_si512(v), _mm512_set1_epi32(0x7fffffff));
    __mmask16 sub = _mm512_cmp_epu32_mask(_mm512_sub_epi32(a, _mm512_set1_epi32(1)),
                                          _mm512_set1_epi32(0x007fffff), _MM_CMPINT_LT);
    if (__builtin_expect(sub != 0, 0))
        r = _mm256_mask_mov_epi16(r, sub, bf16_round_int(v));
    _mm256_storeu_si256(y, r);
}

void vmath_avx512bf16_f32_to_bf16(uint16_t *y, const float *x, size_t n)
{
    loop(y, x, n, sizeof *y, sizeof *x, 1.0f, f32_to_bf16_step);
}

#else

void vmath_avx512bf16_f32_to_bf16(uint16_t *y, const float *x, size_t n);

#endif
