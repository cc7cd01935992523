#include "compare/findings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "extract/sentence_words.h"

namespace crosscheck {
namespace {

const char* const kWeekdayNames[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                     "Thursday", "Friday", "Saturday", "Sunday"};
constexpr double kDaysPerYear = 365.2425;

std::string Quote(const Document& doc, Span s) {
  return "\"" + std::string(s.In(doc.bytes)) + "\"";
}

std::string Fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

// Length of one unit of a duration mention, in days.
double UnitDays(const std::string& unit) {
  if (unit == "year") return kDaysPerYear;
  if (unit == "month") return kDaysPerYear / 12;
  if (unit == "week") return 7;
  if (unit == "day") return 1;
  return 0;
}

// The stated duration as an interval in its unit; an exact round figure
// ("10 years") is read as +-1 unit, since writers round elapsed time.
Interval StatedDuration(const Mention& m) {
  Interval v = m.value;
  if (m.hedge == Hedge::kNone && !m.range) {
    double step = 1;
    if (v.point >= 20 && std::fmod(v.point, 10) == 0) step = 5;  // "five decades", "50 years"
    v.low = v.point - step;
    v.high = v.point + step;
    v.low_inclusive = false;
    v.high_inclusive = false;
  }
  return v;
}

// Elapsed time, in the mention's unit, from a date range to `to`.
Interval Elapsed(Day from_low, Day from_high, Day to, const std::string& unit) {
  double u = UnitDays(unit);
  Interval e;
  e.has_low = e.has_high = true;
  e.low = (to - from_high) / u;
  e.high = (to - from_low) / u;
  e.point = (e.low + e.high) / 2;
  e.has_point = true;
  return e;
}

// A reference fact applies when every subject it names is in the context.
bool FactApplies(const Fact& f, const std::vector<std::string>& subjects) {
  return std::all_of(f.subjects.begin(), f.subjects.end(), [&](const std::string& s) {
    return std::find(subjects.begin(), subjects.end(), s) != subjects.end();
  });
}

Finding Make(const char* rule, Severity sev, size_t doc, std::vector<Span> spans,
             std::string message) {
  Finding f;
  f.rule = rule;
  f.severity = sev;
  for (Span s : spans) f.evidence.push_back(Evidence{doc, s});
  f.message = std::move(message);
  return f;
}

// Claims of one document by the start of their figure, for O(1) lookups.
class ClaimIndex {
 public:
  ClaimIndex(const std::vector<Claim>& claims, size_t doc) {
    for (size_t i = 0; i < claims.size(); ++i)
      if (claims[i].doc == doc) by_begin_[claims[i].mention.span.begin].push_back(i);
    claims_ = &claims;
  }
  std::vector<size_t> Of(Span span) const {
    std::vector<size_t> out;
    auto it = by_begin_.find(span.begin);
    if (it != by_begin_.end())
      for (size_t i : it->second)
        if ((*claims_)[i].mention.span == span) out.push_back(i);
    return out;
  }

 private:
  std::unordered_map<uint32_t, std::vector<size_t>> by_begin_;
  const std::vector<Claim>* claims_ = nullptr;
};

}  // namespace

const char* SeverityLabel(Severity s) { return s == Severity::kNote ? "info" : SeverityName(s); }

namespace {

// Conflicts are errors only when every part of both claims' identity is
// sure; a weaker identity is a warning, a guess (generic claims) only info.
Severity ConflictSeverity(const Alignment& a) {
  if (a.confidence == Confidence::kHigh && a.relation != Relation::kTarget) return Severity::kError;
  return a.confidence == Confidence::kLow ? Severity::kNote : Severity::kWarning;
}

std::string What(const Alignment& a) {
  std::string subject;
  for (size_t k = 0; k < a.subjects.size(); ++k) subject += (k ? "-" : "") + a.subjects[k];
  return a.metric + (subject.empty() ? "" : " " + subject) +
         (a.relation == Relation::kSamePeriod && a.period.known ? " in " + a.period.label : "");
}

}  // namespace

void AlignmentFindings(const std::vector<Claim>& claims, const AlignResult& aligned,
                       std::vector<Finding>* out) {
  for (const Alignment& a : aligned.alignments) {
    Finding f;
    f.alignment = a.id;
    f.claims = a.disputed.empty() ? a.claims : a.disputed;
    for (size_t i : f.claims) f.evidence.push_back(Evidence{claims[i].doc, claims[i].mention.span});
    std::string what = What(a);
    switch (a.verdict) {
      case Verdict::kConflict:
        f.rule = "cross-source-conflict";
        f.severity = ConflictSeverity(a);
        f.message = "Sources disagree on " + what + ": " + a.reason;
        break;
      case Verdict::kNotComparable:
        f.rule = "basis-not-comparable";
        f.severity = Severity::kNote;
        f.message = "Not comparable, " + what + ": " + a.reason;
        break;
      case Verdict::kCompatible:
        if (a.relation == Relation::kSeries) continue;  // growth is no finding
        // One article consistent with itself is not news across sources.
        if (std::all_of(a.claims.begin(), a.claims.end(),
                        [&](size_t i) { return claims[i].doc == claims[a.claims[0]].doc; }))
          continue;
        f.rule = "cross-source-compatible";
        f.severity = Severity::kNote;
        f.message = "Sources are compatible on " + what + ": " + a.reason;
        break;
      case Verdict::kTargetVsActual:
        f.rule = "target-vs-actual";
        f.severity = Severity::kNote;
        f.message = "Target and actual for " + what + ": " + a.reason;
        break;
      case Verdict::kTrend:
        f.rule = "stock-decreased";
        f.severity = a.confidence == Confidence::kLow ? Severity::kNote : Severity::kWarning;
        f.message = "Check " + what + ": " + a.reason;
        break;
      case Verdict::kAgree:
        continue;  // agreement is in the alignments, not a finding
    }
    out->push_back(std::move(f));
  }
  for (const NotComparable& nc : aligned.not_comparable) {
    Finding f;
    f.rule = "currency-not-comparable";
    f.severity = Severity::kNote;
    f.claims = nc.claims;
    for (size_t i : nc.claims)
      f.evidence.push_back(Evidence{claims[i].doc, claims[i].mention.span});
    f.message = nc.reason;
    out->push_back(std::move(f));
  }
}

void DocumentFindings(const Document& doc, size_t d, const DocumentMentions& dm,
                      const std::vector<Claim>& claims, const ClaimPack& pack,
                      std::vector<Finding>* out, std::vector<Finding>* passed) {
  const size_t first_new = out->size();
  const ClaimIndex claim_index(claims, d);
  const std::string& text = dm.text.text;
  SentenceCache cache(text, dm.sentences, pack);
  const auto& ms = dm.mentions;
  std::vector<bool> paired(ms.size(), false);
  const std::optional<Day> pub = doc.meta.published;

  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    // no-such-date
    if (m.kind == Kind::kDate && m.date.invalid) {
      out->push_back(Make("no-such-date", Severity::kError, d, {m.span},
                          Quote(doc, m.span) + " is not a date that exists."));
      continue;
    }
    // weekday-vs-date
    if (m.kind == Kind::kDate && m.weekday && m.date.has_low && m.date.low == m.date.high &&
        !m.date.inferred) {
      int actual = IsoWeekday(m.date.low);
      if (actual != m.weekday)
        out->push_back(Make("weekday-vs-date", Severity::kError, d, {m.span},
                            Quote(doc, m.span) + " gives " + kWeekdayNames[m.weekday] + ", but " +
                                FormatIsoDate(m.date.low) + " is a " + kWeekdayNames[actual] +
                                "."));
      else
        passed->push_back(Make("weekday-vs-date", Severity::kNote, d, {m.span},
                               Quote(doc, m.span) + ": " + FormatIsoDate(m.date.low) + " is a " +
                                   kWeekdayNames[actual] + "."));
      continue;
    }
    if (m.kind != Kind::kDuration || UnitDays(m.unit) == 0) continue;

    // relative-date: "two weeks earlier, on February 26" against the last date before.
    if (m.relative != 0) {
      const Mention* stated = nullptr;
      for (size_t j = i + 1; j < ms.size() && ms[j].sentence == m.sentence; ++j)
        if (ms[j].kind == Kind::kDate && ms[j].date.has_low && !ms[j].date.inferred &&
            ms[j].date.granularity == Granularity::kDay) {
          stated = &ms[j];
          break;
        }
      const Mention* ref = nullptr;
      for (size_t j = i; j-- > 0 && m.sentence - ms[j].sentence <= 3;)
        if (ms[j].kind == Kind::kDate && ms[j].date.has_low && !ms[j].date.inferred &&
            ms[j].date.granularity == Granularity::kDay && ms[j].sentence < m.sentence) {
          ref = &ms[j];
          break;
        }
      if (stated && ref && !m.range) {
        double days = m.value.point * UnitDays(m.unit) * m.relative;
        double expected = ref->date.low + days;
        double tolerance = UnitDays(m.unit) / 2 + (m.hedge == Hedge::kNone ? 0 : UnitDays(m.unit));
        double off = stated->date.low - expected;
        std::vector<Finding>* sink = std::abs(off) > tolerance ? out : passed;
        if (sink)
          sink->push_back(Make(
              "relative-date", Severity::kWarning, d, {ref->span, m.span, stated->span},
              Quote(doc, m.span) + " from " + Quote(doc, ref->span) + " (" +
                  FormatIsoDate(ref->date.low) + ") is about " +
                  FormatIsoDate(static_cast<Day>(std::lround(expected))) + ", but the text says " +
                  Quote(doc, stated->span) + " (" + Fmt(std::abs(off)) + " days off)."));
        if (sink == passed) passed->back().severity = Severity::kNote;
      }
      continue;
    }
    if (!pub) continue;

    // duration-vs-dates: "nearly eight years (since August 2017)", "50 years (1973)".
    const Mention* start = nullptr;
    for (size_t j = i + 1; j < ms.size() && ms[j].sentence == m.sentence && j <= i + 2; ++j) {
      const Mention& o = ms[j];
      if (o.kind != Kind::kDate || !o.date.has_low || paired[j] || o.range) continue;
      bool parenthesized = o.norm.begin > 0 && text[o.norm.begin - 1] == '(';
      uint32_t gap_begin = m.norm.end,
               gap_end = o.qualifier.empty() ? o.norm.begin : o.qualifier.begin;
      bool close = gap_end >= gap_begin && gap_end - gap_begin <= 40;
      if (close && (o.hedge == Hedge::kSince || parenthesized)) {
        start = &o;
        paired[j] = true;
        break;
      }
    }
    if (start) {
      Interval elapsed = Elapsed(start->date.low, start->date.high, *pub, m.unit);
      Interval stated = StatedDuration(m);
      std::vector<Finding>* sink = stated.Overlaps(elapsed) ? passed : out;
      sink->push_back(Make("duration-vs-dates", sink == out ? Severity::kWarning : Severity::kNote,
                           d, {m.span, start->span},
                           Quote(doc, m.span) + (sink == out ? " does not fit " : " fits ") +
                               Quote(doc, start->span) + ": from then to the " +
                               "publication date (" + FormatIsoDate(*pub) + ") is " +
                               Fmt(elapsed.low) + " to " + Fmt(elapsed.high) + " " + m.unit +
                               "s."));
      continue;
    }

    // duration-vs-reference: "10 years of their Strategic Partnership" against a pack fact.
    const std::vector<Word>& words = cache.Words(m.sentence);
    size_t mw_end = WordAt(words, m.norm.end);
    size_t mw = WordAt(words, m.norm.begin);
    std::vector<std::string> subjects;
    for (size_t ci : claim_index.Of(m.span)) subjects = claims[ci].subjects;
    cache.AddContextEntities(m.sentence, 2, kSubjectLookback, &subjects);
    const Fact* fact = nullptr;
    size_t fact_dist = 5;  // the fact's cue must be within 4 words of the figure
    for (const Fact& f : pack.facts) {
      if (!FactApplies(f, subjects)) continue;
      for (size_t k = 0; k < words.size(); ++k)
        for (const Phrase& cue : f.cues) {
          if (!MatchAt(words, k, cue)) continue;
          // Before the figure the cue must own it ("the Union's ... 60 years"); after,
          // it is what the figure measures ("70-year diplomatic relations").
          bool before = k + cue.size() <= mw;
          if (before && !(k + cue.size() < words.size() && words[k + cue.size()].folded == "s"))
            continue;
          size_t dist = k >= mw_end ? k - mw_end : (before ? mw - (k + cue.size()) : 0);
          if (dist < fact_dist ||
              (dist == fact_dist && fact && f.subjects.size() > fact->subjects.size()))
            fact_dist = dist, fact = &f;
        }
    }
    if (fact) {
      Day hi = fact->granularity == Granularity::kYear
                   ? DaysFromCivil(CivilFromDays(fact->date).year, 12, 31)
                   : fact->date;
      Interval elapsed = Elapsed(fact->date, hi, *pub, m.unit);
      Interval stated = StatedDuration(m);
      std::vector<Finding>* sink = stated.Overlaps(elapsed) ? passed : out;
      sink->push_back(Make(
          "duration-vs-reference", sink == out ? Severity::kWarning : Severity::kNote, d, {m.span},
          Quote(doc, m.span) + (sink == out ? " does not fit" : " fits") +
              " the reference date: " + fact->description + " on " + FormatIsoDate(fact->date) +
              " (" + fact->id + "), which is " + Fmt(elapsed.low) + " to " + Fmt(elapsed.high) +
              " " + m.unit + "s before publication (" + FormatIsoDate(*pub) + ")."));
    }
  }

  // anniversary-vs-reference: "the 70th anniversary of ... diplomatic relations".
  for (const Mention& m : ms) {
    if (m.kind != Kind::kRank || !m.anniversary || !pub) continue;
    const std::vector<Word>& words = cache.Words(m.sentence);
    size_t after = WordAt(words, m.norm.end);
    std::vector<std::string> subjects;
    cache.AddContextEntities(m.sentence, 2, kSubjectLookback, &subjects);
    const Fact* fact = nullptr;
    size_t best = 10;  // cue within 9 words after "anniversary"
    for (const Fact& f : pack.facts) {
      if (!FactApplies(f, subjects)) continue;
      for (size_t k = after; k < words.size() && k < after + best; ++k)
        for (const Phrase& cue : f.cues)
          if (MatchAt(words, k, cue) && k - after < best) best = k - after, fact = &f;
    }
    if (!fact) continue;
    int expected = CivilFromDays(*pub).year - CivilFromDays(fact->date).year;
    int stated = static_cast<int>(m.value.point);
    std::vector<Finding>* sink = stated == expected ? passed : out;
    sink->push_back(Make(
        "anniversary-vs-reference", sink == out ? Severity::kWarning : Severity::kNote, d, {m.span},
        Quote(doc, m.span) + " anniversary: " + fact->description + " on " +
            FormatIsoDate(fact->date) + " (" + fact->id + "), so " +
            std::to_string(CivilFromDays(*pub).year) + " is the " + std::to_string(expected) +
            (sink == out ? "th, not the " + std::to_string(stated) + "th." : std::string("th."))));
  }

  // count-vs-list: "The 11 other countries ... are China (2008), Russia (2012), ...".
  for (const Mention& m : ms) {
    if (m.kind != Kind::kNumber || m.hedge != Hedge::kNone || m.range || !m.value.has_point)
      continue;
    double n = m.value.point;
    if (n < 2 || n > 50 || n != std::floor(n)) continue;
    Span sent = dm.sentences[m.sentence];
    std::string_view rest = std::string_view(text).substr(m.norm.end, sent.end - m.norm.end);
    // The list starts after "are", "include(s/d)", "including", "namely" or ":".
    size_t start = std::string_view::npos;
    for (std::string_view cue : {" are ", " were ", " include ", " includes ", " included ",
                                 " including ", " namely ", ": "}) {
      size_t p = rest.find(cue);
      if (p != std::string_view::npos && p < start) start = p + cue.size();
    }
    if (start == std::string_view::npos || start > 160) continue;
    std::string_view list = rest.substr(start);
    while (!list.empty() && (list.back() == '.' || list.back() == ' ')) list.remove_suffix(1);
    int items = 1, depth = 0, words_in_item = 0, longest = 0;
    bool saw_and = false;
    for (size_t k = 0; k < list.size(); ++k) {
      char c = list[k];
      if (c == '(')
        ++depth;
      else if (c == ')')
        depth = std::max(0, depth - 1);
      else if (c == ',' && depth == 0)
        ++items, longest = std::max(longest, words_in_item), words_in_item = 0;
      else if (c == ' ' && depth == 0)
        ++words_in_item;
      if (depth == 0 && list.compare(k, 5, " and ") == 0) saw_and = true;
    }
    longest = std::max(longest, words_in_item);
    // "A, B and C" without a serial comma has one more item than commas + 1.
    if (saw_and) {
      size_t last_comma = list.rfind(',');
      size_t last_and = list.rfind(" and ");
      if (last_and != std::string_view::npos &&
          (last_comma == std::string_view::npos || last_and > last_comma + 1))
        ++items;
    }
    if (items < 3 || longest > 8) continue;
    Span list_span =
        dm.text.map.ToOriginal(Span{static_cast<uint32_t>(m.norm.end + start),
                                    static_cast<uint32_t>(m.norm.end + start + list.size())});
    if (items != static_cast<int>(n))
      out->push_back(Make("count-vs-list", Severity::kError, d, {m.span, list_span},
                          "The text says " + Quote(doc, m.span) +
                              " but the list that follows names " + std::to_string(items) + "."));
    else
      passed->push_back(Make("count-vs-list", Severity::kNote, d, {m.span, list_span},
                             "The text says " + Quote(doc, m.span) +
                                 " and the list that follows names " + std::to_string(items) +
                                 "."));
  }
  // Attach the claims each finding rests on.
  for (size_t k = first_new; k < out->size(); ++k) {
    Finding& f = (*out)[k];
    if (f.claims.empty())
      for (const Evidence& e : f.evidence)
        if (e.doc == d)
          for (size_t ci : claim_index.Of(e.span)) f.claims.push_back(ci);
  }
}

}  // namespace crosscheck
