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
  double add = 0;
  size_t end = 0;
  if (k > j && (Is(k, "half") || (Is(k, "a") && Is(k + 1, "half")))) {
    add = 0.5;
    end = Is(k, "half") ? k + 1 : k + 2;
  } else if (Numeral b; ParseNumeral(k, &b) && !b.negative && !b.fraction) {
    const WordInfo* u2 = Info(b.te);
    if (!u2 || u2->time_unit == TimeUnit::kNone || u2->time_unit >= unit || unit > TimeUnit::kDay)
      return j;
    add = b.value * TimeUnitSeconds(u2->time_unit) / TimeUnitSeconds(unit);
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

}  // namespace crosscheck
