// Holidays: the rules of claims/holidays.toml, how a name becomes a day, and
// the errors a malformed holidays file gets.
#include "recognize/holidays.h"

#include <catch2/catch.hpp>

#include "../test_util.h"

using namespace crosscheck;
using crosscheck::testing::Recognized;

TEST_CASE("holiday rules give the right day", "[recognize][holidays]") {
  const HolidayTable& t = BuiltinHolidays();
  auto day = [&](const char* name, int year) {
    const HolidayRule* r = t.Find(name);
    REQUIRE(r);
    return FormatIsoDate(HolidayIn(*r, year));
  };
  CHECK(day("easter", 2018) == "2018-04-01");
  CHECK(day("easter", 2019) == "2019-04-21");
  CHECK(day("good friday", 2024) == "2024-03-29");
  CHECK(day("thanksgiving", 2023) == "2023-11-23");
  CHECK(day("black friday", 2021) == "2021-11-26");
  CHECK(day("memorial day", 2024) == "2024-05-27");  // the last Monday of May
  CHECK(day("mothers day", 2025) == "2025-05-11");
  CHECK(day("christmas eve", 2016) == "2016-12-24");
}

TEST_CASE("holidays in text: the nearest, the last or the next, or the year written",
          "[recognize][holidays]") {
  const auto monday = DaysFromCivil(2016, 11, 7);
  CHECK(Recognized("Trade peaked before Christmas.", monday) ==
        "Christmas => date 2016-12-25/day q='before'");
  CHECK(Recognized("He returned last Easter.", monday) ==
        "last Easter => date 2016-03-27/day before");
  CHECK(Recognized("I'll go back on easter 2018", monday) == "easter 2018 => date 2018-04-01/day");
  CHECK(Recognized("They meet on Mother's Day.", monday) == "Mother's Day => date 2016-05-08/day");
  CHECK(Recognized("Sales peaked 2 weeks before Christmas, as the previous easter.", monday) ==
        "2 weeks before Christmas => date 2016-12-11/day before | previous easter => date "
        "2016-03-27/day before");
  // Lower case and no cue: a common word, not a holiday.
  CHECK(Recognized("The black friday sale and the black market.", monday) == "");
}

TEST_CASE("a malformed holidays file names the line and the key", "[recognize][holidays]") {
  HolidayTable t;
  Diagnostic d;
  CHECK_FALSE(t.Load("[[holiday]]\nnames = [\"x\"]\ndat = \"12-25\"\n", "h.toml", &d));
  CHECK(d.Render().rfind("h.toml:3:1: error: unknown holiday key 'dat'", 0) == 0);
  CHECK_FALSE(t.Load("[[holiday]]\nnames = [\"x\"]\ndate = \"02-30\"\n", "h.toml", &d));
  CHECK(d.Render().rfind("h.toml:3:8: error: holiday key 'date' must be", 0) == 0);
  CHECK_FALSE(t.Load("[[holiday]]\nnames = [\"x\"]\n", "h.toml", &d));
  CHECK(d.message == "a holiday needs exactly one of date, nth_weekday, easter");
}
