// recognize/value: normalized values of figures, as intervals.
//
// Every figure is an interval, because news text hedges and rounds: "more
// than US$9 billion" is (9e9, +inf); "10.3 billion" is [10.25e9, 10.35e9]
// (the written precision); "nearly eight years" is [7.2, 8). `point` is the
// value as written. Dates are day intervals with a granularity.
#ifndef CROSSCHECK_RECOGNIZE_VALUE_H_
#define CROSSCHECK_RECOGNIZE_VALUE_H_

#include <cstdint>
#include <string>

#include "base/civil_date.h"
#include "base/span.h"

namespace crosscheck {

// Mention kinds; the names are the "kind" strings of the report contract.
enum class Kind : uint8_t { kNumber, kMoney, kPercent, kRank, kRatio, kDuration, kDate };
const char* KindName(Kind k);

// Finest first: a comparison such as `g >= kMonth` reads "a month or coarser".
enum class Granularity : uint8_t {
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury
};
const char* GranularityName(Granularity g);

struct Interval {
  double low = 0, high = 0;
  bool has_low = false, has_high = false;  // false = unbounded on that side
  bool low_inclusive = true, high_inclusive = true;
  double point = 0;
  bool has_point = false;

  static Interval Exact(double v);
  // [v - half_unit, v + half_unit], point v.
  static Interval Rounded(double v, double half_unit);
  bool Contains(double v) const;
  // True if the two intervals share at least one value.
  bool Overlaps(const Interval& o) const;
  // -[a, b] = [-b, -a], the ends' bounds and openness swapped.
  Interval Negated() const;
};

struct DateValue {
  Day low = 0, high = 0;  // inclusive day range
  bool has_low = false, has_high = false;
  Granularity granularity = Granularity::kDay;
  // TIMEX-style pattern when the date could not be anchored ("XXXX-03-12").
  std::string unresolved;
  bool invalid = false;  // the text names a date that does not exist (Feb 30)
  // The day is a reading, not written: a weekday alone ("on Friday") is
  // taken as the nearest such day. Checks that need a stated date skip it.
  bool inferred = false;
  // Time of day in seconds after midnight, on day `low` and day `high`
  // ("tomorrow 8am", "Monday 1-3 pm"); -1 when the value is whole days. A
  // time whose day is not written ("at 5pm") has times but no days.
  int32_t time_low = -1, time_high = -1;
  bool has_time() const { return time_low >= 0; }
};

// The ISO 8601 text of one end of a date value: "2025-03-12",
// "2025-03-12T08:00:00" with a time of day, "T08:00:00" for a time whose day
// is unknown; empty when that end is unbounded or unknown.
std::string FormatDateBound(const DateValue& d, bool high);
void AppendDateBound(std::string& out, const DateValue& d, bool high);
// "08:00:00".
std::string FormatClock(int32_t seconds);
void AppendClock(std::string& out, int32_t seconds);

// Qualifier semantics (the text of the hedge is kept separately).
enum class Hedge : uint8_t {
  kNone,
  kMoreThan,  // more than, over, exceeding, surpassing, above  -> (x, inf)
  kAtLeast,   // at least, no less than                         -> [x, inf)
  kNearly,    // nearly, almost, just under, close to           -> [x - 10%, x)
  kJustOver,  // just over, slightly more than                  -> (x, x + 10%]
  kAbout,     // about, around, approximately, some, an estimated -> [x - 10%, x + 10%]
  kUpTo,      // up to, at most, as many as, no more than       -> (-inf, x]
  kLessThan,  // less than, fewer than, under, below            -> (-inf, x)
  kMostOf,    // the best part of, the better part of           -> [x / 2, x)
  kSince,     // dates: since X
  kBy,        // dates: by X (deadline)
  kBefore,    // dates: before X
  kAfter,     // dates: after X
  kUntil,     // dates: until X
};
const char* HedgeName(Hedge h);

// The direction a figure states ("slumped 4%", "a shortfall of $3 billion",
// "-$2bn", "up 5% on the year"): the value keeps the magnitude as written.
enum class Change : uint8_t { kNone, kIncrease, kDecrease };
const char* ChangeName(Change c);  // "", "increase", "decrease"

// Relative tolerance for "about"/"nearly"/"just over" hedges. One constant,
// documented in the README ("How values are read"), so a reader can predict every interval.
constexpr double kHedgeTolerance = 0.10;

// Applies a hedge to the interval of a written value.
Interval ApplyHedge(const Interval& written, Hedge h);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_VALUE_H_
