#include <catch2/catch.hpp>

#include "../check_util.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {
std::vector<std::string> Verdicts(const CheckRun& run) {
  std::vector<std::string> out;
  for (const Alignment& a : run.aligned.alignments)
    out.push_back(a.metric + " " + VerdictName(a.verdict));
  return out;
}
const char* kTradeA = "Arcadia and Borealia: two-way trade in 2024 reached US$4.2 billion.";
}  // namespace

TEST_CASE("verdict: agree", "[align][verdict]") {
  CheckRun run = Check({Article("a", "2025-03-12", kTradeA), Article("b", "2025-03-13", kTradeA)});
  CHECK(Verdicts(run) == std::vector<std::string>{"trade.bilateral agree"});
  CHECK(run.findings.empty());
}

TEST_CASE("verdict: compatible when precision or hedges differ", "[align][verdict]") {
  CheckRun run =
      Check({Article("a", "2025-03-12", kTradeA),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 exceeded US$4 billion.")});
  CHECK(Verdicts(run) == std::vector<std::string>{"trade.bilateral compatible"});
  CHECK(Rules(run) == std::vector<std::string>{"cross-source-compatible@US$4.2 billion"});
}

TEST_CASE("verdict: conflict when intervals do not overlap", "[align][verdict]") {
  CheckRun run =
      Check({Article("a", "2025-03-12", kTradeA),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 was US$4.5 billion.")});
  CHECK(Verdicts(run) == std::vector<std::string>{"trade.bilateral conflict"});
  REQUIRE(run.findings.size() == 1);
  // Read in full, but neither says whose statistics: a warning.
  CHECK(run.findings[0].severity == Severity::kWarning);
  CHECK(run.findings[0].message.find("4.2 billion USD and 4.5 billion USD cannot both be true") !=
        std::string::npos);
  // The finding says which fields matched.
  CHECK(run.findings[0].message.find(
            "Matched on metric trade.bilateral, subjects AR-BO, period 2024") !=
        std::string::npos);  // The verdict's reason is data: which case and which claims it names.
  const Alignment& a = run.aligned.alignments[0];
  CHECK(a.why.kind == ReasonKind::kExclusive);
  REQUIRE(a.why.named.size() == 2);
  CHECK(ClaimText(run, run.claims[a.why.named[0]]) == "US$4.2 billion");
  CHECK(ClaimText(run, run.claims[a.why.named[1]]) == "US$4.5 billion");
  CHECK(a.why.more.empty());
}

TEST_CASE("alarm gate: an error needs both claims read and one statistical basis",
          "[align][verdict][gate]") {
  // Both say whose statistics: one basis, every part read: an error.
  CheckRun same =
      Check({Article("a", "2025-03-12",
                     "Arcadian customs data put Arcadia-Borealia trade in 2024 at US$4.2 billion."),
             Article("b", "2025-03-13",
                     "According to Arcadian customs figures, trade between Arcadia and Borealia "
                     "in 2024 was US$4.6 billion.")});
  REQUIRE(same.findings.size() == 1);
  CHECK(same.findings[0].severity == Severity::kError);
  // A bare "$" the pack's default filled in is a guess: info, saying why.
  CheckRun bare =
      Check({Article("a", "2025-03-12",
                     "Arcadian customs data put Arcadia-Borealia trade in 2024 at $4.2 billion."),
             Article("b", "2025-03-13",
                     "According to Arcadian customs figures, trade between Arcadia and Borealia "
                     "in 2024 was US$4.6 billion.")},
            "[pack]\ncurrency_defaults = { dollar = \"USD\" }\n");
  size_t conflicts = 0;
  for (const Finding& f : bare.findings) {
    if (f.rule != "cross-source-conflict") continue;
    ++conflicts;
    CHECK(f.severity == Severity::kNote);
    CHECK(f.message.find("identity unsure") != std::string::npos);
    CHECK(f.message.find("currency") != std::string::npos);
  }
  CHECK(conflicts == 1);
  // Subjects guessed from the document's main pair (nothing before the
  // figure names the partner; the article names it later): info.
  CheckRun guessed = Check(
      {Article("a", "2025-03-12",
               "Arcadian customs data put trade in 2024 at US$4.2 billion. Borealia's ports are "
               "busy. Borealia hosts a fair."),
       Article("b", "2025-03-13",
               "According to Arcadian customs figures, trade between Arcadia and Borealia "
               "in 2024 was US$4.6 billion.")});
  conflicts = 0;
  for (const Finding& f : guessed.findings)
    if (f.rule == "cross-source-conflict") {
      ++conflicts;
      CHECK(f.severity == Severity::kNote);
      CHECK(f.message.find("subjects") != std::string::npos);
    }
  CHECK(conflicts == 1);
}

TEST_CASE("different periods never align", "[align]") {
  CheckRun run =
      Check({Article("a", "2025-03-12", kTradeA),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2023 was US$5.1 billion.")});
  CHECK(run.aligned.alignments.empty());
}

TEST_CASE("verdict: target_vs_actual says how far the actual is", "[align][verdict]") {
  CheckRun run = Check(
      {Article("a", "2025-03-12", kTradeA),
       Article("b", "2025-03-13", "Arcadia and Borealia aim to raise trade to US$6 billion.")});
  CHECK(Verdicts(run) == std::vector<std::string>{"trade.bilateral target_vs_actual"});
  CHECK(run.aligned.alignments[0].reason ==
        "The latest actual figure, 4.2 billion USD (2024), is 1.8 billion USD short of the target "
        "of 6 billion USD "
        "(70% of it).");
}

TEST_CASE("verdict: trend when a growing stock is reported lower later", "[align][verdict]") {
  CheckRun run = Check({Article("a", "2024-01-10", "Borealia has 14 seaports."),
                        Article("b", "2025-03-13", "Borealia has 11 seaports.")});
  CHECK(Verdicts(run) == std::vector<std::string>{"ports.count trend"});
  CHECK(Rules(run) == std::vector<std::string>{"stock-decreased@14"});
}

TEST_CASE("currencies compare through a pack rate, else are not comparable", "[align][currency]") {
  // S$5.6 billion is US$4.2 billion at the pack's 0.75 rate.
  CheckRun run =
      Check({Article("a", "2025-03-12", kTradeA),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 was S$5.6 billion.")});
  CHECK(Verdicts(run) == std::vector<std::string>{"trade.bilateral compatible"});
  CheckRun no_rate =
      Check({Article("a", "2025-03-12", kTradeA),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 was €3.9 billion.")});
  CHECK(Rules(no_rate) == std::vector<std::string>{"currency-not-comparable@US$4.2 billion"});
  REQUIRE(no_rate.findings.size() == 1);
  CHECK(no_rate.findings[0].message ==
        "The same figure is given in currencies with no rate in the claim packs (4.2 billion USD, "
        "3.9 billion EUR); add a [[rate]] to compare them.");
  // A bare "$" takes the source's currency from the pack.
  CheckRun source =
      Check({Article("a", "2025-03-12", kTradeA),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 was $5.6 billion.",
                     "Borealia Daily")});
  CHECK(Verdicts(source) == std::vector<std::string>{"trade.bilateral compatible"});
  // The outlet's statistical basis travels with its claims.
  CHECK(source.claims[1].basis == "Borealian customs data");
  CHECK(source.claims[0].basis.empty());
}

TEST_CASE("verdict: exact figures whose rounding intervals only touch disagree",
          "[align][verdict]") {
  // 5.31 covers [5.305, 5.315) and 5.32 covers [5.315, 5.325): no value is both.
  CheckRun run = Check(
      {Article("a", "2025-03-12", "Arcadia's registered capital in Borealia is US$5.31 billion."),
       Article("b", "2025-03-13", "Arcadia's registered capital in Borealia is US$5.32 billion.")});
  CHECK(Verdicts(run) == std::vector<std::string>{"investment.stock conflict"});
  // The same figure written twice agrees.
  CheckRun same = Check(
      {Article("a", "2025-03-12", "Arcadia's registered capital in Borealia is US$5.31 billion."),
       Article("b", "2025-03-13", "Arcadia's registered capital in Borealia is US$5.31 billion.")});
  CHECK(Verdicts(same) == std::vector<std::string>{"investment.stock agree"});
}

TEST_CASE("verdict: each figure is compared with the other documents' figures",
          "[align][verdict]") {
  // Article a gives two values for 2016; one of them excludes article b's.
  CheckRun run =
      Check({Article("a", "2025-03-12",
                     "Arcadia-Borealia trade was US$2.6 billion in 2016, though other outlets "
                     "put Arcadia-Borealia trade in 2016 closer to US$3 billion."),
             Article("b", "2025-03-13", "Arcadia-Borealia trade in 2016 was US$3.05 billion.")});
  REQUIRE(run.aligned.alignments.size() == 1);
  CHECK(run.aligned.alignments[0].verdict == Verdict::kConflict);
  REQUIRE(run.aligned.alignments[0].disputed.size() == 2);
  CHECK(ClaimText(run, run.claims[run.aligned.alignments[0].disputed[0]]) == "US$2.6 billion");
}
