#include "extract/claims.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>

#include "extract/sentence_words.h"
#include "extract/steps.h"
#include "lang/language.h"
#include "recognize/lexicon.h"

namespace crosscheck {
namespace {

using extract::DocContext;
using extract::FigureRef;
using extract::SentenceView;

// English words that mark a figure's modality. Language knowledge, like the
// hedge phrases in recognize/lexicon.cc; the pack holds domain knowledge.
// Modality words count within this many words before the figure (its clause).
constexpr size_t kModalityWindow = 10;
// A cue this close, with no other figure between, names the figure for sure.
constexpr double kSureCueDistance = 6;
// Event cues must be this close to a date or an age.
constexpr double kEventCueWindow = 8;

template <size_t N>
bool In(const char* const (&list)[N], const std::string& w) {
  for (const char* x : list)
    if (w == x) return true;
  return false;
}

bool HasDigit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// A count is a whole number: not "Park 2.0", not "the two countries" (a
// small number spelled out with no hedge is a determiner, not a claim).
bool IsCount(const Mention& m, std::string_view text) {
  if (m.kind != Kind::kNumber || !m.value.has_point) return false;
  if (m.value.point != std::floor(m.value.point) ||
      (m.value.low != m.value.high && !m.range && m.hedge == Hedge::kNone &&
       m.value.high - m.value.low < 1))
    return false;
  return HasDigit(m.norm.In(text)) || m.hedge != Hedge::kNone || m.value.point > 10;
}

bool QuantityFits(Quantity q, const Mention& m, std::string_view text) {
  switch (q) {
    case Quantity::kMoney:
      return m.kind == Kind::kMoney;
    case Quantity::kCount:
      return IsCount(m, text);
    case Quantity::kPercent:
      return m.kind == Kind::kPercent;
    case Quantity::kDuration:
      return m.kind == Kind::kDuration && m.relative == 0;
    case Quantity::kRank:
      return m.kind == Kind::kRank && !m.anniversary;
    case Quantity::kRatio:
      return m.kind == Kind::kRatio;
    case Quantity::kDate:
      return false;  // events are bound by BindEvent
  }
  return false;
}

// A figure that says nothing checkable on its own: "the two countries".
bool TooWeakForGeneric(const Mention& m, std::string_view text) {
  if (m.kind == Kind::kDate || m.kind == Kind::kRank || m.kind == Kind::kRatio) return true;
  if (m.kind == Kind::kDuration) return true;  // checked by the single-document rules
  if (m.kind == Kind::kNumber) {
    if (!HasDigit(m.norm.In(text)) && m.hedge == Hedge::kNone) return true;
    if (m.value.has_point && m.value.point < 10 && m.hedge == Hedge::kNone) return true;
  }
  return false;
}

// Where each metric's cues occur in one sentence: (word, cue length). Cues
// match by stem, so a cue written once matches its inflections.
// With them, once per sentence, whether each metric's context words are in
// it: every figure of the sentence asks, and a long list of figures would
// otherwise scan the sentence once per figure and metric.
struct CueHits {
  std::vector<std::vector<std::pair<size_t, size_t>>> by_metric;
  std::vector<bool> context_ok;  // the metric has no context words, or one is here
  const std::vector<std::pair<size_t, size_t>>& operator[](size_t x) const { return by_metric[x]; }
  bool ContextOk(const ClaimPack& pack, const Metric* m) const {
    return context_ok[static_cast<size_t>(m - pack.metrics.data())];
  }
};
CueHits FindCues(const std::vector<Word>& words, const ClaimPack& pack) {
  CueHits cues;
  cues.by_metric.resize(pack.metrics.size());
  for (const Metric& m : pack.metrics)
    cues.context_ok.push_back(m.context.empty() || ContainsStems(words, m.context));
  auto& hits = cues.by_metric;
  auto add = [&](size_t metric, size_t k, size_t len) {
    auto& h = hits[metric];
    if (std::find(h.begin(), h.end(), std::make_pair(k, len)) == h.end()) h.emplace_back(k, len);
  };
  for (size_t k = 0; k < words.size(); ++k) {
    // By stem; and by the written form, for a cue of another language than
    // the document's (its stemmer would not give the cue's stem).
    for (const std::string* key : {&words[k].stem, &words[k].folded}) {
      if (key == &words[k].folded && words[k].folded == words[k].stem) break;
      auto it = pack.cue_index.find(*key);
      if (it == pack.cue_index.end()) continue;
      for (const ClaimPack::CueRef& ref : it->second) {
        const Metric& m = pack.metrics[ref.metric];
        if (ref.folded ? (*key == words[k].folded && MatchAt(words, k, m.cue_words[ref.cue]))
                       : (*key == words[k].stem && MatchStems(words, k, m.cues[ref.cue])))
          add(ref.metric, k, m.cues[ref.cue].size());
      }
    }
  }
  return cues;
}

// Words in [from, to), a run of capitalized words counting as one: "a welcome
// ceremony for Prime Minister Jane Doe at the Grand Palace this morning" puts
// the date as near its event as "a ceremony for her at the palace".
size_t PhraseUnits(const std::vector<Word>& words, size_t from, size_t to) {
  size_t n = 0;
  for (size_t k = from; k < to; ++k)
    if (!(words[k].upper && k > from && words[k - 1].upper)) ++n;
  return n;
}

// Word distance from a figure at [w0, w1) to the nearest cue of a metric;
// with `names_as_one`, a name counts as one word (PhraseUnits).
double CueDistance(const std::vector<Word>& words,
                   const std::vector<std::pair<size_t, size_t>>& hits, size_t w0, size_t w1,
                   bool duration, bool names_as_one = false) {
  double score = 1e9;
  auto gap = [&](size_t from, size_t to) {
    return static_cast<double>(names_as_one ? PhraseUnits(words, from, to) : to - from);
  };
  for (auto [k, len] : hits) {
    bool after = k >= w1;
    // Past the frame's reach a cue is not the figure's (extract/frame.h).
    if ((k + len <= w0 && w0 - (k + len) > extract::kFrameReach) ||
        (after && k - w1 > extract::kFrameReach))
      continue;
    double dist = k + len <= w0 ? gap(k + len, w0) : after ? gap(w1, k) : 0.0;
    // Longer cues are more specific: "trade turnover" beats "trade".
    dist -= 0.01 * static_cast<double>(len);
    // "70-year relations and 10 years of ...": a cue before "and" names the previous item.
    if (k + len <= w0)
      for (size_t x = k + len; x < w0; ++x)
        if (words[x].folded == "and" || words[x].folded == "or") dist += 3;
    // "ten years of a strategic partnership": a duration names its subject after it.
    if (after && duration) dist -= 0.1;
    score = std::min(score, dist);
  }
  return score;
}

struct Binding {
  const Metric* metric = nullptr;
  double score = 1e9;
  bool counted = false;    // the counted noun fits the metric
  bool in_clause = false;  // the cue is in the figure's clause
  size_t cue_word = SIZE_MAX, cue_len = 0;
  bool tied = false;  // another metric fits as well: a generic claim
};

// Does the counted noun of the frame fit one of the metric's counted nouns?
bool CountedFits(const Metric& metric, const extract::Frame& fr, const std::vector<Word>& words) {
  if (!fr.head_found) return false;
  for (size_t p = fr.head; p < fr.head_end; ++p)
    for (const Phrase& c : metric.counted)
      if (MatchStems(words, p, c)) return true;
  return false;
}

// Why the metric cannot be the figure's, from the frame alone; nullptr when
// the frame fits what the metric declares (packs.h, docs/packs.md).
const char* FrameMisfit(const Metric& metric, const extract::Frame& fr, const Mention& m,
                        const std::vector<Word>& words, std::string_view text) {
  if (!QuantityFits(metric.quantity, m, text)) return "another quantity";
  if (metric.quantity == Quantity::kMoney && metric.currency_required && fr.currency.empty())
    return "an amount with no currency";
  if (metric.quantity == Quantity::kPercent && metric.percent != PercentKind::kAny &&
      fr.percent != metric.percent)
    return "another kind of percentage";
  if (metric.quantity == Quantity::kCount && !metric.counted.empty() && fr.head_found &&
      !CountedFits(metric, fr, words))
    return "counts another noun";
  if (metric.stock && fr.partial) return "a part, not the whole stock";
  if (metric.accumulates && fr.time == extract::FrameTime::kPeriod && !fr.accumulation)
    return "a flow over a period, not an accumulated stock";
  if (metric.temporal == Temporal::kFlow && fr.time == extract::FrameTime::kSince)
    return "an accumulation since a start, not a flow";
  return nullptr;
}

// Ties between two fitting metrics: the one whose temporal kind the frame's
// time names (a period names a flow; an as-of date, a start or no time a
// stock) wins; 0 when the frame prefers neither.
int TemporalPreference(const Metric& metric, const extract::Frame& fr) {
  if (metric.temporal == Temporal::kEvent) return 0;
  bool period = fr.time == extract::FrameTime::kPeriod && !fr.accumulation;
  return (metric.temporal == Temporal::kFlow) == period ? 1 : 0;
}

// Cue hits of one metric inside the words [from, to).
std::vector<std::pair<size_t, size_t>> HitsIn(const std::vector<std::pair<size_t, size_t>>& hits,
                                              size_t from, size_t to) {
  std::vector<std::pair<size_t, size_t>> out;
  for (auto h : hits)
    if (h.first >= from && h.first + h.second <= to) out.push_back(h);
  return out;
}

// Score of a cue distance outside the figure's clause: always behind every
// cue inside it.
constexpr double kOutsideClause = 100;

// Step 1: the metric the frame fits, named by its counted noun or by the
// nearest cue in the figure's clause (further in the sentence is weaker).
// Two metrics fitting equally well bind neither (a generic claim).
Binding BindMetric(const DocContext& ctx, const SentenceView& v, const FigureRef& f,
                   const extract::Frame& fr, const CueHits& cues, ClaimFrame* report) {
  const std::string& text = ctx.dm->text.text;
  const Mention& m = ctx.dm->mentions[f.mention];
  const std::vector<Word>& words = *v.words;
  Binding best, second;
  for (size_t x = 0; x < ctx.pack->metrics.size(); ++x) {
    const Metric& metric = ctx.pack->metrics[x];
    if (metric.temporal == Temporal::kEvent) continue;
    if (!cues.context_ok[x]) continue;
    bool counted = metric.quantity == Quantity::kCount && CountedFits(metric, fr, words);
    auto in_clause = HitsIn(cues[x], fr.clause_begin, fr.clause_end);
    double score = CueDistance(words, in_clause, f.w0, f.w1, m.kind == Kind::kDuration);
    bool clause = score < 1e8;
    if (!clause) {
      // Durations name what they measure next to them; other figures may
      // take a cue elsewhere in the sentence, as a weaker reading.
      double window = m.kind == Kind::kDuration ? kDurationCueWindow : kCueWindow;
      double far = CueDistance(words, cues[x], f.w0, f.w1, m.kind == Kind::kDuration);
      if (far <= window) score = kOutsideClause + far;
    }
    if (counted) score = std::min(score, -10.0);
    if (score >= 1e8) continue;
    if (const char* why = FrameMisfit(metric, fr, m, words, text)) {
      // Only near misses are worth telling: a cue of the metric was there.
      if (report && QuantityFits(metric.quantity, m, text))
        report->rejected.push_back(metric.id + ": " + why);
      continue;
    }
    if (!metric.context.empty()) score -= 0.5;
    score -= 0.001 * TemporalPreference(metric, fr);
    Binding b{&metric, score, counted, clause || counted};
    // The cue the report shows: the nearest one (none when the noun bound).
    size_t nearest = SIZE_MAX;
    for (auto [k, len] : counted ? std::vector<std::pair<size_t, size_t>>{} : cues[x]) {
      size_t d = k + len <= f.w0 ? f.w0 - (k + len) : k >= f.w1 ? k - f.w1 : 0;
      if (d < nearest) nearest = d, b.cue_word = k, b.cue_len = len;
    }
    if (score < best.score) {
      second = best;
      best = b;
    } else if (score < second.score) {
      second = b;
    }
  }
  // A rank with no rank cue near it ranks by the figure next to it ("capital
  // of US$13 billion, ranking third"): the pack says which rank that is.
  if (m.kind == Kind::kRank && !m.anniversary && !best.metric)
    for (size_t x = 0; x < ctx.pack->metrics.size(); ++x) {
      const Metric& by = ctx.pack->metrics[x];
      if (by.ranked_as.empty()) continue;
      // In the rank's clause (an appositive "..., ranking third" takes the
      // clause it qualifies) the reading is sure; elsewhere weaker.
      double in_clause =
          CueDistance(words, HitsIn(cues[x], fr.clause_begin, fr.clause_end), f.w0, f.w1, false) +
          1;
      double score = CueDistance(words, cues[x], f.w0, f.w1, false) + 1;
      const Metric* rank = ctx.pack->FindMetric(by.ranked_as);
      if (rank && in_clause <= kCueWindow && in_clause < best.score)
        best = Binding{rank, in_clause, false, true};
      else if (rank && score <= kCueWindow && kOutsideClause + score < best.score)
        best = Binding{rank, kOutsideClause + score, false, false};
    }
  // Still tied after the counted noun, the clause, the context and the
  // frame's time: no metric is chosen.
  if (best.metric && second.metric && second.metric != best.metric &&
      std::abs(second.score - best.score) < 1e-6)
    best.tied = true;
  return best;
}

// Step: modality from the words of the figure's clause: an aim or an
// estimate written before the figure or just after it ("US$5 billion, the
// target"), a forecast only before it ("could reach"); an aim wins over an
// estimate, an estimate over a forecast ("diperkirakan sekitar").
Modality ReadModality(const DocContext& ctx, const SentenceView& v, const FigureRef& f) {
  const std::vector<Word>& words = *v.words;
  size_t from = f.w0 > kModalityWindow ? f.w0 - kModalityWindow : 0;
  size_t after = std::min(words.size(), f.w1 + 3);
  auto starts_in = [&](const std::vector<Phrase>& phrases, size_t to) {
    for (size_t k = from; k < to; ++k)
      for (const Phrase& p : phrases)
        if (MatchAt(words, k, p)) return true;
    return false;
  };
  if (starts_in(ctx.lang_target, after)) return Modality::kTarget;
  if (starts_in(ctx.lang_estimate, after)) return Modality::kEstimate;
  if (starts_in(ctx.lang_forecast, f.w0)) return Modality::kForecast;
  return Modality::kActual;
}

// Step: "according to X" or "X said".
std::string ReadAttribution(std::string_view text, const std::vector<Word>& words) {
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    if (words[k].folded == "according" && words[k + 1].folded == "to") {
      size_t a = k + 2, b = a;
      while (b < words.size() &&
             (words[b].upper || (b > a && (words[b].folded == "of" || words[b].folded == "the"))))
        ++b;
      if (b > a)
        return std::string(
            text.substr(words[a].norm.begin, words[b - 1].norm.end - words[a].norm.begin));
    }
  }
  for (size_t k = 1; k < words.size(); ++k) {
    if (!extract::IsSpeechVerb(words[k].folded)) continue;
    size_t b = k, a = k;
    while (a > 0 && words[a - 1].upper) --a;
    if (a < b)
      return std::string(
          text.substr(words[a].norm.begin, words[b - 1].norm.end - words[a].norm.begin));
    break;
  }
  return "";
}

// Step: period (flows) or as-of date (stocks), and a deadline for targets.
void ApplyTime(const DocContext& ctx, const SentenceView& v, size_t figure, const Metric* metric,
               const extract::Frame& fr, Claim* c) {
  bool stock = metric && metric->stock;
  extract::TimeChoice t = extract::ResolveTime(ctx, v, figure, stock, &fr);
  const std::optional<Day>& pub = ctx.published;
  if (t.date && t.date->hedge == Hedge::kBy && pub && t.date->date.low > *pub &&
      c->modality == Modality::kActual)
    c->modality = Modality::kTarget;  // "US$10 billion by 2030"
  bool future = t.date && pub && t.date->date.low > *pub;
  // "trade in 2021 is expected to reach ..." written after 2021 ended: a
  // forecast word about a time already past states an estimate of what
  // happened, not a forecast; read by rule, so the time is no surer than
  // medium (an old forecast retold reads the same way).
  if (c->modality == Modality::kForecast && t.date && pub && t.date->date.high < *pub) {
    c->modality = Modality::kEstimate;
    t.confidence = std::min(t.confidence, Confidence::kMedium);
  }
  if (stock) {
    if (t.date && (!future || c->modality == Modality::kTarget)) {
      Day d = t.date->date.high;
      if (pub && !future) d = std::min(d, *pub);
      c->as_of = d;
      c->confidence.period = t.confidence;
      c->confidence.period_from = t.from;
    } else if (t.base) {
      c->confidence.period = Confidence::kLow;
      c->confidence.period_from = t.from;
    } else {
      // A stock with no date of its own is as of the publication date: read
      // by rule, not guessed.
      c->as_of = pub;
      c->confidence.period = pub ? Confidence::kHigh : Confidence::kLow;
      c->confidence.period_from = pub ? "as of the publication date" : "no date";
    }
    return;
  }
  if (t.date) {
    if (t.own) c->deadline_mention = static_cast<int>(t.date - ctx.dm->mentions.data());
    c->period.known = true;
    c->period.start = t.date->date.low;
    c->period.end = t.date->date.high;
    c->period.label = PeriodLabel(t.date->date);
    c->confidence.period = t.confidence;
    c->confidence.period_from = t.from;
  } else {
    c->confidence.period = Confidence::kLow;
    c->confidence.period_from = t.base ? t.from : "no period in the sentence";
  }
}

// The families of the bare currency signs a document writes ("dollar").
std::vector<std::string> BareFamilies(const DocumentMentions& dm) {
  std::vector<std::string> out;
  for (const Mention& o : dm.mentions)
    if (o.kind == Kind::kMoney && o.unit.empty() && !o.currency_family.empty() &&
        std::find(out.begin(), out.end(), o.currency_family) == out.end())
      out.push_back(o.currency_family);
  return out;
}

// The outlet's country as an ISO 3166 code: its [[source]] country's
// country-code domain, else the domain of its URL ("x.com.sg" -> "SG").
std::string OutletIsoCountry(const Document& doc, const ClaimPack& pack) {
  std::string tld;
  if (const Source* src = pack.FindSource(doc.meta.source, doc.meta.url);
      src && !src->country.empty()) {
    if (const Entity* e = pack.FindEntity(src->country); e && !e->tlds.empty()) tld = e->tlds[0];
  }
  if (tld.empty()) {
    std::string url = doc.meta.url.empty() ? doc.meta.source : doc.meta.url;
    size_t host_end = url.find('/', url.find("//") == std::string::npos ? 0 : url.find("//") + 2);
    std::string host = url.substr(0, host_end);
    size_t dot = host.rfind('.');
    if (dot != std::string::npos && host.size() - dot == 3) tld = host.substr(dot + 1);
  }
  for (char& c : tld) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return tld.size() == 2 ? tld : std::string();
}

// A bare "$" a document and its source left open: the currency the
// document writes out elsewhere in the same family ("US$" first, "$" after);
// else, by rule, the outlet country's own currency of that family (a bare
// "$" at an outlet of a dollar country is its dollar), and for a dollar sign
// at an outlet of any other country the US dollar; else the pack's default
// for the family (a guess). Decided once per document. `country` is the
// outlet's ISO 3166 code ("SG"), or empty.
std::map<std::string, std::pair<std::string, std::string>> BareCurrencies(
    const DocumentMentions& dm, const ClaimPack& pack, const std::string& country) {
  std::map<std::string, std::string> written;  // family -> code, "" when several
  for (const Mention& o : dm.mentions) {
    if (o.kind != Kind::kMoney || o.unit.empty()) continue;
    std::string family = BuiltinCurrencies().FamilyOf(o.unit);
    if (family.empty()) continue;
    auto [it, fresh] = written.emplace(family, o.unit);
    if (!fresh && it->second != o.unit) it->second.clear();
  }
  std::map<std::string, std::pair<std::string, std::string>> out;
  for (const auto& [family, code] : pack.currency_defaults) out[family] = {code, "pack"};
  if (!country.empty())
    for (const std::string& family : BareFamilies(dm)) {
      std::string code = BuiltinCurrencies().NationalInFamily(country, family);
      if (code.empty() && family == "dollar") code = "USD";
      if (!code.empty()) out[family] = {code, "outlet"};
    }
  for (const auto& [family, code] : written)
    if (!code.empty()) out[family] = {code, "document"};
  return out;
}

void ResolveCurrency(const DocContext& ctx, Mention* m, std::string* from) {
  // (Defined after BareCurrencies; see there for the order of readings.)
  if (m->kind != Kind::kMoney || !m->unit.empty() || m->currency_family.empty()) return;
  auto it = ctx.bare_currency.find(m->currency_family);
  if (it == ctx.bare_currency.end()) return;
  m->unit = it->second.first;
  *from = it->second.second;
  m->ambiguous_currency = false;
}

// The generic metric of a figure no pack describes: what it counts (the
// frame's counted noun, by stem), in which currency, who, when.
std::string GenericMetric(const std::vector<Word>& words, const FigureRef&, const Mention& m,
                          const Claim& c, const extract::Frame& fr) {
  std::string head = fr.head_found ? words[fr.head].stem : "-";
  std::string sig = std::string(KindName(m.kind)) + ":" + head;
  if (m.kind == Kind::kMoney) sig += ":" + (m.unit.empty() ? m.currency_family : m.unit);
  for (const auto& sub : c.subjects) sig += ":" + sub;
  if (c.period.known) sig += "@" + c.period.label;
  return "generic:" + sig;
}

Claim NewClaim(const DocContext& ctx, size_t doc_index, const SentenceView& v, const Mention& m) {
  Claim c;
  c.doc = doc_index;
  if (const Source* src = ctx.pack->FindSource(ctx.doc->meta.source, ctx.doc->meta.url))
    c.basis = src->basis;
  c.mention = m;
  c.sentence = ctx.dm->text.map.ToOriginal(ctx.dm->sentences[v.sentence]);
  return c;
}

// Is figure f money in brackets or after "or" right behind the money claim
// before it, in another currency ("RM4.5 billion (about US$1 billion)",
// "S$2 billion, or US$1.5 billion")?
bool Restates(const DocContext& ctx, const SentenceView& v, size_t f, const Claim& prev) {
  const Mention& m = ctx.dm->mentions[v.figures[f].mention];
  if (f == 0 || m.kind != Kind::kMoney || prev.mention.kind != Kind::kMoney || m.unit.empty() ||
      prev.mention.unit.empty() || m.unit == prev.mention.unit)
    return false;
  // The money figure before it ("a year" may stand between).
  size_t k = f;
  while (k > 0 && ctx.dm->mentions[v.figures[k - 1].mention].kind != Kind::kMoney) --k;
  if (k == 0) return false;
  const FigureRef& before = v.figures[k - 1];
  if (ctx.dm->mentions[before.mention].norm != prev.mention.norm) return false;
  // A few words at most between them ("a year" may stand there), with a
  // bracket or a word of conversion ("about", "or", "equivalent to",
  // "tương đương"): "RM4.5 billion (about US$1 billion)", "S$2 billion, or
  // US$1.5 billion".
  const std::string& text = ctx.dm->text.text;
  uint32_t from = ctx.dm->mentions[before.mention].norm.end, to = m.norm.begin;
  constexpr size_t kGapWords = 4;  // "a year, or about"
  const size_t w0 = v.figures[f].w0;
  if (to < from || w0 < before.w1 || w0 - before.w1 > kGapWords) return false;
  bool bracket = std::string_view(text).substr(from, to - from).find('(') != std::string_view::npos;
  return bracket ||
         extract::HasClassIn(*ctx.frame_words, FrameClass::kConversion, *v.words, before.w1, w0);
}

// "mostly in agriculture (US$2.1 billion) and finance (US$370 million)": a
// figure in brackets right after a word is one part of a breakdown, not the
// total. (In brackets right after another figure it restates that one.)
bool BracketedPart(const DocContext& ctx, const SentenceView& v, size_t figure) {
  const std::string& text = ctx.dm->text.text;
  const Mention& m = ctx.dm->mentions[v.figures[figure].mention];
  uint32_t k = m.norm.begin;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k == 0 || text[k - 1] != '(') return false;
  --k;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k == 0) return false;
  unsigned char c = static_cast<unsigned char>(text[k - 1]);
  if (!(std::isalpha(c) || c >= 0x80)) return false;
  // A figure ending right there ("RM55 billion (US$13 billion)") is restated.
  for (size_t g = 0; g < figure; ++g)
    if (ctx.dm->mentions[v.figures[g].mention].norm.end == k) return false;
  return true;
}

// What the report shows of the frame: the clause, the counted noun, the cue.
void DescribeFrame(const DocContext& ctx, const SentenceView& v, const extract::Frame& fr,
                   const Binding& b, ClaimFrame* out) {
  const std::string& text = ctx.dm->text.text;
  const std::vector<Word>& words = *v.words;
  auto written = [&](size_t from, size_t to) {
    return std::string(std::string_view(text).substr(
        words[from].norm.begin, words[to - 1].norm.end - words[from].norm.begin));
  };
  out->counted = fr.counted;
  out->head_found = fr.head_found;
  out->time = extract::FrameTimeName(fr.time);
  out->accumulation = fr.accumulation;
  out->apposition = fr.apposition;
  out->reach_cut = fr.reach_cut;
  if (fr.clause_end > fr.clause_begin) out->clause = written(fr.clause_begin, fr.clause_end);
  if (b.metric && b.cue_word != SIZE_MAX) out->cue = written(b.cue_word, b.cue_word + b.cue_len);
}

// The metric's confidence and where it came from.
void MetricConfidence(const Binding& b, const extract::Frame& fr, bool listed, bool carried,
                      bool exact_rank, ClaimConfidence* c) {
  if (!b.metric) {
    c->metric = Confidence::kLow;
    c->metric_from = b.tied ? "two metrics fit the frame equally (generic)"
                            : "no metric fits the frame (generic)";
  } else if (carried) {
    c->metric = Confidence::kLow;
    c->metric_from = "no cue in the sentence: the figure of the one before";
  } else if (listed) {
    c->metric = Confidence::kHigh;
    c->metric_from = "listed after a figure of the same metric";
  } else if (b.counted) {
    c->metric = Confidence::kHigh;
    c->metric_from = "counted noun fits the metric";
  } else if (!b.in_clause) {
    c->metric = Confidence::kMedium;
    c->metric_from = "cue outside the figure's clause";
  } else if (fr.membership && exact_rank) {
    // "one of the 4th largest": one of a set, not the place read.
    c->metric = Confidence::kMedium;
    c->metric_from = "an exact rank written after 'one of': which place is not said";
  } else if (b.metric->quantity == Quantity::kCount && !b.metric->counted.empty() &&
             !fr.head_found) {
    c->metric = Confidence::kMedium;
    c->metric_from = "cue in the clause, but no counted noun after the count";
  } else {
    c->metric = Confidence::kHigh;
    c->metric_from = "cue in the figure's clause, frame fits";
  }
}

// One figure of a sentence -> at most one claim.
// Sets *bound to the claim's metric (null for a generic claim).
bool FigureClaim(const DocContext& ctx, size_t doc_index, const SentenceView& v, size_t figure,
                 const CueHits& cues, const std::vector<const Metric*>& earlier,
                 const std::vector<const Metric*>& carried, Claim* out, const Metric** bound) {
  const std::string& text = ctx.dm->text.text;
  const FigureRef& f = v.figures[figure];
  const Mention& m = ctx.dm->mentions[f.mention];
  if (extract::IsRankingSize(v, figure, *ctx.dm)) return false;
  const extract::Frame fr = extract::ReadFrame(*ctx.frame_words, v, figure, *ctx.dm);
  bool partial = fr.partial || BracketedPart(ctx, v, figure);
  ClaimFrame report;
  Binding b = BindMetric(ctx, v, f, fr, cues, &report);
  if (b.tied || (partial && b.metric && b.metric->stock)) b = Binding{};
  // "from US$1.1 billion in 2015 to $2.6 billion in 2021", "X in 2019, Y
  // in 2020": a figure with no cue of its own, listed after one of the same
  // quantity, is another value of the same metric, if its frame fits it.
  auto fits = [&](const Metric* metric) {
    return !FrameMisfit(*metric, fr, m, *v.words, text) && cues.ContextOk(*ctx.pack, metric);
  };
  bool listed = false;
  if (!b.metric && !partial)
    for (auto it = earlier.rbegin(); it != earlier.rend() && !b.metric; ++it)
      if (QuantityFits((*it)->quantity, m, text)) {
        if (fits(*it)) b.metric = *it, b.score = kCueWindow, listed = true;
        break;  // the latest earlier metric of this quantity, or none
      }
  // "Trade reached $8.6 billion. It is expected to hit $10 billion this
  // year.": a sentence with no cue at all goes on about the figure before.
  bool carried_over = false;
  if (!b.metric && !partial)
    for (auto it = carried.rbegin(); it != carried.rend() && !b.metric; ++it)
      if (fits(*it)) b.metric = *it, b.score = kCueWindow, carried_over = true;
  if (!b.metric && (TooWeakForGeneric(m, text) || partial)) return false;

  Claim c = NewClaim(ctx, doc_index, v, m);
  ResolveCurrency(ctx, &c.mention, &c.currency_from);
  if (c.currency_from == "pack") {
    c.confidence.currency = Confidence::kLow;
    c.confidence.currency_from = "a bare currency sign read with the pack's default";
  } else if (c.currency_from == "outlet") {
    c.confidence.currency_from = "a bare sign read by the outlet's country";
  } else if (m.kind == Kind::kMoney && c.mention.unit.empty()) {
    c.confidence.currency = Confidence::kLow;
    c.confidence.currency_from = "only the currency family is written";
  }
  MetricConfidence(b, fr, listed, carried_over,
                   m.kind == Kind::kRank && m.value.low == m.value.high, &c.confidence);
  DescribeFrame(ctx, v, fr, b, &report);
  if (m.kind == Kind::kPercent) report.percent = PercentKindName(fr.percent);
  c.frame = std::move(report);
  extract::SubjectChoice sc = extract::ResolveSubjects(ctx, v, f, b.metric, &fr);
  c.subjects = sc.ids;
  c.owner = sc.owner;
  c.scope = sc.scope;
  c.confidence.subjects = sc.confidence;
  c.confidence.subjects_from = sc.from;
  c.modality = ReadModality(ctx, v, f);
  ApplyTime(ctx, v, figure, b.metric, fr, &c);
  if (m.kind == Kind::kMoney || m.kind == Kind::kPercent || m.kind == Kind::kNumber)
    extract::ResolveBasis(ctx, v, &c);
  if (b.metric && b.metric->stock) c.in_force = fr.in_force;
  if (b.metric) {
    c.metric = b.metric->id;
    c.count = b.metric->quantity == Quantity::kCount;
  } else {
    c.metric = GenericMetric(*v.words, f, c.mention, c, fr);
    c.generic = true;
  }
  *bound = b.metric;
  *out = std::move(c);
  return true;
}

// Days in one unit of a duration's reported unit; 0 for other units.
double UnitDays(const std::string& unit) {
  return unit == "year"    ? 365.2425
         : unit == "month" ? 365.2425 / 12
         : unit == "week"  ? 7
         : unit == "day"   ? 1
                           : 0;
}

// The date an age implies: "50 years of relations" published 2023-10-13 is
// 1973-10-13 give or take the rounding of the age (one unit; five for round
// figures of twenty and more, as writers round elapsed time).
bool AgeToDate(const Mention& age, Day anchor, DateValue* out) {
  double unit_days = UnitDays(age.unit);
  // Ages beyond a few millennia are no event dates (and would overflow Day).
  if (unit_days == 0 || !age.value.has_point || !(age.value.point * unit_days < 1e6)) return false;
  double lo = age.value.has_low ? age.value.low : age.value.point;
  double hi =
      age.value.has_high ? std::min(age.value.high, age.value.point * 1.5) : age.value.point * 1.5;
  if (age.hedge == Hedge::kNone && !age.range) {
    double step = age.value.point >= 20 && std::fmod(age.value.point, 10) == 0 ? 5 : 1;
    lo = age.value.point - step;
    hi = age.value.point + step;
  }
  out->low = anchor - static_cast<Day>(std::lround(hi * unit_days));
  out->high = anchor - static_cast<Day>(std::lround(std::max(0.0, lo) * unit_days));
  out->has_low = out->has_high = true;
  out->granularity = age.unit == "year" ? Granularity::kYear : Granularity::kDay;
  return true;
}

// "two years later", "a decade earlier": the date a relative duration names,
// counted from the latest date written before it in the sentence ("the
// border was settled in 1994 and three years later the treaty was signed"
// is 1997).
// *base_mention: the index of that date's mention.
bool RelativeToDate(const DocContext& ctx, const SentenceView& v, size_t w0, const Mention& d,
                    DateValue* out, size_t* base_mention) {
  const Mention* base = nullptr;
  for (const auto& ref : v.dates) {
    const Mention& m = ctx.dm->mentions[ref.mention];
    if (ref.w1 <= w0 && m.date.has_low && m.date.has_high && !m.date.inferred)
      base = &m, *base_mention = ref.mention;
  }
  if (!base || !d.value.has_point || d.relative == 0) return false;
  double n = d.value.point * d.relative;
  if (d.unit == "year" && n == std::floor(n) && std::abs(n) <= 1000) {
    CivilDate a = CivilFromDays(base->date.low), b = CivilFromDays(base->date.high);
    int k = static_cast<int>(n);
    out->low =
        DaysFromCivil(a.year + k, a.month, std::min(a.day, DaysInMonth(a.year + k, a.month)));
    out->high =
        DaysFromCivil(b.year + k, b.month, std::min(b.day, DaysInMonth(b.year + k, b.month)));
    out->granularity = base->date.granularity;
  } else {
    double unit_days = UnitDays(d.unit);
    if (unit_days == 0 || std::abs(n * unit_days) > 366000) return false;
    Day shift = static_cast<Day>(std::lround(n * unit_days));
    out->low = base->date.low + shift;
    out->high = base->date.high + shift;
    out->granularity = Granularity::kDay;
  }
  out->has_low = out->has_high = true;
  return true;
}

// A cue starting at word w or one word after it ("two-day state visit",
// "three-day official visit").
bool CueRightAfter(const std::vector<std::pair<size_t, size_t>>& hits, size_t w) {
  for (auto [k, len] : hits)
    if (k == w || k == w + 1) return true;
  return false;
}

// The event a look-back names without its noun. Two forms of English
// ellipsis: "such" + the head noun of an event named before ("They held a
// joint council. It was the first such council in a decade"), looked for as
// far back as subjects are (kSubjectLookback: the same anaphora); and an
// ordinal with no noun after it ("her first visit since 2019 and the first by
// a minister in 11 years"), the event named earlier in the sentence. Null
// when neither form is there.
const Metric* ElidedEvent(const DocContext& ctx, const SentenceView& v, const CueHits& cues,
                          size_t w0) {
  const std::vector<Word>& words = *v.words;
  for (size_t j = 0; j + 1 < w0; ++j) {
    if (words[j].folded != "such") continue;
    const std::string& noun = words[j + 1].stem;
    // Rare, so the earlier sentences' cues are looked up only here.
    for (size_t back = 1; back <= static_cast<size_t>(kSubjectLookback) && back <= v.sentence;
         ++back) {
      const std::vector<Word>& before = ctx.cache->StemmedWords(v.sentence - back);
      CueHits hits = FindCues(before, *ctx.pack);
      for (size_t x = 0; x < ctx.pack->metrics.size(); ++x) {
        if (ctx.pack->metrics[x].temporal != Temporal::kEvent) continue;
        for (auto [k, len] : hits[x])
          if (before[k + len - 1].stem == noun) return &ctx.pack->metrics[x];
      }
    }
  }
  // "the first by", "the only one of": an ordinal with no noun after it, in
  // the figure's clause before it.
  for (size_t j = w0; j > 0;) {
    --j;
    const std::string& w = words[j].folded;
    if (w != "first" && w != "only") continue;
    const std::string& next = j + 1 < words.size() ? words[j + 1].folded : w;
    if (next != "by" && next != "of" && next != "from" && next != "one") return nullptr;
    const Metric* best = nullptr;
    size_t best_end = 0;
    for (size_t x = 0; x < ctx.pack->metrics.size(); ++x) {
      if (ctx.pack->metrics[x].temporal != Temporal::kEvent) continue;
      for (auto [k, len] : cues[x])
        if (k + len <= j && k + len > best_end) best = &ctx.pack->metrics[x], best_end = k + len;
    }
    return best;
  }
  return nullptr;
}

// A date read from the publication date alone ("this morning", "on Friday"),
// not written with a number.
bool Deictic(std::string_view text, const Mention& m) {
  std::string_view t = m.norm.In(text);
  return std::none_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// "this morning, April 16" and "on Friday (May 16)": a written date in
// apposition restates the deictic one before it, and is the claim.
bool RestatedByNext(const DocContext& ctx, const SentenceView& v, size_t d) {
  const std::string& text = ctx.dm->text.text;
  const Mention& m = ctx.dm->mentions[v.dates[d].mention];
  if (d + 1 >= v.dates.size() || !Deictic(text, m)) return false;
  const Mention& next = ctx.dm->mentions[v.dates[d + 1].mention];
  if (Deictic(text, next) || next.norm.begin < m.norm.end) return false;
  std::string_view between =
      std::string_view(text).substr(m.norm.end, next.norm.begin - m.norm.end);
  size_t marks = 0;
  for (char ch : between) {
    if (ch == ',' || ch == '(' || ch == '-')
      ++marks;
    else if (ch != ' ')
      return false;
  }
  return marks == 1;
}

// "on Friday" with no date: the Friday nearest the publication date is a
// reading, not what was written. The event claim spans the Friday on or
// before it to the one on or after it (one day when it is published that day).
DateValue WeekdayReading(const DateValue& read, int weekday, Day published) {
  DateValue d = read;
  int today = IsoWeekday(published);
  d.low = published - (today - weekday + 7) % 7;
  d.high = published + (weekday - today + 7) % 7;
  d.granularity = Granularity::kDay;
  d.time_low = d.time_high = -1;
  return d;
}

// The entity whose name the date is written in parentheses after ("Russia
// (2012)"), as an index into v.entities, or -1.
int ParenthesizedAfter(const DocContext& ctx, const SentenceView& v, const Mention& date) {
  const std::string& text = ctx.dm->text.text;
  for (size_t e = 0; e < v.entities.size(); ++e) {
    const EntityHit& hit = v.entities[e];
    if (hit.id.empty()) continue;
    uint32_t end = (*v.words)[hit.word + hit.len - 1].norm.end;
    if (end > date.norm.begin) continue;
    std::string_view between = std::string_view(text).substr(end, date.norm.begin - end);
    if (between == "(" || between == " (") return static_cast<int>(e);
  }
  return -1;
}

// "the countries that upgraded ties with Arcadia are Borealia (2008), Celestia
// (2012) ...": each year is its entity's event with the entity the sentence
// names outside the list. False when the date is no such list item.
bool ListItemSubjects(const DocContext& ctx, const SentenceView& v, const Mention& date,
                      std::vector<std::string>* ids) {
  int item = ParenthesizedAfter(ctx, v, date);
  if (item < 0) return false;
  std::vector<bool> listed(v.entities.size(), false);
  for (const extract::DateRef& d : v.dates) {
    int e = ParenthesizedAfter(ctx, v, ctx.dm->mentions[d.mention]);
    if (e >= 0) listed[static_cast<size_t>(e)] = true;
  }
  const std::string& own = v.entities[static_cast<size_t>(item)].id;
  std::string partner;
  for (size_t e = 0; e < v.entities.size() && partner.empty(); ++e)
    if (!listed[e] && !v.entities[e].id.empty() && v.entities[e].id != own)
      partner = v.entities[e].id;
  for (size_t k = 0; k < ctx.main.size() && partner.empty(); ++k)
    if (ctx.main[k] != own) partner = ctx.main[k];
  if (partner.empty()) return false;
  *ids = {own, partner};
  std::sort(ids->begin(), ids->end());
  return true;
}

// Event claims: a date, an age or an anniversary next to an event metric's cue.
void EventClaims(const DocContext& ctx, size_t doc_index, const SentenceView& v,
                 const CueHits& cues, std::vector<Claim>* out) {
  const auto& ms = ctx.dm->mentions;
  struct Candidate {
    size_t mention, w0, w1;
    bool date;
  };
  std::vector<Candidate> cands;
  // Dates that "two years later" counted from: the starting point, not the event.
  std::vector<size_t> anchors;
  const size_t first_new = out->size();
  size_t restated_w0 = SIZE_MAX;  // where the deictic date the next one restates starts
  for (size_t k = 0; k < v.dates.size(); ++k) {
    const auto& d = v.dates[k];
    if (d.base) continue;
    if (RestatedByNext(ctx, v, k)) {
      restated_w0 = d.w0;
      continue;
    }
    // The pair is one time phrase: its event is as near as the first of them.
    cands.push_back({d.mention, std::min(d.w0, restated_w0), d.w1, true});
    restated_w0 = SIZE_MAX;
  }
  for (const FigureRef& f : v.figures) {
    const Mention& m = ms[f.mention];
    if ((m.kind == Kind::kDuration && !m.range) || (m.kind == Kind::kRank && m.anniversary))
      cands.push_back({f.mention, f.w0, f.w1, false});
  }
  for (const Candidate& cand : cands) {
    const Mention& m = ms[cand.mention];
    if (cand.date &&
        (!m.date.has_low || (m.date.inferred && (!ctx.published || m.weekday == 0)) ||
         ((m.hedge == Hedge::kBefore || m.hedge == Hedge::kAfter || m.hedge == Hedge::kUntil) &&
          !m.qualifier_text.empty())))
      continue;
    // "this year marks 50 years of relations": the present is the
    // anniversary, not the date of a past event.
    bool present = cand.date && ctx.published && m.date.low <= *ctx.published &&
                   *ctx.published <= m.date.high && m.date.granularity != Granularity::kDay;
    const Metric* best = nullptr;
    double best_score = 1e9;
    bool best_span = false;
    for (size_t x = 0; x < ctx.pack->metrics.size(); ++x) {
      const Metric& metric = ctx.pack->metrics[x];
      if (metric.temporal != Temporal::kEvent) continue;
      // Ages imply dates only for metrics that say so; a duration relative to
      // another date ("two years later") dates any event.
      // "a two-day state visit": how long a recurring event lasted.
      bool span = !cand.date && m.kind == Kind::kDuration && !m.since_last && m.relative == 0 &&
                  !metric.aged && metric.window_days > 0 && (m.unit == "day" || m.unit == "week") &&
                  CueRightAfter(cues[x], cand.w1);
      if (span) {
        if (best_score > 0) best_score = 0, best = &metric, best_span = true;
        continue;
      }
      if (!cand.date && !metric.aged && m.relative == 0 && !m.since_last) continue;
      if (present && metric.aged) continue;
      if (!cues.context_ok[x]) continue;
      // "the 70th anniversary of diplomatic relations": an anniversary names
      // its event after it.
      std::vector<std::pair<size_t, size_t>> side;
      const auto* hits = &cues[x];
      if (m.kind == Kind::kRank) {
        for (auto h : cues[x])
          if (h.first >= cand.w1) side.push_back(h);
        hits = &side;
      } else if (m.since_last) {
        // "the first visit in 11 years": the event is named before the look-back.
        for (auto h : cues[x])
          if (h.first + h.second <= cand.w0) side.push_back(h);
        hits = &side;
      }
      // A date's event may be named across a name or two; an age's is next to it.
      double score = CueDistance(*v.words, *hits, cand.w0, cand.w1, !cand.date, cand.date);
      double window = cand.date ? kEventCueWindow : kDurationCueWindow;
      if (m.kind == Kind::kRank || m.since_last)
        window = kEventCueWindow;  // "the 50th anniversary of ... relations"
      // "four decades since the pair set up diplomatic relations": a
      // duration that counts from an event names it in a clause of its own.
      if (!cand.date && cand.w1 < v.words->size() &&
          ((*v.words)[cand.w1].folded == "since" || (*v.words)[cand.w1].folded == "after"))
        window = kEventCueWindow;
      if (score <= window && score < best_score)
        best_score = score, best = &metric, best_span = false;
    }
    bool such = false;
    if (!best && m.since_last) such = (best = ElidedEvent(ctx, v, cues, cand.w0)) != nullptr;
    if (!best) continue;
    Claim c = NewClaim(ctx, doc_index, v, m);
    c.event = true;
    c.metric = best->id;
    if (best_span) {
      c.span = true;
      c.as_of = ctx.published;
    } else if (!cand.date) {
      if (!ctx.published) continue;
      DateValue d;
      if (m.since_last) {
        // The previous one, as the article saw it on its publication date.
        if (!AgeToDate(m, *ctx.published, &d)) continue;
        c.previous = true;
        c.as_of = ctx.published;
      } else if (m.kind == Kind::kRank) {
        if (!(m.value.point >= 1 && m.value.point <= 2000)) continue;
        int year = CivilFromDays(*ctx.published).year - static_cast<int>(m.value.point);
        d.low = DaysFromCivil(year, 1, 1);
        d.high = DaysFromCivil(year, 12, 31);
        d.has_low = d.has_high = true;
        d.granularity = Granularity::kYear;
      } else if (m.relative != 0) {
        size_t base = 0;
        if (!RelativeToDate(ctx, v, cand.w0, m, &d, &base)) continue;
        anchors.push_back(base);
      } else if (!AgeToDate(m, *ctx.published, &d)) {
        continue;
      }
      c.mention.kind = Kind::kDate;
      c.mention.date = d;
      c.mention.hedge = Hedge::kNone;
      c.mention.qualifier_text.clear();
      c.derived = true;
    }
    c.confidence.metric = best_score <= kSureCueDistance ? Confidence::kHigh : Confidence::kMedium;
    c.confidence.metric_from = "event cue next to the date";
    if (such) {
      c.confidence.metric = Confidence::kMedium;
      c.confidence.metric_from =
          "the event named before, its noun left out ('the first such', 'the first by')";
    }
    c.confidence.period = c.derived ? Confidence::kMedium : Confidence::kHigh;
    c.confidence.period_from = c.previous
                                   ? "the time since the previous one, from the publication date"
                               : c.derived ? "date implied by an age, from the publication date"
                               : c.span    ? "how long the event lasted, as written"
                                           : "date written";
    if (cand.date && m.date.inferred) {
      c.mention.date = WeekdayReading(m.date, m.weekday, *ctx.published);
      c.confidence.period = Confidence::kMedium;
      c.confidence.period_from = "a weekday, read as the nearest one to the publication date";
    }
    extract::SubjectChoice sc =
        extract::ResolveSubjects(ctx, v, FigureRef{cand.mention, cand.w0, cand.w1}, best);
    if (best->subjects == 2 && cand.date && ListItemSubjects(ctx, v, m, &sc.ids)) {
      sc.confidence = Confidence::kMedium;
      sc.from = "the name the date follows in a list, with the entity named outside it";
    }
    c.subjects = sc.ids;
    c.owner = sc.owner;  // a visit's visitor
    c.confidence.subjects = sc.confidence;
    c.confidence.subjects_from = sc.from;
    c.modality = Modality::kActual;
    out->push_back(std::move(c));
  }
  out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first_new), out->end(),
                            [&](const Claim& c) {
                              if (c.derived) return false;
                              for (size_t a : anchors)
                                if (ms[a].norm == c.mention.norm) return true;
                              return false;
                            }),
             out->end());
}

// "raise trade to US$25 billion by 2030": the deadline, a date claim of its
// own beside the target's, compared with other articles' deadlines for the
// same target.
void DeadlineClaims(const DocContext& ctx, size_t doc_index, const SentenceView& v,
                    std::vector<Claim>* found) {
  const size_t n = found->size();
  for (size_t k = 0; k < n; ++k) {
    const Claim& t = (*found)[k];
    if (t.modality != Modality::kTarget || t.deadline_mention < 0 || t.generic) continue;
    const Mention& date = ctx.dm->mentions[static_cast<size_t>(t.deadline_mention)];
    if (!date.date.has_low || !date.date.has_high || date.date.inferred) continue;
    Claim d = NewClaim(ctx, doc_index, v, date);
    d.event = true;
    d.metric = t.metric;
    d.subjects = t.subjects;
    d.owner = t.owner;
    d.modality = Modality::kTarget;
    d.deadline_of = DescribeValue(t);
    d.as_of = ctx.published;
    d.confidence = t.confidence;
    d.confidence.period_from = "the deadline written with the target";
    found->push_back(std::move(d));
  }
}

}  // namespace

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kActual:
      return "actual";
    case Modality::kEstimate:
      return "estimate";
    case Modality::kTarget:
      return "target";
    case Modality::kForecast:
      return "forecast";
  }
  return "actual";
}

std::string ClaimConfidence::Weakest() const {
  struct Part {
    const char* name;
    Confidence c;
    const char* from;
  };
  const Part parts[] = {{"metric", metric, metric_from},
                        {"subjects", subjects, subjects_from},
                        {"time", period, period_from},
                        {"currency", currency, currency_from}};
  const Part* weakest = nullptr;
  for (const Part& p : parts)
    if (p.c != Confidence::kHigh && (!weakest || p.c < weakest->c)) weakest = &p;
  return weakest ? std::string(weakest->name) + ": " + weakest->from : std::string();
}

const char* ConfidenceName(Confidence c) {
  switch (c) {
    case Confidence::kHigh:
      return "high";
    case Confidence::kMedium:
      return "medium";
    case Confidence::kLow:
      return "low";
  }
  return "low";
}

std::string PeriodLabel(const DateValue& d) {
  if (!d.has_low) return d.unresolved;
  CivilDate a = CivilFromDays(d.low), b = CivilFromDays(d.high);
  char buf[48];
  switch (d.granularity) {
    case Granularity::kYear:
    case Granularity::kDecade:
    case Granularity::kCentury:
      if (a.year == b.year)
        std::snprintf(buf, sizeof buf, "%04d", a.year);
      else
        std::snprintf(buf, sizeof buf, "%04d-%04d", a.year, b.year);
      return buf;
    case Granularity::kQuarter:
      // One quarter is "2024-Q3"; a half or three quarters are their days,
      // so that "the first half" never groups with "the first quarter".
      if (a.year == b.year && (a.month - 1) / 3 == (b.month - 1) / 3) {
        std::snprintf(buf, sizeof buf, "%04d-Q%d", a.year, (a.month - 1) / 3 + 1);
        return buf;
      }
      return FormatIsoDate(d.low) + ".." + FormatIsoDate(d.high);
    case Granularity::kMonth:
      if (a.year == b.year && a.month == b.month)
        std::snprintf(buf, sizeof buf, "%04d-%02d", a.year, a.month);
      else
        return FormatIsoDate(d.low) + ".." + FormatIsoDate(d.high);
      return buf;
    default:
      return d.low == d.high ? FormatIsoDate(d.low)
                             : FormatIsoDate(d.low) + ".." + FormatIsoDate(d.high);
  }
}

// "312 projects in all, of which 290 remain valid", or in Vietnamese "...
// Trong đó (of which) 290 dự án còn hiệu lực": a stock whose in-force part
// follows it, in its sentence or the next, is the all-time whole.
void MarkWholes(const DocumentMentions& dm, size_t first, std::vector<Claim>* claims) {
  static const char* const kPartMarkers[] = {"of which",   "of these",  "of them",
                                             "among them", "including", "trong \xc4\x91\xc3\xb3"};
  const std::string& text = dm.text.text;
  for (size_t p = first; p < claims->size(); ++p) {
    const Claim& part = (*claims)[p];
    if (!part.in_force) continue;
    for (size_t w = first; w < p; ++w) {
      Claim& whole = (*claims)[w];
      if (whole.in_force || whole.metric != part.metric ||
          whole.mention.norm.end > part.mention.norm.begin ||
          whole.mention.sentence + 1 < part.mention.sentence)
        continue;
      std::string between =
          text.substr(whole.mention.norm.end, part.mention.norm.begin - whole.mention.norm.end);
      for (char& ch : between) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (const char* marker : kPartMarkers)
        if (between.find(marker) != std::string::npos) whole.whole = true;
    }
  }
}

namespace {

// Step 1: what every step reads about the document, decided once: main
// subjects, what bare currency symbols mean, the language's modality words,
// and whose statistics the outlet usually quotes.
void PrepareContext(const Document& doc, const DocumentMentions& dm, const ClaimPack& pack,
                    bool windowed, DocContext* ctx) {
  ctx->doc = &doc;
  ctx->dm = &dm;
  ctx->pack = &pack;
  ctx->published = doc.meta.published;
  ctx->main = extract::MainSubjects(dm, ctx->cache, pack, windowed);
  ctx->bare_currency = BareCurrencies(dm, pack, OutletIsoCountry(doc, pack));
  const Language& lang = BuiltinLanguages().For(doc.meta.lang);
  ctx->frame_words = &extract::FrameWordsOf(BuiltinLexicon(lang.lexicons));
  // Modality words of the document's language and of every language its
  // lexicons fall back to (an Indonesian article reads English "target").
  std::vector<const Language*> chain = {&lang};
  for (const std::string& code : lang.lexicons)
    if (const Language* l = &BuiltinLanguages().For(code);
        std::find(chain.begin(), chain.end(), l) == chain.end())
      chain.push_back(l);
  for (const Language* l : chain)
    for (const auto& [words, folded] : {std::pair{&l->target_words, &ctx->lang_target},
                                        {&l->forecast_words, &ctx->lang_forecast},
                                        {&l->estimate_words, &ctx->lang_estimate}})
      for (const std::string& w : *words) folded->push_back(FoldWords(w));
  if (const Source* src = pack.FindSource(doc.meta.source, doc.meta.url);
      src && !src->country.empty()) {
    ctx->outlet_country = src->country, ctx->outlet_from = "source";
  } else if (const Entity* e =
                 pack.EntityForUrl(doc.meta.url.empty() ? "//" + doc.meta.source : doc.meta.url)) {
    ctx->outlet_country = e->id, ctx->outlet_from = "domain";
  }
}

// The metrics bound in the last sentence that bound any, carried for the
// next two: "Trade climbed 12%. Shipments of fruit led. It had shrunk to $6
// billion two years before ..." is still about trade.
struct CarriedMetrics {
  std::vector<const Metric*> named;
  std::optional<size_t> sentence;

  // What sentence s may use: only where it names no figure of its own
  // ("exports rose 26%" names exports); an event cue ("during the visit")
  // names no figure.
  const std::vector<const Metric*>& For(size_t s, const ClaimPack& pack,
                                        const CueHits& cues) const {
    static const std::vector<const Metric*> kNone;
    for (size_t x = 0; x < pack.metrics.size(); ++x)
      if (!cues[x].empty() && pack.metrics[x].temporal != Temporal::kEvent) return kNone;
    return sentence && s <= *sentence + 2 ? named : kNone;
  }
};

// "US$13 billion (RM55 billion)": the same figure in another currency takes
// the identity of the one it restates.
void TakeIdentity(const Claim& prev, Claim* c) {
  c->metric = prev.metric, c->generic = prev.generic, c->count = prev.count;
  c->subjects = prev.subjects, c->owner = prev.owner, c->scope = prev.scope;
  c->modality = prev.modality, c->period = prev.period, c->as_of = prev.as_of;
  c->confidence = prev.confidence;
  c->confidence.metric_from = "restates the figure before it in another currency";
}

// Step 2: the claims of one sentence's figures, then its events and
// deadlines. Returns the metrics the figures bound, in figure order.
std::vector<const Metric*> SentenceClaims(const DocContext& ctx, size_t doc_index,
                                          const extract::SentenceView& v, const CueHits& cues,
                                          const std::vector<const Metric*>& carried,
                                          std::vector<Claim>* found) {
  std::vector<const Metric*> earlier;  // the metrics of the sentence's bound figures so far
  for (size_t f = 0; f < v.figures.size(); ++f) {
    Claim c;
    const Metric* bound = nullptr;
    if (!FigureClaim(ctx, doc_index, v, f, cues, earlier, carried, &c, &bound)) continue;
    if (!found->empty() && Restates(ctx, v, f, found->back())) {
      // "X (Y) in 2021": a time written after the restatement is the pair's.
      Claim& first = found->back();
      if (!first.period.known && c.period.known && !first.as_of) {
        first.period = c.period;
        first.confidence.period = c.confidence.period;
        first.confidence.period_from = c.confidence.period_from;
      }
      TakeIdentity(first, &c);
      bound = ctx.pack->FindMetric(c.metric);
    }
    if (bound) earlier.push_back(bound);
    found->push_back(std::move(c));
  }
  // Whose words the sentence reports is the sentence's: read once.
  if (!found->empty()) {
    std::string attribution = ReadAttribution(ctx.dm->text.text, *v.words);
    for (Claim& c : *found) c.attribution = attribution;
  }
  EventClaims(ctx, doc_index, v, cues, found);
  DeadlineClaims(ctx, doc_index, v, found);
  return earlier;
}

// Step 3: one claim per figure span, numbered in the run. An age that
// became an event date is that claim, not also a duration: of the claims
// on one span, the event claim is kept (else the first).
void KeepOnePerSpan(std::vector<Claim> found, std::vector<Claim>* out) {
  std::stable_sort(found.begin(), found.end(), [](const Claim& a, const Claim& b) {
    if (a.mention.span.begin != b.mention.span.begin)
      return a.mention.span.begin < b.mention.span.begin;
    return a.event > b.event;
  });
  Span last{UINT32_MAX, UINT32_MAX};
  for (Claim& c : found) {
    if (c.mention.span == last) continue;
    last = c.mention.span;
    c.id = "c" + std::to_string(out->size() + 1);
    out->push_back(std::move(c));
  }
}

}  // namespace

void ExtractClaims(const Document& doc, size_t doc_index, const DocumentMentions& dm,
                   const ClaimPack& pack, std::vector<Claim>* out, const std::vector<bool>* only) {
  const size_t first_claim = out->size();
  const bool windowed = dm.text.text.size() > extract::kWindowedTextBytes;
  const Language& lang = BuiltinLanguages().For(doc.meta.lang);
  WordStems stems(lang.stemmer);
  SentenceCache cache(dm.text.text, dm.sentences, pack, &stems);
  extract::BasisMemo basis_memo;
  DocContext ctx;
  ctx.cache = &cache;
  ctx.basis_memo = &basis_memo;
  PrepareContext(doc, dm, pack, windowed, &ctx);

  std::vector<bool> has_mentions(dm.sentences.size(), false);
  for (const Mention& m : dm.mentions) has_mentions[m.sentence] = true;
  CarriedMetrics carried;
  for (size_t s = 0; s < dm.sentences.size(); ++s) {
    if (!has_mentions[s]) continue;
    if (only && (s >= only->size() || !(*only)[s])) continue;
    if (windowed && s > extract::kMaxSentenceLookback)
      cache.Forget(s - extract::kMaxSentenceLookback);
    extract::SentenceView v = extract::ViewSentence(ctx, s);
    CueHits cues = FindCues(*v.words, pack);
    std::vector<Claim> found;
    std::vector<const Metric*> bound =
        SentenceClaims(ctx, doc_index, v, cues, carried.For(s, pack, cues), &found);
    if (!bound.empty()) carried.named = std::move(bound), carried.sentence = s;
    KeepOnePerSpan(std::move(found), out);
  }
  // Step 4: totals that the next figures break down ("of which") are wholes.
  MarkWholes(dm, first_claim, out);
}

}  // namespace crosscheck
