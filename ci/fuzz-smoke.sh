#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (fuzz preset) and runs each for a
# short bounded time, starting from its seed corpus, with a fixed seed so that
# a CI run is reproducible (longer random runs are in the README's table). A crash fails the script
# and leaves the reproducer in build/fuzz/crash-*.
#   ci/fuzz-smoke.sh [seconds-per-target]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-20}"
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz-smoke: installing clang and its libFuzzer runtime" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libclang-rt-dev ||
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libclang-rt-14-dev
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc 2>/dev/null || echo 2)" --target fuzz_load fuzz_recognize fuzz_packs fuzz_check fuzz_cli
for t in load recognize packs check cli; do
  work="build/fuzz/corpus-$t"
  mkdir -p "$work"
  cp -n tests/fuzz/seeds/$t/* "$work"/ 2>/dev/null || true
  echo "fuzz-smoke: fuzz_$t for ${secs}s"
  (cd build/fuzz && ./fuzz_$t -seed=1 -max_total_time="$secs" -max_len=131072 -print_final_stats=1 "corpus-$t" 2>&1 | tail -4)
done
