#!/usr/bin/env python3
"""Derives the constants of the f32-evaluated sin/cos/tan (src/trigf_impl.h).
Run: /usr/bin/python3 tools/trigfconst.py   (needs mpmath and numpy), then
paste the output over the generated block of src/trigf_impl.h.

Reduction: pi/2 = C1 + C2 + C3 (+ the rest, below 2^-63): C1 = pi/2 rounded
down to f32, C2 > 0 the rest rounded to 11 significant bits (so k C2 is
exact for |k| < 2^13), C3 the next rest rounded to f32. C1 below pi/2 makes
every term that k = +0 subtracts from x = -0 a -0, so that the reduction of
-0 is -0 (sin(-0) = -0 with no fix). The rounding up of C1 with a C2 of 10
bits before 2026-11-27 gave the same C1 + C2 and C3, for |k| < 2^14.
Polynomials (coefficients rounded to f32, each in turn with the higher ones
refitted; discrete minimax of the relative error by Lawson's iteration on
|r| <= pi/4 plus the margin of the rounded k):
  sin r = r + r^3 S(u),  S of degree 2;
  cos r = 1 - r^2/2 + r^4 C(u),  C of degree 2.
tan needs only the ratio of its pairs: tan r = N(r)/D(r) with
  N = r + r^3 (T3 + T5 u),  D = 1 - r^2/2 + r^4 (T4 + T6 u),
four coefficients instead of six (minimax of the relative error of N/D,
by Lawson's iteration on the linearized residual N - tan(r) D weighted
by 1/(tan(r) D), D from the previous iteration; rounded to f32 in turn as
above)."""
import struct

import numpy as np
from mpmath import mp, mpf, pi, sin, cos, linspace, log, nint, frexp

mp.prec = 300

def f32(x):
    return struct.unpack("f", struct.pack("f", float(x)))[0]

def h(x):
    """an f32 value as a C hex literal: 0x1.921fb6p+0f"""
    m, e = float(x).hex().split("p")
    m = m.rstrip("0").rstrip(".")
    return f"{m}p{int(e):+d}f"

def round_bits(x, bits):
    m, e = frexp(x)
    return nint(m * 2**bits) / 2**bits * mpf(2)**e

B = mpf(12288)              # the fast path's bound on |x|
p2 = pi / 2
C1 = mpf(f32(p2))
if C1 > p2:
    C1 -= mpf(2)**-23
C2 = round_bits(p2 - C1, 11)
assert mpf(f32(C2)) == C2 and C2 > 0
C3 = mpf(f32(p2 - C1 - C2))
rest = p2 - C1 - C2 - C3
kmax = int(B * 2 / pi) + 1
assert kmax < 2**13

def horner(cf, u):
    s = mpf(0)
    for c in reversed(cf):
        s = s * u + mpf(c)
    return s

# |r| <= pi/4 + |x| |2/pi - f32(2/pi)| pi/2 (k rounds x * f32(2/pi)), plus
# margin; for |x| < 24576, the fast path's bound until 2026-11-27 (a wider
# range than it needs now, kept so that the coefficients stay the same)
R = pi / 4 + 24576 * abs(2 / pi - mpf(f32(2 / pi))) * p2 + mpf(2)**-12

def fit(target, powers, fixed=()):
    """f32 coefficients c_j of r^powers[j] with sum c_j r^p_j ~ target(r),
    minimizing the largest error relative to target(r) + the fixed part on
    |r| <= R (discrete minimax by Lawson's iteration on a grid). Each
    coefficient is rounded to f32 in turn and the higher ones refitted to
    what that rounding left."""
    rs = [R * (mpf(i) + mpf(1) / 2) / 400 for i in range(400)]   # r > 0 (odd and even functions)
    cf = list(fixed)
    for j in range(len(cf), len(powers)):
        ps = powers[j:]
        t = np.array([float(target(r) - sum(mpf(c) * r**p for c, p in zip(cf, powers))) for r in rs])
        wt = np.array([1 / float(full(r)) for r in rs])
        A = np.array([[float(r**p) for p in ps] for r in rs])
        lw = np.ones(len(rs))
        for _ in range(200):
            sw = np.sqrt(lw) * wt
            c, *_ = np.linalg.lstsq(A * sw[:, None], t * sw, rcond=None)
            e = np.abs((A @ c - t) * wt)
            lw = lw * e
            lw /= lw.sum()
        cf.append(f32(c[0]))
    return cf

# sin r = r + r^3 S(u): the part beyond r; cos r = 1 - r^2/2 + r^4 C(u): beyond 1 - r^2/2
full = sin
S = fit(lambda r: sin(r) - r, [3, 5, 7])
full = cos
C = fit(lambda r: cos(r) - 1 + r * r / 2, [4, 6, 8])


def fit_tan():
    """T3 T5 (numerator) and T4 T6 (denominator), see the top"""
    from mpmath import tan
    rs = [R * (mpf(i) + mpf(1) / 2) / 400 for i in range(400)]
    names = ["T3", "T5", "T4", "T6"]
    fixed = {}
    for j in range(len(names)):
        free = names[j:]
        # residual N - t D = r + r^3 (T3 + T5 u) - t (1 - u/2 + u^2 (T4 + T6 u)), u = r^2
        cols = {"T3": lambda r, t: r**3, "T5": lambda r, t: r**5,
                "T4": lambda r, t: -t * r**4, "T6": lambda r, t: -t * r**6}
        ts = [tan(r) for r in rs]
        A = np.array([[float(cols[n](r, t)) for n in free] for r, t in zip(rs, ts)])
        b = np.array([float(-(r - t * (1 - r * r / 2) + sum(mpf(fixed[n]) * cols[n](r, t) for n in fixed)))
                      for r, t in zip(rs, ts)])
        d = np.array([float(1 - r * r / 2) for r in rs])
        tf = np.array([float(t) for t in ts])
        lw = np.ones(len(rs))
        for it in range(300):
            wt = 1 / np.abs(tf * d)
            sw = np.sqrt(lw) * wt
            c, *_ = np.linalg.lstsq(A * sw[:, None], b * sw, rcond=None)
            e = np.abs((A @ c - b) * wt)
            lw = lw * e
            lw /= lw.sum()
            cf = dict(fixed, **dict(zip(free, c)))
            d = np.array([float(1 - r * r / 2 + r**4 * (cf["T4"] + cf["T6"] * r * r)) for r in rs])
        fixed[names[j]] = f32(c[0])
    return [fixed[n] for n in ["T3", "T5", "T4", "T6"]]

T3, T5, T4, T6 = fit_tan()

grid = [r for r in linspace(-R, R, 4001) if r != 0]
from mpmath import tan as mtan
err_t = max(abs((r + r**3 * (mpf(T3) + mpf(T5) * r * r)) / (1 - r * r / 2 + r**4 * (mpf(T4) + mpf(T6) * r * r)) / mtan(r) - 1)
            for r in grid)
err_s = max(abs((r + r**3 * horner(S, r * r)) / sin(r) - 1) for r in grid)
err_c = max(abs((1 - r * r / 2 + r**4 * horner(C, r * r)) / cos(r) - 1) for r in grid)

print("/* generated by tools/trigfconst.py */")
print(f"/* |r| <= {float(R):.6f}; sin poly max rel error {float(err_s):.3g} (2^{float(log(err_s, 2)):.1f}), "
      f"cos poly {float(err_c):.3g} (2^{float(log(err_c, 2)):.1f}), tan ratio {float(err_t):.3g} (2^{float(log(err_t, 2)):.1f}); "
      f"pi/2 - C1 - C2 - C3 = {float(rest):.3g} */")
print("#define VMF_TRIG_MAX", h(B))
print("#define VMF_TRIG_2PI", h(f32(2 / pi)))
print("#define VMF_TRIG_C1", h(C1))
print("#define VMF_TRIG_C2", h(C2))
print("#define VMF_TRIG_C3", h(C3))
for i, c in enumerate(S):
    print(f"#define VMF_SIN_S{2 * i + 3}", h(c))
for i, c in enumerate(C):
    print(f"#define VMF_COS_C{2 * i + 4}", h(c))
for n, c in zip(["T3", "T5", "T4", "T6"], [T3, T5, T4, T6]):
    print(f"#define VMF_TAN_{n}", h(c))
