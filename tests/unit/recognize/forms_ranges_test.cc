// Ranges (issue 12): the unit or scale written on one end or both ("5 to 6
// billion", "between 2% and 3%", "€1bn-€2bn"); both ends carry the scale,
// and the ends written are the bounds, not widened by their precision ("5
// to 6 billion" is 5 to 6 billion, "9-9.5 billion" 9 to 9.5: issue 26).
// After a verb of change or motion "from X to Y" is two levels, not a
// range. Sentences written for these tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("ranges carry the scale to both ends and their ends are the bounds",
          "[recognize][forms][ranges]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      // The currency on both ends; two currencies are two amounts; after a
      // verb of motion two levels.
      {"Tickets cost from 5 dollars to 9 dollars.",
       "from 5 dollars to 9 dollars => money ?dollar [5, 9]"},
      {"Fees are between 10 euros and 20 euros.",
       "between 10 euros and 20 euros => money EUR [10, 20]"},
      {"Stamps cost 5 cents to 9 cents.", "5 cents to 9 cents => money ?dollar [0.05, 0.09]"},
      {"It cost 10 euros to 20 dollars.",
       "10 euros => money EUR =10 | 20 dollars => money ?dollar =20"},
      {"Prices rose from 5 dollars to 9 dollars.",
       "5 dollars => money ?dollar =5 | 9 dollars => money ?dollar =9"},
      {"Revenue of 5 to 6 billion dollars is expected next year.",
       "5 to 6 billion dollars => money ?dollar [5000000000, 6000000000] | next year => date "
       "2026-01-01..2026-12-31/year after"},
      {"Economists see growth of between 2% and 3% in 2026.",
       "between 2% and 3% => percent [2, 3] | 2026 => date 2026-01-01..2026-12-31/year"},
      {"The fund raised €1bn-€2bn from pension schemes.",
       "€1bn-€2bn => money EUR [1000000000, 2000000000]"},
      {"Between 1,200 and 1,500 jobs will go at the plant.",
       "Between 1,200 and 1,500 => number [1200, 1500]"},
      {"The stadium will seat 2.5 to 3.5 thousand fans.",
       "2.5 to 3.5 thousand => number [2500, 3500]"},
      {"Turnout was 55-60% in the rural districts.", "55-60% => percent [55, 60]"},
      {"Costs were put at US$9-9.5 billion.",
       "US$9-9.5 billion => money USD [9000000000, 9500000000]"},
      {"The squad has 20 to 25 players, from 18 to 34 years old.",
       "20 to 25 => number [20, 25] | from 18 to 34 years => duration year [18, 34]"},
      {"Prices went from 2% to 3% over the year.", "2% => percent =2 | 3% => percent =3"},
      {"The index rose from 1,000 to 1,200 points.",
       "1,000 => number =1000 | 1,200 => number =1200"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
