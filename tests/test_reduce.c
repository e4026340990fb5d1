/* Reductions: every ISA against the scalar reference and the contract's
 * bounds (check.c), the scalar kernel against exact sums, and adversarial
 * cases on the public functions under every available ISA. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vmath.h"

/* ---- helpers ----------------------------------------------------------- */

/* Runs body(isa) with every available ISA active, then restores the ISA. */
static void for_each_isa(void (*body)(vmath_isa))
{
    vmath_isa before = vmath_isa_active();
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++)
        if (vmath_isa_set((vmath_isa)isa) == 0)
            body((vmath_isa)isa);
    assert_int_equal(vmath_isa_set(before), 0);
}

static int same_bits_f32(float a, float b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

static int same_bits_f64(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

/* Exact sum and sum of magnitudes in long double (Neumaier compensation). */
static long double exact_sum_f64(const double *x, size_t n, long double *abs_sum)
{
    long double s = 0, comp = 0, a = 0;
    for (size_t i = 0; i < n; i++) {
        long double v = x[i], t = s + v;
        comp += fabsl(s) >= fabsl(v) ? (s - t) + v : (v - t) + s;
        s = t;
        a += fabsl(v);
    }
    *abs_sum = a;
    return s + comp;
}

static double bound_f(size_t n, long double abs_sum, double u)
{
    return (double)((2 * (n > 1 ? log2((double)n) : 0) + 64) * u * abs_sum);
}

/* ---- the scalar kernel against the exact result ------------------------- */

/* check.c compares sums, dot and norm2 with exact long double results, so
 * running it on the scalar ISA checks the reference kernel itself. (It
 * compares minval, maxval, argmin and argmax with the scalar kernel, which
 * on the scalar ISA is the kernel itself: test_extremes checks those.) */
static void test_scalar_kernels_exact(void **state)
{
    (void)state;
    char msg[1024];
    for (size_t i = 0; i < vmath_op_count; i++) {
        const vmath_op *op = &vmath_ops[i];
        if (op->shape != VMATH_SHAPE_R_SUM && op->shape != VMATH_SHAPE_R_DOT && op->shape != VMATH_SHAPE_R_NORM2)
            continue;
        if (vt_check_kernel(op, VMATH_ISA_SCALAR, msg, sizeof msg) == VT_FAIL)
            fail_msg("%s", msg);
    }
}

/* ---- n == 0 ------------------------------------------------------------- */

static void empty_body(vmath_isa isa)
{
    (void)isa;
    assert_true(same_bits_f32(vmath_sum_f32(NULL, 0), 0.0f));
    assert_true(same_bits_f32(vmath_dot_f32(NULL, NULL, 0), 0.0f));
    assert_true(same_bits_f32(vmath_norm2_f32(NULL, 0), 0.0f));
    assert_true(isnan(vmath_minval_f32(NULL, 0)) && isnan(vmath_maxval_f32(NULL, 0)));
    assert_true(vmath_argmin_f32(NULL, 0) == SIZE_MAX && vmath_argmax_f32(NULL, 0) == SIZE_MAX);
    assert_true(same_bits_f64(vmath_sum_f64(NULL, 0), 0.0));
    assert_true(same_bits_f64(vmath_dot_f64(NULL, NULL, 0), 0.0));
    assert_true(same_bits_f64(vmath_norm2_f64(NULL, 0), 0.0));
    assert_true(isnan(vmath_minval_f64(NULL, 0)) && isnan(vmath_maxval_f64(NULL, 0)));
    assert_true(vmath_argmin_f64(NULL, 0) == SIZE_MAX && vmath_argmax_f64(NULL, 0) == SIZE_MAX);
}

static void test_empty(void **state)
{
    (void)state;
    for_each_isa(empty_body);
}

/* ---- zero results are +0 ---------------------------------------------- */

/* include/vmath.h: a zero sum is +0, even of terms that are all -0, and so
 * is a zero component of cdot/cdotc. Terms of -0 (x = -0; a = -0 times b;
 * products too small to be anything but -0 in the element type, which a
 * fused multiply-add into a -0 accumulator would keep), at every n up to
 * past the widest kernel's blocks and in a long run. */
static void zero_sign_body(vmath_isa isa)
{
    static float xf[1000], yf[1000], cf[2000], df[2000];
    static double xd[1000], yd[1000];
    const size_t sizes[] = {1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 70, 129, 1000};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        for (int kind = 0; kind < 2; kind++) {
            for (size_t i = 0; i < n; i++) {
                xf[i] = kind ? -0x1p-100f : -0.0f;
                yf[i] = kind ? 0x1p-100f : 3.0f;
                xd[i] = kind ? -0x1p-600 : -0.0;
                yd[i] = kind ? 0x1p-600 : 3.0;
                cf[2 * i] = cf[2 * i + 1] = xf[i];
                df[2 * i] = df[2 * i + 1] = yf[i];
            }
            const char *what = kind ? "products below the least subnormal" : "terms of -0";
            float sf = kind ? 0.0f : vmath_sum_f32(xf, n), pf = vmath_dot_f32(xf, yf, n);
            double sd = kind ? 0.0 : vmath_sum_f64(xd, n), pd = vmath_dot_f64(xd, yd, n);
            vmath_cf32 c = vmath_cdot_cf32((const vmath_cf32 *)cf, (const vmath_cf32 *)df, n);
            vmath_cf32 cc = vmath_cdotc_cf32((const vmath_cf32 *)cf, (const vmath_cf32 *)df, n);
            if (!same_bits_f32(sf, 0.0f) || !same_bits_f32(pf, 0.0f) || !same_bits_f64(sd, 0.0) ||
                !same_bits_f64(pd, 0.0) || !same_bits_f32(c.re, 0.0f) || !same_bits_f32(c.im, 0.0f) ||
                !same_bits_f32(cc.re, 0.0f) || !same_bits_f32(cc.im, 0.0f))
                fail_msg("%s, n=%zu, %s: want +0 from each; sum_f32 %a dot_f32 %a sum_f64 %a dot_f64 %a "
                         "cdot %a%+ai cdotc %a%+ai",
                         vmath_isa_name(isa), n, what, (double)sf, (double)pf, sd, pd, (double)c.re, (double)c.im,
                         (double)cc.re, (double)cc.im);
        }
    }
}

static void test_zero_sign(void **state)
{
    (void)state;
    for_each_isa(zero_sign_body);
}

/* ---- 2^25 values near 1.0 in f32 ---------------------------------------- */

/* x[i] = 1 + k * 2^-12 with k in 1..3, so the exact sum is an integer
 * computation. Naive float accumulation loses every k * 2^-12 once past
 * 2^13 and is off by ~2^14, 70 times the bound. Even with many
 * accumulators, one that grows past 2^14 rounds every k * 2^-12 down (k is
 * below half an ulp), losing ~2^14 in all: 70 times the bound. Only short
 * runs per accumulator (blocked pairwise summation) pass. */
#define BIG_N ((size_t)1 << 25)
static float *big;
static long double big_exact, big_abs;

static void big_sum_body(vmath_isa isa)
{
    float got = vmath_sum_f32(big, BIG_N);
    double err = fabs((double)((long double)got - big_exact));
    double bound = bound_f(BIG_N, big_abs, 0x1p-24);
    if (!(err <= bound))
        fail_msg("sum_f32 %s: n=2^25 near 1.0: got %.9g, exact %.9Lg, error %g > bound %g", vmath_isa_name(isa),
                 (double)got, big_exact, err, bound);
    /* dot with all-ones is the same sum. */
    float *ones = big + BIG_N;  /* see test_big_sum: a second array of ones */
    got = vmath_dot_f32(big, ones, BIG_N);
    err = fabs((double)((long double)got - big_exact));
    if (!(err <= bound))
        fail_msg("dot_f32 %s: n=2^25 near 1.0: got %.9g, exact %.9Lg, error %g > bound %g", vmath_isa_name(isa),
                 (double)got, big_exact, err, bound);
}

static void test_big_sum(void **state)
{
    (void)state;
    big = malloc(2 * BIG_N * sizeof *big);
    assert_non_null(big);
    long long ksum = 0;
    unsigned s = 12345;
    for (size_t i = 0; i < BIG_N; i++) {
        s = s * 1103515245u + 12345u;
        int k = 1 + (int)((s >> 16) % 3);
        big[i] = 1.0f + (float)k * 0x1p-12f;
        big[BIG_N + i] = 1.0f;
        ksum += k;
    }
    big_exact = (long double)BIG_N + (long double)ksum * 0x1p-12L;
    big_abs = big_exact;  /* every term is positive */

    /* The test can fail: naive summation does, by far. */
    float naive = 0;
    for (size_t i = 0; i < BIG_N; i++)
        naive += big[i];
    assert_true(fabsl(naive - big_exact) > 10 * bound_f(BIG_N, big_abs, 0x1p-24));

    for_each_isa(big_sum_body);
    free(big);
    big = NULL;
}

/* ---- alternating huge and tiny magnitudes -------------------------------- */

static void alternating_body(vmath_isa isa)
{
    enum { N = 300 };
    double x[N] = {0}, y[N] = {0};
    float xf[N] = {0}, yf[N] = {0};
    for (size_t n = 0; n <= N; n += (n < 70 ? 1 : 23)) {
        for (size_t i = 0; i < n; i++) {
            /* +H, t, -H, t, ... : the huge ones cancel, the tiny ones matter */
            double h = i % 4 == 0 ? 0x1p40 : i % 4 == 2 ? -0x1p40 : 0x1p-30 * (double)(1 + i % 7);
            x[i] = h;
            y[i] = i % 3 ? 1.0 : -1.0;
            xf[i] = (float)(h / 0x1p20 * 0x1p-5);  /* +-2^15 and ~2^-55 */
            yf[i] = (float)y[i];
        }
        long double abs_sum, exact = exact_sum_f64(x, n, &abs_sum);
        double got = vmath_sum_f64(x, n);
        if (!(fabsl(got - exact) <= bound_f(n, abs_sum, 0x1p-53)))
            fail_msg("sum_f64 %s alternating n=%zu: got %a want %La", vmath_isa_name(isa), n, got, exact);
        double prod[N] = {0};
        for (size_t i = 0; i < n; i++)
            prod[i] = x[i] * y[i];
        exact = exact_sum_f64(prod, n, &abs_sum);
        got = vmath_dot_f64(x, y, n);
        if (!(fabsl(got - exact) <= bound_f(n, abs_sum, 0x1p-53)))
            fail_msg("dot_f64 %s alternating n=%zu: got %a want %La", vmath_isa_name(isa), n, got, exact);
        for (size_t i = 0; i < n; i++)
            prod[i] = xf[i];
        exact = exact_sum_f64(prod, n, &abs_sum);
        float gotf = vmath_sum_f32(xf, n);
        if (!(fabsl(gotf - exact) <= bound_f(n, abs_sum, 0x1p-24)))
            fail_msg("sum_f32 %s alternating n=%zu: got %a want %La", vmath_isa_name(isa), n, (double)gotf, exact);
        for (size_t i = 0; i < n; i++)
            prod[i] = (double)xf[i] * yf[i];
        exact = exact_sum_f64(prod, n, &abs_sum);
        gotf = vmath_dot_f32(xf, yf, n);
        if (!(fabsl(gotf - exact) <= bound_f(n, abs_sum, 0x1p-24)))
            fail_msg("dot_f32 %s alternating n=%zu: got %a want %La", vmath_isa_name(isa), n, (double)gotf, exact);
    }
}

static void test_alternating(void **state)
{
    (void)state;
    for_each_isa(alternating_body);
}

/* ---- norm2 near the ends of the exponent range --------------------------- */

static void norm2_range_body(vmath_isa isa)
{
    enum { N = 70 };
    static const double scales64[] = {1e300, 1e-300, 1e-310, 1e154, 1e-160, 1};
    static const float scales32[] = {1e30f, 1e-30f, 1e-40f, 1e19f, 1e-20f, 1};
    double x[N];
    float xf[N];
    for (size_t si = 0; si < sizeof scales64 / sizeof scales64[0]; si++) {
        for (size_t n = 0; n <= N; n++) {
            for (size_t i = 0; i < n; i++) {
                double m = 1.0 + (double)(i % 5) / 8;  /* 1 .. 1.5 */
                x[i] = (i % 2 ? -m : m) * scales64[si];
                xf[i] = (float)(i % 2 ? -m : m) * scales32[si];
            }
            long double want = vt_norm2_exact(VMATH_T_F64, x, n);
            double got = vmath_norm2_f64(x, n);
            long double bound = ((n > 1 ? log2((double)n) : 0) + 32) * 0x1p-53L * want + VT_HALF_DENORM_F64;
            if (!(fabsl(got - want) <= bound))
                fail_msg("norm2_f64 %s: n=%zu scale %g: got %a, want %La", vmath_isa_name(isa), n, scales64[si], got,
                         want);
            long double want32 = vt_norm2_exact(VMATH_T_F32, xf, n);
            float gotf = vmath_norm2_f32(xf, n);
            /* faithful: no float strictly between got and the exact value */
            float w = (float)want32;
            int ok = (long double)w == want32 ? gotf == w
                                             : (gotf == w || gotf == nextafterf(w, (long double)w < want32 ? INFINITY : 0));
            if (!ok)
                fail_msg("norm2_f32 %s: n=%zu scale %g: got %a, want %La", vmath_isa_name(isa), n,
                         (double)scales32[si], (double)gotf, want32);
        }
    }
    /* Specials: Inf wins over NaN (as hypot), NaN otherwise. */
    double sp[4] = {1, NAN, INFINITY, 2};
    assert_true(isinf(vmath_norm2_f64(sp, 4)) && isnan(vmath_norm2_f64(sp, 2)));
    float spf[4] = {1, NAN, -INFINITY, 2};
    assert_true(isinf(vmath_norm2_f32(spf, 4)) && isnan(vmath_norm2_f32(spf, 2)));
    /* A norm beyond the largest finite value overflows; just below, it does not. */
    double hv[4] = {DBL_MAX, DBL_MAX, 0, 0};
    assert_true(isinf(vmath_norm2_f64(hv, 2)));
    hv[0] = DBL_MAX / 2;
    assert_true(vmath_norm2_f64(hv, 1) == DBL_MAX / 2);
    float hf[2] = {FLT_MAX, FLT_MAX};
    assert_true(isinf(vmath_norm2_f32(hf, 2)) && vmath_norm2_f32(hf, 1) == FLT_MAX);
    double tiny[2] = {0x1p-1074, 0x1p-1074};
    assert_true(vmath_norm2_f64(tiny, 1) == 0x1p-1074);
}

static void test_norm2_range(void **state)
{
    (void)state;
    for_each_isa(norm2_range_body);
}

/* ---- extremes: NaN positions, ties, zeros --------------------------------- */

#define EXT_N 5000  /* more than two chunks of the SIMD drivers */

static void check_ext_f32(vmath_isa isa, const char *what, const float *x, size_t n, size_t amin, size_t amax)
{
    size_t gmin = vmath_argmin_f32(x, n), gmax = vmath_argmax_f32(x, n);
    float vmin = vmath_minval_f32(x, n), vmax = vmath_maxval_f32(x, n);
    if ((amin != SIZE_MAX && gmin != amin) || (amax != SIZE_MAX && gmax != amax))
        fail_msg("%s f32 %s n=%zu: argmin %zu argmax %zu, want %zu %zu", what, vmath_isa_name(isa), n, gmin, gmax,
                 amin, amax);
    if (amin == SIZE_MAX)
        amin = gmin;  /* not checked */
    if (amax == SIZE_MAX)
        amax = gmax;
    if (amin == SIZE_MAX)
        amin = gmin;  /* not checked */
    if (amax == SIZE_MAX)
        amax = gmax;
    int okmin = isnan(x[amin]) ? isnan(vmin) : same_bits_f32(vmin, x[amin]);
    int okmax = isnan(x[amax]) ? isnan(vmax) : same_bits_f32(vmax, x[amax]);
    if (!okmin || !okmax)
        fail_msg("%s f32 %s n=%zu: minval %a maxval %a, want %a %a", what, vmath_isa_name(isa), n, (double)vmin,
                 (double)vmax, (double)x[amin], (double)x[amax]);
}

static void check_ext_f64(vmath_isa isa, const char *what, const double *x, size_t n, size_t amin, size_t amax)
{
    size_t gmin = vmath_argmin_f64(x, n), gmax = vmath_argmax_f64(x, n);
    double vmin = vmath_minval_f64(x, n), vmax = vmath_maxval_f64(x, n);
    if ((amin != SIZE_MAX && gmin != amin) || (amax != SIZE_MAX && gmax != amax))
        fail_msg("%s f64 %s n=%zu: argmin %zu argmax %zu, want %zu %zu", what, vmath_isa_name(isa), n, gmin, gmax,
                 amin, amax);
    if (amin == SIZE_MAX)
        amin = gmin;  /* not checked */
    if (amax == SIZE_MAX)
        amax = gmax;
    if (amin == SIZE_MAX)
        amin = gmin;  /* not checked */
    if (amax == SIZE_MAX)
        amax = gmax;
    int okmin = isnan(x[amin]) ? isnan(vmin) : same_bits_f64(vmin, x[amin]);
    int okmax = isnan(x[amax]) ? isnan(vmax) : same_bits_f64(vmax, x[amax]);
    if (!okmin || !okmax)
        fail_msg("%s f64 %s n=%zu: minval %a maxval %a, want %a %a", what, vmath_isa_name(isa), n, vmin, vmax,
                 x[amin], x[amax]);
}

/* amin or amax SIZE_MAX: that one is not checked. */
/* Sizes: every n up to past 4 AVX-512 vectors, then a few chunk-crossing ones. */
static size_t next_n(size_t n)
{
    return n < 70 ? n + 1 : n < 300 ? n + 37 : n == 300 + 33 ? 2048 : n == 2048 ? 2049 : n == 2049 ? EXT_N + 1 : n + 1000;
}

static void extremes_body(vmath_isa isa)
{
    static float xf[EXT_N];
    static double xd[EXT_N];
    for (size_t n = 1; n <= EXT_N; n = next_n(n)) {
        /* positions to test: first, last, middle, and every one for small n */
        size_t step = n <= 70 ? 1 : n / 7;
        for (size_t p = 0; p < n; p += step) {
            for (size_t i = 0; i < n; i++) {
                xf[i] = (float)((i * 7919) % 1000) / 10 - 50;  /* in [-50, 50) */
                xd[i] = xf[i];
            }
            /* one NaN: its index for all four */
            xf[p] = NAN;
            xd[p] = -NAN;
            check_ext_f32(isa, "one NaN", xf, n, p, p);
            check_ext_f64(isa, "one NaN", xd, n, p, p);
            /* a second NaN later: the first one wins */
            xf[n - 1] = -NAN;
            xd[n - 1] = NAN;
            check_ext_f32(isa, "two NaNs", xf, n, p, p);
            check_ext_f64(isa, "two NaNs", xd, n, p, p);

            /* all equal: index 0 wins; then a unique extreme at p, repeated
             * later (the first wins) */
            for (size_t i = 0; i < n; i++) {
                xf[i] = 3.5f;
                xd[i] = -3.5;
            }
            check_ext_f32(isa, "all equal", xf, n, 0, 0);
            check_ext_f64(isa, "all equal", xd, n, 0, 0);
            xf[p] = 7;
            xd[p] = 7;
            if (p + 1 < n)
                xf[n - 1] = xd[n - 1] = 7;
            check_ext_f32(isa, "repeated max", xf, n, SIZE_MAX, p);
            xd[p] = -7;
            if (p + 1 < n)
                xd[n - 1] = -7;
            check_ext_f64(isa, "repeated min", xd, n, p, SIZE_MAX);

            /* zeros: all -0 except +0 at p: -0 < +0 */
            for (size_t i = 0; i < n; i++) {
                xf[i] = -0.0f;
                xd[i] = -0.0;
            }
            xf[p] = 0.0f;
            xd[p] = 0.0;
            check_ext_f32(isa, "one +0 among -0", xf, n, p == 0 ? (n > 1 ? 1 : 0) : 0, p);
            check_ext_f64(isa, "one +0 among -0", xd, n, p == 0 ? (n > 1 ? 1 : 0) : 0, p);
            /* all +0 except -0 at p, with negatives around: max is +0 */
            for (size_t i = 0; i < n; i++) {
                xf[i] = i % 3 ? 0.0f : -1.0f;
                xd[i] = i % 3 ? 0.0 : -1.0;
            }
            xf[p] = -0.0f;
            xd[p] = -0.0;
            size_t first_pos = n;
            for (size_t i = 0; i < n && first_pos == n; i++)
                if (xf[i] == 0 && !signbit(xf[i]))
                    first_pos = i;
            if (first_pos < n) {
                check_ext_f32(isa, "+0 max with -0 and negatives", xf, n, p == 0 ? SIZE_MAX : 0, first_pos);
                check_ext_f64(isa, "+0 max with -0 and negatives", xd, n, p == 0 ? SIZE_MAX : 0, first_pos);
            }
        }
    }
    /* the two-element cases spelled out */
    float a[2] = {0.0f, -0.0f}, b[2] = {-0.0f, 0.0f};
    assert_true(vmath_argmax_f32(a, 2) == 0 && vmath_argmin_f32(a, 2) == 1);
    assert_true(vmath_argmax_f32(b, 2) == 1 && vmath_argmin_f32(b, 2) == 0);
    assert_true(same_bits_f32(vmath_maxval_f32(a, 2), 0.0f) && same_bits_f32(vmath_minval_f32(a, 2), -0.0f));
    double c[3] = {-INFINITY, INFINITY, 1};
    assert_true(vmath_argmax_f64(c, 3) == 1 && vmath_argmin_f64(c, 3) == 0);
}

static void test_extremes(void **state)
{
    (void)state;
    for_each_isa(extremes_body);
}

int main(void)
{
    const struct CMUnitTest extra[] = {
        cmocka_unit_test(test_scalar_kernels_exact),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_zero_sign),
        cmocka_unit_test(test_big_sum),
        cmocka_unit_test(test_alternating),
        cmocka_unit_test(test_norm2_range),
        cmocka_unit_test(test_extremes),
    };
    return vt_run_family("reduce", "reduce", extra, sizeof extra / sizeof extra[0]);
}
