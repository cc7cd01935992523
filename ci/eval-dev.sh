#!/usr/bin/env bash
# Scores `crosscheck check` on the development set of real reporting in
# ../shared/eval/dev (gold claims, groups and traps; see its README) and
# prints the scorer's SUMMARY line. Skips with a message when ../shared is
# absent (a clone on its own).
#   ci/eval-dev.sh [build-dir] [--verbose]      (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
dev="../shared/eval/dev"
if [ ! -d "$dev/corpus" ]; then
  echo "eval-dev: skipped: $dev not found (the development set lives in ../shared)"
  exit 0
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$build/crosscheck" check --format json -o "$out/dev.json" "$dev/corpus" || [ $? -eq 1 ]
python3 ../shared/eval/score.py "$out/dev.json" --gold "$dev/gold-a.toml" --gold "$dev/gold-b.toml" \
  --corpus "$dev/corpus" ${2:+"$2"} | { if [ "${2:-}" = "--verbose" ]; then cat; else tail -1; fi; }
