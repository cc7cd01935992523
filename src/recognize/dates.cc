// Dates: absolute ("March 12, 2025", "12 March 2025", "2025-03-12",
// "3/12/2025"), partial ("March 12", "in March") anchored to the publication
// date, years and year ranges ("in 2024", "(1973)", "1999-2004", "2025-30"),
// decades ("the 1990s"), quarters ("Q3 2024"), early/mid/late modifiers,
// and relative expressions ("today", "last year").
//
// Ranges are inclusive at both ends, as news copy means them: "March 9-13"
// covers the 13th. A date without a year takes the year that puts it closest
// to the publication date (an article of 5 January saying "December 20" means
// the December before).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "recognize/holidays.h"
#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

bool Recognizer::Impl::YearAt(size_t i, int* year) const {
  int digits = 0;
  long v = PlainInt(i, &digits);
  if (digits != 4 || v < 1000 || v > 2999) return false;
  *year = static_cast<int>(v);
  return true;
}

bool Recognizer::Impl::BadYearAt(size_t i) const {
  if (!IsNum(i)) return false;
  std::string_view s = Raw(i);
  return s.size() >= 5 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

size_t Recognizer::Impl::InvalidYearDate(size_t i, size_t year_at, int month, int day,
                                         Mention* m) const {
  m->kind = Kind::kDate;
  m->date = DateValue{};
  m->date.granularity = day > 0 ? Granularity::kDay : Granularity::kMonth;
  m->date.invalid = true;
  m->date.unresolved = std::string(Raw(year_at)) + Pattern(0, month, day).substr(4);
  m->norm = SpanOf(i, year_at + 1);
  return year_at + 1;
}

void Recognizer::Impl::SetDay(int y, int mo, int d, bool year_known, Mention* m) const {
  m->kind = Kind::kDate;
  m->date.granularity = Granularity::kDay;
  if (year_known) {
    if (!IsValidDate(y, mo, d)) {
      m->date.invalid = true;
      m->date.unresolved = Pattern(y, mo, d);
      return;
    }
    m->date.low = m->date.high = DaysFromCivil(y, mo, d);
    m->date.has_low = m->date.has_high = true;
    return;
  }
  if (!IsValidDate(2000, mo, d)) {  // 2000 is a leap year: Feb 29 can exist
    m->date.invalid = true;
    m->date.unresolved = Pattern(0, mo, d);
    return;
  }
  if (!opts.anchor) {
    m->date.unresolved = Pattern(0, mo, d);
    return;
  }
  int ay = CivilFromDays(*opts.anchor).year;
  bool found = false;
  Day best = 0;
  for (int cy = ay - 1; cy <= ay + 1; ++cy) {
    if (!IsValidDate(cy, mo, d)) continue;
    Day cand = DaysFromCivil(cy, mo, d);
    if (!found || std::abs(cand - *opts.anchor) < std::abs(best - *opts.anchor))
      best = cand, found = true;
  }
  if (!found) {
    m->date.unresolved = Pattern(0, mo, d);
    return;
  }
  m->date.low = m->date.high = best;
  m->date.has_low = m->date.has_high = true;
}

void Recognizer::Impl::SetMonth(int y, int mo, bool year_known, Mention* m) const {
  m->kind = Kind::kDate;
  m->date.granularity = Granularity::kMonth;
  if (!year_known) {
    if (!opts.anchor) {
      m->date.unresolved = Pattern(0, mo, 0);
      return;
    }
    int ay = CivilFromDays(*opts.anchor).year;
    Day best_mid = 0;
    for (int cy = ay - 1; cy <= ay + 1; ++cy) {
      Day mid = DaysFromCivil(cy, mo, 15);
      if (cy == ay - 1 || std::abs(mid - *opts.anchor) < std::abs(best_mid - *opts.anchor))
        best_mid = mid, y = cy;
    }
  }
  m->date.low = DaysFromCivil(y, mo, 1);
  m->date.high = DaysFromCivil(y, mo, DaysInMonth(y, mo));
  m->date.has_low = m->date.has_high = true;
}

void Recognizer::Impl::SetYears(int y1, int y2, Granularity g, Mention* m) const {
  m->kind = Kind::kDate;
  m->date.granularity = g;
  m->date.low = DaysFromCivil(y1, 1, 1);
  m->date.high = DaysFromCivil(y2, 12, 31);
  m->date.has_low = m->date.has_high = true;
}

size_t Recognizer::Impl::SpelledYearAt(size_t k, int* year) const {
  const WordInfo* w = Info(k);
  if (!w || !IsWord(k)) return 0;
  // "two thousand and fifteen", "two thousand": a cardinal that is a year.
  if (w->unit >= 1 && w->unit <= 2 && Is(k + 1, "thousand")) {
    Numeral num;
    if (!ParseSpelled(k, &num) || num.fraction || num.value < 1000 || num.value > 2999 ||
        num.value != std::floor(num.value))
      return 0;
    *year = static_cast<int>(num.value);
    return num.te;
  }
  // "nineteen eighty six", "seventeen hundred thirty three", "twenty twenty".
  int century = w->unit >= 10 ? w->unit : w->tens >= 20 ? w->tens : 0;
  if (century < 10) return 0;
  size_t j = k + 1;
  int rest = -1;
  auto two_digits = [&](size_t t, size_t* end) {
    const WordInfo* a = Info(t);
    if (!a) return -1;
    if (a->unit >= 10) return *end = t + 1, a->unit;
    if (a->tens < 20) return -1;
    size_t u = IsSym(t + 1, '-') && Adjacent(t + 1) ? t + 2 : t + 1;
    if (const WordInfo* b = Info(u); b && b->unit >= 1 && b->unit <= 9)
      return *end = u + 1, a->tens + b->unit;
    return *end = t + 1, a->tens;
  };
  size_t end = 0;
  if (Is(j, "hundred")) {
    ++j;
    if (Is(j, "and")) ++j;
    rest = two_digits(j, &end);
    if (rest < 0) {
      const WordInfo* a = Info(j);
      rest = a && a->unit >= 1 && a->unit <= 9 ? a->unit : 0;
      end = rest ? j + 1 : j;
    }
  } else if (Is(j, "oh")) {
    const WordInfo* a = Info(j + 1);
    if (!a || a->unit < 1 || a->unit > 9) return 0;
    rest = a->unit, end = j + 2;
  } else {
    rest = two_digits(j, &end);
  }
  if (rest < 0) return 0;
  *year = century * 100 + rest;
  return *year >= 1000 && *year <= 2999 ? end : 0;
}

size_t Recognizer::Impl::YearAfterMonth(size_t e, bool abbrev, int* year, bool* known) const {
  if (abbrev && IsSym(e, '.') && Adjacent(e)) ++e;      // "Aug."
  size_t t = IsSym(e, ',') || Is(e, "of") ? e + 1 : e;  // "March 12, 2025", "July of 1995"
  *known = YearAt(t, year);
  return *known ? t + 1 : e;
}

size_t Recognizer::Impl::TryDate(size_t i, Mention* m) const {
  if (IsNum(i) && Is(i + 2, "week"))  // "3rd week of 2018"
    if (size_t e = TryWeekOf(i, m)) return e;
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
    return 0;
  }

  // Relative days and periods.
  if (IsWord(i)) {
    std::string_view l = Low(i);
    int y0 = 0;
    int offset = l == "today"                       ? 0
                 : l == "yesterday"                 ? -1
                 : (l == "tomorrow" || l == "tmrw") ? 1
                                                    : 99;
    if (offset != 99) {
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
    if (size_t e = TryRelativeWord(i, m)) return e;
    // early / mid / late + year, decade or month.
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
      size_t e = (Is(k, "the") && (Is(k + 1, "day") || Is(k + 1, "week") || Is(k + 1, "month") ||
                                   Is(k + 1, "year")))
                     ? 0
                     : TryDate(k, &inner);
      if (e && inner.kind == Kind::kDate && inner.date.has_low && !inner.range &&
          !inner.date.has_time()) {
        *m = inner;
        if (inner.date.granularity == Granularity::kDay) {
          if (part != "end") return 0;
          m->date.time_low = m->date.time_high = 24 * 3600 - 1;
          m->date.granularity = Granularity::kSecond;
        } else {
          KeepThird(part == "beginning" || part == "start" ? 0
                    : part == "middle"                     ? 1
                                                           : 2,
                    &m->date);
        }
        m->norm.begin = toks[lead].begin;  // "end of 2000": "the" stays outside, as with years
        return e;
      }
      return 0;
    }
    // "earlier this year", "later this month", "later in the week": the part
    // of the period before or after the publication date.
    if ((l == "earlier" || l == "later") &&
        (Is(i + 1, "this") || (Is(i + 1, "in") && Is(i + 2, "the")))) {
      size_t k = Is(i + 1, "this") ? i + 2 : i + 3;
      const WordInfo* u = Info(k);
      if (!u || Raw(k).back() == 's' ||
          !(u->time_unit == TimeUnit::kWeek || u->time_unit == TimeUnit::kMonth ||
            u->time_unit == TimeUnit::kYear))
        return 0;
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
    if (l == "early" || l == "mid" || l == "late") {
      size_t k = i + 1;
      if (IsSym(k, '-') && Adjacent(k)) ++k;
      if (Is(k, "the")) ++k;
      Mention inner;
      size_t e = 0;
      if (!(Is(k, "early") || Is(k, "mid") || Is(k, "late"))) e = TryDate(k, &inner);
      if (e && inner.date.has_low && inner.date.granularity >= Granularity::kMonth &&
          !inner.range) {
        *m = inner;
        KeepThird(l == "early" ? 0 : l == "mid" ? 1 : 2, &m->date);
        m->norm.begin = toks[i].begin;
        return e;
      }
      return 0;
    }
    // Weeks (Monday to Sunday): "the week of April 10th" holds that day; "the
    // first week of Jan 2015" and "last week of 2016" are the first and last
    // weeks with four days in the period, as ISO counts them, "the 3rd week
    // of 2018" two weeks after the first; "week 31" is an ISO week number.
    if (size_t e = TryWeekOf(i, m)) return e;
    // "the first nine months of 2024", "the last 3 weeks of this year".
    if (size_t e = TryPartOfPeriod(i, m)) return e;
    if (size_t e = TryNamedYear(i, 0, false, m)) return e;
    if (size_t e = TrySeason(i, 0, false, m)) return e;
    // "the year 2008": the year, named with its unit.
    if ((l == "year" || (l == "the" && Is(i + 1, "year"))) &&
        YearAt(l == "the" ? i + 2 : i + 1, &y0)) {
      size_t k = l == "the" ? i + 2 : i + 1;
      SetYears(y0, y0, Granularity::kYear, m);
      m->norm = SpanOf(k - 1, k + 1);  // "year 2008"; a hedge before "the" still binds it
      return k + 1;
    }
    // "the weekend", "this weekend": the coming Saturday and Sunday (this
    // one when the publication date falls on it).
    if ((l == "weekend" || (l == "the" && Is(i + 1, "weekend"))) && opts.anchor &&
        !(i > 0 && Info(i - 1) && Info(i - 1)->date_word)) {
      size_t k = l == "the" ? i + 1 : i;
      if (Is(k + 1, "of")) return 0;  // "the weekend of Halloween": not read
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
    // "between now and November 15th": from the publication date.
    if (l == "now" && i > lookback_floor && Is(i - 1, "between") && Is(i + 1, "and") &&
        opts.anchor) {
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
      return 0;
    }
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
    if (const WordInfo* w = Info(i);
        w && w->ordinal >= 1 && w->ordinal <= 4 &&
        (Is(i + 1, "quarter") || (Is(i + 1, "half") && w->ordinal <= 2))) {
      size_t k = i + 2;
      int y = 0;
      if (Is(k, "of") && YearAt(k + 1, &y)) {
        m->kind = Kind::kDate;
        SetYearPart(y, w->ordinal, Is(i + 1, "quarter") ? 4 : 2, &m->date);
        m->norm = SpanOf(i, k + 2);
        return k + 2;
      }
    }
  }

  // Month first: "March 12, 2025", "March 9-13", "March 2025", "in March".
  if (const WordInfo* w = Info(i); w && w->month) {
    bool cap = toks[i].upper_initial;
    // A lower-case abbreviation is a month only before a day or a year
    // ("feb 30 2019"); "mar" is a verb either way.
    size_t dn = (IsSym(i + 1, '-') || IsSym(i + 1, '/')) && Adjacent(i + 1) ? i + 2 : i + 1;
    if (w->month_abbrev && !cap &&
        (Is(i, "mar") || !(IsNum(dn) && PlainInt(dn) >= 1 && Raw(dn).size() <= 4)))
      return 0;  // "jun-15", "feb 30 2019" pass; "mar" is a verb either way
    size_t k = i + 1;
    if (w->month_abbrev && IsSym(k, '.') && Adjacent(k)) ++k;
    // "Oct/2", "May/22", "Dec-2018", "Dec/2018": written as one token run.
    if ((IsSym(k, '/') || IsSym(k, '-')) && Adjacent(k) && IsNum(k + 1) && Adjacent(k + 1) &&
        (cap || !Is(i, "may"))) {
      int digits = 0;
      long v = PlainInt(k + 1, &digits);
      int y = 0;
      if (YearAt(k + 1, &y)) {
        SetMonth(y, w->month, true, m);
        m->norm = SpanOf(i, k + 2);
        return k + 2;
      }
      bool year_after = (IsSym(k + 2, '/') || IsSym(k + 2, '-')) && Adjacent(k + 2) &&
                        YearAt(k + 3, &y) && Adjacent(k + 3);  // "Sep-23-2020"
      if (digits <= 2 && v >= 1 && v <= 31 &&
          (year_after || !((IsSym(k + 2, '/') || IsSym(k + 2, '-')) && IsNum(k + 3)))) {
        size_t e = k + 2;
        bool known = year_after || (IsSym(e, ',') && YearAt(e + 1, &y));
        if (known) e += 2;
        SetDay(y, w->month, static_cast<int>(v), known, m);
        m->norm = SpanOf(i, e);
        return e;
      }
    }
    // "October, 1st": a comma before a day written as an ordinal.
    if (IsSym(k, ',') && IsNum(k + 1) && IsWord(k + 2) && Adjacent(k + 2) &&
        IsOrdinalSuffix(Low(k + 2)))
      ++k;
    int d = 0;
    size_t after = k;
    long dv = PlainInt(k);
    const WordInfo* tens = Info(k);
    size_t o = IsSym(k + 1, '-') && Adjacent(k + 1) ? k + 2 : k + 1;
    const WordInfo* ones = Info(o);
    if (dv >= 1 && dv <= 31 && Raw(k).size() <= 2) {
      d = static_cast<int>(dv);
      after = k + 1;
      if (IsWord(after) && Adjacent(after) && IsOrdinalSuffix(Low(after))) ++after;
    } else if (tens && (tens->tens == 20 || tens->tens == 30) && ones &&
               ((ones->unit >= 1 && ones->unit <= 9) ||
                (ones->ordinal >= 1 && ones->ordinal <= 9 && !ones->plural)) &&
               (cap || !Is(i, "may"))) {
      // "May twenty nine", "February twenty-second".
      d = tens->tens + (ones->unit >= 1 ? ones->unit : ones->ordinal);
      if (d > 31) d = 0;
      after = o + 1;
    } else if (tens && tens->ordinal >= 1 && tens->ordinal <= 31 && !tens->plural) {
      d = tens->ordinal;  // "May first", "second of Aug" reads the other way below
      after = k + 1;
    }
    if (d) {
      int mo2 = 0, d2 = 0;
      size_t r = after;
      if (IsSym(r, '-') || Is(r, "to") || Is(r, "through") || Is(r, "until") || Is(r, "till") ||
          Is(r, "and")) {
        size_t s = r + 1;
        const WordInfo* w2 = Info(s);
        long v2 = PlainInt(s + (w2 && w2->month ? 1 : 0));
        if (w2 && w2->month && v2 >= 1 && v2 <= 31) {
          mo2 = w2->month, d2 = static_cast<int>(v2), r = s + 2;
        } else if (!w2 && v2 > d && v2 <= 31 && Raw(s).size() <= 2) {
          mo2 = w->month, d2 = static_cast<int>(v2), r = s + 1;
        }
        if (d2 && IsWord(r) && Adjacent(r) && IsOrdinalSuffix(Low(r))) ++r;
      }
      size_t end = d2 ? r : after;
      int y = 0;
      size_t t = end;
      if (IsSym(t, ',') || Is(t, "of")) ++t;  // "July 4th, 1995", "July 4th of 1995"
      bool year_known = YearAt(t, &y);
      if (year_known) end = t + 1;
      if (size_t se = 0; !year_known && (se = SpelledYearAt(t, &y))) year_known = true, end = se;
      if (!year_known && !d2 && BadYearAt(t)) return InvalidYearDate(i, t, w->month, d, m);
      SetDay(y, w->month, d, year_known, m);
      if (d2) {
        Mention hi;
        int hy = y;
        if (!year_known && m->date.has_low) hy = CivilFromDays(m->date.low).year;
        SetDay(hy, mo2, d2, year_known || m->date.has_low, &hi);
        if (hi.date.has_high && m->date.has_low && hi.date.high >= m->date.low) {
          m->date.high = hi.date.high;
          m->range = true;
        } else if (!m->date.has_low) {
          m->range = true;
          m->date.unresolved += "/" + hi.date.unresolved;
        }
      }
      m->norm = SpanOf(i, end);
      return end;
    }
    // Month ranges: "Jan-Feb 2017", "from March to May", "between august and october".
    {
      bool framed = i > lookback_floor && (Is(i - 1, "from") || Is(i - 1, "between"));
      size_t c = k;
      int y1 = 0;
      bool y1_known = YearAt(c, &y1);
      if (y1_known) ++c;
      bool connector = IsSym(c, '-') || Is(c, "to") || Is(c, "through") || Is(c, "until") ||
                       Is(c, "till") || (Is(i - 1, "between") && Is(c, "and"));
      const WordInfo* w2 = Info(c + 1);
      if (connector && w2 && w2->month && (cap || framed) &&
          (toks[c + 1].upper_initial || framed) && (cap || !Is(i, "may"))) {
        int y2 = 0;
        bool y2_known = false;
        size_t e = YearAfterMonth(c + 2, w2->month_abbrev, &y2, &y2_known);
        if (!y1_known && y2_known) y1 = w2->month >= w->month ? y2 : y2 - 1;
        if (y1_known && !y2_known) y2 = w2->month >= w->month ? y1 : y1 + 1;
        Mention lo, hi;
        SetMonth(y1, w->month, y1_known || y2_known, &lo);
        if (lo.date.has_low) {
          if (!y1_known && !y2_known) y2 = CivilFromDays(lo.date.low).year + (w2->month < w->month);
          SetMonth(y2, w2->month, true, &hi);
          *m = lo;
          m->date.high = hi.date.high;
          m->range = true;
        } else {
          *m = lo;
          m->range = true;
        }
        m->norm = SpanOf(framed ? i - 1 : i, e);
        return e;
      }
    }
    size_t t = k;
    if (Is(t, "of") || IsSym(t, ',')) ++t;
    int y = 0;
    if (YearAt(t, &y) && (cap || !Is(i, "may"))) {
      SetMonth(y, w->month, true, m);
      m->norm = SpanOf(i, t + 1);
      return t + 1;
    }
    if (size_t se = cap ? SpelledYearAt(t, &y) : 0) {  // "October two thousand and five"
      SetMonth(y, w->month, true, m);
      m->norm = SpanOf(i, se);
      return se;
    }
    bool cue = i > 0 && (IsMonthCue(Low(i - 1)) || (IsSym(i - 1, '-') && Is(i - 2, "mid")));
    if (cap && !w->month_abbrev && cue && !(IsWord(k) && Adjacent(k))) {
      SetMonth(0, w->month, false, m);
      m->norm = SpanOf(i, k);
      return k;
    }
    return 0;
  }

  if (!IsNum(i)) {
    // "fourth of July 1995", "the second of August"
    size_t o = Is(i, "the") ? i + 1 : i;
    if (const WordInfo* w = Info(o); w && w->ordinal >= 1 && w->ordinal <= 31 && !w->plural &&
                                     Is(o + 1, "of") && Info(o + 2) && Info(o + 2)->month &&
                                     (toks[o + 2].upper_initial || !Info(o + 2)->month_abbrev) &&
                                     !Is(o + 2, "may")) {
      const WordInfo* mw = Info(o + 2);
      int year = 0;
      bool known = false;
      size_t e = YearAfterMonth(o + 3, mw->month_abbrev, &year, &known);
      SetDay(year, mw->month, w->ordinal, known, m);
      m->norm = SpanOf(i, e);
      return e;
    }
    // "on the 18th": that day of the month nearest the publication date.
    if (Is(i, "the") && i > 0 && (Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "around")) &&
        IsNum(i + 1) && Raw(i + 1).size() <= 2 && IsWord(i + 2) && Adjacent(i + 2) &&
        IsOrdinalSuffix(Low(i + 2)) && !IsWord(i + 3) && opts.anchor) {
      long dom = PlainInt(i + 1);
      CivilDate c = CivilFromDays(*opts.anchor);
      Day best = 0;
      bool found = false;
      for (int off = -1; off <= 1; ++off) {
        int total = c.year * 12 + (c.month - 1) + off;
        int yy = total / 12, mo = total % 12 + 1;
        if (dom < 1 || !IsValidDate(yy, mo, static_cast<int>(dom))) continue;
        Day d = DaysFromCivil(yy, mo, static_cast<int>(dom));
        if (!found || std::abs(d - *opts.anchor) < std::abs(best - *opts.anchor))
          best = d, found = true;
      }
      if (found) {
        m->kind = Kind::kDate;
        m->date.low = m->date.high = best;
        m->date.has_low = m->date.has_high = true;
        m->norm = SpanOf(i, i + 3);
        return i + 3;
      }
    }
    // "the 9th of May"
    if (Is(i, "the") && IsNum(i + 1) && IsWord(i + 2) && Adjacent(i + 2) &&
        IsOrdinalSuffix(Low(i + 2)) && Is(i + 3, "of") && Info(i + 4) && Info(i + 4)->month) {
      Mention inner;
      size_t e = TryDate(i + 1, &inner);
      if (e) {
        *m = inner;
        m->norm.begin = toks[i].begin;
        return e;
      }
    }
    return 0;
  }

  // ISO dates "2025-03-12", "2018-7-6" and year-months "2025-03", "2015-3".
  int y = 0;
  // "2020/Sep/23", "2019-aug-01": year, month name, day.
  if (YearAt(i, &y) && (IsSym(i + 1, '/') || IsSym(i + 1, '-')) && Adjacent(i + 1) && Info(i + 2) &&
      Info(i + 2)->month && Adjacent(i + 2) && IsSym(i + 3, Raw(i + 1)[0]) && Adjacent(i + 3) &&
      IsNum(i + 4) && Adjacent(i + 4) && Raw(i + 4).size() <= 2) {
    SetDay(y, Info(i + 2)->month, static_cast<int>(PlainInt(i + 4)), true, m);
    m->norm = SpanOf(i, i + 5);
    return i + 5;
  }
  if (YearAt(i, &y) && IsSym(i + 1, '-') && Adjacent(i + 1) && IsNum(i + 2) && Adjacent(i + 2) &&
      Raw(i + 2).size() <= 2) {
    long mo = PlainInt(i + 2);
    if (IsSym(i + 3, '-') && Adjacent(i + 3) && IsNum(i + 4) && Adjacent(i + 4) &&
        Raw(i + 4).size() <= 2 && !(IsSym(i + 5, '-') && IsNum(i + 6))) {
      SetDay(y, static_cast<int>(mo), static_cast<int>(PlainInt(i + 4)), true, m);
      m->norm = SpanOf(i, i + 5);
      return i + 5;
    }
    // "2025-03" and "2015-3" are months; "2025-30" and "2009-10" are year ranges,
    // read below. "2015-12" cannot be a range (2012 is before 2015): a month.
    bool month_form = Raw(i + 2).size() == 1 || Raw(i + 2)[0] == '0' || y % 100 >= mo;
    if (month_form && mo >= 1 && mo <= 12 && !(IsSym(i + 3, '-') && IsNum(i + 4)) &&
        !(IsWord(i + 3) && Adjacent(i + 3))) {
      SetMonth(y, static_cast<int>(mo), true, m);
      m->norm = SpanOf(i, i + 3);
      return i + 3;
    }
  }
  // Slash dates: month/day/year unless the first part cannot be a month.
  // Dashes work the same way when the year is four digits: "02-02-2020".
  bool slash = IsSym(i + 1, '/') && IsSym(i + 3, '/');
  // Dots too, always day first: "23.04.2022".
  bool dotted = IsSym(i + 1, '.') && IsSym(i + 3, '.') && Raw(i).size() <= 2 &&
                Raw(i + 2).size() <= 2 && Raw(i + 4).size() == 4;
  bool dashed = IsSym(i + 1, '-') && IsSym(i + 3, '-') && Raw(i).size() <= 2 &&
                Raw(i + 2).size() <= 2 && Raw(i + 4).size() == 4 &&
                !(IsSym(i + 5, '-') && IsNum(i + 6) && Adjacent(i + 5) && !Adjacent(i + 6)) &&
                !(i > 0 && IsSym(i - 1, '-') && Adjacent(i));
  if ((slash || dashed || dotted) && Adjacent(i + 1) && IsNum(i + 2) && Adjacent(i + 2) &&
      Adjacent(i + 3) && IsNum(i + 4) && Adjacent(i + 4)) {
    long a = PlainInt(i), b = PlainInt(i + 2);
    int yd = 0;
    long c = PlainInt(i + 4, &yd);
    if (a > 0 && b > 0 && c >= 0 && (yd == 4 || yd == 2)) {
      int year = static_cast<int>(yd == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c);
      int mo = static_cast<int>(a), d = static_cast<int>(b);
      if (a > 12 || ((opts.day_first || dotted) && b <= 12)) std::swap(mo, d);
      SetDay(year, mo, d, true, m);
      m->norm = SpanOf(i, i + 5);
      return i + 5;
    }
  }
  // "10/1-11/7": a slash date, a dash, another.
  const bool slash_range_after =
      IsSym(i + 3, '-') && Adjacent(i + 3) && IsNum(i + 4) && IsSym(i + 5, '/') && Adjacent(i + 5);
  // Slash dates without a year ("11/20", "22/04") only where something says
  // they are dates: a weekday, a preposition of time, or a leading zero.
  // "24/7" and "3/4" are not.
  if (IsSym(i + 1, '/') && Adjacent(i + 1) && IsNum(i + 2) && Adjacent(i + 2) &&
      !IsSym(i + 3, '/') && (!IsSym(i + 3, '-') || slash_range_after) && Raw(i).size() <= 2 &&
      Raw(i + 2).size() <= 2) {
    long a = PlainInt(i), b = PlainInt(i + 2);
    bool zero = Raw(i)[0] == '0' || Raw(i + 2)[0] == '0';
    bool cue = slash_range_after ||  // "2/29-3/1/2019", "10/1-11/7": two of them make a range
               (i > 0 && ((Info(i - 1) && (Info(i - 1)->weekday || Info(i - 1)->date_word)) ||
                          LanguageDayCue(i - 1) ||  // a day word of the language
                          Is(i - 1, "on") || Is(i - 1, "since") || Is(i - 1, "until") ||
                          Is(i - 1, "till") ||  // not "by" or "to": "cut by 3/4"
                          ((Is(i - 1, "from") || Is(i - 1, "between")) &&
                           (Is(i + 3, "to") || IsSym(i + 3, '-') || Is(i + 3, "and"))) ||
                          // the end of such a range: "from 10/1 to 11/7"
                          ((Is(i - 1, "to") || IsSym(i - 1, '-') || Is(i - 1, "and")) && i >= 4 &&
                           IsSym(i - 3, '/'))));
    if (a >= 1 && b >= 1 && (zero || cue)) {
      int mo = static_cast<int>(a), d = static_cast<int>(b);
      if (a > 12 || (opts.day_first && b <= 12)) std::swap(mo, d);
      if (mo <= 12 && d <= 31) {
        SetDay(0, mo, d, false, m);
        m->norm = SpanOf(i, i + 3);
        return i + 3;
      }
    }
  }
  // "05-Aug-2016".
  if (long dv = PlainInt(i); dv >= 1 && dv <= 31 && Raw(i).size() <= 2 && IsSym(i + 1, '-') &&
                             Adjacent(i + 1) && Info(i + 2) && Info(i + 2)->month &&
                             Adjacent(i + 2) && IsSym(i + 3, '-') && Adjacent(i + 3) &&
                             YearAt(i + 4, &y) && Adjacent(i + 4)) {
    SetDay(y, Info(i + 2)->month, static_cast<int>(dv), true, m);
    m->norm = SpanOf(i, i + 5);
    return i + 5;
  }
  // Centuries: "the 15th century", "21st century".
  if (long cv = PlainInt(i); cv >= 1 && cv <= 30 && IsWord(i + 1) && Adjacent(i + 1) &&
                             IsOrdinalSuffix(Low(i + 1)) && Info(i + 2) &&
                             Info(i + 2)->time_unit == TimeUnit::kCentury && !Info(i + 2)->plural &&
                             Raw(i + 2).back() != 's') {
    int c = static_cast<int>(cv);
    SetYears((c - 1) * 100, (c - 1) * 100 + 99, Granularity::kCentury, m);
    m->norm = SpanOf(i, i + 3);
    return i + 3;
  }
  // Day first: "12 March 2025", "9-13 March", "26th of February".
  {
    long dv = PlainInt(i);
    if (dv >= 1 && dv <= 31 && Raw(i).size() <= 2) {
      size_t k = i + 1;
      if (IsWord(k) && Adjacent(k) && IsOrdinalSuffix(Low(k))) ++k;
      int d2 = 0;
      if ((IsSym(k, '-') || Is(k, "to") || Is(k, "and")) && IsNum(k + 1)) {
        long v2 = PlainInt(k + 1);
        size_t k2 = k + 2;
        if (IsWord(k2) && Adjacent(k2) && IsOrdinalSuffix(Low(k2))) ++k2;
        if (v2 > dv && v2 <= 31 && Info(k2 + (Is(k2, "of") ? 1 : 0)) &&
            Info(k2 + (Is(k2, "of") ? 1 : 0))->month) {
          d2 = static_cast<int>(v2);
          k = k2;
        }
      }
      if (Is(k, "of")) ++k;
      // After a day number even a lower-case abbreviation is a month: "14 nov".
      if (const WordInfo* w = Info(k); w && w->month) {
        size_t e = k + 1;
        if (w->month_abbrev && IsSym(e, '.') && Adjacent(e)) ++e;
        int year = 0;
        // "12 March, 2025", "4th of July of 1995", "26 June in 2019".
        size_t t = (IsSym(e, ',') || Is(e, "of") || Is(e, "in")) ? e + 1 : e;
        bool known = YearAt(t, &year);
        if (known) e = t + 1;
        if (size_t se = 0; !known && (se = SpelledYearAt(t, &year))) known = true, e = se;
        if (!known && !d2 && BadYearAt(t))
          return InvalidYearDate(i, t, w->month, static_cast<int>(dv), m);
        SetDay(year, w->month, static_cast<int>(dv), known, m);
        if (d2 && m->date.has_low) {
          CivilDate c = CivilFromDays(m->date.low);
          if (IsValidDate(c.year, w->month, d2)) {
            m->date.high = DaysFromCivil(c.year, w->month, d2);
            m->range = true;
          }
        }
        m->norm = SpanOf(i, e);
        return e;
      }
    }
  }
  // Compact dates "20161016": eight digits that make a real day in 1900-2099.
  if (int digits = 0; PlainInt(i, &digits) >= 19000101 && digits == 8) {
    long v = PlainInt(i);
    int yy = static_cast<int>(v / 10000), mo = static_cast<int>(v / 100 % 100),
        dd = static_cast<int>(v % 100);
    if (yy <= 2099 && IsValidDate(yy, mo, dd)) {
      SetDay(yy, mo, dd, true, m);
      m->norm = SpanOf(i, i + 1);
      return i + 1;
    }
  }
  // "the year 12000", "in year 1": after the word "year" any whole number is
  // a year; one past 9999 is kept as written, flagged invalid.
  if (i > 0 && Is(i - 1, "year") && IsNum(i) && !YearAt(i, &y)) {
    long v = PlainInt(i);
    if (v >= 1 && v <= 9999) {
      SetYears(static_cast<int>(v), static_cast<int>(v), Granularity::kYear, m);
      m->norm = SpanOf(i, i + 1);
      return i + 1;
    }
    if (BadYearAt(i)) {
      m->kind = Kind::kDate;
      m->date.granularity = Granularity::kYear;
      m->date.invalid = true;
      m->date.unresolved = std::string(Raw(i));
      m->norm = SpanOf(i, i + 1);
      return i + 1;
    }
  }
  // Years, decades and year ranges.
  if (!YearAt(i, &y)) return 0;
  // "in 2017 April": a year, then its month.
  if (const WordInfo* mw = Info(i + 1);
      mw && mw->month && !mw->month_abbrev && i > 0 && (Is(i - 1, "in") || Is(i - 1, "since")) &&
      // "growth in 2017 may slow": "may" and "march" are verbs unless capitalized
      (toks[i + 1].upper_initial || !(Is(i + 1, "may") || Is(i + 1, "march")))) {
    SetMonth(y, mw->month, true, m);
    m->norm = SpanOf(i, i + 2);
    return i + 2;
  }
  // "2017 Q1", "2017-q1", "2019-H2": a quarter or half of that year.
  {
    size_t q = IsSym(i + 1, '-') && Adjacent(i + 1) ? i + 2 : i + 1;
    if ((Is(q, "q") || Is(q, "h")) && IsNum(q + 1) && Adjacent(q + 1) &&
        (q == i + 1 || Adjacent(q))) {
      long part = PlainInt(q + 1);
      int parts = Is(q, "q") ? 4 : 2;
      if (part >= 1 && part <= parts) {
        m->kind = Kind::kDate;
        SetYearPart(y, static_cast<int>(part), parts, &m->date);
        m->norm = SpanOf(i, q + 2);
        return q + 2;
      }
    }
  }
  if (IsWord(i + 1) && (Adjacent(i + 1) || !IsWord(i + 2)) && Low(i + 1) == "s" && y % 10 == 0) {
    SetYears(y, y + 9, Granularity::kDecade, m);
    m->norm = SpanOf(i, i + 2);
    return i + 2;
  }
  bool between = i > 0 && Is(i - 1, "between");
  bool dash = (IsSym(i + 1, '-') || IsSym(i + 1, '/') || IsSym(i + 1, '~')) && IsNum(i + 2) &&
              !(IsSym(i + 3, '-') && IsNum(i + 4)) && !(IsSym(i - 1, '-') && IsNum(i - 2));
  bool word = (Is(i + 1, "to") || Is(i + 1, "through") || Is(i + 1, "until") ||
               (between && Is(i + 1, "and")));
  if (dash || word) {
    int d2 = 0;
    long v2 = PlainInt(i + 2, &d2);
    int y2 = 0;
    if (d2 == 4)
      y2 = static_cast<int>(v2);
    else if (d2 == 2 && dash && Adjacent(i + 1) && Adjacent(i + 2))
      y2 = y / 100 * 100 + static_cast<int>(v2);  // "2025-30"; "2015-32" is too long a span
    if (d2 == 2 && y2 - y > 10) y2 = 0;
    if (y2 > y && y2 - y <= 200 && !(IsWord(i + 3) && Info(i + 3) && Info(i + 3)->scale > 0)) {
      SetYears(y, y2, Granularity::kYear, m);
      m->range = true;
      m->norm = SpanOf(i, i + 3);
      return i + 3;
    }
  }
  // A bare four-digit number is a year when nothing says it is an amount.
  const WordInfo* next = Info(i + 1);
  bool amount_after =
      IsSym(i + 1, '%') ||
      (next &&
       (next->scale > 0 || next->percent || next->time_unit != TimeUnit::kNone || next->dozen)) ||
      (IsWord(i + 1) && Adjacent(i + 1)) || (IsWord(i + 1) && cur->IsCode(Raw(i + 1))) ||
      (IsWord(i + 1) && cur->Name(Low(i + 1)));
  bool symbol_before = i > 0 && toks[i - 1].type == TokenType::kSymbol && cur->Symbol(Raw(i - 1));
  if (amount_after || symbol_before) return 0;
  // Numbers chained by dashes are an identifier or a phone number, not a
  // year: "32-2015", "+86 138-2010-2015", "2010-2015-86".
  if ((IsSym(i - 1, '-') && IsNum(i - 2)) || (IsSym(i + 1, '-') && IsNum(i + 2))) return 0;
  // A dash cues a year ("mid-2024") unless a number stands before it: a
  // range would have been read from its left end, so "32-2015" and
  // "123-12-1234" are not years.
  bool dash_cue = IsSym(i - 1, '-') && !(i > 1 && IsNum(i - 2));
  bool cue =
      i > 0 && (lex->IsYearCue(Low(i - 1)) || IsSym(i - 1, '(') || dash_cue || IsSym(i - 1, ','));
  if (!(y >= 1900 && y <= 2100) && !cue) return 0;
  SetYears(y, y, Granularity::kYear, m);
  m->norm = SpanOf(i, i + 1);
  return i + 1;
}

}  // namespace crosscheck
