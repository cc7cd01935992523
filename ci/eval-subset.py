#!/usr/bin/env python3
"""Writes the part of a development set written in some languages.

    ci/eval-subset.py CORPUS GOLD[,GOLD...] OUTDIR LANG[,LANG...]

Copies the articles whose front matter `lang` is one of LANG into
OUTDIR/corpus and writes OUTDIR/gold.toml with the gold claims of those
articles, and the groups and traps with their members in those articles
(when two or more are). The scorer
(../shared/eval/score.py) then measures one language's articles alone.
Used by ci/eval-dev.sh; reads the sets, never changes them.
"""
import json
import os
import re
import shutil
import sys
import tomllib


def lang_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        head = f.read(4096)
    m = re.search(r'^lang(?:uage)?\s*[=:]\s*"?([A-Za-z-]+)"?', head, re.M)
    return m.group(1).split("-")[0].lower() if m else "en"


def toml_value(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return json.dumps(str(v))


def main():
    corpus, golds, out, langs = sys.argv[1], sys.argv[2].split(","), sys.argv[3], sys.argv[4]
    langs = set(langs.split(","))
    keep = {n for n in os.listdir(corpus)
            if n.endswith(".md") and lang_of(os.path.join(corpus, n)) in langs}
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    for n in keep:
        shutil.copy(os.path.join(corpus, n), os.path.join(out, "corpus", n))
    gold = {"claim": [], "group": [], "non_comparable": []}
    for g in golds:
        with open(g, "rb") as f:
            data = tomllib.load(f)
        for k in gold:
            gold[k] += data.get(k, [])
    claims = [c for c in gold["claim"] if c["doc"] in keep]
    ids = {c["id"] for c in claims}
    lines = []
    # A group or trap that spans languages keeps its members in these
    # articles, when two or more are.
    def within(rows):
        out = []
        for g in rows:
            kept = [c for c in g["claims"] if c in ids]
            if len(kept) >= 2:
                out.append(dict(g, claims=kept))
        return out
    for table, rows in (("claim", claims), ("group", within(gold["group"])),
                        ("non_comparable", within(gold["non_comparable"]))):
        for row in rows:
            lines.append(f"[[{table}]]")
            lines += [f"{k} = {toml_value(v)}" for k, v in row.items()
                      if not isinstance(v, dict)]
            lines.append("")
    with open(os.path.join(out, "gold.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(len(keep))


if __name__ == "__main__":
    main()
