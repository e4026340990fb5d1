#!/usr/bin/env python3
"""Derives the sinh and cosh tables of src/expf_impl.h (vmf_sinh_mid,
vmf_cosh_mid): as tools/tanhconst.py (read it first), one degree-6
polynomial per quarter binade of a in [0.25, 2): row i holds c, c0, c1 .. c6
with f(c + t) ~ c0 + t (c1 + c2 t + ... + c6 t^5), c the f32 nearest the
interval's middle whose f(c) is within 2^-44 relative of the f32 c0.
Rows are stored at (i + 20) % 32 (the kernel's row number is bits(a) >> 21).
Run: python3 tools/sinhcoshconst.py   (needs python3-mpmath; a minute)"""
import struct
from mpmath import mp, mpf, sinh, cosh, chebyfit, linspace, log

mp.prec = 80


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
for name, f, df in (("sinh", sinh, cosh), ("cosh", cosh, sinh)):
    rows, worst = [], mpf(0)
    for i in range(12):
        lo, hi = fbits(B0 + (i << 21)), fbits(B0 + ((i + 1) << 21))
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

        err = max(abs(poly(mpf(a) - c) / f(mpf(a)) - 1) for a in linspace(mpf(lo), mpf(hi), 401))
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
