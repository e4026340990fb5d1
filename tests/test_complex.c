/* Complex: every ISA against the scalar reference (check.c: bit-exact for
 * cmul, cmulconj, cscale, cabs2 and cabs; the error bound for cdot and
 * cdotc), and the public functions under every ISA on hand-picked cases. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vmath.h"

#define FOR_EACH_ISA(isa)                           \
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) \
        if (vmath_isa_set((vmath_isa)isa) == 0)

static float float_of(uint32_t u)
{
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static int same(float a, float b)
{
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, 4) == 0;
}

/* The textbook formulas, no fused operations; no Annex G recovery. */
static void test_products(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    FOR_EACH_ISA(isa) {
        enum { N = 37 };
        vmath_cf32 a[N], b[N], y[N];
        for (int i = 0; i < N; i++) {
            a[i] = (vmath_cf32){1, 2};
            b[i] = (vmath_cf32){3, 4};
        }
        /* fused multiply-add would give -2^-46 and 2^-46: the products must
         * be rounded first, so both parts are exactly 0 */
        a[5] = (vmath_cf32){1.0f + 0x1p-23f, 1.0f};
        b[5] = (vmath_cf32){1.0f - 0x1p-23f, 1.0f};
        a[6] = (vmath_cf32){1.0f + 0x1p-23f, 1.0f};
        b[6] = (vmath_cf32){-1.0f, 1.0f - 0x1p-23f};
        a[7] = (vmath_cf32){INFINITY, 0};
        b[7] = (vmath_cf32){0, 1};
        vmath_cmul_cf32(y, a, b, N);
        assert_true(y[0].re == -5 && y[0].im == 10 && y[N - 1].re == -5 && y[N - 1].im == 10);
        assert_true(y[5].re == 0 && y[6].im == 0);
        assert_true(isnan(y[7].re) && y[7].im == INFINITY);  /* Inf*0 - 0*1, Inf*1 + 0*0 */
        vmath_cmulconj_cf32(y, a, b, N);
        assert_true(y[0].re == 11 && y[0].im == 2 && y[N - 1].re == 11 && y[N - 1].im == 2);
        a[8] = (vmath_cf32){1.0f + 0x1p-23f, 1.0f};
        b[8] = (vmath_cf32){1.0f - 0x1p-23f, -1.0f};
        vmath_cmulconj_cf32(y, a, b, N);
        assert_true(y[8].re == 0);
        vmath_cscale_cf32(y, a, (vmath_cf32){1.0f - 0x1p-23f, 1.0f}, N);
        assert_true(y[5].re == 0 && y[0].re == 1.0f - 0x1p-23f - 2.0f);
        float r[N];
        vmath_cabs2_cf32(r, b, N);
        assert_true(r[0] == 25 && r[N - 1] == 25);
        vmath_cabs_cf32(r, b, N);
        assert_true(r[0] == 5 && r[N - 1] == 5);
        vmath_cf32 d = vmath_cdot_cf32(a, b, 0);
        assert_true(d.re == 0 && d.im == 0);
    }
    assert_int_equal(vmath_isa_set(before), 0);
}

/* ULPs between got and the correctly rounded value of the exact `want`. */
static double ulps(float got, long double want)
{
    float w = (float)want;
    if (isinf(w) || isinf(got))
        return got == w ? 0 : INFINITY;
    float u = nextafterf(fabsf(w), INFINITY) - fabsf(w);
    return (double)(fabsl((long double)got - want) / u);
}

/* cabs: within 1 ULP of the exact magnitude on huge, tiny and subnormal
 * parts, random bit patterns, and Inf with NaN gives Inf, as hypotf. */
static void test_cabs(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    enum { N = 200000 };
    vmath_cf32 *x = malloc(N * sizeof *x);
    float *y = malloc(N * sizeof *y);
    assert_non_null(x);
    assert_non_null(y);
    const vmath_cf32 fixed[] = {
        {3e30f, 4e30f},       {1e-30f, 1e-30f},     {0x1p-149f, 0x1p-149f}, {0x1p-149f, 0},
        {FLT_MAX, FLT_MAX},   {FLT_MAX, 1},         {1e38f, 1e38f},         {-3, -4},
        {INFINITY, NAN},      {NAN, -INFINITY},     {NAN, 0},               {0, -0.0f},
        {0x1p-140f, 0x1p-130f}, {1e19f, 1e-19f},
    };
    size_t nf = sizeof fixed / sizeof fixed[0];
    uint64_t s = vt_seed();
    for (size_t i = 0; i < N; i++) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        x[i] = i < nf ? fixed[i] : (vmath_cf32){float_of((uint32_t)(s >> 32)), float_of((uint32_t)s)};
    }
    FOR_EACH_ISA(isa) {
        vmath_cabs_cf32(y, x, N);
        assert_true(y[8] == INFINITY && y[9] == INFINITY && isnan(y[10]) && y[11] == 0 && y[4] == INFINITY);
        for (size_t i = 0; i < N; i++) {
            float re = x[i].re, im = x[i].im;
            if (isinf(re) || isinf(im)) {
                assert_true(y[i] == INFINITY);
                continue;
            }
            if (isnan(re) || isnan(im)) {
                assert_true(isnan(y[i]));
                continue;
            }
            long double want = sqrtl((long double)re * re + (long double)im * im);
            if (!(ulps(y[i], want) <= 1.0))
                fail_msg("%s: cabs(%a, %a) = %a, want %La", vmath_isa_name((vmath_isa)isa), (double)re,
                         (double)im, (double)y[i], want);
        }
    }
    free(x);
    free(y);
    assert_int_equal(vmath_isa_set(before), 0);
}

/* Dot products: NaN anywhere makes both parts NaN; Inf propagates as the
 * formula says; a long, badly conditioned sum meets the bound. */
static void test_dot(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    enum { N = 1 << 17 };
    vmath_cf32 *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y);
    assert_non_null(x);
    assert_non_null(y);
    uint64_t s = vt_seed() ^ 0xd07;
    for (size_t i = 0; i < N; i++) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        /* big terms that cancel, plus small ones */
        float big = (float)((s >> 40) % 1000) * (i % 2 ? 1e6f : -1e6f);
        x[i] = (vmath_cf32){big + (float)((s >> 20) % 7), (float)((s >> 8) % 13) - 6.0f};
        y[i] = (vmath_cf32){1.0f + 0x1p-20f * (float)(i % 5), (float)(s % 3) - 1.0f};
    }
    FOR_EACH_ISA(isa) {
        for (int conj = 0; conj < 2; conj++) {
            for (size_t n = 1; n <= N; n = n * 3 + 1) {
                vmath_cf32 d = conj ? vmath_cdotc_cf32(x, y, n) : vmath_cdot_cf32(x, y, n);
                long double re = 0, im = 0, are = 0, aim = 0, c = conj ? -1 : 1;
                for (size_t i = 0; i < n; i++) {
                    long double xr = x[i].re, xi = c * x[i].im, yr = y[i].re, yi = y[i].im;
                    re += xr * yr - xi * yi;
                    im += xr * yi + xi * yr;
                    are += fabsl(xr * yr) + fabsl(xi * yi);
                    aim += fabsl(xr * yi) + fabsl(xi * yr);
                }
                long double k = (2 * log2l((long double)n) + 64) * 0x1p-24L;
                if (!(fabsl(d.re - re) <= k * are && fabsl(d.im - im) <= k * aim))
                    fail_msg("%s: %s n=%zu: %a%+ai, want %La%+Lai", vmath_isa_name((vmath_isa)isa),
                             conj ? "cdotc" : "cdot", n, (double)d.re, (double)d.im, re, im);
            }
        }
        /* one special at the start, the middle or the end (a vector's main
         * step or its tail) of every n up to past the widest blocks */
        static vmath_cf32 a[1000], b[1000];
        for (int i = 0; i < 1000; i++) {
            a[i] = (vmath_cf32){1, 1};
            b[i] = (vmath_cf32){1, -1};
        }
        for (size_t n = 1; n <= 1000; n = n < 70 ? n + 1 : n < 129 ? 129 : 1001) {
            size_t at[3] = {0, n / 2, n - 1};
            for (int p = 0; p < 3; p++) {
                size_t pos = at[p];
                a[pos].im = NAN;
                vmath_cf32 d = vmath_cdot_cf32(a, b, n), e = vmath_cdotc_cf32(b, a, n);
                if (!(isnan(d.re) && isnan(d.im) && isnan(e.re) && isnan(e.im)))
                    fail_msg("%s: n=%zu, NaN at %zu: cdot %a%+ai, cdotc %a%+ai, want NaN+NaNi",
                             vmath_isa_name((vmath_isa)isa), n, pos, (double)d.re, (double)d.im, (double)e.re,
                             (double)e.im);
                a[pos] = (vmath_cf32){INFINITY, 0};
                b[pos] = (vmath_cf32){1, 0};
                /* Inf*1 - 0*0 = Inf, Inf*0 + 0*1 = NaN; conjugated, Inf*1 - (-0)*0 and Inf*0 + (-0)*1 */
                d = vmath_cdot_cf32(a, b, n);
                e = vmath_cdotc_cf32(a, b, n);
                if (!(d.re == INFINITY && isnan(d.im) && e.re == INFINITY && isnan(e.im)))
                    fail_msg("%s: n=%zu, Inf at %zu: cdot %a%+ai, cdotc %a%+ai, want Inf+NaNi",
                             vmath_isa_name((vmath_isa)isa), n, pos, (double)d.re, (double)d.im, (double)e.re,
                             (double)e.im);
                a[pos] = (vmath_cf32){1, 1};
                b[pos] = (vmath_cf32){1, -1};
            }
            /* (1 + i)(1 - i) = 2 + 0i, exactly, n times */
            vmath_cf32 d = vmath_cdot_cf32(a, b, n);
            if (!(same(d.re, 2.0f * (float)n) && same(d.im, 0.0f)))
                fail_msg("%s: n=%zu: cdot %a%+ai, want %a+0i", vmath_isa_name((vmath_isa)isa), n, (double)d.re,
                         (double)d.im, 2.0 * (double)n);
        }
    }
    free(x);
    free(y);
    assert_int_equal(vmath_isa_set(before), 0);
}

int main(void)
{
    const struct CMUnitTest extra[] = {
        cmocka_unit_test(test_products),
        cmocka_unit_test(test_cabs),
        cmocka_unit_test(test_dot),
    };
    return vt_run_family("complex", "complex", extra, sizeof extra / sizeof extra[0]);
}
