/*
 * The vmath command: what runs on this machine, and whether it is correct.
 *
 *   vmath info            version, CPU, features, active ISA, kernel per operation
 *   vmath list            the operations, one per line
 *   vmath verify [OP...]  every kernel of every available ISA against the
 *                         scalar reference (the test suite's checks); exit 0
 *                         only if all pass
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cpu.h"
#include "vmath.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: vmath <command> [arguments]\n"
            "\n"
            "commands:\n"
            "  info              version, CPU, detected features, active ISA, and which\n"
            "                    ISA's kernel runs for each operation\n"
            "  list              list the operations\n"
            "  verify [OP...]    check every kernel of every ISA available here against\n"
            "                    the scalar reference (all operations if none named);\n"
            "                    exit status 0 only if all pass\n"
            "\n"
            "options:\n"
            "  -h, --help        this text\n"
            "  -V, --version     print the version\n"
            "\n"
            "environment:\n"
            "  VMATH_ISA=NAME    cap the default ISA (scalar, sse4.1, avx2, avx512, neon)\n"
            "  VMATH_TEST_SEED=N seed for verify's random inputs (replays a failure)\n");
}

/* The kernel of an operation in a table: op's, or (op NULL) sincos_f32 or
 * sincos_f64 (f64), the two operations with two outputs, which are not in
 * the op table (vmath_ops) and go by these names: */
static const char *const sincos_names[2] = {"sincos_f32", "sincos_f64"};

static vmath_fn kernel_in(const vmath_kernels *k, const vmath_op *op, int f64)
{
    if (op)
        return vmath_op_kernel(k, op);
    return f64 ? (vmath_fn)k->sincos_f64 : (vmath_fn)k->sincos_f32;
}

/* The ISA whose kernel runs when `isa` is active: walk up the parents
 * while the kernel is inherited. */
static vmath_isa kernel_owner(const vmath_op *op, int f64, vmath_isa isa)
{
    vmath_fn fn = kernel_in(vmath_kernels_of(isa), op, f64);
    for (;;) {
        vmath_isa parent = vmath_isa_parent(isa);
        if (parent == VMATH_ISA_COUNT || kernel_in(vmath_kernels_of(parent), op, f64) != fn)
            return isa;
        isa = parent;
    }
}

static int cmd_info(void)
{
    vmath_cpu_info cpu;
    vmath_cpu_detect(&cpu);
    printf("vmath %s\n", vmath_version());
    printf("cpu: %s%s%s\n", cpu.vendor, cpu.model[0] ? " " : "", cpu.model);
    printf("features:");
    for (unsigned i = 0; i < VMATH_CPU_FEATURE_COUNT; i++)
        if (cpu.flags & (1u << i))
            printf(" %s", vmath_cpu_feature_name(i));
    printf("\n");
    printf("isa:");
    for (int i = 0; i < VMATH_ISA_COUNT; i++) {
        int a = vmath_isa_available((vmath_isa)i);
        printf(" %s(%s)", vmath_isa_name((vmath_isa)i), a == 1 ? "native" : a == 2 ? "emulated" : "unavailable");
    }
    printf("\n");
    vmath_isa active = vmath_isa_active(), cap = vmath_isa_cap();
    printf("active: %s (VMATH_ISA cap: %s)\n", vmath_isa_name(active),
           cap == VMATH_ISA_COUNT ? "none" : vmath_isa_name(cap));
    printf("kernels:\n");
    for (size_t i = 0; i < vmath_op_count; i++)
        printf("  %-16s %s\n", vmath_ops[i].name, vmath_isa_name(kernel_owner(&vmath_ops[i], 0, active)));
    for (int f64 = 0; f64 < 2; f64++)
        printf("  %-16s %s\n", sincos_names[f64], vmath_isa_name(kernel_owner(NULL, f64, active)));
    return 0;
}

static int cmd_list(void)
{
    for (size_t i = 0; i < vmath_op_count; i++)
        printf("%s\n", vmath_ops[i].name);
    for (int f64 = 0; f64 < 2; f64++)
        printf("%s\n", sincos_names[f64]);
    return 0;
}

static void report(vt_status st, const char *name, const char *what, const char *msg, int *pass, int *fail)
{
    switch (st) {
    case VT_PASS: printf("PASS %-16s %s\n", name, what); (*pass)++; break;
    case VT_FAIL: printf("FAIL %-16s %s\n  %s\n", name, what, msg); (*fail)++; break;
    case VT_SKIP:
    case VT_INHERITED: printf("skip %-16s %s: %s\n", name, what, msg); break;
    }
    fflush(stdout);
}

static void verify_op(const vmath_op *op, int *pass, int *fail)
{
    char msg[1024];
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        vt_status st = isa == VMATH_ISA_SCALAR ? vt_check_entry_point(op, msg, sizeof msg)
                                               : vt_check_kernel(op, (vmath_isa)isa, msg, sizeof msg);
        report(st, op->name, isa == VMATH_ISA_SCALAR ? "entry-point" : vmath_isa_name((vmath_isa)isa), msg, pass, fail);
    }
}

static void verify_sincos(int f64, int *pass, int *fail)
{
    char msg[1024];
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++)
        report(vt_check_sincos(f64, (vmath_isa)isa, msg, sizeof msg), sincos_names[f64],
               vmath_isa_name((vmath_isa)isa), msg, pass, fail);
}

static int cmd_verify(int argc, char **argv)
{
    int pass = 0, fail = 0;
    printf("vmath %s verify, seed 0x%llx, active %s\n", vmath_version(), (unsigned long long)vt_seed(),
           vmath_isa_name(vmath_isa_active()));
    if (argc == 0) {
        for (size_t i = 0; i < vmath_op_count; i++)
            verify_op(&vmath_ops[i], &pass, &fail);
        for (int f64 = 0; f64 < 2; f64++)
            verify_sincos(f64, &pass, &fail);
    }
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], sincos_names[0]) == 0 || strcmp(argv[i], sincos_names[1]) == 0) {
            verify_sincos(strcmp(argv[i], sincos_names[1]) == 0, &pass, &fail);
            continue;
        }
        const vmath_op *op = vmath_op_find(argv[i]);
        if (op == NULL) {
            fprintf(stderr, "vmath: unknown operation '%s' (see 'vmath list')\n", argv[i]);
            return 2;
        }
        verify_op(op, &pass, &fail);
    }
    printf("%d passed, %d failed\n", pass, fail);
    return fail ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("vmath %s\n", vmath_version());
        return 0;
    }
    if (strcmp(cmd, "info") == 0 && argc == 2)
        return cmd_info();
    if (strcmp(cmd, "list") == 0 && argc == 2)
        return cmd_list();
    if (strcmp(cmd, "verify") == 0)
        return cmd_verify(argc - 2, argv + 2);
    if (strcmp(cmd, "info") == 0 || strcmp(cmd, "list") == 0)
        fprintf(stderr, "vmath: '%s' takes no arguments\n", cmd);
    else
        fprintf(stderr, "vmath: unknown command '%s' (try 'vmath --help')\n", cmd);
    return 2;
}
