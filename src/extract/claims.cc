#include "extract/claims.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>

#include "extract/sentence_words.h"

namespace crosscheck {
namespace {

// English words that mark a figure's modality. Language knowledge, like the
// hedge phrases in recognize/lexicon.cc; the pack holds domain knowledge.
const char* const kTargetWords[] = {"aim",       "aims",   "aimed",   "aiming",   "goal",
                                    "goals",     "target", "targets", "targeted", "targeting",
                                    "seek",      "seeks",  "strive",  "strives",  "ambition",
                                    "objective", "pledge", "pledged", "envisage", "envisaged"};
const char* const kForecastWords[] = {"expected",  "expects",   "forecast", "forecasts",
                                      "projected", "predicted", "predicts", "anticipated"};
const char* const kEstimateWords[] = {"estimated", "estimate", "estimates", "estimation",
                                      "preliminary"};
const char* const kSpeechVerbs[] = {
    "said",      "says",       "told",       "noted",       "stressed", "stated",  "added",
    "announced", "emphasized", "emphasised", "highlighted", "affirmed", "reported"};
// After a count, these make it a part, not the total: "the 11 other countries".
const char* const kPartialWords[] = {"other", "more", "additional", "new", "further", "remaining"};

template <size_t N>
bool In(const char* const (&list)[N], const std::string& w) {
  for (const char* x : list)
    if (w == x) return true;
  return false;
}

// A count is a whole number: not "VSIP 2.0", not "the two countries" (a
// small number spelled out with no hedge is a determiner, not a claim).
bool IsCount(const Mention& m, std::string_view text) {
  if (m.kind != Kind::kNumber || !m.value.has_point) return false;
  if (m.value.point != std::floor(m.value.point) ||
      (m.value.low != m.value.high && !m.range && m.hedge == Hedge::kNone &&
       m.value.high - m.value.low < 1))
    return false;
  bool digits = false;
  for (char c : m.norm.In(text)) digits |= (c >= '0' && c <= '9');
  return digits || m.hedge != Hedge::kNone || m.value.point > 10;
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
  }
  return false;
}

// A figure that says nothing checkable on its own: "the two countries".
bool TooWeakForGeneric(const Mention& m, std::string_view text) {
  if (m.kind == Kind::kDate || m.kind == Kind::kRank || m.kind == Kind::kRatio) return true;
  if (m.kind == Kind::kDuration) return true;  // checked by the single-document rules
  if (m.kind == Kind::kNumber) {
    bool has_digit = false;
    for (char c : m.norm.In(text)) has_digit |= (c >= '0' && c <= '9');
    if (!has_digit && m.hedge == Hedge::kNone) return true;
    if (m.value.has_point && m.value.point < 10 && m.hedge == Hedge::kNone) return true;
  }
  return false;
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
      std::snprintf(buf, sizeof buf, "%04d-Q%d", a.year, (a.month - 1) / 3 + 1);
      return buf;
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

void ExtractClaims(const Document& doc, size_t doc_index, const DocumentMentions& dm,
                   const ClaimPack& pack, std::vector<Claim>* out, const std::vector<bool>* only) {
  const std::string& text = dm.text.text;
  SentenceCache cache(text, dm.sentences, pack);

  // Mentions come in sentence order: each sentence's mentions are a range.
  std::vector<size_t> first_mention(dm.sentences.size() + 1, dm.mentions.size());
  for (size_t k = dm.mentions.size(); k-- > 0;) first_mention[dm.mentions[k].sentence] = k;
  for (size_t s = dm.sentences.size(); s-- > 0;)
    first_mention[s] = std::min(first_mention[s], first_mention[s + 1]);
  auto sentence_mentions = [&](size_t s) {
    return std::pair<size_t, size_t>(first_mention[s], first_mention[s + 1]);
  };

  // Where each metric's cues occur in a sentence: (word, cue length) per
  // metric, found once per sentence rather than once per figure in it.
  size_t cue_sentence = SIZE_MAX;
  std::vector<std::vector<std::pair<size_t, size_t>>> cue_hits(pack.metrics.size());
  auto CueHits = [&](size_t s, const std::vector<Word>& words,
                     size_t metric) -> const std::vector<std::pair<size_t, size_t>>& {
    if (s != cue_sentence) {
      cue_sentence = s;
      for (size_t x = 0; x < pack.metrics.size(); ++x) {
        cue_hits[x].clear();
        for (size_t k = 0; k < words.size(); ++k)
          for (const Phrase& c : pack.metrics[x].cues)
            if (MatchAt(words, k, c)) cue_hits[x].emplace_back(k, c.size());
      }
    }
    return cue_hits[metric];
  };

  for (size_t mi = 0; mi < dm.mentions.size(); ++mi) {
    const Mention& m = dm.mentions[mi];
    if (m.kind == Kind::kDate) continue;
    size_t s = m.sentence;
    if (only && (s >= only->size() || !(*only)[s])) continue;
    const std::vector<Word>& words = cache.Words(s);
    // Cue distances are measured from the hedge when there is one:
    // "which now number [more than] a dozen".
    size_t mw = WordAt(words, m.qualifier.empty() ? m.norm.begin : m.qualifier.begin);
    size_t mw_end = WordAt(words, m.norm.end);
    bool partial = mw_end < words.size() && In(kPartialWords, words[mw_end].folded);

    // Entity hits that are part of the figure ("US" in "US$9 billion") do not count.
    std::vector<EntityHit> entities;
    for (const EntityHit& e : cache.Entities(s)) {
      Span ws{words[e.word].norm.begin, words[e.word + e.len - 1].norm.end};
      bool inside = false;
      auto [from, to] = sentence_mentions(s);
      for (size_t k = from; k < to; ++k)
        if (ws.begin < dm.mentions[k].norm.end && dm.mentions[k].norm.begin < ws.end) inside = true;
      if (!inside) entities.push_back(e);
    }

    // Bind to the nearest metric cue.
    const Metric* best = nullptr;
    double best_score = 1e9;
    for (const Metric& metric : pack.metrics) {
      if (!QuantityFits(metric.quantity, m, text)) continue;
      if (!metric.context.empty() && !ContainsAny(words, metric.context)) continue;
      if (partial && metric.stock) continue;
      // A counted noun right after the number binds strongest ("18 VSIPs").
      double counted = 1e9;
      for (const Phrase& c : metric.counted)
        for (size_t k = mw_end; k < std::min(words.size(), mw_end + 4); ++k)
          if (MatchAt(words, k, c))
            counted = std::min(counted, -10.0 + static_cast<double>(k - mw_end));
      double score = 1e9;
      for (auto [k, len] : CueHits(s, words, static_cast<size_t>(&metric - pack.metrics.data()))) {
        bool after = k >= mw_end;
        double dist = k + len <= mw ? static_cast<double>(mw - (k + len))
                      : after       ? static_cast<double>(k - mw_end)
                                    : 0.0;
        // Longer cues are more specific: "trade turnover" beats "trade".
        dist -= 0.01 * static_cast<double>(len);
        // "70-year relations and 10 years of ...": a cue before "and" names the previous item.
        if (k + len <= mw)
          for (size_t x = k + len; x < mw; ++x)
            if (words[x].folded == "and" || words[x].folded == "or") dist += 3;
        // "ten years of a strategic partnership": a duration names its subject after it.
        if (after && m.kind == Kind::kDuration) dist -= 0.1;
        score = std::min(score, dist);
      }
      if (metric.quantity == Quantity::kCount && metric.counted.size() && counted > 0 && score > 4)
        continue;
      // Durations name what they measure next to them: "70-year relations",
      // "ten years of a partnership"; a cue further away is another clause's.
      double window = m.kind == Kind::kDuration ? kDurationCueWindow : kCueWindow;
      if (score > window && counted > 0) continue;
      if (!metric.context.empty()) score -= 0.5;
      score = std::min(score, counted);
      if (score < best_score) best_score = score, best = &metric;
    }
    if (!best && TooWeakForGeneric(m, text)) continue;
    if (!best && partial) continue;

    Claim c;
    c.doc = doc_index;
    if (const Source* src = pack.FindSource(doc.meta.source, doc.meta.url)) c.basis = src->basis;
    c.mention = m;
    c.sentence = dm.text.map.ToOriginal(dm.sentences[s]);

    // Subjects: fixed by the metric, or the nearest entities of the right kind.
    int needed = best ? best->subjects : 0;
    std::string kind = best ? best->subject_kind : "";
    std::vector<std::string> subjects;
    if (best && !best->fixed_subjects.empty()) {
      subjects = best->fixed_subjects;
    } else {
      auto add_from = [&](const std::vector<EntityHit>& hits, size_t anchor, bool same) {
        std::vector<std::pair<size_t, std::string>> ranked;
        for (const EntityHit& e : hits) {
          const Entity* ent = pack.FindEntity(e.id);
          if (!kind.empty() && ent && ent->kind != kind) continue;
          // In the sentence: nearest to the figure; earlier sentences: latest word first.
          size_t dist =
              same ? (e.word > anchor ? e.word - anchor : anchor - e.word) : 1000000 - e.word;
          ranked.emplace_back(dist, e.id);
        }
        std::stable_sort(ranked.begin(), ranked.end());
        for (const auto& r : ranked)
          if (std::find(subjects.begin(), subjects.end(), r.second) == subjects.end())
            subjects.push_back(r.second);
      };
      add_from(entities, mw, true);
      int wanted = needed > 0 ? needed : 2;
      for (size_t back = 1;
           back <= kSubjectLookback && static_cast<int>(subjects.size()) < wanted && back <= s;
           ++back) {
        add_from(cache.Entities(s - back), 0, false);
        if (!best) break;  // generic claims look one sentence back at most
      }
      if (needed > 0 && static_cast<int>(subjects.size()) > needed)
        subjects.resize(static_cast<size_t>(needed));
    }
    // Directional metrics (investment of A in B): the subject written first acts.
    if (best && best->directional && best->fixed_subjects.empty()) {
      size_t first_word = SIZE_MAX;
      for (const EntityHit& e : entities)
        if (std::find(subjects.begin(), subjects.end(), e.id) != subjects.end() &&
            e.word < first_word)
          first_word = e.word, c.owner = e.id;
    }
    // Whose ranking: the nearest entity written before the rank.
    if (m.kind == Kind::kRank) {
      for (auto it = entities.rbegin(); it != entities.rend(); ++it) {
        const Entity* ent = pack.FindEntity(it->id);
        if (it->word < mw && (kind.empty() || (ent && ent->kind == kind))) {
          c.owner = it->id;
          break;
        }
      }
    }
    std::sort(subjects.begin(), subjects.end());
    c.subjects = subjects;

    // Period: the nearest date in the sentence that is not "since"/"before".
    const Mention* period_date = nullptr;
    size_t period_dist = SIZE_MAX;
    bool deadline = false;
    for (size_t oi = sentence_mentions(s).first; oi < sentence_mentions(s).second; ++oi) {
      const Mention& o = dm.mentions[oi];
      if (o.kind != Kind::kDate || !o.date.has_low) continue;
      if (o.hedge == Hedge::kSince || o.hedge == Hedge::kBefore || o.hedge == Hedge::kAfter ||
          o.hedge == Hedge::kUntil)
        continue;
      if (o.date.granularity == Granularity::kDay && !(best && best->stock)) continue;
      // "increased by 12% compared to 2024": 2024 is the base, not the period.
      size_t ow = WordAt(words, o.norm.begin);
      bool base = false;
      for (size_t k = ow >= 2 ? ow - 2 : 0; k < ow; ++k)
        base |= words[k].folded == "compared" || words[k].folded == "than" ||
                words[k].folded == "versus" || words[k].folded == "vs" || words[k].folded == "from";
      if (base) continue;
      size_t dist =
          o.norm.begin > m.norm.begin ? o.norm.begin - m.norm.begin : m.norm.begin - o.norm.begin;
      // "by 2045" makes a deadline only for a figure near it.
      if (dist < period_dist)
        period_dist = dist, period_date = &o, deadline = o.hedge == Hedge::kBy && dist < 60;
    }

    // Modality from the words of the sentence.
    Modality modality = Modality::kActual;
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k].folded;
      if (In(kEstimateWords, w)) modality = Modality::kEstimate;
    }
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k].folded;
      if (In(kTargetWords, w) && (k < mw || k <= mw_end + 3))
        modality = Modality::kTarget;
      else if (modality == Modality::kActual && In(kForecastWords, w) && k < mw)
        modality = Modality::kForecast;
    }
    if (deadline && modality == Modality::kActual) modality = Modality::kTarget;
    c.modality = modality;

    if (best && best->stock) {
      if (period_date && (deadline || modality == Modality::kTarget))
        c.as_of = period_date->date.high;
      else
        c.as_of = doc.meta.published;
    } else if (period_date) {
      c.period.known = true;
      c.period.start = period_date->date.low;
      c.period.end = period_date->date.high;
      c.period.label = PeriodLabel(period_date->date);
    }

    // Attribution: "according to X" or "X said".
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      if (words[k].folded == "according" && words[k + 1].folded == "to") {
        size_t a = k + 2, b = a;
        while (b < words.size() &&
               (words[b].upper || (b > a && (words[b].folded == "of" || words[b].folded == "the"))))
          ++b;
        if (b > a)
          c.attribution =
              text.substr(words[a].norm.begin, words[b - 1].norm.end - words[a].norm.begin);
      }
    }
    if (c.attribution.empty()) {
      for (size_t k = 1; k < words.size(); ++k) {
        if (!In(kSpeechVerbs, words[k].folded)) continue;
        size_t b = k, a = k;
        while (a > 0 && words[a - 1].upper) --a;
        if (a < b)
          c.attribution =
              text.substr(words[a].norm.begin, words[b - 1].norm.end - words[a].norm.begin);
        break;
      }
    }

    if (best) {
      c.metric = best->id;
      c.count = best->quantity == Quantity::kCount;
    } else {
      // A figure no pack describes: signed by what it counts, who and when.
      std::string head;
      for (size_t k = mw_end; k < std::min(words.size(), mw_end + 3); ++k) {
        const std::string& w = words[k].folded;
        if (w == "of" || w == "the" || w == "in" || w == "a" || w == "an" || w == "and") continue;
        if (w.empty() || std::isdigit(static_cast<unsigned char>(w[0]))) break;
        head = w;
        if (head.size() > 4 && head.compare(head.size() - 3, 3, "ies") == 0)
          head.replace(head.size() - 3, 3, "y");
        else if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's')
          head.pop_back();
        break;
      }
      std::string sig = std::string(KindName(m.kind)) + ":" + (head.empty() ? "-" : head);
      if (m.kind == Kind::kMoney) sig += ":" + (m.unit.empty() ? m.currency_family : m.unit);
      for (const auto& sub : c.subjects) sig += ":" + sub;
      if (c.period.known) sig += "@" + c.period.label;
      c.metric = "generic:" + sig;
      c.generic = true;
    }
    c.id = "c" + std::to_string(out->size() + 1);
    out->push_back(std::move(c));
  }
}

}  // namespace crosscheck
