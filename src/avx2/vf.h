/* AVX2+FMA: the vector of 8 floats that the f32-evaluated math kernels
 * (src/expf_impl.h, trigf_impl.h, invtrigf_impl.h, erff_impl.h,
 * hyperf_impl.h) are written against, and map_f() and map_vv_f(), their
 * array loops. What each primitive must return: src/scalar/vf.h and the
 * lists at the top of those headers. */
#ifndef VMATH_AVX2_VF_H
#define VMATH_AVX2_VF_H

#include "vd.h"

typedef simde__m256 vf;

INLINE vf vf_set(float a) { return simde_mm256_set1_ps(a); }
INLINE vf vf_add(vf a, vf b) { return simde_mm256_add_ps(a, b); }
INLINE vf vf_sub(vf a, vf b) { return simde_mm256_sub_ps(a, b); }
INLINE vf vf_mul(vf a, vf b) { return simde_mm256_mul_ps(a, b); }
INLINE vf vf_fma(vf a, vf b, vf c) { return simde_mm256_fmadd_ps(a, b, c); }
INLINE vf vf_div(vf a, vf b) { return simde_mm256_div_ps(a, b); }
INLINE vf vf_abs(vf a) { return simde_mm256_andnot_ps(vf_set(-0.0f), a); }
/* the sign bit of sgn, the other bits of mag */
INLINE vf vf_copysign(vf mag, vf sgn)
{
    return simde_mm256_or_ps(simde_mm256_andnot_ps(vf_set(-0.0f), mag), simde_mm256_and_ps(vf_set(-0.0f), sgn));
}
INLINE vf vf_round(vf a) { return simde_mm256_round_ps(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .) */
INLINE vf vf_clamp(vf x, float lo, float hi) { return simde_mm256_min_ps(vf_set(hi), simde_mm256_max_ps(vf_set(lo), x)); }
INLINE vf vf_pow2(simde__m256i k) /* 2^k, k in [-126, 127] */
{
    return simde_mm256_castsi256_ps(simde_mm256_slli_epi32(simde_mm256_add_epi32(k, simde_mm256_set1_epi32(127)), 23));
}
/* 2^k for integral k in [-126, 127] (NaN k: garbage) */
INLINE vf vf_pow2i(vf k) { return vf_pow2(simde_mm256_cvtps_epi32(k)); }
/* p * 2^(k >> 1) is exact, then * 2^(k - (k >> 1)) rounds once. A NaN k
 * converts to INT_MIN: garbage scale, but p is NaN then and stays NaN. */
INLINE vf vf_scale(vf p, vf k)
{
    simde__m256i ki = simde_mm256_cvtps_epi32(k);
    simde__m256i k1 = simde_mm256_srai_epi32(ki, 1);
    return vf_mul(vf_mul(p, vf_pow2(k1)), vf_pow2(simde_mm256_sub_epi32(ki, k1)));
}
INLINE vf vf_fms(vf a, vf b, vf c) { return simde_mm256_fmsub_ps(a, b, c); }   /* a * b - c, fused */
INLINE vf vf_fnma(vf a, vf b, vf c) { return simde_mm256_fnmadd_ps(a, b, c); } /* c - a * b, fused */
INLINE vf vf_sqrt(vf a) { return simde_mm256_sqrt_ps(a); }
/* max and min: a > b ? a : b and a < b ? a : b unless an operand is NaN;
 * a NaN b is returned on every ISA (NEON quiets it), so vf_min(vf_set(hi),
 * x) clamps x from above and a NaN x passes */
INLINE vf vf_max(vf a, vf b) { return simde_mm256_max_ps(a, b); }
INLINE vf vf_min(vf a, vf b) { return simde_mm256_min_ps(a, b); }

/* lane masks: comparisons, select, mask logic */
typedef simde__m256 vfm;
INLINE vfm vf_gt(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_GT_OQ); }
INLINE vfm vf_lt(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_LT_OQ); }
INLINE vfm vf_eq(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_EQ_OQ); }
INLINE vf vf_sel(vfm m, vf a, vf b) { return simde_mm256_blendv_ps(b, a, m); }
/* b where the sign bit of m is set, else a: one vblendvps. For a mask that
 * is not a compare's GCC 12 turns the intrinsic into a select on m < 0 and
 * puts a vpcmpgtd before the blend; the asm keeps the one uop */
INLINE vf vf_blendv_raw(vf a, vf b, vf m)
{
#if defined(SIMDE_X86_AVX_NATIVE) && defined(__GNUC__)
    vf r;
    __asm__("vblendvps %3, %2, %1, %0" : "=x"(r) : "x"(a), "x"(b), "x"(m));
    return r;
#else
    return simde_mm256_blendv_ps(a, b, m);
#endif
}
INLINE vfm vf_mand(vfm a, vfm b) { return simde_mm256_and_ps(a, b); }
INLINE vfm vf_mnot(vfm a) { return simde_mm256_xor_ps(a, simde_mm256_castsi256_ps(simde_mm256_set1_epi32(-1))); }
INLINE vfm vf_mor(vfm a, vfm b) { return simde_mm256_or_ps(a, b); }
INLINE int vf_any(vfm m) { return simde_mm256_movemask_ps(m) != 0; }

/* the array loops: map_f for y = f(x), map_vv_f for y = f(a, b) */
/* Two vectors per iteration, then one; the last n % 8 elements go through
 * a stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map_f(float *y, const float *x, size_t n, vf (*f)(vf))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        vf a = f(simde_mm256_loadu_ps(x + i));
        vf b = f(simde_mm256_loadu_ps(x + i + 8));
        simde_mm256_storeu_ps(y + i, a);
        simde_mm256_storeu_ps(y + i + 8, b);
    }
    for (; i + 8 <= n; i += 8)
        simde_mm256_storeu_ps(y + i, f(simde_mm256_loadu_ps(x + i)));
    if (i < n) {
        float buf[8];
        vmath_tail_f32(buf, 8, x + i, n - i);
        simde_mm256_storeu_ps(buf, f(simde_mm256_loadu_ps(buf)));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}
/* y = f(x) with f2 on two vectors at a time, f on the rest (as avx512/vf.h) */
INLINE void map_f2(float *y, const float *x, size_t n, vf (*f)(vf), void (*f2)(vf, vf, vf *, vf *))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        vf r0, r1;
        f2(simde_mm256_loadu_ps(x + i), simde_mm256_loadu_ps(x + i + 8), &r0, &r1);
        simde_mm256_storeu_ps(y + i, r0);
        simde_mm256_storeu_ps(y + i + 8, r1);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_f(y + i, x + i, n - i, f);
}
/* y = f(x) with f4 on four vectors at a time (x[0..3] to y[0..3]), then
 * as map_f2 (f2 NULL: as map_f): for the kernels whose dependency chains
 * are too long for two vectors to fill the core (tan) */
INLINE void map_f4(float *y, const float *x, size_t n, vf (*f)(vf), void (*f2)(vf, vf, vf *, vf *),
                   void (*f4)(const vf *, vf *))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf a[4], r[4];
        for (int j = 0; j < 4; j++)
            a[j] = simde_mm256_loadu_ps(x + i + 8 * j);
        f4(a, r);
        for (int j = 0; j < 4; j++)
            simde_mm256_storeu_ps(y + i + 8 * j, r[j]);
    }
    if (i < n && f2) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_f2(y + i, x + i, n - i, f, f2);
    else if (i < n)
        map_f(y + i, x + i, n - i, f);
}
/* y = f(a, b): as map_f */
INLINE void map_vv_f(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        vf r0 = f(simde_mm256_loadu_ps(a + i), simde_mm256_loadu_ps(b + i));
        vf r1 = f(simde_mm256_loadu_ps(a + i + 8), simde_mm256_loadu_ps(b + i + 8));
        simde_mm256_storeu_ps(y + i, r0);
        simde_mm256_storeu_ps(y + i + 8, r1);
    }
    for (; i + 8 <= n; i += 8)
        simde_mm256_storeu_ps(y + i, f(simde_mm256_loadu_ps(a + i), simde_mm256_loadu_ps(b + i)));
    if (i < n) {
        float ba[8], bb[8];
        vmath_tail_f32(ba, 8, a + i, n - i);
        vmath_tail_f32(bb, 8, b + i, n - i);
        simde_mm256_storeu_ps(ba, f(simde_mm256_loadu_ps(ba), simde_mm256_loadu_ps(bb)));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

/* y = f(a, b) with f4 on four vectors at a time (a[0..3], b[0..3] to
 * y[0..3]), then as map_vv_f: as map_f4 (atan2) */
INLINE void map_vv_f4(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf),
                      void (*f4)(const vf *, const vf *, vf *))
{
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        vf va[4], vb[4], r[4];
        for (int j = 0; j < 4; j++) {
            va[j] = simde_mm256_loadu_ps(a + i + 8 * j);
            vb[j] = simde_mm256_loadu_ps(b + i + 8 * j);
        }
        f4(va, vb, r);
        for (int j = 0; j < 4; j++)
            simde_mm256_storeu_ps(y + i + 8 * j, r[j]);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_vv_f(y + i, a + i, b + i, n - i, f);
}

/* integer arithmetic on the bits (the same results on every ISA) */
/* the float whose bits are k - bits(x) (an integer subtraction, modulo 2^32) */
INLINE vf vf_rsub_bits(uint32_t k, vf x)
{
    return simde_mm256_castsi256_ps(simde_mm256_sub_epi32(simde_mm256_set1_epi32((int32_t)k), simde_mm256_castps_si256(x)));
}
/* the float whose bits are round(c bits(x) + k) (see src/scalar/vf.h) */
INLINE vf vf_bits_affine(vf x, float c, float k)
{
    vf b = simde_mm256_cvtepi32_ps(simde_mm256_castps_si256(x));
    return simde_mm256_castsi256_ps(simde_mm256_cvtps_epi32(vf_fma(b, vf_set(c), vf_set(k))));
}

/* exp's table (vmf_exp_core in src/expf_impl.h: exp, sigmoid, sinh,
 * cosh): as src/scalar/vf.h */
#define VF_FAST_SCALE 0
INLINE vf vf_lookup8(const float *t, vf key) { return simde_mm256_permutevar8x32_ps(simde_mm256_loadu_ps(t), simde_mm256_castps_si256(key)); }
INLINE vf vf_ldexp_key(vf p, vf key)
{
    simde__m256i e = simde_mm256_slli_epi32(simde_mm256_srli_epi32(simde_mm256_castps_si256(key), 3), 23);
    return simde_mm256_castsi256_ps(simde_mm256_add_epi32(simde_mm256_castps_si256(p), e));
}
INLINE vf vf_ldexp_int(vf p, vf key)
{
    simde__m256i e = simde_mm256_slli_epi32(simde_mm256_castps_si256(key), 23);
    return simde_mm256_castsi256_ps(simde_mm256_add_epi32(simde_mm256_castps_si256(p), e));
}
/* floor(k8 / 8) = round((k8 - 3.5) / 8) for integral k8: no ties */
INLINE vf vf_scale8(vf p, vf k8) { return vf_scale(p, vf_round(vf_fma(k8, vf_set(0.125f), vf_set(-0.4375f)))); }

/* log, log2, log10, log1p (src/expf_impl.h): the special-input test, as src/scalar/vf.h */
/* bits(x) - 2^23 >= 0x7f000000 unsigned, as: bits(x) + 0x7f800000 >= -2^24 signed */
INLINE int vf_any_notnormal(vf x)
{
    simde__m256i v = simde_mm256_add_epi32(simde_mm256_castps_si256(x), simde_mm256_set1_epi32(0x7f800000));
    simde__m256i ok = simde_mm256_cmpgt_epi32(simde_mm256_set1_epi32(-0x1000000), v);
    return simde_mm256_movemask_ps(simde_mm256_castsi256_ps(ok)) != 0xff;
}

/* erf's tables (src/erff_impl.h): t[trunc(s) & 7] for s in [0, 8) (NaN: t[0]),
 * one vpermps */
INLINE vf vf_lookup8_at(const float *t, vf s)
{
    return simde_mm256_permutevar8x32_ps(simde_mm256_loadu_ps(t), simde_mm256_cvttps_epi32(s));
}

/* tanh's table of polynomials (vmf_tanh_big in src/expf_impl.h): as
 * src/scalar/vf.h. Each lane's row is one 8-float load; an 8 x 8 transpose
 * turns the rows into columns (cheaper than 4 permutes and 3 blends per
 * column of 32). */
INLINE vf vf_row_index(vf x) { return simde_mm256_castsi256_ps(simde_mm256_srli_epi32(simde_mm256_castps_si256(x), 21)); }
INLINE void vf_rows8(const float rows[32][8], const float cols[8][32], vf idx, vf out[8])
{
    /* When all lanes' rows lie in one aligned group of 8 (a in [0.5, 2) or
     * [2, 8), say), each column is one vpermps on that group:
     * 4 ops for the test and 8 vpermps instead of 24 shuffles and 5
     * extractions (tanh on [1, 2): 1.7x as fast; on vectors spread over
     * groups the test costs 5%). The same numbers either way. */
    simde__m256i ii = simde_mm256_castps_si256(idx), g = simde_mm256_srli_epi32(ii, 3);
    simde__m256i g0 = simde_mm256_broadcastd_epi32(simde_mm256_castsi256_si128(g));
    if (simde_mm256_movemask_ps(simde_mm256_castsi256_ps(simde_mm256_cmpeq_epi32(g, g0))) == 0xff) {
        const float *w = cols[0] + (simde_mm256_cvtsi256_si32(ii) & 24);
        for (int j = 0; j < 8; j++)
            out[j] = simde_mm256_permutevar8x32_ps(simde_mm256_loadu_ps(w + 32 * j), ii);
        return;
    }
    /* the rows' byte offsets moved to general registers two at a time (a
     * store and eight reloads stall on store forwarding) */
    simde__m256i off = simde_mm256_slli_epi32(simde_mm256_and_si256(simde_mm256_castps_si256(idx), simde_mm256_set1_epi32(31)), 5);
    simde__m128i olo = simde_mm256_castsi256_si128(off), ohi = simde_mm256_extracti128_si256(off, 1);
    uint64_t o[4] = {(uint64_t)simde_mm_cvtsi128_si64(olo), (uint64_t)simde_mm_extract_epi64(olo, 1),
                     (uint64_t)simde_mm_cvtsi128_si64(ohi), (uint64_t)simde_mm_extract_epi64(ohi, 1)};
    const char *base = (const char *)rows;
    vf r[8], t[8], u[8];
    for (int k = 0; k < 4; k++) {
        r[2 * k] = simde_mm256_loadu_ps((const float *)(base + (uint32_t)o[k]));
        r[2 * k + 1] = simde_mm256_loadu_ps((const float *)(base + (o[k] >> 32)));
    }
    for (int k = 0; k < 8; k += 2) {
        t[k] = simde_mm256_unpacklo_ps(r[k], r[k + 1]);
        t[k + 1] = simde_mm256_unpackhi_ps(r[k], r[k + 1]);
    }
    for (int k = 0; k < 8; k += 4) {
        u[k] = simde_mm256_shuffle_ps(t[k], t[k + 2], 0x44);
        u[k + 1] = simde_mm256_shuffle_ps(t[k], t[k + 2], 0xee);
        u[k + 2] = simde_mm256_shuffle_ps(t[k + 1], t[k + 3], 0x44);
        u[k + 3] = simde_mm256_shuffle_ps(t[k + 1], t[k + 3], 0xee);
    }
    for (int k = 0; k < 4; k++) {
        out[k] = simde_mm256_permute2f128_ps(u[k], u[k + 4], 0x20);
        out[k + 4] = simde_mm256_permute2f128_ps(u[k], u[k + 4], 0x31);
    }
}

/* sin, cos, tan and sincos (src/trigf_impl.h) */
/* The quadrant's masks come from q's low two bits (k mod 4) as the index of
 * a vpermilps into a 4-entry table, not from shifts: vpermilps runs on port
 * 5, the shifts on the two FMA ports that these kernels keep busy (sin on
 * AVX2: 3-4% faster). vf_qtab(q, t): the lane of t's 4 bit patterns that
 * k mod 4 picks. */
INLINE vf vf_qtab(vf q, uint32_t t0, uint32_t t1, uint32_t t2, uint32_t t3)
{
    simde__m256i t = simde_mm256_setr_epi32((int32_t)t0, (int32_t)t1, (int32_t)t2, (int32_t)t3, (int32_t)t0,
                                            (int32_t)t1, (int32_t)t2, (int32_t)t3);
    return simde_mm256_permutevar_ps(simde_mm256_castsi256_ps(t), simde_mm256_castps_si256(q));
}
/* every bit of the odd lanes set, like a compare's mask */
INLINE vfm vf_odd(vf q) { return vf_qtab(q, 0, ~0u, 0, ~0u); }
/* where m (whole lanes, as vf_odd's): *a = -*b and *b = *a: tan and sincos
 * take the odd quadrant's sign with the exchange (src/trigf_impl.h). Two
 * vblendvps (one uop each on Zen 3) and a negation: on Zen 3 sincos 11%
 * and tan 2-5% faster than the 5 logic operations of an xor exchange
 * (d = (a ^ b) & m, then a ^ d ^ sign, b ^ d) chosen for Golden Cove, where
 * vblendvps is 3 uops */
INLINE void vf_swapneg(vfm m, vf *a, vf *b)
{
    vf na = vf_blendv_raw(*a, simde_mm256_xor_ps(*b, vf_set(-0.0f)), m);
    *b = vf_blendv_raw(*b, *a, m);
    *a = na;
}
/* For the two-vector trig steps' one range check: max(|a|, |b|) as the
 * larger bit pattern of the two magnitudes (their integer order is their
 * order as floats, and a NaN's is above every number's and Inf's), so NaN
 * if either is: one vpmaxsd where two compares and an or took three */
INLINE vf vf_absmax(vf a, vf b)
{
    return simde_mm256_castsi256_ps(simde_mm256_max_epi32(simde_mm256_castps_si256(vf_abs(a)), simde_mm256_castps_si256(vf_abs(b))));
}
/* !(a < b): true for NaN (one compare) */
INLINE vfm vf_nlt(vf a, vf b) { return simde_mm256_cmp_ps(a, b, SIMDE_CMP_NLT_UQ); }
/* the sign bit where k mod 4 is 2 or 3: one vpermilps and one xor */
INLINE vf vf_flipsign(vf y, vf q) { return simde_mm256_xor_ps(y, vf_qtab(q, 0, 0, 0x80000000u, 0x80000000u)); }
INLINE vf vf_from_2vd(vd lo, vd hi)
{
    return simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(simde_mm256_cvtpd_ps(lo)), simde_mm256_cvtpd_ps(hi), 1);
}
INLINE void vf_via_vd3(vf x, void (*f)(vd, vd *, vd *, vd *), vf *a, vf *b, vf *c)
{
    vd alo, blo, clo, ahi, bhi, chi;
    f(simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(x)), &alo, &blo, &clo);
    f(simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(x, 1)), &ahi, &bhi, &chi);
    *a = vf_from_2vd(alo, ahi);
    *b = vf_from_2vd(blo, bhi);
    *c = vf_from_2vd(clo, chi);
}

/* log family (vmf_logb_core in src/expf_impl.h): as src/scalar/vf.h */
#define VF_LOG_EUNIT 0x1p23f
INLINE vf vf_logsplit8(vf x, vf *e, vf *d)
{
    simde__m256i ix = simde_mm256_castps_si256(x);
    simde__m256i iz = simde_mm256_or_si256(simde_mm256_and_si256(ix, simde_mm256_set1_epi32(0x007fffff)), simde_mm256_set1_epi32(0x3f800000));
    simde__m256i dd = simde_mm256_sub_epi32(ix, iz);
#if defined(SIMDE_X86_AVX2_NATIVE)
    /* GCC reassociates vf_log_unscale's bits(v) - dd into bits(v) - ix + iz,
     * one more operation per vector in log1p (5% of its time): dd opaque */
    __asm__("" : "+x"(dd));
#endif
    *e = simde_mm256_cvtepi32_ps(dd);
    *d = simde_mm256_castsi256_ps(dd);
    return simde_mm256_castsi256_ps(iz);
}
/* vpermps (vf_lookup8) reads the low 3 bits */
INLINE vf vf_logkey(vf x) { return simde_mm256_castsi256_ps(simde_mm256_srli_epi32(simde_mm256_castps_si256(x), 20)); }
INLINE vf vf_log_unscale(vf v, vf d) { return simde_mm256_castsi256_ps(simde_mm256_sub_epi32(simde_mm256_castps_si256(v), simde_mm256_castps_si256(d))); }
INLINE vf vf_orsign(vf y, vf x) { return simde_mm256_or_ps(y, simde_mm256_and_ps(x, vf_set(-0.0f))); }
/* tanh and sinh (src/expf_impl.h): as src/scalar/vf.h */
INLINE vf vf_signbit(void) { return vf_set(-0.0f); }
INLINE vf vf_andnot(vf m, vf x) { return simde_mm256_andnot_ps(m, x); }
INLINE vf vf_bitsel(vf m, vf a, vf b) { return simde_mm256_or_ps(simde_mm256_and_ps(m, a), simde_mm256_andnot_ps(m, b)); }
/* asin, acos, atan, atan2 (src/invtrigf_impl.h): as src/scalar/vf.h;
 * vpermps reads bits 0..2 of idx; hi8 has its sign bit set where bit 3 of
 * the row number (bit 25 of x) is set */
/* the table index of vf_lookup16, one per lane, and the 16-entry lookup */
typedef struct { simde__m256i idx, hi8; } vfi;
/* the upper 8 rows where hi8 is negative: one vblendvps on its sign bit
 * (vf_blendv_raw, so no compare before it; an arithmetic shift made hi8 a
 * whole-lane mask before). On Zen 3 atan 6-14% faster than the and and
 * xor of lo ^ ((lo ^ hi) & hi8), then 7% more without GCC's compare; the
 * logic was faster on Golden Cove (vblendvps 3 uops there) */
INLINE vf vf_lookup16(const float *t, vfi i)
{
    vf lo = simde_mm256_permutevar8x32_ps(simde_mm256_loadu_ps(t), i.idx);
    vf hi = simde_mm256_permutevar8x32_ps(simde_mm256_loadu_ps(t + 8), i.idx);
    return vf_blendv_raw(lo, hi, simde_mm256_castsi256_ps(i.hi8));
}
INLINE vfi vf_index16(vf x)
{
    vfi i;
    i.idx = simde_mm256_srli_epi32(simde_mm256_castps_si256(x), 22);
    i.hi8 = simde_mm256_slli_epi32(simde_mm256_castps_si256(x), 6);
    return i;
}
/* integer max and min: 1 cycle of latency each instead of 4 (measured 6%
 * faster atan) */
INLINE vfi vf_index16_clamp(vf x, float lo, float hi)
{
    simde__m256i b = simde_mm256_max_epi32(simde_mm256_castps_si256(x), simde_mm256_castps_si256(vf_set(lo)));
    return vf_index16(simde_mm256_castsi256_ps(simde_mm256_min_epi32(b, simde_mm256_castps_si256(vf_set(hi)))));
}

/* hypot (src/hyperf_impl.h): every lane of a and of b > t (ordered) */
INLINE int vf_all_gt2(vf a, vf b, float t)
{
    return simde_mm256_movemask_ps(simde_mm256_and_ps(simde_mm256_cmp_ps(a, vf_set(t), SIMDE_CMP_GT_OQ),
                                                      simde_mm256_cmp_ps(b, vf_set(t), SIMDE_CMP_GT_OQ))) == 0xff;
}

/* y = f(a, b) with f2 on two vectors at a time, f on the rest */
INLINE void map_vv_f2(float *y, const float *a, const float *b, size_t n, vf (*f)(vf, vf),
                      void (*f2)(vf, vf, vf, vf, vf *, vf *))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        vf r0, r1;
        f2(simde_mm256_loadu_ps(a + i), simde_mm256_loadu_ps(b + i), simde_mm256_loadu_ps(a + i + 8),
           simde_mm256_loadu_ps(b + i + 8), &r0, &r1);
        simde_mm256_storeu_ps(y + i, r0);
        simde_mm256_storeu_ps(y + i + 8, r1);
    }
    if (i < n) /* n = 0 may come with NULL pointers: no NULL + 0 */
        map_vv_f(y + i, a + i, b + i, n - i, f);
}
/* atan/atan2 (src/invtrigf_impl.h): as src/scalar/vf.h; bits - lo >= hi - lo
 * unsigned as bits - lo - 2^31 > hi - lo - 2^31 - 1 signed */
INLINE vfm vf_outbits(vf x, uint32_t lo, uint32_t hi)
{
    simde__m256i v = simde_mm256_add_epi32(simde_mm256_castps_si256(x), simde_mm256_set1_epi32((int32_t)(UINT32_C(0x80000000) - lo)));
    simde__m256i k = simde_mm256_set1_epi32((int32_t)(hi - lo - UINT32_C(0x80000001)));
#if defined(SIMDE_X86_AVX2_NATIVE)
    __asm__("" : "+x"(k)); /* else GCC 12 makes v > k a min and an equality (v >= k + 1) */
#endif
    return simde_mm256_castsi256_ps(simde_mm256_cmpgt_epi32(v, k));
}
INLINE vfi vf_index16_bitsdiff(vf a, vf b, int32_t lo, int32_t hi)
{
    simde__m256i d = simde_mm256_sub_epi32(simde_mm256_castps_si256(a), simde_mm256_castps_si256(b));
    d = simde_mm256_min_epi32(simde_mm256_max_epi32(d, simde_mm256_set1_epi32(lo)), simde_mm256_set1_epi32(hi));
    return vf_index16(simde_mm256_castsi256_ps(d));
}
/* asin/acos (src/invtrigf_impl.h): m ? a : +0, for a mask from a compare
 * (every bit of a lane set or clear; not vf_odd's): one and, where GCC
 * made vf_sel(m, a, 0) a blendv's sign test, pxor + vpcmpgtd + and */
INLINE vf vf_selz(vfm m, vf a) { return simde_mm256_and_ps(m, a); }

#endif
