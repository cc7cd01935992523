#!/usr/bin/env bash
# Regenerates the reviewed golden files from the current build. Review the
# diff before committing: every changed line is a change users will see.
#   ci/update-golden.sh [build-dir]     (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build/release}/crosscheck"
"$bin" extract corpus > tests/data/corpus-mentions.txt
echo "updated tests/data/corpus-mentions.txt; review with: git diff tests/data"
