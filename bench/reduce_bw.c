/*
 * vmath_reduce_bw: each reduction's read rate at one n, as a share of the
 * read-bandwidth limit, measured round-robin.
 *
 * Every round calls each reduction (the active ISA's kernel, through the
 * public entry point) and each read loop of read_limit.c once, on the same
 * arrays, so all of them see the same machine state. Separate benchmark
 * runs minutes apart differ by up to 20% at n = 16M on a shared machine
 * (how much of a 64-128 MiB array stays in a large shared L3 varies); within
 * a round they do not. The limit is the best median of the three read loops
 * over the same arrays (two arrays for dot). Process CPU time, medians.
 *
 * usage: vmath_reduce_bw [n [rounds]]     (default 16777216 15; VMATH_ISA caps the ISA)
 */
#define _POSIX_C_SOURCE 199309L  /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "baselines.h"
#include "ops.h"
#include "vmath.h"

#define MAX_ROUNDS 101

static const char *const names[] = {"sum", "dot", "norm2", "minval", "maxval", "argmin", "argmax"};
#define N_OPS (sizeof names / sizeof names[0])
static const baseline *const reads[] = {read_limit, read_limit_prefetch, read_limit_streams};
#define N_READS (sizeof reads / sizeof reads[0])

static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static vmath_fn find(const baseline *list, const char *op)
{
    for (; list->op != NULL; list++)
        if (strcmp(list->op, op) == 0)
            return list->fn;
    return NULL;
}

/* Seconds of one call. */
static double time_call(const vmath_op *op, vmath_fn fn, void *out, void *const in[3], size_t n)
{
    const double s[2] = {1.25, 1.75};
    double t = cpu_seconds();
    vmath_op_call(op, fn, out, in, s, n);
    return cpu_seconds() - t;
}

static void run(const char *type, size_t n, int rounds)
{
    const vmath_op *op[N_OPS];
    char name[32];
    for (size_t k = 0; k < N_OPS; k++) {
        snprintf(name, sizeof name, "%s_%s", names[k], type);
        op[k] = vmath_op_find(name);
    }
    const vmath_op *sum = op[0], *dot = op[1];
    size_t es = vmath_type_size(sum->in);
    void *in[3] = {vmath_malloc(n * es), vmath_malloc(n * es), NULL};
    double out[2];
    if (in[0] == NULL || in[1] == NULL) {
        fprintf(stderr, "vmath_reduce_bw: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < n; i++) {  /* in [1, 2), as in the benchmarks */
        double v = 1.0 + (double)((i * 2654435761u) % 1000) / 1000.0;
        for (int a = 0; a < 2; a++) {
            if (es == 4)
                ((float *)in[a])[i] = (float)v;
            else
                ((double *)in[a])[i] = v;
        }
    }
    /* t[k]: the reductions; t[N_OPS + r] and t[N_OPS + N_READS + r]: read
     * loop r over one array and over two */
    static double t[N_OPS + 2 * N_READS][MAX_ROUNDS];
    for (int r = 0; r < rounds; r++) {
        for (size_t k = 0; k < N_OPS; k++)
            t[k][r] = time_call(op[k], op[k]->api, out, in, n);
        for (size_t k = 0; k < N_READS; k++) {
            t[N_OPS + k][r] = time_call(sum, find(reads[k], sum->name), out, in, n);
            t[N_OPS + N_READS + k][r] = time_call(dot, find(reads[k], dot->name), out, in, n);
        }
    }
    double gbs[N_OPS + 2 * N_READS];
    for (size_t k = 0; k < N_OPS + 2 * N_READS; k++) {
        qsort(t[k], (size_t)rounds, sizeof(double), by_value);
        int arrays = k == 1 || k >= N_OPS + N_READS ? 2 : 1;
        gbs[k] = (double)(arrays * n * es) / t[k][rounds / 2] / 1e9;
    }
    double limit1 = 0, limit2 = 0;
    for (size_t k = 0; k < N_READS; k++) {
        limit1 = gbs[N_OPS + k] > limit1 ? gbs[N_OPS + k] : limit1;
        limit2 = gbs[N_OPS + N_READS + k] > limit2 ? gbs[N_OPS + N_READS + k] : limit2;
    }
    printf("%s, n = %zu, %s, medians of %d rounds\n", type, n, vmath_isa_name(vmath_isa_active()), rounds);
    printf("  read limit: one array %.2f GB/s (read %.2f, read-prefetch %.2f, read-4streams %.2f), two arrays %.2f GB/s\n",
           limit1, gbs[N_OPS], gbs[N_OPS + 1], gbs[N_OPS + 2], limit2);
    for (size_t k = 0; k < N_OPS; k++) {
        double limit = k == 1 ? limit2 : limit1;
        printf("  %-12s %6.2f GB/s  %5.1f%% of the limit\n", op[k]->name, gbs[k], 100 * gbs[k] / limit);
    }
    vmath_free(in[0]);
    vmath_free(in[1]);
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoull(argv[1], NULL, 10) : 16777216;
    int rounds = argc > 2 ? atoi(argv[2]) : 15;
    if (n == 0 || rounds < 1 || rounds > MAX_ROUNDS) {
        fprintf(stderr, "usage: vmath_reduce_bw [n [rounds]]  (n >= 1, 1 <= rounds <= %d)\n", MAX_ROUNDS);
        return 2;
    }
    run("f32", n, rounds);
    run("f64", n, rounds);
    return 0;
}
