/* Math functions (exp/log family): every ISA against the scalar kernel
 * (check.c), the scalar kernel against an MPFR oracle (<= 1 ULP), and the
 * C99 Annex F special values on every ISA. */
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "vmath.h"

#ifdef VMATH_HAVE_MPFR
#include "mpfr_ref.h"
#endif

typedef void (*unary_fn)(float *, const float *, size_t);

static int same_bits(float a, float b)
{
    return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

/* Annex F values, through the public functions under every available ISA;
 * errno and the rounding mode are left as they were. */
static void test_special_values(void **state)
{
    (void)state;
    static const struct {
        unary_fn f;
        const char *name;
        float x, want;
    } cases[] = {
        {vmath_exp_f32, "exp", -INFINITY, 0.0f},    {vmath_exp_f32, "exp", INFINITY, INFINITY},
        {vmath_exp_f32, "exp", NAN, NAN},           {vmath_exp_f32, "exp", 0.0f, 1.0f},
        {vmath_exp_f32, "exp", -0.0f, 1.0f},        {vmath_exp_f32, "exp", 89.0f, INFINITY},
        {vmath_exp_f32, "exp", -104.0f, 0.0f},      {vmath_exp_f32, "exp", 1e30f, INFINITY},
        {vmath_exp2_f32, "exp2", -INFINITY, 0.0f},  {vmath_exp2_f32, "exp2", INFINITY, INFINITY},
        {vmath_exp2_f32, "exp2", 128.0f, INFINITY}, {vmath_exp2_f32, "exp2", 127.0f, 0x1p127f},
        {vmath_exp2_f32, "exp2", -149.0f, 0x1p-149f}, {vmath_exp2_f32, "exp2", -150.0f, 0.0f},
        {vmath_exp2_f32, "exp2", -126.0f, 0x1p-126f}, {vmath_exp2_f32, "exp2", 0.0f, 1.0f},
        {vmath_exp2_f32, "exp2", NAN, NAN},
        {vmath_expm1_f32, "expm1", -0.0f, -0.0f},   {vmath_expm1_f32, "expm1", 0.0f, 0.0f},
        {vmath_expm1_f32, "expm1", -INFINITY, -1.0f}, {vmath_expm1_f32, "expm1", INFINITY, INFINITY},
        {vmath_expm1_f32, "expm1", 0x1p-149f, 0x1p-149f}, {vmath_expm1_f32, "expm1", -100.0f, -1.0f},
        {vmath_expm1_f32, "expm1", NAN, NAN},
        {vmath_log_f32, "log", 0.0f, -INFINITY},    {vmath_log_f32, "log", -0.0f, -INFINITY},
        {vmath_log_f32, "log", 1.0f, 0.0f},         {vmath_log_f32, "log", -1.0f, NAN},
        {vmath_log_f32, "log", -INFINITY, NAN},     {vmath_log_f32, "log", INFINITY, INFINITY},
        {vmath_log_f32, "log", NAN, NAN},           {vmath_log_f32, "log", -0x1p-149f, NAN},
        {vmath_log2_f32, "log2", 0x1p-149f, -149.0f}, {vmath_log2_f32, "log2", 0x1p127f, 127.0f},
        {vmath_log2_f32, "log2", 1.0f, 0.0f},       {vmath_log2_f32, "log2", 0.0f, -INFINITY},
        {vmath_log2_f32, "log2", -2.0f, NAN},
        {vmath_log10_f32, "log10", 1e10f, 10.0f},   {vmath_log10_f32, "log10", 1.0f, 0.0f},
        {vmath_log10_f32, "log10", 0.0f, -INFINITY}, {vmath_log10_f32, "log10", INFINITY, INFINITY},
        {vmath_log1p_f32, "log1p", -1.0f, -INFINITY}, {vmath_log1p_f32, "log1p", -0.0f, -0.0f},
        {vmath_log1p_f32, "log1p", 0.0f, 0.0f},     {vmath_log1p_f32, "log1p", -2.0f, NAN},
        {vmath_log1p_f32, "log1p", INFINITY, INFINITY}, {vmath_log1p_f32, "log1p", -INFINITY, NAN},
        {vmath_log1p_f32, "log1p", 0x1p-149f, 0x1p-149f}, {vmath_log1p_f32, "log1p", NAN, NAN},
        {vmath_sigmoid_f32, "sigmoid", 0.0f, 0.5f}, {vmath_sigmoid_f32, "sigmoid", INFINITY, 1.0f},
        {vmath_sigmoid_f32, "sigmoid", -INFINITY, 0.0f}, {vmath_sigmoid_f32, "sigmoid", NAN, NAN},
        {vmath_sigmoid_f32, "sigmoid", 20.0f, 1.0f}, {vmath_sigmoid_f32, "sigmoid", -200.0f, 0.0f},
        {vmath_sin_f32, "sin", 0.0f, 0.0f},         {vmath_sin_f32, "sin", -0.0f, -0.0f},
        {vmath_sin_f32, "sin", INFINITY, NAN},      {vmath_sin_f32, "sin", -INFINITY, NAN},
        {vmath_sin_f32, "sin", NAN, NAN},           {vmath_sin_f32, "sin", 0x1p-149f, 0x1p-149f},
        {vmath_sin_f32, "sin", -0x1p-149f, -0x1p-149f},
        {vmath_cos_f32, "cos", 0.0f, 1.0f},         {vmath_cos_f32, "cos", -0.0f, 1.0f},
        {vmath_cos_f32, "cos", INFINITY, NAN},      {vmath_cos_f32, "cos", -INFINITY, NAN},
        {vmath_cos_f32, "cos", NAN, NAN},           {vmath_cos_f32, "cos", 0x1p-149f, 1.0f},
        {vmath_tan_f32, "tan", 0.0f, 0.0f},         {vmath_tan_f32, "tan", -0.0f, -0.0f},
        {vmath_tan_f32, "tan", INFINITY, NAN},      {vmath_tan_f32, "tan", -INFINITY, NAN},
        {vmath_tan_f32, "tan", NAN, NAN},           {vmath_tan_f32, "tan", -0x1p-149f, -0x1p-149f},
    };
    vmath_isa before = vmath_isa_active();
    int round = fegetround();
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        if (vmath_isa_set((vmath_isa)isa) != 0)
            continue;
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            /* in a vector of 37 so the value goes through the main loop and the tail */
            float x[37], y[37];
            for (int j = 0; j < 37; j++)
                x[j] = cases[i].x;
            errno = 0;
            cases[i].f(y, x, 37);
            for (int j = 0; j < 37; j++)
                if (!same_bits(y[j], cases[i].want))
                    fail_msg("%s %s(%a) = %a, want %a (lane %d)", vmath_isa_name((vmath_isa)isa), cases[i].name,
                             (double)cases[i].x, (double)y[j], (double)cases[i].want, j);
            if (errno != 0)
                fail_msg("%s %s(%a) set errno to %d", vmath_isa_name((vmath_isa)isa), cases[i].name,
                         (double)cases[i].x, errno);
        }
    }
    assert_int_equal(fegetround(), round);
    assert_int_equal(vmath_isa_set(before), 0);
}

#ifdef VMATH_HAVE_MPFR
static uint64_t rng_state;
static uint32_t rnd32(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

static float from_bits(uint32_t b)
{
    float f;
    memcpy(&f, &b, 4);
    return f;
}

#define N_RANDOM 100000

/* The scalar kernel (the reference every ISA matches) against MPFR:
 * thresholds, then random bit patterns (every exponent, both signs) and
 * random values in the range where the function is neither saturated nor
 * trivial; fails on any error above 1 ULP. */
static void test_mpfr_oracle(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        float lo, hi; /* interesting range for the uniform part */
    } fns[] = {
        {"exp", -104.0f, 89.0f},  {"exp2", -150.0f, 128.0f}, {"expm1", -18.0f, 89.0f},
        {"log", 0.0f, 4.0f},      {"log2", 0.0f, 4.0f},      {"log10", 0.0f, 4.0f},
        {"log1p", -1.0f, 4.0f},   {"sigmoid", -104.0f, 20.0f}, {"sin", -1000.0f, 1000.0f},
        {"cos", -1000.0f, 1000.0f}, {"tan", -1000.0f, 1000.0f},
    };
    /* overflow and underflow thresholds, the subnormal range, near 1 */
    static const float edges[] = {
        88.72283f, 0x1.62e430p+6f, 0x1.62e42ep+6f, -87.33655f, -0x1.9fe368p+6f, -0x1.9fe36ap+6f, -103.972f,
        -103.97208f, 128.0f, 0x1.fffffep+6f, -126.0f, -149.0f, -149.5f, -150.0f, -0x1.2a0000p+7f,
        0x1p-149f, 0x1p-126f, 0x1.fffffcp-127f, 0x1p-24f, -0x1p-24f, 0x1p-25f, 1.0f, 0x1.000002p+0f,
        0x1.fffffep-1f, 2.0f, 0.5f, FLT_MAX, -FLT_MAX, 0x1.f80000p-1f, 0x1.08p+0f, 0x1.f8p+0f, -0.5f,
        -0x1.fffffep-1f, -17.328680f, 10.0f, 1e-10f, -1e-10f, 0x1.62e42fp-6f, -0x1.62e42fp-6f,
        /* trig: the f32 evaluation's bound (VMF_TRIG_MAX, and the one before it), the fast/huge
         * reduction boundary, powers of 2, pi/4 and pi/2 in f32, and the f32 values closest to
         * multiples of pi/2 (tools/trig_hard.py: distance below 2^-26.5) */
        0x1.8p13f, -0x1.8p13f, 0x1.8p14f, 0x1p20f, -0x1p20f, 0x1p30f, 0x1p60f, 0x1p90f, 0x1p127f, -0x1p127f, 0x1.921fb6p-1f, 0x1.921fb6p+0f,
        0x1.921fb6p+1f, 0x1.2d97c8p+3f, 0x1.f37c8ap+95f, 0x1.47d0fep+34f, 0x1.f37c8ap+96f, 0x1.47d0fep+35f,
        0x1.f9cbe2p+7f, 0x1.f37c8ap+97f, 0x1.32ede2p+85f, 0x1.628d4cp+40f, 0x1.130930p+76f, 0x1.47d0fep+36f,
        0x1.f9cbe2p+8f, 0x1.b08c4ap+111f, 0x1.4665d2p+25f, 0x1.2d97c8p+2f, 0x1.abb4b0p+89f, 0x1.f37c8ap+98f,
        0x1.32ede2p+86f, 0x1.0f79a0p+57f, 0x1.628d4cp+41f, 0x1.130930p+77f, 0x1.47d0fep+37f, 0x1.9a48dep+15f,
        0x1.7f4134p+101f, 0x1.f9cbe2p+9f, -0x1.f37c8ap+95f, -0x1.47d0fep+34f,
    };
    mpfr_t ex, tmp;
    mpfr_t mx;
    mpfr_inits2(128, ex, tmp, mx, (mpfr_ptr)0);
    const vmath_kernels *k = vmath_kernels_of(VMATH_ISA_SCALAR);
    static float x[N_RANDOM], y[N_RANDOM];
    int failures = 0;
    for (size_t f = 0; f < sizeof fns / sizeof fns[0]; f++) {
        char opname[32];
        snprintf(opname, sizeof opname, "%s_f32", fns[f].name);
        unary_fn fn = (unary_fn)vmath_op_kernel(k, vmath_op_find(opname));
        rng_state = vt_seed() ^ f;
        size_t n = 0;
        for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
            /* each edge and its two neighbours */
            uint32_t b;
            memcpy(&b, &edges[i], 4);
            x[n++] = from_bits(b - 1);
            x[n++] = from_bits(b);
            x[n++] = from_bits(b + 1);
        }
        while (n + 2 <= N_RANDOM) {
            x[n++] = from_bits(rnd32());
            x[n++] = fns[f].lo + (fns[f].hi - fns[f].lo) * (float)(rnd32() >> 8) * 0x1p-24f;
        }
        fn(y, x, n);
        double worst = 0;
        float worst_x = 0;
        for (size_t i = 0; i < n; i++) {
            mpfr_set_flt(mx, x[i], MPFR_RNDN);
            exact(fns[f].name, ex, mx, mx);
            double e = ulp_error(y[i], ex, tmp, 24, -126);
            if (!(e <= worst)) {
                worst = e;
                worst_x = x[i];
            }
        }
        print_message("[ INFO     ] %s: max error %.4f ULP at %a (%zu inputs)\n", fns[f].name, worst,
                      (double)worst_x, n);
        if (!(worst <= 1.0)) {
            print_error("%s(%a): error %g ULP > 1\n", fns[f].name, (double)worst_x, worst);
            failures++;
        }
    }
    mpfr_clears(ex, tmp, mx, (mpfr_ptr)0);
    mpfr_free_cache();
    assert_int_equal(failures, 0);
}
#else
static void test_mpfr_oracle(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] mpfr-oracle: built without MPFR (Debian libmpfr-dev for this architecture)\n");
    skip();
}
#endif

/* sincos_f32 on every ISA (vt_check_sincos: the bits of that ISA's sin and
 * cos kernels, sizes, offsets, in place, nothing written outside [0, n)) */
static void test_sincos(void **state)
{
    (void)state;
    assert_int_equal(vt_check_sincos_all(0), 0);
}

int main(void)
{
    const struct CMUnitTest extra[] = {
        cmocka_unit_test(test_special_values),
        cmocka_unit_test(test_mpfr_oracle),
        cmocka_unit_test(test_sincos),
    };
    return vt_run_family("math", "math", extra, sizeof extra / sizeof extra[0]);
}
