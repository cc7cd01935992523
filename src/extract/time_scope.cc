// Which time expression a figure takes. The figure's own phrase ("US$4
// billion in 2022", "18 billion USD last year", "$20 billion by 2020") wins
// over a time expression elsewhere in the sentence (a fronted "In 2021,"), and
// a base of comparison ("up 12% from 2021", "compared with the same period of
// 2024") is never a period. A growth rate without a time of its own takes the
// period of what grew.
#include <algorithm>
#include <cstdlib>

#include "extract/steps.h"

namespace crosscheck::extract {
namespace {

// Words a figure's own time phrase may hold between the figure and the date.
constexpr size_t kOwnGap = 3;
// Words between the figure and its own date may not cross a clause break.
bool ClauseBreakBetween(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to && i < text.size(); ++i)
    if (text[i] == ';' || text[i] == ':' || text[i] == '(') return true;
  return false;
}

// Is the time or figure starting at word w0 a base of comparison ("up 12%
// from 2021", "than in 2017", "compared with the same period of 2024",
// "from $4 billion")? Read from the language's [frame] base classes.
bool IsBase(const FrameWords& fw, const std::vector<Word>& words, size_t w0, bool date) {
  if (ClassEndsAt(fw, FrameClass::kBaseBefore, words, w0)) return true;
  // "up 5% over 2023" is a base; "over the first nine months" a period.
  if (date && ClassEndsAt(fw, FrameClass::kBaseBare, words, w0) &&
      !(w0 < words.size() && ClassAt(fw, FrameClass::kFunction, words, w0)))
    return true;
  if (!date) return false;
  // "more than in 2017", "than during 2019".
  if (w0 >= 1 && ClassAt(fw, FrameClass::kTimeGlue, words, w0 - 1) &&
      ClassEndsAt(fw, FrameClass::kBaseBefore, words, w0 - 1))
    return true;
  constexpr size_t kNearWords = 5;
  for (size_t k = w0 >= kNearWords ? w0 - kNearWords : 0; k < w0; ++k)
    if (size_t n = ClassAt(fw, FrameClass::kBaseNear, words, k); n && k + n <= w0) return true;
  return false;
}

// "RM95 billion (US$22.9 billion) in 2021": figure f restates the money
// figure before it in brackets, so the two are one figure written twice and
// a time after the pair is the first one's.
bool RestatedInBrackets(const std::string& text, const std::vector<Mention>& ms,
                        const SentenceView& v, size_t f) {
  if (f == 0) return false;
  const Mention& a = ms[v.figures[f - 1].mention];
  const Mention& b = ms[v.figures[f].mention];
  if (a.kind != Kind::kMoney || b.kind != Kind::kMoney || a.unit == b.unit ||
      a.norm.end > b.norm.begin)
    return false;
  std::string_view gap = std::string_view(text).substr(a.norm.end, b.norm.begin - a.norm.end);
  return gap.find('(') != std::string_view::npos && gap.size() <= 3;
}

// The date a flow or a stock may take at all.
bool Eligible(const Mention& d, bool stock) {
  if (!d.date.has_low || d.date.inferred) return false;
  // "since 2019", "before 2020" bound a period; "last year" (relative, no
  // word written before it) is one.
  if (d.hedge == Hedge::kSince) return false;
  if ((d.hedge == Hedge::kBefore || d.hedge == Hedge::kAfter || d.hedge == Hedge::kUntil) &&
      !d.qualifier_text.empty())
    return false;
  // A day is the date of an event, not the period of a flow.
  if (!stock && d.date.granularity == Granularity::kDay) return false;
  return true;
}

// Durations and spelled numbers ("a year", "two-way") hold no time.
bool OwnsTime(const Mention& m, std::string_view text) {
  if (m.kind == Kind::kDuration) return false;
  if (m.kind != Kind::kNumber) return true;
  for (char c : m.norm.In(text))
    if (c >= '0' && c <= '9') return true;
  return false;
}

size_t Dist(size_t a0, size_t a1, size_t b0, size_t b1) {
  if (a1 <= b0) return b0 - a1;
  if (b1 <= a0) return a0 - b1;
  return 0;
}

}  // namespace

SentenceView ViewSentence(const DocContext& ctx, size_t s) {
  SentenceView v;
  v.sentence = s;
  v.words = &ctx.cache->StemmedWords(s);
  const std::vector<Word>& words = *v.words;
  const auto& ms = ctx.dm->mentions;
  const std::string& text = ctx.dm->text.text;
  // Mentions are in sentence order; find this sentence's range.
  auto lo = std::lower_bound(ms.begin(), ms.end(), s,
                             [](const Mention& m, size_t x) { return m.sentence < x; });
  for (auto it = lo; it != ms.end() && it->sentence == s; ++it) {
    size_t mi = static_cast<size_t>(it - ms.begin());
    size_t w0 = WordAt(words, it->qualifier.empty() ? it->norm.begin : it->qualifier.begin);
    size_t w1 = WordAt(words, it->norm.end);
    if (w1 < words.size() && words[w1].norm.begin < it->norm.end) ++w1;
    if (it->kind == Kind::kDate)
      v.dates.push_back(DateRef{mi, w0, w1, IsBase(*ctx.frame_words, words, w0, true), -1});
    else
      v.figures.push_back(FigureRef{mi, w0, w1, IsBase(*ctx.frame_words, words, w0, false)});
  }
  // A date right after a figure, with a few words and no clause break
  // between, is that figure's own time phrase.
  for (DateRef& d : v.dates) {
    if (d.base) continue;
    int best = -1;
    for (size_t f = 0; f < v.figures.size(); ++f)
      if (v.figures[f].w1 <= d.w0 && OwnsTime(ms[v.figures[f].mention], text))
        best = static_cast<int>(f);
    if (best < 0) continue;
    const FigureRef& f = v.figures[static_cast<size_t>(best)];
    if (d.w0 - f.w1 > kOwnGap) continue;
    if (ClauseBreakBetween(text, ms[f.mention].norm.end, ms[d.mention].norm.begin)) continue;
    if (RestatedInBrackets(text, ms, v, static_cast<size_t>(best))) --best;
    d.owner = best;
  }
  // Entities: not inside a figure ("US" of "US$9 billion").
  std::vector<Span> figure_spans;
  for (const FigureRef& f : v.figures) {
    figure_spans.push_back(ms[f.mention].norm);
    v.timed_figures += OwnsTime(ms[f.mention], text);
  }
  for (const EntityHit& e : ctx.cache->Entities(s)) {
    if (InsideAny(words, e.word, e.word + e.len, figure_spans)) continue;
    EntityHit hit = e;
    if (hit.id.empty()) {
      // An alias stands for the one of its entities the document is about.
      for (const std::string& id : ctx.main)
        for (size_t cand : e.alias_of)
          if (hit.id.empty() && ctx.pack->entities[cand].id == id) hit.id = id;
      if (hit.id.empty() && e.alias_of.size() == 1) hit.id = ctx.pack->entities[e.alias_of[0]].id;
      if (hit.id.empty()) continue;
    }
    v.entities.push_back(std::move(hit));
  }
  // "the two countries", "both sides", "bilateral": the main pair ([pack]
  // pair_phrases).
  v.pair_phrase = ContainsAny(words, ctx.pack->pair_phrases);
  return v;
}

TimeChoice ResolveTime(const DocContext& ctx, const SentenceView& v, size_t figure, bool stock,
                       const Frame* frame) {
  const auto& ms = ctx.dm->mentions;
  TimeChoice out;
  const FigureRef& f = v.figures[figure];
  // 1. The figure's own phrase.
  for (const DateRef& d : v.dates)
    if (d.owner == static_cast<int>(figure) && Eligible(ms[d.mention], stock)) {
      out.date = &ms[d.mention];
      out.own = true;
      out.confidence = Confidence::kHigh;
      out.from = "time in the figure's phrase";
      return out;
    }
  // A base of comparison has only the time of its own phrase: the other
  // times of the sentence are the change's, not the level it started from.
  if (f.base) {
    out.base = true;
    out.from = "a base of comparison with no time of its own";
    return out;
  }
  // 2a. A growth rate written right after what grew takes its period:
  //    "$6.1 billion last year, 9 per cent above the year before, and ...".
  //    An appositive (", a rise of 14 per cent,") qualifies the figure of
  //    the clause before it however many words it takes.
  if (ms[f.mention].kind == Kind::kPercent && figure > 0) {
    const FigureRef& g = v.figures[figure - 1];
    bool qualifies = g.w1 <= f.w0 && (f.w0 - g.w1 <= 2 ||
                                      (frame && frame->apposition && g.w0 >= frame->clause_begin));
    if (qualifies && ms[g.mention].kind != Kind::kPercent) {
      // The appositive's clause holds the figure it qualifies.
      TimeChoice grew = ResolveTime(ctx, v, figure - 1, stock, frame);
      if (grew.date) {
        // Written right after what grew, it qualifies that figure: its
        // period is read by rule.
        grew.own = false;
        grew.confidence = std::min(grew.confidence, Confidence::kHigh);
        grew.from = "period of the figure it qualifies";
        return grew;
      }
    }
  }
  // 2. A time expression of the sentence no other figure owns; crossing
  //    another figure costs as much as eight words.
  size_t best = SIZE_MAX, candidates = 0;
  for (const DateRef& d : v.dates) {
    if (d.base || (d.owner >= 0 && d.owner != static_cast<int>(figure))) continue;
    if (!Eligible(ms[d.mention], stock)) continue;
    ++candidates;
    size_t lo = std::min(f.w0, d.w0), hi = std::max(f.w1, d.w1);
    size_t crossed = 0;
    for (size_t g = 0; g < v.figures.size(); ++g)
      if (g != figure && v.figures[g].w0 >= lo && v.figures[g].w1 <= hi) ++crossed;
    size_t cost = Dist(f.w0, f.w1, d.w0, d.w1) + 8 * crossed;
    if (cost < best) best = cost, out.date = &ms[d.mention];
  }
  // 2b. "climbed 7% in 2023 to €3 billion": the time a change owns is
  //    also the period of the level it reached, in the same clause.
  if (!out.date && frame && ms[f.mention].kind != Kind::kPercent)
    for (const DateRef& d : v.dates) {
      if (d.base || d.owner < 0 || !Eligible(ms[d.mention], stock)) continue;
      const FigureRef& g = v.figures[static_cast<size_t>(d.owner)];
      if (ms[g.mention].kind != Kind::kPercent || ms[g.mention].change == Change::kNone) continue;
      if (g.w0 < frame->clause_begin || g.w1 > frame->clause_end) continue;
      out.date = &ms[d.mention];
      out.confidence = Confidence::kHigh;
      out.from = "time of the change written with it";
      return out;
    }
  if (out.date) {
    // The one time expression of a sentence with one figure is sure, and so
    // is one in the figure's own clause, or one fronted before any figure
    // ("In 2021, ..."): each is written for this figure.
    bool sole = candidates == 1 && v.timed_figures == 1;
    size_t dw = WordAt(*v.words, out.date->norm.begin);
    bool in_clause = frame && dw >= frame->clause_begin && dw < frame->clause_end;
    bool fronted = dw < f.w0;
    for (size_t g = 0; g < v.figures.size() && fronted; ++g)
      if (g != figure && v.figures[g].w0 > dw && v.figures[g].w1 <= f.w0 &&
          OwnsTime(ms[v.figures[g].mention], ctx.dm->text.text))
        fronted = false;
    out.confidence = sole || in_clause || fronted ? Confidence::kHigh : Confidence::kMedium;
    out.from = sole        ? "the sentence's only time expression"
               : in_clause ? "time in the figure's clause"
               : fronted   ? "time fronted in the sentence"
                           : "time elsewhere in the sentence";
    return out;
  }
  // 3. A growth rate takes the period of what grew: the nearest figure with
  //    a time phrase of its own.
  if (ms[f.mention].kind == Kind::kPercent) {
    best = SIZE_MAX;
    for (const DateRef& d : v.dates) {
      if (d.owner < 0 || d.owner == static_cast<int>(figure)) continue;
      if (!Eligible(ms[d.mention], stock)) continue;
      const FigureRef& g = v.figures[static_cast<size_t>(d.owner)];
      size_t cost = Dist(f.w0, f.w1, g.w0, g.w1);
      if (cost < best) best = cost, out.date = &ms[d.mention];
    }
    if (out.date) {
      out.confidence = Confidence::kMedium;
      out.from = "period of the figure that grew";
    }
  }
  return out;
}

bool IsRankingSize(const SentenceView& v, size_t figure, const DocumentMentions& dm) {
  const FigureRef& f = v.figures[figure];
  if (dm.mentions[f.mention].kind != Kind::kNumber || figure == 0) return false;
  const FigureRef& prev = v.figures[figure - 1];
  if (dm.mentions[prev.mention].kind != Kind::kRank || f.w0 < prev.w1 || f.w0 - prev.w1 > 4)
    return false;
  const std::vector<Word>& words = *v.words;
  for (size_t k = prev.w1; k < f.w0; ++k) {
    const std::string& w = words[k].folded;
    if (w == "among" || w == "of" || w == "out") return true;
  }
  return false;
}

}  // namespace crosscheck::extract
