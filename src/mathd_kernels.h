/*
 * The f64 math kernels of every ISA with FMA (avx2, avx512, neon): each is
 * map_d, map_d_x2, map_d_n or map_d2 (src/vd_common.h) over its src/expd_impl.h,
 * src/logd_impl.h, src/trigd_impl.h, src/hyperd_impl.h or
 * src/invtrigd_impl.h, src/powd_impl.h or src/erfd_impl.h function on that ISA's vd, so the list and the table entries live here
 * once. Included by src/<isa>/exp_log.c after its vd.h; that file's init
 * calls init_math_f64. Adding an f64 function: its vmd_ function, one line
 * below and one in init_math_f64.
 */
#include "expd_impl.h"
#include "logd_impl.h"
#include "trigd_impl.h"
#include "hyperd_impl.h"
#include "invtrigd_impl.h"
#include "powd_impl.h"
#include "erfd_impl.h"

static void exp_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_exp); }
static void exp2_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_exp2); }
static void expm1_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_expm1); }
static void sigmoid_f64(double *y, const double *x, size_t n) { map_d_x2(y, x, n, vmd_sigmoid, vmd_sigmoid2); }
static void log_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_log); }
static void log2_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_log2); }
static void log10_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_log10); }
static void log1p_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_log1p); }
static void sinh_f64(double *y, const double *x, size_t n) { map_d_x2(y, x, n, vmd_sinh, vmd_sinh2); }
static void cosh_f64(double *y, const double *x, size_t n) { map_d_x2(y, x, n, vmd_cosh, vmd_cosh2); }
static void tanh_f64(double *y, const double *x, size_t n) { map_d_n(y, x, n, vmd_tanh, vmd_tanh_n); }
static void erf_f64(double *y, const double *x, size_t n) { map_d_x2(y, x, n, vmd_erf, vmd_erf2); }
static void cbrt_f64(double *y, const double *x, size_t n) { map_d_x2(y, x, n, vmd_cbrt, vmd_cbrt2); }
static void pow_f64(double *y, const double *a, const double *b, size_t n) { map_d_vv(y, a, b, n, vmd_pow); }
static void hypot_f64(double *y, const double *a, const double *b, size_t n) { map_d_vv_x2(y, a, b, n, vmd_hypot, vmd_hypot2); }
static void asin_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_asin); }
static void acos_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_acos); }
static void atan_f64(double *y, const double *x, size_t n) { map_d_n(y, x, n, vmd_atan, vmd_atan_n); }
static void atan2_f64(double *y, const double *a, const double *b, size_t n) { map_d_vv(y, a, b, n, vmd_atan2); }
static void sin_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_sin); }
static void cos_f64(double *y, const double *x, size_t n) { map_d(y, x, n, vmd_cos); }
static void tan_f64(double *y, const double *x, size_t n) { map_d_n(y, x, n, vmd_tan, vmd_tan_n); }
static void sincos_f64(double *s, double *c, const double *x, size_t n) { map_d2(s, c, x, n, vmd_sincos); }

static void init_math_f64(vmath_kernels *k)
{
    k->exp_f64 = exp_f64;
    k->exp2_f64 = exp2_f64;
    k->expm1_f64 = expm1_f64;
    k->sigmoid_f64 = sigmoid_f64;
    k->log_f64 = log_f64;
    k->log2_f64 = log2_f64;
    k->log10_f64 = log10_f64;
    k->log1p_f64 = log1p_f64;
    k->sinh_f64 = sinh_f64;
    k->cosh_f64 = cosh_f64;
    k->tanh_f64 = tanh_f64;
    k->hypot_f64 = hypot_f64;
    k->pow_f64 = pow_f64;
    k->cbrt_f64 = cbrt_f64;
    k->erf_f64 = erf_f64;
    k->asin_f64 = asin_f64;
    k->acos_f64 = acos_f64;
    k->atan_f64 = atan_f64;
    k->atan2_f64 = atan2_f64;
    k->sin_f64 = sin_f64;
    k->cos_f64 = cos_f64;
    k->tan_f64 = tan_f64;
    k->sincos_f64 = sincos_f64;
}
