// Each single-document rule fires on a wrong article and passes on a right one.
#include <catch2/catch.hpp>

#include "../check_util.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {
std::vector<std::string> Passed(const CheckRun& run) {
  std::vector<std::string> out;
  for (const auto& f : run.checks) out.push_back(f.rule);
  return out;
}
}  // namespace

TEST_CASE("duration-vs-dates", "[compare][rules]") {
  CheckRun bad = Check({Article(
      "a", "2025-03-12", "It was the first visit in nearly five years (since August 2017).")});
  CHECK(Rules(bad) == std::vector<std::string>{"duration-vs-dates@five years"});
  CheckRun good = Check({Article(
      "a", "2025-03-12", "It was the first visit in nearly eight years (since August 2017).")});
  CHECK(good.findings.empty());
  CHECK(Passed(good) == std::vector<std::string>{"duration-vs-dates"});
}

TEST_CASE("duration-vs-reference and anniversary-vs-reference use pack facts", "[compare][rules]") {
  CheckRun bad =
      Check({Article("a", "2025-03-12",
                     "Arcadia and Borealia marked 25 years of diplomatic relations and the 30th "
                     "anniversary of their diplomatic relations.")});
  CHECK(Rules(bad) == std::vector<std::string>{"duration-vs-reference@25 years",
                                               "anniversary-vs-reference@30th"});
  CheckRun good =
      Check({Article("a", "2025-03-12",
                     "Arcadia and Borealia marked 35 years of diplomatic relations and the 35th "
                     "anniversary of their diplomatic relations.")});
  CHECK(good.findings.empty());
  CHECK(Passed(good) ==
        std::vector<std::string>{"duration-vs-reference", "anniversary-vs-reference"});
}

TEST_CASE("count-vs-list", "[compare][rules]") {
  CheckRun bad =
      Check({Article("a", "2025-03-12", "The four partners are Arcadia, Borealia and Celestia.")});
  CHECK(Rules(bad) == std::vector<std::string>{"count-vs-list@four"});
  CheckRun good = Check({Article(
      "a", "2025-03-12", "The 3 partners are Arcadia (1990), Borealia (2001), and Celestia.")});
  CHECK(good.findings.empty());
  CHECK(Passed(good) == std::vector<std::string>{"count-vs-list"});
}

TEST_CASE("weekday-vs-date", "[compare][rules]") {
  CheckRun bad = Check({Article("a", "2025-03-27", "They met on Tuesday, March 26, 2025.")});
  CHECK(Rules(bad) == std::vector<std::string>{"weekday-vs-date@Tuesday, March 26, 2025"});
  CHECK(bad.findings[0].message ==
        "\"Tuesday, March 26, 2025\" gives Tuesday, but 2025-03-26 is a Wednesday.");
  // What the rule found is data; the sentence above is report/'s wording of it.
  const FindingFacts& facts = bad.findings[0].facts;
  CHECK(!facts.passed);
  CHECK(facts.stated == 2);  // Tuesday
  CHECK(facts.actual == 3);  // Wednesday
  CHECK(facts.date == DaysFromCivil(2025, 3, 26));
  CheckRun good = Check({Article("a", "2025-03-27", "They met on Wednesday, March 26, 2025.")});
  CHECK(good.findings.empty());
  REQUIRE(good.checks.size() == 1);
  CHECK(good.checks[0].facts.passed);
  CHECK(good.checks[0].message == "\"Wednesday, March 26, 2025\": 2025-03-26 is a Wednesday.");
}

TEST_CASE("relative-date", "[compare][rules]") {
  CheckRun bad =
      Check({Article("a", "2025-03-12",
                     "On March 10, Arcadia signed. Two weeks earlier, on March 1, Borealia did.")});
  CHECK(Rules(bad) == std::vector<std::string>{"relative-date@March 10"});
  CheckRun good = Check(
      {Article("a", "2025-03-12",
               "On March 10, Arcadia signed. Two weeks earlier, on February 25, Borealia did.")});
  CHECK(good.findings.empty());
}

TEST_CASE("no-such-date", "[compare][rules]") {
  CheckRun bad = Check({Article("a", "2025-03-12", "The accord was signed on February 30, 2025.")});
  CHECK(Rules(bad) == std::vector<std::string>{"no-such-date@February 30, 2025"});
}

TEST_CASE("noise: figures that are not claims produce no finding", "[compare][noise]") {
  CheckRun run =
      Check({Article("a", "2025-03-12",
                     "The two leaders held talks for three hours. It was the first such visit. "
                     "The 14th congress opened in January 2026 with 1,600 delegates."),
             Article("b", "2025-03-12", "Some 1,580 delegates attended the 14th congress.")});
  CHECK(run.findings.empty());
}
