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
# Long sentences quoted around their figure, a clause cut at the frame's reach.
"$bin" check --no-config tests/data/dense-sentence.md --format json > "$tmp/dense.json" 2>/dev/null || [ $? -eq 1 ]
# The other machine formats: SARIF against the SARIF 2.1.0 schema
# (tests/data/sarif-schema-2.1.0.json), JUnit as well-formed XML.
mkdir -p "$tmp/sarif" "$tmp/junit"
"$bin" check corpus --format sarif > "$tmp/sarif/corpus.sarif" || [ $? -eq 1 ]
"$bin" check tests/bad/binary.md corpus --format sarif > "$tmp/sarif/unreadable.sarif" 2>/dev/null || true
"$bin" check corpus --format sarif --rules-url https://example.org/crosscheck/docs/rules.md > "$tmp/sarif/help-uri.sarif" || [ $? -eq 1 ]
cp tests/golden/corpus/expected.sarif "$tmp/sarif/golden.sarif"
"$bin" check corpus --format junit --fail-on info > "$tmp/junit/corpus.xml" || [ $? -eq 1 ]
cp tests/golden/corpus/expected.junit "$tmp/junit/golden.xml"
python3 - "$tmp" <<'PY'
import json, sys, glob, jsonschema, xml.etree.ElementTree as ET
schema = json.load(open("tests/data/sarif-schema-2.1.0.json"))
jsonschema.Draft4Validator.check_schema(schema)
files = sorted(glob.glob(sys.argv[1] + "/sarif/*.sarif"))
for f in files:
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(f))))
    for e in errors:
        print(f"{f}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    if errors:
        sys.exit(1)
for f in sorted(glob.glob(sys.argv[1] + "/junit/*.xml")):
    root = ET.parse(f).getroot()
    assert root.tag == "testsuites", f
    suite = root.find("testsuite")
    assert int(suite.get("tests")) == len(suite.findall("testcase")), f
    assert int(suite.get("failures")) == len(suite.findall("testcase/failure")), f
print(f"sarif: {len(files)} valid against SARIF 2.1.0; junit well-formed")
PY
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
    if f.endswith("/dense.json"):  # the fixture reaches both bounds
        assert any(c.get("sentence_cut") for c in report["claims"]), f
        assert any(n["code"] == "extract.budget" for n in report.get("notes", [])), f
print(f"{len(files)} passed, 0 failed")
PY
