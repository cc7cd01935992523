#!/usr/bin/env bash
# The check a desk runs before publishing: the draft(s) against the archive,
# findings for people on the terminal, a Markdown report to paste into the
# review, and exit 1 when a finding is a warning or worse.
#   ci/prepublish.sh DRAFT.md... [--archive DIR] [--report FILE]
#   (defaults: archive news/, report prepublish-report.md)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${CROSSCHECK:-$here/build/release/crosscheck}"
archive="news"
report="prepublish-report.md"
drafts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --archive) archive="$2"; shift 2 ;;
    --report) report="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) drafts+=("$1"); shift ;;
  esac
done
if [ ${#drafts[@]} -eq 0 ]; then
  echo "prepublish: name the draft(s) to check" >&2
  exit 2
fi
if [ ! -x "$bin" ]; then
  echo "prepublish: $bin not found; build first (README: Building by hand) or set CROSSCHECK" >&2
  exit 2
fi
set +e
"$bin" check "${drafts[@]}" "$archive" --fail-on warning --output-format "markdown=$report"
code=$?
set -e
echo "prepublish: Markdown report in $report"
exit $code
