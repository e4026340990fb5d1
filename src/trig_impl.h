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
 * - otherwise (rare lanes: |x| >= 2^20, Inf, NaN), lane by lane in plain
 *   scalar f64 (vm_trig_huge, identical bits on every ISA): Payne-Hanek
 *   with x = m 2^e (m a 24-bit integer) and T = 2^e 2/pi mod 4 in four
 *   28-bit chunks (src/trig_table.h), so every m T_j is exact and x 2/pi mod
 *   4 is known to about 2^-82 absolute, far below the smallest f32 |r|.
 * Then sin r = r + r^3 S(r^2), cos r = 1 + r^2 C(r^2) (tools/trigconst.py).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "mathconst.h"
#include "trig_table.h"

/* Payne-Hanek for one lane: returns kd, sets *r. All products are exact;
 * f1 = (p0 - k) + p1 is exact too (a multiple of 2^-54 below 1/2). */
static double vm_trig_huge(double x, double *r)
{
    uint64_t bits;
    memcpy(&bits, &x, 8);
    int ex = (int)((bits >> 52) & 0x7ff) - 1023;
    if (ex == 1024) {            /* Inf or NaN */
        *r = x - x;
        return 0x1.8p52;
    }
    int e = ex - 23;             /* x = m 2^e, |m| < 2^24 an integer */
    uint64_t sbits = (uint64_t)(1023 - e) << 52;
    double scale;
    memcpy(&scale, &sbits, 8);
    double m = x * scale;
    const double *t = vm_trig_2opi[e - VM_TRIG_EMIN];
    double p0 = m * t[0], p1 = m * t[1], p2 = m * t[2], p3 = m * t[3];
    double kd = (p0 + p1) + 0x1.8p52;
    double k = kd - 0x1.8p52;
    double f = ((p0 - k) + p1) + (p2 + p3);
    *r = f * VM_TRIG_PIO2;
    return kd;
}

static inline vd vm_trig_reduce(vd x, vd *r)
{
    vd kd = v_fma(x, v_set(VM_TRIG_2PI), v_set(VM_SHIFT));
    vd n = v_sub(kd, v_set(VM_SHIFT));
    vd t = v_fma(n, v_set(-VM_TRIG_P1), x);
    t = v_fma(n, v_set(-VM_TRIG_P2), t);
    *r = v_fma(n, v_set(-VM_TRIG_P3), t);
    vd ax = v_from(v_andu(v_bits(x), v_setu(UINT64_C(0x7fffffffffffffff))));
    if (!v_all(v_lt(ax, v_set(0x1p20)))) {
        double xs[VM_LANES], ks[VM_LANES], rs[VM_LANES];
        v_store(xs, x);
        v_store(ks, kd);
        v_store(rs, *r);
        for (int i = 0; i < VM_LANES; i++)
            if (!(fabs(xs[i]) < 0x1p20))
                ks[i] = vm_trig_huge(xs[i], &rs[i]);
        kd = v_load(ks);
        *r = v_load(rs);
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
