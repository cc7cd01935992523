#!/usr/bin/env bash
# Fails if clang-format would change any C++ file (style: .clang-format).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "format-check: clang-format not installed; skipped"; exit 0; }
bad=$(find src tests bench tools -name '*.cc' -o -name '*.h' | while read -r f; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
if [ -n "$bad" ]; then echo "format-check: run clang-format -i on:"; echo "$bad"; exit 1; fi
echo "format-check: clean"
