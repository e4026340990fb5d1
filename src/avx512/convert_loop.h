/* The loop shared by the AVX-512 conversion kernels (convert.c, bf16.c). */
#ifndef VMATH_AVX512_CONVERT_LOOP_H
#define VMATH_AVX512_CONVERT_LOOP_H

#include <immintrin.h>
#include <stdint.h>
#include <string.h>

#define INLINE static inline __attribute__((always_inline))
#define W 16  /* elements per step: one zmm of floats */

/* One step converts W elements from x to y; `s` is the broadcast scale. */
typedef void (*step_fn)(void *y, const void *x, __m512 s);

/* Four steps per iteration so independent conversions overlap, then single
 * steps; the last n % W elements go through zero-padded stack buffers, so
 * nothing outside x[0..n-1] and y[0..n-1] is touched. In place (f32 <-> i32)
 * works: each step reads its block before writing the same block. */
INLINE void loop(void *y, const void *x, size_t n, size_t ysize, size_t xsize, float scale, step_fn step)
{
    unsigned char *py = y;
    const unsigned char *px = x;
    __m512 s = _mm512_set1_ps(scale);
    size_t i = 0;
    for (; i + 4 * W <= n; i += 4 * W)
        for (int u = 0; u < 4; u++)
            step(py + (i + u * W) * ysize, px + (i + u * W) * xsize, s);
    for (; i + W <= n; i += W)
        step(py + i * ysize, px + i * xsize, s);
    if (i < n) {
        unsigned char bx[W * 8] = {0}, by[W * 8];
        memcpy(bx, px + i * xsize, (n - i) * xsize);
        step(by, bx, s);
        memcpy(py + i * ysize, by, (n - i) * ysize);
    }
}

/* f32 -> bf16 in integer arithmetic: add 0x7fff plus the lowest kept bit
 * (ties to even), keep the top half; NaN lanes become quiet NaNs. */
static inline __m256i bf16_round_int(__m512 v)
{
    __m512i u = _mm512_castps_si512(v);
    __m512i lsb = _mm512_and_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(1));
    __m512i r = _mm512_srli_epi32(_mm512_add_epi32(u, _mm512_add_epi32(lsb, _mm512_set1_epi32(0x7fff))), 16);
    __m512i qnan = _mm512_or_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(0x40));
    r = _mm512_mask_mov_epi32(r, _mm512_cmp_ps_mask(v, v, _CMP_UNORD_Q), qnan);
    return _mm512_cvtepi32_epi16(r);
}

#endif
