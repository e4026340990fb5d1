/*
 * The elementwise arithmetic kernels, written once for every SIMD ISA.
 * Included at the end of src/{sse,avx2,avx512,neon}/arith.c, which define
 * first:
 *   INLINE (static, always inlined: the ops are passed to map_f32 and
 *     map_f64 as constants and must fold into their loops);
 *   V32, V64: the ISA's vector of floats / doubles;
 *   args_f32, args_f64: the inputs of one vector step (a b c s t, below);
 *   map_f32(y, a, b, c, s, t, n, op), map_f64(...): the array loop, which
 *     loads a (and b, c when not NULL) and broadcasts s and t into the
 *     args, calls op and stores its result (see each ISA's file);
 *   v32_add v32_sub v32_mul v32_div v32_min v32_max v32_abs v32_neg
 *     v32_sqrt v32_floor v32_ceil v32_trunc v32_rint, and v32_fma(a, b, c)
 *     = a * b + c fused when ARITH_FMA is defined, and the v64_ twins.
 *     min and max are IEEE 754-2019 minimum/maximum: NaN if either is
 *     NaN, -0 < +0 (src/scalar/arith.c is the reference).
 * It defines arith_fill(k), which puts every kernel below into the table.
 * Adding an operation: its op and kernel here, the table entry in
 * arith_fill, and the scalar reference in src/scalar/arith.c.
 */

/* f32 */
INLINE V32 add_op_f32(args_f32 v) { return v32_add(v.a, v.b); }
INLINE V32 sub_op_f32(args_f32 v) { return v32_sub(v.a, v.b); }
INLINE V32 mul_op_f32(args_f32 v) { return v32_mul(v.a, v.b); }
INLINE V32 div_op_f32(args_f32 v) { return v32_div(v.a, v.b); }
INLINE V32 min_op_f32(args_f32 v) { return v32_min(v.a, v.b); }
INLINE V32 max_op_f32(args_f32 v) { return v32_max(v.a, v.b); }
INLINE V32 add_scalar_op_f32(args_f32 v) { return v32_add(v.a, v.s); }
INLINE V32 mul_scalar_op_f32(args_f32 v) { return v32_mul(v.a, v.s); }
INLINE V32 clamp_op_f32(args_f32 v) { return v32_min(v32_max(v.a, v.s), v.t); }
INLINE V32 abs_op_f32(args_f32 v) { return v32_abs(v.a); }
INLINE V32 neg_op_f32(args_f32 v) { return v32_neg(v.a); }
INLINE V32 sqrt_op_f32(args_f32 v) { return v32_sqrt(v.a); }
INLINE V32 floor_op_f32(args_f32 v) { return v32_floor(v.a); }
INLINE V32 ceil_op_f32(args_f32 v) { return v32_ceil(v.a); }
INLINE V32 trunc_op_f32(args_f32 v) { return v32_trunc(v.a); }
INLINE V32 rint_op_f32(args_f32 v) { return v32_rint(v.a); }

static void add_f32(float *y, const float *a, const float *b, size_t n) { map_f32(y, a, b, NULL, 0, 0, n, add_op_f32); }
static void sub_f32(float *y, const float *a, const float *b, size_t n) { map_f32(y, a, b, NULL, 0, 0, n, sub_op_f32); }
static void mul_f32(float *y, const float *a, const float *b, size_t n) { map_f32(y, a, b, NULL, 0, 0, n, mul_op_f32); }
static void div_f32(float *y, const float *a, const float *b, size_t n) { map_f32(y, a, b, NULL, 0, 0, n, div_op_f32); }
static void min_f32(float *y, const float *a, const float *b, size_t n) { map_f32(y, a, b, NULL, 0, 0, n, min_op_f32); }
static void max_f32(float *y, const float *a, const float *b, size_t n) { map_f32(y, a, b, NULL, 0, 0, n, max_op_f32); }
static void add_scalar_f32(float *y, const float *a, float s, size_t n) { map_f32(y, a, NULL, NULL, s, 0, n, add_scalar_op_f32); }
static void mul_scalar_f32(float *y, const float *a, float s, size_t n) { map_f32(y, a, NULL, NULL, s, 0, n, mul_scalar_op_f32); }
static void clamp_f32(float *y, const float *x, float lo, float hi, size_t n) { map_f32(y, x, NULL, NULL, lo, hi, n, clamp_op_f32); }
static void abs_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, abs_op_f32); }
static void neg_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, neg_op_f32); }
static void sqrt_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, sqrt_op_f32); }
static void floor_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, floor_op_f32); }
static void ceil_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, ceil_op_f32); }
static void trunc_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, trunc_op_f32); }
static void rint_f32(float *y, const float *x, size_t n) { map_f32(y, x, NULL, NULL, 0, 0, n, rint_op_f32); }

/* f64 */
INLINE V64 add_op_f64(args_f64 v) { return v64_add(v.a, v.b); }
INLINE V64 sub_op_f64(args_f64 v) { return v64_sub(v.a, v.b); }
INLINE V64 mul_op_f64(args_f64 v) { return v64_mul(v.a, v.b); }
INLINE V64 div_op_f64(args_f64 v) { return v64_div(v.a, v.b); }
INLINE V64 min_op_f64(args_f64 v) { return v64_min(v.a, v.b); }
INLINE V64 max_op_f64(args_f64 v) { return v64_max(v.a, v.b); }
INLINE V64 add_scalar_op_f64(args_f64 v) { return v64_add(v.a, v.s); }
INLINE V64 mul_scalar_op_f64(args_f64 v) { return v64_mul(v.a, v.s); }
INLINE V64 clamp_op_f64(args_f64 v) { return v64_min(v64_max(v.a, v.s), v.t); }
INLINE V64 abs_op_f64(args_f64 v) { return v64_abs(v.a); }
INLINE V64 neg_op_f64(args_f64 v) { return v64_neg(v.a); }
INLINE V64 sqrt_op_f64(args_f64 v) { return v64_sqrt(v.a); }
INLINE V64 floor_op_f64(args_f64 v) { return v64_floor(v.a); }
INLINE V64 ceil_op_f64(args_f64 v) { return v64_ceil(v.a); }
INLINE V64 trunc_op_f64(args_f64 v) { return v64_trunc(v.a); }
INLINE V64 rint_op_f64(args_f64 v) { return v64_rint(v.a); }

static void add_f64(double *y, const double *a, const double *b, size_t n) { map_f64(y, a, b, NULL, 0, 0, n, add_op_f64); }
static void sub_f64(double *y, const double *a, const double *b, size_t n) { map_f64(y, a, b, NULL, 0, 0, n, sub_op_f64); }
static void mul_f64(double *y, const double *a, const double *b, size_t n) { map_f64(y, a, b, NULL, 0, 0, n, mul_op_f64); }
static void div_f64(double *y, const double *a, const double *b, size_t n) { map_f64(y, a, b, NULL, 0, 0, n, div_op_f64); }
static void min_f64(double *y, const double *a, const double *b, size_t n) { map_f64(y, a, b, NULL, 0, 0, n, min_op_f64); }
static void max_f64(double *y, const double *a, const double *b, size_t n) { map_f64(y, a, b, NULL, 0, 0, n, max_op_f64); }
static void add_scalar_f64(double *y, const double *a, double s, size_t n) { map_f64(y, a, NULL, NULL, s, 0, n, add_scalar_op_f64); }
static void mul_scalar_f64(double *y, const double *a, double s, size_t n) { map_f64(y, a, NULL, NULL, s, 0, n, mul_scalar_op_f64); }
static void clamp_f64(double *y, const double *x, double lo, double hi, size_t n) { map_f64(y, x, NULL, NULL, lo, hi, n, clamp_op_f64); }
static void abs_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, abs_op_f64); }
static void neg_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, neg_op_f64); }
static void sqrt_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, sqrt_op_f64); }
static void floor_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, floor_op_f64); }
static void ceil_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, ceil_op_f64); }
static void trunc_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, trunc_op_f64); }
static void rint_f64(double *y, const double *x, size_t n) { map_f64(y, x, NULL, NULL, 0, 0, n, rint_op_f64); }

#ifdef ARITH_FMA
/* axpy reads and writes y: b is y itself */
INLINE V32 fma_op_f32(args_f32 v) { return v32_fma(v.a, v.b, v.c); }
INLINE V32 axpy_op_f32(args_f32 v) { return v32_fma(v.s, v.a, v.b); }
INLINE V64 fma_op_f64(args_f64 v) { return v64_fma(v.a, v.b, v.c); }
INLINE V64 axpy_op_f64(args_f64 v) { return v64_fma(v.s, v.a, v.b); }
static void fma_f32(float *y, const float *a, const float *b, const float *c, size_t n) { map_f32(y, a, b, c, 0, 0, n, fma_op_f32); }
static void axpy_f32(float *y, const float *x, float alpha, size_t n) { map_f32(y, x, y, NULL, alpha, 0, n, axpy_op_f32); }
static void fma_f64(double *y, const double *a, const double *b, const double *c, size_t n) { map_f64(y, a, b, c, 0, 0, n, fma_op_f64); }
static void axpy_f64(double *y, const double *x, double alpha, size_t n) { map_f64(y, x, y, NULL, alpha, 0, n, axpy_op_f64); }
#endif

static void arith_fill(vmath_kernels *k)
{
    k->add_f32 = add_f32;
    k->sub_f32 = sub_f32;
    k->mul_f32 = mul_f32;
    k->div_f32 = div_f32;
    k->min_f32 = min_f32;
    k->max_f32 = max_f32;
    k->add_scalar_f32 = add_scalar_f32;
    k->mul_scalar_f32 = mul_scalar_f32;
    k->clamp_f32 = clamp_f32;
    k->abs_f32 = abs_f32;
    k->neg_f32 = neg_f32;
    k->sqrt_f32 = sqrt_f32;
    k->floor_f32 = floor_f32;
    k->ceil_f32 = ceil_f32;
    k->trunc_f32 = trunc_f32;
    k->rint_f32 = rint_f32;
    k->add_f64 = add_f64;
    k->sub_f64 = sub_f64;
    k->mul_f64 = mul_f64;
    k->div_f64 = div_f64;
    k->min_f64 = min_f64;
    k->max_f64 = max_f64;
    k->add_scalar_f64 = add_scalar_f64;
    k->mul_scalar_f64 = mul_scalar_f64;
    k->clamp_f64 = clamp_f64;
    k->abs_f64 = abs_f64;
    k->neg_f64 = neg_f64;
    k->sqrt_f64 = sqrt_f64;
    k->floor_f64 = floor_f64;
    k->ceil_f64 = ceil_f64;
    k->trunc_f64 = trunc_f64;
    k->rint_f64 = rint_f64;
#ifdef ARITH_FMA
    k->fma_f32 = fma_f32;
    k->axpy_f32 = axpy_f32;
    k->fma_f64 = fma_f64;
    k->axpy_f64 = axpy_f64;
#endif
}
