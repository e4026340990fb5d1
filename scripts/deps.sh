#!/usr/bin/env bash
# Installs the Debian 12 packages a job needs (as root; nothing downloaded
# from anywhere but Debian). Usage: deps.sh test|bench
# Only what is missing is installed, so a second run is quick.
set -euo pipefail

job=${1:-test}
native=(cmake make gcc g++ pkg-config libsimde-dev libcmocka-dev)
case "$job" in
  test)
    # cross build for AArch64, run under qemu-user with multiarch arm64 libs
    native+=(clang gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user libmpfr-dev)
    arm64=(libcmocka-dev:arm64 libmpfr-dev:arm64)
    ;;
  bench)
    native+=(libbenchmark-dev python3 python3-matplotlib util-linux
             libvolk2-dev libsleef-dev libopenblas-dev libhwy-dev)
    arm64=()
    ;;
  *) echo "usage: $0 test|bench" >&2; exit 2 ;;
esac

missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || echo "$p"
  done
}

todo=($(missing "${native[@]}" ${arm64[@]+"${arm64[@]}"}))
[ ${#todo[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "deps.sh: missing packages: ${todo[*]} (run as root to install them)" >&2
  exit 1
fi
if [ ${#arm64[@]} -gt 0 ] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
  dpkg --add-architecture arm64
fi
export DEBIAN_FRONTEND=noninteractive
# a mirror's transient failure is retried rather than failing the job
apt-get -o Acquire::Retries=3 update -qq
apt-get -o Acquire::Retries=3 install -y -qq --no-install-recommends "${todo[@]}" >/dev/null
echo "deps.sh: installed ${todo[*]}"
