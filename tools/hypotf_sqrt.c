/*
 * Checks AVX-512's square root from FMAs (vmf_sqrt_fma, src/hyperf_impl.h)
 * over every float s >= 0: for s in [2^-98, 2^128) it must return the bits
 * of vsqrtps (sqrt(s) correctly rounded), for smaller s at most 2^-49 or
 * NaN, for +Inf NaN (hypot's fast path sends those lanes to its branch).
 * Prints the counts; exits 1 on any failure. Needs an AVX-512 machine; not
 * part of the build (run by hand, about 10 seconds):
 *   cc -O2 -march=x86-64-v4 -Iinclude -Isrc tools/hypotf_sqrt.c -o /tmp/hypotf_sqrt -lm && /tmp/hypotf_sqrt
 * tests/test_math_oracle.c (test_hypot_sqrt_paths) checks a sample of the
 * same on every build through the kernels.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "avx512/vd.h"
#include "avx512/vf.h"

#include "expf_impl.h"
#include "hyperf_impl.h"

int main(void)
{
    long wrong = 0, small_wrong = 0, checked = 0;
    uint32_t first = 0;
    for (uint64_t base = 0; base <= 0x7f800000u; base += 16) {
        uint32_t bits[16];
        for (int j = 0; j < 16; j++)
            bits[j] = (uint32_t)(base + (uint64_t)j);
        vf s, got, want;
        memcpy(&s, bits, sizeof s);
        got = vmf_sqrt_fma(s);
        want = vf_sqrt(s);
        float g[16], w[16];
        memcpy(g, &got, sizeof g);
        memcpy(w, &want, sizeof w);
        for (int j = 0; j < 16; j++) {
            if (bits[j] > 0x7f800000u)
                break; /* NaNs: not inputs of the fast path's square root */
            float x;
            memcpy(&x, &bits[j], 4);
            checked++;
            if (x >= 0x1p-98f && x < INFINITY) {
                if (memcmp(&g[j], &w[j], 4) != 0 && wrong++ == 0)
                    first = bits[j];
            } else if (!(g[j] <= 0x1p-49f || isnan(g[j])) || (x == INFINITY && !isnan(g[j]))) {
                if (small_wrong++ == 0)
                    printf("s = %a: %a, want at most 2^-49 or NaN\n", (double)x, (double)g[j]);
            }
        }
    }
    float f;
    memcpy(&f, &first, 4);
    printf("%ld floats s checked: %ld not rounded like vsqrtps in [2^-98, 2^128)", checked, wrong);
    if (wrong)
        printf(" (the first at s = %a)", (double)f);
    printf(", %ld outside it not sent to the branch\n", small_wrong);
    return wrong || small_wrong;
}
