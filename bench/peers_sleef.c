/*
 * SLEEF 3.5 (Debian libsleef-dev) peers for the math functions, AVX-512
 * 16-lane f32 entry points wrapped in vmath's array signature. sleef.h
 * declares them only under __AVX512F__, so this file alone is built with
 * -mavx512f (bench/CMakeLists.txt); bench.cpp calls them only when the CPU
 * has AVX-512 (sleef_available). Built a second time with -mavx2 -mfma and
 * VMATH_SLEEF_AVX2: the 8-lane functions, lists named *_avx2, the peers of
 * vmath's avx2 kernels.
 * u10: within 1.0 ULP (SLEEF's documented bound); u35: within 3.5 ULP
 * (every u35 variant SLEEF 3.5 has for these functions; the "fast" u3500
 * sin/cos/pow, 350 ULP, are not peers; hypot is listed as u05 and u35).
 */
#include <immintrin.h>
#include <string.h>

#include <sleef.h>

/* Debian's sleef.h 3.5.1 declares every function with a const-qualified
 * return type (its CONST macro); clang, unlike GCC, then calls the
 * functions' types incompatible with vec (*)(vec). C17 drops qualifiers of
 * return types, so the call through the pointer is well defined. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-function-pointer-types"
#endif

#include "baselines.h"

#ifdef VMATH_SLEEF_AVX2
#define W 8
typedef __m256 vec;
#define LOAD _mm256_loadu_ps
#define STORE _mm256_storeu_ps
#define SLEEF(f, u) Sleef_##f##8_##u  /* SLEEF's dispatcher: its best 8-lane version (AVX2) */
#define LIST(name) name##_avx2
typedef __m256d vecd;
#define LOADD _mm256_loadu_pd
#define STORED _mm256_storeu_pd
#define SLEEFD(f, u) Sleef_##f##4_##u
#define AVAILABLE sleef_available_avx2
#define CPU_FEATURE "avx2"
#else
#define W 16
typedef __m512 vec;
#define LOAD _mm512_loadu_ps
#define STORE _mm512_storeu_ps
#define SLEEF(f, u) Sleef_##f##16_##u
#define LIST(name) name
typedef __m512d vecd;
#define LOADD _mm512_loadu_pd
#define STORED _mm512_storeu_pd
#define SLEEFD(f, u) Sleef_##f##8_##u
#define AVAILABLE sleef_available
#define CPU_FEATURE "avx512f"
#endif
typedef vec (*vec16)(vec);
typedef vec (*vec16_2)(vec, vec);

static inline __attribute__((always_inline)) void map16(float *y, const float *x, size_t n, vec16 f)
{
    size_t i = 0;
    for (; i + W <= n; i += W)
        STORE(y + i, f(LOAD(x + i)));
    if (i < n) {
        float buf[W] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        STORE(buf, f(LOAD(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* the same for doubles (W / 2 lanes) */
static inline __attribute__((always_inline)) void map8d(double *y, const double *x, size_t n, vecd (*f)(vecd))
{
    size_t i = 0;
    for (; i + W / 2 <= n; i += W / 2)
        STORED(y + i, f(LOADD(x + i)));
    if (i < n) {
        double buf[W / 2] = {0};
        memcpy(buf, x + i, (n - i) * sizeof *x);
        STORED(buf, f(LOADD(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* the same for doubles */
static inline __attribute__((always_inline)) void map8d_2(double *y, const double *a, const double *b, size_t n,
                                                          vecd (*f)(vecd, vecd))
{
    size_t i = 0;
    for (; i + W / 2 <= n; i += W / 2)
        STORED(y + i, f(LOADD(a + i), LOADD(b + i)));
    if (i < n) {
        double ba[W / 2] = {0}, bb[W / 2] = {0};
        memcpy(ba, a + i, (n - i) * sizeof *a);
        memcpy(bb, b + i, (n - i) * sizeof *b);
        STORED(ba, f(LOADD(ba), LOADD(bb)));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

/* y = f(a, b): pow, hypot, atan2 */
static inline __attribute__((always_inline)) void map16_2(float *y, const float *a, const float *b, size_t n,
                                                          vec16_2 f)
{
    size_t i = 0;
    for (; i + W <= n; i += W)
        STORE(y + i, f(LOAD(a + i), LOAD(b + i)));
    if (i < n) {
        float ba[W] = {0}, bb[W] = {0};
        memcpy(ba, a + i, (n - i) * sizeof *a);
        memcpy(bb, b + i, (n - i) * sizeof *b);
        STORE(ba, f(LOAD(ba), LOAD(bb)));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

static void sleef_exp_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(expf, u10)); }
static void sleef_exp2_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(exp2f, u10)); }
static void sleef_expm1_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(expm1f, u10)); }
static void sleef_log_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(logf, u10)); }
static void sleef_log2_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(log2f, u10)); }
static void sleef_log10_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(log10f, u10)); }
static void sleef_log1p_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(log1pf, u10)); }
static void sleef_sin_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(sinf, u10)); }
static void sleef_cos_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(cosf, u10)); }
static void sleef_tan_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(tanf, u10)); }
static void sleef_sinh_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(sinhf, u10)); }
static void sleef_cosh_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(coshf, u10)); }
static void sleef_tanh_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(tanhf, u10)); }
static void sleef_cbrt_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(cbrtf, u10)); }
static void sleef_pow_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, SLEEF(powf, u10)); }
/* hypot: u05 is SLEEF's most accurate variant (0.5001 ULP) */
static void sleef_hypot_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, SLEEF(hypotf, u05)); }
static void sleef_asin_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(asinf, u10)); }
static void sleef_acos_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(acosf, u10)); }
static void sleef_atan_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(atanf, u10)); }
static void sleef_atan2_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, SLEEF(atan2f, u10)); }
static void sleef_erf_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(erff, u10)); }
static void sleef_asin_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(asinf, u35)); }
static void sleef_acos_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(acosf, u35)); }
static void sleef_atan_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(atanf, u35)); }
static void sleef_atan2_u35_f32(float *y, const float *a, const float *b, size_t n) { map16_2(y, a, b, n, SLEEF(atan2f, u35)); }
static void sleef_sin_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(sinf, u35)); }
static void sleef_cos_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(cosf, u35)); }
static void sleef_log_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(logf, u35)); }
static void sleef_sinh_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(sinhf, u35)); }
static void sleef_cosh_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(coshf, u35)); }
static void sleef_tanh_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(tanhf, u35)); }
static void sleef_cbrt_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(cbrtf, u35)); }
static void sleef_hypot_u35_f32(float *y, const float *a, const float *b, size_t n)
{
    map16_2(y, a, b, n, SLEEF(hypotf, u35));
}
static void sleef_exp2_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(exp2f, u35)); }
static void sleef_log2_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(log2f, u35)); }
static void sleef_tan_u35_f32(float *y, const float *x, size_t n) { map16(y, x, n, SLEEF(tanf, u35)); }

/* sincos (bench.cpp's two-output benchmark): SLEEF returns both as a pair */
#ifdef VMATH_SLEEF_AVX2
typedef Sleef___m256_2 vec2;
#else
typedef Sleef___m512_2 vec2;
#endif
static inline __attribute__((always_inline)) void map16_sc(float *s, float *c, const float *x, size_t n, vec2 (*f)(vec))
{
    size_t i = 0;
    for (; i + W <= n; i += W) {
        vec2 r = f(LOAD(x + i));
        STORE(s + i, r.x);
        STORE(c + i, r.y);
    }
    if (i < n) {
        float bx[W] = {0}, bs[W], bc[W];
        memcpy(bx, x + i, (n - i) * sizeof *x);
        vec2 r = f(LOAD(bx));
        STORE(bs, r.x);
        STORE(bc, r.y);
        memcpy(s + i, bs, (n - i) * sizeof *s);
        memcpy(c + i, bc, (n - i) * sizeof *c);
    }
}
/* the same for doubles */
#ifdef VMATH_SLEEF_AVX2
typedef Sleef___m256d_2 vec2d;
#else
typedef Sleef___m512d_2 vec2d;
#endif
static inline __attribute__((always_inline)) void map8d_sc(double *s, double *c, const double *x, size_t n,
                                                           vec2d (*f)(vecd))
{
    size_t i = 0;
    for (; i + W / 2 <= n; i += W / 2) {
        vec2d r = f(LOADD(x + i));
        STORED(s + i, r.x);
        STORED(c + i, r.y);
    }
    if (i < n) {
        double bx[W / 2] = {0}, bs[W / 2], bc[W / 2];
        memcpy(bx, x + i, (n - i) * sizeof *x);
        vec2d r = f(LOADD(bx));
        STORED(bs, r.x);
        STORED(bc, r.y);
        memcpy(s + i, bs, (n - i) * sizeof *s);
        memcpy(c + i, bc, (n - i) * sizeof *c);
    }
}
static void sleef_exp_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(expd, u10)); }
static void sleef_log_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(logd, u10)); }
static void sleef_exp2_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(exp2d, u10)); }
static void sleef_log2_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(log2d, u10)); }
static void sleef_log10_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(log10d, u10)); }
static void sleef_log1p_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(log1pd, u10)); }
static void sleef_expm1_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(expm1d, u10)); }
static void sleef_sin_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(sind, u10)); }
static void sleef_cos_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(cosd, u10)); }
static void sleef_tan_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(tand, u10)); }
static void sleef_sinh_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(sinhd, u10)); }
static void sleef_cosh_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(coshd, u10)); }
static void sleef_tanh_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(tanhd, u10)); }
static void sleef_hypot_f64(double *y, const double *a, const double *b, size_t n) { map8d_2(y, a, b, n, SLEEFD(hypotd, u05)); }
static void sleef_atan_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(atand, u10)); }
static void sleef_atan2_f64(double *y, const double *a, const double *b, size_t n) { map8d_2(y, a, b, n, SLEEFD(atan2d, u10)); }
static void sleef_erf_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(erfd, u10)); }
static void sleef_pow_f64(double *y, const double *a, const double *b, size_t n) { map8d_2(y, a, b, n, SLEEFD(powd, u10)); }
static void sleef_asin_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(asind, u10)); }
static void sleef_acos_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(acosd, u10)); }
static void sleef_cbrt_f64(double *y, const double *x, size_t n) { map8d(y, x, n, SLEEFD(cbrtd, u10)); }
static void sleef_sincos_f64(double *s, double *c, const double *x, size_t n) { map8d_sc(s, c, x, n, SLEEFD(sincosd, u10)); }
static void sleef_sincos_f32(float *s, float *c, const float *x, size_t n) { map16_sc(s, c, x, n, SLEEF(sincosf, u10)); }
static void sleef_sincos_u35_f32(float *s, float *c, const float *x, size_t n) { map16_sc(s, c, x, n, SLEEF(sincosf, u35)); }

const baseline LIST(sleef_kernels)[] = {
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
    {"erf_f32", (vmath_fn)sleef_erf_f32},     {"sincos_f32", (vmath_fn)sleef_sincos_f32},
    {"exp_f64", (vmath_fn)sleef_exp_f64},     {"log_f64", (vmath_fn)sleef_log_f64},
    {"exp2_f64", (vmath_fn)sleef_exp2_f64},   {"log2_f64", (vmath_fn)sleef_log2_f64},
    {"log10_f64", (vmath_fn)sleef_log10_f64}, {"log1p_f64", (vmath_fn)sleef_log1p_f64},
    {"expm1_f64", (vmath_fn)sleef_expm1_f64}, {"sin_f64", (vmath_fn)sleef_sin_f64},
    {"cos_f64", (vmath_fn)sleef_cos_f64},     {"tan_f64", (vmath_fn)sleef_tan_f64},
    {"sincos_f64", (vmath_fn)sleef_sincos_f64}, {"sinh_f64", (vmath_fn)sleef_sinh_f64},
    {"cosh_f64", (vmath_fn)sleef_cosh_f64},   {"tanh_f64", (vmath_fn)sleef_tanh_f64},
    {"hypot_f64", (vmath_fn)sleef_hypot_f64},   {"atan_f64", (vmath_fn)sleef_atan_f64},
    {"atan2_f64", (vmath_fn)sleef_atan2_f64}, {"pow_f64", (vmath_fn)sleef_pow_f64},
    {"erf_f64", (vmath_fn)sleef_erf_f64}, {"asin_f64", (vmath_fn)sleef_asin_f64},
    {"acos_f64", (vmath_fn)sleef_acos_f64},   {"cbrt_f64", (vmath_fn)sleef_cbrt_f64},
    {NULL, NULL},
};
const baseline LIST(sleef_u35_kernels)[] = {
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
    {"exp2_f32", (vmath_fn)sleef_exp2_u35_f32},
    {"log2_f32", (vmath_fn)sleef_log2_u35_f32},
    {"tan_f32", (vmath_fn)sleef_tan_u35_f32},
    {"sincos_f32", (vmath_fn)sleef_sincos_u35_f32},
    {NULL, NULL},
};

int AVAILABLE(void)
{
    return __builtin_cpu_supports(CPU_FEATURE);
}
