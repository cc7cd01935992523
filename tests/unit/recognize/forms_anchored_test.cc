// Anchored periods (issue 12), each a run of days from the publication date
// (2025-03-12 here): "the past six months" and "over the coming decade" are
// durations that also carry their days (`anchored`), as TryUnitRun counts
// them; "this time two years ago" is the week around that day; "the second
// half of this year" a half of the year named; a fiscal year with its end
// month ("which ends in June") the twelve months up to it; "in the first
// eight months" with no period named the year of publication, or the one
// before when those months have not passed (an inferred date). Sentences written
// for these tests, each row reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("periods anchored to the publication date", "[recognize][forms][anchored]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"This time two years ago the port was closed.",
       "This time two years ago => date 2023-03-09..2023-03-15/week before"},
      {"This time last year prices were at a record.",
       "This time last year => date 2024-03-09..2024-03-15/week before"},
      {"In the past six months, sales rose sharply.",
       "six months => duration month =6 anchored=2024-09-12..2025-03-11"},
      {"Over the coming decade, demand for power will double.",
       "the coming decade => duration year =10 anchored=2025-03-13..2035-03-12"},
      {"The league has grown in the last three years.",
       "three years => duration year =3 anchored=2022-03-12..2025-03-11"},
      {"In the second half of this year, growth will slow.",
       "second half of this year => date 2025-07-01..2025-12-31/quarter"},
      {"The first quarter of next year looks better for exporters.",
       "The first quarter of next year => date 2026-01-01..2026-03-31/quarter after"},
      {"The ruling party has governed for the past 60 years.",
       "60 years => duration year =60 anchored=1965-03-12..2025-03-11"},
      {"By the end of next year, the line opens.",
       "end of next year => date 2026-09-01..2026-12-31/year q='By' after"},
      {"Earlier this week the minister met investors.",
       "Earlier this week => date 2025-03-10..2025-03-11/day before"},
      {"Early next year the census will be published.",
       "Early next year => date 2026-01-01..2026-04-30/year after"},
      {"Profit in fiscal 2024, which ends in June, rose 8%.",
       "fiscal 2024, which ends in June => date 2023-07-01..2024-06-30/year | 8% => percent =8 "
       "change=increase"},
      {"The fiscal year ending March 31, 2025 was the best on record.",
       "fiscal year ending March 31, 2025 => date 2024-04-01..2025-03-31/year"},
      {"Inflation averaged 3.2% in the first eight months.",
       "3.2% => percent [3.1500000000000004, 3.25] ~3.2 | the first eight months => date "
       "2024-01-01..2024-08-31/month inferred"},
      {"The rate has been cut three times since January.",
       "three => number =3 | January => date 2025-01-01..2025-01-31/month q='since'"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}

// Counts so large that the day they name lies outside the years a report's
// dates hold (0001-9999): never a backwards or negative date, never an
// integer overflow. The count stays readable as a duration, or the date is
// kept as written with no day to compare.
TEST_CASE("offsets past the years a date holds", "[recognize][forms][anchored]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"It happened 3000 years ago.", "3000 years ago => date ? OUT_OF_RANGE before"},
      {"The deal was signed 400 years ago.",
       "400 years ago => date 1625-01-01..1625-12-31/year before"},
      {"It opens in 5000000 weeks.", "5000000 weeks => duration week =5000000"},
      {"The last 90000000000 months were hard.",
       "90000000000 months => duration month =90000000000"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
