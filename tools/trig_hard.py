#!/usr/bin/env python3
"""Finds the f32 values closest to multiples of pi/2 (hardest for the
sin/cos/tan reduction) for tests/test_math.c. For each exponent e, the
24-bit m with m 2^e 2/pi closest to an integer is among the multiples of
the continued-fraction denominators of a = 2^e 2/pi mod 1 (best
approximations); prints the best ones. Run: python3 tools/trig_hard.py"""
from mpmath import mp, mpf, pi, floor, nint, log

mp.prec = 300
found = []
for e in range(-23, 105):
    a = (mpf(2) ** e * 2 / pi) % 1
    # convergent denominators of a
    qs, (h0, h1), (k0, k1), x = [], (0, 1), (1, 0), a
    for _ in range(60):
        t = int(floor(x))
        h0, h1 = h1, t * h1 + h0
        k0, k1 = k1, t * k1 + k0
        if k1 >= 2**24:
            break
        qs.append(k1)
        x = x - t
        if x == 0:
            break
        x = 1 / x
    best = None
    for q in qs:
        if q == 0:
            continue
        # t q in range with the smallest t (the error grows with t)
        for t in range(-(-2**23 // q), min(2**24 // q, -(-2**23 // q) + 3) + 1):
            m = t * q
            if 2**23 <= m < 2**24:
                d = abs(m * a - nint(m * a))
                if best is None or d < best[0]:
                    best = (d, m)
    if best:
        found.append((best[0], best[1], e))
found.sort()
for d, m, e in found[:24]:
    x = float(m) * 2.0 ** e
    print(f"{x.hex()}f, /* dist {float(log(d, 2)):.1f} */")
