#!/usr/bin/env python3
"""Finds the doubles closest to multiples of pi/2 (hardest for the f64
sin/cos/tan reduction, src/trigd_impl.h) for tests/test_math_oracle.c, as
tools/trig_hard.py does for f32: for each exponent E (x in [2^E, 2^(E+1)),
x = m 2^(E-52), m a 53-bit integer), the m with m a closest to an integer,
a = 2^(E-52) 2/pi mod 1, is among the multiples of the continued-fraction
denominators of a. Prints the best per exponent for E = 0 .. 22 (the fast
path) and every 50th exponent above (the C library's path).
Run: python3 tools/trigd_hard.py"""
from mpmath import mp, mpf, pi, floor, nint, log

mp.prec = 1400

def best(E):
    a = (mpf(2) ** (E - 52) * 2 / pi) % 1
    qs, (h0, h1), (k0, k1), x = [], (0, 1), (1, 0), a
    for _ in range(200):
        t = int(floor(x))
        h0, h1 = h1, t * h1 + h0
        k0, k1 = k1, t * k1 + k0
        if k1 >= 2**53:
            break
        qs.append(k1)
        x = x - t
        if x == 0:
            break
        x = 1 / x
    found = None
    for q in qs:
        for t in range(-(-2**52 // q), min(2**53 // q, -(-2**52 // q) + 3) + 1):
            m = t * q
            if 2**52 <= m < 2**53:
                d = abs(m * a - nint(m * a))
                if found is None or d < found[0]:
                    found = (d, m)
    return found

out = []
for E in list(range(0, 23)) + list(range(23, 1024, 50)):
    d, m = best(E)
    x = mpf(m) * mpf(2) ** (E - 52)
    out.append("%s /* 2^%.1f */" % (float(x).hex(), float(log(d * pi / 2, 2))))
print(",\n".join(out))
