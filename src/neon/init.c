/* The neon table: each family file overrides the operations it implements. */
#include "../kernels.h"

VMATH_INTERNAL void vmath_init_neon_arith(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon_convert(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon_complex(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon_reduce(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon_exp_log(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon_hyper(vmath_kernels *k);
VMATH_INTERNAL void vmath_init_neon_invtrig(vmath_kernels *k);

void vmath_init_neon(vmath_kernels *k)
{
    vmath_init_neon_arith(k);
    vmath_init_neon_convert(k);
    vmath_init_neon_complex(k);
    vmath_init_neon_reduce(k);
    vmath_init_neon_exp_log(k);
    vmath_init_neon_hyper(k);
    vmath_init_neon_invtrig(k);
}
