// Numerals (issue 12): the forms peers' English numeral examples show, in
// sentences of our own: "nil", "a couple", "a pair of", "a few", "several"
// (the lexicon's vague table), lakh abbreviations and plurals ("30 lkh", "12
// lakhs"), dozens of a hundred ("two hundred dozens" is 2,400), spelled
// decimals with a scale, plural scales, signs. Each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("numerals as news and peers write them", "[recognize][forms][numerals]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"The final ended nil-nil after extra time.", "nil => number =0 | nil => number =0"},
      {"A couple of hours later, a couple from Hue won the lottery.",
       "A couple of hours => duration hour [2, 3] ~2 | a couple => number [2, 3] ~2"},
      {"A few voters stayed home; several precincts closed early.",
       "A few => number [2, 4] ~3 | several => number [3, 7] ~3"},
      {"The district has 30 lkh residents and a budget of 12 lakhs.",
       "30 lkh => number [2950000, 3050000] ~3000000 | 12 lakhs => number [1150000, 1250000] "
       "~1200000"},
      {"The co-op ordered two hundred dozens eggs.", "two hundred dozens => number =2400"},
      {"The census counted two point two million households.",
       "two point two million => number [2150000, 2250000] ~2200000"},
      {"Three billions were set aside in the old budget.",
       "Three billions => number [2500000000, 3500000000] ~3000000000"},
      {"Minus 1,200,000 was the balance, or -1.2M in short.",
       "Minus 1,200,000 => number =-1200000 | -1.2M => number [-1250000, -1150000] ~-1200000"},
      {"Seven hundred twenty-one thousand twelve ballots were cast.",
       "Seven hundred twenty-one thousand twelve => number =721012"},
      {"The stadium seats fifteen hundred people.", "fifteen hundred => number =1500"},
      {"A pair of pandas arrived at the zoo.", "A pair => number =2"},
      {"Attendance reached 100K and then 3M online.",
       "100K => number [99500, 100500] ~100000 | 3M => number [2500000, 3500000] ~3000000"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
