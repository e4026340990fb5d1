#!/usr/bin/python3
"""Derives the table and polynomials of the f32-evaluated log family in
src/expf_impl.h (vmf_log, vmf_log2, vmf_log10, vmf_log1p).

Reduction: x = z 2^E, z in [1, 2) (the mantissa: vgetmantps on AVX-512);
bits 20..22 of x pick one of 8 intervals of z, [1 + j/8, 1 + (j+1)/8).
8 entries, not 16: one vpermps on AVX2 as on AVX-512 (16 need two and a
blend on AVX2). For each, invc = 1/c is a multiple of 2^-5, so that
r = z invc - 1 is EXACT in f32 (z is a multiple of 2^-23, z invc - 1 of
2^-28, and |r| <= 2^-4 keeps it within 24 bits; checked below); interval
0 has invc = 1 and interval 7 invc = 1/2, so that near x = 1 (from above:
E = 0, j = 0; from below: E = -1, j = 7) the table term cancels exactly
(A = E LB2_HI + hi = 0, lo + E LB2_LO = 0) and log_b x = log_b(1 + r)
carries only the polynomial's relative error.
log_b(c) = -log_b(invc) is split into hi, a multiple of 2^-16 (so that
E LB2_HI + hi is exact for |E| <= 149: LB2_HI has 16 bits or fewer), and
lo, rounded to f32; for j = 7, hi + lo is LB2_HI + LB2_LO itself.
log_b(1 + r) = K r + r^2 G(r), G of degree 4 fitted (Lawson's iteration)
to minimize the error relative to r over r's range [-1/16, 1/8]:
near x = 1 the result is about K r, and elsewhere |r| < 1/16 and the
result is 0.06 or more, so the relative bound is the binding one.
"""
import struct

import numpy as np
from mpmath import mp, mpf, log, log1p, floor

mp.dps = 50
N = 8
DEG = 4


def f32(v):
    return struct.unpack("f", struct.pack("f", float(v)))[0]


def hf(v):
    """an f32 value as a C hex float literal with the f suffix"""
    v = float(v)
    if v == 0:
        return "0.0f"
    s = v.hex()  # 0x1.xxxxxxxxxxxxxp+e
    mant, exp = s.split("p")
    mant = mant.rstrip("0")
    if mant.endswith("."):
        mant = mant[:-1]
    return f"{mant}p{exp}f"


invc, rlo, rhi = [], mpf(0), mpf(0)
for j in range(N):
    z0, z1 = 1 + mpf(j) / N, 1 + mpf(j + 1) / N - mpf(2) ** -23
    if j == 0:
        v = mpf(1)
    elif j == N - 1:
        v = mpf(1) / 2
    else:
        # the multiple of 2^-5 with the smallest max |r| among those that keep |r| <= 2^-4
        best = None
        for k in range(16, 33):
            cand = mpf(k) / 32
            a, b = z0 * cand - 1, z1 * cand - 1
            m = max(abs(a), abs(b))
            if m <= mpf(1) / 16 and (best is None or m < best[0]):
                best = (m, cand)
        v = best[1]
    a, b = z0 * v - 1, z1 * v - 1
    # exactness: r a multiple of 2^-23 * (the grid of invc) with at most 24 bits
    unit = mpf(2) ** -23 * (1 if v == 1 else mpf(2) ** -5)
    assert max(abs(a), abs(b)) / unit <= 2**24, (j, a, b)
    assert (a * 2**28) == int(a * 2**28)
    rlo, rhi = min(rlo, a), max(rhi, b)
    invc.append(v)

print(f"/* tools/logfconst.py: 8 intervals of z in [1, 2), r in [{float(rlo):.5f}, {float(rhi):.5f}] */")
print("static const float vmf_log_invc[16] = {", ", ".join(hf(v) for v in invc + invc), "};")


def lawson(G, rs, deg, w):
    V = np.vander(rs, deg + 1, increasing=True)
    gv = np.array([float(G(mpf(r))) for r in rs])
    u = np.ones(len(rs)) / len(rs)
    for _ in range(400):
        sw = np.sqrt(u) * w
        c, *_ = np.linalg.lstsq(V * sw[:, None], gv * sw, rcond=None)
        u = u * np.abs(V @ c - gv) * w
        u /= u.sum()
    return c


LN2 = log(2)
E_ = mp.e
rs = np.cos(np.linspace(0, np.pi, 3000)) * float(rhi - rlo) / 2 + float(rhi + rlo) / 2
rs = rs[np.abs(rs) > 1e-12]
for base, name, b2hi in ((E_, "ln", mpf(float.fromhex("0x1.62e4p-1"))), (mpf(2), "log2", mpf(1)),
                         (mpf(10), "log10", floor(LN2 / log(10) * 2**14) / 2**14)):
    lb = log(base)
    K = 1 / lb
    b2lo = f32(LN2 / lb - b2hi)
    his, los = [], []
    for j, v in enumerate(invc):
        lc = -log(v) / lb
        hi = b2hi if j == N - 1 else floor(lc * 2**16 + mpf(1) / 2) / 2**16
        his.append(hi)
        los.append(b2lo if j == N - 1 else f32(lc - hi))
    G = lambda r: (log1p(r) - r) / r**2 * K if r != 0 else -K / 2
    cg = [f32(c) for c in lawson(G, rs, DEG, np.abs(rs))]

    def p(r):
        s = mpf(0)
        for c in reversed(cg):
            s = s * r + mpf(c)
        return s

    chk = [mpf(float(r)) for r in rs[::3]]
    err_rel = max(abs((p(r) - G(r)) * r * r / (K * log1p(r))) for r in chk)
    err_abs = max(abs((p(r) - G(r)) * r * r) for r in chk if abs(r) <= mpf(1) / 16)
    print(f"/* {name}: r^2 G(r) error relative to log_b(1 + r) {float(err_rel):.3g} (2^{float(log(err_rel, 2)):.1f}),"
          f" absolute on |r| <= 1/16 {float(err_abs):.3g} (2^{float(log(err_abs, 2)):.1f}) */")
    P = name.upper()
    if name != "ln":
        kh = f32(K)
        print(f"#define VMF_{P}_K_HI {hf(kh)}")
        print(f"#define VMF_{P}_K_LO {hf(f32(K - mpf(kh)))}")
    if name == "log10":
        print(f"#define VMF_LOG10_2_HI {hf(b2hi)}")
        print(f"#define VMF_LOG10_2_LO {hf(b2lo)}")
    for k, c in enumerate(cg):
        print(f"#define VMF_{P}_G{k} {hf(c)}")
    print(f"static const float vmf_{name}_logc_hi[16] = {{", ", ".join(hf(v) for v in his + his), "};")
    print(f"static const float vmf_{name}_logc_lo[16] = {{", ", ".join(hf(v) for v in los + los), "};")
