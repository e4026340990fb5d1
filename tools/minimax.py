"""Weighted minimax polynomials for the tools/*const.py scripts (mpmath)."""
from mpmath import mpf, cos, pi, matrix, lu_solve


def lawson(func, weight, c1, nfree, umax, M=300, iters=60):
    """c1 + c2 u + ... (nfree coefficients after c1, which is fixed: the
    series' leading coefficient rounded to double) minimizing max |weight(u) (poly(u) -
    func(u))| on u in (0, umax]: weighted least squares on Chebyshev nodes
    whose weights Lawson's iteration moves to where the error is largest
    (converges to the minimax polynomial)."""
    us = [umax * (1 - cos(pi * (i + mpf(0.5)) / M)) / 2 for i in range(M)]
    lw = [mpf(1) / M] * M
    for _ in range(iters):
        A, b = matrix(nfree, nfree), matrix(nfree, 1)
        for u, l in zip(us, lw):
            w = weight(u)
            row = [w * u ** (j + 1) for j in range(nfree)]
            t = w * (func(u) - c1)
            for p in range(nfree):
                b[p] += l * row[p] * t
                for q in range(nfree):
                    A[p, q] += l * row[p] * row[q]
        c = lu_solve(A, b)
        errs = [abs(weight(u) * (c1 + sum(c[j] * u ** (j + 1) for j in range(nfree)) - func(u))) for u in us]
        s = sum(l * e for l, e in zip(lw, errs))
        lw = [l * e / s for l, e in zip(lw, errs)]
    return [float(c1)] + [float(c[j]) for j in range(nfree)]
