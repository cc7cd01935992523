#include "compare/findings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "extract/sentence_words.h"

namespace crosscheck {
namespace {

constexpr double kDaysPerYear = 365.2425;

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
             FindingFacts facts) {
  Finding f;
  f.rule = rule;
  f.severity = sev;
  for (Span s : spans) f.evidence.push_back(Evidence{doc, s});
  f.facts = std::move(facts);
  return f;
}

// Claims of one document by the start of their figure, for O(1) lookups.
class ClaimIndex {
 public:
  // The claims are in document order (RunChecks numbers them so): the
  // document's are found by binary search, not by a pass over the run's
  // claims per document, which made an archive quadratic in its documents.
  ClaimIndex(const std::vector<Claim>& claims, size_t doc) {
    auto lo = std::partition_point(claims.begin(), claims.end(),
                                   [&](const Claim& c) { return c.doc < doc; });
    for (auto it = lo; it != claims.end() && it->doc == doc; ++it)
      by_begin_[it->mention.span.begin].push_back(static_cast<size_t>(it - claims.begin()));
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

// An alarm needs every part of both claims' identity read, not guessed:
// the metric from a cue in the figure's clause with its frame fitting,
// subjects written, the time explicit or anchored by rule, the currency
// written. Read and on one statistical basis: an error; read, basis
// unknown or different: a warning; anything less: info.
Severity ConflictSeverity(const Alignment& a) {
  if (a.confidence != Confidence::kHigh) return Severity::kNote;
  return a.same_basis && a.relation != Relation::kTarget ? Severity::kError : Severity::kWarning;
}

}  // namespace

namespace {

Severity Info(const Alignment&) { return Severity::kNote; }
// A stock reported lower later is worth a look when both claims are read.
Severity TrendSeverity(const Alignment& a) {
  return a.confidence == Confidence::kHigh ? Severity::kWarning : Severity::kNote;
}
bool Always(const std::vector<Claim>&, const Alignment&) { return true; }
// Growth is no finding, and one article consistent with itself is not news
// across sources.
bool AcrossSources(const std::vector<Claim>& claims, const Alignment& a) {
  if (a.relation == Relation::kSeries) return false;
  return !std::all_of(a.claims.begin(), a.claims.end(),
                      [&](size_t i) { return claims[i].doc == claims[a.claims[0]].doc; });
}

// The rules that report alignments, one per verdict (agreement is in the
// alignments, not a finding).
struct AlignmentRule {
  const char* id;
  Verdict verdict;
  Severity severity;  // the most a finding of the rule can be
  Severity (*severity_of)(const Alignment&);
  bool (*reported)(const std::vector<Claim>&, const Alignment&);
};
constexpr AlignmentRule kAlignmentRules[] = {
    {"cross-source-conflict", Verdict::kConflict, Severity::kError, ConflictSeverity, Always},
    {"basis-not-comparable", Verdict::kNotComparable, Severity::kNote, Info, Always},
    {"cross-source-compatible", Verdict::kCompatible, Severity::kNote, Info, AcrossSources},
    {"target-vs-actual", Verdict::kTargetVsActual, Severity::kNote, Info, Always},
    {"stock-decreased", Verdict::kTrend, Severity::kWarning, TrendSeverity, Always},
};
// Figures in currencies no rate converts (AlignResult::not_comparable).
constexpr const char* kCurrencyRule = "currency-not-comparable";

const AlignmentRule* RuleFor(Verdict v) {
  for (const AlignmentRule& r : kAlignmentRules)
    if (r.verdict == v) return &r;
  return nullptr;
}

}  // namespace

void AlignmentFindings(const std::vector<Claim>& claims, const AlignResult& aligned,
                       std::vector<Finding>* out) {
  for (const Alignment& a : aligned.alignments) {
    const AlignmentRule* rule = RuleFor(a.verdict);
    if (!rule || !rule->reported(claims, a)) continue;
    Finding f;
    f.rule = rule->id;
    f.severity = rule->severity_of(a);
    f.alignment = a.id;
    f.claims = a.disputed.empty() ? a.claims : a.disputed;
    for (size_t i : f.claims) f.evidence.push_back(Evidence{claims[i].doc, claims[i].mention.span});
    out->push_back(std::move(f));
  }
  for (const NotComparable& nc : aligned.not_comparable) {
    Finding f;
    f.rule = kCurrencyRule;
    f.severity = Severity::kNote;
    f.claims = nc.claims;
    for (size_t i : nc.claims)
      f.evidence.push_back(Evidence{claims[i].doc, claims[i].mention.span});
    out->push_back(std::move(f));
  }
}

namespace {

// What every single-document rule reads: one document, its mentions and
// claims, the pack, and which durations "(since X)" pairs with a date.
struct DocScope {
  DocScope(const Document& document, size_t doc_index, const DocumentMentions& doc_mentions,
           const std::vector<Claim>& run_claims, const ClaimPack& claim_pack)
      : doc(document),
        d(doc_index),
        dm(doc_mentions),
        ms(doc_mentions.mentions),
        claims(run_claims),
        pack(claim_pack),
        claim_index(run_claims, doc_index),
        cache(doc_mentions.text.text, doc_mentions.sentences, claim_pack),
        pub(document.meta.published) {
    PairDurationsWithStarts();
  }

  // A duration a single-document rule can measure: in years, months, weeks
  // or days.
  bool Measurable(const Mention& m) const {
    return m.kind == Kind::kDuration && UnitDays(m.unit) != 0;
  }
  // A length of time up to the publication date ("in nearly eight years"),
  // not one relative to another date ("two weeks earlier").
  bool UntilPublication(const Mention& m) const {
    return Measurable(m) && m.relative == 0 && pub.has_value();
  }

  const Document& doc;
  const size_t d;
  const DocumentMentions& dm;
  const std::vector<Mention>& ms;
  const std::vector<Claim>& claims;
  const ClaimPack& pack;
  const ClaimIndex claim_index;
  mutable SentenceCache cache;
  const std::optional<Day> pub;
  // For each mention, the date that starts it ("N years (since X)", "N years
  // (X)"), as a mention index, or -1. Each date starts one duration at most.
  std::vector<int> start_of;

 private:
  void PairDurationsWithStarts();
};

void DocScope::PairDurationsWithStarts() {
  start_of.assign(ms.size(), -1);
  std::vector<bool> paired(ms.size(), false);
  const std::string& text = dm.text.text;
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    if (!UntilPublication(m)) continue;
    for (size_t j = i + 1; j < ms.size() && ms[j].sentence == m.sentence && j <= i + 2; ++j) {
      const Mention& o = ms[j];
      if (o.kind != Kind::kDate || !o.date.has_low || paired[j] || o.range) continue;
      bool parenthesized = o.norm.begin > 0 && text[o.norm.begin - 1] == '(';
      uint32_t gap_begin = m.norm.end,
               gap_end = o.qualifier.empty() ? o.norm.begin : o.qualifier.begin;
      bool close = gap_end >= gap_begin && gap_end - gap_begin <= 40;
      if (close && (o.hedge == Hedge::kSince || parenthesized)) {
        start_of[i] = static_cast<int>(j);
        paired[j] = true;
        break;
      }
    }
  }
}

// Where a rule puts what it found: a failure is a finding of the rule's
// severity, a check that passed goes to the record with severity kNote.
class RuleSink {
 public:
  RuleSink(const char* rule, Severity severity, size_t doc, std::vector<Finding>* out,
           std::vector<Finding>* passed)
      : rule_(rule), severity_(severity), doc_(doc), out_(out), passed_(passed) {}
  void Report(bool ok, std::vector<Span> spans, FindingFacts facts = {}) {
    facts.passed = ok;
    (ok ? passed_ : out_)
        ->push_back(Make(rule_, ok ? Severity::kNote : severity_, doc_, std::move(spans),
                         std::move(facts)));
  }

 private:
  const char* rule_;
  Severity severity_;
  size_t doc_;
  std::vector<Finding>* out_;
  std::vector<Finding>* passed_;
};

// "February 30, 2025".
void NoSuchDate(const DocScope& s, RuleSink& sink) {
  for (const Mention& m : s.ms)
    if (m.kind == Kind::kDate && m.date.invalid) sink.Report(false, {m.span});
}

// "Tuesday, March 26, 2025".
void WeekdayVsDate(const DocScope& s, RuleSink& sink) {
  for (const Mention& m : s.ms) {
    if (m.kind != Kind::kDate || m.date.invalid || !m.weekday || !m.date.has_low ||
        m.date.low != m.date.high || m.date.inferred)
      continue;
    FindingFacts facts;
    facts.actual = IsoWeekday(m.date.low);
    facts.stated = m.weekday;
    facts.date = m.date.low;
    sink.Report(facts.actual == m.weekday, {m.span}, facts);
  }
}

// A full date (day granularity, written) in mention order, searched from
// `from` forward within the sentence or backward up to three sentences.
bool FullDate(const Mention& m) {
  return m.kind == Kind::kDate && m.date.has_low && !m.date.inferred &&
         m.date.granularity == Granularity::kDay;
}

// "two weeks earlier, on February 26" against the last full date before.
void RelativeDate(const DocScope& s, RuleSink& sink) {
  const auto& ms = s.ms;
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    if (!s.Measurable(m) || m.relative == 0 || m.range) continue;
    const Mention* stated = nullptr;
    for (size_t j = i + 1; j < ms.size() && ms[j].sentence == m.sentence && !stated; ++j)
      if (FullDate(ms[j])) stated = &ms[j];
    const Mention* ref = nullptr;
    for (size_t j = i; j-- > 0 && m.sentence - ms[j].sentence <= 3 && !ref;)
      if (FullDate(ms[j]) && ms[j].sentence < m.sentence) ref = &ms[j];
    if (!stated || !ref) continue;
    double days = m.value.point * UnitDays(m.unit) * m.relative;
    double expected = ref->date.low + days;
    double tolerance = UnitDays(m.unit) / 2 + (m.hedge == Hedge::kNone ? 0 : UnitDays(m.unit));
    double off = stated->date.low - expected;
    FindingFacts facts;
    facts.reference = ref->date.low;
    facts.expected = static_cast<Day>(std::lround(expected));
    facts.days_off = std::abs(off);
    sink.Report(std::abs(off) <= tolerance, {ref->span, m.span, stated->span}, facts);
  }
}

// "nearly eight years (since August 2017)", "50 years (1973)".
void DurationVsDates(const DocScope& s, RuleSink& sink) {
  for (size_t i = 0; i < s.ms.size(); ++i) {
    if (s.start_of[i] < 0) continue;
    const Mention& m = s.ms[i];
    const Mention& start = s.ms[static_cast<size_t>(s.start_of[i])];
    FindingFacts facts;
    facts.elapsed = Elapsed(start.date.low, start.date.high, *s.pub, m.unit);
    facts.unit = m.unit;
    facts.published = s.pub;
    sink.Report(StatedDuration(m).Overlaps(facts.elapsed), {m.span, start.span}, facts);
  }
}

// The pack fact whose cue is nearest a duration figure (within 4 words):
// after it, the cue is what it measures ("70-year diplomatic relations");
// before it, the cue must own it ("the Union's ... 60 years").
const Fact* FactMeasured(const DocScope& s, const Mention& m, const std::vector<Word>& words,
                         const std::vector<std::string>& subjects) {
  size_t mw_end = WordAt(words, m.norm.end);
  size_t mw = WordAt(words, m.norm.begin);
  const Fact* fact = nullptr;
  size_t fact_dist = 5;
  for (const Fact& f : s.pack.facts) {
    if (!FactApplies(f, subjects)) continue;
    for (size_t k = 0; k < words.size(); ++k)
      for (const Phrase& cue : f.cues) {
        if (!MatchAt(words, k, cue)) continue;
        bool before = k + cue.size() <= mw;
        if (before && !(k + cue.size() < words.size() && words[k + cue.size()].folded == "s"))
          continue;
        size_t dist = k >= mw_end ? k - mw_end : (before ? mw - (k + cue.size()) : 0);
        if (dist < fact_dist ||
            (dist == fact_dist && fact && f.subjects.size() > fact->subjects.size()))
          fact_dist = dist, fact = &f;
      }
  }
  return fact;
}

// "10 years of their Strategic Partnership" against a pack fact.
void DurationVsReference(const DocScope& s, RuleSink& sink) {
  for (size_t i = 0; i < s.ms.size(); ++i) {
    const Mention& m = s.ms[i];
    if (!s.UntilPublication(m) || s.start_of[i] >= 0) continue;
    const std::vector<Word>& words = s.cache.Words(m.sentence);
    std::vector<std::string> subjects;
    for (size_t ci : s.claim_index.Of(m.span)) subjects = s.claims[ci].subjects;
    s.cache.AddContextEntities(m.sentence, 2, kSubjectLookback, &subjects);
    const Fact* fact = FactMeasured(s, m, words, subjects);
    if (!fact) continue;
    Day hi = fact->granularity == Granularity::kYear
                 ? DaysFromCivil(CivilFromDays(fact->date).year, 12, 31)
                 : fact->date;
    FindingFacts facts;
    facts.elapsed = Elapsed(fact->date, hi, *s.pub, m.unit);
    facts.unit = m.unit;
    facts.published = s.pub;
    facts.fact_id = fact->id, facts.fact_description = fact->description;
    facts.fact_date = fact->date;
    sink.Report(StatedDuration(m).Overlaps(facts.elapsed), {m.span}, facts);
  }
}

// "the 70th anniversary of ... diplomatic relations".
void AnniversaryVsReference(const DocScope& s, RuleSink& sink) {
  if (!s.pub) return;
  for (const Mention& m : s.ms) {
    if (m.kind != Kind::kRank || !m.anniversary) continue;
    const std::vector<Word>& words = s.cache.Words(m.sentence);
    size_t after = WordAt(words, m.norm.end);
    std::vector<std::string> subjects;
    s.cache.AddContextEntities(m.sentence, 2, kSubjectLookback, &subjects);
    const Fact* fact = nullptr;
    size_t best = 10;  // cue within 9 words after "anniversary"
    for (const Fact& f : s.pack.facts) {
      if (!FactApplies(f, subjects)) continue;
      for (size_t k = after; k < words.size() && k < after + best; ++k)
        for (const Phrase& cue : f.cues)
          if (MatchAt(words, k, cue) && k - after < best) best = k - after, fact = &f;
    }
    if (!fact) continue;
    FindingFacts facts;
    facts.actual = CivilFromDays(*s.pub).year - CivilFromDays(fact->date).year;
    facts.stated = static_cast<int>(m.value.point);
    facts.published = s.pub;
    facts.fact_id = fact->id, facts.fact_description = fact->description;
    facts.fact_date = fact->date;
    sink.Report(facts.stated == facts.actual, {m.span}, facts);
  }
}

// The items of a list written "A, B and C" or "A, B, and C": their count
// and the longest item in words (parentheses are inside their item).
struct ListShape {
  int items = 1, longest = 0;
};
ListShape ShapeOfList(std::string_view list) {
  ListShape shape;
  int depth = 0, words_in_item = 0;
  bool saw_and = false;
  for (size_t k = 0; k < list.size(); ++k) {
    char c = list[k];
    if (c == '(')
      ++depth;
    else if (c == ')')
      depth = std::max(0, depth - 1);
    else if (c == ',' && depth == 0)
      ++shape.items, shape.longest = std::max(shape.longest, words_in_item), words_in_item = 0;
    else if (c == ' ' && depth == 0)
      ++words_in_item;
    if (depth == 0 && list.compare(k, 5, " and ") == 0) saw_and = true;
  }
  shape.longest = std::max(shape.longest, words_in_item);
  // "A, B and C" without a serial comma has one more item than commas + 1.
  if (saw_and) {
    size_t last_comma = list.rfind(',');
    size_t last_and = list.rfind(" and ");
    if (last_and != std::string_view::npos &&
        (last_comma == std::string_view::npos || last_and > last_comma + 1))
      ++shape.items;
  }
  return shape;
}

// "The 11 other countries ... are China (2008), Russia (2012), ...".
void CountVsList(const DocScope& s, RuleSink& sink) {
  const std::string& text = s.dm.text.text;
  for (const Mention& m : s.ms) {
    if (m.kind != Kind::kNumber || m.hedge != Hedge::kNone || m.range || !m.value.has_point)
      continue;
    double n = m.value.point;
    if (n < 2 || n > 50 || n != std::floor(n)) continue;
    Span sent = s.dm.sentences[m.sentence];
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
    ListShape shape = ShapeOfList(list);
    if (shape.items < 3 || shape.longest > 8) continue;
    Span list_span =
        s.dm.text.map.ToOriginal(Span{static_cast<uint32_t>(m.norm.end + start),
                                      static_cast<uint32_t>(m.norm.end + start + list.size())});
    FindingFacts facts;
    facts.stated = static_cast<int>(n);
    facts.actual = shape.items;
    sink.Report(shape.items == static_cast<int>(n), {m.span, list_span}, facts);
  }
}

// The single-document rules, in report order; docs/rules.md documents
// each (tests/unit/compare/rules_doc_test.cc holds the two together).
struct DocumentRule {
  const char* id;
  Severity severity;  // of a failure; a passed check is kNote
  void (*check)(const DocScope&, RuleSink&);
};
constexpr DocumentRule kDocumentRules[] = {
    {"no-such-date", Severity::kError, NoSuchDate},
    {"weekday-vs-date", Severity::kError, WeekdayVsDate},
    {"relative-date", Severity::kWarning, RelativeDate},
    {"duration-vs-dates", Severity::kWarning, DurationVsDates},
    {"duration-vs-reference", Severity::kWarning, DurationVsReference},
    {"anniversary-vs-reference", Severity::kWarning, AnniversaryVsReference},
    {"count-vs-list", Severity::kError, CountVsList},
};

uint32_t FirstBegin(const Finding& f) { return f.evidence.empty() ? 0 : f.evidence[0].span.begin; }

}  // namespace

std::vector<RuleInfo> FindingRules() {
  std::vector<RuleInfo> rules;
  for (const AlignmentRule& r : kAlignmentRules) rules.push_back({r.id, r.severity});
  rules.push_back({kCurrencyRule, Severity::kNote});
  for (const DocumentRule& r : kDocumentRules) rules.push_back({r.id, r.severity});
  return rules;
}

void DocumentFindings(const Document& doc, size_t d, const DocumentMentions& dm,
                      const std::vector<Claim>& claims, const ClaimPack& pack,
                      std::vector<Finding>* out, std::vector<Finding>* passed) {
  const size_t first_new = out->size(), first_passed = passed->size();
  const DocScope scope(doc, d, dm, claims, pack);
  for (const DocumentRule& rule : kDocumentRules) {
    RuleSink sink(rule.id, rule.severity, d, out, passed);
    rule.check(scope, sink);
  }
  // The record of passed checks reads in text order, whatever rule ran first.
  std::stable_sort(
      passed->begin() + static_cast<std::ptrdiff_t>(first_passed), passed->end(),
      [](const Finding& a, const Finding& b) { return FirstBegin(a) < FirstBegin(b); });
  // Attach the claims each finding rests on.
  for (size_t k = first_new; k < out->size(); ++k) {
    Finding& f = (*out)[k];
    if (f.claims.empty())
      for (const Evidence& e : f.evidence)
        if (e.doc == d)
          for (size_t ci : scope.claim_index.Of(e.span)) f.claims.push_back(ci);
  }
}

}  // namespace crosscheck
