// Hedges and bounds around a figure: a phrase before it ("more than",
// "nearly", "an estimated": the lexicon's hedge table), a bound after it ("50
// or more", "a dozen or so"), and two one-sided bounds folded into one ("more
// than 100 and less than 300").
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

void Recognizer::Impl::AttachHedge(size_t first, size_t floor, Mention* m) const {
  const bool is_date = m->kind == Kind::kDate;
  // "over the past decade": the preposition, not a bound.
  if (Is(first, "the") && !is_date) return;
  if (m->hedge != Hedge::kNone) return;  // the builder bound it ("tomorrow before 5pm")
  if (first > floor && toks[first - 1].type == TokenType::kSymbol && !is_date) {
    std::string_view s = Raw(first - 1);
    Hedge h = Hedge::kNone;
    // ">=" and "<=" come as two symbols ("> =" in some copy).
    size_t q = first - 1;
    if (s == "=" && q > floor && (IsSym(q - 1, '>') || IsSym(q - 1, '<'))) {
      --q;
      h = IsSym(q, '>') ? Hedge::kAtLeast : Hedge::kUpTo;
    } else if (s == ">") {
      h = Hedge::kMoreThan;
    } else if (s == "<") {
      h = Hedge::kLessThan;
    } else if (s == "~") {
      h = Hedge::kAbout;
    } else if (s == "\xE2\x89\xA5") {
      h = Hedge::kAtLeast;  // U+2265
    } else if (s == "\xE2\x89\xA4") {
      h = Hedge::kUpTo;  // U+2264
    }
    if (h != Hedge::kNone) {
      m->hedge = h;
      m->qualifier = Span{toks[q].begin, toks[first - 1].end};
      m->qualifier_text = std::string(m->qualifier.In(text));
      if (!m->range) m->value = ApplyHedge(m->value, h);
      return;
    }
  }
  // Most figures have no hedge: reject them by the word before the figure,
  // which must end some hedge phrase, before trying each phrase.
  // "before the year 2019", "since the end of 1989": a date hedge reaches over "the".
  if (is_date && first > floor + 1 && Is(first - 1, "the")) --first;
  if (first <= floor || !IsWord(first - 1)) return;
  const std::vector<const HedgePhrase*>* ending = lex->HedgesEndingWith(Low(first - 1));
  if (!ending) return;
  for (const HedgePhrase* phrase : *ending) {
    const HedgePhrase& p = *phrase;
    size_t k = p.words.size();
    if (first < floor + k) continue;
    // A time of day can be approximate: "around 1pm", "after around 3:30pm".
    bool approx_time = is_date && m->date.has_time() && p.hedge == Hedge::kAbout;
    if (IsDateHedge(p.hedge) != is_date && !approx_time) continue;
    if (p.amounts_only && m->kind != Kind::kMoney && m->kind != Kind::kPercent) continue;
    bool match = true;
    for (size_t w = 0; w < k && match; ++w) {
      size_t t = first - k + w;
      match = PhraseWordAt(t, p.words[w]);
    }
    if (!match) continue;
    // "went up to 5%", "edged up to 5%": the level reached, not a bound
    // (but "cut up to 700 jobs" bounds the cut).
    if (p.hedge == Hedge::kUpTo && p.words.front() == "up" && first - k > floor &&
        IsWord(first - k - 1) && lex->IsCue(CueList::kMotion, Low(first - k - 1)))
      return;
    m->hedge = p.hedge;
    size_t q = first - k;
    if (approx_time && q > floor) {
      if (Hedge bound = lex->DateBound(Low(q - 1)); bound != Hedge::kNone) m->hedge = bound, --q;
    }
    m->qualifier = SpanOf(q, first);
    m->qualifier_text = std::string(m->qualifier.In(text));
    if (!is_date && !m->range) m->value = ApplyHedge(m->value, p.hedge);
    return;
  }
}

size_t Recognizer::Impl::AttachTrailingHedge(size_t next, Mention* m) const {
  if (m->hedge != Hedge::kNone || m->range || m->kind == Kind::kDate || m->kind == Kind::kRank ||
      m->kind == Kind::kRatio)
    return next;
  // A comma may stand before an approximation ("$5 billion, give or take"),
  // and the noun counted before a phrase that ends the clause ("50 firms or
  // more.", "40,000 runners, more or less.").
  const bool noun = IsWord(next) && !Info(next) && !toks[next].upper_initial;
  const size_t starts[] = {next, next + 1, next + 1, next + 2};
  for (int form = 0; form < 4; ++form) {
    size_t at = starts[form];
    bool comma = form == 1 || form == 3;
    bool skips_noun = form >= 2;
    if (skips_noun && !noun) break;
    if (comma && !IsSym(at - 1, ',')) continue;
    if (!IsWord(at) || !lex->StartsHedgeAfter(Low(at))) continue;
    for (const HedgePhrase& p : lex->hedges_after()) {
      if (comma && p.hedge != Hedge::kAbout) continue;
      size_t k = p.words.size();
      bool match = true;
      for (size_t w = 0; w < k && match; ++w) match = PhraseWordAt(at + w, p.words[w]);
      if (!match) continue;
      if (skips_noun && (IsWord(at + k) || IsNum(at + k))) continue;
      // "5 or more than 6" compares; "or more importantly" is an aside.
      std::string_view after = IsWord(at + k) ? Low(at + k) : std::string_view();
      if (after == "than" || (after.size() > 2 && after.substr(after.size() - 2) == "ly"))
        return next;
      m->hedge = p.hedge;
      m->qualifier = SpanOf(at, at + k);
      m->qualifier_text = std::string(m->qualifier.In(text));
      m->value = ApplyHedge(m->value, p.hedge);
      return skips_noun ? next : at + k;
    }
  }
  return next;
}

bool Recognizer::Impl::MergeBounds(Mention* prev, size_t prev_end, size_t figure,
                                   const Mention& m) const {
  if (prev->kind != m.kind || prev->unit != m.unit || prev->range || m.range ||
      prev->kind == Kind::kDate || prev->kind == Kind::kRank || m.qualifier.empty() ||
      m.qualifier.begin >= m.norm.begin)
    return false;
  const Interval& a = prev->value;
  const Interval& b = m.value;
  const bool a_lower = a.has_low && !a.has_high, a_upper = a.has_high && !a.has_low;
  const bool b_lower = b.has_low && !b.has_high, b_upper = b.has_high && !b.has_low;
  if (!((a_lower && b_upper) || (a_upper && b_lower))) return false;
  // Only the joint stands between prev and m's hedge: "and", "but", a comma.
  size_t hedge = figure;
  while (hedge > prev_end && toks[hedge - 1].begin >= m.qualifier.begin) --hedge;
  size_t k = prev_end;
  if (IsSym(k, ',')) ++k;
  if (Is(k, "and") || Is(k, "but")) ++k;
  if (k != hedge || k == prev_end) return false;
  const Interval& lo = a_lower ? a : b;
  const Interval& hi = a_lower ? b : a;
  if (lo.low >= hi.high) return false;  // "over 300 and under 100" bounds nothing
  Interval v;
  v.has_low = v.has_high = true;
  v.low = lo.low, v.low_inclusive = lo.low_inclusive;
  v.high = hi.high, v.high_inclusive = hi.high_inclusive;
  prev->value = v;  // like "5-7", a range has no single written value
  prev->range = true;
  prev->norm.end = m.norm.end;
  return true;
}

}  // namespace crosscheck
