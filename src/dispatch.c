/*
 * Runtime dispatch: the ISA table, one-time initialisation, and the public
 * dispatch functions.
 *
 * The ISA table below is the single source of truth for the ISAs: their
 * names, their place in the inheritance chain and their init function.
 * Detection (cpu.c), VMATH_ISA parsing, the tests, the benchmarks and the
 * vmath tool all iterate it through vmath_isa_name()/vmath_kernels_of().
 */
#define _GNU_SOURCE /* sysconf cache sizes */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <strings.h>
#include <unistd.h>

#include "cpu.h"
#include "dispatch.h"

#ifndef VMATH_VERSION_STRING
#define VMATH_VERSION_STRING "0.0.0"
#endif

enum arch { ARCH_ANY, ARCH_X86, ARCH_ARM64 };

#if defined(__x86_64__) || defined(__i386__)
#define THIS_ARCH ARCH_X86
#elif defined(__aarch64__)
#define THIS_ARCH ARCH_ARM64
#else
#define THIS_ARCH ARCH_ANY
#endif

/* The x86 kernels are built on x86, the NEON ones on AArch64 and x86 (or
 * either on request, emulated; see CMakeLists.txt). */
#if defined(VMATH_HAVE_X86)
#define X86_INIT(f) f
#else
#define X86_INIT(f) NULL
#endif
#if defined(VMATH_HAVE_NEON)
#define NEON_INIT(f) f
#else
#define NEON_INIT(f) NULL
#endif

static const struct isa_row {
    const char *name;
    vmath_isa parent;  /* the table this one starts from */
    enum arch arch;    /* where its kernels are native instructions */
    void (*init)(vmath_kernels *);  /* NULL: not built */
} isa_table[VMATH_ISA_COUNT] = {
    [VMATH_ISA_SCALAR] = {"scalar", VMATH_ISA_COUNT, ARCH_ANY, vmath_init_scalar},
    [VMATH_ISA_SSE41] = {"sse4.1", VMATH_ISA_SCALAR, ARCH_X86, X86_INIT(vmath_init_sse41)},
    [VMATH_ISA_AVX2] = {"avx2", VMATH_ISA_SSE41, ARCH_X86, X86_INIT(vmath_init_avx2)},
    [VMATH_ISA_AVX512] = {"avx512", VMATH_ISA_AVX2, ARCH_X86, X86_INIT(vmath_init_avx512)},
    [VMATH_ISA_NEON] = {"neon", VMATH_ISA_SCALAR, ARCH_ARM64, NEON_INIT(vmath_init_neon)},
};

static vmath_kernels tables[VMATH_ISA_COUNT];
static int available[VMATH_ISA_COUNT];
static vmath_isa cap = VMATH_ISA_COUNT;
static pthread_once_t once = PTHREAD_ONCE_INIT;

_Atomic(const vmath_kernels *) vmath_active_table;
size_t vmath_stream_bytes = SIZE_MAX;

/* Non-temporal stores pay when the arrays of one call are far larger than
 * the last-level cache: they skip reading the output's lines in before
 * overwriting them (measured on a 2-core AVX-512 VM: add_f32 at n = 16M
 * 1.5x faster), but cost a lot when the data would have stayed cached.
 * Threshold: one array of at least 1/8 of the last-level cache (a
 * three-array call then exceeds 3/8 of it, and other cores share it). */
static size_t stream_threshold(void)
{
    long llc = -1;
#if defined(_SC_LEVEL3_CACHE_SIZE)
    llc = sysconf(_SC_LEVEL3_CACHE_SIZE);
    if (llc <= 0)
        llc = sysconf(_SC_LEVEL2_CACHE_SIZE);
#endif
    if (llc <= 0)
        llc = 32L << 20;  /* unknown: assume a common 32 MiB */
    size_t t = (size_t)llc / 8;
    return t < (1u << 20) ? (1u << 20) : t;
}

static void init_once(void)
{
    vmath_cpu_info cpu;
    vmath_cpu_detect(&cpu);
    vmath_stream_bytes = stream_threshold();

    /* Parents precede children in enum order, so one pass builds every table. */
    for (int i = 0; i < VMATH_ISA_COUNT; i++) {
        const struct isa_row *row = &isa_table[i];
        /* Kernels of this architecture are native code and need the CPU's
         * support; those of another architecture were built through SIMDe
         * emulation and run anywhere. */
        if (row->init == NULL)
            available[i] = 0;
#if defined(VMATH_EMULATE_AVX512)
        else if (i == VMATH_ISA_AVX512) /* built for AVX2 (CMakeLists.txt) */
            available[i] = vmath_cpu_supports(&cpu, VMATH_ISA_AVX2) ? 2 : 0;
#endif
        else if (row->arch == ARCH_ANY || row->arch == THIS_ARCH)
            available[i] = vmath_cpu_supports(&cpu, (vmath_isa)i);
        else
            available[i] = 2;
        /* Only available tables are built: an ISA's init is compiled with its
         * flags and may itself use its instructions. */
        if (available[i]) {
            if (row->parent != VMATH_ISA_COUNT)
                tables[i] = tables[row->parent];
            row->init(&tables[i]);
        }
    }

    const char *env = getenv("VMATH_ISA");
    if (env != NULL && *env != '\0') {
        for (int i = 0; i < VMATH_ISA_COUNT; i++)
            if (strcasecmp(env, isa_table[i].name) == 0)
                cap = (vmath_isa)i;
        if (cap == VMATH_ISA_COUNT) {
            /* one line whatever the value holds: control bytes shown as '?',
             * long values cut */
            char shown[41];
            size_t len = 0;
            for (; env[len] != '\0' && len < sizeof shown - 1; len++)
                shown[len] = (env[len] >= ' ' && env[len] != 0x7f) ? env[len] : '?';
            shown[len] = '\0';
            fprintf(stderr, "vmath: ignoring unknown VMATH_ISA=%s%s\n", shown, env[len] ? "..." : "");
        }
    }

    /* Default: the best native ISA not above the cap. Emulated ISAs are never
     * chosen by default. */
    vmath_isa best = VMATH_ISA_SCALAR;
    for (int i = 0; i < VMATH_ISA_COUNT; i++)
        if (available[i] == 1 && (cap == VMATH_ISA_COUNT || i <= (int)cap))
            best = (vmath_isa)i;
    atomic_store_explicit(&vmath_active_table, &tables[best], memory_order_release);
}

const vmath_kernels *vmath_dispatch_init(void)
{
    pthread_once(&once, init_once);
    return atomic_load_explicit(&vmath_active_table, memory_order_acquire);
}

const char *vmath_version(void)
{
    return VMATH_VERSION_STRING;
}

const char *vmath_isa_name(vmath_isa isa)
{
    return (unsigned)isa < VMATH_ISA_COUNT ? isa_table[isa].name : NULL;
}

int vmath_isa_available(vmath_isa isa)
{
    if ((unsigned)isa >= VMATH_ISA_COUNT)
        return 0;
    vmath_dispatch_init();
    return available[isa];
}

vmath_isa vmath_isa_active(void)
{
    return (vmath_isa)(vmath_k() - tables);
}

int vmath_isa_set(vmath_isa isa)
{
    if (!vmath_isa_available(isa))
        return -1;
    atomic_store_explicit(&vmath_active_table, &tables[isa], memory_order_release);
    return 0;
}

const vmath_kernels *vmath_kernels_of(vmath_isa isa)
{
    return vmath_isa_available(isa) ? &tables[isa] : NULL;
}

vmath_isa vmath_isa_parent(vmath_isa isa)
{
    return (unsigned)isa < VMATH_ISA_COUNT ? isa_table[isa].parent : VMATH_ISA_COUNT;
}

vmath_isa vmath_isa_cap(void)
{
    vmath_dispatch_init();
    return cap;
}

void *vmath_malloc(size_t bytes)
{
    void *p = NULL;
    if (bytes == 0 || posix_memalign(&p, 64, bytes) != 0)
        return NULL;
    return p;
}

void vmath_free(void *p)
{
    free(p);
}
