#!/usr/bin/env python3
"""Derives the constants of src/hyperf_impl.h (cbrt and hypot evaluated in
f32). Run: python3 tools/hyperfconst.py   (needs python3-mpmath), then paste
the output over the generated block of src/hyperf_impl.h.

cbrt: z0 ~ x^(-1/3) from the bits of x (an affine map of bits(x), the
constant K with the least |e| = |1 - x z0^3|), then z = z0 P(e) with P ~
(1 - e)^(-1/3) a degree-3 Chebyshev interpolant with f32 coefficients (a
starting point only: one exact-residual Newton step follows, whose error is
about 8 d^2 for the error d of z; the script prints d).

hypot, fast path: r = sqrt(s) correctly rounded, w ~ 1/(2r) from the
reciprocal seed below, then r + N w (N = S - r^2, S within 1.5 ulp of s);
the script evaluates r and w as the kernel does for every float of [1, 4)
and prints the error that correction leaves against sqrt(S).

AVX-512's square root from FMAs (hypot's every other vector there): a bit
seed for 1/sqrt(s) and a degree-2 polynomial, see below.

hypot, both paths: 1/(2r) ~ the float with bits K - bits(r) (the
reciprocal seed trick); K is the constant with the least relative error
over a binade (the script prints it)."""
import struct
from mpmath import mp, mpf, chebyfit, linspace, cbrt, log

mp.prec = 200


def f32(x):
    return struct.unpack("f", struct.pack("f", float(x)))[0]


def h(x):
    m, e = float(x).hex().split("p")
    return m.rstrip("0").rstrip(".") + "p" + e


def bits(x):
    return struct.unpack("I", struct.pack("f", x))[0]


def from_bits(b):
    return struct.unpack("f", struct.pack("I", b))[0]


# cbrt seed: z0 = the float with bits round(fma(bits(x), -1/3, K)) (bits(x)
# converted to f32, the fma rounded to f32: its ulp is 64 there, so the
# conversion back is exact) ~ x^(-1/3); e = 1 - x z0^3. The seed's pattern
# repeats every 3 binades: all floats of [1, 8) (every 7th) cover it.
import numpy as np
xb = np.arange(0x3F800000, 0x41000000, 7, dtype=np.int64)
xs = xb.astype(np.uint32).view(np.float32).astype(np.float64)
xbf = xb.astype(np.float32)


def seed_range(K):
    v = (xbf.astype(np.float64) * np.float64(np.float32(-1 / 3)) + np.float64(K)).astype(np.float32)
    z = v.astype(np.int64).astype(np.uint32).view(np.float32).astype(np.float64)
    e = 1 - xs * z**3
    return float(e.min()), float(e.max())


bestk = None
for K in range(0x54800000, 0x54C00000, 0x4000):
    lo_e, hi_e = seed_range(K)
    if bestk is None or max(-lo_e, hi_e) < bestk[0]:
        bestk = (max(-lo_e, hi_e), K, lo_e, hi_e)
for K in range(bestk[1] - 0x4000, bestk[1] + 0x4000, 0x100):
    lo_e, hi_e = seed_range(K)
    if max(-lo_e, hi_e) < bestk[0]:
        bestk = (max(-lo_e, hi_e), K, lo_e, hi_e)
_, KC, elo, ehi = bestk
assert f32(KC) == KC
# z = z0 P(e), P ~ (1 - e)^(-1/3) of degree 3 on [elo, ehi]
elo, ehi = mpf(elo) * mpf("1.001"), mpf(ehi) * mpf("1.001")
cp = [f32(c) for c in reversed(chebyfit(lambda e: (1 - e) ** (-mpf(1) / 3), [elo, ehi], 4))]  # p0 .. p3


def pf(e):
    s = mpf(0)
    for c in reversed(cp):
        s = s * e + mpf(c)
    return s


err_p = max(abs(pf(e) * (1 - e) ** (mpf(1) / 3) - 1) for e in linspace(elo, ehi, 4001))

# reciprocal seed: w = from_bits(K - bits(r)) ~ 1/(2r); the error repeats
# every binade of r (and every two for the odd/even exponent parity: the
# subtraction moves the exponent by one per binade), so [1, 4) covers all
def seed_err(K):
    worst = 0.0
    for j in range(0, 1 << 23, 997):
        for e in (0, 1):
            r = from_bits((127 + e) << 23 | j)
            w = from_bits(K - bits(r))
            worst = max(worst, abs(w * 2 * r - 1))
    return worst


best = None
for K in range(0x7E700000, 0x7E800000, 0x1000):
    e = seed_err(K)
    if best is None or e < best[0]:
        best = (e, K)
for K in range(best[1] - 0x1000, best[1] + 0x1000, 0x10):
    e = seed_err(K)
    if e < best[0]:
        best = (e, K)
err_w, K = best

# AVX-512's square root from FMAs (vmf_sqrt_fma): y0 ~ 1/sqrt(s) from the
# bits of s (bits(y0) = RK - 2^15 (bits(s) >> 16), the usual seed RK -
# (bits(s) >> 1) with the low 15 bits of the shifted value cleared: one
# vpmaddwd and an add; RK the constant with the least |e| = |1 - s y0^2|
# over all floats of [1, 4), where the pattern repeats), then r = s y0 P(e)
# ~ sqrt(s) and w = (y0/2) P(e) ~ 1/(2 sqrt(s)), P ~ (1 - e)^(-1/2) a
# degree-2 Chebyshev interpolant with f32 coefficients; printed: r's and
# w's largest relative errors over every float of [1, 4). f64 holds the
# products of two f32 exactly, so f32(a * b) and f32(1 - t y0) are the
# kernel's single roundings; f32(e c2 + c1) in f64 can round twice, at
# worst one ulp of q on rare lanes, far below what the bounds resolve.
# Whether the steps after (src/hyperf_impl.h) round every s correctly is
# checked exhaustively by tools/hypotf_sqrt.c, not here.
CHUNKS = [np.arange(c, c + (1 << 20), dtype=np.int64) for c in range(0x3F800000, 0x40800000, 1 << 20)]


def rseed(K, sb):
    return (K - ((sb >> 16) << 15)).astype(np.uint32).view(np.float32).astype(np.float64)


def rseed_range(K, chunks):
    lo_e, hi_e = 1.0, -1.0
    for sb in chunks:
        s64 = sb.astype(np.uint32).view(np.float32).astype(np.float64)
        y0 = rseed(K, sb)
        e = 1 - s64 * y0 * y0
        lo_e, hi_e = min(lo_e, float(e.min())), max(hi_e, float(e.max()))
    return lo_e, hi_e


bestr = None
for RK in range(0x5F300000, 0x5F400000, 0x1000):  # coarse: every 64th float
    lo_e, hi_e = rseed_range(RK, [c[::64] for c in CHUNKS])
    if bestr is None or max(-lo_e, hi_e) < bestr[0]:
        bestr = (max(-lo_e, hi_e), RK)
bestr = min((max(-lo, hi), RK, lo, hi) for RK in range(bestr[1] - 0x1000, bestr[1] + 0x1000, 0x10)
            for lo, hi in [rseed_range(RK, [c[::8] for c in CHUNKS])])
RK = bestr[1]
rlo, rhi = rseed_range(RK, CHUNKS)
rp = [f32(c) for c in reversed(chebyfit(lambda e: (1 - e) ** (-mpf(1) / 2), [mpf(rlo), mpf(rhi)], 3))]  # p0 .. p2
F = np.float32
err_r = err_rw = 0.0
for sb in CHUNKS:
    s64 = sb.astype(np.uint32).view(np.float32).astype(np.float64)
    y0 = rseed(RK, sb)
    yh = rseed(RK - 0x800000, sb)
    t = (s64 * y0).astype(F).astype(np.float64)
    e = (1 - t * y0).astype(F).astype(np.float64)
    q = (e * rp[2] + rp[1]).astype(F).astype(np.float64)
    p = (e * q + rp[0]).astype(F).astype(np.float64)
    r = (t * p).astype(F).astype(np.float64)
    w = (yh * p).astype(F).astype(np.float64)
    sq = np.sqrt(s64)
    err_r = max(err_r, float(np.abs(r / sq - 1).max()))
    err_rw = max(err_rw, float(np.abs(2 * w * sq - 1).max()))

# hypot's fast path, for all floats s of [1, 4) (every operation scales
# exactly by 4), in chunks of 2^20: r = f32 sqrt(s) (numpy's is correctly
# rounded), w the seed of r; r + N w against sqrt(r^2 + N) for N = S - r^2,
# S = s + k ulp(s), |k| <= 1.5: convex in N, so the ends bound it (f64:
# r^2, s - r^2 and r^2 + N exact, the rest within 2^-52 relative); in ulps
# of the result (r in [1, 2))
err_m = 0.0
for c in range(0x3F800000, 0x40800000, 1 << 20):
    sb = np.arange(c, c + (1 << 20), dtype=np.int64)
    s32 = sb.astype(np.uint32).view(np.float32)
    s64 = s32.astype(np.float64)
    r32 = np.sqrt(s32)
    r = r32.astype(np.float64)
    w = (K - r32.view(np.uint32).astype(np.int64)).astype(np.uint32).view(np.float32).astype(np.float64)
    ulp_s = np.where(s64 < 2, 2.0**-23, 2.0**-22)
    for k in (-1.5, 1.5):
        n = s64 - r * r + k * ulp_s
        err_m = max(err_m, float((np.abs(r + n * w - np.sqrt(r * r + n)) / 2.0**-23).max()))

print("/* generated by tools/hyperfconst.py */")
print(f"/* cbrt seed: e = 1 - x z0^3 in [{float(elo):.4f}, {float(ehi):.4f}]; "
      f"|z cbrt(x) - 1| <= {float(err_p):.3g} (2^{float(log(err_p, 2)):.1f}) */")
print(f"#define VMF_CBRT_K {KC}.0f /* 0x{KC:08x} */")
for k, c in enumerate(cp):
    print(f"#define VMF_CBRT_P{k}", h(c) + "f")
print(f"/* hypot: w = bits K - bits(r) ~ 1/(2r), |2 r w - 1| <= {err_w:.3g}; with r = sqrt(s) rounded,\n"
      f" * r + N w within {err_m:.4f} ULP of sqrt(S) */")
print(f"#define VMF_HYPOT_K 0x{K:08x}u")
print(f"/* AVX-512's square root from FMAs: e = 1 - s y0^2 in [{rlo:.5f}, {rhi:.5f}];\n"
      f" * |r/sqrt(s) - 1| <= {err_r:.3g} (2^{float(log(err_r, 2)):.1f}), |2 w sqrt(s) - 1| <= {err_rw:.3g} */")
print(f"#define VMF_SQRT_RK 0x{RK:08x}u")
for k, c in enumerate(rp):
    print(f"#define VMF_SQRT_P{k}", h(c) + "f")
