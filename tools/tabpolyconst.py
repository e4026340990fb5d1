#!/usr/bin/env python3
"""Derives the tables of src/expf_impl.h's table-driven polynomials
(vmf_table_poly): tanh on [0.25, 9.5], sinh and cosh on [0.25, 2), one
degree-6 polynomial per quarter binade of a.
Run: python3 tools/tabpolyconst.py   (needs python3-mpmath; several minutes)

Row i: c, c0, c1 .. c6 with f(c + t) ~ c0 + t (c1 + c2 t + ... + c6 t^5).
c is the f32 nearest the interval's middle whose f(c) is within 2^-44
relative of an f32 (searched outwards), c0 that f32, so the constant term
carries no rounding; c1 .. c6 a Chebyshev fit of (f(c + t) - c0) / t,
rounded to f32. tanh's last interval [8, 9.5]: c1 is then moved so that the
polynomial is exact at 0x1.205968p3, the first a whose tanh rounds to 1
(its margin is 3e-14; the fit's error elsewhere stays 2^-37), which lets
the kernel clamp a to 9.5 instead of testing for the saturation.
Rows are stored at (i + 20) % 32: the kernel's row number is bits(a) >> 21
(mod 32), and bits(0.25) >> 21 = 500 = 20 mod 32."""
import struct
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
        g = lambda t: (f(mpf(c) + t) - mpf(c0)) / t if t != 0 else df(mpf(c))
        co = [mpf(f32(x)) for x in reversed(chebyfit(g, [mpf(lo) - c, mpf(hi) - c], 6))]

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
        rows.append([c, c0] + [float(x) for x in co])
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


table("tanh", tanh, lambda x: 1 - tanh(x) ** 2, 21, last_hi=9.5, exact_at=T1)
table("sinh", sinh, cosh, 12)
table("cosh", cosh, sinh, 12)
