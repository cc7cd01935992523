#include <catch2/catch.hpp>

#include "../check_util.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {
// "metric subjects period/as_of modality text" for each claim.
std::vector<std::string> Claims(const CheckRun& run) { return ClaimLines(run, false); }
}  // namespace

TEST_CASE("figures bind to the nearest metric cue, with subjects and period", "[extract]") {
  CheckRun run = Check(
      {Article("a", "2025-03-12",
               "Arcadia and Borealia met in Velm. In 2024, two-way trade reached US$4.2 billion. "
               "Borealia now has 14 seaports. The Arcadian delegation had two days of talks.")});
  CHECK(Claims(run) == std::vector<std::string>{
                           "trade.bilateral [AR,BO] 2024 actual 'US$4.2 billion'",
                           "ports.count [BO] as of 2025-03-12 actual '14'",
                       });
}

TEST_CASE("modality: estimates, targets and forecasts", "[extract][modality]") {
  CheckRun run = Check({Article(
      "a", "2025-03-12",
      "Arcadia and Borealia trade in 2024 is estimated at US$4 billion.\n\n"
      "Arcadia and Borealia aim to lift trade to US$10 billion by 2030.\n\n"
      "Arcadia-Borealia trade is expected to reach US$5 billion in 2025, minister Ola Hen said.")});
  CHECK(Claims(run) == std::vector<std::string>{
                           "trade.bilateral [AR,BO] 2024 estimate 'US$4 billion'",
                           "trade.bilateral [AR,BO] 2030 target 'US$10 billion'",
                           "trade.bilateral [AR,BO] deadline of 10 billion USD: 2030 target '2030'",
                           "trade.bilateral [AR,BO] 2025 forecast 'US$5 billion' by Ola Hen",
                       });
}

TEST_CASE("subjects come from earlier sentences when the figure's sentence has none",
          "[extract][subjects]") {
  CheckRun run =
      Check({Article("a", "2025-03-12",
                     "Leaders of Arcadia and Celestia met on Monday. They praised the ties. "
                     "Two-way trade in 2024 was US$3 billion.")});
  REQUIRE(run.claims.size() == 1);
  CHECK(run.claims[0].subjects == std::vector<std::string>{"AR", "CE"});
}

TEST_CASE("entity names match in plural and across dashes", "[extract][subjects]") {
  CheckRun run = Check({Article(
      "a", "2025-03-12", "Arcadians and Borealians: two-way trade in 2024 was US$3 billion.")});
  REQUIRE(run.claims.size() == 1);
  CHECK(run.claims[0].subjects == std::vector<std::string>{"AR", "BO"});
  CheckRun dash = Check({Article("a", "2025-03-12",
                                 "Arcadia\xE2\x80\x93"
                                 "Borealia trade in 2024 was US$3 billion.")});
  REQUIRE(dash.claims.size() == 1);
  CHECK(dash.claims[0].subjects == std::vector<std::string>{"AR", "BO"});
}

TEST_CASE("figures no pack describes become generic claims; determiners do not",
          "[extract][generic]") {
  CheckRun run =
      Check({Article("a", "2025-03-12",
                     "Arcadia hosted 350 delegates. The two countries signed three accords. "
                     "The 4 other ports are small.")});
  CHECK(Claims(run) == std::vector<std::string>{"generic:number:deleg:AR [AR] - actual '350'"});
}

TEST_CASE("claim values read as an editor writes them", "[extract][describe]") {
  struct Row {
    const char* sentence;
    const char* described;
  };
  const Row rows[] = {
      {"Arcadia-Borealia trade in 2024 was an estimated US$10.3 billion.",
       "an estimated 10.3 billion USD"},
      {"Arcadia-Borealia trade in 2024 was US$9-9.5 billion.", "9-9.5 billion USD"},
      {"Arcadia-Borealia trade in 2024 was US$12,500.", "12,500 USD"},
      {"Arcadia-Borealia trade in 2024 was US$450 million.", "450 million USD"},
      {"Arcadia-Borealia trade in 2024 was more than US$1.25 trillion.",
       "more than 1.25 trillion USD"},
  };
  for (const Row& r : rows) {
    INFO(r.sentence);
    CheckRun run = Check({Article("a", "2025-03-12", r.sentence)});
    REQUIRE(!run.claims.empty());
    CHECK(DescribeValue(run.claims[0]) == r.described);
  }
}
