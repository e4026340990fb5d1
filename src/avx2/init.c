/* The avx2 table: each family file overrides the operations it implements. */
#include "../kernels.h"

VMATH_INTERNAL void vmath_init_avx2_arith(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2_convert(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2_complex(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2_reduce(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2_exp_log(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2_hyper(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx2_invtrig(vmath_kernels *k);

void vmath_init_avx2(vmath_kernels *k)
{
    vmath_init_avx2_arith(k);
    vmath_init_avx2_convert(k);
    vmath_init_avx2_complex(k);
    vmath_init_avx2_reduce(k);
    vmath_init_avx2_exp_log(k);
    vmath_init_avx2_hyper(k);
    vmath_init_avx2_invtrig(k);
}
