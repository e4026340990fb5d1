/* Runtime dispatch: names, availability, VMATH_ISA, vmath_isa_set, first-call
 * races, vmath_malloc. VMATH_ISA is read once per process, so the
 * environment and first-call cases are modes of this executable that
 * tests/CMakeLists.txt runs as separate tests, each a fresh process (no
 * fork: it also runs under qemu-user, where fork hangs in this sandbox). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "harness.h"
#include "vmath.h"

/* ---- modes run as their own ctest tests, each a fresh process ---------- */

/* The best native ISA not above cap (VMATH_ISA_COUNT: no cap). */
static vmath_isa expected_default(int cap)
{
    vmath_isa best = VMATH_ISA_SCALAR;
    for (int i = 0; i < VMATH_ISA_COUNT; i++)
        if (vmath_isa_available((vmath_isa)i) == 1 && i <= cap)
            best = (vmath_isa)i;
    return best;
}

/* --check-default: the active ISA after initialisation is the best native
 * one not above $VMATH_ISA; an unknown name gives exactly one line on
 * stderr and no cap; a known one prints nothing. */
static int check_default(void)
{
    FILE *err = tmpfile();
    if (!err || dup2(fileno(err), 2) < 0)
        return 2;
    vmath_isa active = vmath_isa_active();  /* the first call: initialises */

    const char *env = getenv("VMATH_ISA");
    int cap = VMATH_ISA_COUNT, known = 0;
    for (int i = 0; env && *env && i < VMATH_ISA_COUNT; i++)
        if (strcasecmp(env, vmath_isa_name((vmath_isa)i)) == 0) {
            cap = i;
            known = 1;
        }
    char text[1024] = "";
    fflush(stderr);
    rewind(err);
    size_t len = fread(text, 1, sizeof text - 1, err);
    text[len] = 0;

    int ok = active == expected_default(cap) && vmath_isa_available(active) == 1;
    if (env && *env && !known) { /* one line naming the ignored value (control bytes as '?') */
        char shown[41];
        size_t k = 0;
        for (; env[k] && k < sizeof shown - 1; k++)
            shown[k] = (env[k] >= ' ' && env[k] != 0x7f) ? env[k] : '?';
        shown[k] = 0;
        ok = ok && strstr(text, shown) != NULL && strchr(text, '\n') == text + len - 1;
    }
    else
        ok = ok && len == 0;
    printf("VMATH_ISA=%s: active %s, expected %s, stderr \"%s\": %s\n", env ? env : "(unset)",
           vmath_isa_name(active), vmath_isa_name(expected_default(cap)), text, ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}

#define RACERS 8
static pthread_barrier_t barrier;

static void *racer(void *arg)
{
    size_t id = (size_t)arg, n = 1000 + id;
    float *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *y = malloc(n * sizeof *y);
    void *ok = (void *)0;
    if (a && b && y) {
        for (size_t i = 0; i < n; i++) {
            a[i] = (float)i;
            b[i] = (float)(id * 0.5);
        }
        pthread_barrier_wait(&barrier);
        vmath_add_f32(y, a, b, n);  /* the first call of this process, in 8 threads at once */
        ok = (void *)1;
        for (size_t i = 0; i < n; i++)
            if (y[i] != (float)i + (float)(id * 0.5))
                ok = (void *)0;
    } else {
        pthread_barrier_wait(&barrier);
    }
    free(a);
    free(b);
    free(y);
    return ok;
}

/* --race: 8 threads make the process's first call at the same moment. */
static int check_race(void)
{
    pthread_t t[RACERS];
    pthread_barrier_init(&barrier, NULL, RACERS);
    for (size_t i = 0; i < RACERS; i++)
        pthread_create(&t[i], NULL, racer, (void *)i);
    int good = 0;
    for (size_t i = 0; i < RACERS; i++) {
        void *r;
        pthread_join(t[i], &r);
        good += r != NULL;
    }
    printf("%d of %d threads got correct results on the first call\n", good, RACERS);
    return good == RACERS ? 0 : 1;
}

/* ---- tests ---------------------------------------------------------------- */

static void test_names(void **state)
{
    (void)state;
    const char *want[VMATH_ISA_COUNT] = {"scalar", "sse4.1", "avx2", "avx512", "neon"};
    for (int i = 0; i < VMATH_ISA_COUNT; i++)
        assert_string_equal(vmath_isa_name((vmath_isa)i), want[i]);
    assert_null(vmath_isa_name(VMATH_ISA_COUNT));
    assert_null(vmath_isa_name((vmath_isa)-1));
    int major, minor, patch;
    char extra;
    assert_int_equal(sscanf(vmath_version(), "%d.%d.%d%c", &major, &minor, &patch, &extra), 3);
}

static void test_available(void **state)
{
    (void)state;
    assert_int_equal(vmath_isa_available(VMATH_ISA_SCALAR), 1);
    assert_int_equal(vmath_isa_available(VMATH_ISA_COUNT), 0);
    assert_int_equal(vmath_isa_available((vmath_isa)-1), 0);
#if defined(__x86_64__)
    /* NEON kernels are built through SIMDe here; x86 levels are nested. */
    assert_int_equal(vmath_isa_available(VMATH_ISA_NEON), 2);
#if defined(VMATH_EMULATE_AVX512)
    /* the avx512 kernels built for AVX2 through SIMDe (CMakeLists.txt) */
    assert_int_equal(vmath_isa_available(VMATH_ISA_AVX512), vmath_isa_available(VMATH_ISA_AVX2) ? 2 : 0);
#else
    assert_true(vmath_isa_available(VMATH_ISA_AVX512) <= vmath_isa_available(VMATH_ISA_AVX2));
#endif
    assert_true(vmath_isa_available(VMATH_ISA_AVX2) <= vmath_isa_available(VMATH_ISA_SSE41));
#elif defined(__aarch64__)
    assert_int_equal(vmath_isa_available(VMATH_ISA_NEON), 1);
    assert_int_equal(vmath_isa_available(VMATH_ISA_AVX512), 0);  /* see VMATH_EMULATE_X86 */
#endif
    for (int i = 0; i < VMATH_ISA_COUNT; i++)
        print_message("    %-7s available = %d\n", vmath_isa_name((vmath_isa)i), vmath_isa_available((vmath_isa)i));
}

static void test_set(void **state)
{
    (void)state;
    vmath_isa before = vmath_isa_active();
    for (int i = 0; i < VMATH_ISA_COUNT; i++) {
        if (vmath_isa_available((vmath_isa)i)) {
            assert_int_equal(vmath_isa_set((vmath_isa)i), 0);
            assert_int_equal(vmath_isa_active(), i);
            float a[3] = {1, 2, 3}, y[3];
            vmath_add_f32(y, a, a, 3);
            assert_true(y[0] == 2 && y[1] == 4 && y[2] == 6);
        } else {
            vmath_isa cur = vmath_isa_active();
            assert_int_equal(vmath_isa_set((vmath_isa)i), -1);
            assert_int_equal(vmath_isa_active(), cur);
        }
    }
    vmath_isa cur = vmath_isa_active();
    assert_int_equal(vmath_isa_set(VMATH_ISA_COUNT), -1);
    assert_int_equal(vmath_isa_set((vmath_isa)-1), -1);
    assert_int_equal(vmath_isa_set((vmath_isa)1000), -1);
    assert_int_equal(vmath_isa_active(), cur);
    assert_int_equal(vmath_isa_set(before), 0);
}

static void test_aligned_alloc(void **state)
{
    (void)state;
    assert_null(vmath_malloc(0));
    assert_null(vmath_malloc(SIZE_MAX));
    assert_null(vmath_malloc(SIZE_MAX / 2));
    for (size_t bytes = 1; bytes < 5000; bytes += 333) {
        unsigned char *p = vmath_malloc(bytes);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 64, 0);
        memset(p, 1, bytes);
        vmath_free(p);
    }
    vmath_free(NULL);
}

/* n == 0 with NULL pointers through the public entry points. */
static void test_zero_null(void **state)
{
    (void)state;
    vmath_add_f32(NULL, NULL, NULL, 0);
    vmath_axpy_f64(NULL, NULL, 2.0, 0);
    vmath_clamp_f32(NULL, NULL, 0, 1, 0);
    vmath_fma_f64(NULL, NULL, NULL, NULL, 0);
    vmath_sqrt_f32(NULL, NULL, 0);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--check-default") == 0)
        return check_default();
    if (argc > 1 && strcmp(argv[1], "--race") == 0)
        return check_race();

    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_available),
        cmocka_unit_test(test_set),
        cmocka_unit_test(test_aligned_alloc),
        cmocka_unit_test(test_zero_null),
    };
    return cmocka_run_group_tests_name("dispatch", tests, NULL, NULL);
}
