"""Derives the table and polynomials of the f32-evaluated log family in
src/expf_impl.h (vmf_log, vmf_log2, vmf_log10, vmf_log1p).

Reduction: with tmp = bits(x) - OFF, x = 2^k z where z has the bits
OFF + (tmp mod 2^23), z in [OFF, 2 OFF), OFF = 0x3f330000 (0.699); the 4
bits of tmp below the exponent field select one of 16 subintervals of z
(width 1/32 below 1, 1/16 above), the 10th of which contains 1 (it is
[0.98047, 1.02344)). For each, invc = 1/c is chosen on a coarse grid
(multiple of 2^-5) so that r = z invc - 1 is EXACT in f32: z is a multiple
of 2^-24 (z < 1) or 2^-23, so z invc - 1 is a multiple of 2^-29 or 2^-28,
and |r| < 2^-5 or 2^-4 respectively keeps it within 24 bits (checked
below). The interval holding 1 has invc = 1 (r = z - 1, Sterbenz).
log_b(c) = -log_b(invc) (of the rounded invc, so no error from the grid)
is split into hi, a multiple of 2^-15 (so that k LN2_HI + hi is exact for
|k| <= 149: 22 bits), and lo, rounded to f32.
log1p(r) = r + r^2 g(r), g of degree 3 fitted on the range of r.
"""
import struct
from mpmath import mp, mpf, log, log1p, chebyfit, linspace, floor

mp.dps = 50
OFF = 0x3F330000
N = 16


def f32(v):
    return struct.unpack("f", struct.pack("f", float(v)))[0]


def fb(b):
    return struct.unpack("<f", struct.pack("<I", b))[0]


def h(v):
    return float(v).hex().replace("0x1.", "0x1.").rstrip("0") if v else "0.0"


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
for i in range(N):
    z0, z1 = fb(OFF + (i << 19)), fb(OFF + ((i + 1) << 19) - 1)
    if z0 <= 1.0 <= z1:
        v = 1.0
    else:
        g = 2.0**-5
        c = 2 / (z0 + z1)
        best = None
        for k in range(-3, 4):
            cand = (round(c / g) + k) * g
            m = max(abs(z0 * cand - 1), abs(z1 * cand - 1))
            if best is None or m < best[0]:
                best = (m, cand)
        v = best[1]
    a, b = mpf(z0) * v - 1, mpf(z1) * v - 1
    # exactness: r a multiple of ulp(z) * 2^-5 with at most 24 bits
    unit = mpf(2) ** (-24 if z1 < 1 else -23) * mpf(2) ** -5
    assert max(abs(a), abs(b)) / unit < 2**24, (i, a, b)
    rlo, rhi = min(rlo, a), max(rhi, b)
    invc.append(v)

print(f"/* tools/logfconst.py: OFF 0x{OFF:08x}, r in [{float(rlo):.5f}, {float(rhi):.5f}] */")
print(f"#define VMF_LOG_OFF 0x{OFF:08x}")
print("static const float vmf_log_invc[16] = {", ", ".join(hf(v) for v in invc), "};")

LN2 = log(2)
for base, name in ((mpf("2.718281828459045235360287471352662497757247093699959574966967627724076630353547594571382178525166427"), "ln"), (mpf(2), "log2"), (mpf(10), "log10")):
    lb = log(base)
    his, los = [], []
    for v in invc:
        lc = -log(mpf(v)) / lb
        hi = floor(lc * 2**15 + mpf(1) / 2) / 2**15
        his.append(hi)
        los.append(f32(lc - hi))
    K = 1 / lb
    gfun = lambda r: (log1p(r) - r) / r**2 * K if r != 0 else -K / 2
    cg = [f32(c) for c in reversed(chebyfit(gfun, [rlo, rhi], 4))]  # c2 .. c5

    def p(r):
        s = mpf(0)
        for c in reversed(cg):
            s = s * r + mpf(c)
        return r * r * s

    err_abs = max(abs(p(r) - (log1p(r) - r) * K) for r in linspace(rlo, rhi, 4001))
    print(f"/* {name}: r^2 g(r) max abs error {float(err_abs):.3g} (2^{float(log(err_abs, 2)):.1f}) */")
    P = name.upper()
    if name != "ln":
        kh = f32(K)
        print(f"#define VMF_{P}_K_HI {hf(kh)}")
        print(f"#define VMF_{P}_K_LO {hf(f32(K - mpf(kh)))}")
        if name == "log10":
            l2 = LN2 / lb
            l2h = floor(l2 * 2**16) / 2**16
            print(f"#define VMF_LOG10_2_HI {hf(l2h)}")
            print(f"#define VMF_LOG10_2_LO {hf(f32(l2 - l2h))}")
    for k, c in enumerate(cg):
        print(f"#define VMF_{P}_G{k + 2} {hf(c)}")
    print(f"static const float vmf_{name}_logc_hi[16] = {{", ", ".join(hf(v) for v in his), "};")
    print(f"static const float vmf_{name}_logc_lo[16] = {{", ", ".join(hf(v) for v in los), "};")
