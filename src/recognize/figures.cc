// Figures that start with a number or a number word: counts, percentages,
// ranks, ratios and the durations built on them (TryNumeric, TryWord), and
// ranks without an ordinal ("top five", "its largest").
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

// Ranks written without an ordinal. "the top five", "top 10", "top-three":
// a rank from 1 to N. "the three top investors": the same. "the country's
// largest partner", "the biggest investor": the first. Only after "the" or a
// possessive, where the superlative ranks something named after it.
size_t Recognizer::Impl::TryUnorderedRank(size_t i, Mention* m) const {
  auto set = [&](double hi, size_t b, size_t e) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(1);
    if (hi > 1) {
      m->value.high = hi;
      m->value.has_point = false;
      m->range = true;
    }
    m->norm = SpanOf(b, e);
    return e;
  };
  const WordInfo* w = Info(i);
  if (w && w->top) {
    size_t k = i + 1;
    if (IsSym(k, '-') && Adjacent(k)) ++k;
    Numeral n;
    if (ParseNumeral(k, &n) && n.value == std::floor(n.value) && n.value >= 2 && n.value <= 1000 &&
        !n.has_scale && !n.fraction && !IsSym(n.te, '%') && !Info(n.te))
      return set(n.value, i, n.te);
    if (Is(k, "ten")) return set(10, i, k + 1);
    return 0;
  }
  if (w && w->superlative && i > 0) {
    bool determined = Is(i - 1, "the") || Is(i - 1, "its") || Is(i - 1, "their") ||
                      Is(i - 1, "his") || Is(i - 1, "her") || Is(i - 1, "our") ||
                      (Is(i - 1, "s") && i > 1 && IsSym(i - 2, '\''));  // "the country's"
    if (determined && IsWord(i + 1) && !Info(i + 1)) return set(1, i, i + 1);
    return 0;
  }
  // "the three top investors", "one of the 10 largest exporters".
  Numeral n;
  if (!ParseNumeral(i, &n) || n.value < 2 || n.value > 1000 || n.value != std::floor(n.value) ||
      n.has_scale || i == 0 ||
      !(Is(i - 1, "the") ||
        (i >= 2 && Is(i - 1, "s") && IsSym(i - 2, '\''))))  // "the country's three top"
    return 0;
  size_t k = n.te;
  const WordInfo* after = Info(k);
  if (after && (after->top || after->superlative)) return set(n.value, i, k + 1);
  return 0;
}

size_t Recognizer::Impl::TryNumeric(size_t i, Mention* m) const {
  Numeral a;
  if (!ParseNumeral(i, &a)) return 0;
  if (size_t e = SpelledOrdinalEnd(a, m)) return e;
  if (size_t e = TryUnorderedRank(i, m)) return e;
  size_t first = a.negative && !a.spelled ? i - 1 : i;
  size_t j = a.te;
  Interval v = Interval::Rounded(a.value, a.half_unit);
  bool range = false;
  // Ranges: "5-7", "5 to 7", "between 5 and 7", "5~7".
  if (size_t e = NumericRangeEnd(a, &first, &v)) j = e, range = true;
  m->value = v;
  m->range = range;
  if (size_t e = PercentAfter(a, j, first, m)) return e;
  // Money with the currency after the amount; after a scale it may follow
  // a linking word (the scale_of cues): "three billions of yuan", "2 million
  // of US dollars", "6,7 milliards de dollars", "millions d'euros".
  size_t c = j;
  if (a.has_scale && IsWord(j) && lex->IsCue(CueList::kScaleOf, Low(j))) {
    size_t after = j + 1;
    if ((IsSym(after, '\'') || Raw(after) == "\xe2\x80\x99") && Adjacent(after)) ++after;
    if (IsWord(after) && !cur->IsCode(Raw(after))) c = after;
  }
  if (size_t e = TryCurrencyAfter(c, m); e && (c == j || m->kind == Kind::kMoney)) {
    e = MoneyTail(e, m);
    if (!range && m->kind == Kind::kMoney) e = MoneyRangeBothEnds(a, e, &first, m);
    m->norm = SpanOf(first, e);
    return e;
  }
  // Ordinals written with digits: "14th", "70th anniversary".
  if (IsWord(j) && Adjacent(j) && lex->IsOrdinalSuffix(Low(j)) && a.plain_int) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(a.value);
    j += 1;
    if (IsSym(j, '-') && IsWord(j + 1) && Adjacent(j + 1) &&
        (!Info(j + 1) || Info(j + 1)->superlative))
      j += 2;  // "2nd-largest"
    if (Is(j, "anniversary")) m->anniversary = true;
    m->norm = SpanOf(first, j);
    return j;
  }
  // Multipliers: "3-fold", "3 times".
  if ((IsSym(j, '-') && Is(j + 1, "fold")) || Is(j, "fold")) {
    j += IsSym(j, '-') ? 2 : 1;
    m->kind = Kind::kRatio;
    m->norm = SpanOf(first, j);
    return j;
  }
  // "three times as many", "3 times the size": a multiplier. "visited three
  // times" counts occasions.
  if (Is(j, "times") && IsWord(j + 1) && lex->IsCue(CueList::kTimesAfter, Low(j + 1))) {
    m->kind = Kind::kRatio;
    m->norm = SpanOf(first, j + 1);
    return j + 1;
  }
  if (size_t e = DurationAfter(a, j, first, m)) return e;
  m->kind = Kind::kNumber;
  m->norm = SpanOf(first, j);
  return j;
}

size_t Recognizer::Impl::TryWord(size_t i, Mention* m) const {
  const WordInfo* w = Info(i);
  if (w && (w->superlative || w->top))
    if (size_t e = TryUnorderedRank(i, m)) return e;
  // "the centenary", "the Golden Jubilee", "their silver anniversary".
  if (w && (w->anniversary_years ||
            (w->jubilee_years && (Is(i + 1, "jubilee") || Is(i + 1, "anniversary"))))) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(w->anniversary_years ? w->anniversary_years : w->jubilee_years);
    m->anniversary = true;
    size_t e = w->anniversary_years ? i + 1 : i + 2;
    m->norm = SpanOf(i, e);
    return e;
  }
  // "half a year", "half an hour", "quarter of a century": a part of one unit.
  if (size_t a = Is(i + 1, "of") ? i + 2 : i + 1;
      w && w->denominator > 0 && w->denominator <= 4 && !w->plural && (Is(a, "a") || Is(a, "an")) &&
      Info(a + 1) && Info(a + 1)->time_unit != TimeUnit::kNone && Raw(a + 1).back() != 's') {
    TimeUnit unit = Info(a + 1)->time_unit;
    m->kind = Kind::kDuration;
    m->unit = TimeUnitReportName(unit);
    m->value = Interval::Exact(TimeUnitReportFactor(unit) / w->denominator);
    size_t e = DurationTail(a + 2, unit, m);
    m->norm = SpanOf(i, e);
    return e;
  }
  if ((w && w->vague_start) || (Is(i, "a") && Info(i + 1) && Info(i + 1)->vague_start))
    if (size_t e = TryVagueMagnitude(i, m)) return e;
  // "twice as many", "thrice the size": a multiplier in one word.
  if (w && w->times > 0 && IsWord(i + 1) && lex->IsCue(CueList::kTimesAfter, Low(i + 1))) {
    m->kind = Kind::kRatio;
    m->value = Interval::Exact(w->times);
    m->norm = SpanOf(i, i + 1);
    return i + 1;
  }
  // "percent of 10", "per cent of twenty-two": the share named after the
  // word, when no number comes before it and the clause ends after it.
  {
    size_t of = (w && w->percent) ? i + 1 : (Is(i, "per") && Is(i + 1, "cent")) ? i + 2 : 0;
    Numeral v;
    if (of && Is(of, "of") && !(i > 0 && (IsNum(i - 1) || Info(i - 1))) &&
        ParseNumeral(of + 1, &v) && !(v.plain_int && v.digits == 4) && !v.has_scale &&
        !IsWord(v.te) && !IsSym(v.te, '%')) {
      m->kind = Kind::kPercent;
      m->value = Interval::Rounded(v.value, v.half_unit);
      m->norm = SpanOf(i, v.te);
      return v.te;
    }
  }
  // "the past decade", "the last five years" is numeric; "a decade", "a year
  // ago", French "un mois", "une semaine": the language's indefinite article
  // before a time unit counts one.
  if ((Is(i, "the") || (IsWord(i) && lex->IsArticleOne(Low(i)))) && i + 1 < n()) {
    size_t k = i + 1;
    bool the = Is(i, "the");
    if (the) {
      if (!(Is(k, "past") || Is(k, "last") || Is(k, "next") || Is(k, "previous") ||
            Is(k, "coming")))
        return 0;
      ++k;
    }
    if (!the && (Is(k, "few") || Is(k, "couple"))) return TryVagueCount(k, i, m);
    const WordInfo* u = Info(k);
    if (u && (u->time_unit >= TimeUnit::kDay || (!the && u->time_unit >= TimeUnit::kSecond)) &&
        !u->plural && !PluralTimeUnit(k) && !Is(k, "h") &&
        !(IsSym(k + 1, '-') && Adjacent(k + 1)) &&  // "a second-generation"
        // "a second wave", "a minute detail": only "a second" that ends a phrase is a duration.
        !((Is(k, "second") || Is(k, "minute")) && IsWord(k + 1) && !Is(k + 1, "ago") &&
          !Is(k + 1, "later") && !Is(k + 1, "and") && !Is(k + 1, "or"))) {
      double factor = TimeUnitReportFactor(u->time_unit);
      m->kind = Kind::kDuration;
      m->unit = TimeUnitReportName(u->time_unit);
      m->value = Interval::Exact(factor);
      size_t j = DurationTail(k + 1, u->time_unit, m);
      if (!the && Is(j, "ago") && opts.anchor) {
        Mention d;
        d.kind = Kind::kDate;
        d.relative = -1;
        CivilDate c = CivilFromDays(*opts.anchor);
        if (u->time_unit >= TimeUnit::kYear)
          SetYears(c.year - static_cast<int>(factor), c.year - static_cast<int>(factor),
                   Granularity::kYear, &d);
        else if (u->time_unit >= TimeUnit::kMonth) {
          int total = c.year * 12 + (c.month - 1) - static_cast<int>(factor);
          SetMonth(total / 12, total % 12 + 1, true, &d);
        } else {
          Day day =
              *opts.anchor - static_cast<Day>(u->time_unit == TimeUnit::kDay ? 1 : 7 * factor);
          d.date.low = d.date.high = day;
          d.date.has_low = d.date.has_high = true;
        }
        *m = d;
        ++j;
      }
      m->norm = SpanOf(i, j);
      return j;
    }
    return 0;
  }
  if (!w) return 0;
  if (w->vague_count) return TryVagueCount(i, i, m);
  // Ordinal words: "first", "second-largest", "twenty-first", "70th" is numeric.
  int ordinal = w->ordinal;
  size_t j = i + 1;
  if (w->tens >= 0 && IsSym(j, '-') && Adjacent(j) && Info(j + 1) && Info(j + 1)->ordinal > 0 &&
      Info(j + 1)->ordinal < 10) {
    ordinal = w->tens + Info(j + 1)->ordinal;
    j += 2;
  }
  if (ordinal > 0) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(ordinal);
    if (IsSym(j, '-') && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1) &&
        (!Info(j + 1) || Info(j + 1)->superlative))
      j += 2;
    if (Is(j, "anniversary")) m->anniversary = true;
    m->norm = SpanOf(i, j);
    return j;
  }
  if (w->multiplier > 0 || w->fold > 0) {
    m->kind = Kind::kRatio;
    m->value = Interval::Exact(w->multiplier > 0 ? w->multiplier : w->fold);
    m->norm = SpanOf(i, i + 1);
    return i + 1;
  }
  return 0;
}

// "from 5 dollars to 9 dollars", "between 10 euros and 20 euros", "từ 1000
// đồng đến 2000 đồng": the currency written on both ends of a range. `m` is
// the money read from `a` to `e`; when a range word and a second amount in
// the same currency follow, m becomes the range and the end after it is
// returned, else e.
size_t Recognizer::Impl::MoneyRangeBothEnds(const Numeral& a, size_t e, size_t* first,
                                            Mention* m) const {
  bool opened = false;
  RangeJoin join = RangeJoinAt(*first, e, &opened);
  if (join != RangeJoin::kDash && join != RangeJoin::kTo && join != RangeJoin::kAnd) return e;
  Numeral b;
  if (!ParseNumeral(e + 1, &b) || b.negative) return e;
  Mention second;
  size_t end = TryCurrencyAfter(b.te, &second);
  if (!end || second.kind != Kind::kMoney || second.unit != m->unit ||
      second.currency_family != m->currency_family)
    return e;
  Interval v;
  if (!RangeOf(a, b, &v)) return e;
  // Minor units and a scale after the code scaled the first amount: the
  // same factor scales the range ("5 cents to 9 cents").
  double per = a.value != 0 && m->value.has_point ? m->value.point / a.value : 1;
  v.low *= per, v.high *= per, v.point *= per;
  m->value = v;
  m->range = true;
  if (opened) *first -= 1;
  return end;
}

// A time unit written in the plural: its word without a final "s" names the
// same unit ("years", "heures"); "mois" is singular too, as "moi" is no unit.
bool Recognizer::Impl::PluralTimeUnit(size_t k) const {
  std::string_view w = Low(k);
  if (w.size() < 2 || w.back() != 's' || !Info(k)) return false;
  const WordInfo* singular = lex->Find(w.substr(0, w.size() - 1));
  return singular && singular->time_unit == Info(k)->time_unit;
}

// A range after the numeral `a`: "5-7", "5 to 7", "between 5 and 7", "5~7",
// "grades 6 through 8". Sets *v, moves *first over "between"/"from", and
// returns the token after the range, or 0.
Recognizer::Impl::RangeJoin Recognizer::Impl::RangeJoinAt(size_t first, size_t j,
                                                          bool* opened) const {
  bool between = first > 0 && IsRange(first - 1, Lexicon::RangeRole::kBetween);
  bool from = first > 0 && IsRange(first - 1, Lexicon::RangeRole::kFrom);
  *opened = between || from;
  // "rose from 2 to 3": two levels and a change between them, not a range;
  // "grew by 1.2 million to 98 million": the change, then the level.
  if (from && first > 1 && AfterMotion(first - 2)) return RangeJoin::kNone;
  if (IsRange(j, Lexicon::RangeRole::kTo))
    return ChangeBefore(first) ? RangeJoin::kNone : RangeJoin::kTo;
  if (IsSym(j, '-')) return RangeJoin::kDash;
  if (IsSym(j, '~')) return RangeJoin::kTilde;
  if (between && IsRange(j, Lexicon::RangeRole::kAnd)) return RangeJoin::kAnd;
  // "through" joins an ascending pair ("grades 6 through 8", "20 through 100").
  if (Is(j, "through") || Is(j, "thru")) return from ? RangeJoin::kTo : RangeJoin::kThrough;
  return RangeJoin::kNone;
}

size_t Recognizer::Impl::NumericRangeEnd(const Numeral& a, size_t* first, Interval* v) const {
  size_t j = a.te;
  bool opened = false;
  RangeJoin join = RangeJoinAt(*first, j, &opened);
  Numeral b;
  if (join != RangeJoin::kNone && ParseNumeral(j + 1, &b) && !b.negative &&
      (join != RangeJoin::kThrough || b.value > a.value)) {
    // A chain such as a phone number "222-2222-2222" is not a range.
    bool chain = IsSym(b.te, '-') && IsNum(b.te + 1);
    bool dash = IsSym(j, '-');
    if (!chain && !(dash && a.plain_int && b.plain_int && b.digits > a.digits + 1) &&
        RangeOf(a, b, v)) {
      if (opened) *first -= 1;
      return b.te;
    }
  }
  return 0;
}

// A percentage after the figure ending at j: "12%", "3.5 per cent", "2
// percentage points", "25 basis points", "5% to 7%". Returns its end, or 0.
size_t Recognizer::Impl::PercentAfter(const Numeral& a, size_t j, size_t first, Mention* m) const {
  size_t pct_end = 0;
  // "a quarter of a percentage point", "a tenth of a per cent".
  if (a.fraction && Is(j, "of") && Is(j + 1, "a") &&
      (Is(j + 2, "percentage") || Is(j + 2, "per") || (Info(j + 2) && Info(j + 2)->percent)))
    j += 2;
  const WordInfo* w = Info(j);
  if (IsSym(j, '%') && !(Adjacent(j + 1) && (IsNum(j + 1) || IsWord(j + 1))))  // not "%2F"
    pct_end = j + 1;
  else if ((Is(j, "per") || Is(j, "pour")) && Is(j + 1, "cent"))
    pct_end = j + 2;  // "3.5 per cent", French "3,5 pour cent"
  else if (Is(j, "percentage") && (Is(j + 1, "point") || Is(j + 1, "points"))) {
    pct_end = j + 2;
    m->percentage_points = true;
  } else if (w && w->percent && (!w->glued || Adjacent(j))) {
    pct_end = j + 1;  // "12 percent", "3pc"
  } else if (w && w->percentage_point && Adjacent(j)) {
    pct_end = j + 1;  // "2ppt", "0.5pp"
    m->percentage_points = true;
  } else if (w && w->basis_point) {
    pct_end = j + 1;  // "25 bps", "50bp"
    m->percentage_points = true;
    m->value.low /= 100, m->value.high /= 100, m->value.point /= 100;
  } else if (Is(j, "basis") && (Is(j + 1, "point") || Is(j + 1, "points"))) {
    pct_end = j + 2;
    m->percentage_points = true;
    m->value.low /= 100, m->value.high /= 100, m->value.point /= 100;
  }
  if (pct_end) {
    m->kind = Kind::kPercent;
    j = pct_end;
    // "5% to 7%", "between 2% and 3%"; "rose from 5% to 7%" is two levels.
    Numeral b;
    bool to = IsRange(j, Lexicon::RangeRole::kTo);
    bool levels =
        (first > 1 && IsRange(first - 1, Lexicon::RangeRole::kFrom) && AfterMotion(first - 2)) ||
        (to && ChangeBefore(first));
    bool between = first > 0 && IsRange(first - 1, Lexicon::RangeRole::kBetween);
    if (!m->range && !levels &&
        (IsSym(j, '-') || to || (between && IsRange(j, Lexicon::RangeRole::kAnd))) &&
        ParseNumeral(j + 1, &b) && IsSym(b.te, '%') && RangeOf(a, b, &m->value)) {
      m->range = true;
      j = b.te + 1;
      if (between) --first;
    }
    m->norm = SpanOf(first, j);
    return j;
  }
  return 0;
}

// The interval of the range "a to b": the scale written on one end is on
// both ("5 to 6 billion"), and each end keeps its written precision, so "5 to
// 6 billion" is 4.5 to 6.5 billion as "5 billion" and "6 billion" are. False
// when b is not above a.
bool Recognizer::Impl::RangeOf(const Numeral& a, const Numeral& b, Interval* v) const {
  double av = a.value, ah = a.half_unit;
  if (!a.has_scale && b.has_scale) {
    double scale = 1;
    for (size_t t = b.tb; t < b.te; ++t)
      if (const WordInfo* w = Info(t); w && w->scale > 0) scale *= w->scale;
    av = a.value * scale;
    // A whole number that borrows the scale is as precise as the other end:
    // "5 to 6 billion" is 4.5 to 6.5 billion, "9-9.5 billion" 8.95 to 9.55.
    ah = ah > 0 ? ah * scale : b.half_unit;
  }
  (void)ah;
  if (!(b.value > av)) return false;
  // The ends written are the range's bounds, not widened by how precisely
  // each is written: "between 1.1 and 1.3 billion" is [1.1, 1.3] billion,
  // as a hedge's bound is its number ("more than 5").
  *v = Interval::Exact(av);
  v->low = av;
  v->high = b.value;
  v->point = (av + b.value) / 2;
  v->has_point = false;
  return true;
}

// Is the figure starting at token `first` the size of a change ("rose 5%",
// "grew by 1.2 million")? Then "to" after it leads to the level reached.
bool Recognizer::Impl::ChangeBefore(size_t first) const {
  if (first == 0) return false;
  size_t before = first > 1 && Is(first - 1, "by") ? first - 2 : first - 1;
  return AfterMotion(before);
}

// "hundreds of", "a handful of", "tens of millions of dollars": the
// lexicon's interval for the phrase; money when a currency follows "of".
size_t Recognizer::Impl::TryVagueMagnitude(size_t i, Mention* m) const {
  for (const VaguePhrase& v : lex->vague()) {
    size_t k = v.words.size();
    bool match = true;
    for (size_t w = 0; w < k && match; ++w) match = PhraseWordAt(i + w, v.words[w]);
    // "tens of thousands left": a plural scale may stand without its "of".
    bool without_of = false;
    if (!match && k > 1 && v.words.back() == "of") {
      const WordInfo* last = Info(i + k - 2);
      match = last && last->plural && (last->scale > 0 || last->dozen) && IsWord(i + k - 1) &&
              !Is(i + k - 1, "of");
      for (size_t w = 0; w + 1 < k && match; ++w) match = PhraseWordAt(i + w, v.words[w]);
      if (match) --k, without_of = true;
    }
    if (!match) continue;
    // The phrase counts something: "hundreds of people", not "hundreds of";
    // "a couple of weeks" is a duration, read by the duration reader.
    size_t e = i + k;
    if (v.words.back() == "of" && !without_of && !IsWord(e) && !IsNum(e)) return 0;
    if (Info(e) && Info(e)->time_unit != TimeUnit::kNone) return 0;
    m->kind = Kind::kNumber;
    m->value = v.value;
    size_t end = e - (!without_of && v.words.back() == "of" ? 1 : 0);  // "of" is not the figure's
    // "several hundred", "a few thousand", "a few hundred thousand": a vague
    // count of a scale is that many of it.
    if (v.words.back() != "of")
      while (const WordInfo* s = Info(end)) {
        if (s->scale < 100 || s->plural || s->scale_abbrev) break;
        m->value.low *= s->scale, m->value.high *= s->scale, m->value.point *= s->scale;
        ++end;
      }
    if (size_t c = TryCurrencyAfter(std::max(e, end), m); c && m->kind == Kind::kMoney) end = c;
    m->norm = SpanOf(i, end);
    return end;
  }
  return 0;
}

}  // namespace crosscheck
