#!/usr/bin/env bash
# The main job: build Release, show what runs on this CPU, verify every
# kernel of every ISA available here against the scalar reference.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/release -j"$(nproc)" >/dev/null
./build/release/tools/vmath info
./build/release/tools/vmath verify
