/* The avx512 table: each family file overrides the operations it implements. */
#include "../kernels.h"

VMATH_INTERNAL void vmath_init_avx512_arith(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512_convert(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512_complex(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512_reduce(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512_exp_log(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512_hyper(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_avx512_invtrig(vmath_kernels *k);

void vmath_init_avx512(vmath_kernels *k)
{
    vmath_init_avx512_arith(k);
    vmath_init_avx512_convert(k);
    vmath_init_avx512_complex(k);
    vmath_init_avx512_reduce(k);
    vmath_init_avx512_exp_log(k);
    vmath_init_avx512_hyper(k);
    vmath_init_avx512_invtrig(k);
}
