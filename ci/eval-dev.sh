#!/usr/bin/env bash
# Scores `crosscheck check` on every development set of real reporting in
# ../shared/eval (dev/ and dev2/: gold claims, groups and traps; see their
# READMEs) and prints one SUMMARY line per set, then one per set and
# language (the set's articles in that language checked on their own).
# Skips with a message when ../shared is absent (a clone on its own).
#   ci/eval-dev.sh [build-dir] [--verbose]      (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
verbose="${2:-}"
eval_dir="../shared/eval"
if [ ! -d "$eval_dir/dev/corpus" ]; then
  echo "eval-dev: skipped: $eval_dir/dev not found (the development sets live in ../shared)"
  exit 0
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# score NAME CORPUS GOLD...: check CORPUS, score it, print "NAME SUMMARY ...".
score() {
  local name="$1" corpus="$2"
  shift 2
  local golds=()
  for g in "$@"; do golds+=(--gold "$g"); done
  "$build/crosscheck" check --format json -o "$out/$name.json" "$corpus" >/dev/null || [ $? -eq 1 ]
  if [ "$verbose" = "--verbose" ]; then
    python3 "$eval_dir/score.py" "$out/$name.json" "${golds[@]}" --corpus "$corpus" --verbose
  fi
  printf '%-10s ' "$name"
  python3 "$eval_dir/score.py" "$out/$name.json" "${golds[@]}" --corpus "$corpus" | tail -1
}

for set in dev dev2; do
  [ -d "$eval_dir/$set/corpus" ] || { echo "$set: skipped: $eval_dir/$set not found"; continue; }
  golds=("$eval_dir/$set"/gold*.toml)
  score "$set" "$eval_dir/$set/corpus" "${golds[@]}"
  for lang in en fr id ms vi; do
    sub="$out/$set-$lang"
    n=$(python3 ci/eval-subset.py "$eval_dir/$set/corpus" "$(IFS=,; echo "${golds[*]}")" "$sub" "$lang")
    [ "$n" -gt 0 ] || continue
    score "$set-$lang" "$sub/corpus" "$sub/gold.toml"
  done
done
