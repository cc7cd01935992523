// recognize/reader_util: small calendar and word helpers the readers share.
// Internal to recognize/.
#ifndef CROSSCHECK_RECOGNIZE_READER_UTIL_H_
#define CROSSCHECK_RECOGNIZE_READER_UTIL_H_

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "base/civil_date.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

// Hedges that bound amounts, as opposed to those that bound dates.
inline bool IsDateHedge(Hedge h) {
  return h == Hedge::kSince || h == Hedge::kBy || h == Hedge::kBefore || h == Hedge::kAfter ||
         h == Hedge::kUntil;
}

inline std::string Pattern(int y, int mo, int d) {
  char buf[64];
  if (y > 0 && d > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
  else if (d > 0)
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", mo, d);
  else if (y > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, mo);
  else
    std::snprintf(buf, sizeof buf, "XXXX-%02d", mo);
  return buf;
}

// "early", "mid" and "late" (and "the beginning / middle / end of") keep one
// third of a period, on calendar lines where there are some: a year splits
// into January-April, May-August and September-December; a month into the
// 1st-10th, 11th-20th and 21st-end; longer periods (decades) by days.
inline void KeepThird(int third, DateValue* d) {
  CivilDate a = CivilFromDays(d->low), b = CivilFromDays(d->high);
  if (d->granularity == Granularity::kYear && a.year == b.year) {
    int m1 = 1 + 4 * third;
    d->low = DaysFromCivil(a.year, m1, 1);
    d->high = DaysFromCivil(a.year, m1 + 3, DaysInMonth(a.year, m1 + 3));
    return;
  }
  if (d->granularity == Granularity::kMonth && a.year == b.year && a.month == b.month) {
    d->low = DaysFromCivil(a.year, a.month, 1 + 10 * third);
    d->high = third == 2 ? d->high : DaysFromCivil(a.year, a.month, 10 + 10 * third);
    return;
  }
  Day lo = d->low, span = d->high - d->low + 1;
  if (third == 0)
    d->high = lo + span / 3;
  else if (third == 1)
    d->low = lo + span / 3, d->high = lo + 2 * span / 3;
  else
    d->low = lo + 2 * span / 3;
}

// Quarter or half `part` (1-based) of year y, when the year has `parts` of them.
inline void SetYearPart(int y, int part, int parts, DateValue* d) {
  int months = 12 / parts;
  int m1 = (part - 1) * months + 1, m2 = m1 + months - 1;
  d->granularity = Granularity::kQuarter;
  d->low = DaysFromCivil(y, m1, 1);
  d->high = DaysFromCivil(y, m2, DaysInMonth(y, m2));
  d->has_low = d->has_high = true;
}

inline constexpr int32_t kHour = 3600;
inline constexpr int32_t kEndOfDay = 24 * kHour - 1;

// Every part is four hours; night runs to the day's last second.
inline int32_t PartStart(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning:
      return 8 * kHour;
    case PartOfDay::kAfternoon:
      return 12 * kHour;
    case PartOfDay::kEvening:
      return 16 * kHour;
    default:
      return 20 * kHour;
  }
}

inline int32_t PartEnd(PartOfDay p) { return std::min(PartStart(p) + 4 * kHour, kEndOfDay); }

// An offset of `amount` units in seconds, or false when it reaches past the
// years a date holds (0001-9999): a count that large ("next 10^40 hours") is
// no date, and converting it to an integer would overflow.
inline bool OffsetSeconds(double amount, TimeUnit unit, int64_t* secs) {
  constexpr double kMaxSeconds = 10000.0 * 366 * 86400;
  double s = amount * TimeUnitSeconds(unit);
  if (!(std::fabs(s) < kMaxSeconds)) return false;
  *secs = std::llround(s);
  return true;
}

// Seconds counted from day 0, split into the day and the time of day.
inline void SplitMoment(int64_t t, Day* day, int32_t* sec) {
  int64_t d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  *day = static_cast<Day>(d);
  *sec = static_cast<int32_t>(t - d * 86400);
}

inline bool Later(PartOfDay p) {
  return p == PartOfDay::kAfternoon || p == PartOfDay::kEvening || p == PartOfDay::kNight ||
         p == PartOfDay::kTonight;
}

// A 12-hour reading moved into the part of the day that was named:
// "7 in the evening" is 19:00, "10, tonight" is 22:00.
inline int32_t IntoPart(int32_t sec, PartOfDay p) {
  // At night the small hours stay small: "tonight around 3" is 03:00.
  bool night = p == PartOfDay::kNight || p == PartOfDay::kTonight;
  if (night && sec < 6 * kHour) return sec;
  return Later(p) && sec < 12 * kHour ? sec + 12 * kHour : sec;
}

// Puts a time span on the day(s) of a date mention.
inline void SetTimes(const TimeSpan& t, Mention* m) {
  m->date.time_low = t.low;
  m->date.time_high = t.high;
  m->date.granularity = t.granularity;
}

// half: -1 the whole part, 0 its first two hours ("early morning"), 1 its
// last two ("late afternoon", "later in the evening"). Every part is four hours.
inline void SetPart(PartOfDay part, Mention* m, int half = -1) {
  m->date.time_low = PartStart(part);
  m->date.time_high = PartEnd(part);
  if (half == 0) m->date.time_high = PartStart(part) + 2 * kHour;
  if (half == 1) m->date.time_low = PartStart(part) + 2 * kHour;
  m->date.granularity = Granularity::kHour;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_READER_UTIL_H_
