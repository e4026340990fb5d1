#!/usr/bin/python3
"""The README's math tables, each from ONE run of vmath_bench (n = 1024,
interleaved repetitions, medians; pinned to one core when taskset exists).

usage: scripts/math_table.py [BENCH_BINARY] [--repetitions N] [--f64 | --runs N]
Default binary: build/bench/bench/vmath_bench (scripts/bench.sh builds it).
--runs N: the AVX2 kernels only (machines without AVX-512), N runs in a
row: per function the median rate, the median ratio to the fastest AVX2
peer with its range, the runs below 1.0x and the peers that were fastest.

f32 (default): vmath's AVX-512 and AVX2 kernels in elements/ns and against
the fastest peer of the same width: SLEEF u10/u35, the -ffast-math libm
loop (glibc libmvec) and Highway, each in its AVX-512 and AVX2 build.
--f64: vmath's AVX-512 kernel against the plain -O3 loop of glibc's
function, libmvec and SLEEF u10 (u05 for hypot), and its AVX2 kernel
against their AVX2 builds; a ratio above 1 means vmath is faster.
Peers the bench was built without show as (none). sin_far: sin on |x| in
[2^14, 2^124] (f32 only; Highway is no peer there, see NOT_PEERS)."""
import json
import shutil
import statistics
import subprocess
import sys

FUNCS = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sigmoid", "sin", "cos", "tan", "sincos",
         "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "erf", "cbrt", "pow", "hypot", "sin_far"]
# sin_far: sin_f32 on |x| in [2^14, 2^124] (bench/bench.cpp); Highway's sin
# documents |x| <= 39000 and is not accurate there, so it is no peer
NOT_PEERS = {("sin_far", "hwy"), ("sin_far", "hwy-avx2")}
PEERS512 = ["sleef", "sleef_u35", "libmvec", "hwy"]
PEERS256 = ["sleef-avx2", "sleef_u35-avx2", "libmvec-avx2", "hwy-avx2"]
NAMES = {"sleef": "SLEEF u10", "sleef_u35": "SLEEF u35", "libmvec": "libmvec", "hwy": "Highway"}
F64_COLUMNS = [("avx512", "plain"), ("avx512", "libmvec"), ("avx512", "sleef"),
               ("avx2", "libmvec-avx2"), ("avx2", "sleef-avx2")]


def run(binary, reps, type_, impls):
    """{(function, implementation): elements/ns} of one interleaved run"""
    filt = "^(" + "|".join(FUNCS) + ")_" + type_ + "/(" + "|".join(impls) + ")/"
    cmd = [binary, "--sizes=1024", "--benchmark_filter=" + filt, f"--benchmark_repetitions={reps}",
           "--benchmark_enable_random_interleaving=true", "--benchmark_min_time=0.1",
           "--benchmark_format=json"]
    if reps > 1:
        cmd.append("--benchmark_report_aggregates_only=true")
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "1"] + cmd
    out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                         env={"OPENBLAS_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"}).stdout
    rate = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name", "median" if reps == 1 else None) != "median":
            continue
        op, impl = b["run_name"].split("/")[:2]
        rate[(op[:-len(type_) - 1], impl)] = b["elem/ns"]
    return rate


def table_f32(rate):
    def cell(f, isa, peers):
        v = rate.get((f, isa))
        best = max(((rate[(f, p)], p) for p in peers if (f, p) in rate and (f, p) not in NOT_PEERS),
                   default=None)
        if v is None:
            return "—", "—"
        if best is None:
            return f"{v:.2f}", "(no peer)"
        name = NAMES[best[1].replace("-avx2", "")]
        return f"{v:.2f}", f"{v / best[0]:.2f}× ({name} {best[0]:.2f})"

    print("| f32, n = 1024 | avx512 el/ns | × fastest AVX-512 peer | avx2 el/ns | × fastest AVX2 peer |")
    print("|---|---|---|---|---|")
    for f in FUNCS:
        a, ar = cell(f, "avx512", PEERS512)
        b, br = cell(f, "avx2", PEERS256)
        print(f"| {f} | {a} | {ar} | {b} | {br} |")


def table_f64(rate):
    print("| f64, n = 1024 | avx512 el/ns | AVX-512: × plain | × libmvec | × SLEEF u10 "
          "| avx2 el/ns | AVX2: × libmvec | × SLEEF u10 |")
    print("|---|---|---|---|---|---|---|---|")
    for f in FUNCS:
        if f == "sin_far":  # f32 only
            continue
        cells = []
        for isa in ("avx512", "avx2"):
            v = rate.get((f, isa))
            cells.append(f"{v:.2f}" if v else "—")
            for own, peer in F64_COLUMNS:
                if own != isa:
                    continue
                p = rate.get((f, peer))
                ratio = f"{v / p:.2f}×" if v and p else "(none)"
                if p and f == "hypot" and peer.startswith("sleef"):
                    ratio += " (u05)"
                cells.append(ratio)
        print(f"| {f} | " + " | ".join(cells) + " |")


def table_runs(binary, reps, runs):
    res = {f: [] for f in FUNCS}
    for _ in range(runs):
        rate = run(binary, reps, "f32", ["avx2"] + PEERS256)
        for f in FUNCS:
            best = max(((rate[(f, p)], p) for p in PEERS256 if (f, p) in rate and (f, p) not in NOT_PEERS),
                       default=None)
            if (f, "avx2") in rate and best:
                res[f].append((rate[(f, "avx2")], best[0], NAMES[best[1].replace("-avx2", "")]))
    print("| f32, n = 1024 | avx2 el/ns | × fastest AVX2 peer, median | range | runs below 1.0× | fastest peer |")
    print("|---|---|---|---|---|---|")
    for f in FUNCS:
        if not res[f]:
            print(f"| {f} | — | (no peer) | | | |")
            continue
        r = [v / b for v, b, _ in res[f]]
        print(f"| {f} | {statistics.median(v for v, _, _ in res[f]):.2f} | {statistics.median(r):.2f}× "
              f"| {min(r):.2f}–{max(r):.2f}× | {sum(x < 1 for x in r)} of {len(r)} "
              f"| {', '.join(sorted({p for _, _, p in res[f]}))} |")


def main():
    args = sys.argv[1:]
    reps = 5
    if "--repetitions" in args:
        i = args.index("--repetitions")
        reps = int(args[i + 1])
        del args[i:i + 2]
    runs = 0
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    f64 = "--f64" in args
    if f64:
        args.remove("--f64")
    binary = args[0] if args else "build/bench/bench/vmath_bench"
    if runs:
        table_runs(binary, reps, runs)
        return
    if f64:
        table_f64(run(binary, reps, "f64", ["avx512", "avx2"] + sorted({p for _, p in F64_COLUMNS})))
    else:
        table_f32(run(binary, reps, "f32", ["avx512", "avx2"] + PEERS512 + PEERS256))


if __name__ == "__main__":
    main()
