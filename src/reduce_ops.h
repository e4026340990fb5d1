/*
 * The reduction kernels' entry points, written once for every SIMD ISA:
 * they bind an ISA's vector primitives to the drivers of reduce_common.h.
 * Included by src/{sse,avx2,avx512,neon}/reduce.c after they define:
 *   sum_block_f32, dot_block_f32, sumsq_block_f32 (f32 squares summed in
 *     double), sum_block_f64, dot_block_f64 (b == NULL: squares of a):
 *     the sum over one block of at most BLOCK_F32 / BLOCK_F64 elements
 *     (vm_pairwise_*);
 *   when the ISA reads large arrays as VM_STREAMS parts side by side
 *   (BLOCK4_F32 defined): sum_block4_f32, dot_block4_f32, sumsq_block4_f32,
 *     sum_block4_f64, dot_block4_f64, one block of each part (vm_streams_*),
 *     BLOCK4_F32 / BLOCK4_F64 elements per part, BLOCK4_F64 for sumsq;
 *   extreme_f32/f64(x, n, &nan, is_max): max or min of x[0..n-1], n >= 1,
 *     as vector max/min give it, and whether a NaN was seen;
 *   first_f32/f64(x, n, v, want_nan): the first i with x[i] == v (or NaN),
 *     or n.
 * It defines the fourteen kernels and reduce_fill(k), which puts them into
 * the table (an ISA with a faster kernel for one of them sets it after).
 */

/* ---- sums: the streams for the bulk at large n, then the one-stream
 * pairwise driver for the rest (all of it below VM_STREAMS_MIN) ---------- */

#ifdef BLOCK4_F32
#define STREAMS_F32(block4, a, b, n, block, done) \
    ((n) >= VM_STREAMS_MIN ? vm_streams_f32(block4, a, b, n, block, done) : 0)
#define STREAMS_F64(block4, a, b, n, block, done) \
    ((n) >= VM_STREAMS_MIN ? vm_streams_f64(block4, a, b, n, block, done) : 0)
#else
#define STREAMS_F32(block4, a, b, n, block, done) 0
#define STREAMS_F64(block4, a, b, n, block, done) 0
#endif

static float sum_f32(const float *x, size_t n)
{
    if (n == 0)
        return 0; /* the empty sum, without x + 0 on a NULL x */
    size_t done = 0;
    double s = STREAMS_F32(sum_block4_f32, x, NULL, n, BLOCK4_F32, &done);
    return (float)(s + vm_pairwise_f32(sum_block_f32, x + done, NULL, n - done, BLOCK_F32));
}

static float dot_f32(const float *a, const float *b, size_t n)
{
    if (n == 0)
        return 0; /* the empty sum, without x + 0 on a NULL x */
    size_t done = 0;
    double s = STREAMS_F32(dot_block4_f32, a, b, n, BLOCK4_F32, &done);
    return (float)(s + vm_pairwise_f32(dot_block_f32, a + done, b + done, n - done, BLOCK_F32));
}

static float norm2_f32(const float *x, size_t n)
{
    if (n == 0)
        return 0; /* the empty sum, without x + 0 on a NULL x */
    size_t done = 0;
    double s = STREAMS_F32(sumsq_block4_f32, x, NULL, n, BLOCK4_F64, &done);
    return vm_norm2_finish_f32(s + vm_pairwise_f32d(sumsq_block_f32, x + done, n - done, BLOCK_F64), x, n);
}

static double sum_f64(const double *x, size_t n)
{
    if (n == 0)
        return 0; /* the empty sum, without x + 0 on a NULL x */
    size_t done = 0;
    double s = STREAMS_F64(sum_block4_f64, x, NULL, n, BLOCK4_F64, &done);
    return s + vm_pairwise_f64(sum_block_f64, x + done, NULL, n - done, BLOCK_F64);
}

static double dot_f64(const double *a, const double *b, size_t n)
{
    if (n == 0)
        return 0; /* the empty sum, without x + 0 on a NULL x */
    size_t done = 0;
    double s = STREAMS_F64(dot_block4_f64, a, b, n, BLOCK4_F64, &done);
    return s + vm_pairwise_f64(dot_block_f64, a + done, b + done, n - done, BLOCK_F64);
}

static double norm2_f64(const double *x, size_t n)
{
    if (n == 0)
        return 0; /* the empty sum, without x + 0 on a NULL x */
    size_t done = 0;
    double s = STREAMS_F64(dot_block4_f64, x, NULL, n, BLOCK4_F64, &done);
    return vm_norm2_finish_f64(s + vm_pairwise_f64(dot_block_f64, x + done, NULL, n - done, BLOCK_F64), x, n);
}

#undef STREAMS_F32
#undef STREAMS_F64

/* ---- extremes: the ISA's primitives behind vm_ext_f32/f64 --------------- */

static float max_f32(const float *x, size_t n, int *nan) { return extreme_f32(x, n, nan, 1); }
static float min_f32(const float *x, size_t n, int *nan) { return extreme_f32(x, n, nan, 0); }
static double max_f64(const double *x, size_t n, int *nan) { return extreme_f64(x, n, nan, 1); }
static double min_f64(const double *x, size_t n, int *nan) { return extreme_f64(x, n, nan, 0); }
static size_t find_f32(const float *x, size_t n, float v) { return first_f32(x, n, v, 0); }
static size_t find_nan_f32(const float *x, size_t n) { return first_f32(x, n, 0, 1); }
static size_t find_f64(const double *x, size_t n, double v) { return first_f64(x, n, v, 0); }
static size_t find_nan_f64(const double *x, size_t n) { return first_f64(x, n, 0, 1); }

static const vm_ext_f32 ext_f32 = {max_f32, min_f32, find_f32, find_nan_f32};
static const vm_ext_f64 ext_f64 = {max_f64, min_f64, find_f64, find_nan_f64};

static float maxval_f32(const float *x, size_t n) { return vm_val_f32(&ext_f32, x, n, 1); }
static float minval_f32(const float *x, size_t n) { return vm_val_f32(&ext_f32, x, n, 0); }
static size_t argmax_f32(const float *x, size_t n) { return vm_argval_f32(&ext_f32, x, n, 1); }
static size_t argmin_f32(const float *x, size_t n) { return vm_argval_f32(&ext_f32, x, n, 0); }
static double maxval_f64(const double *x, size_t n) { return vm_val_f64(&ext_f64, x, n, 1); }
static double minval_f64(const double *x, size_t n) { return vm_val_f64(&ext_f64, x, n, 0); }
static size_t argmax_f64(const double *x, size_t n) { return vm_argval_f64(&ext_f64, x, n, 1); }
static size_t argmin_f64(const double *x, size_t n) { return vm_argval_f64(&ext_f64, x, n, 0); }

static void reduce_fill(vmath_kernels *k)
{
    k->sum_f32 = sum_f32;
    k->dot_f32 = dot_f32;
    k->norm2_f32 = norm2_f32;
    k->minval_f32 = minval_f32;
    k->maxval_f32 = maxval_f32;
    k->argmin_f32 = argmin_f32;
    k->argmax_f32 = argmax_f32;
    k->sum_f64 = sum_f64;
    k->dot_f64 = dot_f64;
    k->norm2_f64 = norm2_f64;
    k->minval_f64 = minval_f64;
    k->maxval_f64 = maxval_f64;
    k->argmin_f64 = argmin_f64;
    k->argmax_f64 = argmax_f64;
}
