// Offsets and runs from the publication date or a named day: "in 2 weeks",
// "three weeks from tomorrow", "3 days after January 12th", "the next five
// days", "last 3 days".
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

size_t Recognizer::Impl::TryUnitRun(size_t i, Mention* m) const {
  if (!relative_cues || !unit_cues) return 0;
  auto direction = [&](size_t t) {
    return (Is(t, "last") || Is(t, "past") || Is(t, "previous"))                           ? -1
           : (Is(t, "next") || Is(t, "coming") || Is(t, "upcoming") || Is(t, "following")) ? 1
                                                                                           : 0;
  };
  int dir = 0;
  size_t num_at = i, unit_at = 0;
  Numeral num;
  if (IsWord(i)) {
    if (!Info(i) || !Info(i)->date_word) return 0;
    dir = direction(i);
    if (dir == 0) return 0;
    num_at = i + 1;
    const WordInfo* count = Info(num_at);
    if (count && count->time_unit >= TimeUnit::kSecond && count->time_unit <= TimeUnit::kHour &&
        Raw(num_at).back() != 's') {
      num.value = 1, num.te = num_at;  // "next hour", "last minute"
    } else if (Is(num_at + 1, "quarters") && (PlainInt(num_at) > 0 || (count && count->unit > 0))) {
      // "past two quarters" counts quarters of a year, not the fraction 2/4.
      num.value = PlainInt(num_at) > 0 ? static_cast<double>(PlainInt(num_at)) : count->unit;
      num.te = num_at + 1;
    } else if (!ParseNumeral(num_at, &num)) {
      return 0;
    }
    unit_at = num.te;
    // Forward runs of calendar days after "next" / "coming" are TryOffset's
    // ("next five days"), and "the last five years" is a span of time; business
    // days and hours are read here even after "the".
    bool business = Is(unit_at, "business") || Is(unit_at, "working");
    const WordInfo* u0 = Info(unit_at);
    bool sub_day = u0 && u0->time_unit >= TimeUnit::kSecond && u0->time_unit <= TimeUnit::kHour;
    // Quarters run on calendar lines even after "the": "the last 2 quarters"
    // are the two reported before this one.
    bool quarters = u0 && u0->time_unit == TimeUnit::kQuarter;
    if (!business && !sub_day && !quarters &&
        (Is(i, "next") || Is(i, "coming") || (i > lookback_floor && Is(i - 1, "the"))))
      return 0;
  } else {
    bool cue = false;  // cheap rejection before parsing the number
    for (size_t t = i + 1; t < i + 6 && t < n() && !cue; ++t) cue = Info(t) && Info(t)->date_word;
    if (!cue || !ParseNumeral(i, &num)) return 0;
    dir = direction(num.te);
    if (dir == 0) return 0;
    unit_at = num.te + 1;
  }
  // "4 business days", "3 working days": weekdays only.
  bool business = (Is(unit_at, "business") || Is(unit_at, "working")) && Is(unit_at + 1, "days");
  if (business) ++unit_at;
  const WordInfo* u = Info(unit_at);
  if (!u || u->time_unit < TimeUnit::kSecond || u->time_unit >= TimeUnit::kDecade || num.fraction ||
      num.negative || num.value < 1 || !opts.anchor ||
      (Raw(unit_at).back() != 's' && num.value != 1) ||
      Is(unit_at + 1, "of"))  // "last 3 weeks of this year": part of a period
    return 0;
  Day a = *opts.anchor, far = 0;
  m->kind = Kind::kDate;
  m->relative = dir;
  m->range = true;
  m->norm = SpanOf(i, unit_at + 1);
  m->date.has_low = m->date.has_high = true;
  if (u->time_unit < TimeUnit::kDay) {
    // "5 past minutes", "next 2 hours": from or up to the moment of publication.
    if (!opts.anchor_time) return 0;
    int64_t now = static_cast<int64_t>(a) * 86400 + *opts.anchor_time, offset = 0;
    if (!OffsetSeconds(num.value, u->time_unit, &offset)) return 0;
    int64_t other = now + dir * offset;
    SplitMoment(std::min(now, other), &m->date.low, &m->date.time_low);
    SplitMoment(std::max(now, other), &m->date.high, &m->date.time_high);
    m->date.granularity = Granularity::kSecond;
    return unit_at + 1;
  }
  m->date.granularity = Granularity::kDay;
  if (business) {
    int left = static_cast<int>(num.value);
    Day d = a, first = 0;
    while (left > 0) {
      d += dir;
      if (IsoWeekday(d) >= 6) continue;
      if (!first) first = d;
      --left;
    }
    m->date.low = std::min(first, d), m->date.high = std::max(first, d);
    return unit_at + 1;
  }
  if (u->time_unit == TimeUnit::kQuarter) {
    CivilDate c = CivilFromDays(a);
    Day this_quarter = DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1), edge = 0, next = 0;
    if (!AddUnits(this_quarter, TimeUnit::kQuarter, dir < 0 ? -num.value : 1, &edge) ||
        !AddUnits(edge, TimeUnit::kQuarter, num.value, &next))
      return 0;
    m->date.low = edge, m->date.high = next - 1;
    m->date.granularity = Granularity::kQuarter;
    return unit_at + 1;
  }
  if (!AddUnits(a, u->time_unit, dir * num.value, &far)) return 0;
  m->date.low = dir < 0 ? far : a + 1;
  m->date.high = dir < 0 ? a - 1 : far;
  return unit_at + 1;
}

size_t Recognizer::Impl::TryOffset(size_t i, Mention* m) const {
  // "next five days", "the last 3 weeks", "within next 10 months": a run of
  // days next to the publication date.
  // Cheap rejection first: most numbers have no time unit after them.
  if (!unit_cues) return 0;
  bool unit_near = false;
  for (size_t t = i + 1; t < i + 7 && t < n() && !unit_near; ++t)
    unit_near = Info(t) && Info(t)->time_unit != TimeUnit::kNone;
  if (!unit_near) return 0;
  int dir = 0;
  size_t k = i;
  bool within = false;
  // "the next five years" stays a duration: news counts it as a span of time.
  if ((Is(k, "next") || Is(k, "coming")) && !(i > lookback_floor && Is(i - 1, "the"))) {
    dir = 1, ++k;
    within = i > lookback_floor && Is(i - 1, "within");  // "within next 10 months"
  }
  if (dir == 0 && i > lookback_floor && (Is(i - 1, "within") || Is(i - 1, "in")) &&
      !(i > lookback_floor + 1 && Is(i - 2, "the")) && !CountsFromNamedDay(i) &&
      !LooksBack(i - 1)) {
    within = Is(i - 1, "within");
    dir = 1;
  }
  Numeral num;
  size_t unit_at = 0;
  if (Is(k, "a") || Is(k, "an")) {
    num.value = 1, unit_at = k + 1;
  } else if (ParseNumeral(k, &num) && !num.fraction && num.value > 0 && !num.negative) {
    unit_at = num.te;
  } else {
    return 0;
  }
  const WordInfo* u = Info(unit_at);
  if (!u || u->time_unit == TimeUnit::kNone || u->time_unit >= TimeUnit::kDecade) return 0;
  TimeUnit unit = u->time_unit;
  double amount = num.value;
  size_t e = unit_at + 1;
  // What the offset counts from: the publication date unless a day is named.
  int from_day = 0;
  int sign = 0;
  Mention named;  // the day counted from, when the text names one
  bool has_base = false;
  if (dir == 0) {
    if (Is(e, "from") || Is(e, "after") || Is(e, "later") || Is(e, "hence"))
      sign = 1;
    else if (Is(e, "before") || Is(e, "earlier"))
      sign = -1;
    else
      return 0;
    size_t b = e + 1;
    if (Is(b, "now") || Is(b, "today")) {
      has_base = true, e = b + 1;
    } else if (Is(b, "tomorrow") || Is(b, "tmrw")) {
      has_base = true, from_day = 1, e = b + 1;
    } else if (Is(b, "yesterday")) {
      has_base = true, from_day = -1, e = b + 1;
    }
    // "3 days after January 12th", "16 days from 01/02/2018".
    if (!has_base && (Is(e, "from") || Is(e, "after") || Is(e, "before"))) {
      size_t ne = TryDate(b, &named);
      if (!ne) ne = TryHoliday(b, 0, true, &named);  // "2 weeks before Christmas"
      if (ne && named.date.has_low && named.date.low == named.date.high && !named.range) {
        has_base = true;
        e = ne;
      }
    }
    // "two weeks later" with nothing after it is a duration relative to a
    // date stated elsewhere; the duration recognizer keeps it.
    if (!has_base) return 0;
  }
  if (!opts.anchor && !named.date.has_low) return 0;
  Day start = named.date.has_low ? named.date.low : *opts.anchor + from_day;
  if (dir != 0) {
    // "in 2 weeks": the day that far ahead; "next 5 days" / "within 9 months":
    // the run of days up to it.
    bool run = Is(i, "next") || Is(i, "coming") || within;
    if (!run && !(i > lookback_floor && Is(i - 1, "in"))) return 0;
    sign = 1;
    if (unit < TimeUnit::kDay && !run) {
      if (!opts.anchor_time) return 0;
    }
    Day target = 0;
    if (!AddUnits(start, unit, amount, &target)) return 0;
    m->kind = Kind::kDate;
    m->relative = 1;
    m->date.granularity = Granularity::kDay;
    if (run) {
      // "within 9 months" runs up to the day before the one 9 months on.
      m->date.low = within ? start : start + 1;
      m->date.high = within ? target - 1 : target;
      m->range = true;
      // Less than a day ahead ("next 1 hour" with no time of publication,
      // "within 0.4 days"): the publication day itself.
      if (m->date.high < m->date.low) m->date.low = m->date.high = start;
    } else {
      m->date.low = m->date.high = target;
    }
    if (unit < TimeUnit::kDay && opts.anchor_time) {
      // "in 5 minutes" is a moment; "next 2 hours" runs from now to it.
      int64_t now = static_cast<int64_t>(start) * 86400 + *opts.anchor_time, offset = 0;
      if (!OffsetSeconds(amount, unit, &offset)) return 0;
      int64_t then = now + offset;
      SplitMoment(run ? now : then, &m->date.low, &m->date.time_low);
      SplitMoment(then, &m->date.high, &m->date.time_high);
      m->date.granularity = Granularity::kSecond;
    }
    m->date.has_low = m->date.has_high = true;
    // "within 9 months" and "in 2 weeks" take their preposition; "next 5 days" starts at "next".
    m->norm = SpanOf(within || !run ? i - 1 : i, e);
    return e;
  }
  Day target = 0;
  if (!AddUnits(start, unit, sign * amount, &target)) return 0;
  m->kind = Kind::kDate;
  m->relative = sign;
  m->date.granularity = Granularity::kDay;
  m->date.low = m->date.high = target;
  m->date.has_low = m->date.has_high = true;
  if (unit < TimeUnit::kDay) {
    int64_t offset = 0;
    if (!opts.anchor_time || !OffsetSeconds(amount, unit, &offset)) return 0;
    int64_t then = static_cast<int64_t>(start) * 86400 + *opts.anchor_time + sign * offset;
    SplitMoment(then, &m->date.low, &m->date.time_low);
    m->date.high = m->date.low, m->date.time_high = m->date.time_low;
    m->date.granularity = Granularity::kSecond;
  }
  m->norm = SpanOf(i, e);
  // "more than 2 weeks before today" is open before that day; "less than 3
  // days after tomorrow" runs from the base day up to it.
  if (unit >= TimeUnit::kDay && i >= lookback_floor + 2 && Is(i - 1, "than") &&
      (Is(i - 2, "more") || Is(i - 2, "less"))) {
    m->qualifier = SpanOf(i - 2, i);
    m->qualifier_text = std::string(m->qualifier.In(text));
    if (Is(i - 2, "more") && sign < 0) {
      m->hedge = Hedge::kBefore;
    } else if (Is(i - 2, "less")) {
      // A closed run of days, not an open bound: the qualifier stays as written.
      m->range = true;
      if (sign > 0)
        m->date.low = start, m->date.high = target - 1;
      else
        m->date.low = target + 1, m->date.high = start;
    } else {
      m->qualifier = Span();
      m->qualifier_text.clear();
    }
  }
  return e;
}

bool Recognizer::Impl::CountsFromNamedDay(size_t i) const {
  Numeral num;
  size_t u = (Is(i, "a") || Is(i, "an")) ? i + 1 : ParseNumeral(i, &num) ? num.te : 0;
  if (!u || !Info(u) || Info(u)->time_unit == TimeUnit::kNone) return false;
  return (Is(u + 1, "from") || Is(u + 1, "after") || Is(u + 1, "before")) &&
         (Is(u + 2, "now") || Is(u + 2, "today") || Is(u + 2, "tomorrow") ||
          Is(u + 2, "yesterday"));
}

bool Recognizer::Impl::AddUnits(Day from, TimeUnit unit, double amount, Day* out) const {
  if (amount != std::floor(amount) && unit >= TimeUnit::kMonth) return false;
  // Past the years a date holds: refused before any integer conversion.
  double unit_days = TimeUnitSeconds(unit) > 0    ? TimeUnitSeconds(unit) / 86400
                     : unit == TimeUnit::kMonth   ? 31
                     : unit == TimeUnit::kQuarter ? 92
                                                  : 366;
  if (!(std::fabs(amount) * unit_days < 10000.0 * 366)) return false;
  switch (unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
      *out = from;
      return true;
    case TimeUnit::kDay:
      *out = from + static_cast<Day>(std::lround(amount));
      return true;
    case TimeUnit::kWeek:
      *out = from + static_cast<Day>(std::lround(amount * 7));
      return true;
    case TimeUnit::kFortnight:
      *out = from + static_cast<Day>(std::lround(amount * 14));
      return true;
    default:
      break;
  }
  long months = std::lround(amount * (unit == TimeUnit::kMonth     ? 1
                                      : unit == TimeUnit::kQuarter ? 3
                                                                   : 12));
  CivilDate c = CivilFromDays(from);
  long total = c.year * 12L + (c.month - 1) + months;
  if (total < 0 || total > 9999L * 12) return false;
  int y = static_cast<int>(total / 12), mo = static_cast<int>(total % 12) + 1;
  *out = DaysFromCivil(y, mo, std::min(c.day, DaysInMonth(y, mo)));
  return true;
}

void Recognizer::Impl::AnchorPeriod(size_t first, size_t floor, Mention* m) const {
  if (m->kind != Kind::kDuration || m->range || !m->value.has_point || !opts.anchor ||
      m->relative != 0 || m->since_last)
    return;
  // The direction word: "the past six months" (before the figure) or "the
  // coming decade" (inside it, after "the").
  size_t d = first > floor + 1 && Is(first - 2, "the") ? first - 1 : first + 1;
  if (d == first + 1 && !Is(first, "the")) return;
  const WordInfo* w = Info(d);
  if (!w || w->relative == WordInfo::kNoOffset || w->relative == 0) return;
  TimeUnit unit = TimeUnitOfReportName(m->unit);
  Day edge = 0;
  double amount = m->value.point * w->relative;
  if (unit < TimeUnit::kDay || !AddUnits(*opts.anchor, unit, amount, &edge)) return;
  // As the runs of TryUnitRun count them: whole days before the publication
  // date ("the past six months") or after it ("the coming decade").
  m->anchored = true;
  m->date.low = w->relative < 0 ? edge : *opts.anchor + 1;
  m->date.high = w->relative < 0 ? *opts.anchor - 1 : edge;
  m->date.has_low = m->date.has_high = true;
  m->date.granularity = Granularity::kDay;
}

}  // namespace crosscheck
