/*
 * Baseline: the complex loops of plain_complex.h compiled
 * -O3 -march=native -ffast-math (bench/CMakeLists.txt): what a user gets who
 * gives up IEEE semantics for speed. The "plain-fastmath" implementation.
 */
#include "baselines.h"
#include "plain_complex.h"

const baseline plain_fast_loops[] = {
    PLAIN_COMPLEX_LOOPS
    {NULL, NULL},
};
