// Compound and fractional durations (issue 12): "3 years and 4 months" and
// "two weeks and three days" are one duration in the larger unit (units of
// fixed length with each other, months to centuries with each other), "half
// a year", "quarter of a century" and "three-quarters of an hour" a part of
// one unit, "two and a half decades" and "a half-century" as precise as
// written. Sentences written for these tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("compound and fractional durations", "[recognize][forms][durations]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"The reconstruction took 3 years and 4 months.",
       "3 years and 4 months => duration year =3.3333333333333335"},
      {"Half a year passed before the talks resumed.", "Half a year => duration year =0.5"},
      {"The country saw half a decade of reform.", "half a decade => duration year =5"},
      {"The coach's quarter of a century at the club ends today.",
       "quarter of a century => duration year =25 | today => date 2025-03-12/day"},
      {"The session lasted three-quarters of an hour.",
       "three-quarters of an hour => duration hour =0.75"},
      {"She served two years and six months in office.",
       "two years and six months => duration year =2.5"},
      {"The strike lasted a month and a half.", "a month and a half => duration month =1.5"},
      {"The match went on for an hour and a half.", "an hour and a half => duration hour =1.5"},
      {"The festival runs two weeks and three days.",
       "two weeks and three days => duration week =2.4285714285714284"},
      {"Two and a half decades of peace followed the accord.",
       "Two and a half decades => duration year =25"},
      {"The treaty marked a half-century of ties.", "a half-century => duration year =50"},
      {"The ministers met for five hours 30 minutes.",
       "five hours 30 minutes => duration hour =5.5"},
      {"The talks lasted 1 and a half hours.", "1 and a half hours => duration hour =1.5"},
      {"The contract runs 2 and a half years.", "2 and a half years => duration year =2.5"},
      {"The vote took 3/4 of an hour.", "3/4 of an hour => duration hour =0.75"},
      // A word between the count and its unit (issue 26); look-alike: no unit after it.
      {"He waited 3 extra minutes.", "3 extra minutes => duration minute =3"},
      {"It will take five more years.", "five more years => duration year =5"},
      {"Two full days passed.", "Two full days => duration day =2"},
      {"They hired 3 more staff.", "3 => number =3"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
