// Dates named relative to the publication date or to a period: "last
// year", "next March", "this Friday", "on Friday", "the first nine months of
// 2024", "the third month of 2021". Named periods (weeks, fiscal years,
// seasons, holidays) are in named_periods.cc.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/holidays.h"
#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

// "last week", "this September", "next Monday", "this past Wednesday",
// "the coming weekend": a calendar unit counted from the publication date.
size_t Recognizer::Impl::TryRelativeWord(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  int dir = Info(i) ? Info(i)->relative : WordInfo::kNoOffset;
  if (dir == WordInfo::kNoOffset) return 0;
  // "the previous Easter", "the next Thanksgiving": a holiday takes "the".
  if (const WordInfo* h = Info(i + 1); h && h->holiday_start) {
    if (size_t e = TryHoliday(i + 1, dir, true, m)) {
      m->norm.begin = toks[i].begin;
      return e;
    }
    if (h->holiday_only) return 0;
  }
  // "the past decade", "the last five years" are durations; "the next day" is relative to
  // a date stated elsewhere.
  // "the last quarter" is the quarter before this one: earnings news says it so.
  if (i > 0 && Is(i - 1, "the") && !(Is(i, "coming") || Is(i, "upcoming")) && !Is(i + 1, "quarter"))
    return 0;
  size_t k = i + 1;
  // "this past Wednesday" is the last one; "this coming Friday" the next.
  bool nearest = l == "coming" || l == "upcoming" || l == "past";
  if (l == "this" && (Is(k, "past") || Is(k, "coming") || Is(k, "upcoming"))) {
    dir = Is(k, "past") ? -1 : 1;
    nearest = true;
    ++k;
  }
  // "last fiscal year", "this calendar year", "this summer".
  if (size_t e = TrySeason(k, dir, true, m)) {
    m->norm = SpanOf(i, e);
    return e;
  }
  if (size_t e = TryNamedYear(k, dir, true, m)) {
    m->relative = dir;
    m->norm = SpanOf(i, e);
    return e;
  }
  const WordInfo* u = Info(k);
  if (!u || u->holiday_only) return 0;
  m->kind = Kind::kDate;
  m->relative = dir;
  auto unresolved = [&](size_t end) {
    m->date.unresolved = dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF";
    m->norm = SpanOf(i, end);
    return end;
  };
  if (u->weekday && (toks[k].upper_initial || Raw(k).size() >= 6))
    return RelativeWeekday(i, k, dir, nearest, m);
  // "this may take longer" is a verb; "this May" a month.
  if (u->month && (toks[k].upper_initial || (!u->month_abbrev && !Is(k, "may"))) && !nearest &&
      l != "past") {
    if (!opts.anchor) return unresolved(k + 1);
    CivilDate c = CivilFromDays(*opts.anchor);
    int y = c.year;
    // "last May" is the most recent May before this month; "next May" the first after it.
    if (dir < 0 && u->month >= c.month) --y;
    if (dir > 0 && u->month <= c.month) ++y;
    SetMonth(y, u->month, true, m);
    m->relative = dir;
    m->norm = SpanOf(i, k + 1);
    return k + 1;
  }
  if (Is(k, "weekend")) {
    if (!opts.anchor) return unresolved(k + 1);
    Day saturday = MondayOf(*opts.anchor) + 5 + 7 * dir;
    m->date.low = saturday, m->date.high = saturday + 1;
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kWeek;
    m->norm = SpanOf(i, k + 1);
    return k + 1;
  }
  // "last week of July" is a week of July, read by TryWeekOf.
  if (u->time_unit == TimeUnit::kWeek && l == "last" && Is(k + 1, "of")) return 0;
  if ((u->time_unit == TimeUnit::kYear || u->time_unit == TimeUnit::kMonth ||
       u->time_unit == TimeUnit::kWeek || u->time_unit == TimeUnit::kDay ||
       u->time_unit == TimeUnit::kQuarter) &&
      Raw(k).back() != 's' && !(nearest && l != "past")) {     // "past quarter" = the last one
    if (u->time_unit == TimeUnit::kDay && dir == 0) return 0;  // "this day" is rhetoric
    if (!opts.anchor) return unresolved(k + 1);
    CalendarUnitFrom(u->time_unit, dir, m);
    if (u->time_unit == TimeUnit::kWeek) {
      const Day monday = m->date.low;
      // "next week Mon", "next week on Tuesday": one day of that week.
      size_t d = Is(k + 1, "on") ? k + 2 : k + 1;
      if (const WordInfo* wd = Info(d);
          wd && wd->weekday && (toks[d].upper_initial || Raw(d).size() >= 6)) {
        m->date.low = m->date.high = monday + (wd->weekday - 1);
        m->date.granularity = Granularity::kDay;
        m->weekday = wd->weekday;
        m->weekday_norm = SpanOf(d, d + 1);
        k = d;
      }
    }
    m->relative = dir;
    m->norm = SpanOf(i, k + 1);
    return k + 1;
  }
  *m = Mention();
  return 0;
}

// "tahun lalu", "l'année dernière", "tahun lepas": the calendar unit before
// the relative word, in languages that put the adjective after the noun.
// After a number it is a duration before "ago" ("5 tahun lalu"), not this.
size_t Recognizer::Impl::DateUnitThenRelative(size_t i, Mention* m) const {
  const WordInfo* u = Info(i);
  if (!u || (u->time_unit != TimeUnit::kYear && u->time_unit != TimeUnit::kMonth &&
             u->time_unit != TimeUnit::kWeek))
    return 0;
  if (i > 0 && (IsNum(i - 1) || (Info(i - 1) && Info(i - 1)->unit > 0))) return 0;
  const WordInfo* r = IsWord(i + 1) ? Info(i + 1) : nullptr;
  if (!r || r->relative == WordInfo::kNoOffset || r->time_unit != TimeUnit::kNone) return 0;
  const int dir = r->relative;
  m->kind = Kind::kDate;
  m->relative = dir;
  m->norm = SpanOf(i, i + 2);
  if (!opts.anchor) {
    m->date.unresolved = dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return i + 2;
  }
  CalendarUnitFrom(u->time_unit, dir, m);
  m->relative = dir;
  m->norm = SpanOf(i, i + 2);
  return i + 2;
}

// The calendar year, quarter, month, week or day `dir` units from the one
// holding the publication date ("last quarter": the quarter before this one).
// REQUIRES: opts.anchor.
void Recognizer::Impl::CalendarUnitFrom(TimeUnit unit, int dir, Mention* m) const {
  CivilDate c = CivilFromDays(*opts.anchor);
  if (unit == TimeUnit::kQuarter) {
    int q = c.year * 4 + (c.month - 1) / 3 + dir;
    int y = q / 4, m1 = q % 4 * 3 + 1;
    m->date.low = DaysFromCivil(y, m1, 1);
    m->date.high = DaysFromCivil(y, m1 + 2, DaysInMonth(y, m1 + 2));
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kQuarter;
  } else if (unit == TimeUnit::kYear) {
    SetYears(c.year + dir, c.year + dir, Granularity::kYear, m);
  } else if (unit == TimeUnit::kMonth) {
    int total = c.year * 12 + (c.month - 1) + dir;
    SetMonth(total / 12, total % 12 + 1, true, m);
  } else if (unit == TimeUnit::kDay) {
    m->date.low = m->date.high = *opts.anchor + dir;
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kDay;
  } else {
    Day monday = MondayOf(*opts.anchor) + 7 * dir;
    m->date.low = monday;
    m->date.high = monday + 6;
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kWeek;
  }
}

size_t Recognizer::Impl::WeekdayAlone(size_t i, int weekday, Mention* m) const {
  // Abbreviations alone ("Wed", "Sun") are too weak: only with a day after them.
  bool full = Raw(i).size() >= 6;
  size_t e = i + 1;
  // A lower-case weekday needs a preposition before it or a time after it:
  // "on friday", "friday at 5", but not "black friday".
  if (!toks[i].upper_initial &&
      !(i > lookback_floor &&
        (Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "since") ||
         Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "from") || Is(i - 1, "or") ||
         Is(i - 1, "and") || Is(i - 1, "to"))) &&
      !(IsNum(e) || Is(e, "at") || Is(e, "in") || Is(e, "of") || Is(e, "next") || Is(e, "this") ||
        Is(e, "last") || (Info(e) && Info(e)->part_of_day != PartOfDay::kNone)))
    return 0;
  m->kind = Kind::kDate;
  m->weekday = weekday;
  m->weekday_norm = SpanOf(i, i + 1);
  m->date.granularity = Granularity::kDay;
  // "Wednesday next week", "Monday this week".
  Mention week;
  size_t wk = Is(e, "of") ? e + 1 : e;  // "Tuesday of last week"
  if (size_t we = TryRelativeWord(wk, &week);
      we && week.date.granularity == Granularity::kWeek && Is(wk + 1, "week")) {
    m->relative = week.relative;
    if (week.date.has_low) {
      m->date.low = m->date.high = week.date.low + (weekday - 1);
      m->date.has_low = m->date.has_high = true;
    } else {
      m->date.unresolved = "XXXX-WXX-" + std::to_string(weekday);
    }
    m->norm = SpanOf(i, we);
    return we;
  }
  if (!full && !(toks[i].upper_initial && (IsNum(e) || (Is(e, "at") && IsNum(e + 1))))) return 0;
  m->date.unresolved = "XXXX-WXX-" + std::to_string(weekday);
  m->norm = SpanOf(i, e);
  if (!opts.anchor) return e;
  Day a = *opts.anchor;
  // "Monday 21", "Friday the 26th", "Tuesday the eleventh": the day of the
  // month that falls on that weekday, nearest the publication date.
  TimeSpan times;
  long dom = -1;
  size_t dom_end = 0;
  if (Is(e, "the")) {
    if (const WordInfo* o = Info(e + 1); o && o->ordinal >= 1 && o->ordinal <= 31 && !o->plural)
      dom = o->ordinal, dom_end = e + 2;
    else if (const WordInfo* t = Info(e + 1); t && (t->tens == 20 || t->tens == 30) &&
                                              Info(e + 2) && Info(e + 2)->ordinal >= 1 &&
                                              Info(e + 2)->ordinal <= 9)
      dom = t->tens + Info(e + 2)->ordinal, dom_end = e + 3;
    else if (IsNum(e + 1) && IsWord(e + 2) && Adjacent(e + 2) && lex->IsOrdinalSuffix(Low(e + 2)))
      dom = PlainInt(e + 1), dom_end = e + 3;
  } else if (!ReadTimes(e, false, &times) && !WeekdayTimes(e, &times) && Raw(e).size() <= 2) {
    dom = PlainInt(e);
    dom_end = IsWord(e + 1) && Adjacent(e + 1) && lex->IsOrdinalSuffix(Low(e + 1)) ? e + 2 : e + 1;
  }
  if (dom >= 1 && dom <= 31) {
    CivilDate c = CivilFromDays(a);
    for (int step = 0; step < 24; ++step) {
      int off = (step % 2 ? -1 : 1) * ((step + 1) / 2);
      int total = c.year * 12 + (c.month - 1) + off;
      int y = total / 12, mo = total % 12 + 1;
      if (!IsValidDate(y, mo, static_cast<int>(dom))) continue;
      Day d = DaysFromCivil(y, mo, static_cast<int>(dom));
      if (IsoWeekday(d) != weekday) continue;
      m->date.low = m->date.high = d;
      m->date.has_low = m->date.has_high = true;
      m->date.unresolved.clear();
      m->norm = SpanOf(i, dom_end);
      return dom_end;
    }
    if (!full) return 0;
  }
  // A weekday alone names the nearest such day: the coming one when the
  // sentence speaks of the future, else the last one (news reports what
  // happened). Either way it is a reading, not a statement: `inferred`.
  int diff = weekday - IsoWeekday(a);
  Day d = FutureBefore(i) ? a + (diff <= 0 ? diff + 7 : diff) : a + (diff > 0 ? diff - 7 : diff);
  m->date.low = m->date.high = d;
  m->date.has_low = m->date.has_high = true;
  m->date.inferred = true;
  m->date.unresolved.clear();
  return e;
}

bool Recognizer::Impl::FutureBefore(size_t i) const {
  for (size_t k = 0; k < i; ++k) {
    std::string_view w = Low(k);
    if (w == "will" || w == "shall" || w == "ll" || w == "scheduled" || w == "upcoming" ||
        w == "due" || w == "plans" || w == "planned" || w == "next" || w == "tomorrow")
      return true;
  }
  return false;
}

// "the third month of 2021", "the 15th day of next month", "the first
// quarter of the year": one unit, counted from the start of a period.
size_t Recognizer::Impl::TryNthUnitOf(size_t i, size_t k, Mention* m) const {
  int nth = 0;
  size_t u = 0;
  if (const WordInfo* w = Info(k); w && w->ordinal >= 1 && !w->plural) {
    nth = w->ordinal, u = k + 1;
  } else if (const WordInfo* t = Info(k); t && (t->tens == 20 || t->tens == 30)) {
    size_t o = IsSym(k + 1, '-') && Adjacent(k + 1) ? k + 2 : k + 1;  // "twenty-sixth"
    if (const WordInfo* w2 = Info(o); w2 && w2->ordinal >= 1 && w2->ordinal <= 9)
      nth = t->tens + w2->ordinal, u = o + 1;
  } else if (long v = PlainInt(k); v >= 1 && v <= 366 && IsWord(k + 1) && Adjacent(k + 1) &&
                                   lex->IsOrdinalSuffix(Low(k + 1))) {
    nth = static_cast<int>(v), u = k + 2;
  }
  const WordInfo* unit = Info(u);
  if (!nth || !unit || !Is(u + 1, "of") || Raw(u).back() == 's') return 0;
  TimeUnit tu = unit->time_unit;
  if (tu != TimeUnit::kDay && tu != TimeUnit::kMonth && tu != TimeUnit::kQuarter) return 0;
  // The period: a date, or "the year" / "the month" (the current one).
  Mention period;
  size_t p = u + 2, e = 0;
  if (Is(p, "the") && (Is(p + 1, "year") || Is(p + 1, "month"))) {
    if (!opts.anchor) return 0;
    CivilDate c = CivilFromDays(*opts.anchor);
    if (Is(p + 1, "year"))
      SetYears(c.year, c.year, Granularity::kYear, &period);
    else
      SetMonth(c.year, c.month, true, &period);
    e = p + 2;
  } else {
    e = TryDate(p, &period);
    if (!e) e = TryRelativeWord(p, &period);
  }
  if (!e || period.kind != Kind::kDate || !period.date.has_low || period.range) return 0;
  Granularity g = period.date.granularity;
  // The unit must be smaller than the period: days of a month or year, months
  // and quarters of a year.
  if (!((tu == TimeUnit::kDay && g >= Granularity::kMonth) || g >= Granularity::kYear)) return 0;
  Day start = 0, next = 0;
  if (!AddUnits(period.date.low, tu, nth - 1, &start) || !AddUnits(start, tu, 1, &next) ||
      next - 1 > period.date.high)
    return 0;
  *m = period;
  m->date.low = start, m->date.high = next - 1;
  m->date.granularity = tu == TimeUnit::kDay     ? Granularity::kDay
                        : tu == TimeUnit::kMonth ? Granularity::kMonth
                                                 : Granularity::kQuarter;
  m->norm = SpanOf(i, e);  // "the third month of 2021": the article is part of the name
  return e;
}

size_t Recognizer::Impl::TryPartOfPeriod(size_t i, Mention* m) const {
  size_t k = Is(i, "the") ? i + 1 : i;
  if (size_t e = TryNthUnitOf(i, k, m)) return e;
  bool first = Is(k, "first");
  if (!first && !Is(k, "last")) return 0;
  Numeral num;
  if (!ParseNumeral(k + 1, &num) || num.fraction || num.negative || num.value < 1 ||
      num.value > 366 || num.value != std::floor(num.value))
    return 0;
  const WordInfo* u = Info(num.te);
  if (!u || u->time_unit < TimeUnit::kDay || u->time_unit > TimeUnit::kYear) return 0;
  if (!Is(num.te + 1, "of")) return FirstUnitsOfYear(i, num, u->time_unit, m);
  Mention period;
  size_t e = TryDate(num.te + 2, &period);
  if (!e || period.kind != Kind::kDate || !period.date.has_low || period.range ||
      period.date.granularity < Granularity::kWeek)
    return 0;
  Day edge = 0;
  double n = num.value;
  if (first) {
    if (!AddUnits(period.date.low, u->time_unit, n, &edge)) return 0;
    *m = period;
    m->date.high = std::min(period.date.high, edge - 1);
  } else {
    if (!AddUnits(period.date.high + 1, u->time_unit, -n, &edge)) return 0;
    *m = period;
    m->date.low = std::max(period.date.low, edge);
  }
  m->date.granularity = u->time_unit >= TimeUnit::kMonth ? Granularity::kMonth : Granularity::kDay;
  m->norm = SpanOf(i, e);
  return e;
}

// "this Friday", "next friday (jun-15)", "last Monday": the weekday at k
// after the relative word at i (dir -1, 0, +1); `nearest`: the nearest such
// day in that direction rather than the one in that calendar week.
size_t Recognizer::Impl::RelativeWeekday(size_t i, size_t k, int dir, bool nearest,
                                         Mention* m) const {
  const WordInfo* u = Info(k);
  // "this Friday 5/12", "next friday (jun-15)": a written date wins over the reading.
  size_t d0 = IsSym(k + 1, '(') || IsSym(k + 1, '-') || IsSym(k + 1, ',') ? k + 2 : k + 1;
  Mention written;
  if (size_t we = TryDate(d0, &written);
      we && written.date.has_low && written.date.low == written.date.high &&
      written.date.granularity == Granularity::kDay && !written.weekday) {
    *m = written;
    m->weekday = u->weekday;
    m->weekday_norm = SpanOf(k, k + 1);
    if (d0 == k + 2 && IsSym(k + 1, '(') && IsSym(we, ')')) ++we;
    m->norm = SpanOf(i, we);
    return we;
  }
  m->weekday = u->weekday;
  m->weekday_norm = SpanOf(k, k + 1);
  if (!opts.anchor) {
    m->date.unresolved = dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF";
    m->norm = SpanOf(i, k + 1);
    return k + 1;
  }
  Day a = *opts.anchor;
  Day d;
  if (nearest) {
    int diff = u->weekday - IsoWeekday(a);
    if (dir > 0)
      d = a + (diff <= 0 ? diff + 7 : diff);
    else
      d = a + (diff >= 0 ? diff - 7 : diff);
  } else {
    d = MondayOf(a) + 7 * dir + (u->weekday - 1);
  }
  m->date.low = m->date.high = d;
  m->date.has_low = m->date.has_high = true;
  m->norm = SpanOf(i, k + 1);
  return k + 1;
}

// "in the first eight months", "during the first two quarters": with no
// period named, news means the year of publication, or the one before when
// those months have not passed yet. The date is a reading (`inferred`), so
// checks that need a stated date skip it.
size_t Recognizer::Impl::FirstUnitsOfYear(size_t i, const Numeral& num, TimeUnit unit,
                                          Mention* m) const {
  if (!opts.anchor || !Is(i, "the") || !Is(i + 1, "first") || i == 0 ||
      !(Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "over") || Is(i - 1, "for")) ||
      (unit != TimeUnit::kMonth && unit != TimeUnit::kQuarter && unit != TimeUnit::kWeek))
    return 0;
  int year = CivilFromDays(*opts.anchor).year;
  Day end = 0;
  if (!AddUnits(DaysFromCivil(year, 1, 1), unit, num.value, &end)) return 0;
  if (end > *opts.anchor + 31 && !AddUnits(DaysFromCivil(--year, 1, 1), unit, num.value, &end))
    return 0;
  Day start = DaysFromCivil(year, 1, 1);
  if (end - 1 > DaysFromCivil(year, 12, 31)) return 0;
  m->kind = Kind::kDate;
  m->date.low = start, m->date.high = end - 1;
  m->date.has_low = m->date.has_high = true;
  m->date.granularity = unit == TimeUnit::kWeek ? Granularity::kDay : Granularity::kMonth;
  m->date.inferred = true;
  m->norm = SpanOf(i, num.te + 1);
  return num.te + 1;
}

}  // namespace crosscheck
