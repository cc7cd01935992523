#include "recognize/value.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace crosscheck {

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kNumber:
      return "number";
    case Kind::kMoney:
      return "money";
    case Kind::kPercent:
      return "percent";
    case Kind::kRank:
      return "rank";
    case Kind::kRatio:
      return "ratio";
    case Kind::kDuration:
      return "duration";
    case Kind::kDate:
      return "date";
  }
  return "number";
}

const char* GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kSecond:
      return "second";
    case Granularity::kMinute:
      return "minute";
    case Granularity::kHour:
      return "hour";
    case Granularity::kDay:
      return "day";
    case Granularity::kWeek:
      return "week";
    case Granularity::kMonth:
      return "month";
    case Granularity::kQuarter:
      return "quarter";
    case Granularity::kYear:
      return "year";
    case Granularity::kDecade:
      return "decade";
    case Granularity::kCentury:
      return "century";
  }
  return "day";
}

Interval Interval::Negated() const {
  Interval r = *this;
  r.low = -high, r.high = -low;
  r.has_low = has_high, r.has_high = has_low;
  r.low_inclusive = high_inclusive, r.high_inclusive = low_inclusive;
  r.point = -point;
  return r;
}

const char* ChangeName(Change c) {
  return c == Change::kIncrease ? "increase" : c == Change::kDecrease ? "decrease" : "";
}

const char* HedgeName(Hedge h) {
  switch (h) {
    case Hedge::kNone:
      return "none";
    case Hedge::kMoreThan:
      return "more_than";
    case Hedge::kAtLeast:
      return "at_least";
    case Hedge::kNearly:
      return "nearly";
    case Hedge::kJustOver:
      return "just_over";
    case Hedge::kAbout:
      return "about";
    case Hedge::kUpTo:
      return "up_to";
    case Hedge::kLessThan:
      return "less_than";
    case Hedge::kMostOf:
      return "most_of";
    case Hedge::kSince:
      return "since";
    case Hedge::kBy:
      return "by";
    case Hedge::kBefore:
      return "before";
    case Hedge::kAfter:
      return "after";
    case Hedge::kUntil:
      return "until";
  }
  return "none";
}

Interval Interval::Exact(double v) {
  Interval i;
  i.low = i.high = i.point = v;
  i.has_low = i.has_high = i.has_point = true;
  return i;
}

Interval Interval::Rounded(double v, double half_unit) {
  Interval i = Exact(v);
  i.low = v - half_unit;
  i.high = v + half_unit;
  return i;
}

bool Interval::Contains(double v) const {
  if (has_low && (low_inclusive ? v < low : v <= low)) return false;
  if (has_high && (high_inclusive ? v > high : v >= high)) return false;
  return true;
}

bool Interval::Overlaps(const Interval& o) const {
  // Upper end of this vs lower end of other, and vice versa.
  auto below = [](const Interval& a, const Interval& b) {
    // true if a lies entirely below b
    if (!a.has_high || !b.has_low) return false;
    if (a.high < b.low) return true;
    if (a.high == b.low) return !(a.high_inclusive && b.low_inclusive);
    return false;
  };
  return !below(*this, o) && !below(o, *this);
}

Interval ApplyHedge(const Interval& written, Hedge h) {
  const double x = written.point;
  const double tol = std::abs(x) * kHedgeTolerance;
  Interval r = written;
  switch (h) {
    case Hedge::kMoreThan:
      r.low = x, r.has_low = true, r.low_inclusive = false;
      r.has_high = false;
      break;
    case Hedge::kAtLeast:
      r.low = x, r.has_low = true, r.low_inclusive = true;
      r.has_high = false;
      break;
    case Hedge::kNearly:
      r.low = x - tol, r.has_low = true, r.low_inclusive = true;
      r.high = x, r.has_high = true, r.high_inclusive = false;
      break;
    case Hedge::kJustOver:
      r.low = x, r.has_low = true, r.low_inclusive = false;
      r.high = x + tol, r.has_high = true, r.high_inclusive = true;
      break;
    case Hedge::kAbout:
      r.low = std::min(written.low, x - tol), r.has_low = true, r.low_inclusive = true;
      r.high = std::max(written.high, x + tol), r.has_high = true, r.high_inclusive = true;
      break;
    case Hedge::kUpTo:
      r.has_low = false;
      r.high = x, r.has_high = true, r.high_inclusive = true;
      break;
    case Hedge::kLessThan:
      r.has_low = false;
      r.high = x, r.has_high = true, r.high_inclusive = false;
      break;
    case Hedge::kMostOf:
      r.low = x / 2, r.has_low = true, r.low_inclusive = true;
      r.high = x, r.has_high = true, r.high_inclusive = false;
      break;
    default:
      break;
  }
  return r;
}

void AppendClock(std::string& out, int32_t seconds) {
  char buf[16];
  int n = std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                        seconds % 60);
  out.append(buf, static_cast<size_t>(n));
}

std::string FormatClock(int32_t seconds) {
  std::string out;
  AppendClock(out, seconds);
  return out;
}

void AppendDateBound(std::string& out, const DateValue& d, bool high) {
  bool has_day = high ? d.has_high : d.has_low;
  int32_t time = high ? d.time_high : d.time_low;
  if (has_day) AppendIsoDate(out, high ? d.high : d.low);
  if (time >= 0 && (has_day || (!d.has_low && !d.has_high))) {
    out += 'T';
    AppendClock(out, time);
  }
}

std::string FormatDateBound(const DateValue& d, bool high) {
  std::string out;
  AppendDateBound(out, d, high);
  return out;
}

}  // namespace crosscheck
