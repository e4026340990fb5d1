/*
 * SLEEF 3.5 (Debian libsleef-dev) peers for the math functions, AVX-512
 * 16-lane f32 entry points wrapped in vmath's array signature. sleef.h
 * declares them only under __AVX512F__, so this file alone is built with
 * -mavx512f (bench/CMakeLists.txt); bench.cpp calls them only when the CPU
 * has AVX-512 (sleef_available).
 * u10: within 1.0 ULP (SLEEF's documented bound); u35: within 3.5 ULP
 * (pow and erf have u10 only; hypot is listed as u05 and u35).
 */
#include <immintrin.h>
#include <string.h>

#include <sleef.h>

#include "baselines.h"

typedef __m512 (*vec16)(__m512);
typedef __m512 (*vec16_2)(__m512, __m512);

static inline __attribute__((always_inline)) void map16(float *y, const float *x, size_t n, vec16 f)
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        _mm512_storeu_ps(y + i, f(_mm512_loadu_ps(x + i)));
    if (i < n) {
        float buf[16] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        _mm512_storeu_ps(buf, f(_mm512_loadu_ps(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* y = f(a, b): pow, hypot, atan2 */
static inline __attribute__((always_inline)) void map16_2(float *y, const float *a, const float *b, size_t n,
                                                          vec16_2 f)
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        _mm512_storeu_ps(y + i, f(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i)));
    if (i < n) {
        float ba[16] = {0}, bb[16] = {0};
        memcpy(ba, a + i, (n - i) * sizeof *a);
        memcpy(bb, b + i, (n - i) * sizeof *b);
        _mm512_storeu_ps(ba, f(_mm512_loadu_ps(ba), _mm512_loadu_ps(bb)));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

static void sleef_exp_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_expf16_u10); }
static void sleef_exp2_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_exp2f16_u10); }
static void sleef_expm1_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_expm1f16_u10); }
static void sleef_log_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_logf16_u10); }
static void sleef_log2_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_log2f16_u10); }
static void sleef_log10_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_log10f16_u10); }
static void sleef_log1p_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_log1pf16_u10); }
static void sleef_sin_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_sinf16_u10); }
static void sleef_cos_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_cosf16_u10); }
static void sleef_tan_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_tanf16_u10); }
static void sleef_sinh_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_sinhf16_u10); }
static void sleef_cosh_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_coshf16_u10); }
static void sleef_tanh_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_tanhf16_u10); }
static void sleef_cbrt_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_cbrtf16_u10); }
static void sleef_pow_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, Sleef_powf16_u10); }
/* hypot: u05 is SLEEF's most accurate variant (0.5001 ULP) */
static void sleef_hypot_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, Sleef_hypotf16_u05); }
static void sleef_asin_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_asinf16_u10); }
static void sleef_acos_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_acosf16_u10); }
static void sleef_atan_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_atanf16_u10); }
static void sleef_atan2_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, Sleef_atan2f16_u10); }
static void sleef_erf_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_erff16_u10); }
static void sleef_asin_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_asinf16_u35); }
static void sleef_acos_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_acosf16_u35); }
static void sleef_atan_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_atanf16_u35); }
static void sleef_atan2_u35_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, Sleef_atan2f16_u35); }
static void sleef_sin_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_sinf16_u35); }
static void sleef_cos_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_cosf16_u35); }
static void sleef_log_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_logf16_u35); }
static void sleef_sinh_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_sinhf16_u35); }
static void sleef_cosh_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_coshf16_u35); }
static void sleef_tanh_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_tanhf16_u35); }
static void sleef_cbrt_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, Sleef_cbrtf16_u35); }
static void sleef_hypot_u35_f32(float *y, const float *a, const float *b, size_t n)
{
    map16_2(y, a, b, n, Sleef_hypotf16_u35);
}

const baseline sleef_kernels[] = {
    {"exp_f32", (vmath_fn)sleef_exp_f32},     {"exp2_f32", (vmath_fn)sleef_exp2_f32},
    {"expm1_f32", (vmath_fn)sleef_expm1_f32}, {"log_f32", (vmath_fn)sleef_log_f32},
    {"log2_f32", (vmath_fn)sleef_log2_f32},   {"log10_f32", (vmath_fn)sleef_log10_f32},
    {"log1p_f32", (vmath_fn)sleef_log1p_f32}, {"sin_f32", (vmath_fn)sleef_sin_f32},
    {"cos_f32", (vmath_fn)sleef_cos_f32},     {"tan_f32", (vmath_fn)sleef_tan_f32},
    {"sinh_f32", (vmath_fn)sleef_sinh_f32},   {"cosh_f32", (vmath_fn)sleef_cosh_f32},
    {"tanh_f32", (vmath_fn)sleef_tanh_f32},   {"cbrt_f32", (vmath_fn)sleef_cbrt_f32},
    {"pow_f32", (vmath_fn)sleef_pow_f32},     {"hypot_f32", (vmath_fn)sleef_hypot_f32},
    {"asin_f32", (vmath_fn)sleef_asin_f32},   {"acos_f32", (vmath_fn)sleef_acos_f32},
    {"atan_f32", (vmath_fn)sleef_atan_f32},   {"atan2_f32", (vmath_fn)sleef_atan2_f32},
    {"erf_f32", (vmath_fn)sleef_erf_f32},
    {NULL, NULL},
};
const baseline sleef_u35_kernels[] = {
    {"log_f32", (vmath_fn)sleef_log_u35_f32},
    {"sin_f32", (vmath_fn)sleef_sin_u35_f32},
    {"cos_f32", (vmath_fn)sleef_cos_u35_f32},
    {"sinh_f32", (vmath_fn)sleef_sinh_u35_f32},
    {"cosh_f32", (vmath_fn)sleef_cosh_u35_f32},
    {"tanh_f32", (vmath_fn)sleef_tanh_u35_f32},
    {"cbrt_f32", (vmath_fn)sleef_cbrt_u35_f32},
    {"hypot_f32", (vmath_fn)sleef_hypot_u35_f32},
    {"asin_f32", (vmath_fn)sleef_asin_u35_f32},
    {"acos_f32", (vmath_fn)sleef_acos_u35_f32},
    {"atan_f32", (vmath_fn)sleef_atan_u35_f32},
    {"atan2_f32", (vmath_fn)sleef_atan2_u35_f32},
    {NULL, NULL},
};

int sleef_available(void)
{
    return __builtin_cpu_supports("avx512f");
}
