/* CPU feature detection (CPUID + XGETBV on x86-64; AArch64 has NEON as baseline). */
#include <string.h>

#include "cpu.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

static uint64_t xgetbv0(void)
{
    uint32_t lo, hi;
    /* xgetbv with ecx = 0 reads XCR0; encoded as bytes for old assemblers. */
    __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

void vmath_cpu_detect(vmath_cpu_info *info)
{
    unsigned a, b, c, d, max_leaf;
    memset(info, 0, sizeof *info);
    if (!__get_cpuid(0, &max_leaf, &b, &c, &d))
        return;
    memcpy(info->vendor + 0, &b, 4);
    memcpy(info->vendor + 4, &d, 4);
    memcpy(info->vendor + 8, &c, 4);

    __get_cpuid(1, &a, &b, &c, &d);
    unsigned f = 0;
    if (c & (1u << 19)) f |= VMATH_CPU_SSE41;
    if (c & (1u << 28)) f |= VMATH_CPU_AVX;
    if (c & (1u << 12)) f |= VMATH_CPU_FMA;
    if (c & (1u << 29)) f |= VMATH_CPU_F16C;
    int osxsave = (c >> 27) & 1;

    if (max_leaf >= 7) {
        __cpuid_count(7, 0, a, b, c, d);
        unsigned leaf7_max_sub = a;
        if (b & (1u << 5)) f |= VMATH_CPU_AVX2;
        if (b & (1u << 16)) f |= VMATH_CPU_AVX512F;
        if (b & (1u << 17)) f |= VMATH_CPU_AVX512DQ;
        if (b & (1u << 28)) f |= VMATH_CPU_AVX512CD;
        if (b & (1u << 30)) f |= VMATH_CPU_AVX512BW;
        if (b & (1u << 31)) f |= VMATH_CPU_AVX512VL;
        if (leaf7_max_sub >= 1) {
            __cpuid_count(7, 1, a, b, c, d);
            if (a & (1u << 5)) f |= VMATH_CPU_AVX512BF16;
        }
    }
    if (osxsave) {
        uint64_t xcr0 = xgetbv0();
        if ((xcr0 & 0x6) == 0x6)
            f |= VMATH_CPU_OS_YMM;
        if ((xcr0 & 0xe6) == 0xe6)
            f |= VMATH_CPU_OS_ZMM;
    }
    info->flags = f;

    unsigned ext_max = 0;
    __get_cpuid(0x80000000u, &ext_max, &b, &c, &d);
    if (ext_max >= 0x80000004u) {
        unsigned regs[12];
        for (unsigned i = 0; i < 3; i++)
            __get_cpuid(0x80000002u + i, &regs[4 * i], &regs[4 * i + 1], &regs[4 * i + 2], &regs[4 * i + 3]);
        memcpy(info->model, regs, 48);
        info->model[48] = 0;
    }
}

#else

void vmath_cpu_detect(vmath_cpu_info *info)
{
    memset(info, 0, sizeof *info);
#if defined(__aarch64__)
    strcpy(info->vendor, "arm");
    info->flags = VMATH_CPU_NEON;  /* Advanced SIMD is mandatory in AArch64 */
#else
    strcpy(info->vendor, "unknown");
#endif
}

#endif

const char *vmath_cpu_feature_name(unsigned bit_index)
{
    static const char *const names[VMATH_CPU_FEATURE_COUNT] = {
        "sse4.1", "avx", "avx2", "fma", "f16c", "avx512f", "avx512cd", "avx512bw",
        "avx512dq", "avx512vl", "avx512bf16", "os-ymm-state", "os-zmm-state", "neon",
    };
    return bit_index < VMATH_CPU_FEATURE_COUNT ? names[bit_index] : NULL;
}

int vmath_cpu_supports(const vmath_cpu_info *info, vmath_isa isa)
{
    const unsigned avx2 = VMATH_CPU_AVX | VMATH_CPU_AVX2 | VMATH_CPU_FMA | VMATH_CPU_F16C | VMATH_CPU_OS_YMM;
    const unsigned avx512 = avx2 | VMATH_CPU_AVX512F | VMATH_CPU_AVX512CD | VMATH_CPU_AVX512BW |
                            VMATH_CPU_AVX512DQ | VMATH_CPU_AVX512VL | VMATH_CPU_OS_ZMM;
    unsigned need;
    switch (isa) {
    case VMATH_ISA_SCALAR: return 1;
    case VMATH_ISA_SSE41: need = VMATH_CPU_SSE41; break;
    case VMATH_ISA_AVX2: need = VMATH_CPU_SSE41 | avx2; break;
    case VMATH_ISA_AVX512: need = VMATH_CPU_SSE41 | avx512; break;
    case VMATH_ISA_NEON: need = VMATH_CPU_NEON; break;
    default: return 0;
    }
    return (info->flags & need) == need;
}
