#!/usr/bin/env bash
# No evaluation wording in the project: runs ../shared/eval/leakcheck.py on
# the tree (with --quotes: gold figures written verbatim) and on the commit
# messages since the claim-frame work began (6d8589e). Exit 77 (ctest: skipped)
# with a message when ../shared is absent, as in a clone on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
check="../shared/eval/leakcheck.py"
if [ ! -f "$check" ]; then
  echo "leakcheck: skipped: $check not found (the evaluation sets live in ../shared)"
  exit 77
fi
python3 "$check" . --quotes
base=6d8589e
if git rev-parse --verify -q "$base^{commit}" >/dev/null 2>&1; then
  python3 "$check" . --git-log "$base"
else
  echo "leakcheck: commit messages not checked: $base is not in this clone's history"
fi
