#!/usr/bin/env bash
# The main job: build Release with the benchmarks, show what runs on this
# CPU, run the benchmark suite and write a report (Markdown + PNG charts).
#
# usage: scripts/bench.sh [--quick] [--op NAME] [--out DIR]
#   --quick     two sizes (1024, 262144), short runs: under a minute
#   --op NAME   only this operation (e.g. add_f32)
#   --out DIR   where the report goes (default: bench-report)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0 op="" out=bench-report
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --op) op=${2:?--op needs a name}; shift ;;
    --out) out=${2:?--out needs a directory}; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

bash scripts/deps.sh bench
cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DVMATH_BUILD_BENCH=ON -DVMATH_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench -j"$(nproc)" >/dev/null
./build/bench/tools/vmath info | sed -n '1,5p'

args=(--benchmark_out="$out/results.json" --benchmark_out_format=json)
if [ "$quick" = 1 ]; then
  args+=(--sizes=1024,262144 --benchmark_min_time=0.005)
else
  args+=(--benchmark_min_time=0.05)
fi
[ -n "$op" ] && args+=(--benchmark_filter="^$op/")

# One core, away from core 0 where interrupts land; peers single-threaded.
pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then
  pin=(taskset -c 1)
fi
mkdir -p "$out"
echo "running the benchmarks (${pin[*]:-unpinned}) ..."
OPENBLAS_NUM_THREADS=1 "${pin[@]}" ./build/bench/bench/vmath_bench "${args[@]}" >"$out/console.txt"
/usr/bin/python3 scripts/report.py "$out/results.json" "$out"
