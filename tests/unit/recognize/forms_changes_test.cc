// Signs and changes (issue 12): a figure that states a rise or a fall keeps
// its value as written and carries the direction in Mention::change, from
// the lexicon's `change` words before it ("slumped", "fell by", "down", "a
// shortfall of") or after it ("a 15% drop"), or a minus before a currency
// symbol. The look-alikes are levels, not changes or bounds: the figure
// after "to"/"from", "went up to 5%", "rose from 2% to 3%". Sentences written
// for these tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../check_util.h"
#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("a rise or a fall is carried with the figure", "[recognize][forms][changes]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"Shares slumped 4% on Monday.",
       "4% => percent =4 change=decrease | Monday => date 2025-03-10/day inferred weekday=Monday"},
      {"The economy shrank 0.5 per cent in the second quarter.",
       "0.5 per cent => percent [0.45, 0.55] ~0.5 change=decrease | second => rank =2"},
      {"The state faces a shortfall of $3 billion.",
       "$3 billion => money ?dollar [2500000000, 3500000000] ~3000000000 change=decrease"},
      {"Sales were down 5% on the year.", "5% => percent =5 change=decrease"},
      {"Net flows into the fund were -$2bn in March.",
       "-$2bn => money ?dollar [1500000000, 2500000000] ~2000000000 change=decrease | March => "
       "date 2025-03-01..2025-03-31/month"},
      {"Exports rose 12% to $10 billion.",
       "12% => percent =12 change=increase | $10 billion => money ?dollar [9500000000, "
       "10500000000] ~10000000000"},
      {"Unemployment went up to 5% in May.",
       "5% => percent =5 | May => date 2025-05-01..2025-05-31/month"},
      {"The rate went from 2% to 3%.", "2% => percent =2 | 3% => percent =3"},
      {"Inflation eased to 3.1% from 3.4%.",
       "3.1% => percent [3.0500000000000003, 3.15] ~3.1 | 3.4% => percent [3.35, "
       "3.4499999999999997] ~3.4"},
      {"Turnout fell by nearly 8 percentage points.",
       "8 percentage points => percent [7.2, 8) ~8 q='nearly' points change=decrease"},
      {"The club reported a 15% drop in attendance.", "15% => percent =15 change=decrease"},
      {"GDP growth of -0.5% was recorded.",
       "-0.5% => percent [-0.55, -0.45] ~-0.5 change=increase"},
      {"Imports jumped 20 per cent while exports fell 20 per cent.",
       "20 per cent => percent =20 change=increase | 20 per cent => percent =20 change=decrease"},
      {"The carmaker plans to cut up to 700 contract jobs.",
       "700 => number (-inf, 700] ~700 q='up to' change=decrease"},
      {"The population grew by 1.2 million to 98 million.",
       "1.2 million => number [1150000, 1250000] ~1200000 change=increase | 98 million => number "
       "[97500000, 98500000] ~98000000"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}

TEST_CASE("a rise and a fall of the same size never compare equal",
          "[recognize][forms][changes][align]") {
  using crosscheck::testing::Article;
  using crosscheck::testing::Check;
  auto verdict = [](const char* a, const char* b) {
    crosscheck::CheckRun run =
        Check({Article("a", "2025-03-12", a), Article("b", "2025-03-13", b)});
    REQUIRE(run.aligned.alignments.size() == 1);
    return std::string(crosscheck::VerdictName(run.aligned.alignments[0].verdict));
  };
  CHECK(verdict("Arcadia-Borealia two-way trade in 2024 rose 5% over 2023.",
                "Arcadia-Borealia two-way trade in 2024 fell 5% from 2023.") == "conflict");
  CHECK(verdict("Arcadia-Borealia two-way trade in 2024 rose 5% over 2023.",
                "Arcadia-Borealia two-way trade in 2024 increased by 5% over 2023.") == "agree");
  CHECK(verdict("Arcadia-Borealia two-way trade in 2024 shrank 0.5% from 2023.",
                "Arcadia-Borealia two-way trade in 2024 showed growth of -0.5% over 2023.") !=
        "conflict");
}
