#!/usr/bin/env python3
"""Finds the floats closest to multiples of pi/2, the hardest arguments for
the sin/cos/tan reductions: f32 (default; for tests/test_math.c) or f64
(--f64; for tests/test_math_oracle.c and src/trigd_impl.h).
For each exponent, x = m 2^e with m a p-bit integer, the m with m a closest
to an integer, a = 2^e 2/pi mod 1, is among the small multiples of the
continued-fraction denominators of a (the best approximations).
f32: e = -23 .. 104, prints the 24 closest overall. f64: x in [2^E, 2^(E+1))
for E = 0 .. 22 (the fast path) and every 50th E above, the closest for each.
Run: python3 tools/trig_hard.py [--f64]   (needs python3-mpmath)"""
import sys
from mpmath import mp, mpf, pi, floor, nint, log

mp.prec = 1400


def closest(e, p):
    """(distance of m 2^e 2/pi to the nearest integer, m) for the best
    p-bit m"""
    a = (mpf(2) ** e * 2 / pi) % 1
    qs, (h0, h1), (k0, k1), x = [], (0, 1), (1, 0), a
    for _ in range(200):
        t = int(floor(x))
        h0, h1 = h1, t * h1 + h0
        k0, k1 = k1, t * k1 + k0
        if k1 >= 2**p:
            break
        qs.append(k1)
        x = x - t
        if x == 0:
            break
        x = 1 / x
    best = None
    lo, hi = 2 ** (p - 1), 2**p
    for q in qs:
        if q == 0:
            continue
        # t q in range with the smallest t (the error grows with t)
        for t in range(-(-lo // q), min(hi // q, -(-lo // q) + 3) + 1):
            m = t * q
            if lo <= m < hi:
                d = abs(m * a - nint(m * a))
                if best is None or d < best[0]:
                    best = (d, m)
    return best


if "--f64" in sys.argv[1:]:
    out = []
    for E in list(range(0, 23)) + list(range(23, 1024, 50)):
        d, m = closest(E - 52, 53)
        x = mpf(m) * mpf(2) ** (E - 52)
        out.append("%s /* 2^%.1f */" % (float(x).hex(), float(log(d * pi / 2, 2))))
    print(",\n".join(out))
else:
    found = []
    for e in range(-23, 105):
        best = closest(e, 24)
        if best:
            found.append((best[0], best[1], e))
    found.sort()
    for d, m, e in found[:24]:
        x = float(m) * 2.0**e
        print(f"{x.hex()}f, /* dist {float(log(d, 2)):.1f} */")
