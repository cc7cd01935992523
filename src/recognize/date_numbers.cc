// Dates written with numbers: ISO ("2025-03-12", "2025-03"), numeric
// ("3/12/2025", "23.04.2022", "11/20" where cued), "05-Aug-2016", centuries,
// day first ("12 March 2025", "9-13 March"), compact ("20161016"), years,
// decades and year ranges ("in 2024", "the 1990s", "1999-2004", "2025-30").
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

size_t Recognizer::Impl::DateYearMonthNameDay(size_t i, Mention* m) const {
  int y = 0;
  // "2020/Sep/23", "2019-aug-01": year, month name, day.
  if (YearAt(i, &y) && (IsSym(i + 1, '/') || IsSym(i + 1, '-')) && Adjacent(i + 1) && Info(i + 2) &&
      Info(i + 2)->month && Adjacent(i + 2) && IsSym(i + 3, Raw(i + 1)[0]) && Adjacent(i + 3) &&
      IsNum(i + 4) && Adjacent(i + 4) && Raw(i + 4).size() <= 2) {
    SetDay(y, Info(i + 2)->month, static_cast<int>(PlainInt(i + 4)), true, m);
    m->norm = SpanOf(i, i + 5);
    return i + 5;
  }
  return 0;
}

// ISO dates "2025-03-12", "2018-7-6" and year-months "2025-03", "2015-3".
size_t Recognizer::Impl::DateIso(size_t i, Mention* m) const {
  int y = 0;
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
  return 0;
}

size_t Recognizer::Impl::DateNumeric(size_t i, Mention* m) const {
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
  return 0;
}

size_t Recognizer::Impl::DateShortSlash(size_t i, Mention* m) const {
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
  return 0;
}

size_t Recognizer::Impl::DateDayMonYear(size_t i, Mention* m) const {
  int y = 0;
  // "05-Aug-2016".
  if (long dv = PlainInt(i); dv >= 1 && dv <= 31 && Raw(i).size() <= 2 && IsSym(i + 1, '-') &&
                             Adjacent(i + 1) && Info(i + 2) && Info(i + 2)->month &&
                             Adjacent(i + 2) && IsSym(i + 3, '-') && Adjacent(i + 3) &&
                             YearAt(i + 4, &y) && Adjacent(i + 4)) {
    SetDay(y, Info(i + 2)->month, static_cast<int>(dv), true, m);
    m->norm = SpanOf(i, i + 5);
    return i + 5;
  }
  return 0;
}

size_t Recognizer::Impl::DateCentury(size_t i, Mention* m) const {
  // Centuries: "the 15th century", "21st century".
  if (long cv = PlainInt(i); cv >= 1 && cv <= 30 && IsWord(i + 1) && Adjacent(i + 1) &&
                             lex->IsOrdinalSuffix(Low(i + 1)) && Info(i + 2) &&
                             Info(i + 2)->time_unit == TimeUnit::kCentury && !Info(i + 2)->plural &&
                             Raw(i + 2).back() != 's') {
    int c = static_cast<int>(cv);
    SetYears((c - 1) * 100, (c - 1) * 100 + 99, Granularity::kCentury, m);
    m->norm = SpanOf(i, i + 3);
    return i + 3;
  }
  return 0;
}

size_t Recognizer::Impl::DateDayFirst(size_t i, Mention* m) const {
  // Day first: "12 March 2025", "9-13 March", "26th of February".
  {
    long dv = PlainInt(i);
    if (dv >= 1 && dv <= 31 && Raw(i).size() <= 2) {
      size_t k = i + 1;
      if (IsWord(k) && Adjacent(k) && lex->IsOrdinalSuffix(Low(k))) ++k;
      int d2 = 0;
      if ((IsSym(k, '-') || Is(k, "to") || Is(k, "and")) && IsNum(k + 1)) {
        long v2 = PlainInt(k + 1);
        size_t k2 = k + 2;
        if (IsWord(k2) && Adjacent(k2) && lex->IsOrdinalSuffix(Low(k2))) ++k2;
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
  return 0;
}

size_t Recognizer::Impl::DateCompact(size_t i, Mention* m) const {
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
  return 0;
}

size_t Recognizer::Impl::DateAfterYearWord(size_t i, Mention* m) const {
  int y = 0;
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
  return 0;
}

size_t Recognizer::Impl::DateYears(size_t i, Mention* m) const {
  int y = 0;
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
