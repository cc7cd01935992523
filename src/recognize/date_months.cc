// Dates led by a month name ("March 12, 2025", "March 9-13", "Jan-Feb 2017",
// "March 2025", "in March") and days of a month named by an ordinal ("the
// fourth of July 1995", "on the 18th", "the 9th of May").
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

size_t Recognizer::Impl::DateMonthLed(size_t i, Mention* m) const {
  // Month first: "March 12, 2025", "March 9-13", "March 2025", "in March".
  if (const WordInfo* w = Info(i); w && w->month) {
    bool cap = toks[i].upper_initial;
    // A lower-case abbreviation is a month only before a day or a year
    // ("feb 30 2019"); "mar" is a verb either way.
    size_t dn = (IsSym(i + 1, '-') || IsSym(i + 1, '/')) && Adjacent(i + 1) ? i + 2 : i + 1;
    if (w->month_abbrev && !cap &&
        (Is(i, "mar") || !(IsNum(dn) && PlainInt(dn) >= 1 && Raw(dn).size() <= 4)))
      return kNoDate;  // "jun-15", "feb 30 2019" pass; "mar" is a verb either way
    size_t k = i + 1;
    if (w->month_abbrev && IsSym(k, '.') && Adjacent(k)) ++k;
    if (size_t e = MonthRun(i, k, w, m)) return e;
    // "October, 1st": a comma before a day written as an ordinal.
    if (IsSym(k, ',') && IsNum(k + 1) && IsWord(k + 2) && Adjacent(k + 2) &&
        lex->IsOrdinalSuffix(Low(k + 2)))
      ++k;
    if (size_t e = MonthDay(i, k, w, m)) return e;
    if (size_t e = MonthRange(i, k, w, m)) return e;
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
    bool cue = i > 0 && (lex->IsCue(CueList::kMonthCue, Low(i - 1)) ||
                         (IsSym(i - 1, '-') && Is(i - 2, "mid")));
    if (cap && !w->month_abbrev && cue && !(IsWord(k) && Adjacent(k))) {
      SetMonth(0, w->month, false, m);
      m->norm = SpanOf(i, k);
      return k;
    }
    return kNoDate;
  }
  return 0;
}

// "Oct/2", "May/22", "Dec-2018", "Dec/2018": a month and a number written as one
// token run.
size_t Recognizer::Impl::MonthRun(size_t i, size_t k, const WordInfo* w, Mention* m) const {
  bool cap = toks[i].upper_initial;
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
  return 0;
}

// "March 12, 2025", "May twenty nine", "May first", "March 9-13", "March 9 to
// April 2": a month, its day, a range to another day, a year.
size_t Recognizer::Impl::MonthDay(size_t i, size_t k, const WordInfo* w, Mention* m) const {
  bool cap = toks[i].upper_initial;
  int d = 0;
  size_t after = k;
  long dv = PlainInt(k);
  const WordInfo* tens = Info(k);
  size_t o = IsSym(k + 1, '-') && Adjacent(k + 1) ? k + 2 : k + 1;
  const WordInfo* ones = Info(o);
  if (dv >= 1 && dv <= 31 && Raw(k).size() <= 2) {
    d = static_cast<int>(dv);
    after = k + 1;
    if (IsWord(after) && Adjacent(after) && lex->IsOrdinalSuffix(Low(after))) ++after;
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
      if (d2 && IsWord(r) && Adjacent(r) && lex->IsOrdinalSuffix(Low(r))) ++r;
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
  return 0;
}

// "Jan-Feb 2017", "from March to May", "between august and october".
size_t Recognizer::Impl::MonthRange(size_t i, size_t k, const WordInfo* w, Mention* m) const {
  bool cap = toks[i].upper_initial;
  {
    bool framed = i > lookback_floor && (Is(i - 1, "from") || Is(i - 1, "between"));
    size_t c = k;
    int y1 = 0;
    bool y1_known = YearAt(c, &y1);
    if (y1_known) ++c;
    bool connector = IsSym(c, '-') || Is(c, "to") || Is(c, "through") || Is(c, "until") ||
                     Is(c, "till") || (Is(i - 1, "between") && Is(c, "and"));
    const WordInfo* w2 = Info(c + 1);
    if (connector && w2 && w2->month && (cap || framed) && (toks[c + 1].upper_initial || framed) &&
        (cap || !Is(i, "may"))) {
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
  return 0;
}

size_t Recognizer::Impl::DateOrdinalOfMonth(size_t i, Mention* m) const {
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
  return 0;
}

size_t Recognizer::Impl::DateDayOfMonthAlone(size_t i, Mention* m) const {
  // "on the 18th": that day of the month nearest the publication date.
  if (Is(i, "the") && i > 0 && (Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "around")) &&
      IsNum(i + 1) && Raw(i + 1).size() <= 2 && IsWord(i + 2) && Adjacent(i + 2) &&
      lex->IsOrdinalSuffix(Low(i + 2)) && !IsWord(i + 3) && opts.anchor) {
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
  return 0;
}

size_t Recognizer::Impl::DateNthOfMonth(size_t i, Mention* m) const {
  // "the 9th of May"
  if (Is(i, "the") && IsNum(i + 1) && IsWord(i + 2) && Adjacent(i + 2) &&
      lex->IsOrdinalSuffix(Low(i + 2)) && Is(i + 3, "of") && Info(i + 4) && Info(i + 4)->month) {
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

}  // namespace crosscheck
