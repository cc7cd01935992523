// Money forms, a table per class of issue 12: currencies named in words
// across ISO 4217 (claims/currencies.toml, with demonyms and plurals),
// symbols and codes before the figure, minor units, spelled decimals with a
// scale ("two point two million"), plural scales ("three billions"). The
// sentences were written for these tests; each row lists every mention as
// in recognize_test.cc and was reviewed by hand.
#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::testing::Recognized;

TEST_CASE("money in words, symbols and codes of currencies across ISO 4217",
          "[recognize][forms][money]") {
  auto [input, want] = GENERATE(table<std::string, std::string>({
      {"The striker's transfer fee was put at 40 million Kenyan shillings.",
       "40 million Kenyan shillings => money KES [39500000, 40500000] ~40000000"},
      {"Farmers were paid 1,200 Ethiopian birr per tonne, against 900 birr a year earlier.",
       "1,200 Ethiopian birr => money ETB =1200 | 900 birr => money ETB =900 | a year => duration "
       "year =1"},
      {"The ministry budgeted 2.5 billion Nigerian naira for the census.",
       "2.5 billion Nigerian naira => money NGN [2450000000, 2550000000] ~2500000000"},
      {"A ticket to the final cost 350 Qatari riyals, or about 96 US dollars.",
       "350 Qatari riyals => money QAR =350 | 96 US dollars => money USD [86.4, 105.6] ~96 "
       "q='about'"},
      {"The bridge loan of 600 million Kuwaiti dinars was approved by parliament.",
       "600 million Kuwaiti dinars => money KWD [599500000, 600500000] ~600000000"},
      {"Ride fares rose to 45 Czech korunas and the fine to 1,500 forint.",
       "45 Czech korunas => money CZK =45 | 1,500 forint => money HUF =1500"},
      {"Wages average 4,000 Ghanaian cedis a month, the statistics office said.",
       "4,000 Ghanaian cedis => money GHS =4000 | a month => duration month =1"},
      {"Colombia's deficit reached 28 trillion Colombian pesos.",
       "28 trillion Colombian pesos => money COP [27500000000000, 28500000000000] ~28000000000000"},
      {"The club paid 3 dollars and 50 cents a share.",
       "3 dollars and 50 cents => money ?dollar =3.5"},
      {"The grant was two point two million euros over three years.",
       "two point two million euros => money EUR [2150000, 2250000] ~2200000 | three years => "
       "duration year (3, +inf) ~3 q='over'"},
      {"Reserves of three billions of yuan were reported in the old ledger.",
       "three billions of yuan => money CNY [2500000000, 3500000000] ~3000000000"},
      {"Coins worth 50 paise and 75 pence were found.",
       "50 paise => money ?rupee =0.5 | 75 pence => money ?pound =0.75"},
      {"Tourists spent 9 billion Thai baht and 12 million Swiss francs.",
       "9 billion Thai baht => money THB [8500000000, 9500000000] ~9000000000 | 12 million Swiss "
       "francs => money CHF [11500000, 12500000] ~12000000"},
      {"The fund holds NIS 20 million and KSh 300 million.",
       "NIS 20 million => money ILS [19500000, 20500000] ~20000000 | KSh 300 million => money KES "
       "[299500000, 300500000] ~300000000"},
  }));
  CAPTURE(input);
  CHECK(Recognized(input) == want);
}

TEST_CASE("every ISO 4217 code in the table reads after a figure", "[recognize][forms][money]") {
  // A sample from each region; the table must know them all as codes.
  for (const char* code :
       {"AFN", "BDT", "BRL", "CLP", "DZD", "ETB", "GHS", "HUF", "ISK", "JOD", "KES", "LKR",
        "MAD", "NPR", "OMR", "PEN", "QAR", "RON", "TND", "UAH", "VES", "XAF", "XOF", "ZMW"}) {
    CAPTURE(code);
    std::string got = Recognized(std::string("The loan was 75 ") + code + ".");
    CHECK(got == "75 " + std::string(code) + " => money " + code + " =75");
  }
}
