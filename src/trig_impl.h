/*
 * f32 sin, cos, tan evaluated in f64: ONE algorithm for every ISA (all lanes
 * on SSE4.1; on the ISAs with FMA the lanes that src/trigf_impl.h passes
 * on: |x| >= 12288, Inf, NaN), like src/exp_log_impl.h (whose primitives
 * it uses, plus):
 *   v_bit(vu a, int b) -> vmask: bit b of each lane of a is set
 *   v_all(vmask): every lane true
 *   v_load(const double *), v_store(double *, vd), VM_LANES (lanes per vd)
 *
 * Reduction: x = k pi/2 + r, |r| <= pi/4, quadrant k mod 4 in the low bits
 * of kd (k + VM_SHIFT).
 * - |x| < 2^20 (all lanes, the fast path): Cody-Waite with pi/2 = P1 + P2
 *   + P3, P1 and P2 of 33 bits so k P1 and k P2 are exact without FMA
 *   (k < 2^20) and x - k P1 is exact (both are multiples of 2^-32 and the
 *   difference is below 1). The error of r is about 2^-52 |r| + 2^-98.
 * - otherwise (a vector with a lane |x| >= 2^20, Inf or NaN): Payne-Hanek
 *   on every lane (vm_trig_huge), taken for those lanes: x = m 2^e (m a
 *   24-bit integer) and T = 2^e 2/pi mod 4 in four 28-bit chunks
 *   (src/trig_table.h, one row per e, each lane's row loaded), so every
 *   m T_j is exact and x 2/pi mod 4 is known to about 2^-82 absolute, far
 *   below the smallest f32 |r|. Vector operations without FMA, so every
 *   ISA has the bits of the scalar reference (VM_LANES = 1); a loop over
 *   the lanes in scalar code took 7 ns per element on Zen 3.
 * Then sin r = r + r^3 S(r^2), cos r = 1 + r^2 C(r^2) (tools/trigconst.py).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "mathconst.h"
#include "trig_table.h"

/* Payne-Hanek on every lane: returns kd, sets *r, for the lanes with
 * 2^20 <= |x| < Inf (exact products; f = (p0 - k) + p1 is exact too, a
 * multiple of 2^-54 below 1/2), r = NaN and kd = VM_SHIFT (k = 0) for Inf
 * and NaN; the other lanes get values the caller discards (no overflow:
 * their m is x 2^3). */
static inline vd vm_trig_huge(vd x, vd *r)
{
    vu absmask = v_setu(UINT64_C(0x7fffffffffffffff));
    vmask fin = v_lt(v_from(v_andu(v_bits(x), absmask)), v_set(INFINITY));
    vd xc = v_sel(fin, x, v_set(0x1p20)); /* no Inf or NaN below */
    vd ac = v_max(v_from(v_andu(v_bits(xc), absmask)), v_set(0x1p20));
    vu eb = v_shr52(v_bits(ac));          /* e + 1023 + 23: rows 1 to 108 */
    vu row = v_subu(eb, v_setu(1023 + 23 + VM_TRIG_EMIN));
    vd m = v_mul(xc, v_from(v_shln(v_subu(v_setu(2 * 1023 + 23), eb), 52))); /* x 2^-e */
    const double *tab = vm_trig_2opi[0];
    vd t0, t1, t2, t3;
#ifdef VMATH_AVX512_VD_H
    /* AVX-512's v_lookup and v_lookup_pair read 16-row tables, and SIMDe
     * has no 512-bit gathers: each lane's row, through memory */
    uint64_t ri[8];
    double col[4][8];
    simde_mm512_storeu_si512(ri, row);
    for (int l = 0; l < 8; l++)
        for (int j = 0; j < 4; j++)
            col[j][l] = tab[4 * ri[l] + j];
    t0 = v_load(col[0]);
    t1 = v_load(col[1]);
    t2 = v_load(col[2]);
    t3 = v_load(col[3]);
#else
    v_lookup_pair(NULL, tab, 4, row, 0, &t0, &t1);
    v_lookup_pair(NULL, tab, 4, row, 2, &t2, &t3);
#endif
    vd p0 = v_mul(m, t0), p1 = v_mul(m, t1), p2 = v_mul(m, t2), p3 = v_mul(m, t3);
    vd kd = v_add(v_add(p0, p1), v_set(VM_SHIFT));
    vd k = v_sub(kd, v_set(VM_SHIFT));
    vd f = v_add(v_add(v_sub(p0, k), p1), v_add(p2, p3));
    *r = v_sel(fin, v_mul(f, v_set(VM_TRIG_PIO2)), v_sub(x, x));
    return v_sel(fin, kd, v_set(VM_SHIFT));
}

static inline vd vm_trig_reduce(vd x, vd *r)
{
    vd kd = v_fma(x, v_set(VM_TRIG_2PI), v_set(VM_SHIFT));
    vd n = v_sub(kd, v_set(VM_SHIFT));
    vd t = v_fma(n, v_set(-VM_TRIG_P1), x);
    t = v_fma(n, v_set(-VM_TRIG_P2), t);
    *r = v_fma(n, v_set(-VM_TRIG_P3), t);
    vd ax = v_from(v_andu(v_bits(x), v_setu(UINT64_C(0x7fffffffffffffff))));
    vmask small = v_lt(ax, v_set(0x1p20));
    if (!v_all(small)) {
        vd rh, kh = vm_trig_huge(x, &rh);
        kd = v_sel(small, kd, kh);
        *r = v_sel(small, *r, rh);
    }
    return kd;
}

/* sin r and cos r for |r| <= pi/4 */
static inline void vm_trig_poly(vd r, vd *s, vd *c)
{
    vd u = v_mul(r, r);
    vd ps = v_fma(u, v_set(VM_SIN_S4), v_set(VM_SIN_S3));
    ps = v_fma(u, ps, v_set(VM_SIN_S2));
    ps = v_fma(u, ps, v_set(VM_SIN_S1));
    ps = v_fma(u, ps, v_set(VM_SIN_S0));
    vd pc = v_fma(u, v_set(VM_COS_C5), v_set(VM_COS_C4));
    pc = v_fma(u, pc, v_set(VM_COS_C3));
    pc = v_fma(u, pc, v_set(VM_COS_C2));
    pc = v_fma(u, pc, v_set(VM_COS_C1));
    pc = v_fma(u, pc, v_set(VM_COS_C0));
    *s = v_fma(v_mul(r, u), ps, r);
    *c = v_fma(u, pc, v_set(1.0));
}

/* sin of k pi/2 + r for the quadrant in the low bits of q: sin or cos of
 * r by bit 0, negated by bit 1. */
static inline vd vm_trig_quadrant(vu q, vd s, vd c)
{
    vd y = v_sel(v_bit(q, 0), c, s);
    return v_sel(v_bit(q, 1), v_sub(v_set(0.0), y), y);
}

/* sin(±0) keeps its sign (the polynomial would give +0 for -0) */
static inline vd vm_sin(vd x)
{
    vd r, s, c, kd = vm_trig_reduce(x, &r);
    vm_trig_poly(r, &s, &c);
    return v_sel(v_eq(x, v_set(0.0)), x, vm_trig_quadrant(v_bits(kd), s, c));
}

/* cos x = sin(x + pi/2): quadrant k + 1 */
static inline vd vm_cos(vd x)
{
    vd r, s, c, kd = vm_trig_reduce(x, &r);
    vm_trig_poly(r, &s, &c);
    return vm_trig_quadrant(v_addu(v_bits(kd), v_setu(1)), s, c);
}

/* both at once: one reduction and one pair of polynomials */
static inline void vm_sincos(vd x, vd *sin_x, vd *cos_x)
{
    vd r, s, c, kd = vm_trig_reduce(x, &r);
    vm_trig_poly(r, &s, &c);
    *sin_x = v_sel(v_eq(x, v_set(0.0)), x, vm_trig_quadrant(v_bits(kd), s, c));
    *cos_x = vm_trig_quadrant(v_addu(v_bits(kd), v_setu(1)), s, c);
}

/* tan = s / c for even k, -c / s for odd k (then r != 0) */
static inline vd vm_tan(vd x)
{
    vd r, s, c, kd = vm_trig_reduce(x, &r);
    vm_trig_poly(r, &s, &c);
    vmask odd = v_bit(v_bits(kd), 0);
    vd y = v_div(v_sel(odd, v_sub(v_set(0.0), c), s), v_sel(odd, s, c));
    return v_sel(v_eq(x, v_set(0.0)), x, y);
}
