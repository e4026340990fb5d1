/* The sse41 table: each family file overrides the operations it implements. */
#include "../kernels.h"

VMATH_INTERNAL void vmath_init_sse41_arith(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41_reduce(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41_exp_log(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41_hyper(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41_invtrig(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41_convert(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_sse41_complex(vmath_kernels *k);

void vmath_init_sse41(vmath_kernels *k)
{
    vmath_init_sse41_arith(k);
    vmath_init_sse41_reduce(k);
    vmath_init_sse41_exp_log(k);
    vmath_init_sse41_hyper(k);
    vmath_init_sse41_invtrig(k);
    vmath_init_sse41_convert(k);
    vmath_init_sse41_complex(k);
}
