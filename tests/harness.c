/* cmocka glue over check.c. */
#include "harness.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vmath.h"

typedef struct case_state {
    const vmath_op *op;
    vmath_isa isa;  /* VMATH_ISA_SCALAR: the public entry point */
} case_state;

static void run_case(void **state)
{
    const case_state *cs = *state;
    char msg[1024];
    vt_status st = cs->isa == VMATH_ISA_SCALAR ? vt_check_entry_point(cs->op, msg, sizeof msg)
                                               : vt_check_kernel(cs->op, cs->isa, msg, sizeof msg);
    switch (st) {
    case VT_PASS: break;
    case VT_FAIL: fail_msg("%s", msg); break;
    case VT_SKIP:
    case VT_INHERITED:
        print_message("[ SKIPPED  ] %s/%s: %s\n", cs->op->name, vmath_isa_name(cs->isa), msg);
        skip();
        break;
    }
}

int vt_run_family(const char *group, const char *family, const struct CMUnitTest *extra, size_t n_extra)
{
    size_t n_ops = 0;
    for (size_t i = 0; i < vmath_op_count; i++)
        n_ops += strcmp(vmath_ops[i].family, family) == 0;
    size_t n_cases = n_ops * VMATH_ISA_COUNT;
    struct CMUnitTest *tests = calloc(n_cases + n_extra, sizeof *tests);
    case_state *states = calloc(n_cases, sizeof *states);
    char(*names)[64] = calloc(n_cases, sizeof *names);
    if (!tests || !states || !names)
        return 1;

    size_t t = 0;
    for (size_t i = 0; i < vmath_op_count; i++) {
        const vmath_op *op = &vmath_ops[i];
        if (strcmp(op->family, family) != 0)
            continue;
        for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
            states[t] = (case_state){op, (vmath_isa)isa};
            snprintf(names[t], sizeof names[t], "%s/%s", op->name,
                     isa == VMATH_ISA_SCALAR ? "entry-point" : vmath_isa_name((vmath_isa)isa));
            tests[t] = (struct CMUnitTest){names[t], run_case, NULL, NULL, &states[t]};
            t++;
        }
    }
    for (size_t i = 0; i < n_extra; i++)
        tests[t++] = extra[i];

    printf("vmath %s, seed 0x%" PRIx64 " (replay with VMATH_TEST_SEED=0x%" PRIx64 ")\n", vmath_version(), vt_seed(),
           vt_seed());
    int failed = _cmocka_run_group_tests(group, tests, t, NULL, NULL);
    free(names);
    free(states);
    free(tests);
    return failed;
}
