/* cmocka glue over check.h: one cmocka test per (operation, ISA). */
#ifndef VMATH_TEST_HARNESS_H
#define VMATH_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "check.h"

/* Runs, as one cmocka group named `group`, for each operation of `family`:
 * one test of its public entry point and one per ISA other than scalar,
 * then the `extra` tests. Returns the number of failures. */
int vt_run_family(const char *group, const char *family, const struct CMUnitTest *extra, size_t n_extra);

#endif
