/* Scalar reference: conversions between element types. */
#include <math.h>

#include "half.h"
#include "scalar.h"

void vmath_scalar_f32_to_f16(uint16_t *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vm_f32_to_f16_1(x[i]);
}

void vmath_scalar_f16_to_f32(float *y, const uint16_t *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vm_f16_to_f32_1(x[i]);
}

void vmath_scalar_f32_to_bf16(uint16_t *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vm_f32_to_bf16_1(x[i]);
}

void vmath_scalar_bf16_to_f32(float *y, const uint16_t *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = vm_bf16_to_f32_1(x[i]);
}

void vmath_scalar_f32_to_f64(double *y, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = x[i];
}

void vmath_scalar_f64_to_f32(float *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)x[i];
}

void vmath_scalar_i8_to_f32(float *y, const int8_t *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)x[i] * s;
}

void vmath_scalar_u8_to_f32(float *y, const uint8_t *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)x[i] * s;
}

void vmath_scalar_i16_to_f32(float *y, const int16_t *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)x[i] * s;
}

void vmath_scalar_i32_to_f32(float *y, const int32_t *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (float)x[i] * s;
}

/* rint(x * s) clamped to [lo, hi]; NaN gives 0. The bounds are integers, so
 * clamping before or after rint gives the same result; before, because
 * compilers vectorise these loops by if-conversion, which converts every
 * lane to an integer, and an unclamped one beyond int32 raises FE_INVALID
 * (GCC 12 for AArch64 did). */
static inline float to_int_range(float x, float s, float lo, float hi)
{
    float p = x * s;
    if (isnan(p))
        return 0.0f;
    return rintf(p < lo ? lo : p > hi ? hi : p);
}

void vmath_scalar_f32_to_i8(int8_t *y, const float *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (int8_t)to_int_range(x[i], s, -128.0f, 127.0f);
}

void vmath_scalar_f32_to_u8(uint8_t *y, const float *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (uint8_t)to_int_range(x[i], s, 0.0f, 255.0f);
}

void vmath_scalar_f32_to_i16(int16_t *y, const float *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = (int16_t)to_int_range(x[i], s, -32768.0f, 32767.0f);
}

void vmath_scalar_f32_to_i32(int32_t *y, const float *x, float s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        /* 2^31 - 1 is not a float: the product is compared with 2^31, and
         * clamped below it for the conversion */
        float p = to_int_range(x[i], s, -0x1p31f, 0x1.fffffep30f);
        y[i] = x[i] * s >= 0x1p31f ? INT32_MAX : (int32_t)p;
    }
}
