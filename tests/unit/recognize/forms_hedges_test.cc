// Approximation idioms and bounds written as verbs or idioms (issue 12): the
// lexicon's hedge tables before the figure ("something like", "in the
// vicinity of", "the best part of", "passed the milestone of", "a shade
// under", "better than", "at least as many as"), after it ("or
// thereabouts", "give or take", "more or less", across the counted noun and
// a comma), and "missed", which bounds only money and percentages.
// Sentences written for these tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("approximation idioms and bounds as verbs", "[recognize][forms][hedges]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"The deal is worth $5 billion, give or take.",
       "$5 billion => money ?dollar [4500000000, 5500000000] ~5000000000 q='give or take'"},
      {"Something like 300 people came to the rally.",
       "300 => number [270, 330] ~300 q='Something like'"},
      {"In the vicinity of 2,000 troops remain in the province.",
       "2,000 => number [1800, 2200] ~2000 q='In the vicinity of'"},
      {"The repairs took the best part of a year.",
       "a year => duration year [0.5, 1) ~1 q='the best part of'"},
      {"The country has enjoyed a decade and a half of growth.",
       "a decade and a half => duration year =15"},
      {"The two parties marked a half-century of cooperation.",
       "two => number =2 | a half-century => duration year =50"},
      {"About two-thirds of voters backed the measure.",
       "two-thirds => number [0.6, 0.7333333333333333] ~0.6666666666666666 q='About'"},
      {"Circa 1,500 delegates attended the congress.",
       "1,500 => number [1350, 1650] ~1500 q='Circa'"},
      {"Exports surpassed $10 billion for the first time.",
       "$10 billion => money ?dollar (10000000000, +inf) ~10000000000 q='surpassed' | first => "
       "rank =1"},
      {"Sales passed the milestone of 1 million units.",
       "1 million => number (1000000, +inf) ~1000000 q='passed the milestone of'"},
      {"Better than 40% of households own a car.", "40% => percent (40, +inf) ~40 q='Better than'"},
      {"Inflation ran a touch over 3% in May.",
       "3% => percent (3, 3.3] ~3 q='a touch over' | May => date 2025-05-01..2025-05-31/month"},
      {"The jobless rate sat a shade under 2%.", "2% => percent [1.8, 2) ~2 q='a shade under'"},
      {"Growth came in below 2% for the year.", "2% => percent (-inf, 2) ~2 q='below'"},
      {"Revenue missed $4 billion, while the striker missed 3 games.",
       "$4 billion => money ?dollar (-inf, 4000000000) ~4000000000 q='missed' | 3 => number =3"},
      {"At least as many as 50 firms signed up.",
       "50 => number [50, +inf) ~50 q='At least as many as'"},
      {"The stadium holds 60,000 fans or thereabouts.",
       "60,000 => number [54000, 66000] ~60000 q='or thereabouts'"},
      {"The marathon drew 40,000 runners, more or less.",
       "40,000 => number [36000, 44000] ~40000 q='more or less'"},
      {"The ruling party won north of 300 seats.", "300 => number (300, +inf) ~300 q='north of'"},
      {"Attendance fell just short of 10,000.",
       "10,000 => number [9000, 10000) ~10000 q='just short of'"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
