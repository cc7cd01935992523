// Table-driven recognizer tests. Each row: a sentence and every mention in
// it as "text => dump" (see DumpValue), anchored to a publication date of
// 2025-03-12. Rows were reviewed by hand when added; a change in any of them
// is a change in behaviour users see.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("news figures: money, hedges, percentages, counts, ranks, durations, dates",
          "[recognize]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"In 2024, two-way trade exceeded US$9 billion.",
       "2024 => date 2024-01-01..2024-12-31/year | two => number =2 | US$9 billion => money USD "
       "(9000000000, +inf) ~9000000000 q='exceeded'"},
      {"Trade is estimated to reach 10.3 billion USD.",
       "10.3 billion USD => money USD [10250000000, 10350000000] ~10300000000"},
      {"It reached 16.7 billion USD in 2024.",
       "16.7 billion USD => money USD [16650000000, 16750000000] ~16700000000 | 2024 => date "
       "2024-01-01..2024-12-31/year"},
      {"Investment of S$1.2 million and €5bn and £3.5m.",
       "S$1.2 million => money SGD [1150000, 1250000] ~1200000 | €5bn => money EUR [4500000000, "
       "5500000000] ~5000000000 | £3.5m => money GBP [3450000, 3550000] ~3500000"},
      {"A deal worth VND 100 billion, or 5 trillion dong, or Rp 7 trillion.",
       "VND 100 billion => money VND [99500000000, 100500000000] ~100000000000 | 5 trillion dong "
       "=> money VND "
       "[4500000000000, 5500000000000] ~5000000000000 | Rp 7 trillion => money IDR [6500000000000, "
       "7500000000000] ~7000000000000"},
      {"It cost $500 million.", "$500 million => money ?dollar [499500000, 500500000] ~500000000"},
      {"Costs were between $5 and $7 million.",
       "between $5 and $7 million => money ?dollar [5000000, 7000000]"},
      {"Exports rose 12% and 3.5 per cent and 2 percentage points.",
       "12% => percent =12 change=increase | 3.5 per cent => percent [3.45, 3.55] ~3.5 | 2 "
       "percentage points => percent =2 points"},
      {"There are 18 VSIPs and more than a dozen parks and nearly eight years.",
       "18 => number =18 | a dozen => number (12, +inf) ~12 q='more than' | eight years => "
       "duration year [7.2, 8) ~8 q='nearly'"},
      {"About 20,000 people; at least 40 activities; up to 700 jobs; fewer than 30 firms.",
       "20,000 => number [18000, 22000] ~20000 q='About' | 40 => number [40, +inf) ~40 q='at "
       "least' | 700 => number (-inf, 700] ~700 q='up to' | 30 => number (-inf, 30) ~30 q='fewer "
       "than'"},
      {"Twenty-one members, one hundred and five seats, a hundred days, two-thirds of voters, half "
       "a million people.",
       "Twenty-one => number =21 | one hundred and five => number =105 | a hundred days => "
       "duration day =100 | two-thirds => number =0.6666666666666666 | half a million => number "
       "=500000"},
      {"It is the second-largest investor and the 14th congress and the first visit.",
       "second-largest => rank =2 | 14th => rank =14 | first => rank =1"},
      {"The 70th anniversary of ties.", "70th => rank =70 anniversary"},
      {"The Golden Jubilee of the club, the town's centenary and a silver anniversary; gold rose.",
       "Golden Jubilee => rank =50 anniversary | centenary => rank =100 anniversary | silver "
       "anniversary => rank =25 anniversary"},
      // Ranks without an ordinal: a superlative after "the" or a possessive is
      // the first; "top N" and "the N top" run from 1 to N.
      {"The club is among the top five in the league, one of the three top scorers and the "
       "city's largest employer.",
       "top five => rank [1, 5] | one => number =1 | three top => rank [1, 3] | largest => rank "
       "=1"},
      {"She is one of the 12 largest donors and among the four biggest lenders; the 3rd "
       "largest.",
       "one => number =1 | 12 largest => rank [1, 12] | four biggest => rank [1, 4] | 3rd => "
       "rank =3"},
      // An ordinal before a superlative is a rank of its own, not "top N".
      {"It is the 9th largest lender.", "9th => rank =9"},
      {"A top-10 finish, the top 3 and the top official; the largest, and largest gains, top ten.",
       "top-10 => rank [1, 10] | top 3 => rank [1, 3] | top ten => rank [1, 10]"},
      {"Trade quadrupled and exports doubled; a threefold rise; a 3-fold rise.",
       "quadrupled => ratio =4 | doubled => ratio =2 | threefold => ratio =3 | 3-fold => ratio =3"},
      {"Relations of more than 50 years, a 70-year history, five decades, two weeks.",
       "50 years => duration year (50, +inf) ~50 q='more than' | 70-year => duration year =70 | "
       "five decades => duration year [45, 55] ~50 | two weeks => duration week =2"},
      {"Two weeks earlier, on February 26, leaders met. Three years later it grew.",
       "Two weeks earlier => duration week =2 before | February 26 => date 2025-02-26/day | Three "
       "years later => duration year =3 after"},
      {"He visited on Wednesday, March 26, 2025.",
       "Wednesday, March 26, 2025 => date 2025-03-26/day weekday=Wednesday"},
      {"The visit ran March 9-13 and from March 9 to 13, 2025.",
       "March 9-13 => date 2025-03-09..2025-03-13/day | from March 9 to 13, 2025 => date "
       "2025-03-09..2025-03-13/day"},
      {"Talks were held on 12 March 2025 and on 2025-03-12 and on 3/12/2025.",
       "12 March 2025 => date 2025-03-12/day | 2025-03-12 => date 2025-03-12/day | 3/12/2025 => "
       "date 2025-03-12/day"},
      {"Relations began in 1973 (1955) and the plan for 2025-30 and 1999-2004.",
       "1973 => date 1973-01-01..1973-12-31/year | 1955 => date 1955-01-01..1955-12-31/year | "
       "2025-30 => date 2025-01-01..2030-12-31/year | 1999-2004 => date "
       "1999-01-01..2004-12-31/year"},
      {"In the late 1990s and since August 2017 and by 2045 and mid-2024.",
       "late 1990s => date 1996-08-31..1999-12-31/decade | August 2017 => date "
       "2017-08-01..2017-08-31/month q='since' | 2045 => date 2045-01-01..2045-12-31/year q='by' | "
       "mid-2024 => date 2024-05-01..2024-08-31/year"},
      {"It happened today, yesterday, last year and two months ago.",
       "today => date 2025-03-12/day | yesterday => date 2025-03-11/day before | last year => date "
       "2024-01-01..2024-12-31/year before | two months ago => date 2025-01-01..2025-01-31/month "
       "before"},
      {"The date February 30, 2025 does not exist.",
       "February 30, 2025 => date ? 2025-02-30 invalid"},
      {"Results for Q3 2024 and the first quarter of 2025.",
       "Q3 2024 => date 2024-07-01..2024-09-30/quarter | the first quarter of 2025 => date "
       "2025-01-01..2025-03-31/quarter"},
      {"Over the past decade trade grew, in March it fell.",
       "the past decade => duration year =10 anchored=2015-03-12..2025-03-11 | March => date "
       "2025-03-01..2025-03-31/month"},
      {"The G20 and COVID-19 and ASEAN-10 are names.", ""},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}

// Bounds written after the figure, two-sided bounds and comparison signs.
// Rows reviewed by hand: "or more" is at least (closed), an opposite bound
// after "and"/"but"/"," closes the interval, a conjunction is no bound.
TEST_CASE("bounds after the figure and on both sides", "[recognize][hedges]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"The number is above 1000 and below 1500.",
       "1000 and below 1500 => number (1000, 1500) q='above'"},
      {"At most 100, and at least 20 apples.",
       "100, and at least 20 => number [20, 100] q='At most'"},
      {"Rates at or above 5% but no greater than 7%.",
       "5% but no greater than 7% => percent [5, 7] q='at or above'"},
      {"Over 300 and under 100.",
       "300 => number (300, +inf) ~300 q='Over' | 100 => number (-inf, 100) ~100 q='under'"},
      {"He earned US$5 and more importantly won.", "US$5 => money USD =5"},
      {"A dozen or so people came.", "A dozen => number [10.8, 13.2] ~12 q='or so'"},
      {"Residents aged 65 and over.", "65 => number [65, +inf) ~65 q='and over'"},
      {"50 or more people died; 10 or fewer were hurt.",
       "50 => number [50, +inf) ~50 q='or more' | 10 => number (-inf, 10] ~10 q='or fewer'"},
      {"It lasted 30 years or more.", "30 years => duration year [30, +inf) ~30 q='or more'"},
      {"Is 5 or more than 6?", "5 => number =5 | 6 => number (6, +inf) ~6 q='more than'"},
      {"Numbers less than or equal to 100.",
       "100 => number (-inf, 100] ~100 q='less than or equal to'"},
      {"A fine not exceeding US$500.", "US$500 => money USD (-inf, 500] ~500 q='not exceeding'"},
      {"Scores >= 30; scores <= 8.",
       "30 => number [30, +inf) ~30 q='>=' | 8 => number (-inf, 8] ~8 q='<='"},
      {"Grades 6 through 8; ages 12 thru 10.",
       "6 through 8 => number [6, 8] | 12 => number =12 | 10 => number =10"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}

// A spelled number ending in an ordinal word is one rank; a plural ordinal
// is a fraction, and an ordinal glued to a word ("first-time") is not part
// of the number. Rows reviewed by hand.
TEST_CASE("spelled ordinals with a cardinal before them", "[recognize][numbers]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"The one hundred twenty-fifth anniversary of the treaty.",
       "one hundred twenty-fifth => rank =125 anniversary"},
      {"Its two hundredth anniversary falls in 2026.",
       "two hundredth => rank =200 anniversary | 2026 => date 2026-01-01..2026-12-31/year"},
      {"The twenty first century began.", "twenty first => rank =21"},
      {"Twenty first-time voters came.", "Twenty => number =20 | first-time => rank =1"},
      {"One fifth of the vote; five hundredths of a second.",
       "One fifth => number =0.2 | five hundredths of a second => duration second =0.05"},
      {"The one hundred twelfth session opened.", "one hundred twelfth => rank =112"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}

TEST_CASE("number words, fractions and notations", "[recognize][numbers]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"They hired three hundred and two dozens workers.",
       "three hundred and two dozens => number =324"},
      {"It took one hundred and three quarters of an hour; two hundred and fifty-four hundredths.",
       "one hundred and three quarters of an hour => duration hour =100.75 | two hundred and "
       "fifty-four hundredths => number =200.54"},
      {"There are 3 million and a half residents and five and a half million fish.",
       "3 million and a half => number =3500000 | five and a half million => number =5500000"},
      {"I can give you 4 thousand 3 hundred and 21 yuan, not 3 hundred and 2 hundred.",
       "4 thousand 3 hundred and 21 yuan => money CNY =4321 | 3 hundred => number [250, 350] ~300 "
       "| 2 hundred => number [150, 250] ~200"},
      {"A twenty-first of it, three fifths of that, one hundred thirty fifths, a trillionth.",
       "A twenty-first => number =0.047619047619047616 | three fifths => number =0.6 | one "
       "hundred thirty fifths => number =2.857142857142857 | a trillionth => number "
       "=0.000000000001"},
      {"One out of three voters, 2 out of 500 firms, twelve out of ten.",
       "One out of three => number =0.3333333333333333 | 2 out of 500 => number =0.004 | twelve "
       "=> number =12 | ten => number =10"},
      {"The ratio was one over three.", "one over three => number =0.3333333333333333"},
      {"Loans of $10000 over 3 years rose over 2019.",
       "$10000 => money ?dollar =10000 | 3 years => duration year (3, +inf) ~3 q='over' | 2019 => "
       "date 2019-01-01..2019-12-31/year"},
      {"Values of 1.3e6, 6.23x10^-4 and 2.5^-1 and minus 5.",
       "1.3e6 => number =1300000 | 6.23x10^-4 => number =0.0006230000000000001 | 2.5^-1 => "
       "number =0.4 | minus 5 => number =-5"},
      {"Some write 1 234 567.89 or 5,00 or 1,3.",
       "1 234 567.89 => number [1234567.885, 1234567.8949999998] ~1234567.89 | 5,00 => number "
       "[4.995, 5.005] ~5 | 1,3 => number [1.25, 1.35] ~1.3"},
      {"Costs were 6 crore and two hundred, or three lakh crore.",
       "6 crore and two hundred => number =60000200 | three lakh crore => number [2500000000000, "
       "3500000000000] ~3000000000000"},
      {"The 5G network and 3D printers.", ""},
      {"See http://example.com/a?id=30%25%2020% for more.", ""},
      {"Rates fell minus five percent; per cent of 210 is odd.",
       "minus five percent => percent =-5 change=decrease | 210 => number =210"},
      {"It cost 3 dollars 50 cents, then 15 USD 50.",
       "3 dollars 50 cents => money ?dollar =3.5 | 15 USD 50 => money USD =15.5"},
      // Unnamed minor units only at a clause end.
      {"It cost 15 dollars and 2 = 3 tonnes.",
       "15 dollars => money ?dollar =15 | 2 => number =2 | 3 => number =3"},
      // Out of range: kept as written and flagged, never silently changed.
      {"It was 1.5x10^400 dollars, or 1e400.",
       "1.5x10^400 dollars => money ?dollar (-inf, +inf) overflow | 1e400 => number (-inf, +inf) "
       "overflow"},
      {"On 12 March 99999 and in the year 12000 and in year 1.",
       "12 March 99999 => date ? 99999-03-12 invalid | 12000 => date ? 12000 invalid | 1 => date "
       "0001-01-01..0001-12-31/year"},
      {"They lost 75 USD million, then 30 MUSD; MAUD 60 in revenue.",
       "75 USD million => money USD [74500000, 75500000] ~75000000 | 30 MUSD => money USD "
       "=30000000 | "
       "MAUD 60 => money AUD =60000000"},
      {"A 12-cent dividend and a one-yen bid, 420 million Finnish markka, nzd$15.",
       "12-cent => money ?dollar =0.12 | one-yen => money JPY =1 | 420 million Finnish markka => "
       "money FIM [419500000, 420500000] ~420000000 | nzd$15 => money NZD =15"},
      {"It costs $5 and 10 people came.", "$5 => money ?dollar =5 | 10 => number =10"},
      {"The twenty-first century and the third of May.",
       "twenty-first => rank =21 | third => rank =3 | May => date 2025-05-01..2025-05-31/month"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}
