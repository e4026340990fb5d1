/* CPU feature detection: what the CPU has and what the OS lets us use. */
#ifndef VMATH_CPU_H
#define VMATH_CPU_H

#include "kernels.h"

/* Feature bits, in the order of vmath_cpu_feature_name(). */
enum {
    VMATH_CPU_SSE41 = 1u << 0,
    VMATH_CPU_AVX = 1u << 1,
    VMATH_CPU_AVX2 = 1u << 2,
    VMATH_CPU_FMA = 1u << 3,
    VMATH_CPU_F16C = 1u << 4,
    VMATH_CPU_AVX512F = 1u << 5,
    VMATH_CPU_AVX512CD = 1u << 6,
    VMATH_CPU_AVX512BW = 1u << 7,
    VMATH_CPU_AVX512DQ = 1u << 8,
    VMATH_CPU_AVX512VL = 1u << 9,
    VMATH_CPU_AVX512BF16 = 1u << 10,
    VMATH_CPU_OS_YMM = 1u << 11,  /* XCR0 enables the SSE and AVX state */
    VMATH_CPU_OS_ZMM = 1u << 12,  /* XCR0 also enables opmask and ZMM state */
    VMATH_CPU_NEON = 1u << 13,
    VMATH_CPU_FEATURE_COUNT = 14
};

typedef struct vmath_cpu_info {
    char vendor[16];  /* "GenuineIntel", "AuthenticAMD", "arm", ... */
    char model[64];   /* CPUID brand string, or "" */
    unsigned flags;   /* VMATH_CPU_* */
} vmath_cpu_info;

VMATH_INTERNAL void vmath_cpu_detect(vmath_cpu_info *info);
VMATH_INTERNAL const char *vmath_cpu_feature_name(unsigned bit_index);

/* 1 if the CPU and OS can run this ISA's kernels natively. */
VMATH_INTERNAL int vmath_cpu_supports(const vmath_cpu_info *info, vmath_isa isa);

#endif
