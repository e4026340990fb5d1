#!/usr/bin/python3
"""Turns vmath_bench's JSON into a Markdown report and PNG charts.

usage: report.py RESULTS.json OUTDIR

Benchmark names are "<op>/<impl>/<n>"; impl is an ISA name, "api" (public
entry point), "plain" (the C loop, -O3 -march=native) or a peer library.
"""
import json
import os
import sys
from collections import defaultdict

ISAS = ["scalar", "sse4.1", "avx2", "avx512", "neon"]
NOT_PEERS = set(ISAS) | {"api", "plain"}


def load(path):
    with open(path) as f:
        data = json.load(f)
    rate = defaultdict(dict)  # (op, n) -> impl -> elem/ns
    for b in data["benchmarks"]:
        if b.get("run_type") == "aggregate":
            continue
        op, impl, n = b["name"].split("/")[:3]
        rate[(op, int(n))][impl] = b["elem/ns"]
    return data.get("context", {}), rate


def fmt(x):
    return "—" if x is None else (f"{x:.2f}" if x < 100 else f"{x:.0f}")


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def table(rate, ops, n, peers):
    head = ["op", "best ISA", "elem/ns", "× scalar", "× plain loop"] + [f"× {p}" for p in peers]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for op in ops:
        r = rate.get((op, n))
        if not r:
            continue
        isas = [(r[i], i) for i in ISAS if i in r and i != "scalar"] or [(r.get("scalar", 0), "scalar")]
        best, best_isa = max(isas)
        row = [op, best_isa, fmt(best), fmt(ratio(best, r.get("scalar"))), fmt(ratio(best, r.get("plain")))]
        row += [fmt(ratio(best, r.get(p))) for p in peers]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def charts(rate, ops, outdir):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("report.py: matplotlib not installed, no charts", file=sys.stderr)
        return []
    os.makedirs(os.path.join(outdir, "charts"), exist_ok=True)
    made = []
    for op in ops:
        series = defaultdict(list)
        for (o, n), r in sorted(rate.items(), key=lambda kv: kv[0][1]):
            if o == op and n > 1:
                for impl, v in r.items():
                    series[impl].append((n, v))
        if not series:
            continue
        fig, ax = plt.subplots(figsize=(6, 4))
        for impl in sorted(series, key=lambda i: (i not in ISAS, i)):
            pts = series[impl]
            style = "-o" if impl in ISAS else "--s"
            ax.plot([p[0] for p in pts], [p[1] for p in pts], style, label=impl, markersize=4)
        ax.set_xscale("log", base=2)
        ax.set_xlabel("n (elements)")
        ax.set_ylabel("elements / ns")
        ax.set_title(f"vmath_{op}")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
        fig.tight_layout()
        path = os.path.join(outdir, "charts", f"{op}.png")
        fig.savefig(path, dpi=90)
        plt.close(fig)
        made.append(path)
    return made


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    context, rate = load(sys.argv[1])
    outdir = sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    ops = list(dict.fromkeys(op for (op, _n) in rate))
    sizes = sorted({n for (_op, n) in rate if n > 1})
    peers = sorted({i for r in rate.values() for i in r} - NOT_PEERS)

    out = ["# vmath benchmark report", ""]
    out.append(f"Host: {context.get('host_name', '?')}, {context.get('num_cpus', '?')} CPUs at "
               f"{context.get('mhz_per_cpu', '?')} MHz; active ISA: {context.get('vmath_active_isa', '?')}; "
               f"date: {context.get('date', '?')}.")
    out.append("")
    out.append("Throughput in elements per nanosecond of the best native ISA, and its speed-up over the "
               "scalar kernel, the plain C loop (-O3 -march=native) and each peer library, all measured in "
               "the same run. — means not measured (the peer has no such operation).")
    for n in sizes:
        out += ["", f"## n = {n}", "", table(rate, ops, n, peers)]
    api, direct = rate.get(("add_f32", 1), {}), None
    if "api" in api:
        direct = max((v, k) for k, v in api.items() if k != "api")
        out += ["", "## Call overhead (add_f32, n = 1)", "",
                f"public entry point: {1 / api['api']:.2f} ns per call; "
                f"{direct[1]} kernel called directly: {1 / direct[0]:.2f} ns."]
    made = charts(rate, ops, outdir)
    if made:
        out += ["", "## Charts", "", f"{len(made)} charts in charts/ (throughput against n, one line per "
                "ISA and peer), e.g.", ""]
        out += [f"![{os.path.basename(p)}](charts/{os.path.basename(p)})" for p in made[:4]]
    path = os.path.join(outdir, "report.md")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"report: {path}")
    if made:
        print(f"charts: {os.path.join(outdir, 'charts')}/ ({len(made)} PNG files)")


if __name__ == "__main__":
    main()
