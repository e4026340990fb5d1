/* Conversions: every ISA against the scalar reference (check.c), and the
 * public functions under every ISA against independent reference formulas:
 * all 65536 f16 and bf16 values, every f16 rounding boundary, random bit
 * patterns, the integer ranges' edges. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vmath.h"

static uint32_t bits_of(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static float float_of(uint32_t u)
{
    float f;
    memcpy(&f, &u, 4);
    return f;
}

/* The value of a binary16 from its fields (double holds it exactly). */
static double f16_value(uint16_t h)
{
    int e = (h >> 10) & 31, m = h & 1023;
    double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(1024 + m, e - 25);
    return (h & 0x8000) ? -v : v;
}

static double bf16_value(uint16_t h)
{
    int e = (h >> 7) & 255, m = h & 127;
    double v = e == 0 ? ldexp(m, -133) : e == 255 ? (m ? NAN : INFINITY) : ldexp(128 + m, e - 134);
    return (h & 0x8000) ? -v : v;
}

/* Nearest-even rounding of x to a format with `digits` significand bits and
 * minimum normal exponent emin, by scaling in double; returns the rounded
 * value (Inf on overflow above `max`). */
static double round_to(double x, int digits, int emin, double max, double overflow_at)
{
    if (isnan(x) || isinf(x) || x == 0)
        return x;
    double a = fabs(x);
    if (a >= overflow_at)
        return copysign(INFINITY, x);
    int e = ilogb(a);
    if (e < emin)
        e = emin;
    double q = nearbyint(ldexp(a, digits - 1 - e));  /* ties to even: default rounding mode */
    double r = ldexp(q, e - (digits - 1));
    (void)max;
    return copysign(r, x);
}

static uint16_t f16_encode(double v)
{
    uint16_t s = signbit(v) ? 0x8000 : 0;
    double a = fabs(v);
    if (isinf(a))
        return s | 0x7c00;
    if (a < 0x1p-14)
        return s | (uint16_t)ldexp(a, 24);
    int e = ilogb(a);
    return s | (uint16_t)((e + 15) << 10) | (uint16_t)(ldexp(a, 10 - e) - 1024);
}

static int f16_is_nan(uint16_t h)
{
    return (h & 0x7fff) > 0x7c00;
}

static int bf16_is_nan(uint16_t h)
{
    return (h & 0x7fff) > 0x7f80;
}

#define FOR_EACH_ISA(isa)                                     \
    for (int isa = 0; isa < VMATH_ISA_COUNT; isa++)           \
        if (vmath_isa_set((vmath_isa)isa) == 0)

static void restore_isa(vmath_isa before)
{
    assert_int_equal(vmath_isa_set(before), 0);
}

/* All 65536 f16 and bf16 values to f32: exact, against the field formulas;
 * and back again: the same bits (NaN stays NaN). */
static void test_half_exhaustive(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    uint16_t *h = malloc(65536 * 2), *back = malloc(65536 * 2);
    float *f = malloc(65536 * 4);
    assert_non_null(h);
    assert_non_null(back);
    assert_non_null(f);
    for (int i = 0; i < 65536; i++)
        h[i] = (uint16_t)i;
    FOR_EACH_ISA(isa) {
        for (int pass = 0; pass < 2; pass++) {
            int bf = pass == 1;
            if (bf) {
                vmath_bf16_to_f32(f, h, 65536);
                vmath_f32_to_bf16(back, f, 65536);
            } else {
                vmath_f16_to_f32(f, h, 65536);
                vmath_f32_to_f16(back, f, 65536);
            }
            for (int i = 0; i < 65536; i++) {
                double want = bf ? bf16_value(h[i]) : f16_value(h[i]);
                int nan = bf ? bf16_is_nan(h[i]) : f16_is_nan(h[i]);
                int ok = nan ? isnan(f[i]) && (bf ? bf16_is_nan(back[i]) : f16_is_nan(back[i]))
                             : bits_of(f[i]) == bits_of((float)want) && back[i] == h[i];
                if (!ok)
                    fail_msg("%s %s: 0x%04x -> %a (want %a) -> 0x%04x", vmath_isa_name((vmath_isa)isa),
                             bf ? "bf16" : "f16", h[i], (double)f[i], want, back[i]);
            }
        }
    }
    free(h);
    free(back);
    free(f);
    restore_isa(before);
}

/* f32 -> f16 on every rounding boundary: for each pair of adjacent positive
 * f16 values, the midpoint (a tie: to the even one) and the floats just
 * below and above it; both signs. */
static void test_f16_boundaries(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    size_t n = 0x7c00 * 6;
    float *x = malloc(n * 4);
    uint16_t *want = malloc(n * 2), *got = malloc(n * 2);
    assert_non_null(x);
    assert_non_null(want);
    assert_non_null(got);
    size_t k = 0;
    for (uint16_t h = 0; h < 0x7c00; h++) {
        double lo = f16_value(h), hi = h == 0x7bff ? 65536.0 : f16_value((uint16_t)(h + 1));
        float mid = (float)((lo + hi) / 2);  /* exact: 12 significant bits */
        uint16_t even = (h & 1) ? (uint16_t)(h + 1) : h;
        float xs[3] = {nextafterf(mid, 0), mid, nextafterf(mid, INFINITY)};
        uint16_t ws[3] = {h, even, (uint16_t)(h + 1)};
        for (int j = 0; j < 3; j++, k++) {
            x[2 * k] = xs[j];
            want[2 * k] = ws[j];
            x[2 * k + 1] = -xs[j];
            want[2 * k + 1] = ws[j] | 0x8000;
        }
    }
    n = 2 * k;
    FOR_EACH_ISA(isa) {
        vmath_f32_to_f16(got, x, n);
        for (size_t i = 0; i < n; i++)
            if (got[i] != want[i])
                fail_msg("%s: f32_to_f16(%a) = 0x%04x, want 0x%04x", vmath_isa_name((vmath_isa)isa),
                         (double)x[i], got[i], want[i]);
    }
    free(x);
    free(want);
    free(got);
    restore_isa(before);
}

/* Specials and 10^6 random bit patterns to f16 and bf16, against rounding
 * by scaling in double. */
static void test_half_random(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    const float specials[] = {0.0f, -0.0f, INFINITY, -INFINITY, NAN, -NAN, float_of(0x7f800001), float_of(0xffbfffff),
                              65504.0f, 65519.99f, 65520.0f, -65520.0f, FLT_MAX, -FLT_MAX, 0x1p-24f, 0x1p-25f,
                              0x1.000002p-25f, 0x1p-149f, -0x1p-149f, 0x1.fffffcp-127f, FLT_MIN, 0x1.fffffep127f};
    size_t n = 1000000, ns = sizeof specials / sizeof specials[0];
    float *x = malloc(n * 4);
    uint16_t *h = malloc(n * 2), *b = malloc(n * 2);
    assert_non_null(x);
    assert_non_null(h);
    assert_non_null(b);
    uint64_t s = vt_seed();
    for (size_t i = 0; i < n; i++) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        x[i] = i < ns ? specials[i] : float_of((uint32_t)(s >> 32));
    }
    FOR_EACH_ISA(isa) {
        vmath_f32_to_f16(h, x, n);
        vmath_f32_to_bf16(b, x, n);
        for (size_t i = 0; i < n; i++) {
            uint16_t wh, wb;
            if (isnan(x[i])) {
                /* quiet NaN, the sign and the top payload bits kept */
                wh = (uint16_t)(((bits_of(x[i]) >> 16) & 0x8000) | 0x7e00 | ((bits_of(x[i]) >> 13) & 0x3ff));
                wb = (uint16_t)((bits_of(x[i]) >> 16) | 0x40);
            } else {
                wh = f16_encode(round_to(x[i], 11, -14, 65504.0, 65520.0));
                double r = round_to(x[i], 8, -126, 0, 0x1.ffp127);
                wb = (uint16_t)(bits_of((float)r) >> 16);
            }
            if (h[i] != wh || b[i] != wb)
                fail_msg("%s: %a (0x%08x) -> f16 0x%04x (want 0x%04x), bf16 0x%04x (want 0x%04x)",
                         vmath_isa_name((vmath_isa)isa), (double)x[i], bits_of(x[i]), h[i], wh, b[i], wb);
        }
    }
    free(x);
    free(h);
    free(b);
    restore_isa(before);
}

/* saturate(rint(x * scale)) with the product rounded to float: the contract
 * written out in double arithmetic. */
static double want_int(float x, float scale, double lo, double hi)
{
    float p = x * scale;
    if (isnan(p))
        return 0;
    double r = nearbyint((double)p);
    return r < lo ? lo : r > hi ? hi : r;
}

static void test_int_edges(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    /* pinned by hand: ties to even, saturation, NaN */
    {
        FOR_EACH_ISA(isa) {
            float x[8] = {2.5f, -2.5f, 127.5f, -128.5f, NAN, INFINITY, -INFINITY, 126.5f};
            int8_t y8[8];
            vmath_f32_to_i8(y8, x, 1.0f, 8);
            const int8_t w8[8] = {2, -2, 127, -128, 0, 127, -128, 126};
            assert_memory_equal(y8, w8, 8);
            uint8_t yu[8];
            vmath_f32_to_u8(yu, x, 1.0f, 8);
            const uint8_t wu[8] = {2, 0, 128, 0, 0, 255, 0, 126};
            assert_memory_equal(yu, wu, 8);
            float xi[6] = {0x1p31f, -0x1p31f, 0x1.fffffep30f, -0x1.000002p31f, 32767.5f, -32768.5f};
            int32_t y32[6];
            vmath_f32_to_i32(y32, xi, 1.0f, 6);
            assert_true(y32[0] == INT32_MAX && y32[1] == INT32_MIN && y32[2] == 2147483520 && y32[3] == INT32_MIN);
            assert_true(y32[4] == 32768 && y32[5] == -32768);
            int16_t y16[6];
            vmath_f32_to_i16(y16, xi, 1.0f, 6);
            assert_true(y16[0] == 32767 && y16[1] == -32768 && y16[4] == 32767 && y16[5] == -32768);
        }
    }
    /* every edge value with several scales, in arrays long enough for the
     * vector loops, against want_int() */
    const float base[] = {0.0f, -0.0f, 0.5f, -0.5f, 1.5f, -1.5f, 0.49999997f, 127.5f, 128.0f, -128.5f, -129.0f,
                          126.5f, 255.5f, 256.0f, 254.5f, 32767.5f, 32768.0f, -32768.5f, -32769.0f, 32766.5f,
                          0x1.fffffep30f, 0x1p31f, -0x1p31f, -0x1.000002p31f, 0x1p-149f, FLT_MAX, -FLT_MAX,
                          INFINITY, -INFINITY, NAN, 1e10f, -1e10f, 16777217.0f, 3.0f};
    const float scales[] = {1.0f, -1.0f, 0.5f, 2.0f, 127.0f, 32767.0f, 0x1p-8f, 0.0f, INFINITY, NAN};
    enum { N = 3 * 64 + 7 };
    float x[N];
    size_t nb = sizeof base / sizeof base[0];
    for (size_t i = 0; i < N; i++)
        x[i] = (i % 2 ? -1.0f : 1.0f) * base[(i * 7) % nb] + (i % 5 == 0 ? 0x1p-20f * (float)i : 0.0f);
    FOR_EACH_ISA(isa) {
        for (size_t si = 0; si < sizeof scales / sizeof scales[0]; si++) {
            float sc = scales[si];
            int8_t y8[N];
            uint8_t yu[N];
            int16_t y16[N];
            int32_t y32[N];
            vmath_f32_to_i8(y8, x, sc, N);
            vmath_f32_to_u8(yu, x, sc, N);
            vmath_f32_to_i16(y16, x, sc, N);
            vmath_f32_to_i32(y32, x, sc, N);
            for (size_t i = 0; i < N; i++) {
                if (y8[i] != want_int(x[i], sc, -128, 127) || yu[i] != want_int(x[i], sc, 0, 255) ||
                    y16[i] != want_int(x[i], sc, -32768, 32767) ||
                    y32[i] != want_int(x[i], sc, INT32_MIN, INT32_MAX))
                    fail_msg("%s: x=%a scale=%a: i8 %d u8 %u i16 %d i32 %d", vmath_isa_name((vmath_isa)isa),
                             (double)x[i], (double)sc, y8[i], yu[i], y16[i], (int)y32[i]);
            }
        }
    }
    restore_isa(before);
}

/* Every i8, u8 and i16 value, and i32 around 2^24 and the ends, to f32 with
 * several scales; f32 <-> f64 specials. */
static void test_int_to_f32(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    enum { N = 65536 };
    int16_t *x16 = malloc(N * 2);
    int32_t *x32 = malloc(N * 4);
    int8_t x8[256];
    uint8_t xu[256];
    float *y = malloc(N * 4);
    assert_non_null(x16);
    assert_non_null(x32);
    assert_non_null(y);
    for (int i = 0; i < N; i++) {
        x16[i] = (int16_t)(i - 32768);
        x32[i] = i < N / 2 ? (int32_t)(16777216 - 100 + i) : (int32_t)(i % 2 ? INT32_MIN + i : INT32_MAX - i);
    }
    for (int i = 0; i < 256; i++) {
        x8[i] = (int8_t)(i - 128);
        xu[i] = (uint8_t)i;
    }
    const float scales[] = {1.0f, 1.0f / 128, -3.0f, 0.0f, 0x1p-126f, 1e38f};
    FOR_EACH_ISA(isa) {
        for (size_t si = 0; si < sizeof scales / sizeof scales[0]; si++) {
            float sc = scales[si];
            vmath_i8_to_f32(y, x8, sc, 256);
            for (int i = 0; i < 256; i++)
                assert_true(bits_of(y[i]) == bits_of((float)x8[i] * sc));
            vmath_u8_to_f32(y, xu, sc, 256);
            for (int i = 0; i < 256; i++)
                assert_true(bits_of(y[i]) == bits_of((float)xu[i] * sc));
            vmath_i16_to_f32(y, x16, sc, N);
            for (int i = 0; i < N; i++)
                assert_true(bits_of(y[i]) == bits_of((float)x16[i] * sc));
            vmath_i32_to_f32(y, x32, sc, N);
            for (int i = 0; i < N; i++)
                assert_true(bits_of(y[i]) == bits_of((float)(double)x32[i] * sc));
        }
        float f[6] = {0.0f, -0.0f, INFINITY, 0x1p-149f, FLT_MAX, NAN};
        double d[6];
        vmath_f32_to_f64(d, f, 6);
        assert_true(d[2] == INFINITY && d[3] == 0x1p-149 && d[4] == (double)FLT_MAX && isnan(d[5]) && signbit(d[1]));
        double e[6] = {1e300, -1e-300, 0x1.000001p0, 0x1.0000010000001p0, 0x1p-149 * 0.5, NAN};
        vmath_f64_to_f32(f, e, 6);
        assert_true(f[0] == INFINITY && bits_of(f[1]) == 0x80000000u && f[2] == 1.0f && f[3] == 0x1.000002p0f);
        assert_true(f[4] == 0.0f && isnan(f[5]));
    }
    free(x16);
    free(x32);
    free(y);
    restore_isa(before);
}

/* In place, y == x, for the conversions whose element sizes differ (f32 <->
 * i32 runs in the core harness), and cabs and cabs2 (complex in, float
 * out): the widening ones convert from the end (src/api.c), the narrowing
 * ones front to back. Under every ISA, every n
 * up to 130 and some larger, four offsets: the bits of the out-of-place
 * call, and nothing written past the output. */
typedef void (*conv_fn)(void *y, const void *x, size_t n);
static void c_f16_to_f32(void *y, const void *x, size_t n) { vmath_f16_to_f32(y, x, n); }
static void c_bf16_to_f32(void *y, const void *x, size_t n) { vmath_bf16_to_f32(y, x, n); }
static void c_f32_to_f64(void *y, const void *x, size_t n) { vmath_f32_to_f64(y, x, n); }
static void c_i8_to_f32(void *y, const void *x, size_t n) { vmath_i8_to_f32(y, x, 0.37f, n); }
static void c_u8_to_f32(void *y, const void *x, size_t n) { vmath_u8_to_f32(y, x, 0.37f, n); }
static void c_i16_to_f32(void *y, const void *x, size_t n) { vmath_i16_to_f32(y, x, 0.37f, n); }
static void c_f32_to_f16(void *y, const void *x, size_t n) { vmath_f32_to_f16(y, x, n); }
static void c_f32_to_bf16(void *y, const void *x, size_t n) { vmath_f32_to_bf16(y, x, n); }
static void c_f64_to_f32(void *y, const void *x, size_t n) { vmath_f64_to_f32(y, x, n); }
static void c_f32_to_i8(void *y, const void *x, size_t n) { vmath_f32_to_i8(y, x, 37.0f, n); }
static void c_f32_to_u8(void *y, const void *x, size_t n) { vmath_f32_to_u8(y, x, 37.0f, n); }
static void c_f32_to_i16(void *y, const void *x, size_t n) { vmath_f32_to_i16(y, x, 3700.0f, n); }
/* cabs and cabs2 narrow too (a complex in, a float out) */
static void c_cabs(void *y, const void *x, size_t n) { vmath_cabs_cf32(y, x, n); }
static void c_cabs2(void *y, const void *x, size_t n) { vmath_cabs2_cf32(y, x, n); }

static void test_in_place_mixed(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        conv_fn fn;
        size_t es_in, es_out;
    } convs[] = {
        {"f16_to_f32", c_f16_to_f32, 2, 4}, {"bf16_to_f32", c_bf16_to_f32, 2, 4}, {"f32_to_f64", c_f32_to_f64, 4, 8},
        {"i8_to_f32", c_i8_to_f32, 1, 4},   {"u8_to_f32", c_u8_to_f32, 1, 4},     {"i16_to_f32", c_i16_to_f32, 2, 4},
        {"f32_to_f16", c_f32_to_f16, 4, 2}, {"f32_to_bf16", c_f32_to_bf16, 4, 2}, {"f64_to_f32", c_f64_to_f32, 8, 4},
        {"f32_to_i8", c_f32_to_i8, 4, 1},   {"f32_to_u8", c_f32_to_u8, 4, 1},     {"f32_to_i16", c_f32_to_i16, 4, 2},
        {"cabs_cf32", c_cabs, 8, 4},        {"cabs2_cf32", c_cabs2, 8, 4},
    };
    enum { NMAX = 4099, SPAN = (NMAX + 4) * 8 + 64 };
    unsigned char *src = malloc(SPAN), *ref = malloc(SPAN), *buf = vmath_malloc(SPAN);
    assert_non_null(src);
    assert_non_null(ref);
    assert_non_null(buf);
    uint64_t r = 0x9e3779b97f4a7c15u;
    size_t sizes[140], n_sizes = 0;
    for (size_t n = 0; n <= 130; n++)
        sizes[n_sizes++] = n;
    const size_t big[] = {255, 256, 257, 1000, 1023, 4097, NMAX};
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++)
        sizes[n_sizes++] = big[i];
    vmath_isa before = vmath_isa_active();
    FOR_EACH_ISA(isa) {
        for (size_t c = 0; c < sizeof convs / sizeof convs[0]; c++) {
            for (size_t si = 0; si < n_sizes; si++) {
                size_t es = convs[c].es_in > convs[c].es_out ? convs[c].es_in : convs[c].es_out;
                size_t n = sizes[si], off = (si % 4) * es; /* aligned for both types */
                size_t in_bytes = n * convs[c].es_in, out_bytes = n * convs[c].es_out, used = n * es;
                for (size_t i = 0; i < in_bytes; i++) {
                    r ^= r << 13, r ^= r >> 7, r ^= r << 17;
                    src[i] = (unsigned char)(r >> 24);
                }
                convs[c].fn(ref, src, n);
                memset(buf, 0xa5, SPAN);
                memcpy(buf + off, src, in_bytes);
                convs[c].fn(buf + off, buf + off, n);
                /* the output, then the rest of a longer input as it was,
                 * then the untouched fill */
                int same = memcmp(buf + off, ref, out_bytes) == 0 &&
                           memcmp(buf + off + out_bytes, src + out_bytes, used - out_bytes) == 0;
                for (size_t i = 0; i < SPAN && same; i++)
                    same = (i >= off && i < off + used) || buf[i] == 0xa5;
                if (!same)
                    fail_msg("%s in place under %s: n=%zu offset=%zu differs from out of place", convs[c].name,
                             vmath_isa_name((vmath_isa)isa), n, off);
            }
        }
    }
    free(src);
    free(ref);
    vmath_free(buf);
    restore_isa(before);
}

int main(void)
{
    const struct CMUnitTest extra[] = {
        cmocka_unit_test(test_half_exhaustive), cmocka_unit_test(test_f16_boundaries),
        cmocka_unit_test(test_half_random),     cmocka_unit_test(test_int_edges),
        cmocka_unit_test(test_int_to_f32),      cmocka_unit_test(test_in_place_mixed),
    };
    return vt_run_family("convert", "convert", extra, sizeof extra / sizeof extra[0]);
}
