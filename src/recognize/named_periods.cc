// Periods and days with a name: weeks ("the week of April 10th", "week 31",
// "the first week of Jan 2015"), fiscal and calendar years ("FY24", "fiscal
// year 2008"), seasons ("this summer") and holidays ("Christmas 2010",
// "Easter Monday"; the days are data, claims/holidays.toml).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "recognize/holidays.h"
#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

size_t Recognizer::Impl::TryHoliday(size_t i, int dir, bool cued, Mention* m) const {
  const HolidayTable& table = BuiltinHolidays();
  if (!IsWord(i) || !Info(i) || !Info(i)->holiday_start) return 0;
  // The longest name that starts here: "easter monday" before "easter".
  char buf[64];
  size_t len = 0, end = 0;
  const HolidayRule* rule = nullptr;
  size_t k = i;
  for (int words = 0; words < table.max_words() && k < n(); ++words) {
    if (!IsWord(k)) break;
    std::string_view w = Low(k);
    if (len + w.size() + 3 >= sizeof buf) break;
    if (words > 0) buf[len++] = ' ';
    std::memcpy(buf + len, w.data(), w.size());
    len += w.size();
    ++k;
    // "mother's day": the apostrophe is dropped, the "s" joins its word.
    if (IsSym(k, '\'') && Adjacent(k) && Is(k + 1, "s") && Adjacent(k + 1)) {
      buf[len++] = 's';
      k += 2;
    } else if (IsSym(k, '\'') && Adjacent(k)) {
      ++k;  // "workers' day"
    }
    std::string_view key(buf, len);
    if (const HolidayRule* r = table.Find(key)) rule = r, end = k;
    if (!table.IsPrefix(key)) break;  // "new rules": no name goes on
  }
  if (!rule) return 0;
  // Holidays are proper names: capitalized, or cued by what is around them.
  int year = 0;
  size_t e = end;
  bool year_known = YearAt(e, &year) || ((Is(e, "of") || IsSym(e, ',')) && YearAt(e + 1, &year));
  if (year_known) e = YearAt(end, &year) ? end + 1 : end + 2;
  if (!toks[i].upper_initial && !cued && !year_known) return 0;
  m->kind = Kind::kDate;
  m->date.granularity = Granularity::kDay;
  m->relative = dir;
  m->norm = SpanOf(i, e);
  if (!year_known && !opts.anchor) {
    m->date.unresolved = dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return e;
  }
  Day d;
  if (year_known) {
    d = HolidayIn(*rule, year);
  } else {
    Day a = *opts.anchor;
    int ay = CivilFromDays(a).year;
    Day prev = HolidayIn(*rule, ay) < a ? HolidayIn(*rule, ay) : HolidayIn(*rule, ay - 1);
    Day next = HolidayIn(*rule, ay) > a ? HolidayIn(*rule, ay) : HolidayIn(*rule, ay + 1);
    if (HolidayIn(*rule, ay) == a && dir == 0)
      d = a;
    else if (dir < 0)
      d = prev;
    else if (dir > 0)
      d = next;
    else if (cued && !toks[i].upper_initial)
      d = HolidayIn(*rule, ay);
    else
      d = a - prev <= next - a ? prev : next;  // a holiday alone: the nearest one
  }
  m->date.low = m->date.high = d;
  m->date.has_low = m->date.has_high = true;
  return e;
}

size_t Recognizer::Impl::TryWeekOf(size_t i, Mention* m) const {
  size_t k = Is(i, "the") ? i + 1 : i;
  int nth = 0;  // 0: the week of a day; -1: the last; n: the nth
  if (const WordInfo* w = Info(k);
      w && w->ordinal >= 1 && w->ordinal <= 5 && !w->plural && Is(k + 1, "week")) {
    nth = w->ordinal, ++k;
  } else if (long v = PlainInt(k); v >= 1 && v <= 5 && IsWord(k + 1) && Adjacent(k + 1) &&
                                   lex->IsOrdinalSuffix(Low(k + 1)) && Is(k + 2, "week")) {
    nth = static_cast<int>(v), k += 2;
  } else if (Is(k, "last") && Is(k + 1, "week") && Is(k + 2, "of")) {
    nth = -1, ++k;
  }
  auto set_week = [&](Day monday, size_t end) {
    m->kind = Kind::kDate;
    m->date.low = monday, m->date.high = monday + 6;
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kWeek;
    m->norm = SpanOf(i, end);
    return end;
  };
  if (!Is(k, "week")) return 0;
  // "the week beginning February 4", "the week commencing Monday": seven days from it.
  if (nth == 0 && Is(i, "the") &&
      (Is(k + 1, "beginning") || Is(k + 1, "commencing") || Is(k + 1, "starting"))) {
    size_t d = Is(k + 2, "on") ? k + 3 : k + 2;
    Mention day;
    size_t e = TryDate(d, &day);
    if (!e || !day.date.has_low || day.date.low != day.date.high || day.range) return 0;
    // The week is Monday to Sunday, as a day that is not a Monday is meant loosely.
    return set_week(MondayOf(day.date.low), e);
  }
  // ISO week numbers: "week 31", "week 3 of 2027".
  if (nth == 0 && !Is(i, "the") && IsNum(k + 1)) {
    long n = PlainInt(k + 1);
    int year = 0;
    size_t e = k + 2;
    bool known = Is(e, "of") && YearAt(e + 1, &year);
    if (known) e += 2;
    Mention rel;  // "week 27 of last year"
    if (!known && Is(e, "of") && Is(e + 2, "year") && TryRelativeWord(e + 1, &rel) &&
        rel.date.has_low) {
      year = CivilFromDays(rel.date.low).year, known = true;
      e += 3;
    }
    if (!known && opts.anchor) year = CivilFromDays(*opts.anchor).year, known = true;
    if (n < 1 || n > 53 || !known) return 0;
    Day jan4 = DaysFromCivil(year, 1, 4);
    return set_week(MondayOf(jan4) + 7 * static_cast<Day>(n - 1), e);
  }
  if (!Is(k + 1, "of")) return 0;
  Mention inner;
  size_t e = TryDate(k + 2, &inner);
  if (!e) e = TryRelativeWord(k + 2, &inner);
  if (const WordInfo* mw = Info(k + 2); !e && mw && mw->month && !Is(k + 2, "may")) {
    SetMonth(0, mw->month, false, &inner);  // "3rd week of Jan": the month nearest publication
    e = k + 3;
  }
  if (!e || inner.kind != Kind::kDate || !inner.date.has_low || inner.range) return 0;
  if (nth == 0) {
    if (!Is(i, "the") || inner.date.low != inner.date.high) return 0;
    return set_week(MondayOf(inner.date.low), e);
  }
  if (inner.date.granularity < Granularity::kMonth) return 0;
  // As ISO numbers weeks: the first week is the one with at least four of its
  // days in the period (it holds the 4th), the last likewise at the end.
  Day monday =
      nth < 0 ? MondayOf(inner.date.high - 3) : MondayOf(inner.date.low + 3) + 7 * (nth - 1);
  return set_week(monday, e);
}

// "fiscal year 2008", "FY2024", "school year 2008", "calendar year 2008",
// "cy18", and with `dir` from a relative word "last fiscal year". A
// calendar year is resolved; fiscal and school years depend on whose they
// are, so they stay unresolved with a TIMEX-style pattern ("FY2008").
size_t Recognizer::Impl::TryNamedYear(size_t i, int dir, bool relative, Mention* m) const {
  char kind = Is(i, "fiscal") || Is(i, "fy")     ? 'F'
              : Is(i, "school") || Is(i, "sy")   ? 'S'
              : Is(i, "calendar") || Is(i, "cy") ? 'C'
                                                 : 0;
  if (!kind) return 0;
  bool abbrev = Raw(i).size() == 2;
  size_t k = i + 1;
  if (!abbrev) {
    if (Is(k, "year"))
      ++k;
    else if (kind != 'F')  // "fiscal 2024" is said; "school 2024" is not
      return 0;
  }
  int year = 0;
  bool known = false;
  if (relative) {
    if (!opts.anchor || abbrev || k == i + 1) return 0;
    year = CivilFromDays(*opts.anchor).year + dir;
    known = true;
  } else if (YearAt(k, &year)) {
    known = true, ++k;
  } else if (int digits = 0; PlainInt(k, &digits) >= 0 && digits == 2 && (abbrev || Adjacent(k))) {
    year = 2000 + static_cast<int>(PlainInt(k));  // "FY24", "cy18"
    known = true, ++k;
  } else if (abbrev || kind == 'C') {
    return 0;  // "fiscal year" alone is a pattern; "CY" alone is nothing
  }
  m->kind = Kind::kDate;
  m->date.granularity = Granularity::kYear;
  if (kind != 'C')
    if (size_t e = FiscalYearEnd(k, known ? year : 0, m)) {
      m->norm = SpanOf(i, e);
      return e;
    }
  if (kind == 'C') {
    SetYears(year, year, Granularity::kYear, m);
  } else {
    char buf[16];
    if (known)
      std::snprintf(buf, sizeof buf, "%cY%04d", kind, year);
    else
      std::snprintf(buf, sizeof buf, "%cYXXXX", kind);
    m->date.unresolved = buf;
  }
  m->norm = SpanOf(i, k);
  return k;
}

// Seasons stay TIMEX patterns ("SU", "2016-SU"): their months depend on the
// hemisphere, which the text rarely says.
size_t Recognizer::Impl::TrySeason(size_t i, int dir, bool relative, Mention* m) const {
  const WordInfo* w = Info(i);
  if (!w || !w->season) return 0;
  static const char* const kCodes[] = {"", "SP", "SU", "FA", "WI"};
  bool cued = relative || toks[i].upper_initial ||
              (i > lookback_floor &&
               (Is(i - 1, "in") || Is(i - 1, "the") || Is(i - 1, "during") || Is(i - 1, "whole") ||
                Is(i - 1, "since") || Is(i - 1, "until") || Is(i - 1, "by")));
  // "fall" is a verb far more often than a season.
  if (!cued || (Is(i, "fall") && !toks[i].upper_initial && !relative)) return 0;
  int year = 0;
  size_t e = i + 1;
  if (relative && opts.anchor)
    year = CivilFromDays(*opts.anchor).year + dir;
  else if (YearAt(e, &year))
    ++e;
  else if (Is(e, "of") && YearAt(e + 1, &year))
    e += 2;
  m->kind = Kind::kDate;
  m->date.granularity = Granularity::kQuarter;
  m->date.unresolved = year ? std::to_string(year) + "-" + kCodes[w->season] : kCodes[w->season];
  m->relative = relative ? dir : 0;
  m->norm = SpanOf(i, e);
  return e;
}

// After a fiscal year ending before token k: "(, which) ends in June",
// "ending March 31, 2025", "that ended in September". The year is the twelve
// months up to that month's end; its end year is the one written with the
// month, else the fiscal year's number. Returns the token after, or 0.
size_t Recognizer::Impl::FiscalYearEnd(size_t k, int year, Mention* m) const {
  size_t t = IsSym(k, ',') ? k + 1 : k;
  if (Is(t, "which") || Is(t, "that")) ++t;
  if (!IsWord(t) || !lex->IsCue(CueList::kPeriodEnd, Low(t))) return 0;
  ++t;
  if (Is(t, "in") || Is(t, "on")) ++t;
  Mention end;
  size_t e = TryDate(t, &end);
  if (!e || end.kind != Kind::kDate || !end.date.has_high || end.range ||
      end.date.granularity > Granularity::kMonth)
    return 0;
  // A month written without a year ("ends in June") takes the fiscal year's
  // number, not the year nearest the publication date.
  bool year_written = false;
  for (size_t x = t; x < e; ++x)
    if (int y = 0; YearAt(x, &y)) year_written = true;
  CivilDate c = CivilFromDays(end.date.high);
  int end_year = year_written || year == 0 ? c.year : year;
  int month = c.month;
  m->date = DateValue{};
  m->date.granularity = Granularity::kYear;
  m->date.low = DaysFromCivil(month == 12 ? end_year : end_year - 1, month % 12 + 1, 1);
  m->date.high = DaysFromCivil(end_year, month, DaysInMonth(end_year, month));
  m->date.has_low = m->date.has_high = true;
  return e;
}

}  // namespace crosscheck
