#include "diff/diff.h"

#include <catch2/catch.hpp>

#include "../check_util.h"
#include "pipeline/diff_run.h"
#include "report/diff_report.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {

struct DiffResult {
  CheckRun run;
  DocDiff diff;
};

DiffResult Diff(const std::string& old_body, const std::string& new_body,
                DiffMode mode = DiffMode::kVersions) {
  DiffResult r{
      Check({Article("old", "2025-03-12", old_body), Article("new", "2025-03-12", new_body)}), {}};
  r.diff = DiffDocuments(r.run, mode);
  return r;
}

// "kind: inline text" per differing pair, rendered without colour.
std::vector<std::string> Hunks(const DiffResult& r, bool ignore_format = false) {
  DiffRenderOptions o;
  o.ignore_format = ignore_format;
  std::string text = DiffReportText(r.run, r.diff, o);
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = text.find("\n@@ ", pos)) != std::string::npos) {
    size_t kind_end = text.find(' ', pos + 4);
    size_t body = text.find("\n  ", pos + 1);
    size_t body_end = text.find('\n', body + 1);
    out.push_back(text.substr(pos + 4, kind_end - pos - 4) + ": " +
                  text.substr(body + 3, body_end - body - 3));
    pos = body_end;
  }
  return out;
}

}  // namespace

TEST_CASE("identical documents have no changes", "[diff]") {
  DiffResult r = Diff("Trade hit US$9 billion in 2024. Parks grew.",
                      "Trade hit US$9 billion in 2024. Parks grew.");
  CHECK(Hunks(r).empty());
  CHECK(r.diff.value_changes == 0);
  CHECK(r.diff.claims.empty());
}

TEST_CASE("a figure written differently is a formatting change, not a change of value",
          "[diff][numbers]") {
  DiffResult r = Diff("Arcadia-Borealia trade in 2024 hit US$9 billion.",
                      "Arcadia-Borealia trade in 2024 hit 9 billion USD.");
  CHECK(Hunks(r) ==
        std::vector<std::string>{
            "format: Arcadia-Borealia trade in 2024 hit {~US$9 billion => 9 billion USD~}."});
  CHECK(r.diff.value_changes == 0);
  CHECK(r.diff.format_changes == 1);
  CHECK(r.diff.claims.empty());
  CHECK(Hunks(r, true).empty());  // --ignore-format hides it
}

TEST_CASE("a change of value shows the old and new figure and the claim change",
          "[diff][numbers]") {
  DiffResult r = Diff("Arcadia-Borealia trade in 2024 hit US$9 billion.",
                      "Arcadia-Borealia trade in 2024 hit US$10.3 billion.");
  CHECK(Hunks(r) ==
        std::vector<std::string>{
            "changed: Arcadia-Borealia trade in 2024 hit [-US$9 billion-] {+US$10.3 billion+}."});
  REQUIRE(r.diff.claims.size() == 1);
  CHECK(r.diff.claims[0].kind == ClaimChange::kChanged);
  CHECK(r.diff.value_changes == 2);
}

TEST_CASE("whitespace and markup changes never show as word changes", "[diff]") {
  DiffResult r = Diff("Trade *rose* to US$9 billion\nin 2024.",
                      "Trade   rose to   [US$9 billion](https://x.example) in 2024.");
  CHECK(Hunks(r).empty());
}

TEST_CASE("a moved paragraph is reported as moved, not as removed and added", "[diff][moved]") {
  DiffResult r = Diff("First point here.\n\nSecond point here.\n\nThird point here.",
                      "Second point here.\n\nThird point here.\n\nFirst point here.");
  std::vector<std::string> h = Hunks(r);
  REQUIRE(h.size() == 1);
  CHECK(h[0] == "moved: First point here.");
  CHECK(r.diff.value_changes == 0);
}

TEST_CASE("split and merged sentences pair with their counterpart", "[diff][split]") {
  DiffResult split =
      Diff("Leaders discussed trade, investment and security in depth.",
           "Leaders discussed trade. They discussed investment and security in depth.");
  REQUIRE(split.diff.pairs.size() == 1);
  CHECK(split.diff.pairs[0].kind == SentencePair::kSplit);
  DiffResult merged =
      Diff("Leaders discussed trade. They discussed investment and security in depth.",
           "Leaders discussed trade, investment and security in depth.");
  REQUIRE(merged.diff.pairs.size() == 1);
  CHECK(merged.diff.pairs[0].kind == SentencePair::kMerged);
}

TEST_CASE("Unicode: accents, dashes and CJK text diff without crashing", "[diff][unicode]") {
  DiffResult r = Diff("Việt Nam–Singapore ties grew. 越南和新加坡的贸易增长了。",
                      "Việt Nam—Singapore ties grew fast. 越南和新加坡的贸易大幅增长了。");
  std::vector<std::string> h = Hunks(r);
  REQUIRE(h.size() == 2);
  // Common words are shown as the new text writes them (its em dash).
  CHECK(h[0] == "changed: Việt Nam—Singapore ties grew {+fast+}.");
  CHECK(h[1] == "changed: 越南和新加坡的贸易{+大幅+}增长了。");
}

TEST_CASE("a very long line diffs in sentence-sized pieces", "[diff][limits]") {
  std::string old_text, new_text;
  for (int i = 0; i < 3000; ++i) {
    std::string s = "Sentence number " + std::to_string(i) + " says trade rose. ";
    old_text += s;
    new_text += i == 1500 ? "Sentence number 1500 says trade fell. " : s;
  }
  DiffResult r = Diff(old_text, new_text);
  std::vector<std::string> h = Hunks(r);
  REQUIRE(h.size() == 1);
  CHECK(h[0] == "changed: Sentence number 1500 says trade [-rose-] {+fell+}.");
}

TEST_CASE("compare mode pairs the most similar sentences of two outlets", "[diff][compare]") {
  DiffResult r =
      Diff("Arcadia and Borealia signed a pact. Arcadia-Borealia trade in 2024 hit US$9 billion.",
           "Trade between Arcadia and Borealia in 2024 hit US$9.4 billion. A pact was signed.",
           DiffMode::kCompare);
  size_t similar = 0;
  for (const auto& p : r.diff.pairs) similar += p.kind == SentencePair::kSimilar;
  CHECK(similar >= 1);
  CHECK(r.run.aligned.alignments.size() == 1);  // the trade figures align as in `check`
}

TEST_CASE("HTML output escapes article text", "[diff][html]") {
  DiffResult r = Diff("He said 1 < 2 & \"left\".", "He said 3 > 2 & 'left'.");
  std::string html = DiffReportHtml(r.run, r.diff, {});
  CHECK(html.find("&lt;") != std::string::npos);
  CHECK(html.find("&gt;") != std::string::npos);
  CHECK(html.find("&amp;") != std::string::npos);
  CHECK(html.find("&quot;") != std::string::npos);
  CHECK(html.find("&#39;") != std::string::npos);
  CHECK(html.find(" < ") == std::string::npos);
}

TEST_CASE("diff shows the text a reader sees: links keep their space, HTML decodes once",
          "[diff][display]") {
  DiffResult md = Diff("Click [here](u) and *now* ok.", "Click [there](u) and *now* ok.");
  CHECK(Hunks(md) == std::vector<std::string>{"changed: Click [-here-] {+there+} and now ok."});
  std::vector<Document> pages;
  for (const char* body : {"<p>Use &lt;script&gt; here.</p>", "<p>Use &lt;script&gt; there.</p>"}) {
    auto loaded = LoadBytes(pages.empty() ? "a.html" : "b.html", body, {});
    REQUIRE(loaded.ok());
    pages.push_back(loaded.value());
  }
  DiffResult html{Check(std::move(pages)), {}};
  html.diff = DiffDocuments(html.run, DiffMode::kVersions);
  CHECK(Hunks(html) == std::vector<std::string>{"changed: Use <script> [-here-] {+there+}."});
  std::string page = DiffReportHtml(html.run, html.diff, {});
  CHECK(page.find("Use &lt;script&gt; <del>here</del>") != std::string::npos);
  CHECK(page.find("&amp;lt;") == std::string::npos);
}

TEST_CASE("HTML output shows bidi controls and isolates article text", "[diff][html]") {
  DiffResult r = Diff("Trade was \u202eUS$10 billion in 2024.", "Trade was US$11 billion in 2024.");
  std::string html = DiffReportHtml(r.run, r.diff, {});
  CHECK(html.find("\u202e") == std::string::npos);
  CHECK(html.find("&lt;U+202E&gt;") != std::string::npos);
  CHECK(html.find("unicode-bidi:isolate") != std::string::npos);
}

TEST_CASE("the versions fast path finds the same claim changes as a full check", "[diff][claims]") {
  std::string old_body =
      "Arcadia and Borealia met. Their trade in 2024 hit US$9 billion. Borealia has 14 seaports.";
  std::string new_body =
      "Arcadia and Borealia met. Their trade in 2024 hit US$9.6 billion. Borealia has 14 seaports.";
  DiffResult full = Diff(old_body, new_body);
  DocDiff fast;
  CheckRun run = crosscheck::DiffRun(
      {Article("old", "2025-03-12", old_body), Article("new", "2025-03-12", new_body)}, TestPack(),
      &fast);
  REQUIRE(full.diff.claims.size() == 1);
  REQUIRE(fast.claims.size() == 1);
  CHECK(run.claims[static_cast<size_t>(fast.claims[0].new_claim)].metric == "trade.bilateral");
  CHECK(run.claims.size() == 2);  // only the changed sentence's figures were bound
}

TEST_CASE("the versions fast path reads subjects from earlier paragraphs like a full check",
          "[diff][claims]") {
  std::string filler;
  for (int i = 0; i < 20; ++i) filler += "Paragraph " + std::to_string(i) + " says little.\n\n";
  std::string old_body = filler +
                         "Arcadia and Borealia signed a pact.\n\nOfficials were pleased.\n\n"
                         "Their trade in 2024 hit US$9 billion.\n\n" +
                         filler + "Borealia has 14 seaports.\n\nThe end.";
  std::string new_body = filler +
                         "Arcadia and Borealia signed a pact.\n\nOfficials were pleased.\n\n"
                         "Their trade in 2024 hit US$9.6 billion.\n\n" +
                         filler + "The end.\n\nBorealia has 14 seaports.";
  DiffResult full = Diff(old_body, new_body);
  DiffResult fast;
  fast.run = crosscheck::DiffRun(
      {Article("old", "2025-03-12", old_body), Article("new", "2025-03-12", new_body)}, TestPack(),
      &fast.diff);
  // The same hunks, in the same order, with the same words.
  CHECK(Hunks(fast) == Hunks(full));
  REQUIRE(Hunks(fast).size() == 2);
  REQUIRE(fast.diff.claims.size() == 1);
  REQUIRE(full.diff.claims.size() == 1);
  const Claim& a = fast.run.claims[static_cast<size_t>(fast.diff.claims[0].new_claim)];
  const Claim& b = full.run.claims[static_cast<size_t>(full.diff.claims[0].new_claim)];
  CHECK(a.metric == "trade.bilateral");
  CHECK(a.subjects == std::vector<std::string>{"AR", "BO"});
  CHECK(a.subjects == b.subjects);
  // Only the edited lines and their context were segmented.
  CHECK(fast.run.mentions[0].sentences.size() < 20);  // of 45
}
