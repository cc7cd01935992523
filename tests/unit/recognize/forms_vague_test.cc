// Vague magnitudes (issue 12) as the documented intervals of the lexicon's
// `vague` table: "a couple of" [2, 3], "a handful of" [2, 9], "dozens of"
// [24, 200), "hundreds of" [200, 1000), "tens of millions of" [2e7, 1e8),
// "billions of dollars" money [2e9, 1e12) ... A plural scale may stand
// without its "of" ("tens of thousands left"); before a time unit the
// duration reader keeps "a couple of weeks"; a vague count before a scale
// multiplies it ("several hundred" [300, 700]). Sentences written for these
// tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("vague magnitudes read as documented intervals", "[recognize][forms][vague]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"Scores of people gathered outside parliament.", "Scores => number [40, 200)"},
      {"Hundreds of firms applied for the subsidy.", "Hundreds => number [200, 1000)"},
      {"Thousands of jobs were lost in the downturn.", "Thousands => number [2000, 1000000)"},
      {"Tens of millions of dollars were spent on the campaign.",
       "Tens of millions of dollars => money ?dollar [20000000, 100000000)"},
      {"Billions of dollars flowed into the sector.",
       "Billions of dollars => money ?dollar [2000000000, 1000000000000)"},
      {"A handful of countries objected to the resolution.", "A handful => number [2, 9] ~5"},
      {"A couple of ministers resigned after the vote.", "A couple => number [2, 3] ~2"},
      {"Dozens of fans were hurt and tens of thousands left early.",
       "Dozens => number [24, 200) | tens of thousands => number [20000, 100000)"},
      {"Hundreds of thousands of people moved to the cities.",
       "Hundreds of thousands => number [200000, 1000000)"},
      {"The club has millions of followers online.", "millions => number [2000000, 1000000000)"},
      {"A couple of weeks later, a few days passed.",
       "A couple of weeks => duration week [2, 3] ~2 | a few days => duration day [2, 4] ~3"},
      {"Thousands protested in the capital.", "Thousands => number [2000, 1000000)"},
      // A vague count of a scale is that many of it (issue 26).
      {"Several hundred workers joined the strike.", "Several hundred => number [300, 700] ~300"},
      {"A few thousand people came.", "A few thousand => number [2000, 4000] ~3000"},
      {"A few hundred thousand dollars were lost.",
       "A few hundred thousand dollars => money ?dollar [200000, 400000] ~300000"},
      // Look-alikes: no scale after it, or a plural scale (its own phrase).
      {"Several of them came.", "Several => number [3, 7] ~3"},
      {"A few hundreds of coins.", "A few => number [2, 4] ~3 | hundreds => number [200, 1000)"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
