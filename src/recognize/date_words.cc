// Dates that start with a word: "today", "the end of 1989", "earlier this
// year", "mid-2024", "the year 2008", "this weekend", "between now and
// November 15th", "Q3 2024", "the first quarter of 2024", and a weekday before
// a date ("Wednesday, March 26, 2025"). TryDate (dates.cc) tries them in order.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

// "3rd week of 2018".
size_t Recognizer::Impl::DateWeekOfNumber(size_t i, Mention* m) const {
  if (IsNum(i) && Is(i + 2, "week"))  // "3rd week of 2018"
    if (size_t e = TryWeekOf(i, m)) return e;
  return 0;
}

size_t Recognizer::Impl::DateAfterWeekday(size_t i, Mention* m) const {
  // A weekday in front of a date: "Wednesday, March 26, 2025".
  if (const WordInfo* w = Info(i);
      w && w->weekday && (toks[i].upper_initial || Raw(i).size() >= 6)) {
    size_t k = i + 1;
    if (IsSym(k, '.') && Adjacent(k)) ++k;
    if (IsSym(k, ',')) ++k;
    Mention inner;
    if (size_t e = TryDate(k, &inner); e && inner.kind == Kind::kDate &&
                                       inner.date.granularity == Granularity::kDay &&
                                       !inner.weekday) {
      *m = inner;
      m->weekday = w->weekday;
      m->weekday_norm = Span{toks[i].begin, toks[i].end};
      m->norm.begin = toks[i].begin;
      return e;
    }
    // "Wednesday next week", "Monday 21" (the 21st, if it is a Monday near the publication date).
    if (size_t e = WeekdayAlone(i, w->weekday, m)) return e;
    return kNoDate;
  }
  return 0;
}

// "today", "yesterday", "tomorrow".
size_t Recognizer::Impl::DateDeicticDay(size_t i, Mention* m) const {
  int offset = Info(i) ? Info(i)->day_offset : WordInfo::kNoOffset;
  if (offset != WordInfo::kNoOffset) {
    m->kind = Kind::kDate;
    m->relative = offset;
    if (opts.anchor) {
      m->date.low = m->date.high = *opts.anchor + offset;
      m->date.has_low = m->date.has_high = true;
    } else {
      m->date.unresolved = offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF";
    }
    m->norm = SpanOf(i, i + 1);
    return i + 1;
  }
  return 0;
}

size_t Recognizer::Impl::DateEndOfDay(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  // "end of the day", "end of day", "EOD": the publication date's last second.
  // "At the end of the day" is an idiom, not a deadline.
  bool idiom = i > 1 && Is(i - 1, "the") && Is(i - 2, "at");
  if (((l == "end" && !idiom && Is(i + 1, "of") &&
        (Is(i + 2, "day") || (Is(i + 2, "the") && Is(i + 3, "day")))) ||
       l == "eod") &&
      opts.anchor) {
    size_t e = l == "eod" ? i + 1 : Is(i + 2, "day") ? i + 3 : i + 4;
    m->kind = Kind::kDate;
    m->date.low = m->date.high = *opts.anchor;
    m->date.has_low = m->date.has_high = true;
    m->date.time_low = m->date.time_high = 24 * 3600 - 1;
    m->date.granularity = Granularity::kSecond;
    m->norm = SpanOf(i, e);
    return e;
  }
  return 0;
}

size_t Recognizer::Impl::DatePartOfPeriodWord(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  // "the end of 1989", "the beginning of March", "the middle of 2000" read
  // as "late", "early" and "mid"; "end of tomorrow" is the day's last second.
  std::string_view part = l;
  size_t lead = i;  // where the span starts
  if (l == "the" &&
      (Is(i + 1, "end") || Is(i + 1, "beginning") || Is(i + 1, "start") || Is(i + 1, "middle")))
    ++lead, part = Low(i + 1);
  if ((part == "end" || part == "beginning" || part == "start" || part == "middle") &&
      Is(lead + 1, "of")) {
    size_t k = lead + 2;
    Mention inner;
    size_t e = (Is(k, "the") &&
                (Is(k + 1, "day") || Is(k + 1, "week") || Is(k + 1, "month") || Is(k + 1, "year")))
                   ? 0
                   : TryDate(k, &inner);
    if (e && inner.kind == Kind::kDate && inner.date.has_low && !inner.range &&
        !inner.date.has_time()) {
      *m = inner;
      if (inner.date.granularity == Granularity::kDay) {
        if (part != "end") return kNoDate;
        m->date.time_low = m->date.time_high = 24 * 3600 - 1;
        m->date.granularity = Granularity::kSecond;
      } else {
        KeepThird(part == "beginning" || part == "start" ? 0 : part == "middle" ? 1 : 2, &m->date);
      }
      m->norm.begin = toks[lead].begin;  // "end of 2000": "the" stays outside, as with years
      return e;
    }
    return kNoDate;
  }
  return 0;
}

size_t Recognizer::Impl::DateEarlierLater(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  // "earlier this year", "later this month", "later in the week": the part
  // of the period before or after the publication date.
  if ((l == "earlier" || l == "later") &&
      (Is(i + 1, "this") || (Is(i + 1, "in") && Is(i + 2, "the")))) {
    size_t k = Is(i + 1, "this") ? i + 2 : i + 3;
    const WordInfo* u = Info(k);
    if (!u || Raw(k).back() == 's' ||
        !(u->time_unit == TimeUnit::kWeek || u->time_unit == TimeUnit::kMonth ||
          u->time_unit == TimeUnit::kYear))
      return kNoDate;
    m->kind = Kind::kDate;
    m->relative = l == "earlier" ? -1 : 1;
    m->norm = SpanOf(i, k + 1);
    if (!opts.anchor) {
      m->date.unresolved = l == "earlier" ? "PAST_REF" : "FUTURE_REF";
      return k + 1;
    }
    Day a = *opts.anchor;
    CivilDate c = CivilFromDays(a);
    Day lo, hi;
    if (u->time_unit == TimeUnit::kWeek) {
      lo = MondayOf(a), hi = lo + 6;
      m->date.granularity = Granularity::kDay;
    } else if (u->time_unit == TimeUnit::kMonth) {
      lo = DaysFromCivil(c.year, c.month, 1), hi = lo + DaysInMonth(c.year, c.month) - 1;
      m->date.granularity = Granularity::kDay;
    } else {
      lo = DaysFromCivil(c.year, 1, 1), hi = DaysFromCivil(c.year, 12, 31);
      m->date.granularity = Granularity::kDay;
    }
    if (l == "earlier")
      hi = std::max(lo, a - 1);
    else
      lo = a;
    m->date.low = lo, m->date.high = hi;
    m->date.has_low = m->date.has_high = true;
    return k + 1;
  }
  return 0;
}

// early / mid / late + year, decade or month.
size_t Recognizer::Impl::DateEarlyMidLate(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  if (l == "early" || l == "mid" || l == "late") {
    size_t k = i + 1;
    if (IsSym(k, '-') && Adjacent(k)) ++k;
    if (Is(k, "the")) ++k;
    Mention inner;
    size_t e = 0;
    if (!(Is(k, "early") || Is(k, "mid") || Is(k, "late"))) e = TryDate(k, &inner);
    if (e && inner.date.has_low && inner.date.granularity >= Granularity::kMonth && !inner.range) {
      *m = inner;
      KeepThird(l == "early" ? 0 : l == "mid" ? 1 : 2, &m->date);
      m->norm.begin = toks[i].begin;
      return e;
    }
    return kNoDate;
  }
  return 0;
}

size_t Recognizer::Impl::DateNamedYear(size_t i, Mention* m) const {
  return TryNamedYear(i, 0, false, m);
}
size_t Recognizer::Impl::DateSeason(size_t i, Mention* m) const {
  return TrySeason(i, 0, false, m);
}

size_t Recognizer::Impl::DateYearWord(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  int y0 = 0;
  // "the year 2008": the year, named with its unit.
  if ((l == "year" || (l == "the" && Is(i + 1, "year"))) &&
      YearAt(l == "the" ? i + 2 : i + 1, &y0)) {
    size_t k = l == "the" ? i + 2 : i + 1;
    SetYears(y0, y0, Granularity::kYear, m);
    m->norm = SpanOf(k - 1, k + 1);  // "year 2008"; a hedge before "the" still binds it
    return k + 1;
  }
  return 0;
}

size_t Recognizer::Impl::DateWeekend(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  // "the weekend", "this weekend": the coming Saturday and Sunday (this
  // one when the publication date falls on it).
  if ((l == "weekend" || (l == "the" && Is(i + 1, "weekend"))) && opts.anchor &&
      !(i > 0 && Info(i - 1) && Info(i - 1)->date_word)) {
    size_t k = l == "the" ? i + 1 : i;
    if (Is(k + 1, "of")) return kNoDate;  // "the weekend of Halloween": not read
    Day a = *opts.anchor;
    int wd = IsoWeekday(a);
    Day saturday = wd >= 6 ? a - (wd - 6) : a + (6 - wd);
    m->kind = Kind::kDate;
    m->date.low = saturday, m->date.high = saturday + 1;
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kWeek;
    m->norm = SpanOf(i, k + 1);
    return k + 1;
  }
  return 0;
}

size_t Recognizer::Impl::DateNowAnd(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  // "between now and November 15th": from the publication date.
  if (l == "now" && i > lookback_floor && Is(i - 1, "between") && Is(i + 1, "and") && opts.anchor) {
    Mention end;
    size_t e = TryDate(i + 2, &end);
    // "between now and November 15th" looks ahead: a day without a year
    // that fell before the publication date is next year's.
    int year = 0;
    if (e && end.date.has_high && end.date.high < *opts.anchor && !YearAt(e - 1, &year) &&
        end.date.granularity == Granularity::kDay) {
      CivilDate c = CivilFromDays(end.date.high);
      if (IsValidDate(c.year + 1, c.month, c.day))
        end.date.low = end.date.high = DaysFromCivil(c.year + 1, c.month, c.day);
    }
    if (e && end.date.has_high && end.date.high >= *opts.anchor) {
      *m = end;
      m->date.low = *opts.anchor;
      m->date.granularity = Granularity::kDay;
      m->range = true;
      m->norm = SpanOf(i - 1, e);
      return e;
    }
    return kNoDate;
  }
  return 0;
}

size_t Recognizer::Impl::DateQuarterCode(size_t i, Mention* m) const {
  std::string_view l = Low(i);
  // Quarters and halves: "Q3 2024", "H1 2025", "the first quarter of 2024".
  if ((l == "q" || l == "h") && IsNum(i + 1) && Adjacent(i + 1)) {
    long q = PlainInt(i + 1);
    int parts = l == "q" ? 4 : 2;
    if (q >= 1 && q <= parts) {
      size_t k = i + 2;
      int y = 0;
      bool known = false;
      if (YearAt(k, &y) || ((IsSym(k, ',') || IsSym(k, '-')) && YearAt(k + 1, &y))) {
        known = true;
        k = YearAt(k, &y) ? k + 1 : k + 2;  // "Q3 2024", "Q3, 2024", "q1-2019"
      } else if (opts.anchor) {
        y = CivilFromDays(*opts.anchor).year;
        known = true;
      }
      m->kind = Kind::kDate;
      if (known) {
        SetYearPart(y, static_cast<int>(q), parts, &m->date);
      } else {
        m->date.granularity = Granularity::kQuarter;
        m->date.unresolved = "XXXX-Q" + std::to_string(q);
      }
      m->norm = SpanOf(i, k);
      return k;
    }
  }
  return 0;
}

// "the first quarter of 2024", "second half of 2025".
size_t Recognizer::Impl::DateOrdinalQuarter(size_t i, Mention* m) const {
  // The ordinal as a word ("first", "premier", "troisième") or as digits
  // with the language's suffix ("3rd", "3e"); then a word of the quarter
  // time unit ("quarter", "trimestre") or "half".
  int ord = 0;
  size_t u = 0;
  if (const WordInfo* w = Info(i); w && w->ordinal >= 1 && w->ordinal <= 4) {
    ord = w->ordinal, u = i + 1;
  } else if (IsNum(i) && IsWord(i + 1) && Adjacent(i + 1) && lex->IsOrdinalSuffix(Low(i + 1))) {
    long v = PlainInt(i);
    if (v >= 1 && v <= 4) ord = static_cast<int>(v), u = i + 2;
  }
  if (!ord) return 0;
  const WordInfo* unit = Info(u);
  bool quarter = unit && unit->time_unit == TimeUnit::kQuarter;
  bool half = Is(u, "half") && ord <= 2;
  if (!quarter && !half) return 0;
  size_t k = u + 1;
  int parts = quarter ? 4 : 2;
  // Its year: after the language's "of" ("of 2024", "de 2024"), or right
  // after ("the first quarter 2024", "premier trimestre 2024").
  bool of = IsWord(k) && lex->IsYearOf(Low(k));
  int y = 0;
  if (size_t yk = of ? k + 1 : k; YearAt(yk, &y)) {
    m->kind = Kind::kDate;
    SetYearPart(y, ord, parts, &m->date);
    m->norm = SpanOf(i, yk + 1);
    return yk + 1;
  }
  // "the second half of this year", "the first quarter of next year".
  Mention year;
  if (size_t e = of ? TryDate(k + 1, &year) : 0;
      e && year.kind == Kind::kDate && year.date.has_low && !year.range &&
      year.date.granularity == Granularity::kYear &&
      CivilFromDays(year.date.low).year == CivilFromDays(year.date.high).year) {
    *m = year;
    m->date = DateValue{};
    SetYearPart(CivilFromDays(year.date.low).year, ord, parts, &m->date);
    m->norm = SpanOf(i, e);
    return e;
  }
  return 0;
}

// "this time two years ago", "this time last year", "this time next
// month": about the publication date shifted by that much, the week around
// the day it falls on.
size_t Recognizer::Impl::DateThisTime(size_t i, Mention* m) const {
  if (!Is(i, "this") || !Is(i + 1, "time") || !opts.anchor) return 0;
  size_t k = i + 2, e = 0;
  double n = 0;
  TimeUnit unit = TimeUnit::kNone;
  if (const WordInfo* r = Info(k);
      r && r->relative != WordInfo::kNoOffset && r->relative != 0 && Info(k + 1)) {
    unit = Info(k + 1)->time_unit;
    n = r->relative;
    e = k + 2;
  } else if (Numeral num;
             ParseNumeral(k, &num) && !num.negative && Info(num.te) && Is(num.te + 1, "ago")) {
    unit = Info(num.te)->time_unit;
    n = -num.value;
    e = num.te + 2;
  }
  Day day = 0;
  if (unit < TimeUnit::kDay || unit > TimeUnit::kYear || !AddUnits(*opts.anchor, unit, n, &day))
    return 0;
  m->kind = Kind::kDate;
  m->relative = n < 0 ? -1 : 1;
  m->date.low = day - 3, m->date.high = day + 3;
  m->date.has_low = m->date.has_high = true;
  m->date.granularity = Granularity::kWeek;
  m->norm = SpanOf(i, e);
  return e;
}

}  // namespace crosscheck
