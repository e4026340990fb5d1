#!/usr/bin/env bash
# Builds and runs every test: the native build (-Werror) with gcc and with
# clang, an ASan+UBSan build, and an AArch64 cross build whose whole suite runs under
# qemu-aarch64, so the NEON kernels run as real NEON instructions.
# Usage: scripts/test.sh   (as root on Debian 12 it installs what it needs)
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh test || exit 1
jobs=$(nproc)
passed=0
failed=0

# build DIR [cmake args...]: configures and builds; prints the log on failure.
build() {
  local dir=$1
  shift
  mkdir -p "$dir"
  if ! { cmake -S . -B "$dir" -DVMATH_WERROR=ON "$@" && cmake --build "$dir" -j"$jobs"; } >"$dir/build.log" 2>&1; then
    tail -n 60 "$dir/build.log"
    return 1
  fi
}

# ctest_run NAME BUILD_DIR [VAR=value...]: runs one build's suite and adds
# its counts to the totals.
ctest_run() {
  local name=$1 dir=$2
  shift 2
  echo "== $name"
  local log
  log=$(env "$@" ctest --test-dir "$dir" --output-on-failure -j"$jobs" 2>&1)
  echo "$log" | tail -n 40
  local line
  line=$(echo "$log" | grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" | tail -n 1)
  if [ -z "$line" ]; then
    echo "$name: no test ran"
    failed=$((failed + 1))
    return
  fi
  local nfail total
  nfail=$(echo "$line" | sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
  total=$(echo "$line" | sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/')
  passed=$((passed + total - nfail))
  failed=$((failed + nfail))
}

if build build/release -DCMAKE_BUILD_TYPE=Release; then
  ctest_run "native (Release)" build/release
else
  echo "native build failed"; failed=$((failed + 1))
fi

# clang, with its UBSan: SIMDe's emulation takes other paths under another
# compiler (its NEON vrndnq once lost the sign of -0.5 under clang only),
# and clang's UBSan checks pointer arithmetic that GCC's does not (NULL + 0
# with n = 0). -Wno-pass-failed: the instrumentation keeps SIMDe's
# vectorize pragmas from applying, which clang would report as an error.
if build build/clang -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=clang \
  -DCMAKE_C_FLAGS="-fsanitize=undefined -fno-sanitize-recover=all -Wno-pass-failed"; then
  ctest_run "clang (Release, UBSan)" build/clang
else
  echo "clang build failed"; failed=$((failed + 1))
fi

# The installed package: header, libraries, CMake package, pkg-config file
# and tool, used by the example both ways.
echo "== install + example"
prefix=$(mktemp -d)
example() {
  local name=$1
  shift
  if "$@" >build/example.log 2>&1; then
    echo "PASS $name"; passed=$((passed + 1))
  else
    echo "FAIL $name"; tail -n 20 build/example.log; failed=$((failed + 1))
  fi
}
example "cmake --install" cmake --install build/release --prefix "$prefix"
example "example via find_package(vmath)" bash -c "cmake -S examples -B build/example -DCMAKE_PREFIX_PATH='$prefix' &&
  cmake --build build/example && LD_LIBRARY_PATH='$prefix/lib' build/example/normalize"
example "example via pkg-config" bash -c "PKG_CONFIG_PATH='$prefix/lib/pkgconfig' make -s -C examples &&
  LD_LIBRARY_PATH='$prefix/lib' examples/normalize-pc; rc=\$?; make -s -C examples clean; exit \$rc"
example "only vmath_* symbols exported" bash -c "! nm -D --defined-only '$prefix/lib/libvmath.so' | awk '{print \$3}' | grep -v '^vmath_'"
example "installed vmath command" "$prefix/bin/vmath" --version
rm -rf "$prefix"

# On an x86 CPU without AVX-512 the native suite can only skip the avx512
# kernels (it says so per test); this build runs them through SIMDe's
# emulation on AVX2 instead (VMATH_EMULATE_AVX512, CMakeLists.txt). Not
# covered that way: the conversions and complex kernels, written with native
# intrinsics only, and the few native-only branches of src/avx512/vf.h.
if [ "$(uname -m)" = x86_64 ] && ! grep -qw avx512f /proc/cpuinfo; then
  if build build/emu512 -DCMAKE_BUILD_TYPE=Release -DVMATH_EMULATE_AVX512=ON; then
    ctest_run "avx512 kernels emulated on AVX2 (this CPU has no AVX-512)" build/emu512
  else
    echo "emulated avx512 build failed"; failed=$((failed + 1))
  fi
fi

san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if build build/sanitize -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS="$san"; then
  # vmath_malloc(SIZE_MAX) must return NULL, not abort inside ASan
  ctest_run "ASan + UBSan" build/sanitize ASAN_OPTIONS=allocator_may_return_null=1
else
  echo "sanitizer build failed"; failed=$((failed + 1))
fi

if build build/aarch64 -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake; then
  ctest_run "AArch64 under qemu-aarch64" build/aarch64
else
  echo "AArch64 build failed"; failed=$((failed + 1))
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
