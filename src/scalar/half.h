/* Bit-exact f32 <-> f16/bf16 conversions on one value, in integer arithmetic
 * so they do not depend on the compiler's or the FPU's half-precision
 * support. The scalar reference uses them, and so do the lane loops that
 * stand in for missing SIMD instructions (src/neon/compat.h). */
#ifndef VMATH_HALF_H
#define VMATH_HALF_H

#include <stdint.h>
#include <string.h>

static inline uint32_t vm_f32_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static inline float vm_bits_f32(uint32_t u)
{
    float f;
    memcpy(&f, &u, 4);
    return f;
}

/* Round to nearest even; overflow to Inf; NaN made quiet, keeping the sign
 * and the top 9 payload bits (what F16C and AArch64 FCVT produce). */
static inline uint16_t vm_f32_to_f16_1(float f)
{
    uint32_t u = vm_f32_bits(f);
    uint32_t sign = (u >> 16) & 0x8000u, a = u & 0x7fffffffu;
    if (a > 0x7f800000u)                     /* NaN */
        return (uint16_t)(sign | 0x7e00u | ((a >> 13) & 0x3ffu));
    if (a >= 0x477ff000u)                    /* >= 65520 (halfway above 65504), Inf */
        return (uint16_t)(sign | 0x7c00u);
    if (a >= 0x38800000u) {                  /* >= 2^-14: a normal f16 */
        uint32_t r = a - 0x38000000u;        /* rebias the exponent: 127 - 15 = 112 */
        r = (r + 0xfffu + ((r >> 13) & 1u)) >> 13;
        return (uint16_t)(sign | r);
    }
    if (a <= 0x33000000u)                    /* <= 2^-25: half the smallest subnormal or less */
        return (uint16_t)sign;
    /* Subnormal f16: the value in units of 2^-24, rounded to nearest even. A
     * carry into 0x400 is the smallest normal, which is the right encoding. */
    uint32_t e = a >> 23, m = (a & 0x7fffffu) | 0x800000u, shift = 126 - e;  /* 14..24 */
    uint32_t q = m >> shift, rem = m & ((1u << shift) - 1), half = 1u << (shift - 1);
    q += rem > half || (rem == half && (q & 1u));
    return (uint16_t)(sign | q);
}

/* Exact. A signalling NaN comes out quiet, as from F16C and FCVT. */
static inline float vm_f16_to_f32_1(uint16_t h)
{
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16, e = (h >> 10) & 0x1fu, m = h & 0x3ffu;
    if (e == 31)
        return vm_bits_f32(sign | 0x7f800000u | (m << 13) | (m ? 0x400000u : 0));
    if (e == 0)  /* zero or subnormal: m * 2^-24, exact in float */
        return vm_bits_f32(sign | vm_f32_bits((float)m * 0x1p-24f));
    return vm_bits_f32(sign | ((e + 112) << 23) | (m << 13));
}

/* Round to nearest even on the bit pattern (bf16 has f32's exponent range,
 * so subnormals round like everything else); overflow carries into Inf;
 * NaN made quiet, keeping the sign and the top payload bits. */
static inline uint16_t vm_f32_to_bf16_1(float f)
{
    uint32_t u = vm_f32_bits(f);
    if ((u & 0x7fffffffu) > 0x7f800000u)
        return (uint16_t)((u >> 16) | 0x40u);
    return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

static inline float vm_bf16_to_f32_1(uint16_t h)
{
    return vm_bits_f32((uint32_t)h << 16);
}

#endif
