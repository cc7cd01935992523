// Multipliers and fractions (issue 12): "three times as large" and "twice
// the size" (a ratio only before "as", "the", a comparative ...: "visited
// three times" counts), shares ("one in ten", "1 in 4"), fractions of a
// percentage point, "3pc" (against the digits only), "ppt" and basis points
// ("25 bps"). Sentences written for these tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("multipliers, shares and fractions of a point", "[recognize][forms][multipliers]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"China's imports are three times as large as Japan's.", "three times => ratio =3"},
      {"The new terminal is 3 times the size of the old one.",
       "3 times => ratio =3 | one => number =1"},
      {"The minister visited the region three times last year.",
       "three => number =3 | last year => date 2024-01-01..2024-12-31/year before"},
      {"Exports to the bloc were twice as high as in 2019.",
       "twice => ratio =2 | 2019 => date 2019-01-01..2019-12-31/year"},
      {"One in ten adults in the city is unemployed.", "One in ten => number =0.1"},
      {"Nearly 1 in 4 children lives below the poverty line.",
       "1 in 4 => number [0.225, 0.25) ~0.25 q='Nearly'"},
      {"Two-thirds of the budget goes to salaries.", "Two-thirds => number =0.6666666666666666"},
      {"The central bank cut rates by a quarter of a percentage point.",
       "a quarter of a percentage point => percent =0.25 points"},
      {"Inflation was running at 3pc, with 3 PCs per classroom.",
       "3pc => percent =3 | 3 => number =3"},
      {"The Fed raised rates by 25 bps and the ECB by 50bp.",
       "25 bps => percent =0.25 points | 50bp => percent =0.5 points"},
      {"Unemployment fell 0.4ppt to 5.1%.",
       "0.4ppt => percent [0.35000000000000003, 0.45] ~0.4 points change=decrease | 5.1% => "
       "percent [5.05, 5.1499999999999995] ~5.1"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
