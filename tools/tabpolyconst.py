#!/usr/bin/env python3
"""Derives the tables of src/expf_impl.h's table-driven polynomials:
tanh on [0.25, 9.5], one degree-5 polynomial per quarter binade of a
(vmf_table_poly); sinh on [0.5, 2) and cosh on [0, 2), one degree-5
polynomial per interval [i/4, (i+1)/4) (vmf_table8_poly; sinh below 0.5 is
its odd polynomial, so its rows 0 and 1 are zeros).
Run: /usr/bin/python3 tools/tabpolyconst.py [tanh] [sinh] [cosh]
(default all; needs mpmath and numpy; tanh's search takes several minutes)

tanh, row i: c, c0, c1 .. c5, 0 with f(c + t) ~ c0 + t (c1 + c2 t + ... + c5 t^4).
c is the f32 nearest the interval's middle whose f(c) is within 2^-44
relative of an f32 (searched outwards), c0 that f32, so the constant term
carries no rounding; c1 .. c5 minimise the relative error of the whole
(lawson), rounded to f32: 2^-26.1 at worst ([4, 5)), 2^-27 elsewhere
(degree 6 reached 2^-27.9). tanh's last interval [8, 9.5]: c1 is then
moved so that the polynomial is exact at 0x1.205968p3, the first a whose
tanh rounds to 1 (its margin is 3e-14; the polynomial is within 4e-16
there, and within 2^-33 elsewhere), which lets the kernel clamp a to 9.5
instead of testing for the saturation.
Rows are stored at (i + 20) % 32: the kernel's row number is bits(a) >> 21
(mod 32), and bits(0.25) >> 21 = 500 = 20 mod 32.

sinh and cosh: the same (c, c0, then c1 .. c5), but c's f(c) within 2^-42
of an f32 (numpy screens the candidates, mpmath confirms), and the table
stored by coefficient: tab[j][i] is coefficient j of interval i, so that
each coefficient is one 8-entry lookup at trunc(4a) (vf_lookup8_at). Width
0.25 keeps t (c1 + ...) at most 12.5% of cosh and 23% of sinh on [0.5, 2)
(sinh below 0.5 is its odd polynomial, where the share would be larger);
degree 4 would leave 2^-24.5."""
import struct
import sys

import numpy as np
from mpmath import mp, mpf, tanh, sinh, cosh, chebyfit, linspace, log

mp.prec = 120


def f32(x):
    return struct.unpack("f", struct.pack("f", float(x)))[0]


def bits(x):
    return struct.unpack("I", struct.pack("f", x))[0]


def fbits(b):
    return struct.unpack("f", struct.pack("I", b))[0]


def hf(x):
    if x == 0:
        return "0.0f"
    m, e = float(x).hex().split("p")
    return m.rstrip("0").rstrip(".") + "p" + e + "f"


B0 = bits(0.25)
T1 = float.fromhex("0x1.205968p3")


def lawson(f, c, c0, lo, hi, deg):
    """c1 .. c_deg minimising max |c0 + t (c1 + ... + c_deg t^(deg-1)) - f(c + t)| / f
    on [lo, hi] (Lawson's iteratively reweighted least squares, 600 Chebyshev
    points, f64: the weight t on the fit of (f - c0) / t is what a plain
    Chebyshev fit of that quotient misses)"""
    a = lo + (hi - lo) * (1 - np.cos(np.linspace(0, np.pi, 600))) / 2
    fa = np.array([float(f(mpf(float(v)))) for v in a])
    t = a - c
    m = np.stack([t ** (k + 1) for k in range(deg)], axis=1) / fa[:, None]
    y = (fa - c0) / fa
    w = np.full(a.size, 1.0 / a.size)
    for _ in range(200):
        co = np.linalg.lstsq(m * np.sqrt(w)[:, None], y * np.sqrt(w), rcond=None)[0]
        w = w * np.abs(m @ co - y)
        w /= w.sum()
    return co


def table(name, f, df, count, last_hi=None, exact_at=None):
    rows, worst = [], mpf(0)
    for i in range(count):
        lo = fbits(B0 + (i << 21))
        hi = last_hi if (last_hi and i == count - 1) else fbits(B0 + ((i + 1) << 21))
        b, best = bits(f32((lo + hi) / 2)), None
        for d in range(200000):
            for s in (1, -1):
                c = fbits(b + s * d)
                fc = f(mpf(c))
                e = abs(mpf(f32(fc)) - fc) / fc
                if best is None or e < best[0]:
                    best = (e, c)
            if best[0] < mpf(2) ** -44:
                break
        c = best[1]
        c0 = f32(f(mpf(c)))
        co = [mpf(f32(x)) for x in lawson(f, c, c0, lo, hi, 5)]

        def poly(t):
            p = mpf(0)
            for x in reversed(co):
                p = p * t + x
            return mpf(c0) + t * p

        if exact_at is not None and i == count - 1:
            tT = mpf(exact_at) - mpf(c)
            co[0] = mpf(f32(co[0] + (f(mpf(exact_at)) - poly(tT)) / tT))
        err = max(abs(poly(mpf(a) - c) / f(mpf(a)) - 1) for a in linspace(mpf(lo), mpf(hi), 801))
        worst = max(worst, err)
        rows.append([c, c0] + [float(x) for x in co] + [0.0])
    full = [[0.0] * 8 for _ in range(32)]
    for i, r in enumerate(rows):
        full[(i + (B0 >> 21)) % 32] = r
    print(f"/* {name} fit: max relative error 2^{float(log(worst, 2)):.1f} */")
    print(f"static const float vmf_{name}_rows[32][8] = {{")
    for r in full:
        print("    {" + ", ".join(hf(v) for v in r) + "},")
    print("};")
    print(f"static const float vmf_{name}_cols[8][32] = {{")
    for j in range(8):
        print("    {" + ", ".join(hf(r[j]) for r in full) + "},")
    print("};")


def find_c8(f, fnp, mid):
    """the f32 nearest mid (outwards) whose f is within 2^-42 of an f32"""
    b = bits(f32(mid))
    d = np.arange(0, 1 << 20, dtype=np.int64)
    cand = np.empty(2 * d.size, dtype=np.int64)
    cand[0::2], cand[1::2] = b + d, b - d
    c = cand.astype(np.uint32).view(np.float32).astype(np.float64)
    fc = fnp(c)
    e = np.abs(fc.astype(np.float32).astype(np.float64) - fc) / np.abs(fc)
    for k in np.nonzero(e < 2.0**-41)[0]:
        fcm = f(mpf(float(c[k])))
        if abs(mpf(f32(fcm)) - fcm) / fcm < mpf(2) ** -42:
            return float(c[k])
    raise SystemExit("no c near %g" % mid)


def table8(name, f, df, fnp, first):
    cols, worst = [[0.0] * 8 for _ in range(7)], mpf(0)
    for i in range(first, 8):
        lo, hi = mpf(i) / 4, mpf(i + 1) / 4
        c = find_c8(f, fnp, (lo + hi) / 2)
        c0 = f32(f(mpf(c)))
        g = lambda t: (f(mpf(c) + t) - mpf(c0)) / t if t != 0 else df(mpf(c))
        co = [mpf(f32(x)) for x in reversed(chebyfit(g, [lo - c, hi - c], 5))]

        def poly(t):
            p = mpf(0)
            for x in reversed(co):
                p = p * t + x
            return mpf(c0) + t * p

        err = max(abs(poly(mpf(a) - c) / f(mpf(a)) - 1) for a in linspace(lo, hi, 801))
        worst = max(worst, err)
        for j, v in enumerate([c, c0] + [float(x) for x in co]):
            cols[j][i] = v
    print(f"/* {name} fit: max relative error 2^{float(log(worst, 2)):.1f} */")
    print(f"static const float vmf_{name}_tab[7][8] = {{")
    for col in cols:
        print("    {" + ", ".join(hf(v) for v in col) + "},")
    print("};")


which = sys.argv[1:] or ["tanh", "sinh", "cosh"]
if "tanh" in which:
    table("tanh", tanh, lambda x: 1 - tanh(x) ** 2, 21, last_hi=9.5, exact_at=T1)
if "sinh" in which:
    table8("sinh", sinh, cosh, np.sinh, 2)
if "cosh" in which:
    table8("cosh", cosh, sinh, np.cosh, 0)
