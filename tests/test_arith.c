/* Elementwise arithmetic: every ISA against the scalar reference, and the
 * scalar reference against the contract on hand-picked cases. */
#include <math.h>
#include <string.h>

#include "harness.h"
#include "vmath.h"

static int same_bits_f32(float a, float b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

/* The values API.md pins down, checked on the public functions under every
 * available ISA: IEEE 754-2019 min/max, clamp, rint ties, fused fma. */
static void test_contract_values(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        if (vmath_isa_set((vmath_isa)isa) != 0)
            continue;
        float a[5] = {-0.0f, 0.0f, NAN, 1.0f, 2.0f};
        float b[5] = {0.0f, -0.0f, 1.0f, NAN, 3.0f};
        float y[5];
        vmath_min_f32(y, a, b, 5);
        assert_true(same_bits_f32(y[0], -0.0f) && same_bits_f32(y[1], -0.0f));
        assert_true(isnan(y[2]) && isnan(y[3]) && y[4] == 2.0f);
        vmath_max_f32(y, a, b, 5);
        assert_true(same_bits_f32(y[0], 0.0f) && same_bits_f32(y[1], 0.0f));
        assert_true(isnan(y[2]) && isnan(y[3]) && y[4] == 3.0f);

        float x[5] = {-5.0f, 0.5f, NAN, 7.0f, -0.0f};
        vmath_clamp_f32(y, x, 0.0f, 1.0f, 5);
        assert_true(y[0] == 0.0f && y[1] == 0.5f && isnan(y[2]) && y[3] == 1.0f);
        assert_true(same_bits_f32(y[4], 0.0f));
        vmath_clamp_f32(y, x, 2.0f, 1.0f, 5); /* lo > hi gives hi */
        assert_true(y[0] == 1.0f && y[1] == 1.0f && y[3] == 1.0f);

        float r[5] = {0.5f, 1.5f, 2.5f, -0.5f, -2.5f};
        vmath_rint_f32(y, r, 5);
        assert_true(same_bits_f32(y[0], 0.0f) && y[1] == 2.0f && y[2] == 2.0f);
        assert_true(same_bits_f32(y[3], -0.0f) && y[4] == -2.0f);
        vmath_floor_f32(y, r, 5);
        assert_true(y[0] == 0.0f && y[3] == -1.0f && y[4] == -3.0f);
        vmath_ceil_f32(y, r, 5);
        assert_true(y[0] == 1.0f && same_bits_f32(y[3], -0.0f) && y[4] == -2.0f);
        vmath_trunc_f32(y, r, 5);
        assert_true(y[2] == 2.0f && y[4] == -2.0f);

        /* fused: (1 + 2^-23)(1 - 2^-23) - 1 = -2^-46 exactly; unfused gives 0 */
        float fa[1] = {1.0f + 0x1p-23f}, fb[1] = {1.0f - 0x1p-23f}, fc[1] = {-1.0f};
        vmath_fma_f32(y, fa, fb, fc, 1);
        assert_true(y[0] == -0x1p-46f);
        float ay[1] = {-1.0f};
        vmath_axpy_f32(ay, fa, 1.0f - 0x1p-23f, 1);
        assert_true(ay[0] == -0x1p-46f);

        double da[2] = {-0.0, NAN}, db[2] = {0.0, 1.0}, dy[2];
        vmath_min_f64(dy, da, db, 2);
        assert_true(signbit(dy[0]) && isnan(dy[1]));
        vmath_max_f64(dy, da, db, 2);
        assert_true(!signbit(dy[0]) && isnan(dy[1]));
        double dr[2] = {2.5, -3.5};
        vmath_rint_f64(dy, dr, 2);
        assert_true(dy[0] == 2.0 && dy[1] == -4.0);
    }
    assert_int_equal(vmath_isa_set(before), 0);
}

int main(void)
{
    const struct CMUnitTest extra[] = {
        cmocka_unit_test(test_contract_values),
    };
    return vt_run_family("arith", "arith", extra, sizeof extra / sizeof extra[0]);
}
