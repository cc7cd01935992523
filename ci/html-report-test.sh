#!/usr/bin/env bash
# The editor's HTML report opened in headless Chromium (Debian's chromium):
# a hostile article (script tags, event attributes, a javascript: URL, a
# right-to-left override) must show as text, with no script element, no
# event attribute and no javascript: link in the page the browser built,
# and nothing a script would have changed. Exit 77 (skipped) without
# chromium; CI installs it (ci/install-deps.sh).
#   ci/html-report-test.sh path/to/crosscheck
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$1"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "html-report-test: skipped: chromium not installed (apt-get install chromium)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/a.md" <<'MD'
+++
title = "Trade <script>document.title='PWNED'</script>"
source = "Example <b onmouseover=\"document.body.dataset.pwned=1\">Wire</b>"
url = "javascript:document.body.dataset.pwned=1"
published = 2025-03-12
lang = "en"
+++
In 2024, Vietnam-Singapore trade reached US$9 billion <img src=x onerror="document.body.dataset.pwned=1"> <script>document.body.dataset.pwned=1</script> ‮ reversed.
MD
cat > "$tmp/b.md" <<'MD'
+++
title = "Trade"
source = "Other Wire"
url = "https://example.org/trade"
published = 2025-03-13
lang = "en"
+++
In 2024, Vietnam-Singapore trade reached US$12 billion.
MD
"$bin" check "$tmp" --format html -o "$tmp/report.html" --fail-on none
# A fresh profile per run; no sandbox, as CI runs as root in a container.
"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
  --dump-dom "file://$tmp/report.html" > "$tmp/dom.html" 2> "$tmp/browser.log"
python3 - "$tmp/dom.html" <<'PY'
import sys
from html.parser import HTMLParser
dom = open(sys.argv[1], encoding="utf-8").read()
class Scan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad = []
        self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.bad.append("a script element")
        for k, v in attrs:
            if k.startswith("on"):
                self.bad.append(f"an event attribute {k} on <{tag}>")
            if k == "href" and v and v.strip().lower().startswith("javascript:"):
                self.bad.append("a javascript: link")
        if tag == "body" and any(k == "data-pwned" for k, _ in attrs):
            self.bad.append("a script ran (body data-pwned)")
    def handle_data(self, d):
        self.text.append(d)
s = Scan()
s.feed(dom)
text = "".join(s.text)
if "<title>crosscheck report</title>" not in dom:
    s.bad.append("the page title changed")
for literal in ["<img src=x onerror=", "<script>document.body.dataset.pwned=1</script>",
                "<U+202E>", "US$9 billion"]:
    if literal not in text:
        s.bad.append(f"the text {literal!r} is not shown literally")
if s.bad:
    print("html-report-test: FAILED: " + "; ".join(s.bad))
    sys.exit(1)
print("html-report-test: the hostile article shows as text; no script, handler or javascript: link")
PY
