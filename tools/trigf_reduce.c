/*
 * Checks the argument reduction of src/trigf_impl.h over every f32 input
 * of its fast path: for 0 <= x < VMF_TRIG_MAX, rh + rl (vmf_trig_reduce, the
 * scalar reference's operations) against x - k pi/2 in long double (x - k C1
 * is exact there, pi/2 - C1 to 117 bits), and prints the largest error
 * relative to r. Not part of the build (run by hand, a few seconds):
 *   cc -O2 -Iinclude -Isrc tools/trigf_reduce.c -o /tmp/trigf_reduce -lm && /tmp/trigf_reduce
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "scalar/vd.h"
#include "scalar/vf.h"

#include "exp_log_impl.h"
#include "trig_impl.h"
#include "expf_impl.h"
#include "trigf_impl.h"

int main(void)
{
    /* pi/2 = PH + PL: PH its first 64 bits, PL the next 53 */
    const long double PH = 0xc90fdaa22168c234p-63L, PL = 0x1.898cc51701b84p-64L;
    const float top = VMF_TRIG_MAX;
    uint32_t end;
    memcpy(&end, &top, 4);
    double worst = 0, min_r = INFINITY;
    float worst_x = 0, min_r_x = 0;
    for (uint32_t i = 0; i < end; i++) {
        float x, rh, rl;
        memcpy(&x, &i, 4);
        float k = vmf_trig_reduce(x, VMF_TRIG_SHIFT, &rh, &rl) - VMF_TRIG_SHIFT;
        long double kl = k;
        long double r = ((long double)x - kl * VMF_TRIG_C1) - kl * (PH - VMF_TRIG_C1) - kl * PL;
        if (r == 0) { /* x = 0 */
            if (rh != 0 || rl != 0)
                worst = INFINITY;
            continue;
        }
        double err = (double)fabsl(((long double)rh + rl - r) / r);
        if (err > worst) {
            worst = err;
            worst_x = x;
        }
        if (k != 0 && fabsl(r) < min_r) {
            min_r = (double)fabsl(r);
            min_r_x = x;
        }
    }
    printf("0 <= x < %a: |rh + rl - r| / |r| <= 2^%.2f (at x = %a); smallest |r| for k != 0 2^%.2f (at x = %a)\n",
           (double)top, log2(worst), (double)worst_x, log2(min_r), (double)min_r_x);
    return worst < 0x1p-27 ? 0 : 1;
}
