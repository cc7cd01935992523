#include "report/explain.h"

#include <cstdio>
#include <map>
#include <string>

#include "compare/findings.h"
#include "compare/verdict.h"

namespace crosscheck {
namespace {

const char* const kWeekdayNames[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                     "Thursday", "Friday", "Saturday", "Sunday"};

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

// "12.4 to 12.5 years", "69.2 years" when both ends print the same, "1 year".
std::string FmtSpan(const Interval& e, const std::string& unit) {
  std::string low = Fmt(e.low), high = Fmt(e.high);
  std::string value = low == high ? low : low + " to " + high;
  return value + " " + unit + (high == "1" ? "" : "s");
}

// "18 (70 places), 25 (1 place)": distinct values with how often each is given.
std::string ValueList(const std::vector<Claim>& claims, const std::vector<size_t>& g) {
  std::vector<std::pair<std::string, size_t>> seen;
  for (size_t i : g) {
    std::string d = DescribeValue(claims[i]);
    if (claims[i].modality == Modality::kEstimate) d += " (an estimate)";
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& p) { return p.first == d; });
    if (it == seen.end())
      seen.emplace_back(d, 1);
    else
      ++it->second;
  }
  std::string out;
  for (size_t k = 0; k < seen.size() && k < kMaxListedValues; ++k) {
    if (k) out += k + 1 == seen.size() ? " and " : ", ";
    out += seen[k].first;
    if (seen[k].second > 1) out += " (" + std::to_string(seen[k].second) + " places)";
  }
  if (seen.size() > kMaxListedValues)
    out += " and " + std::to_string(seen.size() - kMaxListedValues) + " more distinct values";
  return out;
}

std::string Basis(const Claim& c) {
  if (c.basis_entity.empty()) return "";
  std::string from = c.basis_from == "sentence"  ? "as the sentence says"
                     : c.basis_from == "speaker" ? "the country of the one quoted"
                     : c.basis_from == "source"  ? "the outlet's usual basis"
                                                 : "the outlet's country";
  return c.basis_entity + " statistics (" + from + ")";
}

std::string Subjects(const Alignment& a) {
  std::string subject;
  for (size_t k = 0; k < a.subjects.size(); ++k) subject += (k ? "-" : "") + a.subjects[k];
  return subject;
}

// Which fields matched: "metric trade, subjects VN-SG, period 2024".
std::string Matched(const Alignment& a) {
  std::string subject = Subjects(a);
  std::string out = "metric " + a.metric;
  if (!subject.empty()) out += ", subjects " + subject;
  if (!a.owner.empty()) out += ", " + a.owner + (a.ranked ? "'s ranking" : " acting");
  if (!a.scope.empty()) out += ", scope " + a.scope;
  switch (a.relation) {
    case Relation::kSamePeriod:
      out += ", period " + a.period.label;
      break;
    case Relation::kSameAsOfWindow:
      out += ", as of " + a.period.label;
      break;
    case Relation::kSeries:
      out += ", a series from " + a.period.label;
      break;
    case Relation::kEvent:
      out += a.previous               ? ", the occurrence before the articles' own"
             : !a.deadline_of.empty() ? ", the deadline of the " + a.deadline_of + " target"
                                      : ", one event";
      break;
    case Relation::kTarget:
    case Relation::kTargetVsActual:
      out += a.period.known ? ", deadline " + a.period.label : ", no deadline";
      break;
  }
  if (!a.unit.empty()) out += ", in " + a.unit;
  return out;
}

std::string TargetGap(const std::vector<Claim>& claims, const Alignment& a) {
  const Claim& t = claims[a.why.named[0]];
  const Claim& act = claims[a.why.named[1]];
  std::string deadline;
  if (t.as_of)
    deadline = " by " + std::to_string(CivilFromDays(*t.as_of).year);
  else if (t.period.known)
    deadline = " for " + t.period.label;
  std::string when = act.period.known ? " (" + act.period.label + ")"
                     : act.as_of      ? " (as of " + FormatIsoDate(*act.as_of) + ")"
                                      : "";
  char pct[32];
  std::snprintf(pct, sizeof pct, "%.0f%%", a.why.share);
  // A hedged actual ("more than a dozen") bounds the gap on one side only.
  const Hedge h = act.mention.hedge;
  std::string bound = h == Hedge::kMoreThan || h == Hedge::kAtLeast  ? "at most "
                      : h == Hedge::kNearly || h == Hedge::kLessThan ? "at least "
                                                                     : "";
  std::string unit = act.mention.kind == Kind::kMoney ? " " + act.mention.unit : "";
  double gap = a.why.gap;
  return "The latest actual figure, " + DescribeValue(act) + when + ", is " +
         (gap > 0   ? bound + Amount(gap) + unit + " short of"
          : gap < 0 ? "already above"
                    : "at") +
         " the " + ModalityName(t.modality) + " of " + DescribeValue(t) + deadline + " (" + pct +
         " of it).";
}

// A conflict: the first pair that excludes each other, then every other
// pair (up to kMaxListedValues), then all values of a larger group.
std::string Exclusive(const std::vector<Claim>& claims, const Alignment& a,
                      const std::string& matched) {
  const Claim& dx = claims[a.why.named[0]];
  const Claim& dy = claims[a.why.named[1]];
  std::string out;
  if (a.why.kind == ReasonKind::kEventLengths) {
    auto length = [](const Claim& c) {
      Day days = WrittenDays(c);
      return DescribeValue(c) + (days ? " (" + std::to_string(days) + " days)" : "");
    };
    out = "One event cannot last both " + length(dx) + " and " + length(dy) + ". Matched on " +
          matched + ".";
  } else {
    out = DescribeValue(dx) + " and " + DescribeValue(dy) +
          " cannot both be true: their intervals do not overlap even allowing for "
          "rounding, hedges and the metric's tolerance. Matched on " +
          matched + ".";
  }
  const auto& more = a.why.more;
  if (!more.empty()) {
    std::string list;
    for (size_t k = 0; k < more.size() && k < kMaxListedValues; ++k)
      list += (k ? "; " : "") + DescribeValue(claims[more[k].first]) + " and " +
              DescribeValue(claims[more[k].second]);
    if (more.size() > kMaxListedValues)
      list += "; and " + std::to_string(more.size() - kMaxListedValues) + " more pairs";
    out += " Also excluding each other: " + list + ".";
  }
  if (a.claims.size() > 2) out += " All values: " + ValueList(claims, a.claims) + ".";
  return out;
}

std::string ReasonText(const std::vector<Claim>& claims, const Alignment& a,
                       const std::string& matched) {
  auto named = [&](size_t k) -> const Claim& { return claims[a.why.named[k]]; };
  switch (a.why.kind) {
    case ReasonKind::kNone:
      return "";
    case ReasonKind::kAllSame:
      return "All sources give " + DescribeValue(named(0)) + ".";
    case ReasonKind::kConsistent:
      return "The figures differ in precision or hedging but are consistent: " +
             ValueList(claims, a.claims) + ".";
    case ReasonKind::kTargetNoRate:
      return "The target and the latest actual figure cannot be converted to one currency.";
    case ReasonKind::kTargetGap:
      return TargetGap(claims, a);
    case ReasonKind::kSeriesFree:
      return "The figure over time (it may rise or fall): " + ValueList(claims, a.claims) + ".";
    case ReasonKind::kSeriesGrows:
      return "The figure grows or holds over time: " + ValueList(claims, a.claims) + ".";
    case ReasonKind::kSeriesFell:
      return "A figure that only grows is reported lower later: " + DescribeValue(named(0)) +
             " as of " + FormatIsoDate(*named(0).as_of) + ", then " + DescribeValue(named(1)) +
             " as of " + FormatIsoDate(*named(1).as_of) + ".";
    case ReasonKind::kEventLengths:
    case ReasonKind::kExclusive:
      return Exclusive(claims, a, matched);
    case ReasonKind::kBases:
      return "The figures differ, but on different statistical bases: " + DescribeValue(named(0)) +
             " from " + Basis(named(0)) + " vs " + DescribeValue(named(1)) + " from " +
             Basis(named(1)) +
             "; one country's statistics and its partner's are not the same figure.";
    case ReasonKind::kFar: {
      // A gap of ten times or more is said as such (and never overflows an int).
      std::string apart = a.why.gap >= 10
                              ? "more than 1000%"
                              : std::to_string(static_cast<int>(a.why.gap * 100 + 0.5)) + "%";
      return DescribeValue(named(0)) + " and " + DescribeValue(named(1)) + " are " + apart +
             " apart, more than rounding or revision explains; figures this far apart usually "
             "come from different statistical bases (each country's own statistics) and "
             "neither text says which it uses. Check the sources.";
    }
  }
  return "";
}

std::string Unsure(const std::vector<Claim>& claims, const Alignment& a) {
  if (a.unsure_claim == SIZE_MAX) return "";
  const Claim& c = claims[a.unsure_claim];
  return c.id + " " +
         (a.unsure_in_force ? std::string("metric: one counts only what is still in force")
          : c.generic       ? std::string("metric: no pack metric fits (generic)")
                            : c.confidence.Weakest());
}

// What an alignment is about: "trade VN-SG in 2024".
std::string What(const Alignment& a) {
  std::string subject = Subjects(a);
  return a.metric + (subject.empty() ? "" : " " + subject) +
         (a.relation == Relation::kSamePeriod && a.period.known ? " in " + a.period.label : "");
}

// How each alignment rule's message begins (compare/findings.cc has the
// rules; a rule missing here says only its reason).
struct Lead {
  const char* rule;
  const char* words;
};
constexpr Lead kLeads[] = {
    {"cross-source-conflict", "Sources disagree on "},
    {"basis-not-comparable", "Not comparable, "},
    {"cross-source-compatible", "Sources are compatible on "},
    {"target-vs-actual", "Target and actual for "},
    {"stock-decreased", "Check "},
};

std::string AlignmentMessage(const Alignment& a, const Finding& f) {
  Severity most = Severity::kNote;
  static const std::vector<RuleInfo> kRules = FindingRules();
  for (const RuleInfo& r : kRules)
    if (f.rule == r.id) most = r.severity;
  // A disagreement that the gate kept from being an alarm says why.
  if (f.severity == Severity::kNote && most != Severity::kNote && !a.unsure.empty())
    return "Possible discrepancy in " + What(a) + " (identity unsure: " + a.unsure +
           "): " + a.reason;
  const char* lead = "";
  for (const Lead& l : kLeads)
    if (f.rule == l.rule) lead = l.words;
  return lead + What(a) + ": " + a.reason;
}

std::string CurrencyMessage(const std::vector<Claim>& claims, const Finding& f) {
  std::string list;
  for (size_t k = 0; k < f.claims.size(); ++k)
    list += (k ? ", " : "") + DescribeValue(claims[f.claims[k]]);
  return "The same figure is given in currencies with no rate in the claim packs (" + list +
         "); add a [[rate]] to compare them.";
}

// The single-document rules, one sentence each from the rule's facts and
// the spans it rests on (in the order the rule gives them).
struct DocumentSay {
  const Document& doc;
  const Finding& f;
  const FindingFacts& x;
  std::string Q(size_t k) const { return Quote(doc, f.evidence[k].span); }
};

std::string NoSuchDate(const DocumentSay& s) { return s.Q(0) + " is not a date that exists."; }

std::string WeekdayVsDate(const DocumentSay& s) {
  const FindingFacts& x = s.x;
  std::string day = FormatIsoDate(x.date) + " is a " + kWeekdayNames[x.actual] + ".";
  return s.Q(0) + (x.passed ? ": " + day
                            : " gives " + std::string(kWeekdayNames[x.stated]) + ", but " + day);
}

std::string RelativeDate(const DocumentSay& s) {
  const FindingFacts& x = s.x;
  // Evidence: the date counted from, the offset, the date written.
  std::string out = s.Q(1) + " from " + s.Q(0) + " (" + FormatIsoDate(x.reference) + ") is about " +
                    FormatIsoDate(x.expected) +
                    (x.passed ? ", and the text says " : ", but the text says ") + s.Q(2);
  if (!x.passed) out += " (" + Fmt(x.days_off) + " days off)";
  return out + ".";
}

std::string DurationVsDates(const DocumentSay& s) {
  const FindingFacts& x = s.x;
  return s.Q(0) + (x.passed ? " fits " : " does not fit ") + s.Q(1) +
         ": from then to the publication date (" + FormatIsoDate(*x.published) + ") is " +
         FmtSpan(x.elapsed, x.unit) + ".";
}

std::string DurationVsReference(const DocumentSay& s) {
  const FindingFacts& x = s.x;
  return s.Q(0) + (x.passed ? " fits" : " does not fit") +
         " the reference date: " + x.fact_description + " on " + FormatIsoDate(x.fact_date) + " (" +
         x.fact_id + "), which is " + FmtSpan(x.elapsed, x.unit) + " before publication (" +
         FormatIsoDate(*x.published) + ").";
}

std::string AnniversaryVsReference(const DocumentSay& s) {
  const FindingFacts& x = s.x;
  return s.Q(0) + " anniversary: " + x.fact_description + " on " + FormatIsoDate(x.fact_date) +
         " (" + x.fact_id + "), so " + std::to_string(CivilFromDays(*x.published).year) +
         " is the " + std::to_string(x.actual) +
         (x.passed ? std::string("th.") : "th, not the " + std::to_string(x.stated) + "th.");
}

std::string CountVsList(const DocumentSay& s) {
  return "The text says " + s.Q(0) +
         (s.x.passed ? " and the list that follows names " : " but the list that follows names ") +
         std::to_string(s.x.actual) + ".";
}

struct DocumentRuleWords {
  const char* rule;
  std::string (*say)(const DocumentSay&);
};
constexpr DocumentRuleWords kDocumentRuleWords[] = {
    {"no-such-date", NoSuchDate},
    {"weekday-vs-date", WeekdayVsDate},
    {"relative-date", RelativeDate},
    {"duration-vs-dates", DurationVsDates},
    {"duration-vs-reference", DurationVsReference},
    {"anniversary-vs-reference", AnniversaryVsReference},
    {"count-vs-list", CountVsList},
};

std::string FindingMessage(const CheckRun& run,
                           const std::map<std::string, const Alignment*>& alignments,
                           const Finding& f) {
  if (!f.alignment.empty()) {
    auto it = alignments.find(f.alignment);
    return it == alignments.end() ? "" : AlignmentMessage(*it->second, f);
  }
  if (f.rule == "currency-not-comparable") return CurrencyMessage(run.claims, f);
  if (f.evidence.empty()) return "";
  for (const DocumentRuleWords& w : kDocumentRuleWords)
    if (f.rule == w.rule) return w.say({run.documents[f.evidence[0].doc], f, f.facts});
  return "";
}

}  // namespace

void ExplainRun(CheckRun* run) {
  std::map<std::string, const Alignment*> by_id;
  for (Alignment& a : run->aligned.alignments) {
    a.matched = Matched(a);
    a.reason = ReasonText(run->claims, a, a.matched);
    a.unsure = Unsure(run->claims, a);
    by_id[a.id] = &a;
  }
  for (std::vector<Finding>* list : {&run->findings, &run->checks})
    for (Finding& f : *list) f.message = FindingMessage(*run, by_id, f);
}

}  // namespace crosscheck
