#!/usr/bin/env bash
# The whole test suite, as CI runs it: install dependencies, build the
# release preset and run every test; then build the asan-ubsan preset and
# run the suite again under the sanitizers; then fuzz each parser briefly.
#   ci/test.sh            everything
#   ci/test.sh --quick    release build and tests only
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh --tests
ci/format-check.sh
jobs=$(nproc 2>/dev/null || echo 2)

cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs"

if [ "${1:-}" != "--quick" ]; then
  cmake --preset asan-ubsan >/dev/null
  # What the suite runs, not the benchmark: CI time stays well under 15 minutes.
  cmake --build --preset asan-ubsan -j "$jobs" --target crosscheck unit_tests conformance \
    fuzz_load fuzz_recognize fuzz_packs fuzz_check fuzz_cli
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan-ubsan -j "$jobs"
  # The fuzz smoke builds the core a third time (clang) and fuzzes each
  # parser for a few seconds: every stage runs, every time (about 20 minutes
  # in all on 2 cores). `ci/fuzz-smoke.sh` runs it alone.
  ci/fuzz-smoke.sh 10
fi
