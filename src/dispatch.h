/* Internal: the table the public entry points call through. */
#ifndef VMATH_DISPATCH_H
#define VMATH_DISPATCH_H

#include <stdatomic.h>

#include "kernels.h"

/* NULL until initialised; then the active ISA's table. */
extern VMATH_INTERNAL _Atomic(const vmath_kernels *) vmath_active_table;
VMATH_INTERNAL const vmath_kernels *vmath_dispatch_init(void);

/* The active table, initialising dispatch on first use (thread-safe). */
static inline const vmath_kernels *vmath_k(void)
{
    const vmath_kernels *k = atomic_load_explicit(&vmath_active_table, memory_order_acquire);
    if (__builtin_expect(k == NULL, 0))
        k = vmath_dispatch_init();
    return k;
}

#endif
