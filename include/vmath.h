/*
 * vmath: SIMD array operations with runtime CPU dispatch.
 *
 * This header implements the contract in API.md. Conventions for every function:
 *
 *  - Outputs first, then inputs, then scalar parameters, then `size_t n`.
 *    `n` counts elements, never bytes.
 *  - Any alignment is accepted: nothing needs 16-, 32- or 64-byte alignment
 *    or padding. (The pointers themselves must be valid C pointers to their
 *    type, aligned as _Alignof(element) requires: C makes a misaligned float *
 *    undefined, and the scalar kernels dereference them.) A function reads
 *    and writes only p[0..n-1] of each array: never a byte outside, not
 *    even inside the same page.
 *  - An output may be the very same pointer as an input (in place). Partial
 *    overlap is undefined.
 *  - n == 0 is valid with any pointers, NULL included, and touches nothing.
 *  - Every function is thread-safe, including the first call, which
 *    initialises dispatch. No function allocates, prints or reads the
 *    environment after initialisation.
 *  - Results do not depend on the MXCSR/FPCR state beyond the default
 *    rounding mode (round to nearest even is assumed). The default
 *    environment is assumed in full: with flush-to-zero or
 *    denormals-are-zero set (x86 MXCSR FTZ/DAZ, AArch64 FPCR.FZ), the
 *    hardware flushes subnormal inputs and results, in vmath as in any
 *    other code, and the accuracy statements hold only for normal values.
 *  - No function sets errno (sqrt of a negative number included), and none
 *    changes the rounding mode, FTZ/DAZ or the exception masks.
 *  - FP exception flags: for finite inputs whose results are finite, no
 *    function of any ISA raises FE_INVALID, FE_DIVBYZERO or FE_OVERFLOW,
 *    at any magnitude (a saturating f32 -> int conversion included, as
 *    long as x[i] * scale, rounded to float as specified, is finite), so a
 *    program that traps those (feenableexcept) is not stopped inside vmath
 *    by such data. The exceptions, where an intermediate step overflows
 *    before a rare path replaces the lane with the right result (checking
 *    first would cost the common case): norm2_f64 whose plain sum of
 *    squares overflows (elements from about 2^511 / sqrt(n) up: it is then
 *    summed again, scaled), hypot_f32 with an operand beyond 2^63, sin cos
 *    tan sincos f32 with |x| beyond 2^40, log1p_f32 with x >= 2^127. An
 *    f32 -> int conversion whose x[i] * scale overflows float raises
 *    FE_OVERFLOW there (the saturated result is right). tests/test_fenv.c
 *    checks every kernel (the padding lanes of a short tail hold 1.0).
 *    Beyond that the flags are not part of the contract: FE_INEXACT and
 *    FE_UNDERFLOW may be raised spuriously, and NaN or infinite inputs and
 *    overflowing or infinite results (log 0) may raise any of them (a
 *    quiet NaN meeting an ordered compare raises FE_INVALID).
 */
#ifndef VMATH_H
#define VMATH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#  define VMATH_API
#else
#  define VMATH_API __attribute__((visibility("default")))
#endif

/* ------------------------------------------------------------------------ */
/* Runtime dispatch                                                          */
/* ------------------------------------------------------------------------ */

typedef enum vmath_isa {
    VMATH_ISA_SCALAR = 0,   /* portable C reference, always present          */
    VMATH_ISA_SSE41,        /* x86-64 SSE4.1 (x86-64-v2)                      */
    VMATH_ISA_AVX2,         /* x86-64 AVX2 + FMA + F16C (x86-64-v3)           */
    VMATH_ISA_AVX512,       /* x86-64 AVX-512 F/CD/BW/DQ/VL (x86-64-v4)       */
    VMATH_ISA_NEON,         /* AArch64 Advanced SIMD                          */
    VMATH_ISA_COUNT
} vmath_isa;

/* "MAJOR.MINOR.PATCH" */
VMATH_API const char *vmath_version(void);

/* "scalar" "sse4.1" "avx2" "avx512" "neon"; NULL if isa is out of range. */
VMATH_API const char *vmath_isa_name(vmath_isa isa);

/* 0: not available; 1: native on this CPU and OS; 2: emulated through SIMDe
 * (kernels written for another architecture: correct, but slow; useful for
 * testing). Out-of-range values give 0. */
VMATH_API int vmath_isa_available(vmath_isa isa);

/* The ISA whose kernels run now. */
VMATH_API vmath_isa vmath_isa_active(void);

/* Switch every operation to `isa` (native or emulated). Returns 0, or -1 and
 * changes nothing if `isa` is not available. An explicit choice here is not
 * limited by VMATH_ISA (which only caps the default). Operations the ISA has
 * no kernel for run the best lower kernel (ultimately the scalar one).
 * Safe to call from any thread; calls already running finish on the kernel
 * they started with. */
VMATH_API int vmath_isa_set(vmath_isa isa);

/*
 * Default choice: the best native ISA that both the CPU and the OS support
 * (x86: CPUID plus the register state enabled in XCR0; AArch64: NEON is
 * baseline). The environment variable VMATH_ISA=<name>, read once at
 * initialisation, caps it: the best native ISA not above the named one, in
 * enum order. Names are matched without regard to case ("AVX2" is avx2);
 * an empty value counts as unset; an unknown name is ignored with one line
 * on stderr (the value shown with control bytes as '?', cut at 40 bytes).
 */

/* ------------------------------------------------------------------------ */
/* Memory                                                                    */
/* ------------------------------------------------------------------------ */

/* 64-byte aligned; NULL on failure or when bytes == 0. */
VMATH_API void *vmath_malloc(size_t bytes);
/* Frees memory from vmath_malloc; NULL is fine. */
VMATH_API void vmath_free(void *p);

/* ------------------------------------------------------------------------ */
/* Elementwise arithmetic                                                    */
/*                                                                           */
/* Exact IEEE operations: every ISA returns the same bits as the scalar      */
/* reference (NaN payloads aside).                                           */
/*  - min/max are IEEE 754-2019 minimum/maximum: NaN if either input is NaN, */
/*    and -0 < +0.                                                           */
/*  - fma and axpy are fused (one rounding).                                 */
/*  - clamp(x, lo, hi) = min(max(x, lo), hi) with those min/max: NaN in x,   */
/*    lo or hi gives NaN; lo > hi gives hi.                                  */
/*  - floor ceil trunc rint as C99; rint rounds to nearest, ties to even.    */
/*    The FP status flags are not part of the contract (the SIMD rounding   */
/*    instructions suppress inexact; the scalar and emulated paths may not). */
/* ------------------------------------------------------------------------ */

VMATH_API void vmath_add_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_sub_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_mul_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_div_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_min_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_max_f32(float *y, const float *a, const float *b, size_t n);
VMATH_API void vmath_add_scalar_f32(float *y, const float *a, float s, size_t n);
VMATH_API void vmath_mul_scalar_f32(float *y, const float *a, float s, size_t n);
VMATH_API void vmath_fma_f32(float *y, const float *a, const float *b, const float *c, size_t n);
VMATH_API void vmath_axpy_f32(float *y, const float *x, float alpha, size_t n);
VMATH_API void vmath_clamp_f32(float *y, const float *x, float lo, float hi, size_t n);
VMATH_API void vmath_abs_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_neg_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_sqrt_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_floor_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_ceil_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_trunc_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_rint_f32(float *y, const float *x, size_t n);

VMATH_API void vmath_add_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_sub_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_mul_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_div_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_min_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_max_f64(double *y, const double *a, const double *b, size_t n);
VMATH_API void vmath_add_scalar_f64(double *y, const double *a, double s, size_t n);
VMATH_API void vmath_mul_scalar_f64(double *y, const double *a, double s, size_t n);
VMATH_API void vmath_fma_f64(double *y, const double *a, const double *b, const double *c, size_t n);
VMATH_API void vmath_axpy_f64(double *y, const double *x, double alpha, size_t n);
VMATH_API void vmath_clamp_f64(double *y, const double *x, double lo, double hi, size_t n);
VMATH_API void vmath_abs_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_neg_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_sqrt_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_floor_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_ceil_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_trunc_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_rint_f64(double *y, const double *x, size_t n);

/* ------------------------------------------------------------------------ */
/* Conversions                                                               */
/*                                                                           */
/* f16 is IEEE binary16 and bf16 is bfloat16 (the upper half of a binary32), */
/* both held in uint16_t. Every ISA returns the scalar reference's bits.     */
/*  - f32 -> f16/bf16: round to nearest, ties to even; values too large      */
/*    become +-Inf; results below the smallest normal are rounded to the     */
/*    subnormal grid (never flushed); a NaN stays a NaN and is made quiet,   */
/*    keeping the sign and the top bits of its payload (what F16C, AVX-512   */
/*    BF16 and AArch64 FCVT do).                                             */
/*  - f16/bf16 -> f32 and f32 -> f64 are exact (f16 subnormals included).    */
/*  - f64 -> f32 is the C cast: nearest even, overflow to +-Inf, results      */
/*    below FLT_MIN rounded to subnormals.                                   */
/*  - int -> f32: y[i] = (float)x[i] * scale: the conversion is exact except */
/*    i32 beyond 2^24, rounded to nearest even; then one rounded product.    */
/*  - f32 -> int: y[i] = saturate(rint(x[i] * scale)): the product is        */
/*    rounded to f32 first (not fused), then rounded to an integer, ties to  */
/*    even, then clamped to the type's range (+Inf and huge values give the  */
/*    maximum, -Inf the minimum); NaN gives 0.                               */
/*  - In place (y == x, the very same pointer) works for every conversion.   */
/*    The buffer must then hold n elements of the wider type. Narrowing      */
/*    conversions run front to back as usual; widening ones (f16, bf16, i8,  */
/*    u8, i16 -> f32, f32 -> f64) convert chunks from the end, each about    */
/*    half of what is left: in place costs log2(n) + 1 kernel calls.         */
/* ------------------------------------------------------------------------ */

VMATH_API void vmath_f32_to_f16(uint16_t *y, const float *x, size_t n);
VMATH_API void vmath_f16_to_f32(float *y, const uint16_t *x, size_t n);
VMATH_API void vmath_f32_to_bf16(uint16_t *y, const float *x, size_t n);
VMATH_API void vmath_bf16_to_f32(float *y, const uint16_t *x, size_t n);
VMATH_API void vmath_f32_to_f64(double *y, const float *x, size_t n);
VMATH_API void vmath_f64_to_f32(float *y, const double *x, size_t n);
VMATH_API void vmath_i8_to_f32(float *y, const int8_t *x, float scale, size_t n);
VMATH_API void vmath_u8_to_f32(float *y, const uint8_t *x, float scale, size_t n);
VMATH_API void vmath_i16_to_f32(float *y, const int16_t *x, float scale, size_t n);
VMATH_API void vmath_i32_to_f32(float *y, const int32_t *x, float scale, size_t n);
VMATH_API void vmath_f32_to_i8(int8_t *y, const float *x, float scale, size_t n);
VMATH_API void vmath_f32_to_u8(uint8_t *y, const float *x, float scale, size_t n);
VMATH_API void vmath_f32_to_i16(int16_t *y, const float *x, float scale, size_t n);
VMATH_API void vmath_f32_to_i32(int32_t *y, const float *x, float scale, size_t n);

/* ------------------------------------------------------------------------ */
/* Complex                                                                   */
/*                                                                           */
/* Interleaved single-precision complex numbers; n counts complex elements.  */
/*  - cmul, cmulconj, cscale use the textbook formula, each product rounded  */
/*    and then the sum or difference rounded (no fused multiply-add), so     */
/*    every ISA returns the scalar reference's bits:                         */
/*        (a * b).re = a.re*b.re - a.im*b.im                                 */
/*        (a * b).im = a.re*b.im + a.im*b.re                                 */
/*    There is no C99 Annex G recovery of infinities: (Inf + 0i) * (0 + 1i)  */
/*    gives NaN in the real part, as the formula says.                       */
/*  - cabs2 = re*re + im*im, each square rounded, then the sum.              */
/*  - cabs is the magnitude as hypotf: computed as sqrt(re*re + im*im) in    */
/*    double from the float inputs and rounded to float, so it is within     */
/*    1 ULP (in practice correctly rounded), never overflows or underflows   */
/*    spuriously, and is bit-identical on every ISA. An infinite part gives  */
/*    +Inf even when the other part is NaN; otherwise NaN gives NaN.         */
/*  - cdot = sum x[i]*y[i], cdotc = sum conj(x[i])*y[i]. Each component      */
/*    meets the reduction bound |err| <= (2*log2(n) + 64) * 2^-24 * sum|terms| */
/*    (terms: the products in that component), as long as no partial sum     */
/*    overflows float. Not bit-identical across ISAs (the summation order     */
/*    and fused multiply-adds differ). 0 + 0i when n == 0; a zero component  */
/*    is +0, as for sum and dot below.                                       */
/*  - In place (y == a, y == b, y == x, the very same pointer) works for     */
/*    every operation here: cabs and cabs2 write the n floats front to back  */
/*    over the first half of x's bytes, like the narrowing conversions.      */
/* ------------------------------------------------------------------------ */

typedef struct vmath_cf32 {
    float re, im;
} vmath_cf32;

VMATH_API void vmath_cmul_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n);
VMATH_API void vmath_cmulconj_cf32(vmath_cf32 *y, const vmath_cf32 *a, const vmath_cf32 *b, size_t n);
VMATH_API void vmath_cabs_cf32(float *y, const vmath_cf32 *x, size_t n);
VMATH_API void vmath_cabs2_cf32(float *y, const vmath_cf32 *x, size_t n);
VMATH_API void vmath_cscale_cf32(vmath_cf32 *y, const vmath_cf32 *x, vmath_cf32 s, size_t n);
VMATH_API vmath_cf32 vmath_cdot_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n);
VMATH_API vmath_cf32 vmath_cdotc_cf32(const vmath_cf32 *x, const vmath_cf32 *y, size_t n);
/* Reductions                                                                */
/*                                                                           */
/* u is the unit roundoff: 2^-24 (f32), 2^-53 (f64).                         */
/*                                                                           */
/* sum, dot: 0 when n == 0. For every n,                                     */
/*     |result - exact| <= (2*log2(n) + 64) * u * sum|terms|                 */
/*   (terms: x[i] for sum, a[i]*b[i] for dot), computed by blocked pairwise  */
/*   summation in the element type (f32 sums in float). As in any            */
/*   floating-point error bound, two assumptions:                            */
/*    - no overflow: when sum|terms| comes near the largest finite value,    */
/*      an intermediate sum may overflow and the result may be +-Inf or NaN; */
/*    - dot only: a product below the smallest normal number rounds in       */
/*      absolute terms, adding at most 2*n*2^-150 (f32), 2*n*2^-1075 (f64). */
/*   Specials otherwise as IEEE: NaN if any term is NaN or terms include     */
/*   both +Inf and -Inf (and, for dot, Inf * 0), else +-Inf if a term is.    */
/*   A zero sum is +0, even of terms that are all -0 (the partial sums start */
/*   at +0, as in `s = 0; s += x[i]`), and so is the sum of nothing (n = 0). */
/*   Different ISAs add in different orders: results agree within the bound */
/*   but not bit for bit.                                                    */
/*                                                                           */
/* norm2: sqrt(sum x[i]^2), with no spurious overflow or underflow (any      */
/*   finite input, 1e300 or 1e-300 included, gives the right answer; the     */
/*   result overflows only when the norm itself exceeds the largest finite   */
/*   value). +Inf if any element is +-Inf (even with a NaN, as hypot), else  */
/*   NaN if any element is NaN; 0 when n == 0. Accuracy:                     */
/*    - f32: faithfully rounded (within 1 ulp: one of the two floats next to */
/*      the exact norm); the squares are summed in double.                   */
/*    - f64: |result - exact| <= (log2(n) + 32) * 2^-53 * exact + 2^-1075.   */
/*      A fast pass sums the squares; only when that sum overflowed or came  */
/*      near underflow does a second pass rescale by a power of two near     */
/*      max|x[i]| (exact), so the common case runs at full speed.            */
/*                                                                           */
/* minval, maxval: the least/greatest element, in the order of IEEE 754-2019 */
/*   minimum/maximum (vmath_min_T): -0 < +0, and NaN if any element is NaN.  */
/*   NaN when n == 0.                                                        */
/* argmin, argmax: the index of the first element equal to minval/maxval in  */
/*   that order: -0 and +0 are different values (argmax of {+0, -0} is 0,    */
/*   argmax of {-0, +0} is 1, argmin of {+0, -0} is 1); if any element is    */
/*   NaN, the index of the first NaN. SIZE_MAX when n == 0.                  */
/*   minval/maxval/argmin/argmax are exact: every ISA gives the same result. */
/*                                                                           */
/* Each reads x[0..n-1] (a, b) only, at any alignment; n == 0 with NULL is   */
/* fine.                                                                     */
/* ------------------------------------------------------------------------ */

VMATH_API float vmath_sum_f32(const float *x, size_t n);
VMATH_API float vmath_dot_f32(const float *a, const float *b, size_t n);
VMATH_API float vmath_norm2_f32(const float *x, size_t n);
VMATH_API float vmath_minval_f32(const float *x, size_t n);
VMATH_API float vmath_maxval_f32(const float *x, size_t n);
VMATH_API size_t vmath_argmin_f32(const float *x, size_t n);
VMATH_API size_t vmath_argmax_f32(const float *x, size_t n);

VMATH_API double vmath_sum_f64(const double *x, size_t n);
VMATH_API double vmath_dot_f64(const double *a, const double *b, size_t n);
VMATH_API double vmath_norm2_f64(const double *x, size_t n);
VMATH_API double vmath_minval_f64(const double *x, size_t n);
VMATH_API double vmath_maxval_f64(const double *x, size_t n);
VMATH_API size_t vmath_argmin_f64(const double *x, size_t n);
VMATH_API size_t vmath_argmax_f64(const double *x, size_t n);
/* Math functions, f32: exp/log family                                       */
/* ------------------------------------------------------------------------ */
/* y[i] = f(x[i]). Within 1 ULP of the correctly rounded result for every
 * f32 input on every ISA (on the ISAs with FMA evaluated in f32 with
 * extra-precise pairs, src/expf_impl.h; sse4.1, without FMA, evaluates in
 * double precision and rounds once);
 * special values as C99 Annex F; errno and the FP environment untouched.
 * Measured maximum error over all 2^32 inputs (tools/ulp.c, docs/ulp.md;
 * avx512, and avx2 which returns the same bits):
 *   exp 0.765 ULP (f32 evaluation; the maximum at a subnormal result),
 *   exp2 0.756 (f32, subnormal result), expm1 0.622 (f32), log 0.774
 *   (f32), log2 0.776 (f32), log10 0.773 (f32), log1p 0.784 (f32),
 *   sigmoid 0.765 (f32, subnormal result: below x = -86 the result is
 *   e^x's; 0.592 above). */
VMATH_API void vmath_exp_f32(float *y, const float *x, size_t n);     /* e^x                  */
VMATH_API void vmath_exp2_f32(float *y, const float *x, size_t n);    /* 2^x                  */
VMATH_API void vmath_expm1_f32(float *y, const float *x, size_t n);   /* e^x - 1              */
VMATH_API void vmath_log_f32(float *y, const float *x, size_t n);     /* natural logarithm    */
VMATH_API void vmath_log2_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_log10_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_log1p_f32(float *y, const float *x, size_t n);   /* log(1 + x)           */
VMATH_API void vmath_sigmoid_f32(float *y, const float *x, size_t n); /* 1 / (1 + e^-x)       */

/* Math functions, f32: sin, cos, tan (x in radians)                         */
/* ------------------------------------------------------------------------ */
/* Same guarantees as above, for every f32 input up to FLT_MAX. The argument
 * is reduced in f32 for |x| < 12288, in f64 beyond (exact Payne-Hanek
 * reduction for |x| >= 2^20); the polynomials are f32 for every argument.
 * Measured maximum error over all 2^32 inputs (avx2, the scalar reference's
 * bits): sin 0.838 ULP, cos 0.837, tan 0.917 (0.899 for |x| < 12288). */
VMATH_API void vmath_sin_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_cos_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_tan_f32(float *y, const float *x, size_t n);
/* s[i] = sin(x[i]), c[i] = cos(x[i]): the same bits as vmath_sin_f32 and
 * vmath_cos_f32, for about the cost of one. s or c may be x (in place). */
VMATH_API void vmath_sincos_f32(float *s, float *c, const float *x, size_t n);

/* Math functions, f32: inverse trigonometric, hyperbolic, erf, cbrt, pow,  */
/* atan2, hypot                                                             */
/* ------------------------------------------------------------------------ */
/* Same contract: within 1 ULP of the correctly rounded result for every
 * input, special values as C99 Annex F (pow's included: pow(x, +-0) = 1
 * even for NaN x, pow(1, y) = 1 even for NaN y, pow(-1, +-Inf) = 1,
 * pow(-0, odd negative) = -Inf, pow(negative, non-integer) = NaN),
 * errno and the FP environment untouched. On the ISAs with FMA all but pow
 * are evaluated in single precision for speed (sinh, cosh, tanh:
 * src/expf_impl.h; erf: src/erff_impl.h; asin, acos, atan, atan2:
 * src/invtrigf_impl.h; cbrt, hypot: src/hyperf_impl.h) and pow in double
 * precision, rounded once (src/powf_impl.h); sse4.1 evaluates all of them
 * in double precision (src/invtrig_impl.h, src/hyper_impl.h).
 * Measured maximum error over all 2^32 inputs (tools/ulp.c, docs/ulp.md;
 * avx512, and avx2 which returns the same bits):
 *   asin 0.748275 ULP (3547984 results not correctly rounded), acos 0.680366
 *   (738339), atan 0.910749 (15441630), erf 0.889870 (307490620), sinh
 *   0.723860 (2312560), cosh 0.618557 (2157674), tanh 0.725949 (1981564),
 *   cbrt 0.500566 (619926).
 * Two arguments, not exhaustive: atan2 0.8643 ULP on 2*10^6 MPFR-checked
 * pairs where its error concentrates, 0.7292 on the MPFR test's 20000; pow
 * 0.5039 ULP on 10^6 inputs where its error concentrates (|y log2 x| up to
 * 155, x near 1, negative bases), 0.5002 on the MPFR test's; hypot 0.8673
 * (0.7630 for subnormal results) on 2 * 10^6 pairs where its error
 * concentrates, 0.8756 on 2 * 10^8 random pairs (pow is evaluated within
 * 2^-30.8 relative: at most 0.51 ULP; hypot's bound is 0.933, 0.5 + 0.31
 * for subnormal results).
 * At the overflow threshold the 1-ULP bound holds as elsewhere: a result
 * whose exact value lies beyond FLT_MAX by less than an ULP may be FLT_MAX
 * where the correctly rounded one is +Inf (hypot, f32 and f64: e.g.
 * hypotf(0x1.00af9ap+116, 0x1.fffffep+127), exactly FLT_MAX + 0.503 ULP,
 * gives FLT_MAX on avx2, avx512, neon and the scalar reference, +Inf on
 * sse4.1, which rounds its double evaluation once). */
VMATH_API void vmath_asin_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_acos_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_atan_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_sinh_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_cosh_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_tanh_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_erf_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_cbrt_f32(float *y, const float *x, size_t n);
VMATH_API void vmath_pow_f32(float *y, const float *x, const float *e, size_t n);   /* x[i]^e[i]         */
VMATH_API void vmath_atan2_f32(float *r, const float *y, const float *x, size_t n); /* atan2(y[i], x[i]) */
VMATH_API void vmath_hypot_f32(float *y, const float *a, const float *b, size_t n); /* sqrt(a^2 + b^2)   */

/* Math functions, f64                                                       */
/* ------------------------------------------------------------------------ */
/* The same functions and contract in double precision: within 1 ULP of the
 * correctly rounded result for every input, Annex F special values, errno
 * and the FP environment untouched.
 * exp, exp2, expm1, log, log2, log10, log1p, sigmoid, sin, cos, tan,
 * sincos, asin, acos, atan, atan2, erf, sinh, cosh, tanh, cbrt, pow and
 * hypot (all of them): SIMD kernels on avx2, avx512 and neon, one algorithm
 * each with the scalar reference (src/expd_impl.h, src/logd_impl.h,
 * src/trigd_impl.h, src/hyperd_impl.h, src/invtrigd_impl.h,
 * src/powd_impl.h, src/erfd_impl.h: the same bits); sampled against
 * MPFR (10^7 inputs per range, docs/ulp.md; atan2 and hypot on their dense
 * tests): exp 0.536 ULP at most for normal results and 0.764 for subnormal
 * ones, exp2 0.540 and 0.768, expm1 0.53, log 0.540, log2 0.528, log10
 * 0.536, log1p 0.527, sigmoid 0.553 (0.762 subnormal), sin 0.576, cos 0.579,
 * tan 0.641 (every argument up to DBL_MAX: Payne-Hanek beyond 2^20), asin
 * 0.553, acos 0.54, atan 0.558, atan2 0.53 (0.75 subnormal), sinh 0.537,
 * cosh 0.537, tanh 0.523, cbrt 0.5004, hypot 0.50 (0.73 subnormal), pow
 * 0.74 (its dense test: x near 1.03, y near 2^15, results near 2^-1017;
 * exact results come out exact), erf 0.605; sse4.1 (no FMA) calls the C
 * library's functions: long double ones rounded once (0.5 ULP plus a few
 * thousandths), or glibc's double exp, exp2, log, log2, pow (documented
 * below 0.55 ULP, 0.51 in the MPFR test), sin and cos below 2^23. */
VMATH_API void vmath_exp_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_exp2_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_expm1_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_log_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_log2_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_log10_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_log1p_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_sigmoid_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_sin_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_cos_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_tan_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_sincos_f64(double *s, double *c, const double *x, size_t n);
VMATH_API void vmath_asin_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_acos_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_atan_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_sinh_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_cosh_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_tanh_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_erf_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_cbrt_f64(double *y, const double *x, size_t n);
VMATH_API void vmath_pow_f64(double *y, const double *x, const double *e, size_t n);
VMATH_API void vmath_atan2_f64(double *r, const double *y, const double *x, size_t n);
VMATH_API void vmath_hypot_f64(double *y, const double *a, const double *b, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* VMATH_H */
