/* Math functions beyond the exp/log/trig family (asin ... hypot, f32) and
 * every f64 math function: C99 Annex F special values through the public
 * functions under every ISA, the scalar kernels against an MPFR oracle
 * (<= 1 ULP), and sincos_f64. The generic harness (test_math) runs every
 * ISA's kernels of these operations against the scalar ones. */
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "ops.h"
#include "vmath.h"

#ifdef VMATH_HAVE_MPFR
#include "mpfr_ref.h"
#endif

#define PI 3.14159265358979323846264338327950288L
#define PI_2 1.57079632679489661923132169163975144L
#define PI_4 0.785398163397448309615660845819875721L
#define PI3_4 2.35619449019234492884698253745962716L

/* isa's kernel table, or NULL, said in the log, where the ISA is not
 * available here (a loop over the ISAs then passes it by) */
static const vmath_kernels *kernels_or_note(int isa, const char *what)
{
    const vmath_kernels *k = vmath_kernels_of((vmath_isa)isa);
    if (k == NULL)
        print_message("[ SKIPPED  ] %s/%s: not available on this machine\n", what, vmath_isa_name((vmath_isa)isa));
    return k;
}

static int same_f64(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

/* Calls the public function `name`_f32 or _f64 on 37 copies of (x, e)
 * (main loop and tail) and checks every lane against want rounded to the
 * type. Returns the number of failures. */
static int check_special(const char *name, vmath_type t, long double x, long double e, long double want)
{
    char opname[32];
    snprintf(opname, sizeof opname, "%s_%s", name, t == VMATH_T_F32 ? "f32" : "f64");
    const vmath_op *op = vmath_op_find(opname);
    if (op == NULL) {
        print_error("no operation %s\n", opname);
        return 1;
    }
    enum { N = 37 };
    float xf[N], ef[N], yf[N];
    double xd[N], ed[N], yd[N];
    for (int j = 0; j < N; j++) {
        xf[j] = (float)x, ef[j] = (float)e, xd[j] = (double)x, ed[j] = (double)e;
    }
    void *in[3] = {t == VMATH_T_F32 ? (void *)xf : (void *)xd, t == VMATH_T_F32 ? (void *)ef : (void *)ed, NULL};
    double s[2] = {0, 0};
    errno = 0;
    vmath_op_call(op, op->api, t == VMATH_T_F32 ? (void *)yf : (void *)yd, in, s, N);
    int bad = errno != 0;
    for (int j = 0; j < N && !bad; j++)
        bad = t == VMATH_T_F32 ? !same_f64(yf[j], (float)want) : !same_f64(yd[j], (double)want);
    if (bad)
        print_error("%s %s(%La, %La) = %a, want %La (errno %d)\n", vmath_isa_name(vmath_isa_active()), opname, x, e,
                    t == VMATH_T_F32 ? (double)yf[0] : yd[0], want, errno);
    return bad;
}

/* v is a float (or rounds to pi-like constants): not outside f32's range */
static int fits_f32(long double v)
{
    return v == 0 || isnan(v) || isinf(v) || (fabsl(v) >= 0x1p-149L && fabsl(v) <= FLT_MAX);
}

static void test_special_values(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        long double x, e, want; /* e: second argument of pow, atan2, hypot */
    } cases[] = {
        {"asin", 0, 0, 0}, {"asin", -0.0L, 0, -0.0L}, {"asin", 1, 0, PI_2}, {"asin", -1, 0, -PI_2},
        {"asin", 2, 0, NAN}, {"asin", -INFINITY, 0, NAN}, {"asin", NAN, 0, NAN}, {"asin", 0x1p-149L, 0, 0x1p-149L},
        {"acos", 1, 0, 0}, {"acos", -1, 0, PI}, {"acos", 0, 0, PI_2}, {"acos", -0.0L, 0, PI_2},
        {"acos", 1.5L, 0, NAN}, {"acos", INFINITY, 0, NAN}, {"acos", NAN, 0, NAN},
        {"atan", 0, 0, 0}, {"atan", -0.0L, 0, -0.0L}, {"atan", INFINITY, 0, PI_2}, {"atan", -INFINITY, 0, -PI_2},
        {"atan", NAN, 0, NAN}, {"atan", 1, 0, PI_4}, {"atan", 0x1p-149L, 0, 0x1p-149L},
        /* subnormal and huge arguments, NaN from both sides of [-1, 1] */
        {"asin", -0x1p-149L, 0, -0x1p-149L}, {"asin", INFINITY, 0, NAN}, {"asin", -1.5L, 0, NAN},
        {"acos", -INFINITY, 0, NAN}, {"acos", -2, 0, NAN}, {"acos", 0x1p-149L, 0, PI_2},
        {"atan", -0x1p-149L, 0, -0x1p-149L}, {"atan", FLT_MAX, 0, PI_2}, {"atan", -FLT_MAX, 0, -PI_2},
        {"sinh", 0, 0, 0}, {"sinh", -0.0L, 0, -0.0L}, {"sinh", INFINITY, 0, INFINITY},
        {"sinh", -INFINITY, 0, -INFINITY}, {"sinh", NAN, 0, NAN}, {"sinh", 1e5L, 0, INFINITY},
        {"sinh", -1e5L, 0, -INFINITY}, {"sinh", 0x1p-149L, 0, 0x1p-149L},
        {"cosh", 0, 0, 1}, {"cosh", -0.0L, 0, 1}, {"cosh", INFINITY, 0, INFINITY}, {"cosh", -INFINITY, 0, INFINITY},
        {"cosh", NAN, 0, NAN}, {"cosh", -1e5L, 0, INFINITY},
        {"tanh", 0, 0, 0}, {"tanh", -0.0L, 0, -0.0L}, {"tanh", INFINITY, 0, 1}, {"tanh", -INFINITY, 0, -1},
        {"tanh", NAN, 0, NAN}, {"tanh", 100, 0, 1}, {"tanh", -100, 0, -1}, {"tanh", 0x1p-149L, 0, 0x1p-149L},
        {"erf", 0, 0, 0}, {"erf", -0.0L, 0, -0.0L}, {"erf", INFINITY, 0, 1}, {"erf", -INFINITY, 0, -1},
        {"erf", NAN, 0, NAN}, {"erf", 10, 0, 1}, {"erf", -10, 0, -1},
        {"erf", 0x1p-149L, 0, 0x1p-149L * 1.12837916709551257389615890312154517L /* 2/sqrt(pi) */}, {"erf", FLT_MAX, 0, 1},
        {"erf", -FLT_MAX, 0, -1},
        {"cbrt", 0, 0, 0}, {"cbrt", -0.0L, 0, -0.0L}, {"cbrt", INFINITY, 0, INFINITY},
        {"cbrt", -INFINITY, 0, -INFINITY}, {"cbrt", NAN, 0, NAN}, {"cbrt", 8, 0, 2}, {"cbrt", -27, 0, -3},
        {"cbrt", 0x1p-141L, 0, 0x1p-47L},
        /* pow: C99 F.9.4.4, in its order */
        {"pow", 0, -3, INFINITY}, {"pow", -0.0L, -3, -INFINITY}, {"pow", 0, -2, INFINITY},
        {"pow", -0.0L, -2.5L, INFINITY}, {"pow", 0, -INFINITY, INFINITY}, {"pow", -0.0L, -INFINITY, INFINITY},
        {"pow", 0, 3, 0}, {"pow", -0.0L, 3, -0.0L}, {"pow", -0.0L, 2, 0}, {"pow", -0.0L, 0.5L, 0},
        {"pow", -1, INFINITY, 1}, {"pow", -1, -INFINITY, 1}, {"pow", 1, NAN, 1}, {"pow", 1, -INFINITY, 1},
        {"pow", NAN, 0, 1}, {"pow", NAN, -0.0L, 1}, {"pow", -INFINITY, 0, 1}, {"pow", -2, 0.5L, NAN},
        {"pow", -8, 0x1.5555555555555555555555555555p-2L /* 1/3 */, NAN}, {"pow", 0.5L, -INFINITY, INFINITY}, {"pow", -0.5L, -INFINITY, INFINITY},
        {"pow", 2, -INFINITY, 0}, {"pow", -2, -INFINITY, 0}, {"pow", 0.5L, INFINITY, 0},
        {"pow", 2, INFINITY, INFINITY}, {"pow", -INFINITY, -3, -0.0L}, {"pow", -INFINITY, -2, 0},
        {"pow", -INFINITY, 3, -INFINITY}, {"pow", -INFINITY, 2, INFINITY}, {"pow", INFINITY, -1, 0},
        {"pow", INFINITY, 0.5L, INFINITY}, {"pow", NAN, 1, NAN}, {"pow", 2, NAN, NAN}, {"pow", -2, 3, -8},
        {"pow", 2, 10, 1024}, {"pow", 10, 1000, INFINITY}, {"pow", -10, 1001, -INFINITY}, {"pow", 10, -1000, 0},
        {"pow", 4, 0.5L, 2}, {"pow", 2, -1074, 0x1p-1074L},
        /* atan2: F.9.1.4 */
        {"atan2", 0, 0, 0}, {"atan2", -0.0L, 0, -0.0L}, {"atan2", 0, -0.0L, PI}, {"atan2", -0.0L, -0.0L, -PI},
        {"atan2", 0, -1, PI}, {"atan2", -0.0L, -1, -PI}, {"atan2", 0, 1, 0}, {"atan2", -0.0L, 1, -0.0L},
        {"atan2", -1, 0, -PI_2}, {"atan2", -1, -0.0L, -PI_2}, {"atan2", 1, 0, PI_2}, {"atan2", 1, -0.0L, PI_2},
        {"atan2", 1, -INFINITY, PI}, {"atan2", -1, -INFINITY, -PI}, {"atan2", 1, INFINITY, 0},
        {"atan2", -1, INFINITY, -0.0L}, {"atan2", INFINITY, 1, PI_2}, {"atan2", -INFINITY, 1, -PI_2},
        {"atan2", INFINITY, -INFINITY, PI3_4}, {"atan2", -INFINITY, -INFINITY, -PI3_4},
        {"atan2", INFINITY, INFINITY, PI_4}, {"atan2", -INFINITY, INFINITY, -PI_4}, {"atan2", NAN, 1, NAN},
        {"atan2", 1, NAN, NAN}, {"atan2", 1, 1, PI_4},
        {"atan2", INFINITY, -1, PI_2}, {"atan2", -INFINITY, -1, -PI_2}, {"atan2", 0, INFINITY, 0},
        {"atan2", -0.0L, INFINITY, -0.0L}, {"atan2", 0, -INFINITY, PI}, {"atan2", -0.0L, -INFINITY, -PI},
        {"atan2", INFINITY, 0, PI_2}, {"atan2", -INFINITY, -0.0L, -PI_2}, {"atan2", FLT_MAX, INFINITY, 0},
        {"atan2", -FLT_MAX, -INFINITY, -PI}, {"atan2", 0x1p-149L, 0x1p-149L, PI_4},
        {"atan2", FLT_MAX, 0x1p-149L, PI_2}, {"atan2", NAN, NAN, NAN}, {"atan2", INFINITY, NAN, NAN},
        {"atan2", NAN, -INFINITY, NAN}, {"atan2", 0, NAN, NAN},
        /* hypot: F.9.4.3 */
        {"hypot", INFINITY, NAN, INFINITY}, {"hypot", NAN, -INFINITY, INFINITY}, {"hypot", NAN, 1, NAN},
        {"hypot", 3, 4, 5}, {"hypot", -3, -4, 5}, {"hypot", -0.0L, -0.0L, 0}, {"hypot", -2, 0, 2},
        {"hypot", 0x1p-149L, 0, 0x1p-149L}, {"hypot", -INFINITY, 1, INFINITY},
        {"hypot", NAN, 0, NAN}, {"hypot", NAN, -0.0L, NAN}, {"hypot", 0, NAN, NAN}, {"hypot", -0.0L, NAN, NAN},
        {"hypot", NAN, NAN, NAN}, {"hypot", INFINITY, INFINITY, INFINITY}, {"hypot", 0, -INFINITY, INFINITY},
    };
    static const struct {
        const char *name;
        long double x, want;
    } f64_only[] = {
        {"exp", -INFINITY, 0},   {"exp", INFINITY, INFINITY}, {"exp", NAN, NAN},       {"exp", 0, 1},
        {"exp", -0.0L, 1},       {"exp", 710, INFINITY},      {"exp", -746, 0},        {"exp2", 1024, INFINITY},
        /* exp's last finite result and the first Inf, the last input whose
         * result rounds to 2^-1074 and the first to 0, subnormal results
         * (MPFR's values) */
        {"exp", 0x1.62e42fefa39efp+9L, 0x1.fffffffffff2ap+1023L}, {"exp", 0x1.62e42fefa39f0p+9L, INFINITY},
        {"exp", -0x1.74910d52d3051p+9L, 0x1p-1074L}, {"exp", -0x1.74910d52d3052p+9L, 0},
        {"exp", -708.5L, 0x0.e6cf6d08897acp-1022L}, {"exp", -0x1.6232bdd7abcd2p+9L, 0x1.000000000007cp-1022L},
        /* exp2: exact powers at both ends, the halfway case below 2^-1074 */
        {"exp2", 1023, 0x1p1023L}, {"exp2", -1022, 0x1p-1022L}, {"exp2", -1075, 0}, {"exp2", -1074.5L, 0x1p-1074L},
        {"exp2", -INFINITY, 0}, {"exp2", INFINITY, INFINITY}, {"exp2", NAN, NAN}, {"exp2", -0.0L, 1},
        /* log of the extremes, both sides of 1 and of DBL_MIN (MPFR's values) */
        {"log", 0x1p-1074L, -0x1.74385446d71c3p+9L}, {"log", 0x1.fffffffffffffp+1023L, 0x1.62e42fefa39efp+9L},
        {"log", 0x0.fffffffffffffp-1022L, -0x1.6232bdd7abcd2p+9L}, {"log", 0x1p-1022L, -0x1.6232bdd7abcd2p+9L},
        {"log", 0x1.0000000000001p+0L, 0x1.fffffffffffffp-53L}, {"log", 0x1.fffffffffffffp-1L, -0x1p-53L},
        {"log", -0x1p-1074L, NAN}, {"log", -INFINITY, NAN},
        /* expm1: both saturations, the last finite result, tiny arguments */
        {"expm1", -40, -1}, {"expm1", -37.5L, -1}, {"expm1", 0x1.62e42fefa39efp+9L, 0x1.fffffffffff2ap+1023L},
        {"expm1", 710, INFINITY}, {"expm1", 1e-300L, 1e-300L}, {"expm1", 0x1p-60L, 0x1p-60L}, {"expm1", NAN, NAN},
        {"expm1", 0, 0},
        /* sigmoid: both sides of the switch to e^x and to 1, -0 (mpmath's values) */
        {"sigmoid", -50, 0x1.d257d547e083fp-73L}, {"sigmoid", -45, 0x1.0e5b73d1ff53dp-65L},
        {"sigmoid", -700, 0x1.14f2b0fb9307fp-1010L}, {"sigmoid", 37.5L, 1}, {"sigmoid", 1, 0x1.764d4f5d5a2bdp-1L},
        {"sigmoid", -1, 0x1.136561454ba86p-2L}, {"sigmoid", -0.0L, 0.5L}, {"sigmoid", -800, 0},
        /* log1p: the ends of its range, halves, tiny arguments (mpmath's values) */
        {"log1p", 0x1.fffffffffffffp+1023L, 0x1.62e42fefa39efp+9L}, {"log1p", -0.5L, -0x1.62e42fefa39efp-1L},
        {"log1p", 1, 0x1.62e42fefa39efp-1L}, {"log1p", -0x1.fffffffffffffp-1L, -0x1.25e4f7b2737fap+5L},
        {"log1p", 0x1p-60L, 0x1p-60L}, {"log1p", 1e-300L, 1e-300L}, {"log1p", NAN, NAN}, {"log1p", -1.5L, NAN},
        /* log2 and log10 of exact powers come out exact */
        {"log2", 0x1p1023L, 1023}, {"log2", 0x1p-1022L, -1022}, {"log2", 0.5L, -1}, {"log2", 1, 0},
        {"log2", 0, -INFINITY}, {"log2", -1, NAN}, {"log2", INFINITY, INFINITY}, {"log2", NAN, NAN},
        {"log10", 1e22L, 22}, {"log10", 10, 1}, {"log10", 1e15L, 15}, {"log10", 1, 0}, {"log10", -0.0L, -INFINITY},
        {"log10", -1, NAN}, {"log10", INFINITY, INFINITY}, {"log10", NAN, NAN},
        {"exp2", -1074, 0x1p-1074L}, {"exp2", -1076, 0},      {"exp2", 3, 8},          {"expm1", -0.0L, -0.0L},
        {"expm1", -INFINITY, -1}, {"expm1", INFINITY, INFINITY}, {"expm1", 0x1p-1074L, 0x1p-1074L},
        {"log", 0, -INFINITY},   {"log", -0.0L, -INFINITY},   {"log", 1, 0},           {"log", -1, NAN},
        {"log", INFINITY, INFINITY}, {"log", NAN, NAN},       {"log2", 0x1p-1074L, -1074}, {"log2", 8, 3},
        {"log10", 1000, 3},      {"log10", 0, -INFINITY},     {"log1p", -1, -INFINITY}, {"log1p", -0.0L, -0.0L},
        {"log1p", -2, NAN},      {"log1p", INFINITY, INFINITY}, {"sigmoid", 0, 0.5L},  {"sigmoid", INFINITY, 1},
        {"sigmoid", -INFINITY, 0}, {"sigmoid", NAN, NAN},     {"sigmoid", 800, 1},     {"sin", 0, 0},
        {"sin", -0.0L, -0.0L},   {"sin", INFINITY, NAN},      {"sin", -INFINITY, NAN}, {"sin", NAN, NAN},
        {"cos", 0, 1},           {"cos", INFINITY, NAN},      {"cos", NAN, NAN},       {"tan", -0.0L, -0.0L},
        {"tan", INFINITY, NAN},  {"tan", NAN, NAN},           {"sin", 0x1p-1074L, 0x1p-1074L},
    };
    /* f32 only: thresholds of the f32 range (overflow, underflow, the last
     * finite result), exact cases in the subnormal range, huge exponents */
    static const struct {
        const char *name;
        float x, e, want;
    } f32_only[] = {
        {"sinh", 0x1.65a9f8p6f, 0, 0x1.ffffd8p127f}, {"sinh", 0x1.65a9fap6f, 0, INFINITY},
        {"sinh", -0x1.65a9f8p6f, 0, -0x1.ffffd8p127f}, {"sinh", -0x1.65a9fap6f, 0, -INFINITY},
        {"sinh", 0x1p-20f, 0, 0x1p-20f}, {"sinh", -FLT_MAX, 0, -INFINITY},
        {"cosh", 0x1.65a9f8p6f, 0, 0x1.ffffd8p127f}, {"cosh", -0x1.65a9fap6f, 0, INFINITY},
        {"cosh", 0x1p-13f, 0, 1}, {"cosh", 0x1p-149f, 0, 1}, {"cosh", FLT_MAX, 0, INFINITY},
        {"tanh", 0x1.205968p3f, 0, 1}, {"tanh", -0x1.205968p3f, 0, -1}, {"tanh", FLT_MAX, 0, 1},
        {"tanh", -0x1p-149f, 0, -0x1p-149f}, {"tanh", 0x1p-20f, 0, 0x1p-20f},
        /* sigmoid: both sides of the switch to e^x at -86, the clamp at 80,
         * either side of 0 and 16 (mpmath's values, correctly rounded) */
        {"sigmoid", -86, 0, 0x1.e726c4p-125f}, {"sigmoid", -0x1.580002p6f, 0, 0x1.e725dp-125f},
        {"sigmoid", -0x1.57fffep6f, 0, 0x1.e727b8p-125f}, {"sigmoid", 80, 0, 1}, {"sigmoid", 0x1.400002p6f, 0, 1},
        {"sigmoid", 16, 0, 0x1.fffffcp-1f}, {"sigmoid", -16, 0, 0x1.e355b8p-24f}, {"sigmoid", 17, 0, 0x1.fffffep-1f},
        {"sigmoid", 0.25f, 0, 0x1.1fd59ap-1f}, {"sigmoid", -0.25f, 0, 0x1.c054cep-2f},
        {"cbrt", 0x1p-147f, 0, 0x1p-49f}, {"cbrt", -0x1p-147f, 0, -0x1p-49f}, {"cbrt", 0x1.bp-143f, 0, 0x1.8p-48f},
        {"cbrt", 0x1p126f, 0, 0x1p42f}, {"cbrt", -1000, 0, -10}, {"cbrt", 0x1.bp+7f, 0, 0x1.8p+2f},
        /* pow: overflow and underflow exactly at the edges of f32, odd and even exponents */
        {"pow", 2, 127, 0x1p127f}, {"pow", 2, 128, INFINITY}, {"pow", -2, 127, -0x1p127f}, {"pow", -2, 128, INFINITY},
        {"pow", -2, 129, -INFINITY}, {"pow", 4, 63.5f, 0x1p127f}, {"pow", 4, 64, INFINITY},
        {"pow", 2, -149, 0x1p-149f}, {"pow", 2, -150, 0}, {"pow", -2, -149, -0x1p-149f}, {"pow", -2, -150, 0},
        {"pow", -2, -151, -0.0f}, {"pow", 0.5f, 149, 0x1p-149f}, {"pow", -0.5f, 149, -0x1p-149f},
        {"pow", 0.5f, 150, 0}, {"pow", -0.5f, 151, -0.0f}, {"pow", 2, -126, 0x1p-126f}, {"pow", 0x1p-126f, -1, 0x1p126f},
        {"pow", 0x1p-149f, -1, INFINITY}, {"pow", 0x1p-148f, 0.5f, 0x1p-74f}, {"pow", -0x1p-149f, 1, -0x1p-149f},
        {"pow", 0x1.234566p-100f, 1, 0x1.234566p-100f}, {"pow", 0x1p-149f, 0x1p-149f, 1},
        /* huge exponents: every f32 >= 2^24 is an even integer */
        {"pow", -1, 0x1p24f, 1}, {"pow", -1, 16777215, -1}, {"pow", -1, -16777215, -1}, {"pow", -1, 0x1.000002p24f, 1},
        {"pow", -1, FLT_MAX, 1}, {"pow", -1, -FLT_MAX, 1}, {"pow", -0.0f, FLT_MAX, 0}, {"pow", -0.0f, -FLT_MAX, INFINITY},
        {"pow", -0.0f, -16777215, -INFINITY}, {"pow", -INFINITY, FLT_MAX, INFINITY}, {"pow", -INFINITY, 16777215, -INFINITY},
        {"pow", -INFINITY, -16777215, -0.0f}, {"pow", 0.5f, FLT_MAX, 0}, {"pow", 2, FLT_MAX, INFINITY},
        {"pow", 2, -FLT_MAX, 0}, {"pow", -2, FLT_MAX, INFINITY}, {"pow", -2, -FLT_MAX, 0},
        /* just below and above 1 with large exponents */
        {"pow", 0x1.fffffep-1f, FLT_MAX, 0}, {"pow", 0x1.000002p0f, FLT_MAX, INFINITY},
        {"pow", 0x1.fffffep-1f, -FLT_MAX, INFINITY}, {"pow", 0x1.000002p0f, -FLT_MAX, 0},
        {"pow", 0x1.000002p0f, 0x1p32f, INFINITY}, {"pow", -0x1.fffffep-1f, 0x1p40f, 0},
        {"pow", 0x1.fffffep-1f, 0x1p-30f, 1}, {"pow", -1, NAN, NAN}, {"pow", -2, INFINITY, INFINITY},
        {"pow", -0.5f, INFINITY, 0}, {"pow", 10, 10, 1e10f}, {"pow", -3, 3, -27}, {"pow", 1.5f, 2, 2.25f},
        /* hypot: no overflow or underflow in the squares */
        {"hypot", FLT_MAX, FLT_MAX, INFINITY}, {"hypot", 0x1p127f, -0x1p127f, 0x1.6a09e6p127f},
        {"hypot", FLT_MAX, 1, FLT_MAX}, {"hypot", 0x1p-149f, 0x1p-149f, 0x1p-149f}, {"hypot", -0x1p-149f, 0, 0x1p-149f},
        {"hypot", 0x1.8p-147f, 0x1p-146f, 0x1.4p-146f}, {"hypot", 5, -12, 13}, {"hypot", NAN, INFINITY, INFINITY},
        {"hypot", NAN, 0, NAN}, {"hypot", 0, NAN, NAN},
    };
    /* pow (f64): the edges of double, exact results, the parity of huge
     * exponents (not all of them floats) */
    static const struct {
        long double x, e, want;
    } pow_f64[] = {
        {2, 1023, 0x1p1023L}, {2, 1024, INFINITY}, {-2, 1023, -0x1p1023L},
        {-2, 1024, INFINITY}, {-2, -1074, 0x1p-1074L}, {-2, -1075, -0.0L},
        {-2, -1073, -0x1p-1073L}, {0.5L, 1074, 0x1p-1074L}, {0.5L, 1075, 0},
        {0x1p-1074L, -1, INFINITY}, {0x1p-1074L, 0.5L, 0x1p-537L}, {0x1p-1022L, -1, 0x1p1022L},
        {-0x1p-1074L, 1, -0x1p-1074L}, {0x1.fffffffffffffp+1023L, 1, 0x1.fffffffffffffp+1023L},
        {0x1.fffffffffffffp+1023L, -1, 0x0.4p-1022L}, {-1, 0x1p53L, 1},
        {-1, 0x1.fffffffffffffp+52L, -1}, {-1, DBL_MAX, 1}, {-0.0L, -DBL_MAX, INFINITY},
        {-INFINITY, 0x1.fffffffffffffp+52L, -INFINITY}, {0x1.0000000000001p+0L, 0x1p62L, INFINITY},
        {0x1.0000000000001p+0L, -0x1p62L, 0}, {0x1.0000000000001p+0L, 1e-300L, 1},
        {3, 33, 5559060566555523.0L}, {-3, 33, -5559060566555523.0L}, {1e-300L, 1, 1e-300L},
        {10, 22, 1e22L}, {0x1p-1074L, 0x1p-1074L, 1}, {0x1.8p0L, 3, 3.375L},
    };
    vmath_isa before = vmath_isa_active();
    int round = fegetround();
    int failures = 0;
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        if (vmath_isa_set((vmath_isa)isa) != 0)
            continue;
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            for (int t = 0; t < 2; t++) {
                long double x = cases[i].x, e = cases[i].e, w = cases[i].want;
                if (t == 0 && !(fits_f32(x) && fits_f32(e) && fits_f32(w)))
                    continue;
                failures += check_special(cases[i].name, t == 0 ? VMATH_T_F32 : VMATH_T_F64, x, e, w);
            }
        for (size_t i = 0; i < sizeof f32_only / sizeof f32_only[0]; i++)
            failures += check_special(f32_only[i].name, VMATH_T_F32, f32_only[i].x, f32_only[i].e, f32_only[i].want);
        for (size_t i = 0; i < sizeof f64_only / sizeof f64_only[0]; i++)
            failures += check_special(f64_only[i].name, VMATH_T_F64, f64_only[i].x, 0, f64_only[i].want);
        for (size_t i = 0; i < sizeof pow_f64 / sizeof pow_f64[0]; i++)
            failures += check_special("pow", VMATH_T_F64, pow_f64[i].x, pow_f64[i].e, pow_f64[i].want);
    }
    assert_int_equal(fegetround(), round);
    assert_int_equal(vmath_isa_set(before), 0);
    assert_int_equal(failures, 0);
}

static uint64_t rng_state;
static uint64_t rnd64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

#ifdef VMATH_HAVE_MPFR
static double uniform(double lo, double hi)
{
    return lo + (hi - lo) * (double)(rnd64() >> 11) * 0x1p-53;
}

/* One input: a random bit pattern (every exponent, both signs), or uniform
 * in the range where the function is neither saturated nor trivial. */
static double pick(vmath_type t, double lo, double hi, int k)
{
    uint64_t b = rnd64();
    if (k % 2 == 0) {
        if (t == VMATH_T_F32) {
            uint32_t b32 = (uint32_t)(b >> 32);
            float f;
            memcpy(&f, &b32, 4);
            return f;
        }
        double d;
        memcpy(&d, &b, 8);
        return d;
    }
    double v = uniform(lo, hi);
    return t == VMATH_T_F32 ? (double)(float)v : v;
}

#define N_RANDOM 20000

/* The scalar kernels against MPFR, and sse4.1's, which evaluate in f64 (f32
 * functions) or call the C library's long double functions (f64), so the
 * harness's long double oracle checks them against themselves: MPFR is
 * their independent check. Fails on any error above 1 ULP. */
static void test_mpfr_oracle(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        double lo, hi, elo, ehi; /* ranges of x and of the second argument */
        int f64_only;
    } fns[] = {
        {"asin", -1, 1, 0, 0, 0},         {"acos", -1, 1, 0, 0, 0},          {"atan", -20, 20, 0, 0, 0},
        {"sinh", -90, 90, 0, 0, 0},       {"cosh", -90, 90, 0, 0, 0},        {"tanh", -10, 10, 0, 0, 0},
        {"erf", -5, 5, 0, 0, 0},          {"cbrt", -10, 10, 0, 0, 0},        {"pow", 0, 4, -60, 60, 0},
        {"atan2", -4, 4, -4, 4, 0},       {"hypot", -1e3, 1e3, -1e3, 1e3, 0}, {"exp", -750, 710, 0, 0, 1},
        {"exp2", -1080, 1025, 0, 0, 1},   {"expm1", -40, 710, 0, 0, 1},      {"log", 0, 4, 0, 0, 1},
        {"log2", 0, 4, 0, 0, 1},          {"log10", 0, 4, 0, 0, 1},          {"log1p", -1, 4, 0, 0, 1},
        {"sigmoid", -750, 40, 0, 0, 1},   {"sin", -1e4, 1e4, 0, 0, 1},       {"cos", -1e4, 1e4, 0, 0, 1},
        {"tan", -1e4, 1e4, 0, 0, 1},
    };
    mpfr_t ex, tmp, mx, me;
    mpfr_inits2(128, ex, tmp, mx, me, (mpfr_ptr)0);
    static double x[N_RANDOM], e[N_RANDOM], y[N_RANDOM];
    static float xf[N_RANDOM], ef[N_RANDOM], yf[N_RANDOM];
    int failures = 0;
    static const vmath_isa isas[] = {VMATH_ISA_SCALAR, VMATH_ISA_SSE41};
    for (size_t ii = 0; ii < sizeof isas / sizeof isas[0]; ii++) {
        vmath_isa isa = isas[ii];
        if (vmath_isa_available(isa) != 1) {
            print_message("[ INFO     ] %s: not native here, not checked against MPFR\n", vmath_isa_name(isa));
            continue;
        }
        const vmath_kernels *k = vmath_kernels_of(isa);
        for (size_t f = 0; f < sizeof fns / sizeof fns[0]; f++)
            for (int t = fns[f].f64_only; t < 2; t++) {
                vmath_type ty = t == 0 ? VMATH_T_F32 : VMATH_T_F64;
                char opname[32];
                snprintf(opname, sizeof opname, "%s_%s", fns[f].name, t == 0 ? "f32" : "f64");
                const vmath_op *op = vmath_op_find(opname);
                assert_non_null(op);
                int binary = op->shape == VMATH_SHAPE_VV;
                rng_state = vt_seed() ^ (f << 1 | (size_t)t);
                for (size_t i = 0; i < N_RANDOM; i++) {
                    x[i] = pick(ty, fns[f].lo, fns[f].hi, (int)i);
                    e[i] = binary ? pick(ty, fns[f].elo, fns[f].ehi, (int)(i >> 1)) : 0;
                    if (binary && i % 8 == 7) /* integer exponents, negative bases, equal arguments */
                        e[i] = (double)(int)e[i], x[i] = -x[i];
                    xf[i] = (float)x[i], ef[i] = (float)e[i];
                }
                void *in[3] = {t == 0 ? (void *)xf : (void *)x, t == 0 ? (void *)ef : (void *)e, NULL};
                double s[2] = {0, 0};
                vmath_op_call(op, vmath_op_kernel(k, op), t == 0 ? (void *)yf : (void *)y, in, s, N_RANDOM);
                double worst = 0, worst_x = 0, worst_e = 0;
                for (size_t i = 0; i < N_RANDOM; i++) {
                    double xi = t == 0 ? xf[i] : x[i], ei = t == 0 ? ef[i] : e[i], yi = t == 0 ? yf[i] : y[i];
                    mpfr_set_d(mx, xi, MPFR_RNDN);
                    mpfr_set_d(me, ei, MPFR_RNDN);
                    exact(fns[f].name, ex, mx, me);
                    double err = t == 0 ? ulp_error(yi, ex, tmp, 24, -126) : ulp_error(yi, ex, tmp, 53, -1022);
                    if (!(err <= worst))
                        worst = err, worst_x = xi, worst_e = ei;
                }
                if (binary)
                    print_message("[ INFO     ] %s %s: max error %.4f ULP at (%a, %a)\n", opname, vmath_isa_name(isa), worst,
                                  worst_x, worst_e);
                else
                    print_message("[ INFO     ] %s %s: max error %.4f ULP at %a\n", opname, vmath_isa_name(isa), worst, worst_x);
                if (!(worst <= 1.0)) {
                    print_error("%s %s(%a, %a): error %g ULP > 1\n", vmath_isa_name(isa), opname, worst_x, worst_e, worst);
                    failures++;
                }
            }
    }
    mpfr_clears(ex, tmp, mx, me, (mpfr_ptr)0);
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

/* pow_f32 where its error concentrates: |y log2 x| large (up to the
 * overflow and underflow thresholds), x just below and above 1 with huge
 * exponents, negative bases with integer exponents. The scalar kernel (the
 * bits every ISA with FMA returns) against powl rounded to double (x87:
 * 2^-63 relative, far below what 1 ULP of f32 needs); fails above 1 ULP. */
#ifdef VMATH_HAVE_MPFR
/* f32 with the bits of an exponent in [elo, ehi] and a random significand */
static float rnd_f32_exp(int elo, int ehi)
{
    uint64_t b = rnd64();
    int ex = elo + (int)((b >> 32) % (uint64_t)(ehi - elo + 1));
    return ldexpf(1.0f + (float)(b & 0x7fffff) * 0x1p-23f, ex);
}

#define N_ATAN2 (LDBL_MANT_DIG == 64 ? 2000000 : 200000) /* qemu: fewer */

/* atan2_f32 (src/invtrigf_impl.h) where its error and its special paths
 * are: random bit patterns; |y|/|x| near 1/2 (the switch between v = n/d
 * and v = (n-d)/(n+d)), near 1, and tiny; max(|x|, |y|) near 2^-40 and
 * 2^65 (the rare scaling branch) and at the ends of the range; the smaller
 * below 2^-90 (no correction term); subnormals; neighbours of y = +-x.
 * Random signs throughout. The scalar kernel against MPFR (fails above
 * 1 ULP), and every ISA's kernel with FMA against the scalar bits (SSE4.1
 * keeps an f64 kernel, which tests/check.c holds to 1 ULP). */
static void test_atan2_dense(void **state)
{
    (void)state;
    static float y[N_ATAN2], x[N_ATAN2], r[N_ATAN2], ri[N_ATAN2];
    rng_state = vt_seed() ^ 0xa7a2;
    for (size_t i = 0; i < N_ATAN2; i++) {
        float n, d = rnd_f32_exp(-126, 126);
        double u = (double)(rnd64() >> 11) * 0x1p-53;
        switch (i % 10) {
        case 0: { /* any bits but NaN */
            uint64_t b = rnd64();
            uint32_t b0 = (uint32_t)b & 0x7f7fffffu, b1 = (uint32_t)(b >> 32) & 0x7f7fffffu;
            memcpy(&n, &b0, 4);
            memcpy(&d, &b1, 4);
            break;
        }
        case 1: /* ratio in [0.45, 0.55] */
            n = (float)(d * (0.45 + 0.1 * u));
            break;
        case 2: /* ratio in [0.9, 1] */
            n = (float)(d * (0.9 + 0.1 * u));
            break;
        case 3: /* ratio 2^-40 .. 1 */
            n = (float)(d * exp2(-40 * u));
            break;
        case 4: /* the larger near 2^-40 or 2^65 */
            d = rnd_f32_exp(i % 20 < 10 ? -42 : 63, i % 20 < 10 ? -38 : 67);
            n = (float)(d * exp2(-30 * u));
            break;
        case 5: /* the smaller tiny */
            d = rnd_f32_exp(-40, 10);
            n = rnd_f32_exp(-149, -85);
            break;
        case 6: /* subnormals */
            n = (float)(rnd64() % 0x800000) * 0x1p-149f;
            d = (float)(rnd64() % 0x800000) * 0x1p-149f;
            break;
        case 7: /* huge */
            d = rnd_f32_exp(120, 127);
            n = (float)(d * exp2(-20 * u));
            break;
        case 8: { /* neighbours of |y| = |x| */
            uint32_t b;
            memcpy(&b, &d, 4);
            b += (uint32_t)(rnd64() % 64) - 32;
            memcpy(&n, &b, 4);
            break;
        }
        default: /* uniform in [-4, 4]^2 */
            n = (float)(8 * u - 4);
            d = (float)uniform(-4, 4);
            break;
        }
        int swap = (rnd64() & 1) != 0;
        y[i] = swap ? d : n;
        x[i] = swap ? n : d;
        if (rnd64() & 1)
            y[i] = -y[i];
        if (rnd64() & 1)
            x[i] = -x[i];
    }
    const vmath_kernels *k = vmath_kernels_of(VMATH_ISA_SCALAR);
    k->atan2_f32(r, y, x, N_ATAN2);
    mpfr_t ex, tmp, my, mx;
    mpfr_inits2(128, ex, tmp, my, mx, (mpfr_ptr)0);
    double worst = 0;
    size_t at = 0;
    for (size_t i = 0; i < N_ATAN2; i++) {
        mpfr_set_d(my, y[i], MPFR_RNDN);
        mpfr_set_d(mx, x[i], MPFR_RNDN);
        exact("atan2", ex, my, mx);
        double err = ulp_error(r[i], ex, tmp, 24, -126);
        if (!(err <= worst))
            worst = err, at = i;
    }
    mpfr_clears(ex, tmp, my, mx, (mpfr_ptr)0);
    mpfr_free_cache();
    print_message("[ INFO     ] atan2_f32: max error %.4f ULP at (%a, %a) over %d inputs\n", worst, (double)y[at],
                  (double)x[at], N_ATAN2);
    assert_true(worst <= 1.0);
    int failures = 0;
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        if (isa == VMATH_ISA_SCALAR || isa == VMATH_ISA_SSE41)
            continue;
        const vmath_kernels *ki = kernels_or_note(isa, "atan2_f32 dense");
        if (ki == NULL)
            continue;
        ki->atan2_f32(ri, y, x, N_ATAN2);
        for (size_t i = 0; i < N_ATAN2; i++)
            if (memcmp(&ri[i], &r[i], 4) != 0 && !(isnan(ri[i]) && isnan(r[i]))) {
                print_error("%s atan2_f32(%a, %a) = %a, scalar %a\n", vmath_isa_name((vmath_isa)isa), (double)y[i],
                            (double)x[i], (double)ri[i], (double)r[i]);
                failures++;
                break;
            }
    }
    assert_int_equal(failures, 0);
}
#else
static void test_atan2_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] atan2 dense: built without MPFR (Debian libmpfr-dev for this architecture)\n");
    skip();
}
#endif

#define N_POW (LDBL_MANT_DIG == 64 ? 1000000 : 100000)  /* binary128 powl is slow (AArch64, qemu) */

static void test_pow_dense(void **state)
{
    (void)state;
    static float x[1000000], e[1000000], y[1000000];
    rng_state = vt_seed() ^ 0x90e;
    for (size_t i = 0; i < N_POW; i++) {
        double u = (double)(rnd64() >> 11) * 0x1p-53, v = (double)(rnd64() >> 11) * 0x1p-53;
        float xi, ei;
        switch (i % 4) {
        case 0: /* x in [0.5, 2], y log2 x in [-155, 130] */
        case 1:
            xi = (float)(0.5 + 1.5 * u);
            ei = (float)((-155 + 285 * v) / log2((double)xi));
            break;
        case 2: { /* x = 1 +- k 2^-24, k < 2^12, y log2 x in [-155, 130] */
            int k = 1 + (int)(u * 4095);
            xi = (float)(i % 8 < 4 ? 1 + k * 0x1p-23 : 1 - k * 0x1p-24);
            ei = (float)((-155 + 285 * v) / log2((double)xi));
            break;
        }
        default: /* negative x, integer y with |y log2|x|| <= 155 */
            xi = -(float)(0.5 + 1.5 * u);
            ei = (float)rint((-155 + 310 * v) / fabs(log2(-(double)xi)));
            if (!isfinite(ei) || fabsf(ei) > 0x1p24f)
                ei = 3;
            break;
        }
        x[i] = xi, e[i] = ei;
    }
    const vmath_kernels *k = vmath_kernels_of(VMATH_ISA_SCALAR);
    k->pow_f32(y, x, e, N_POW);
    double worst = 0;
    size_t at = 0;
    for (size_t i = 0; i < N_POW; i++) {
        double want = (double)powl(x[i], e[i]);
        float cr = (float)want;
        double err;
        if (isinf(cr) || isinf(y[i]))
            err = cr == y[i] ? 0 : INFINITY;
        else {
            int ex;
            frexp(want, &ex);
            err = fabs((double)y[i] - want) / ldexp(1.0, (ex - 1 < -126 ? -126 : ex - 1) - 23);
        }
        if (!(err <= worst))
            worst = err, at = i;
    }
    print_message("[ INFO     ] pow_f32: max error %.4f ULP at (%a, %a) over %d inputs\n", worst, (double)x[at],
                  (double)e[at], N_POW);
    assert_true(worst <= 1.0);
}

/* hypot_f32 densely where its f32 evaluation (src/hyperf_impl.h) could go
 * wrong: both arguments of about the same size (both squares matter) at
 * every exponent, one up to 2^14 times the other either way (fl(a^2 - s)
 * rounds most when b is the larger), with the squares' overflow (|x| >
 * 2^63) and underflow (results below 2^-49) around the rescaled branch's
 * thresholds, subnormals,
 * results near FLT_MAX, one argument far smaller, small integers (exact
 * results). The scalar kernel (the bits every ISA with FMA returns)
 * against MPFR; fails above 1 ULP. */
#ifdef VMATH_HAVE_MPFR
#define N_HYPOT (LDBL_MANT_DIG == 64 ? 2000000 : 200000) /* fewer under qemu (AArch64) */

static float hypot_arg(int e)
{
    /* a random 24-bit significand at 2^e, rounded to f32 (subnormal below 2^-126, Inf above 2^127) */
    double m = 1 + (double)(rnd64() >> 40) * 0x1p-24;
    float v = (float)ldexp(m, e);
    return rnd64() & 1 ? -v : v;
}

static void test_hypot_dense(void **state)
{
    (void)state;
    static float x[2000000], e[2000000], y[2000000];
    rng_state = vt_seed() ^ 0x4790;
    for (size_t i = 0; i < N_HYPOT; i++) {
        int ex, d;
        uint64_t r = rnd64();
        switch (i % 8) {
        case 0: /* any exponent, the smaller within 2^-14 */
        case 1:
            ex = -149 + (int)(r % 277), d = (int)((r >> 20) % 15);
            break;
        case 2: /* around the thresholds 2^-50 and 2^63 */
            ex = (r & 1 ? -53 : 60) + (int)((r >> 1) % 7), d = (int)((r >> 20) % 31);
            break;
        case 3: /* huge: near and past FLT_MAX's square root and FLT_MAX */
            ex = 118 + (int)(r % 10), d = (int)((r >> 20) % 31);
            break;
        case 4: /* tiny and subnormal */
            ex = -149 + (int)(r % 30), d = (int)((r >> 20) % 31);
            break;
        case 5: /* one argument far smaller */
            ex = -120 + (int)(r % 247), d = 14 + (int)((r >> 20) % 60);
            break;
        case 6: /* equal exponents */
            ex = -149 + (int)(r % 277), d = 0;
            break;
        default: /* small integers */
            ex = 0, d = 0;
            break;
        }
        if (i % 8 == 7) {
            x[i] = (float)(int)(r % 8192), e[i] = (float)(int)((r >> 13) % 8192);
        } else {
            x[i] = hypot_arg(ex), e[i] = hypot_arg(ex - d);
            if (r >> 63) {
                float t = x[i];
                x[i] = e[i], e[i] = t;
            }
        }
    }
    const vmath_kernels *k = vmath_kernels_of(VMATH_ISA_SCALAR);
    k->hypot_f32(y, x, e, N_HYPOT);
    mpfr_t ex, tmp, mx, me;
    mpfr_inits2(128, ex, tmp, mx, me, (mpfr_ptr)0);
    double worst[2] = {0, 0}; /* normal results, subnormal results */
    size_t at[2] = {0, 0};
    for (size_t i = 0; i < N_HYPOT; i++) {
        mpfr_set_flt(mx, x[i], MPFR_RNDN);
        mpfr_set_flt(me, e[i], MPFR_RNDN);
        mpfr_hypot(ex, mx, me, MPFR_RNDN);
        double err = ulp_error(y[i], ex, tmp, 24, -126);
        int sub = fabsf(y[i]) < 0x1p-126f;
        if (!(err <= worst[sub]))
            worst[sub] = err, at[sub] = i;
    }
    mpfr_clears(ex, tmp, mx, me, (mpfr_ptr)0);
    mpfr_free_cache();
    for (int sub = 0; sub < 2; sub++)
        print_message("[ INFO     ] hypot_f32: max error %.4f ULP (%s results) at (%a, %a) over %d pairs\n", worst[sub],
                      sub ? "subnormal" : "normal", (double)x[at[sub]], (double)e[at[sub]], N_HYPOT);
    assert_true(worst[0] <= 1.0 && worst[1] <= 1.0);
}
#else
static void test_hypot_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] hypot-dense: built without MPFR\n");
    skip();
}
#endif

#ifdef VMATH_HAVE_MPFR
#define N_DENSE (LDBL_MANT_DIG == 64 ? 300000 : 30000) /* fewer under qemu (AArch64) */

/* f64 function `name` on x[0..n-1] (and e[0..n-1], its second argument,
 * unless NULL): the scalar kernel and SSE4.1's (the C library's) against
 * MPFR (a failure above 1 ULP), every other ISA's kernel against the scalar
 * bits (NaN: any NaN). Returns the failures. */
static void call_d(const vmath_kernels *k, const vmath_op *op, double *y, const double *x, const double *e, size_t n)
{
    void *in[3] = {(void *)x, (void *)e, NULL};
    double s[2] = {0, 0};
    vmath_op_call(op, vmath_op_kernel(k, op), y, in, s, n);
}

static int dense_f64(const char *name, const double *x, const double *e, size_t n)
{
    static double y[N_DENSE], yi[N_DENSE];
    char opname[16];
    snprintf(opname, sizeof opname, "%s_f64", name);
    const vmath_op *op = vmath_op_find(opname);
    call_d(vmath_kernels_of(VMATH_ISA_SCALAR), op, y, x, e, n);
    mpfr_t ex, tmp, mx, me;
    mpfr_inits2(128, ex, tmp, mx, me, (mpfr_ptr)0);
    int failures = 0;
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        const vmath_kernels *ki = kernels_or_note(isa, opname);
        if (ki == NULL)
            continue;
        call_d(ki, op, yi, x, e, n);
        if (isa != VMATH_ISA_SCALAR && isa != VMATH_ISA_SSE41) {
            for (size_t i = 0; i < n; i++)
                if (memcmp(&yi[i], &y[i], 8) != 0 && !(isnan(yi[i]) && isnan(y[i]))) {
                    print_error("%s %s(%a, %a) = %a, scalar %a\n", vmath_isa_name((vmath_isa)isa), opname, x[i],
                                e ? e[i] : 0.0, yi[i], y[i]);
                    failures++;
                    break;
                }
            continue;
        }
        double worst = 0, worst_normal = 0;
        size_t at = 0;
        for (size_t i = 0; i < n; i++) {
            mpfr_set_d(mx, x[i], MPFR_RNDN);
            mpfr_set_d(me, e ? e[i] : 0.0, MPFR_RNDN);
            exact(name, ex, mx, me);
            double err = ulp_error(yi[i], ex, tmp, 53, -1022);
            if (!(err <= worst))
                worst = err, at = i;
            if (fabs(yi[i]) >= DBL_MIN && err > worst_normal)
                worst_normal = err;
        }
        print_message("[ INFO     ] %s %s: max error %.4f ULP at (%a, %a) over %zu inputs (normal results: %.4f)\n",
                      vmath_isa_name((vmath_isa)isa), opname, worst, x[at], e ? e[at] : 0.0, n, worst_normal);
        if (!(worst <= 1.0))
            failures++;
    }
    mpfr_clears(ex, tmp, mx, me, (mpfr_ptr)0);
    mpfr_free_cache();
    return failures;
}

/* any finite double (the exponent field all ones has its top bit cleared) */
static double any_finite(void)
{
    uint64_t r = rnd64();
    double v;
    memcpy(&v, &r, 8);
    if (!isfinite(v))
        r &= ~(UINT64_C(1) << 62), memcpy(&v, &r, 8);
    return v;
}

/* subnormal or tiny (below 2^-982) */
static double tiny(size_t i)
{
    uint64_t r = rnd64() >> 12;
    double v;
    memcpy(&v, &r, 8);
    return i % 2 ? v : v * 0x1p40;
}

/* sin, cos and tan (f64, src/trigd_impl.h) where their errors are: the
 * doubles closest to multiples of pi/2 for every exponent of the fast path
 * and some beyond (tools/trig_hard.py --f64) and their neighbours, the fast
 * path's limit 2^20 (beyond: Payne-Hanek), pi/4 and its neighbours, random
 * bit patterns over every exponent, uniform in [-pi/4, pi/4], [-1e4, 1e4]
 * and [-2^23, 2^23], subnormals. */
static void test_trigd_dense(void **state)
{
    (void)state;
    static const double hard[] = {
        0x1.921fb54442d18p+0, 0x1.921fb54442d18p+1, 0x1.2d97c7f3321d2p+2, 0x1.2d97c7f3321d2p+3, 0x1.2d97c7f3321d2p+4,
        0x1.6c6cbc45dc8dep+5, 0x1.6c6cbc45dc8dep+6, 0x1.6c6cbc45dc8dep+7, 0x1.6c6cbc45dc8dep+8, 0x1.6c6cbc45dc8dep+9,
        0x1.6c6cbc45dc8dep+10, 0x1.6c6cbc45dc8dep+11, 0x1.6c6cbc45dc8dep+12, 0x1.6c6cbc45dc8dep+13,
        0x1.6c6cbc45dc8dep+14, 0x1.67e57cdd4dc54p+15, 0x1.67e57cdd4dc54p+16, 0x1.0dec1da5fa53fp+17,
        0x1.39c6fd67805a7p+18, 0x1.39c6fd67805a7p+19, 0x1.9eb7148f354d6p+20, 0x1.9eb7148f354d6p+21,
        0x1.9eb7148f354d6p+22, 0x1.b951f1572eba5p+23, 0x1.1a209b98a791fp+73, 0x1.09ffca60b8363p+123,
        0x1.1b50cc25436dap+173, 0x1.33322fd48b212p+223, 0x1.16e59932ab3bcp+273, 0x1.1a8b94e0e8d12p+323,
        0x1.24faaa5272710p+373, 0x1.6dd6b29edc33ap+423, 0x1.71fe9a2c6e0dcp+473, 0x1.f0585228f1561p+523,
        0x1.b46267827b27ep+573, 0x1.3dfd068a48750p+623, 0x1.97e359bb79bb4p+673, 0x1.15f180f45842fp+723,
        0x1.190ff125307dep+773, 0x1.0107ed222087ep+823, 0x1.a5de46db774e4p+873, 0x1.ab7685b91aef6p+923,
        0x1.18a3049236b73p+973, 0x1.61a3db8c8d129p+1023,
        0x1p20, 0x1p23, 0x1.921fb54442d18p-1, 0x1.921fb54442d19p-1, 0x1.fffffffffffffp+22, 0x1.0000000000001p+23,
    };
    static double x[N_DENSE];
    rng_state = vt_seed() ^ 0x7d16;
    size_t n = 0;
    for (size_t i = 0; i < sizeof hard / sizeof hard[0]; i++)
        for (int64_t d = -3; d <= 3; d++) {
            uint64_t b;
            memcpy(&b, &hard[i], 8);
            b += (uint64_t)d;
            double v;
            memcpy(&v, &b, 8);
            x[n++] = v;
            x[n++] = -v;
        }
    for (; n < N_DENSE; n++) {
        switch (n % 5) {
        case 0: x[n] = any_finite(); break;
        case 1: x[n] = uniform(-0x1.921fb54442d18p-1, 0x1.921fb54442d18p-1); break;
        case 2: x[n] = uniform(-1e4, 1e4); break;
        case 3: x[n] = uniform(-0x1p23, 0x1p23); break;
        default: x[n] = tiny(n); break;
        }
    }
    int failures = 0;
    failures += dense_f64("sin", x, NULL, N_DENSE);
    failures += dense_f64("cos", x, NULL, N_DENSE);
    failures += dense_f64("tan", x, NULL, N_DENSE);
    assert_int_equal(failures, 0);
}

/* sinh, cosh, tanh and cbrt (f64, src/hyperd_impl.h). sinh, cosh, tanh: uniform in [-1, 1], [-40,
 * 40] and [-712, 712], near ln2/64 and ln2/32 (expm1's hardest inputs, 2x for
 * tanh), [700, 712] of both signs (vectors mixing the main path, below 704,
 * and e^a/2: the overflow at 710.4758), tiny and subnormal, any finite bits,
 * +-0, +-Inf, NaN. */
static void test_hyperd_dense(void **state)
{
    (void)state;
    static double x[N_DENSE];
    rng_state = vt_seed() ^ 0x4e7d;
    size_t n = 0;
    static const double special[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 704.0, -704.0, 0x1.62e42fefa39efp+9,
                                     0x1.633ce8fb9f87dp+9, 0x1.633ce8fb9f87ep+9, 19.5, -19.5, 0x1p-27, 0x1p-1074};
    for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
        x[n++] = special[i];
    for (; n < N_DENSE; n++) {
        double s = n & 1 ? -1.0 : 1.0;
        switch (n % 16 / 2) {
        case 0: x[n] = uniform(-1, 1); break;
        case 1: x[n] = uniform(-40, 40); break;
        case 2: x[n] = uniform(-712, 712); break;
        case 3: x[n] = s * uniform(0.0105, 0.0112); break;
        case 4: x[n] = s * uniform(0.0212, 0.0222); break;
        case 5: x[n] = s * uniform(700, 712); break;
        case 6: x[n] = any_finite(); break;
        default: x[n] = s * tiny(n); break;
        }
    }
    int failures = 0;
    failures += dense_f64("sinh", x, NULL, N_DENSE);
    failures += dense_f64("cosh", x, NULL, N_DENSE);
    failures += dense_f64("tanh", x, NULL, N_DENSE);
    /* cbrt: any finite bits, subnormals, exact cubes (integers and their
     * halves), uniform in [-10, 10], the binades' ends */
    rng_state = vt_seed() ^ 0xcb27;
    for (n = 0; n < N_DENSE; n++) {
        double s = n & 1 ? -1.0 : 1.0, k = (double)(rnd64() % 200000);
        switch (n % 10 / 2) {
        case 0: x[n] = any_finite(); break;
        case 1: x[n] = s * tiny(n); break;
        case 2: x[n] = s * k * k * k * (n % 4 < 2 ? 1.0 : 0.125); break;
        case 3: x[n] = uniform(-10, 10); break;
        default: x[n] = s * ldexp(n % 4 < 2 ? 1.0 : 0x1.fffffffffffffp0, -1074 + (int)(rnd64() % 2098)); break;
        }
    }
    failures += dense_f64("cbrt", x, NULL, N_DENSE);
    assert_int_equal(failures, 0);
}

/* hypot (f64, src/hyperd_impl.h): arguments 2^-60 .. 1 apart at random
 * exponents over the whole range (both scaling thresholds, 2^-450 and 2^500,
 * included), equal exponents, one argument far smaller, subnormals, huge
 * (near DBL_MAX: overflow), integers (exact results such as 3, 4, 5),
 * zeros, +-Inf with NaN, random signs. */
static double hypot_arg_d(int ex)
{
    double v = ldexp(1.0 + (double)(rnd64() >> 11) * 0x1p-53, ex);
    return rnd64() & 1 ? -v : v;
}

static void test_hypotd_dense(void **state)
{
    (void)state;
    static double x[N_DENSE], e[N_DENSE];
    rng_state = vt_seed() ^ 0x4790d;
    static const double special[][2] = {{INFINITY, NAN},  {NAN, -INFINITY}, {NAN, 1},   {3, 4},
                                        {0, 0},          {-0.0, -0.0},      {0, -2},   {0x1p-1074, 0},
                                        {DBL_MAX, DBL_MAX}, {DBL_MAX, 1},   {0x1p-1074, 0x1p-1074}};
    size_t n = 0;
    for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
        x[n] = special[i][0], e[n++] = special[i][1];
    for (; n < N_DENSE; n++) {
        uint64_t r = rnd64();
        int ex = -1074 + (int)(r % 2098), d = (int)((r >> 16) % 61);
        switch (n % 6) {
        case 0: ex = (r & 1 ? -455 : 495) + (int)((r >> 1) % 11); break; /* the thresholds */
        case 1: d = 0; break;
        case 2: d = 27 + (int)((r >> 16) % 60); break;
        case 3: ex = 1015 + (int)((r >> 1) % 9); break;
        case 4:
            x[n] = (double)(int)(r % 8192), e[n] = (double)(int)((r >> 13) % 8192);
            continue;
        default: break;
        }
        x[n] = hypot_arg_d(ex), e[n] = hypot_arg_d(ex - d);
        if (r >> 63) {
            double t = x[n];
            x[n] = e[n], e[n] = t;
        }
    }
    assert_int_equal(dense_f64("hypot", x, e, N_DENSE), 0);
}

/* erf (f64, src/erfd_impl.h): both sides of every piece boundary (3/8,
 * 7/16, the quarter binades from 1/2 to 6) and of the clamp (5.95; erf
 * rounds to 1 from 5.922), uniform in [-6, 6] and [-0.375, 0.375], tiny
 * and subnormal, any finite bits; both signs. */
static void test_erfd_dense(void **state)
{
    (void)state;
    static double x[N_DENSE];
    static const double edges[] = {0.375, 0.4375, 0.5, 0.625, 0.75, 0.875, 1,   1.25, 1.5, 1.75,
                                   2,     2.5,    3,   3.5,   4,    5,     5.9, 5.92, 5.95, 6};
    rng_state = vt_seed() ^ 0xe7fd;
    for (size_t n = 0; n < N_DENSE; n++) {
        double s = n & 1 ? -1.0 : 1.0;
        switch (n % 12 / 2) {
        case 0: x[n] = s * edges[rnd64() % 20] * (1 + 0x1p-40 * uniform(-1, 1)); break;
        case 1: x[n] = uniform(-6, 6); break;
        case 2: x[n] = uniform(-0.375, 0.375); break;
        case 3: x[n] = s * tiny(n); break;
        case 4: x[n] = any_finite(); break;
        default: x[n] = s * ldexp(1 + uniform(0, 1), -(int)(rnd64() % 60)); break;
        }
    }
    assert_int_equal(dense_f64("erf", x, NULL, N_DENSE), 0);
}

/* pow (f64, src/powd_impl.h) where its error is: |y log x| up to the
 * overflow and underflow thresholds with x near 1 (y up to 2^60: the log's
 * error is multiplied by y), x within interval 0 of the log (|t| near
 * 1/32), subnormal results; negative bases with integer exponents,
 * subnormal x, exact results (small integers), common exponents (1/2,
 * 1/3, 2, -1), uniform x and y, any finite bits (mostly 0, Inf or NaN
 * results). Annex F's specials are in test_special_values. */
static void test_powd_dense(void **state)
{
    (void)state;
    static double x[N_DENSE], e[N_DENSE];
    rng_state = vt_seed() ^ 0x90d;
    static const double common[] = {0.5, -0.5, 1.0 / 3, 2, -1, 1.5, -2, 0.25};
    for (size_t n = 0; n < N_DENSE; n++) {
        double u = uniform(0, 1), target = uniform(-745.1, 709.8);
        switch (n % 10) {
        case 0: x[n] = fabs(any_finite()); break;
        case 1: x[n] = 1 + (rnd64() & 1 ? 1 : -1) * ldexp(1 + u, -1 - (int)(rnd64() % 60)); break;
        case 2: /* interval 0 of the log, and the first ones around */
            x[n] = uniform(1 - 1.0 / 64, 1 + 3.0 / 32);
            target = (rnd64() & 1 ? -1 : 1) * uniform(600, 709.7);
            break;
        case 3: /* near overflow, subnormal results */
            x[n] = ldexp(1 + u, (int)(rnd64() % 2000) - 1000);
            target = rnd64() & 1 ? uniform(700, 709.8) : uniform(-745.2, -700);
            break;
        case 4: /* negative bases, integer exponents */
            x[n] = -uniform(0.01, 100);
            e[n] = (double)((int)(rnd64() % 301) - 150);
            continue;
        case 5: x[n] = tiny(n), e[n] = uniform(-0.95, 1.05); continue;
        case 6: /* exact results */
            x[n] = (double)(1 + rnd64() % 1000), e[n] = (double)(rnd64() % 6);
            continue;
        case 7: x[n] = ldexp(1 + u, (int)(rnd64() % 2046) - 1022), e[n] = common[rnd64() % 8]; continue;
        case 8: x[n] = uniform(0, 10), e[n] = uniform(-30, 30); continue;
        default: x[n] = any_finite(), e[n] = any_finite(); continue;
        }
        /* y = target / log x, so that the result is e^target (roughly) */
        e[n] = log(x[n]) != 0 ? target / log(x[n]) : target;
    }
    assert_int_equal(dense_f64("pow", x, e, N_DENSE), 0);
}

/* atan, atan2, asin and acos (f64, src/invtrigd_impl.h). atan: uniform in [-0.6, 0.6]
 * and [-3, 3], near every row boundary of its table (1/16, 3/32, ..., 6, 8:
 * the half binades) and the clamps (3/64, 10), huge, tiny and subnormal,
 * any finite bits. atan2: ratios near every row boundary of its table (and
 * within the 5.06% of its ratio estimate), |y| = |x|, ratios 2^-1100 ..
 * 2^-880 (the tiny-ratio scaling) with x of both signs, both huge (|y| + |x|
 * overflows), both subnormal, any finite bits, uniform in [-4, 4]^2;
 * Annex F's specials are in test_special_values. */
static void test_atand_dense(void **state)
{
    (void)state;
    static double x[N_DENSE], e[N_DENSE];
    static const double atan_edges[17] = {0.046875, 0.0625, 0.09375, 0.125, 0.1875, 0.25, 0.375, 0.5, 0.75,
                                          1.0,      1.5,    2.0,     3.0,   4.0,    6.0,  8.0,   10.0};
    rng_state = vt_seed() ^ 0xa7a2d;
    for (size_t n = 0; n < N_DENSE; n++) {
        double s = n & 1 ? -1.0 : 1.0, u = uniform(0, 1);
        switch (n % 14 / 2) {
        case 0: x[n] = uniform(-0.6, 0.6); break;
        case 1: x[n] = uniform(-3, 3); break;
        case 2: x[n] = s * atan_edges[n / 14 % 17] * (1 + 0x1p-20 * (u - 0.5)); break;
        case 3: x[n] = s * ldexp(1 + u, 20 + (int)(rnd64() % 1000)); break;
        case 4: x[n] = s * tiny(n); break;
        default: x[n] = any_finite(); break;
        }
    }
    int failures = dense_f64("atan", x, NULL, N_DENSE);
    rng_state = vt_seed() ^ 0xa7a2e;
    for (size_t n = 0; n < N_DENSE; n++) {
        double d = hypot_arg_d(-1000 + (int)(rnd64() % 2000)), u = uniform(0, 1), yv;
        switch (n % 9) {
        case 0: yv = d * atan_edges[n / 9 % 17] * (1 + 0x1p-20 * (u - 0.5)); break;
        case 1: yv = d * atan_edges[n / 9 % 17] * (1 + 0.12 * (u - 0.5)); break; /* est(|x|) is within 5.06% */
        case 2: yv = d * (1.0 + 0x1p-30 * (u - 0.5)); break;
        case 3: yv = d * ldexp(1 + u, -1100 + (int)(rnd64() % 221)); break;
        case 4:
            d = hypot_arg_d(1020 + (int)(rnd64() % 4));
            yv = hypot_arg_d(1020 + (int)(rnd64() % 4));
            break;
        case 5:
            d = tiny(1), yv = tiny(1);
            break;
        case 6:
            d = any_finite(), yv = any_finite();
            break;
        default:
            d = uniform(-4, 4), yv = uniform(-4, 4);
            break;
        }
        if (rnd64() & 1)
            yv = -yv;
        x[n] = yv, e[n] = d; /* atan2(y, x): y first */
    }
    failures += dense_f64("atan2", x, e, N_DENSE);
    /* asin, acos: uniform in [-1, 1], near +-1/2 (the switch to the root)
     * and +-1 (the root of a tiny z), tiny and subnormal, beyond 1 (NaN), +-1 */
    rng_state = vt_seed() ^ 0xa51d;
    x[0] = 1, x[1] = -1, x[2] = 0.5, x[3] = -0.5;
    for (size_t n = 4; n < N_DENSE; n++) {
        double s = n & 1 ? -1.0 : 1.0, u = uniform(0, 1);
        switch (n % 12 / 2) {
        case 0: x[n] = uniform(-1, 1); break;
        case 1: x[n] = s * (0.5 + 0x1p-20 * (u - 0.5)); break;
        case 2: x[n] = s * (1 - ldexp(u, -(int)(rnd64() % 54))); break;
        case 3: x[n] = s * tiny(n); break;
        case 4: x[n] = s * (1 + ldexp(u, -(int)(rnd64() % 60))); break;
        default: x[n] = any_finite(); break;
        }
    }
    failures += dense_f64("asin", x, NULL, N_DENSE);
    failures += dense_f64("acos", x, NULL, N_DENSE);
    assert_int_equal(failures, 0);
}
#else
static void test_atand_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] atand-dense: built without MPFR\n");
    skip();
}
static void test_erfd_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] erfd-dense: built without MPFR\n");
    skip();
}
static void test_powd_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] powd-dense: built without MPFR\n");
    skip();
}
static void test_hypotd_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] hypotd-dense: built without MPFR\n");
    skip();
}
static void test_trigd_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] trigd-dense: built without MPFR\n");
    skip();
}
static void test_hyperd_dense(void **state)
{
    (void)state;
    print_message("[ SKIPPED  ] hyperd-dense: built without MPFR\n");
    skip();
}
#endif

/* sincos_f64 on every ISA: vt_check_sincos, as test_sincos in test_math.c */
static void test_sincos_f64(void **state)
{
    (void)state;
    assert_int_equal(vt_check_sincos_all(1), 0);
}

/* hypot_f32's square roots on every ISA against the scalar kernel's bits:
 * AVX-512's two-vector step takes one vector's from the divider and the
 * other's from FMAs (vmf_sqrt_fma, src/hyperf_impl.h), which must round
 * every s like the divider (tools/hypotf_sqrt.c checks every float s by
 * hand). Here a runs over every float of [1, 2) (a sample under qemu) with
 * b = c a for three c, so that s = fl(a^2 + fl(b^2)) covers much of [1, 5)
 * (b = 0 would give only squares, whose roots are exact): each block once
 * from its start and once 16 elements on, so that every element but a
 * block's first 16 takes both halves of the step. */
#define HYP_CHUNK 65536

/* qemu-aarch64 emulates the x86 kernels slowly, and ASan slows all */
#if LDBL_MANT_DIG != 64
#define HYP_STRIDE 61
#elif defined(__SANITIZE_ADDRESS__)
#define HYP_STRIDE 7
#else
#define HYP_STRIDE 1
#endif

static void test_hypot_sqrt_paths(void **state)
{
    (void)state;
    static float a[HYP_CHUNK + 16], b[HYP_CHUNK + 16], want[HYP_CHUNK + 16], got[HYP_CHUNK + 16];
    const float cs[] = {0x1.6p-7f, 0.75f, 0x1.3p-3f};
    const vmath_kernels *ref = vmath_kernels_of(VMATH_ISA_SCALAR);
    long failures = 0, checked[VMATH_ISA_COUNT] = {0};
    for (int isa = VMATH_ISA_SSE41 + 1; isa < VMATH_ISA_COUNT; isa++)
        kernels_or_note(isa, "hypot_f32 square roots");
    for (int c = 0; c < 3; c++)
        for (uint32_t u = 0x3f800000u; u < 0x40000000u; u += HYP_CHUNK * HYP_STRIDE) {
            size_t n = 0;
            for (; n < HYP_CHUNK + 16 && u + n * HYP_STRIDE < 0x40000000u; n++) {
                uint32_t bits = u + (uint32_t)n * HYP_STRIDE;
                memcpy(&a[n], &bits, 4);
                b[n] = a[n] * cs[c];
            }
            ref->hypot_f32(want, a, b, n);
            /* sse4.1 has no FMA: the f64 evaluation, other bits (within 1 ULP too) */
            for (int isa = VMATH_ISA_SSE41 + 1; isa < VMATH_ISA_COUNT; isa++) {
                const vmath_kernels *k = vmath_kernels_of((vmath_isa)isa);
                if (k == NULL || k->hypot_f32 == ref->hypot_f32)
                    continue;
                for (size_t off = 0; off <= 16 && off < n; off += 16) {
                    k->hypot_f32(got + off, a + off, b + off, n - off);
                    for (size_t i = off; i < n; i++)
                        if (memcmp(&got[i], &want[i], 4) != 0 && failures++ < 5)
                            print_error("%s hypot_f32(%a, %a) = %a, scalar kernel %a\n", vmath_isa_name((vmath_isa)isa),
                                        (double)a[i], (double)b[i], (double)got[i], (double)want[i]);
                    checked[isa] += (long)(n - off);
                }
            }
        }
    long total = 0;
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++)
        if (checked[isa]) {
            print_message("[ INFO     ] hypot_f32 square roots: %s, %ld results against the scalar kernel's bits\n",
                          vmath_isa_name((vmath_isa)isa), checked[isa]);
            total += checked[isa];
        }
    assert_true(total > 0);
    assert_int_equal(failures, 0);
}

/* Annex F's pow(x, +-0) = 1 and pow(+1, y) = 1 hold for a signalling NaN
 * too (as for a quiet one), on every ISA: sse4.1's f64 pow is glibc's,
 * which returns NaN there. Bit patterns, so no conversion quiets them. */
static void test_pow_snan(void **state)
{
    (void)state;
    const uint64_t snan64[] = {UINT64_C(0x7ff0000000000001), UINT64_C(0xfff4000000000000)};
    const uint32_t snan32[] = {0x7f800001u, 0xffa00000u};
    int failures = 0;
    vmath_isa before = vmath_isa_active();
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++) {
        if (vmath_isa_set((vmath_isa)isa) != 0)
            continue;
        for (int k = 0; k < 2; k++) {
            double sn, one = 1, zero[2] = {0, -0.0}, y[2];
            float sf, onef = 1, zerof[2] = {0, -0.0f}, yf[2];
            memcpy(&sn, &snan64[k], sizeof sn);
            memcpy(&sf, &snan32[k], sizeof sf);
            for (int z = 0; z < 2; z++) {
                vmath_pow_f64(y, &sn, &zero[z], 1);
                vmath_pow_f64(y + 1, &one, &sn, 1);
                vmath_pow_f32(yf, &sf, &zerof[z], 1);
                vmath_pow_f32(yf + 1, &onef, &sf, 1);
                for (int j = 0; j < 2; j++)
                    if (y[j] != 1 || yf[j] != 1) {
                        print_error("%s pow(%s) with a signalling NaN: f64 %a, f32 %a, want 1\n",
                                    vmath_isa_name((vmath_isa)isa), j ? "1, sNaN" : "sNaN, 0", y[j], (double)yf[j]);
                        failures++;
                    }
            }
        }
    }
    assert_int_equal(vmath_isa_set(before), 0);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_special_values),
        cmocka_unit_test(test_mpfr_oracle),
        cmocka_unit_test(test_pow_dense),
        cmocka_unit_test(test_hypot_dense),
        cmocka_unit_test(test_atan2_dense),
        cmocka_unit_test(test_trigd_dense),
        cmocka_unit_test(test_hyperd_dense),
        cmocka_unit_test(test_hypotd_dense),
        cmocka_unit_test(test_powd_dense),
        cmocka_unit_test(test_erfd_dense),
        cmocka_unit_test(test_atand_dense),
        cmocka_unit_test(test_sincos_f64),
        cmocka_unit_test(test_pow_snan),
        cmocka_unit_test(test_hypot_sqrt_paths),
    };
    return cmocka_run_group_tests_name("math-oracle", tests, NULL, NULL);
}
