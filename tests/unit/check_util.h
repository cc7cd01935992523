// Helpers for check tests: a small pack and articles written in the test.
#ifndef CROSSCHECK_TESTS_UNIT_CHECK_UTIL_H_
#define CROSSCHECK_TESTS_UNIT_CHECK_UTIL_H_

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "load/load.h"
#include "packs/packs.h"
#include "pipeline/check.h"

namespace crosscheck::testing {

// A pack for a made-up beat, so tests do not depend on the shipped pack.
inline const char* kTestPack = R"(
[pack]
name = "test"
pair_phrases = ["two countries", "both sides", "bilateral", "two-way"]

[[entity]]
id = "AR"
kind = "country"
names = ["Arcadia"]
demonyms = ["Arcadian"]
aliases = ["the republic"]

[[entity]]
id = "BO"
kind = "country"
names = ["Borealia", "Republic of Borealia"]
demonyms = ["Borealian"]

[[entity]]
id = "CE"
kind = "country"
names = ["Celestia"]
abbreviations = ["CE"]

[[metric]]
id = "trade.bilateral"
cues = ["trade", "two-way trade", "trade turnover"]
quantity = "money"
temporal = "flow"
subjects = 2
subject_kind = "country"
tolerance = { relative = 0.02 }
basis_gap = 0.15

[[metric]]
id = "trade.change"
cues = ["trade"]
quantity = "percent"
temporal = "flow"
subjects = 2
subject_kind = "country"

[[metric]]
id = "ports.count"
cues = ["port", "ports"]
counted = ["ports", "seaports"]
quantity = "count"
temporal = "stock"
subjects = 1
subject_kind = "country"
grows = true

[[metric]]
id = "relations.age"
cues = ["diplomatic relations", "ties"]
quantity = "duration"
temporal = "stock"
subjects = 2
subject_kind = "country"
tolerance = { absolute = 1 }

[[metric]]
id = "investment.stock"
directional = true
cues = ["investment", "registered capital"]
quantity = "money"
temporal = "stock"
ranked_as = "investor.rank"
basis_gap = 0.15
subjects = 2
subject_kind = "country"
grows = true

[[metric]]
id = "investor.rank"
cues = ["investor", "investors"]
quantity = "rank"
temporal = "stock"
subjects = 2
subject_kind = "country"

[[metric]]
id = "relations.established"
cues = ["diplomatic relations"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
aged = true

[[metric]]
id = "visit.dates"
cues = ["visit"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
window_days = 30

[[metric]]
id = "council.session"
cues = ["joint council", "joint council session"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
window_days = 31

[[entity]]
id = "UNION"
kind = "organization"
names = ["Northern Union", "the Union"]
aliases = ["the bloc", "the north"]

[[source]]
name = "Borealia Daily"
domains = ["borealia-daily.example"]
currency = "SGD"
basis = "Borealian customs data"
country = "BO"

[[fact]]
id = "relations.ar-bo"
description = "Arcadia and Borealia established diplomatic relations"
subjects = ["AR", "BO"]
cues = ["diplomatic relations", "ties"]
date = 1990-05-01

[[rate]]
from = "SGD"
to = "USD"
rate = 0.75
date = 2024-07-01

[[rate]]
from = "MYR"
to = "USD"
rate = 0.22
date = 2024-07-01
spread = 0.05
)";

// A pack from TOML text, merged into `base`; the test fails with the
// pack's error when it does not load.
inline ClaimPack PackFromText(const std::string& text, const std::string& name,
                              ClaimPack base = ClaimPack()) {
  Diagnostic err;
  bool ok = LoadPackText(text, name, &base, &err);
  INFO(err.Render());
  REQUIRE(ok);
  return base;
}

inline ClaimPack TestPack() { return PackFromText(kTestPack, "test-pack.toml"); }

// An article with front matter; `published` like "2025-03-12".
inline Document Article(const std::string& name, const std::string& published,
                        const std::string& body, const std::string& source = "Test Wire",
                        const std::string& lang = "en") {
  std::string text = "+++\ntitle = \"" + name + "\"\nsource = \"" + source +
                     "\"\npublished = " + published + "\nlang = \"" + lang + "\"\n+++\n" + body +
                     "\n";
  auto r = LoadBytes(name + ".md", text, {});
  INFO((r.ok() ? std::string() : r.diag().Render()));
  REQUIRE(r.ok());
  return r.value();
}

inline CheckRun Check(std::vector<Document> docs) { return RunChecks(std::move(docs), TestPack()); }
// With more pack text merged into the test pack (a [pack] table, metrics).
inline CheckRun Check(std::vector<Document> docs, const std::string& more_pack) {
  return RunChecks(std::move(docs), PackFromText(more_pack, "more-pack.toml", TestPack()));
}

// "AR,BO": a claim's subjects.
inline std::string SubjectList(const Claim& c) {
  std::string out;
  for (const auto& s : c.subjects) out += (out.empty() ? "" : ",") + s;
  return out;
}

// A claim's time: the event date, the period, "as of DATE" or "-".
inline std::string ClaimWhen(const Claim& c) {
  if (c.event)
    return (c.previous ? "previous: " : "") +
           (c.deadline_of.empty() ? "" : "deadline of " + c.deadline_of + ": ") + DescribeValue(c);
  if (c.period.known) return c.period.label;
  return c.as_of ? "as of " + FormatIsoDate(*c.as_of) : "-";
}

// The claims that are figures: without the deadlines targets give of their own.
inline std::vector<Claim> Figures(const CheckRun& run) {
  std::vector<Claim> out;
  for (const Claim& c : run.claims)
    if (c.deadline_of.empty()) out.push_back(c);
  return out;
}

// The claim's figure as written in its file.
inline std::string ClaimText(const CheckRun& run, const Claim& c) {
  return std::string(c.mention.span.In(run.documents[c.doc].bytes));
}

// "metric [subjects] time modality 'text'" (and " by X" when attributed)
// for each claim; with `roles`, the owner and the scope after the subjects.
inline std::vector<std::string> ClaimLines(const CheckRun& run, bool roles) {
  std::vector<std::string> out;
  for (const Claim& c : run.claims) {
    std::string who = "[" + SubjectList(c) + "]";
    if (roles && !c.owner.empty()) who += " " + c.owner;
    if (roles && !c.scope.empty()) who += " in " + c.scope;
    out.push_back(c.metric + " " + who + " " + ClaimWhen(c) + " " + ModalityName(c.modality) +
                  " '" + ClaimText(run, c) + "'" +
                  (c.attribution.empty() ? "" : " by " + c.attribution));
  }
  return out;
}

// "rule@text" for each finding, in report order.
inline std::vector<std::string> Rules(const CheckRun& run) {
  std::vector<std::string> out;
  for (const auto& f : run.findings)
    out.push_back(
        f.rule + "@" +
        std::string(f.evidence.front().span.In(run.documents[f.evidence.front().doc].bytes)));
  return out;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_UNIT_CHECK_UTIL_H_
