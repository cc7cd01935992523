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

// TryDate tries the readers of each form in order and takes the first date
// read. A reader returns the token after its date, 0 when the text at i is
// not its form (the next reader is tried), or kNoDate when it is its form
// but no date (no other reader is tried: "mar" as a verb, "at the end of the
// day" as an idiom).
size_t Recognizer::Impl::TryDate(size_t i, Mention* m) const {
  using Reader = size_t (Impl::*)(size_t, Mention*) const;
  // Forms that start with a word: deictic days, periods, quarters.
  static constexpr Reader kWordLed[] = {&Impl::DateDeicticDay,       &Impl::DateThisTime,
                                        &Impl::TryRelativeWord,      &Impl::DateEndOfDay,
                                        &Impl::DatePartOfPeriodWord, &Impl::DateEarlierLater,
                                        &Impl::DateEarlyMidLate,     &Impl::TryWeekOf,
                                        &Impl::TryPartOfPeriod,      &Impl::DateNamedYear,
                                        &Impl::DateSeason,           &Impl::DateYearWord,
                                        &Impl::DateWeekend,          &Impl::DateNowAnd,
                                        &Impl::DateQuarterCode,      &Impl::DateOrdinalQuarter,
                                        &Impl::DateUnitThenRelative};
  // Forms that start with a word and name a day of a month.
  static constexpr Reader kDayOfMonth[] = {&Impl::DateOrdinalOfMonth, &Impl::DateDayOfMonthAlone,
                                           &Impl::DateNthOfMonth};
  // Forms that start with a number.
  static constexpr Reader kNumberLed[] = {&Impl::DateOrdinalQuarter,
                                          &Impl::DateYearMonthNameDay,
                                          &Impl::DateIso,
                                          &Impl::DateNumeric,
                                          &Impl::DateShortSlash,
                                          &Impl::DateDayMonYear,
                                          &Impl::DateCentury,
                                          &Impl::DateDayFirst,
                                          &Impl::DateCompact,
                                          &Impl::DateAfterYearWord,
                                          &Impl::DateYears};
  auto first = [&](const Reader* begin, const Reader* end) -> size_t {
    for (const Reader* r = begin; r != end; ++r)
      if (size_t e = (this->*(*r))(i, m)) return e;
    return 0;
  };
  auto done = [](size_t e) { return e == kNoDate ? 0 : e; };
  // Cheap tests first: TryDate runs at most tokens, and each reader is a call.
  if (IsNum(i)) {
    if (Is(i + 2, "week"))
      if (size_t e = DateWeekOfNumber(i, m)) return done(e);
    return done(first(std::begin(kNumberLed), std::end(kNumberLed)));
  }
  // Every other form starts with a word of the lexicon or "the".
  const WordInfo* w = Info(i);
  bool the = !w && Is(i, "the");
  if (!IsWord(i) || (!w && !the)) return 0;
  if (w && w->weekday)
    if (size_t e = DateAfterWeekday(i, m)) return done(e);
  if (size_t e = first(std::begin(kWordLed), std::end(kWordLed))) return done(e);
  if (w && w->month)
    if (size_t e = DateMonthLed(i, m)) return done(e);
  if (the || w->ordinal) return done(first(std::begin(kDayOfMonth), std::end(kDayOfMonth)));
  return 0;
}

}  // namespace crosscheck
