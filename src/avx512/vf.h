/* AVX-512: the vector of 16 floats that the f32-evaluated math kernels
 * (src/expf_impl.h, trigf_impl.h, invtrigf_impl.h, erff_impl.h,
 * hyperf_impl.h) are written against, and map_f() and map_vv_f(), their
 * array loops. What each primitive must return: src/scalar/vf.h and the
 * lists at the top of those headers. */
#ifndef VMATH_AVX512_VF_H
#define VMATH_AVX512_VF_H

#include "vd.h"

typedef simde__m512 vf;

INLINE vf vf_set(float a) { return simde_mm512_set1_ps(a); }
INLINE vf vf_add(vf a, vf b) { return simde_mm512_add_ps(a, b); }
INLINE vf vf_sub(vf a, vf b) { return simde_mm512_sub_ps(a, b); }
INLINE vf vf_mul(vf a, vf b) { return simde_mm512_mul_ps(a, b); }
INLINE vf vf_fma(vf a, vf b, vf c) { return simde_mm512_fmadd_ps(a, b, c); }
INLINE vf vf_div(vf a, vf b) { return simde_mm512_div_ps(a, b); }
INLINE vf vf_abs(vf a) { return simde_mm512_castsi512_ps(simde_mm512_and_si512(simde_mm512_castps_si512(a), simde_mm512_set1_epi32(0x7fffffff))); }
/* the sign bit of sgn, the other bits of mag */
INLINE vf vf_copysign(vf mag, vf sgn)
{
    simde__m512i s = simde_mm512_set1_epi32(INT32_MIN);
    return simde_mm512_castsi512_ps(simde_mm512_or_si512(simde_mm512_andnot_si512(s, simde_mm512_castps_si512(mag)),
                                                         simde_mm512_and_si512(s, simde_mm512_castps_si512(sgn))));
}
INLINE vf vf_round(vf a) { return simde_mm512_roundscale_ps(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .) */
INLINE vf vf_clamp(vf x, float lo, float hi) { return simde_mm512_min_ps(vf_set(hi), simde_mm512_max_ps(vf_set(lo), x)); }
/* vscalefps: p * 2^k rounded once, the same bits as the two exact steps */
INLINE vf vf_scale(vf p, vf k) { return compat_scalef_ps(p, k); }
/* 2^k for integral k in [-126, 127] */
INLINE vf vf_pow2i(vf k) { return compat_scalef_ps(vf_set(1.0f), k); }
INLINE vf vf_fms(vf a, vf b, vf c) { return simde_mm512_fmsub_ps(a, b, c); }   /* a * b - c, fused */
INLINE vf vf_fnma(vf a, vf b, vf c) { return simde_mm512_fnmadd_ps(a, b, c); } /* c - a * b, fused */
INLINE vf vf_sqrt(vf a) { return simde_mm512_sqrt_ps(a); }
/* max and min: a > b ? a : b and a < b ? a : b unless an operand is NaN;
 * a NaN b is returned on every ISA (NEON quiets it), so vf_min(vf_set(hi),
 * x) clamps x from above and a NaN x passes */
INLINE vf vf_max(vf a, vf b) { return simde_mm512_max_ps(a, b); }
INLINE vf vf_min(vf a, vf b) { return simde_mm512_min_ps(a, b); }

/* lane masks: comparisons, select, mask logic */
typedef simde__mmask16 vfm;
INLINE vfm vf_gt(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_GT_OQ); }
INLINE vfm vf_lt(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_LT_OQ); }
INLINE vfm vf_eq(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_EQ_OQ); }
INLINE vf vf_sel(vfm m, vf a, vf b) { return simde_mm512_mask_blend_ps(m, b, a); }
INLINE vfm vf_mand(vfm a, vfm b) { return (vfm)(a & b); }
INLINE vfm vf_mnot(vfm a) { return (vfm)~a; }
INLINE vfm vf_mor(vfm a, vfm b) { return (vfm)(a | b); }
INLINE int vf_any(vfm m) { return m != 0; }

/* the array loops: map_f for y = f(x), map_vv_f for y = f(a, b) */
/* Two vectors per iteration, then one, then the last n % 16 with masked
 * loads and stores, which touch nothing past n. */
INLINE void map_f(float *y, const float *x, size_t n, vf (*f)(vf))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf a = f(simde_mm512_loadu_ps(x + i));
        vf b = f(simde_mm512_loadu_ps(x + i + 16));
        simde_mm512_storeu_ps(y + i, a);
        simde_mm512_storeu_ps(y + i + 16, b);
    }
    for (; i + 16 <= n; i += 16)
        simde_mm512_storeu_ps(y + i, f(simde_mm512_loadu_ps(x + i)));
    if (i < n) {
        simde__mmask16 m = (simde__mmask16)((1u << (n - i)) - 1);
        compat_mask_storeu_ps(y + i, m, f(compat_tail_loadu_ps(m, x + i)));
    }
}
/* y = f(a, b): as map_f */
INLINE void map_vv_f(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf r0 = f(simde_mm512_loadu_ps(a + i), simde_mm512_loadu_ps(b + i));
        vf r1 = f(simde_mm512_loadu_ps(a + i + 16), simde_mm512_loadu_ps(b + i + 16));
        simde_mm512_storeu_ps(y + i, r0);
        simde_mm512_storeu_ps(y + i + 16, r1);
    }
    for (; i + 16 <= n; i += 16)
        simde_mm512_storeu_ps(y + i, f(simde_mm512_loadu_ps(a + i), simde_mm512_loadu_ps(b + i)));
    if (i < n) {
        simde__mmask16 m = (simde__mmask16)((1u << (n - i)) - 1);
        compat_mask_storeu_ps(y + i, m, f(compat_tail_loadu_ps(m, a + i), compat_tail_loadu_ps(m, b + i)));
    }
}

/* integer arithmetic on the bits (the same results on every ISA) */
/* the float whose bits are k - bits(x) (an integer subtraction, modulo 2^32) */
INLINE vf vf_rsub_bits(uint32_t k, vf x)
{
    return simde_mm512_castsi512_ps(simde_mm512_sub_epi32(simde_mm512_set1_epi32((int32_t)k), simde_mm512_castps_si512(x)));
}
/* the float whose bits are round(c bits(x) + k) (see src/scalar/vf.h) */
INLINE vf vf_bits_affine(vf x, float c, float k)
{
    vf b = compat_cvtepi32_ps(simde_mm512_castps_si512(x));
    return simde_mm512_castsi512_ps(compat_cvtps_epi32(vf_fma(b, vf_set(c), vf_set(k))));
}

/* exp's table (vmf_exp_core in src/expf_impl.h: exp, sigmoid, sinh,
 * cosh): as src/scalar/vf.h. vscalefps floors its
 * exponent operand and rounds once: vf_scale8 is one multiply and it. */
#define VF_FAST_SCALE 1
INLINE vf vf_lookup8(const float *t, vf key) { return simde_mm512_permutexvar_ps(simde_mm512_castps_si512(key), simde_mm512_loadu_ps(t)); }
INLINE vf vf_ldexp_key(vf p, vf key)
{
    simde__m512i e = simde_mm512_slli_epi32(simde_mm512_srli_epi32(simde_mm512_castps_si512(key), 3), 23);
    return simde_mm512_castsi512_ps(simde_mm512_add_epi32(simde_mm512_castps_si512(p), e));
}
INLINE vf vf_ldexp_int(vf p, vf key)
{
    simde__m512i e = simde_mm512_slli_epi32(simde_mm512_castps_si512(key), 23);
    return simde_mm512_castsi512_ps(simde_mm512_add_epi32(simde_mm512_castps_si512(p), e));
}
INLINE vf vf_scale8(vf p, vf k8) { return compat_scalef_ps(p, vf_mul(k8, vf_set(0.125f))); }

/* log, log2, log10, log1p (src/expf_impl.h): the special-input test, as src/scalar/vf.h */
/* vfpclassps: NaN, +-0, +-Inf, subnormal, negative; else
 * bits(x) - 2^23 >= 0x7f000000 unsigned, as: bits(x) + 0x7f800000 >= -2^24 signed */
INLINE int vf_any_notnormal(vf x)
{
#if defined(SIMDE_X86_AVX512DQ_NATIVE)
    return _mm512_fpclass_ps_mask(x, 0xff) != 0;
#else
    simde__m512i v = simde_mm512_add_epi32(simde_mm512_castps_si512(x), simde_mm512_set1_epi32(0x7f800000));
    return simde_mm512_cmpge_epi32_mask(v, simde_mm512_set1_epi32(-0x1000000)) != 0;
#endif
}

/* erf's tables (src/erff_impl.h): t[trunc(s) & 7] for s in [0, 8) (NaN: t[0]),
 * one vpermps on the 8 entries repeated in both halves */
INLINE vf vf_lookup8_at(const float *t, vf s)
{
    return simde_mm512_permutexvar_ps(compat_cvttps_epi32(s), simde_mm512_broadcast_f32x8(simde_mm256_loadu_ps(t)));
}

/* tanh's table of polynomials (vmf_tanh_big in src/expf_impl.h): as
 * src/scalar/vf.h; a column of 32 is two registers, one vpermt2ps
 * per column (which reads the index mod 32) */
INLINE vf vf_row_index(vf x) { return simde_mm512_castsi512_ps(simde_mm512_srli_epi32(simde_mm512_castps_si512(x), 21)); }
INLINE void vf_rows8(const float rows[32][8], const float cols[8][32], vf idx, vf out[8])
{
    (void)rows;
    for (int j = 0; j < 8; j++)
        out[j] = simde_mm512_permutex2var_ps(simde_mm512_loadu_ps(cols[j]), simde_mm512_castps_si512(idx), simde_mm512_loadu_ps(cols[j] + 16));
}

/* sin, cos, tan and sincos (src/trigf_impl.h) */
INLINE vfm vf_odd(vf q) { return simde_mm512_test_epi32_mask(simde_mm512_castps_si512(q), simde_mm512_set1_epi32(1)); }
/* where m: *a = -*b and *b = *a, in as many operations as a plain exchange
 * (a masked xor and a masked blend): tan and sincos (src/trigf_impl.h) take
 * a quadrant's sign flip with the exchange */
INLINE void vf_swapneg(vfm m, vf *a, vf *b)
{
    simde__m512i t = simde_mm512_mask_xor_epi32(simde_mm512_castps_si512(*a), m, simde_mm512_castps_si512(*b),
                                                simde_mm512_set1_epi32(INT32_MIN));
    *b = simde_mm512_mask_blend_ps(m, *b, *a);
    *a = simde_mm512_castsi512_ps(t);
}
/* !(a < b): true for NaN (one compare) */
INLINE vfm vf_nlt(vf a, vf b) { return simde_mm512_cmp_ps_mask(a, b, SIMDE_CMP_NLT_UQ); }
/* For the two-vector trig steps (src/trigf_impl.h): max(|a|, |b|), NaN if
 * either is (one vrangeps), for one range check */
INLINE vf vf_absmax(vf a, vf b) { return simde_mm512_range_ps(a, b, 0x0b); }
/* y ^ ((q << 30) & sign bit): a shift and a vpternlogd */
INLINE vf vf_flipsign(vf y, vf q)
{
    simde__m512i t = simde_mm512_slli_epi32(simde_mm512_castps_si512(q), 30);
    return simde_mm512_castsi512_ps(simde_mm512_ternarylogic_epi32(simde_mm512_castps_si512(y), t,
                                                                   simde_mm512_set1_epi32(INT32_MIN), 0x78));
}
INLINE vf vf_from_2vd(vd lo, vd hi)
{
    return simde_mm512_insertf32x8(simde_mm512_castps256_ps512(compat_cvtpd_ps(lo)), compat_cvtpd_ps(hi), 1);
}
INLINE void vf_via_vd3(vf x, void (*f)(vd, vd *, vd *, vd *), vf *a, vf *b, vf *c)
{
    vd alo, blo, clo, ahi, bhi, chi;
    f(compat_cvtps_pd(simde_mm512_castps512_ps256(x)), &alo, &blo, &clo);
    f(compat_cvtps_pd(compat_extract_hi_ps(x)), &ahi, &bhi, &chi);
    *a = vf_from_2vd(alo, ahi);
    *b = vf_from_2vd(blo, bhi);
    *c = vf_from_2vd(clo, chi);
}

/* log family (vmf_logb_core in src/expf_impl.h): as src/scalar/vf.h, but
 * vgetmantps gives z and vgetexpps E itself (VF_LOG_EUNIT 1): the same
 * values for normal x > 0 */
#define VF_LOG_EUNIT 1.0f
INLINE vf vf_logsplit8(vf x, vf *e, vf *d)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    vf z = _mm512_getmant_ps(x, _MM_MANT_NORM_1_2, _MM_MANT_SIGN_src);
    *e = _mm512_getexp_ps(x);
    *d = simde_mm512_castsi512_ps(simde_mm512_sub_epi32(simde_mm512_castps_si512(x), simde_mm512_castps_si512(z))); /* log1p only */
    return z;
#else
    simde__m512i ix = simde_mm512_castps_si512(x);
    simde__m512i iz = simde_mm512_or_si512(simde_mm512_and_si512(ix, simde_mm512_set1_epi32(0x007fffff)), simde_mm512_set1_epi32(0x3f800000));
    simde__m512i dd = simde_mm512_sub_epi32(ix, iz);
    *e = vf_mul(compat_cvtepi32_ps(dd), vf_set(0x1p-23f));
    *d = simde_mm512_castsi512_ps(dd);
    return simde_mm512_castsi512_ps(iz);
#endif
}
/* vpermps (vf_lookup8) reads the low 4 bits: bit 3 is bit 23 of x, and
 * the table holds its 8 entries twice */
INLINE vf vf_logkey(vf x) { return simde_mm512_castsi512_ps(simde_mm512_srli_epi32(simde_mm512_castps_si512(x), 20)); }
INLINE vf vf_log_unscale(vf v, vf d) { return simde_mm512_castsi512_ps(simde_mm512_sub_epi32(simde_mm512_castps_si512(v), simde_mm512_castps_si512(d))); }
/* one vpternlogd: y | (x & sign), imm 0xf8 = A | (B & C) */
INLINE vf vf_orsign(vf y, vf x)
{
    return simde_mm512_castsi512_ps(simde_mm512_ternarylogic_epi32(simde_mm512_castps_si512(y), simde_mm512_castps_si512(x),
                                                                   simde_mm512_set1_epi32(INT32_MIN), 0xf8));
}
/* tanh and sinh (src/expf_impl.h): as src/scalar/vf.h. The sign bit goes
 * through an empty asm: the loop keeps it in a register, where GCC would
 * otherwise rebuild vf_abs's and vf_copysign's masks with mov +
 * vpbroadcastd, two port-5 ops per vector (tanh: 12% of its time). The
 * select is one vpternlogd. */
INLINE vf vf_signbit(void)
{
    vf m = vf_set(-0.0f);
#if defined(SIMDE_X86_AVX512F_NATIVE)
    __asm__("" : "+v"(m));
#endif
    return m;
}
INLINE vf vf_andnot(vf m, vf x) { return simde_mm512_castsi512_ps(simde_mm512_andnot_si512(simde_mm512_castps_si512(m), simde_mm512_castps_si512(x))); }
INLINE vf vf_bitsel(vf m, vf a, vf b)
{
    return simde_mm512_castsi512_ps(simde_mm512_ternarylogic_epi32(simde_mm512_castps_si512(m), simde_mm512_castps_si512(a),
                                                                   simde_mm512_castps_si512(b), 0xca));
}
/* asin, acos, atan, atan2 (src/invtrigf_impl.h): as src/scalar/vf.h
 * (vpermps reads the low 4 bits of the index) */
/* the table index of vf_lookup16, one per lane, and the 16-entry lookup */
typedef simde__m512i vfi;
INLINE vf vf_lookup16(const float *t, vfi i) { return simde_mm512_permutexvar_ps(i, simde_mm512_loadu_ps(t)); }
INLINE vfi vf_index16(vf x) { return simde_mm512_srli_epi32(simde_mm512_castps_si512(x), 22); }
/* float max and min here (measured a little faster than the integer ones
 * the other ISAs use; a NaN lane gets another row, where the result is the
 * same NaN) */
INLINE vfi vf_index16_clamp(vf x, float lo, float hi) { return vf_index16(vf_clamp(x, lo, hi)); }

/* hypot's square root from FMAs (src/hyperf_impl.h, vmf_sqrt_fma): the
 * float whose bits are k - 2^15 hi, hi the upper 16 bits of bits(x) as a
 * signed integer (modulo 2^32): the usual reciprocal square root seed k -
 * (bits(x) >> 1) with the low 15 bits of the shifted value cleared, which is
 * vpmaddwd with the words (0, -2^15) and an add */
INLINE vf vf_rsqrt_bits(uint32_t k, vf x)
{
    simde__m512i m = simde_mm512_madd_epi16(simde_mm512_castps_si512(x), simde_mm512_set1_epi32(INT32_MIN));
    return simde_mm512_castsi512_ps(simde_mm512_add_epi32(simde_mm512_set1_epi32((int32_t)k), m));
}

/* every lane of a and of b > t (ordered): one compare, one masked compare, kortestw */
INLINE int vf_all_gt2(vf a, vf b, float t)
{
#if defined(SIMDE_X86_AVX512F_NATIVE)
    __mmask16 m = _mm512_mask_cmp_ps_mask(_mm512_cmp_ps_mask(a, vf_set(t), _CMP_GT_OQ), b, vf_set(t), _CMP_GT_OQ);
    return _kortestc_mask16_u8(m, m);
#else
    return (vf_gt(a, vf_set(t)) & vf_gt(b, vf_set(t))) == 0xffff;
#endif
}

/* y = f(x) with f2 on two vectors at a time, f on the rest */
INLINE void map_f2(float *y, const float *x, size_t n, vf (*f)(vf), void (*f2)(vf, vf, vf *, vf *))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf r0, r1;
        f2(simde_mm512_loadu_ps(x + i), simde_mm512_loadu_ps(x + i + 16), &r0, &r1);
        simde_mm512_storeu_ps(y + i, r0);
        simde_mm512_storeu_ps(y + i + 16, r1);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_f(y + i, x + i, n - i, f);
}

/* y = f(a, b) with f2 on two vectors at a time, f on the rest */
INLINE void map_vv_f2(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf),
                      void (*f2)(vf, vf, vf, vf, vf *, vf *))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf r0, r1;
        f2(simde_mm512_loadu_ps(a + i), simde_mm512_loadu_ps(b + i), simde_mm512_loadu_ps(a + i + 16),
           simde_mm512_loadu_ps(b + i + 16), &r0, &r1);
        simde_mm512_storeu_ps(y + i, r0);
        simde_mm512_storeu_ps(y + i + 16, r1);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_vv_f(y + i, a + i, b + i, n - i, f);
}
/* atan/atan2 (src/invtrigf_impl.h): as src/scalar/vf.h */
INLINE vfm vf_outbits(vf x, uint32_t lo, uint32_t hi)
{
    simde__m512i v = simde_mm512_sub_epi32(simde_mm512_castps_si512(x), simde_mm512_set1_epi32((int32_t)lo));
#if defined(SIMDE_X86_AVX512F_NATIVE)
    return _mm512_cmpge_epu32_mask(v, _mm512_set1_epi32((int32_t)(hi - lo)));
#else
    v = simde_mm512_add_epi32(v, simde_mm512_set1_epi32(INT32_MIN));
    return simde_mm512_cmpge_epi32_mask(v, simde_mm512_set1_epi32((int32_t)(hi - lo - UINT32_C(0x80000000))));
#endif
}
INLINE vfi vf_index16_bitsdiff(vf a, vf b, int32_t lo, int32_t hi)
{
    simde__m512i d = simde_mm512_sub_epi32(simde_mm512_castps_si512(a), simde_mm512_castps_si512(b));
    d = simde_mm512_min_epi32(simde_mm512_max_epi32(d, simde_mm512_set1_epi32(lo)), simde_mm512_set1_epi32(hi));
    return simde_mm512_srli_epi32(d, 22);
}
/* asin/acos (src/invtrigf_impl.h): m ? a : +0 (a zero-masking move, folded
 * into the operation that makes a) */
INLINE vf vf_selz(vfm m, vf a) { return simde_mm512_maskz_mov_ps(m, a); }

#endif
