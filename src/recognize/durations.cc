// Durations after a figure: its time unit and what follows it ("two weeks
// earlier", "three years later"), the look-back of a record word ("the first
// visit in 11 years"), and counts without a number ("a few days").
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

// After "1 hour" or "3 hours": a smaller unit added ("and 30 minutes",
// "30 minutes") or a half ("and a half", "and half"). Returns the new end.
size_t Recognizer::Impl::DurationTail(size_t j, TimeUnit unit, Mention* m) const {
  size_t k = Is(j, "and") ? j + 1 : j;
  if (IsSym(j, ',') && Is(j + 1, "and")) k = j + 2;  // "two years, and six months"
  double add = 0;
  size_t end = 0;
  if (k > j && (Is(k, "half") || (Is(k, "a") && Is(k + 1, "half")))) {
    add = 0.5;
    end = Is(k, "half") ? k + 1 : k + 2;
  } else if (Numeral b; ParseNumeral(k, &b) && !b.negative && !b.fraction) {
    // "3 hours 30 minutes", "3 years and 4 months", "two weeks and three
    // days": a smaller unit of the same kind (fixed lengths, or months).
    const WordInfo* u2 = Info(b.te);
    if (!u2 || u2->time_unit == TimeUnit::kNone || u2->time_unit >= unit) return j;
    double per = TimeUnitRatio(u2->time_unit, unit);
    if (per <= 0) return j;
    add = b.value * per;
    end = b.te + 1;
  } else {
    return j;
  }
  double factor = TimeUnitReportFactor(unit);
  m->value.low += add * factor, m->value.high += add * factor, m->value.point += add * factor;
  return end;
}

bool Recognizer::Impl::LooksBack(size_t prep) const {
  if (!(Is(prep, "in") || Is(prep, "for"))) return false;
  // A clause rarely puts more words between its record word and the
  // look-back than "the first official visit to the country by a prime minister".
  constexpr size_t kClauseWords = 14;
  for (size_t t = prep, k = 0; t > 0 && k < kClauseWords; ++k) {
    --t;
    if (IsSym(t, ',') || IsSym(t, ';') || IsSym(t, ':') || IsSym(t, '.')) return false;
    if (Info(t) && Info(t)->record) return true;
  }
  return false;
}

// "a few days", "several weeks", "a couple of months": a duration whose
// count is vague. The point is three (two for a couple), as calendar
// software reads them; the interval says how vague.
size_t Recognizer::Impl::TryVagueCount(size_t k, size_t first, Mention* m) const {
  bool couple = Is(k, "couple");
  size_t u = k + 1;
  if (couple && Is(u, "of")) ++u;
  const WordInfo* w = Info(u);
  if (!w || w->time_unit == TimeUnit::kNone || Raw(u).back() != 's' || Is(u, "h")) return 0;
  double factor = TimeUnitReportFactor(w->time_unit);
  m->kind = Kind::kDuration;
  m->unit = TimeUnitReportName(w->time_unit);
  double lo = couple ? 2 : Is(k, "several") ? 3 : 2, hi = couple ? 3 : Is(k, "several") ? 7 : 4;
  double point = couple ? 2 : 3;
  m->value = Interval::Exact(point * factor);
  m->value.low = lo * factor, m->value.high = hi * factor;
  m->norm = SpanOf(first, u + 1);
  return u + 1;
}

// A duration after the figure ending at j: "two weeks", "70-year", "five
// decades", "nearly eight years", "two months ago" (a date), "three years
// later". Returns its end, or 0.
size_t Recognizer::Impl::AgoAfter(size_t j) const {
  for (const std::vector<std::string>& p : lex->AgoPhrases(false)) {
    size_t k = 0;
    while (k < p.size() && PhraseWordAt(j + k, p[k])) ++k;
    if (k == p.size() && !p.empty()) return j + k;
  }
  return 0;
}

size_t Recognizer::Impl::AgoBefore(size_t first) const {
  for (const std::vector<std::string>& p : lex->AgoPhrases(true)) {
    if (p.empty() || first < p.size() || first - p.size() < lookback_floor) continue;
    size_t start = first - p.size(), k = 0;
    while (k < p.size() && PhraseWordAt(start + k, p[k])) ++k;
    if (k == p.size()) return start;
  }
  return first;
}

size_t Recognizer::Impl::DurationAfter(const Numeral& a, size_t j, size_t first, Mention* m) const {
  size_t u = j;
  if (IsSym(u, '-') && Adjacent(u) && Adjacent(u + 1)) ++u;
  // "3 extra minutes", "five more years", "two full days": a word the
  // language puts between a count and its unit.
  if (IsWord(u) && lex->IsUnitFiller(Low(u)) && Info(u + 1) &&
      Info(u + 1)->time_unit != TimeUnit::kNone)
    ++u;
  // "three-quarters of an hour", "a quarter of a century": a fraction of one unit.
  if ((a.fraction || (a.value > 0 && a.value < 1)) && Is(u, "of") &&
      (Is(u + 1, "a") || Is(u + 1, "an")) && Info(u + 2) &&
      Info(u + 2)->time_unit != TimeUnit::kNone && !Info(u + 2)->plural && Raw(u + 2).back() != 's')
    u += 2;
  // "3h" is three hours, but "2019-H2" a half year and "h2" a name.
  bool hour_letter = Is(u, "h") && !(u == j && Adjacent(u) && !(IsNum(u + 1) && Adjacent(u + 1)));
  const WordInfo* uw = Info(u);
  TimeUnit unit = uw ? uw->time_unit : TimeUnit::kNone;
  if (unit == TimeUnit::kNone) unit = LanguageUnit(u);  // "50 năm"
  if (unit != TimeUnit::kNone && !hour_letter) {
    // "the second quarter" is a rank, not a duration of 2 quarters.
    double factor = TimeUnitReportFactor(unit);
    m->kind = Kind::kDuration;
    m->unit = TimeUnitReportName(unit);
    m->value.low *= factor, m->value.high *= factor, m->value.point *= factor;
    // "five decades" is counted in decades: it means 45 to 55 years.
    // A fraction is as precise as it is written: "a half-century" is 50.
    if (factor >= 10 && m->hedge == Hedge::kNone && !m->range && !a.fraction) {
      m->value.low = std::min(m->value.low, m->value.point - factor / 2);
      m->value.high = std::max(m->value.high, m->value.point + factor / 2);
    }
    j = u + 1;
    j = DurationTail(j, unit, m);
    // "two months ago", "5 tahun lalu", "10 năm trước" after it; "il y a 25
    // ans", "cách đây 10 năm" before it: the language's ago phrases.
    size_t ago_end = AgoAfter(j);
    size_t ago_start = ago_end ? first : AgoBefore(first);
    if (ago_end || ago_start != first) {
      if (!ago_end) ago_end = j;
      first = ago_start;
      j = ago_end - 1;
      // "two months ago": a date relative to publication.
      Mention d;
      d.kind = Kind::kDate;
      d.relative = -1;
      d.date.granularity = unit >= TimeUnit::kMonth ? Granularity::kMonth : Granularity::kDay;
      if (unit >= TimeUnit::kYear) d.date.granularity = Granularity::kYear;
      // A count past the years a date holds is no date ("10^40 years ago"):
      // refused before it is converted to an integer.
      double span_years = a.value * factor * (unit <= TimeUnit::kFortnight ? 1.0 / 365 : 1);
      if (m->unit == "month") span_years /= 12;
      if (opts.anchor && !m->range && std::fabs(span_years) < 10000) {
        CivilDate c = CivilFromDays(*opts.anchor);
        double amount = a.value * factor;
        if (unit <= TimeUnit::kFortnight) {
          double days = amount * (unit == TimeUnit::kDay ? 1 : 7);
          if (unit < TimeUnit::kDay) days = 0;
          d.date.low = d.date.high = *opts.anchor - static_cast<Day>(std::lround(days));
          d.date.has_low = d.date.has_high = true;
        } else {
          int months = static_cast<int>(std::lround(amount * (m->unit == "year" ? 12 : 1)));
          int total = c.year * 12 + (c.month - 1) - months;
          int y = total / 12, mo = total % 12 + 1;
          if (d.date.granularity == Granularity::kYear)
            SetYears(y, y, Granularity::kYear, &d);
          else
            SetMonth(y, mo, true, &d);
        }
      } else {
        d.date.unresolved = "PAST_REF";
      }
      d.range = m->range;
      *m = d;
      m->norm = SpanOf(first, j + 1);
      return j + 1;
    }
    if (Is(j, "earlier") || Is(j, "before") || Is(j, "prior"))
      m->relative = -1;
    else if (Is(j, "later") || Is(j, "after") || Is(j, "afterwards") || Is(j, "hence"))
      m->relative = 1;
    if (m->relative != 0 &&
        (Is(j, "earlier") || Is(j, "later") || Is(j, "afterwards") || Is(j, "hence")))
      ++j;
    m->norm = SpanOf(first, j);
    return j;
  }
  return 0;
}

}  // namespace crosscheck
