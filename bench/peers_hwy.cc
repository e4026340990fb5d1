/*
 * Highway 1.0.3 (Debian libhwy-dev) peers for the math functions of
 * hwy/contrib/math/math-inl.h, f32, wrapped in vmath's array signature.
 * Static dispatch to one fixed target per build: this file is compiled
 * twice (bench/CMakeLists.txt), with the AVX-512 flags (HWY_AVX3, lists
 * hwy_kernels, peer "hwy") and with the AVX2 + FMA flags and
 * VMATH_HWY_AVX2 (HWY_AVX2, lists hwy_kernels_avx2, peer "hwy-avx2"), both
 * with HWY_COMPILE_ONLY_STATIC; the static_asserts below check the target.
 * bench.cpp calls them only when the CPU has the target's features
 * (hwy_available*). Highway's documented bound for these: within a few ULP
 * (its tests allow 1-4 ULP per function, more for some ranges); no special-
 * value guarantees beyond what the code does.
 * Highway 1.0.3 has no exp2 tan atan2 erf cosh cbrt pow hypot (and vmath
 * has no acosh asinh atanh), so only these 13 functions are listed.
 */
#ifndef HWY_COMPILE_ONLY_STATIC
#define HWY_COMPILE_ONLY_STATIC 1
#endif
#include <cpuid.h>
#include <stddef.h>

#include <hwy/highway.h>
#include <hwy/contrib/math/math-inl.h>

#include "baselines.h"

#ifdef VMATH_HWY_AVX2
static_assert(HWY_TARGET == HWY_AVX2, "build with the AVX2 + FMA flags (bench/CMakeLists.txt)");
#define LIST(name) name##_avx2
#define AVAILABLE hwy_available_avx2
#else
static_assert(HWY_TARGET == HWY_AVX3, "build with the AVX-512 F/BW/DQ/VL flags (bench/CMakeLists.txt)");
#define LIST(name) name
#define AVAILABLE hwy_available
#endif

namespace hn = hwy::HWY_NAMESPACE;

namespace {

using D = hn::ScalableTag<float>;
using V = hn::Vec<D>;

// y[i] = F(x[i]): full vectors, then one masked vector for the n % lanes
// tail (masked load zeroes, masked store writes only the first n % lanes).
template <class F>
HWY_INLINE void map(float *HWY_RESTRICT y, const float *HWY_RESTRICT x, size_t n, F f)
{
    const D d;
    const size_t N = hn::Lanes(d);
    size_t i = 0;
    for (; i + N <= n; i += N)
        hn::StoreU(f(d, hn::LoadU(d, x + i)), d, y + i);
    if (i < n) {
        const auto m = hn::FirstN(d, n - i);
        hn::BlendedStore(f(d, hn::MaskedLoad(m, d, x + i)), m, d, y + i);
    }
}

#define HWY_PEER(op, Fn)                                                              \
    void hwy_##op##_f32(float *y, const float *x, size_t n)                           \
    {                                                                                 \
        map(y, x, n, [](const D d, V v) HWY_ATTR { return hn::Fn(d, v); });           \
    }

HWY_PEER(exp, Exp)
HWY_PEER(expm1, Expm1)
HWY_PEER(log, Log)
HWY_PEER(log2, Log2)
HWY_PEER(log10, Log10)
HWY_PEER(log1p, Log1p)
HWY_PEER(sin, Sin)
HWY_PEER(cos, Cos)
HWY_PEER(asin, Asin)
HWY_PEER(acos, Acos)
HWY_PEER(atan, Atan)
HWY_PEER(sinh, Sinh)
HWY_PEER(tanh, Tanh)

}  // namespace

extern "C" {

const baseline LIST(hwy_kernels)[] = {
    {"exp_f32", (vmath_fn)hwy_exp_f32},     {"expm1_f32", (vmath_fn)hwy_expm1_f32},
    {"log_f32", (vmath_fn)hwy_log_f32},     {"log2_f32", (vmath_fn)hwy_log2_f32},
    {"log10_f32", (vmath_fn)hwy_log10_f32}, {"log1p_f32", (vmath_fn)hwy_log1p_f32},
    {"sin_f32", (vmath_fn)hwy_sin_f32},     {"cos_f32", (vmath_fn)hwy_cos_f32},
    {"asin_f32", (vmath_fn)hwy_asin_f32},   {"acos_f32", (vmath_fn)hwy_acos_f32},
    {"atan_f32", (vmath_fn)hwy_atan_f32},   {"sinh_f32", (vmath_fn)hwy_sinh_f32},
    {"tanh_f32", (vmath_fn)hwy_tanh_f32},
    {NULL, NULL},
};

/* F16C from CPUID leaf 1 (ECX bit 29): clang 14's __builtin_cpu_supports
 * does not know "f16c" (a compile error); the AVX2 test covers the OS's
 * saving of the YMM state */
static int has_f16c(void)
{
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_F16C);
}

int AVAILABLE(void)
{
#ifdef VMATH_HWY_AVX2
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi2") &&
           has_f16c() && __builtin_cpu_supports("aes") && __builtin_cpu_supports("pclmul");
#else
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") &&
           __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi2") &&
           has_f16c() && __builtin_cpu_supports("aes") && __builtin_cpu_supports("pclmul");
#endif
}

}  // extern "C"
