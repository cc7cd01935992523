// Times of day, parts of the day, weekdays, offsets and the shorter date
// forms, anchored to Monday 7 November 2016.
#include <catch2/catch.hpp>

#include "../test_util.h"
#include "load/load.h"
#include "pipeline/pipeline.h"
#include "report/mentions_report.h"

using crosscheck::DaysFromCivil;
using crosscheck::testing::Recognized;

namespace {
const auto kMonday = DaysFromCivil(2016, 11, 7);
}

TEST_CASE("times, days with times, parts of the day and weekdays", "[recognize][times]") {
  struct Case {
    const char* input;
    const char* want;
  };
  const Case cases[] = {
      {"Polls close at 8am tomorrow.", "8am tomorrow => date 2016-11-08T08:00:00/hour after"},
      {"They meet next Monday 1-3 pm.",
       "next Monday 1-3 pm => date 2016-11-14T13:00:00..2016-11-14T15:00:00/hour "
       "weekday=Monday after"},
      {"The quake struck at 7:56:30 pm.", "7:56:30 pm => date T19:56:30/second"},
      {"Talks resume this evening.",
       "this evening => date 2016-11-07T16:00:00..2016-11-07T20:00:00/hour"},
      {"The count ran from 5 to 6pm.", "from 5 to 6pm => date T17:00:00..T18:00:00/hour"},
      {"The rally began at 8.30pm yesterday.",
       "8.30pm yesterday => date 2016-11-06T20:30:00/minute before"},
      {"It starts at noon.", "noon => date T12:00:00/hour"},
      {"Doors open at half past seven in the evening.",
       "half past seven in the evening => date T19:30:00/minute"},
      // A bare number is not a time without a time word.
      {"Results come tomorrow before 5pm.",
       "tomorrow before 5pm => date 2016-11-08T17:00:00/hour q='before' after"},
      {"The hall is booked from 2pm for 2 hours 30 minutes.",
       "from 2pm for 2 hours 30 minutes => date T14:00:00..T16:30:00/minute"},
      {"They left at five-thirty tomorrow evening; Article 9a applies.",
       "five-thirty tomorrow evening => date 2016-11-08T17:30:00/minute after | 9 => number =9"},
      {"Fog lifts late this morning; flights resume Sunday early morning at 8:00.",
       "late this morning => date 2016-11-07T10:00:00..2016-11-07T12:00:00/hour | Sunday early "
       "morning at 8:00 => date 2016-11-06T08:00:00/minute inferred weekday=Sunday"},
      {"He fell ill after around 3:30pm and left around 5pm.",
       "3:30pm => date T15:30:00/minute q='after around' | 5pm => date T17:00:00/hour q='around'"},
      {"Polls are open Monday 11-4.",
       "Monday 11-4 => date 2016-11-07T11:00:00..2016-11-07T16:00:00/hour inferred "
       "weekday=Monday"},
      {"Mortgages were at 6.45 percent.", "6.45 percent => percent [6.445, 6.455] ~6.45"},
      {"Rates stood at 10 last year.",
       "10 => number =10 | last year => date 2015-01-01..2015-12-31/year before"},
      // A weekday alone: the last one, or the next one when the sentence speaks of the future.
      {"The deal was agreed on Friday.", "Friday => date 2016-11-04/day inferred weekday=Friday"},
      {"The deal will be signed on Friday.",
       "Friday => date 2016-11-11/day inferred weekday=Friday"},
      {"It happened this past Wednesday.",
       "this past Wednesday => date 2016-11-02/day weekday=Wednesday before"},
      {"We meet next week on Tuesday.",
       "next week on Tuesday => date 2016-11-15/day weekday=Tuesday after"},
      {"They last met in May, and again last May.",
       "May => date 2016-05-01..2016-05-31/month | last May => date "
       "2016-05-01..2016-05-31/month before"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(Recognized(c.input, kMonday) == c.want);
  }
}

TEST_CASE("offsets from the publication date and vague or compound durations",
          "[recognize][times]") {
  struct Case {
    const char* input;
    const char* want;
  };
  const Case cases[] = {
      {"The summit is in 2 weeks.", "in 2 weeks => date 2016-11-21/day after"},
      // After a record word the clause looks back: the time since the last one.
      {"It is the first summit in 2 weeks.",
       "first => rank =1 | 2 weeks => duration week =2 since-last"},
      {"Prices hit their highest level for a decade.", "a decade => duration year =10 since-last"},
      {"Results come three weeks from tomorrow.",
       "three weeks from tomorrow => date 2016-11-29/day after"},
      {"It opened 3 days after January 12th.",
       "3 days after January 12th => date 2017-01-15/day after"},
      {"I am out next 3 days.", "next 3 days => date 2016-11-08..2016-11-10/day after"},
      // "the next five years" is a span of time, as news counts it.
      {"Output doubles in the next five years.",
       "doubles => ratio =2 | five years => duration year =5 anchored=2016-11-08..2021-11-07"},
      // Without a time of publication, "next 2 hours" is the publication day (found by fuzzing:
      // the run of days once ended before it began).
      {"Results come next 2 hours.", "next 2 hours => date 2016-11-07/day after"},
      {"Reply within the next 4 business days.",
       "next 4 business days => date 2016-11-08..2016-11-11/day after"},
      // Quarters run on calendar lines: earnings news means the reported quarters.
      {"Profit fell in the last quarter and over the past two quarters.",
       "last quarter => date 2016-07-01..2016-09-30/quarter before | past two quarters => date "
       "2016-04-01..2016-09-30/quarter before"},
      {"The hearing lasted 1 hour and 30 minutes.", "1 hour and 30 minutes => duration hour =1.5"},
      {"We waited a few minutes.", "a few minutes => duration minute [2, 4] ~3"},
      {"Talks took several weeks.", "several weeks => duration week [3, 7] ~3"},
      // "second" there is a rank, not a duration of one second.
      {"A second wave and a second-generation design.",
       "second => rank =2 | second-generation => rank =2"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(Recognized(c.input, kMonday) == c.want);
  }
}

TEST_CASE("short date forms need what makes them dates", "[recognize][dates]") {
  struct Case {
    const char* input;
    const char* want;
  };
  const Case cases[] = {
      {"Shops open 24/7 and cut prices by 3/4.",
       "24/7 => number =3.4285714285714284 | 3/4 => number =0.75"},
      {"The vote is on 11/20.", "11/20 => date 2016-11-20/day"},
      {"It was due on 22/04.", "22/04 => date 2017-04-22/day"},
      {"Plans for Oct/2 and Dec-2018.",
       "Oct/2 => date 2016-10-02/day | Dec-2018 => date 2018-12-01..2018-12-31/month"},
      {"Filed 2018-7-6, revised 2015-3.",
       "2018-7-6 => date 2018-07-06/day | 2015-3 => date 2015-03-01..2015-03-31/month"},
      {"The 21st century began.", "21st century => date 2000-01-01..2099-12-31/century"},
      {"Born on fourth of July 1995.", "fourth of July 1995 => date 1995-07-04/day"},
      {"Is 32-2015 a date?", "32 => number =32 | 2015 => number =2015"},
      {"Prices rose from March to May.", "from March to May => date 2017-03-01..2017-05-31/month"},
      {"Talks ran Nov-Feb 2017.", "Nov-Feb 2017 => date 2016-11-01..2017-02-28/month"},
      {"Results are due on the 18th.", "the 18th => date 2016-11-18/day"},
      {"It was built before the end of 1989.",
       "end of 1989 => date 1989-09-01..1989-12-31/year q='before'"},
      {"Sales fell earlier this year and will rise later this month.",
       "earlier this year => date 2016-01-01..2016-11-06/day before | later this month => date "
       "2016-11-07..2016-11-30/day after"},
      {"Signed 23.04.2022 and 02-03-2020.",
       "23.04.2022 => date 2022-04-23/day | 02-03-2020 => date 2020-02-03/day"},
      {"Sales for last quarter fell.",
       "last quarter => date 2016-07-01..2016-09-30/quarter before"},
      {"We met on Tuesday of last week, then Wed 13th.",
       "Tuesday of last week => date 2016-11-01/day weekday=Tuesday before | Wed 13th => date "
       "2016-07-13/day weekday=Wednesday"},
      {"Leave from next Monday to Friday.",
       "from next Monday to Friday => date 2016-11-14..2016-11-18/day weekday=Monday after"},
      {"Sales rose in 2017 Q1 and 2019-H2, and in the year 2008.",
       "2017 Q1 => date 2017-01-01..2017-03-31/quarter | 2019-H2 => date "
       "2019-07-01..2019-12-31/quarter | year 2008 => date 2008-01-01..2008-12-31/year"},
      {"Talks run between now and November 15th.",
       "between now and November 15th => date 2016-11-07..2016-11-15/day"},
      {"Fares rise from 2025 onwards; bids of 2018 or later count.",
       "2025 => date 2025-01-01..2025-12-31/year q='onwards' | 2018 => date "
       "2018-01-01..2018-12-31/year q='or later'"},
      // "the last 3 days" is a span of time, as news counts it; without "the", a run of days.
      {"Sales fell over the last 3 days, previous 4 days and 5 upcoming years.",
       "3 days => duration day =3 anchored=2016-11-04..2016-11-06 | previous 4 days => date "
       "2016-11-03..2016-11-06/day before | "
       "5 upcoming years => date 2016-11-08..2021-11-07/day after"},
      {"Filed 20161016; reply by end of day, not at the end of the day.",
       "20161016 => date 2016-10-16/day | end of day => date 2016-11-07T23:59:59/second q='by'"},
      {"Plans for the week of April 10th, the first week of Jan 2015 and week 31.",
       "the week of April 10th => date 2017-04-10..2017-04-16/week | the first week of Jan 2015 "
       "=> date 2014-12-29..2015-01-04/week | week 31 => date 2016-08-01..2016-08-07/week"},
      {"Tolls rise starting January 7th; we met Friday the 26th.",
       "January 7th => date 2017-01-07/day q='starting' | Friday the 26th => date "
       "2016-08-26/day weekday=Friday"},
      {"Born on January twenty five nineteen eighty six, left in October two thousand and five.",
       "January twenty five nineteen eighty six => date 1986-01-25/day | October two thousand "
       "and five => date 2005-10-01..2005-10-31/month"},
      {"I travel 26 June to 28 June in 2020.",
       "26 June to 28 June in 2020 => date 2020-06-26..2020-06-28/day"},
      {"Exports rose in the first nine months of 2024 and the last 3 weeks of this year.",
       "the first nine months of 2024 => date 2024-01-01..2024-09-30/month | the last 3 weeks of "
       "this year => date 2016-12-11..2016-12-31/day"},
      {"Due on the 15th day of next month; sales for past quarter.",
       "the 15th day of next month => date 2016-12-15/day after | past quarter => date "
       "2016-07-01..2016-09-30/quarter before"},
      {"Sales in 2017 April beat this friday (jun-15); growth in 2017 may slow.",
       "2017 April => date 2017-04-01..2017-04-30/month | this friday (jun-15) => date "
       "2016-06-15/day weekday=Friday | 2017 => date 2017-01-01..2017-12-31/year"},
      // Whose fiscal year it is decides its days: it stays a pattern.
      {"Profit rose in fiscal year 2008, FY24 and last fiscal year, not in calendar year 2008.",
       "fiscal year 2008 => date ? FY2008 | FY24 => date ? FY2024 | last fiscal year => date ? "
       "FY2015 before | calendar year 2008 => date 2008-01-01..2008-12-31/year"},
      // Which months a season has depends on the hemisphere: a pattern.
      {"Talks resume this summer; prices fall in winter 2017.",
       "this summer => date ? 2016-SU | winter 2017 => date ? 2017-WI"},
      {"The ID is 123-12-1234.", "123 => number =123 | 12 => number =12 | 1234 => number =1234"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(Recognized(c.input, kMonday) == c.want);
  }
}

TEST_CASE("front matter date_order = \"dmy\" reads numeric dates day first", "[recognize][dates]") {
  auto read = [](const std::string& order) {
    std::string text = "+++\npublished = 2025-06-01\n" + order + "+++\nSigned on 04/05/2025.\n";
    auto doc = crosscheck::LoadBytes("a.md", text, {});
    REQUIRE(doc.ok());
    crosscheck::DiagSink sink;
    crosscheck::Extractor extractor;
    auto mentions = extractor.Run(doc.value(), sink).mentions;
    REQUIRE(mentions.size() == 1);
    return crosscheck::DumpValue(mentions[0]);
  };
  CHECK(read("") == "date 2025-04-05/day");
  CHECK(read("date_order = \"mdy\"\n") == "date 2025-04-05/day");
  CHECK(read("date_order = \"dmy\"\n") == "date 2025-05-04/day");
}
