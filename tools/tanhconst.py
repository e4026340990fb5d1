#!/usr/bin/env python3
"""Derives the tanh tables of src/expf_impl.h (vmf_tanh_big): one degree-6
polynomial per interval, four intervals per binade of a in [0.25, 9.5]
(interval i = [0.25 + i quarters of its binade ...), the last [8, 9.5]).
Run: python3 tools/tanhconst.py   (needs python3-mpmath; a few minutes)

Row i: c, c0, c1 .. c6 with tanh(c + t) ~ c0 + t (c1 + c2 t + ... + c6 t^5).
c is the f32 nearest the interval's middle whose tanh is within 2^-44
relative of an f32 (searched outwards), c0 that f32, so the constant term
carries no rounding; c1 .. c6 a Chebyshev fit of (tanh(c + t) - c0) / t,
rounded to f32. In the last interval c1 is then moved so that the
polynomial is exact at 0x1.205968p3, the first a whose tanh rounds to 1
(its margin is 3e-14; the fit's error elsewhere stays 2^-37), which lets
the kernel clamp a to 9.5 instead of testing for the saturation.
Rows are stored at (i + 20) % 32: the kernel's row number is bits(a) >> 21
(mod 32), and bits(0.25) >> 21 = 500 = 20 mod 32."""
import struct
from mpmath import mp, mpf, tanh, chebyfit, linspace, log

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
    m = m.rstrip("0").rstrip(".")
    return m + "p" + e + "f"


B0 = bits(0.25)
T1 = float.fromhex("0x1.205968p3")
rows, worst = [], mpf(0)
for i in range(21):
    lo = fbits(B0 + (i << 21))
    hi = 9.5 if i == 20 else fbits(B0 + ((i + 1) << 21))
    b, best = bits(f32((lo + hi) / 2)), None
    for d in range(200000):
        for s in (1, -1):
            c = fbits(b + s * d)
            tc = tanh(mpf(c))
            e = abs(mpf(f32(tc)) - tc) / tc
            if best is None or e < best[0]:
                best = (e, c)
        if best[0] < mpf(2) ** -44:
            break
    c = best[1]
    c0 = f32(tanh(mpf(c)))
    g = lambda t: (tanh(mpf(c) + t) - mpf(c0)) / t if t != 0 else 1 - tanh(mpf(c)) ** 2
    co = [mpf(f32(x)) for x in reversed(chebyfit(g, [mpf(lo) - c, mpf(hi) - c], 6))]

    def poly(t):
        p = mpf(0)
        for x in reversed(co):
            p = p * t + x
        return mpf(c0) + t * p

    if i == 20:
        tT = mpf(T1) - mpf(c)
        co[0] = mpf(f32(co[0] + (tanh(mpf(T1)) - poly(tT)) / tT))
    err = max(abs(poly(mpf(a) - c) / tanh(mpf(a)) - 1) for a in linspace(mpf(lo), mpf(hi), 801))
    worst = max(worst, err)
    rows.append([c, c0] + [float(x) for x in co])

full = [[0.0] * 8 for _ in range(32)]
for i, r in enumerate(rows):
    full[(i + (B0 >> 21)) % 32] = r
print(f"/* tanh fit: max relative error 2^{float(log(worst, 2)):.1f} */")
print("static const float vmf_tanh_rows[32][8] = {")
for r in full:
    print("    {" + ", ".join(hf(v) for v in r) + "},")
print("};")
print("static const float vmf_tanh_cols[8][32] = {")
for j in range(8):
    print("    {" + ", ".join(hf(r[j]) for r in full) + "},")
print("};")
