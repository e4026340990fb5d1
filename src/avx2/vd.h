/* AVX2+FMA: the vector of doubles that the shared math algorithms
 * (src/<family>_impl.h) are written against, and the loops that run them over
 * arrays of floats: map() for y = f(x), map_vv() for y = f(a, b).
 * The list of primitives and their meaning: src/exp_log_impl.h, and
 * src/vd_common.h for those built from them. */
#ifndef VMATH_AVX2_VD_H
#define VMATH_AVX2_VD_H
#include <math.h>
#include <string.h>

#include <simde/x86/avx2.h>
#include <simde/x86/fma.h>

#include "../kernels.h"

#define INLINE static inline __attribute__((always_inline))

typedef simde__m256d vd;
typedef simde__m256i vu;
typedef simde__m256d vmask;

INLINE vd v_set(double a) { return simde_mm256_set1_pd(a); }
INLINE vu v_setu(uint64_t a) { return simde_mm256_set1_epi64x((int64_t)a); }
INLINE vd v_add(vd a, vd b) { return simde_mm256_add_pd(a, b); }
INLINE vd v_sub(vd a, vd b) { return simde_mm256_sub_pd(a, b); }
INLINE vd v_mul(vd a, vd b) { return simde_mm256_mul_pd(a, b); }
INLINE vd v_div(vd a, vd b) { return simde_mm256_div_pd(a, b); }
INLINE vd v_fma(vd a, vd b, vd c) { return simde_mm256_fmadd_pd(a, b, c); }
INLINE vd v_fms(vd a, vd b, vd c) { return simde_mm256_fmsub_pd(a, b, c); }   /* a * b - c, fused */
INLINE vd v_fnma(vd a, vd b, vd c) { return simde_mm256_fnmadd_pd(a, b, c); } /* c - a * b, fused */
INLINE vu v_bits(vd a) { return simde_mm256_castpd_si256(a); }
INLINE vd v_from(vu a) { return simde_mm256_castsi256_pd(a); }
INLINE vu v_addu(vu a, vu b) { return simde_mm256_add_epi64(a, b); }
INLINE vu v_subu(vu a, vu b) { return simde_mm256_sub_epi64(a, b); }
INLINE vu v_andu(vu a, vu b) { return simde_mm256_and_si256(a, b); }
INLINE vu v_shl48(vu a) { return simde_mm256_slli_epi64(a, 48); }
INLINE vu v_shr48(vu a) { return simde_mm256_srli_epi64(a, 48); }
INLINE vu v_shr52(vu a) { return simde_mm256_srli_epi64(a, 52); }
INLINE vu v_shr1(vu a) { return simde_mm256_srli_epi64(a, 1); }
INLINE vu v_shln(vu a, int n) { return simde_mm256_slli_epi64(a, n); } /* n a constant */
INLINE vu v_shrn(vu a, int n) { return simde_mm256_srli_epi64(a, n); } /* n a constant */
INLINE vu v_shr50(vu a) { return simde_mm256_srli_epi64(a, 50); }
INLINE vmask v_lt(vd a, vd b) { return simde_mm256_cmp_pd(a, b, SIMDE_CMP_LT_OQ); }
INLINE vmask v_gt(vd a, vd b) { return simde_mm256_cmp_pd(a, b, SIMDE_CMP_GT_OQ); }
INLINE vmask v_eq(vd a, vd b) { return simde_mm256_cmp_pd(a, b, SIMDE_CMP_EQ_OQ); }
/* and, andnot, or on the whole-lane masks every vmask here is (compares,
 * v_bit): 10% faster than vblendvpd in atan and acos on Golden Cove, whose
 * VEX blendv is 3 uops with a longer latency */
INLINE vd v_sel(vmask m, vd a, vd b) { return simde_mm256_or_pd(simde_mm256_and_pd(m, a), simde_mm256_andnot_pd(m, b)); }
/* where m: exchange *a and *b, as d = (a ^ b) & m, a ^ d and b ^ d: 4
 * operations where two selects take 6 */
INLINE void v_swap(vmask m, vd *a, vd *b)
{
    vd d = simde_mm256_and_pd(simde_mm256_xor_pd(*a, *b), m);
    *a = simde_mm256_xor_pd(*a, d);
    *b = simde_mm256_xor_pd(*b, d);
}
/* a > b ? a : b and a < b ? a : b, the same on every ISA when neither is
 * NaN and they are not zeros of opposite signs; a NaN b is returned (NEON
 * quiets it). A NaN a gives b on x86 and in C but NaN on NEON, which also
 * orders -0 below +0: callers rely on neither (as vf_max and vf_min) */
INLINE vd v_max(vd a, vd b) { return simde_mm256_max_pd(a, b); }
INLINE vd v_min(vd a, vd b) { return simde_mm256_min_pd(a, b); }
/* max(lo, x) is x when x is NaN, and so is min(hi, .): as the scalar clamp */
INLINE vd v_clamp(vd x, double lo, double hi)
{
    return simde_mm256_min_pd(v_set(hi), simde_mm256_max_pd(v_set(lo), x));
}
/* The gather merges into its destination register under a mask; with the
 * all-ones mask GCC leaves that register's old value as an input, which
 * chained each gather to the previous loop iteration (pow_f32 ran at half
 * speed). A mask and zero source the compiler cannot see through give the
 * gather a freshly zeroed register. */
INLINE vd v_lookup(const double *t, vu i)
{
    vd z = simde_mm256_setzero_pd();
    vd m = simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(-1));
#if defined(SIMDE_X86_AVX2_NATIVE)
    __asm__("" : "+x"(z), "+x"(m));
#endif
    return simde_mm256_mask_i64gather_pd(z, t, i, m, 8);
}
/* Columns k and k + 1 of a row-major table: each lane's two entries are
 * one 16-byte load, two rows share a register (vinsertf128 from memory)
 * and an unpack makes the columns: 2 loads and 2 shuffles per 2 columns
 * where two gathers take about 3 cycles each on this CPU (erf f64). */
INLINE void v_lookup_pair(const double *cols, const double *rows, int n, vu i, int k, vd *a, vd *b)
{
    (void)cols;
    simde__m128i i01 = simde_mm256_castsi256_si128(i), i23 = simde_mm256_extracti128_si256(i, 1);
    const double *r0 = rows + n * simde_mm_cvtsi128_si64(i01) + k, *r1 = rows + n * simde_mm_extract_epi64(i01, 1) + k;
    const double *r2 = rows + n * simde_mm_cvtsi128_si64(i23) + k, *r3 = rows + n * simde_mm_extract_epi64(i23, 1) + k;
    vd x = simde_mm256_insertf128_pd(simde_mm256_castpd128_pd256(simde_mm_loadu_pd(r0)), simde_mm_loadu_pd(r2), 1);
    vd y = simde_mm256_insertf128_pd(simde_mm256_castpd128_pd256(simde_mm_loadu_pd(r1)), simde_mm_loadu_pd(r3), 1);
    *a = simde_mm256_unpacklo_pd(x, y);
    *b = simde_mm256_unpackhi_pd(x, y);
}

/* for src/trig_impl.h */
#define VM_LANES 4
/* a whole-lane mask (v_sel needs one): bit b moved to the sign, then
 * 0 > that as a signed 64-bit integer */
INLINE vmask v_bit(vu a, int b)
{
    return simde_mm256_castsi256_pd(simde_mm256_cmpgt_epi64(simde_mm256_setzero_si256(), simde_mm256_slli_epi64(a, 63 - b)));
}
INLINE int v_all(vmask m) { return simde_mm256_movemask_pd(m) == 15; }
INLINE vd v_load(const double *p) { return simde_mm256_loadu_pd(p); }
INLINE void v_store(double *p, vd a) { simde_mm256_storeu_pd(p, a); }
INLINE vd v_sqrt(vd a) { return simde_mm256_sqrt_pd(a); }
INLINE vd v_round(vd a) { return simde_mm256_round_pd(a, SIMDE_MM_FROUND_TO_NEAREST_INT | SIMDE_MM_FROUND_NO_EXC); }
INLINE vd v_trunc(vd a) { return simde_mm256_round_pd(a, SIMDE_MM_FROUND_TO_ZERO | SIMDE_MM_FROUND_NO_EXC); }
INLINE vu v_oru(vu a, vu b) { return simde_mm256_or_si256(a, b); }
INLINE vu v_xoru(vu a, vu b) { return simde_mm256_xor_si256(a, b); }
INLINE vmask v_mand(vmask a, vmask b) { return simde_mm256_and_pd(a, b); }
INLINE vmask v_mor(vmask a, vmask b) { return simde_mm256_or_pd(a, b); }
INLINE vmask v_mnot(vmask a) { return simde_mm256_xor_pd(a, simde_mm256_castsi256_pd(simde_mm256_set1_epi64x(-1))); }

#include "../vd_common.h"

/* 8 floats: two vectors of doubles. */
INLINE simde__m256 step(simde__m256 x, vd (*f)(vd))
{
    simde__m128 lo = simde_mm256_cvtpd_ps(f(simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(x))));
    simde__m128 hi = simde_mm256_cvtpd_ps(f(simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(x, 1))));
    return simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(lo), hi, 1);
}

/* Two steps per iteration, then one; the last n % 8 elements go through a
 * stack buffer, so nothing outside x[0..n-1], y[0..n-1] is touched. */
INLINE void map(float *y, const float *x, size_t n, vd (*f)(vd))
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        simde__m256 a = step(simde_mm256_loadu_ps(x + i), f);
        simde__m256 b = step(simde_mm256_loadu_ps(x + i + 8), f);
        simde_mm256_storeu_ps(y + i, a);
        simde_mm256_storeu_ps(y + i + 8, b);
    }
    for (; i + 8 <= n; i += 8)
        simde_mm256_storeu_ps(y + i, step(simde_mm256_loadu_ps(x + i), f));
    if (i < n) {
        float buf[8];
        vmath_tail_f32(buf, 8, x + i, n - i);
        simde_mm256_storeu_ps(buf, step(simde_mm256_loadu_ps(buf), f));
        memcpy(y + i, buf, (n - i) * sizeof *y);
    }
}

/* Binary functions (pow, atan2, hypot): as step() and map(), two inputs. */
INLINE simde__m256 step_vv(simde__m256 a, simde__m256 b, vd (*f)(vd, vd))
{
    simde__m128 lo = simde_mm256_cvtpd_ps(f(simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(a)),
                                            simde_mm256_cvtps_pd(simde_mm256_castps256_ps128(b))));
    simde__m128 hi = simde_mm256_cvtpd_ps(f(simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(a, 1)),
                                            simde_mm256_cvtps_pd(simde_mm256_extractf128_ps(b, 1))));
    return simde_mm256_insertf128_ps(simde_mm256_castps128_ps256(lo), hi, 1);
}

INLINE void map_vv(float *y, const float *a, const float *b, size_t n, vd (*f)(vd, vd))
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        simde_mm256_storeu_ps(y + i, step_vv(simde_mm256_loadu_ps(a + i), simde_mm256_loadu_ps(b + i), f));
    if (i < n) {
        float ba[8], bb[8];
        vmath_tail_f32(ba, 8, a + i, n - i);
        vmath_tail_f32(bb, 8, b + i, n - i);
        simde_mm256_storeu_ps(ba, step_vv(simde_mm256_loadu_ps(ba), simde_mm256_loadu_ps(bb), f));
        memcpy(y + i, ba, (n - i) * sizeof *y);
    }
}

/* pow family (src/powf_impl.h) */
INLINE vu v_shl52(vu a) { return simde_mm256_slli_epi64(a, 52); }

#endif
