#!/usr/bin/env bash
# Regenerates the reviewed golden files from the current build. Review the
# diff before committing: every changed line is a change users will see.
#   ci/update-golden.sh [build-dir]     (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build/release}/crosscheck"
"$bin" extract corpus > tests/data/corpus-mentions.txt
"$bin" check corpus --color never > tests/golden/corpus/expected.txt || [ $? -eq 1 ]
"$bin" check corpus --format json > tests/golden/corpus/expected.json || [ $? -eq 1 ]
for f in sarif markdown github junit html; do
  "$bin" check corpus --format "$f" > "tests/golden/corpus/expected.$f" || [ $? -eq 1 ]
done
# The reviewed screenshot of the editor's report (needs Debian's chromium).
if command -v chromium >/dev/null; then
  tmp=$(mktemp -d)
  "$bin" check corpus --format html -o "$tmp/report.html" || [ $? -eq 1 ]
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
    --hide-scrollbars --window-size=900,1400 --screenshot=docs/html-report.png \
    "file://$tmp/report.html" >/dev/null 2>&1
  rm -rf "$tmp"
fi
echo "updated tests/data/corpus-mentions.txt and tests/golden/corpus/; review with: git diff tests/"
