#!/usr/bin/env bash
# The main job on the bundled corpus: install, build, and check the articles
# against each other. Exit code 0: no error-level finding.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target crosscheck
build/release/crosscheck check corpus
