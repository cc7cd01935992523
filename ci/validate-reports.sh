#!/usr/bin/env bash
# Validates `check --format json` reports against docs/report.schema.json:
# the bundled corpus, the golden file, and each synthetic fixture.
#   ci/validate-reports.sh path/to/crosscheck
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" check corpus --format json > "$tmp/corpus.json" || [ $? -eq 1 ]
"$bin" check corpus/003-vn-sg-upgrade.md --format json > "$tmp/one.json" || [ $? -eq 1 ]
"$bin" check tests/bad/no-such-date.md corpus --format json > "$tmp/bad.json" 2>/dev/null || true
# One unreadable input among good ones: the report lists it under errors.
"$bin" check tests/bad/binary.md corpus --format json > "$tmp/unreadable.json" 2>/dev/null || true
cp tests/golden/corpus/expected.json "$tmp/golden.json"
python3 - "$tmp" <<'PY'
import json, sys, glob, jsonschema
schema = json.load(open("docs/report.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
files = sorted(glob.glob(sys.argv[1] + "/*.json"))
for f in files:
    report = json.load(open(f))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(report))
    for e in errors:
        print(f"{f}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    if errors:
        sys.exit(1)
    # The contract's invariants the schema cannot state.
    ids = {c["id"] for c in report["claims"]}
    for a in report["alignments"]:
        assert set(a["claims"]) <= ids, a
    for x in report["findings"]:
        assert set(x["claims"]) <= ids, x
print(f"{len(files)} passed, 0 failed")
PY
