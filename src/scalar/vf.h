/* Scalar: the "vector" of one float that the f32-evaluated math kernels
 * (src/expf_impl.h, trigf_impl.h, invtrigf_impl.h, erff_impl.h,
 * hyperf_impl.h) are written against: the reference for what each
 * primitive returns (the SIMD vf.h files say "as src/scalar/vf.h").
 * fmaf() is the C99 correctly rounded fused multiply-add, like the FMA
 * instructions of the SIMD ISAs. */
#ifndef VMATH_SCALAR_VF_H
#define VMATH_SCALAR_VF_H

#include <math.h>
#include <stdint.h>
#include <string.h>

typedef float vf;

/* the bits of a, and the float whose bits are u */
static inline uint32_t vf_bits(vf a)
{
    uint32_t u;
    memcpy(&u, &a, sizeof u);
    return u;
}
static inline vf vf_from_bits(uint32_t u)
{
    vf a;
    memcpy(&a, &u, sizeof a);
    return a;
}

static inline vf vf_set(float a) { return a; }
static inline vf vf_add(vf a, vf b) { return a + b; }
static inline vf vf_sub(vf a, vf b) { return a - b; }
static inline vf vf_mul(vf a, vf b) { return a * b; }
static inline vf vf_fma(vf a, vf b, vf c) { return fmaf(a, b, c); }
static inline vf vf_div(vf a, vf b) { return a / b; }
static inline vf vf_abs(vf a) { return fabsf(a); }
static inline vf vf_copysign(vf mag, vf sgn) { return copysignf(mag, sgn); }
static inline vf vf_round(vf a) { return rintf(a); } /* default rounding mode: ties to even */
static inline vf vf_clamp(vf x, float lo, float hi)
{
    x = x < lo ? lo : x;
    return x > hi ? hi : x;
}
static inline float vf_pow2(int32_t k) /* 2^k, k in [-126, 127] */
{
    return vf_from_bits((uint32_t)(k + 127) << 23);
}
/* 2^k for integral k in [-126, 127]: cheaper than vf_scale where the
 * product with it is exact (or its rounding harmless) */
static inline vf vf_pow2i(vf k)
{
    return k != k ? k : vf_pow2((int32_t)k);
}
static inline vf vf_scale(vf p, vf k)
{
    if (k != k) /* NaN (x was NaN): p is NaN too */
        return p;
    int32_t ki = (int32_t)k, k1 = ki >= 0 ? ki / 2 : -((1 - ki) / 2); /* floor(ki / 2), as >> 1 */
    return p * vf_pow2(k1) * vf_pow2(ki - k1);
}
static inline vf vf_fms(vf a, vf b, vf c) { return fmaf(a, b, -c); }  /* a * b - c, fused */
static inline vf vf_fnma(vf a, vf b, vf c) { return fmaf(-a, b, c); } /* c - a * b, fused */
static inline vf vf_sqrt(vf a) { return a < 0 ? NAN : sqrtf(a); }     /* no errno, as sqrtps */
/* max and min: a > b ? a : b and a < b ? a : b, so b when either is NaN
 * (as x86 maxps and minps; NEON returns the NaN operand): a NaN b is
 * returned on every ISA, so vf_min(vf_set(hi), x) clamps x from above and
 * a NaN x passes */
static inline vf vf_max(vf a, vf b) { return a > b ? a : b; }
static inline vf vf_min(vf a, vf b) { return a < b ? a : b; }

/* lane masks: comparisons, select, mask logic */
typedef int vfm;
static inline vfm vf_gt(vf a, vf b) { return a > b; }
static inline vfm vf_lt(vf a, vf b) { return a < b; }
static inline vfm vf_eq(vf a, vf b) { return a == b; }
static inline vf vf_sel(vfm m, vf a, vf b) { return m ? a : b; }
static inline vfm vf_mand(vfm a, vfm b) { return a & b; }
static inline vfm vf_mnot(vfm a) { return !a; }
static inline vfm vf_mor(vfm a, vfm b) { return a | b; }
static inline int vf_any(vfm m) { return m; }

/* the array loop for y = f(a, b) (the unary kernels: a plain loop each) */
static inline void map_vv_f(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf))
{
    for (size_t i = 0; i < n; i++)
        y[i] = f(a[i], b[i]);
}

/* integer arithmetic on the bits (the same results on every ISA) */
/* the float whose bits are k - bits(x) (an integer subtraction, modulo 2^32) */
static inline vf vf_rsub_bits(uint32_t k, vf x) { return vf_from_bits(k - vf_bits(x)); }
/* the float whose bits are round(c bits(x) + k): bits(x) as a signed
 * integer converted to float, the product and sum fused, rounded to the
 * nearest integer (the constants used make that integer exact) */
static inline vf vf_bits_affine(vf x, float c, float k)
{
    int32_t b;
    memcpy(&b, &x, sizeof b);
    b = (int32_t)rintf(fmaf((float)b, c, k));
    memcpy(&x, &b, sizeof x);
    return x;
}

/* exp's table (vmf_exp_core in src/expf_impl.h: exp, sigmoid, sinh,
 * cosh): key is the float whose low bits hold an integer k (two's
 * complement, |k| < 2^21: fma(x, c, 0x1.8p23f)) */
#define VF_FAST_SCALE 0 /* vf_scale is not one cheap instruction: see vmf_exp */
/* t[k & 7]; t has 16 entries, the 8 twice (one AVX-512 permute reads them) */
static inline vf vf_lookup8(const float *t, vf key) { return t[vf_bits(key) & 7]; }
/* p 2^(k >> 3) by adding to the exponent field: exact when the result is normal */
static inline vf vf_ldexp_key(vf p, vf key) { return vf_from_bits(vf_bits(p) + ((vf_bits(key) >> 3) << 23)); }
/* p 2^k, k itself in key's low bits (exp2): exact when the result is normal */
static inline vf vf_ldexp_int(vf p, vf key) { return vf_from_bits(vf_bits(p) + (vf_bits(key) << 23)); }
/* p 2^floor(k8 / 8) rounded once, k8 integral */
static inline vf vf_scale8(vf p, vf k8) { return vf_scale(p, floorf(k8 * 0.125f)); }

/* log, log2, log10, log1p (src/expf_impl.h): the special-input test */
/* any lane not a positive normal number (<= 0, subnormal, Inf, NaN) */
static inline int vf_any_notnormal(vf x) { return !(x >= 0x1p-126f && x < INFINITY); }

/* erf's tables (src/erff_impl.h): t[trunc(s) & 7] for s in [0, 8) (NaN: t[0]) */
static inline vf vf_lookup8_at(const float *t, vf s) { return t[s == s ? (int)s & 7 : 0]; }

/* tanh's table of polynomials (vmf_tanh_big in src/expf_impl.h): a row
 * number read off the bits, bits(x) >> 21 (four rows per binade; the
 * tables are laid out for it, modulo 32), held in the bits of the result;
 * and the 8 entries of row (number mod 32) of a 32 x 8 table for each lane
 * (rows: row-major; cols: the same numbers column-major, for the ISAs
 * that look up by permutes) */
static inline vf vf_row_index(vf x) { return vf_from_bits(vf_bits(x) >> 21); }
static inline void vf_rows8(const float rows[32][8], const float cols[8][32], vf idx, vf out[8])
{
    (void)cols;
    for (int j = 0; j < 8; j++)
        out[j] = rows[vf_bits(idx) & 31][j];
}

/* sin, cos, tan and sincos (src/trigf_impl.h); vd is double (vd.h) */
static inline vfm vf_odd(vf q) { return (int)(vf_bits(q) & 1); }
/* where m: *a = -*b and *b = *a (tan's and sincos's odd quadrants,
 * src/trigf_impl.h) */
static inline void vf_swapneg(vfm m, vf *a, vf *b)
{
    vf t = m ? -*b : *a;
    *b = m ? *a : *b;
    *a = t;
}
/* !(a < b): true for NaN (one compare on x86) */
static inline vfm vf_nlt(vf a, vf b) { return !(a < b); }
static inline vf vf_flipsign(vf y, vf q)
{
    return vf_from_bits(vf_bits(y) ^ ((vf_bits(q) << 30) & UINT32_C(0x80000000)));
}
static inline void vf_via_vd3(vf x, void (*f)(double, double *, double *, double *), vf *a, vf *b, vf *c)
{
    double da, db, dc;
    f((double)x, &da, &db, &dc);
    *a = (float)da;
    *b = (float)db;
    *c = (float)dc;
}

/* log family (vmf_logb_core in src/expf_impl.h: log, log2, log10, log1p) */
/* x = z 2^E with z in [1, 2) for normal x > 0: returns z; *e = E VF_LOG_EUNIT
 * (E 2^23 here: bits(x) - bits(z) as int32, converted; the constants e
 * multiplies carry 1 / VF_LOG_EUNIT, so the products are those of E);
 * *d: the float whose bits are bits(x) - bits(z) (for vf_log_unscale) */
#define VF_LOG_EUNIT 0x1p23f
static inline vf vf_logsplit8(vf x, vf *e, vf *d)
{
    uint32_t ix = vf_bits(x), iz = (ix & UINT32_C(0x007fffff)) | UINT32_C(0x3f800000);
    int32_t k;
    uint32_t dd = ix - iz;
    memcpy(&k, &dd, sizeof k);
    *e = (float)k;
    *d = vf_from_bits(dd);
    return vf_from_bits(iz);
}
/* the key of vf_lookup8 for x's table interval: bits(x) >> 20 (bits 20..22
 * of x, the top 3 of its mantissa) */
static inline vf vf_logkey(vf x) { return vf_from_bits(vf_bits(x) >> 20); }
/* v 2^-E for x = z 2^E (d from vf_logsplit8): bits(v) - bits(d), exact for
 * v in [0.5, 1] and E in [-125, 125] (else anything) */
static inline vf vf_log_unscale(vf v, vf d) { return vf_from_bits(vf_bits(v) - vf_bits(d)); }
/* y with the sign bit of x or-ed in */
static inline vf vf_orsign(vf y, vf x) { return vf_from_bits(vf_bits(y) | (vf_bits(x) & UINT32_C(0x80000000))); }
/* tanh and sinh (src/expf_impl.h): the sign bit as a vector (-0.0f),
 * x without the bits of m, and the bits of a where m is set and of b
 * elsewhere (copysign(b, a) for m = vf_signbit()) */
static inline vf vf_signbit(void) { return -0.0f; }
static inline vf vf_andnot(vf m, vf x) { return vf_from_bits(~vf_bits(m) & vf_bits(x)); }
static inline vf vf_bitsel(vf m, vf a, vf b) { return vf_from_bits((vf_bits(a) & vf_bits(m)) | (vf_bits(b) & ~vf_bits(m))); }
/* asin, acos, atan, atan2 (src/invtrigf_impl.h): the index of
 * vf_lookup16 for the row number bits(x) >> 22 (mod 16: two rows per
 * binade, the tables are laid out for it) */
/* the table index of vf_lookup16, one per lane, and the 16-entry lookup */
typedef uint32_t vfi;
static inline vf vf_lookup16(const float *t, vfi i) { return t[i]; }
static inline vfi vf_index16(vf x) { return (vf_bits(x) >> 22) & 15; }
/* the same for x >= +0 or NaN clamped to [lo, hi] (lo, hi > 0) by its bits
 * (integer compares, which order such x as floats); a NaN lane gets some
 * row (hi's here): callers must return the same NaN from any row */
static inline vfi vf_index16_clamp(vf x, float lo, float hi)
{
    uint32_t b = vf_bits(x), l = vf_bits(lo), h = vf_bits(hi);
    return vf_index16(vf_from_bits(b < l ? l : b > h ? h : b));
}
/* r with s's sign bit or-ed in: copysign(r, s) for r whose sign bit is
 * clear; a NaN r keeps its sign bit if set (x86's default NaN has it) */

/* every lane of a and of b > t (ordered: false for NaN) */
static inline int vf_all_gt2(vf a, vf b, float t) { return a > t && b > t; }

/* log1p (range check): the lanes whose bits lie outside
 * [lo, hi) (unsigned: bits - lo >= hi - lo), as a mask */
static inline vfm vf_outbits(vf x, uint32_t lo, uint32_t hi) { return vf_bits(x) - lo >= hi - lo; }
/* the row number of vf_lookup16 for d = bits(a) - bits(b) (signed)
 * clamped to [lo, hi]: (d >> 22) mod 16 */
static inline vfi vf_index16_bitsdiff(vf a, vf b, int32_t lo, int32_t hi)
{
    int32_t d = (int32_t)(vf_bits(a) - vf_bits(b));
    d = d < lo ? lo : d > hi ? hi : d;
    return ((uint32_t)d >> 22) & 15;
}
/* asin/acos (src/invtrigf_impl.h): m ? a : +0, for a mask from a compare
 * (vf_gt, vf_lt, vf_eq: every bit of a lane set or clear) */
static inline vf vf_selz(vfm m, vf a) { return m ? a : 0.0f; }

#endif
