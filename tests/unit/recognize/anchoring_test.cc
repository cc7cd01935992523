#include <catch2/catch.hpp>

#include "../test_util.h"

using crosscheck::DaysFromCivil;
using crosscheck::testing::Recognized;

TEST_CASE("partial dates take the year nearest the publication date", "[recognize][dates]") {
  CHECK(Recognized("They met on December 20.", DaysFromCivil(2025, 1, 5)) ==
        "December 20 => date 2024-12-20/day");
  CHECK(Recognized("They meet on January 3.", DaysFromCivil(2024, 12, 28)) ==
        "January 3 => date 2025-01-03/day");
  CHECK(Recognized("They met on March 10.", DaysFromCivil(2025, 3, 12)) ==
        "March 10 => date 2025-03-10/day");
}

TEST_CASE("without a publication date, relative dates stay unresolved and say so",
          "[recognize][dates]") {
  CHECK(Recognized("Talks on March 12 and today.", std::nullopt) ==
        "March 12 => date ? XXXX-03-12 | today => date ? PRESENT_REF");
  CHECK(Recognized("In March, prices fell.", std::nullopt) == "March => date ? XXXX-03");
}

TEST_CASE("a bare $ resolves through the document's currency, else stays ambiguous",
          "[recognize][money]") {
  CHECK(Recognized("It cost $5 million.", std::nullopt, "SGD") ==
        "$5 million => money SGD [4500000, 5500000] ~5000000");
  CHECK(Recognized("It cost $5 million.", std::nullopt, "") ==
        "$5 million => money ?dollar [4500000, 5500000] ~5000000");
  // A default of another family does not capture a dollar sign.
  CHECK(Recognized("It cost $5 million.", std::nullopt, "EUR") ==
        "$5 million => money ?dollar [4500000, 5500000] ~5000000");
}

TEST_CASE("sentences without figures produce no mentions", "[recognize][noise]") {
  auto text = GENERATE(as<std::string>{}, "This may take longer than expected.",
                       "She got really mad when she heard what happened.",
                       "The one you mentioned is invalid.",
                       "See https://example.com/a%20b?id=2024 for details.",
                       "The G20 met on the COVID-19 plan.", "ALL 5 solutions are wrong.");
  CAPTURE(text);
  std::string got = Recognized(text);
  if (text.rfind("ALL", 0) == 0)
    CHECK(got == "5 => number =5");
  else
    CHECK(got == "");
}

TEST_CASE("mention spans are the original bytes even after normalization", "[recognize][spans]") {
  // NBSP inside the amount and an en dash in the range map back to the input bytes.
  CHECK(Recognized("Trade of US$\xC2\xA0"
                   "9 billion during March 9\xE2\x80\x93"
                   "13.") ==
        "US$\xC2\xA0"
        "9 billion => money USD [8500000000, 9500000000] ~9000000000 | March 9\xE2\x80\x93"
        "13 => date 2025-03-09..2025-03-13/day");
}
