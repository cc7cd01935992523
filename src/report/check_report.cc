#include "report/check_report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/number_text.h"
#include "base/utf8.h"
#include "report/mentions_report.h"
#include "report/span_json.h"

namespace crosscheck {
namespace {

using nlohmann::json;

json PeriodJson(const Period& p) {
  if (!p.known) return nullptr;
  return json{{"start", FormatIsoDate(p.start)}, {"end", FormatIsoDate(p.end)}, {"label", p.label}};
}

// The spans a finding or check rests on, with their text.
json EvidenceJson(const CheckRun& run, const Finding& f) {
  json evidence = json::array();
  for (const Evidence& e : f.evidence)
    evidence.push_back({{"doc", "d" + std::to_string(e.doc + 1)},
                        {"span", SpanJson(run.documents[e.doc], e.span)},
                        {"text", std::string(e.span.In(run.documents[e.doc].bytes))}});
  return evidence;
}

std::string Location(const CheckRun& run, size_t doc, Span s) {
  const Document& d = run.documents[doc];
  LineCol lc = d.lines.At(d.bytes, s.begin);
  // A file name is untrusted text too: controls, bidi overrides and line
  // breaks are shown as escapes wherever a place is printed.
  return utf8::Visible(d.path, true) + ":" + std::to_string(lc.line) + ":" +
         std::to_string(lc.column);
}

// "an estimated 10.3 billion USD (10.25-10.35 billion as written)", "about
// 2014-2016": the value as people write it, with the interval it stands for
// when that is not one point.
std::string ValueForEditors(const Claim& c) {
  std::string out = DescribeValue(c);
  const Interval& v = c.mention.value;
  if (c.mention.kind != Kind::kDate && !c.mention.range && v.has_low && v.has_high &&
      v.low != v.high)
    out += " (" + HumanRange(v.low, v.high) + ")";
  return out;
}

// "1 document", "2 documents".
std::string Count(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// The sentence around a figure, shortened to about `width` bytes, with the
// figure marked (bold yellow on a terminal, [brackets] otherwise).
// `b` is the text the spans point into: the file's bytes, or its normalized
// text (markup removed, references decoded) for a claim's sentence.
std::string Excerpt(std::string_view b, Span sentence, Span figure, bool color) {
  const uint32_t width = 70;
  uint32_t from = sentence.begin, to = sentence.end;
  if (figure.begin > from + width) from = figure.begin - width;
  if (figure.end + width < to) to = figure.end + width;
  // Do not cut inside a UTF-8 sequence.
  while (from > sentence.begin && (static_cast<unsigned char>(b[from]) & 0xC0) == 0x80) --from;
  while (to < sentence.end && (static_cast<unsigned char>(b[to]) & 0xC0) == 0x80) ++to;
  auto piece = [&](uint32_t a, uint32_t z) {
    std::string s(std::string_view(b).substr(a, z - a));
    for (char& c : s)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return utf8::Visible(s);  // article text: no terminal controls get through
  };
  std::string out = from > sentence.begin ? "..." : "";
  out += piece(from, figure.begin);
  out += color ? "\x1b[1;33m" : "[";
  out += piece(figure.begin, figure.end);
  out += color ? "\x1b[0m" : "]";
  out += piece(figure.end, to);
  if (to < sentence.end) out += "...";
  return out;
}

// What was checked in one document: figures found, claims made of them,
// claims aligned with another source, and claims in an alignment with a
// verdict other than agreement on one value (target_vs_actual included).
struct Coverage {
  size_t figures = 0, claims = 0, aligned = 0, judged = 0;
};

// Every alignment has a verdict, so aligned and judged agree; both are kept
// because the contract names both (an editor reads "with a verdict").
std::vector<Coverage> AllCoverage(const CheckRun& run) {
  std::vector<Coverage> out(run.documents.size());
  for (size_t d = 0; d < run.documents.size(); ++d)
    for (const Mention& m : run.mentions[d].mentions) out[d].figures += m.kind != Kind::kDate;
  std::vector<bool> in_group(run.claims.size(), false);
  for (const Alignment& a : run.aligned.alignments)
    for (size_t i : a.claims) in_group[i] = true;
  for (size_t i = 0; i < run.claims.size(); ++i) {
    Coverage& c = out[run.claims[i].doc];
    ++c.claims;
    if (in_group[i]) ++c.aligned, ++c.judged;
  }
  return out;
}

}  // namespace

QuotedSentence QuoteClaimSentence(const CheckRun& run, const Claim& c) {
  const DocumentMentions& dm = run.mentions[c.doc];
  const Document& d = run.documents[c.doc];
  bool html = d.format == Format::kHtml && c.mention.sentence < dm.sentences.size();
  std::string_view b = html ? std::string_view(dm.text.text) : std::string_view(d.bytes);
  Span sentence = html ? dm.sentences[c.mention.sentence] : c.sentence;
  Span figure = html ? c.mention.norm : c.mention.span;
  QuotedSentence q;
  bool inside = figure.begin >= sentence.begin && figure.end <= sentence.end;
  if (sentence.size() <= kQuotedSentenceBytes || !inside) {
    q.text = std::string(sentence.In(b));
    if (inside) q.figure_at = figure.begin - sentence.begin;
    return q;
  }
  // Widened to a space, never inside a UTF-8 sequence.
  const uint32_t side = static_cast<uint32_t>(kQuoteAroundBytes);
  uint32_t from = figure.begin > sentence.begin + side ? figure.begin - side : sentence.begin;
  uint32_t to = figure.end + side < sentence.end ? figure.end + side : sentence.end;
  while (from > sentence.begin && b[from - 1] != ' ' && figure.begin - from < 2 * side) --from;
  while (to < sentence.end && b[to] != ' ' && to - figure.end < 2 * side) ++to;
  while (from > sentence.begin && (static_cast<unsigned char>(b[from]) & 0xC0) == 0x80) --from;
  while (to < sentence.end && (static_cast<unsigned char>(b[to]) & 0xC0) == 0x80) ++to;
  q.cut = from > sentence.begin || to < sentence.end;
  q.text = from > sentence.begin ? "… " : "";
  q.figure_at = q.text.size() + (figure.begin - from);
  q.text += std::string(b.substr(from, to - from));
  if (to < sentence.end) q.text += " …";
  return q;
}

std::string ClaimSentence(const CheckRun& run, const Claim& c) {
  return QuoteClaimSentence(run, c).text;
}

namespace {

json DocumentJson(const Document& d, size_t i) {
  return {{"id", "d" + std::to_string(i + 1)},
          {"path", d.path},
          {"title", d.meta.title},
          {"source", d.meta.source},
          {"url", d.meta.url.empty() ? json(nullptr) : json(d.meta.url)},
          {"published", d.meta.published ? json(FormatIsoDate(*d.meta.published)) : json(nullptr)},
          {"lang", d.meta.lang},
          {"lang_from", d.meta.lang_from}};
}

// Why a figure became this claim: what its clause said, read before any
// metric was chosen (extract/frame.h).
json FrameJson(const ClaimFrame& f) {
  json j = {{"clause", f.clause},
            {"time", f.time},
            {"counted", f.head_found ? json(f.counted) : json(nullptr)},
            {"cue", f.cue.empty() ? json(nullptr) : json(f.cue)}};
  if (!f.percent.empty()) j["percent"] = f.percent;
  if (f.accumulation) j["accumulation"] = true;
  if (f.apposition) j["apposition"] = true;
  if (f.reach_cut) j["reach_cut"] = true;
  if (!f.rejected.empty()) j["rejected"] = f.rejected;
  return j;
}

json ClaimJson(const CheckRun& run, const Claim& c) {
  const Document& d = run.documents[c.doc];
  QuotedSentence quoted = QuoteClaimSentence(run, c);
  std::string value;
  AppendValueJson(value, c.mention);
  json j = {{"id", c.id},
            {"doc", "d" + std::to_string(c.doc + 1)},
            {"span", SpanJson(d, c.mention.span)},
            {"text", std::string(c.mention.span.In(d.bytes))},
            {"sentence", quoted.text},
            {"metric", c.metric},
            {"subjects", c.subjects},
            {"period", PeriodJson(c.period)},
            {"as_of", c.as_of ? json(FormatIsoDate(*c.as_of)) : json(nullptr)},
            {"value", json::parse(value)},
            {"qualifier",
             c.mention.qualifier_text.empty() ? json(nullptr) : json(c.mention.qualifier_text)},
            {"modality", ModalityName(c.modality)},
            {"attribution", c.attribution.empty() ? json(nullptr) : json(c.attribution)}};
  if (quoted.cut) j["sentence_cut"] = true;
  if (c.count) j["value"]["kind"] = "count";
  if (!c.owner.empty()) j["owner"] = c.owner;
  if (c.generic) j["generic"] = true;
  if (!c.basis.empty()) j["basis"] = c.basis;
  if (!c.basis_entity.empty())
    j["statistics_of"] = {{"entity", c.basis_entity}, {"from", c.basis_from}};
  if (!c.scope.empty()) j["scope"] = c.scope;
  if (c.derived) j["derived"] = true;
  if (c.previous) j["previous"] = true;
  if (!c.deadline_of.empty()) j["deadline_of"] = c.deadline_of;
  if (c.span) j["event_length"] = true;
  if (c.in_force) j["in_force"] = true;
  if (c.whole) j["whole"] = true;
  if (!c.currency_from.empty()) j["currency_from"] = c.currency_from;
  j["confidence"] = {{"overall", ConfidenceName(c.confidence.Overall())},
                     {"metric", ConfidenceName(c.confidence.metric)},
                     {"metric_from", c.confidence.metric_from},
                     {"subjects", ConfidenceName(c.confidence.subjects)},
                     {"subjects_from", c.confidence.subjects_from},
                     {"period", ConfidenceName(c.confidence.period)},
                     {"period_from", c.confidence.period_from},
                     {"currency", ConfidenceName(c.confidence.currency)},
                     {"currency_from", c.confidence.currency_from}};
  if (!c.event) j["frame"] = FrameJson(c.frame);
  return j;
}

json AlignmentJson(const CheckRun& run, const Alignment& a) {
  json ids = json::array(), disputed = json::array();
  for (size_t i : a.claims) ids.push_back(run.claims[i].id);
  for (size_t i : a.disputed) disputed.push_back(run.claims[i].id);
  json j = {{"id", a.id},
            {"metric", a.metric},
            {"subjects", a.subjects},
            {"period", PeriodJson(a.period)},
            {"relation", RelationName(a.relation)},
            {"claims", ids},
            {"verdict", VerdictName(a.verdict)},
            {"reason", a.reason},
            {"matched", a.matched},
            {"confidence", ConfidenceName(a.confidence)}};
  if (!a.disputed.empty()) j["disputed"] = disputed;
  if (!a.owner.empty()) j["owner"] = a.owner;
  if (!a.scope.empty()) j["scope"] = a.scope;
  if (a.previous) j["previous"] = true;
  if (!a.deadline_of.empty()) j["deadline_of"] = a.deadline_of;
  return j;
}

json FindingJson(const CheckRun& run, const Finding& f) {
  json ids = json::array();
  for (size_t i : f.claims) ids.push_back(run.claims[i].id);
  return {{"id", f.id},
          {"rule", f.rule},
          {"severity", SeverityLabel(f.severity)},
          {"alignment", f.alignment.empty() ? json(nullptr) : json(f.alignment)},
          {"claims", ids},
          {"message", f.message},
          {"evidence", EvidenceJson(run, f)}};
}

json ProblemJson(const Diagnostic& d) {
  json item = {{"path", d.path}, {"code", d.code}, {"message", d.message}};
  if (d.line > 0) item["line"] = d.line, item["column"] = d.column;
  return item;
}

// The report object written member by member, in the sorted key order of
// the JSON library's objects, with each array element dumped on its own:
// the bytes of dumping the whole tree (indent 2), without ever holding the
// tree of a large run (it took 4 times the report's size).
class ReportStream {
 public:
  explicit ReportStream(std::string* out) : out_(*out) {}
  void Member(const char* key, const json& value) {
    Key(key);
    Indented(value.dump(2), 2);
  }
  // element(i) gives the i-th of n elements.
  template <typename F>
  void Array(const char* key, size_t n, F element) {
    Key(key);
    if (n == 0) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (size_t i = 0; i < n; ++i) {
      out_ += i ? ",\n    " : "    ";
      Indented(element(i).dump(2), 4);
    }
    out_ += "\n  ]";
  }
  void End() { out_ += first_ ? "{}\n" : "\n}\n"; }

 private:
  void Key(const char* key) {
    out_ += first_ ? "{\n  \"" : ",\n  \"";
    first_ = false;
    out_ += key;
    out_ += "\": ";
  }
  void Indented(const std::string& dumped, size_t by) {
    for (char c : dumped) {
      out_ += c;
      if (c == '\n') out_.append(by, ' ');
    }
  }
  std::string& out_;
  bool first_ = true;
};

}  // namespace

std::string CheckReportJson(const CheckRun& run) {
  std::vector<const Diagnostic*> errors, warnings, notes;
  for (const Diagnostic& d : run.input_problems)
    (d.severity == Severity::kError     ? errors
     : d.severity == Severity::kWarning ? warnings
                                        : notes)
        .push_back(&d);
  int counts[3] = {0, 0, 0};
  for (const Finding& f : run.findings) ++counts[SeverityRank(f.severity)];

  std::string out;
  ReportStream report(&out);
  // Members in sorted key order (see ReportStream).
  report.Array("alignments", run.aligned.alignments.size(),
               [&](size_t i) { return AlignmentJson(run, run.aligned.alignments[i]); });
  report.Array("checks", run.checks.size(), [&](size_t i) {
    const Finding& f = run.checks[i];
    return json{{"rule", f.rule},
                {"result", "pass"},
                {"message", f.message},
                {"evidence", EvidenceJson(run, f)}};
  });
  report.Array("claims", run.claims.size(),
               [&](size_t i) { return ClaimJson(run, run.claims[i]); });
  report.Array("documents", run.documents.size(),
               [&](size_t i) { return DocumentJson(run.documents[i], i); });
  report.Array("errors", errors.size(), [&](size_t i) { return ProblemJson(*errors[i]); });
  report.Array("findings", run.findings.size(),
               [&](size_t i) { return FindingJson(run, run.findings[i]); });
  // What the run says of itself: findings left out by the user's settings
  // (rules, --focus, a baseline and its stale entries), a language guessed.
  if (!notes.empty())
    report.Array("notes", notes.size(), [&](size_t i) { return ProblemJson(*notes[i]); });
  report.Member("schema_version", 1);
  json coverage = json::array();
  Coverage total;
  std::vector<Coverage> per_doc = AllCoverage(run);
  for (size_t i = 0; i < run.documents.size(); ++i) {
    const Coverage& c = per_doc[i];
    total.figures += c.figures, total.claims += c.claims, total.aligned += c.aligned,
        total.judged += c.judged;
    coverage.push_back({{"doc", "d" + std::to_string(i + 1)},
                        {"figures", c.figures},
                        {"claims", c.claims},
                        {"aligned", c.aligned},
                        {"with_verdict", c.judged}});
  }
  report.Member("summary", {{"documents", run.documents.size()},
                            {"inputs_not_read", errors.size()},
                            {"claims", run.claims.size()},
                            {"alignments", run.aligned.alignments.size()},
                            {"figures", total.figures},
                            {"aligned_claims", total.aligned},
                            {"claims_with_verdict", total.judged},
                            {"coverage", coverage},
                            {"findings",
                             {{"error", counts[0]}, {"warning", counts[1]}, {"info", counts[2]}}}});
  report.Member("tool", {{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}});
  report.Array("warnings", warnings.size(), [&](size_t i) { return ProblemJson(*warnings[i]); });
  report.End();
  return out;
}

std::string CheckReportText(const CheckRun& run, bool color) {
  std::string out;
  const char* kSev[] = {"error", "warning", "info"};
  const char* kColor[] = {"\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m"};
  int counts[3] = {0, 0, 0};
  int last = -1;
  for (const Finding& f : run.findings) {
    int r = SeverityRank(f.severity);
    ++counts[r];
    if (r != last) {
      out += std::string("\n") + (color ? "\x1b[1m" : "") +
             (r == 0   ? "Errors"
              : r == 1 ? "Warnings"
                       : "Info") +
             (color ? "\x1b[0m" : "") + "\n";
      last = r;
    }
    out += std::string(color ? kColor[r] : "") + kSev[r] + (color ? "\x1b[0m" : "") + " [" +
           f.rule + "] " + utf8::Visible(f.message) + "\n";
    if (!f.alignment.empty()) {
      for (const Alignment& a : run.aligned.alignments)
        if (a.id == f.alignment)
          out += "  verdict: " + std::string(VerdictName(a.verdict)) + " (" + a.id + ")\n";
    }
    std::vector<size_t> shown;
    for (size_t ci : f.claims) {
      const Claim& c = run.claims[ci];
      shown.push_back(ci);
      const Document& d = run.documents[c.doc];
      out += "  " + Location(run, c.doc, c.mention.span) + "  " +
             (d.meta.source.empty() ? "" : "(" + utf8::Visible(d.meta.source) + ") ") +
             utf8::Visible(ValueForEditors(c)) + "  " + ModalityName(c.modality) + "\n";
      // As SentenceText: an HTML page's sentence as read, others as written.
      const DocumentMentions& dm = run.mentions[c.doc];
      if (d.format == Format::kHtml && c.mention.sentence < dm.sentences.size())
        out += "      " +
               Excerpt(dm.text.text, dm.sentences[c.mention.sentence], c.mention.norm, color) +
               "\n";
      else
        out += "      " + Excerpt(d.bytes, c.sentence, c.mention.span, color) + "\n";
    }
    if (f.claims.empty())
      for (const Evidence& e : f.evidence) {
        const Document& d = run.documents[e.doc];
        Span sentence = e.span;
        // Widen to the line for context.
        while (sentence.begin > 0 && d.bytes[sentence.begin - 1] != '\n') --sentence.begin;
        while (sentence.end < d.bytes.size() && d.bytes[sentence.end] != '\n') ++sentence.end;
        out += "  " + Location(run, e.doc, e.span) + "\n      " +
               Excerpt(d.bytes, sentence, e.span, color) + "\n";
      }
  }
  if (!run.checks.empty()) {
    out += std::string("\n") + (color ? "\x1b[1m" : "") + "Checked and consistent" +
           (color ? "\x1b[0m" : "") + "\n";
    for (const Finding& f : run.checks) {
      const Evidence& e = f.evidence.front();
      out += "  ok [" + f.rule + "] " + Location(run, e.doc, e.span) + "  " +
             utf8::Visible(f.message) + "\n";
    }
  }
  size_t agree = 0;
  for (const Alignment& a : run.aligned.alignments) agree += a.verdict == Verdict::kAgree;
  Coverage total;
  for (const Coverage& c : AllCoverage(run)) {
    total.figures += c.figures, total.claims += c.claims, total.aligned += c.aligned,
        total.judged += c.judged;
  }
  size_t unreadable = 0;
  for (const Diagnostic& d : run.input_problems) unreadable += d.severity == Severity::kError;
  if (unreadable > 0) {
    out += std::string("\n") + (color ? "\x1b[1m" : "") +
           "Not checked: " + Count(unreadable, "input") + (unreadable == 1 ? " was" : " were") +
           " not read" + (color ? "\x1b[0m" : "") + "\n";
    for (const Diagnostic& d : run.input_problems)
      if (d.severity == Severity::kError)
        out += "  " + utf8::Visible(d.path, true) +
               (d.line > 0 ? ":" + std::to_string(d.line) + ":" + std::to_string(d.column) : "") +
               ": " + utf8::Visible(d.message) + "\n";
  }
  out += "\nCoverage: " + std::to_string(total.figures) + " figures, " +
         std::to_string(total.claims) + " became claims, " + std::to_string(total.aligned) +
         " were aligned with another source, " + std::to_string(total.judged) +
         " got a verdict; the rest were not checked against other sources.";
  out += "\n" + Count(run.documents.size(), "document") + ", " + Count(run.claims.size(), "claim") +
         ", " + Count(run.aligned.alignments.size(), "alignment") + " (" + std::to_string(agree) +
         " agree); " + Count(static_cast<size_t>(counts[0]), "error") + ", " +
         Count(static_cast<size_t>(counts[1]), "warning") + ", " + std::to_string(counts[2]) +
         " info\n";
  return out;
}

std::string CheckReportLines(const CheckRun& run) {
  // One line per place a finding rests on, so that each file an editor
  // opens is annotated; findings arrive in report order.
  std::string out;
  for (const Finding& f : run.findings)
    for (const Evidence& e : f.evidence)
      out += utf8::Visible(Location(run, e.doc, e.span), true) + ": " + SeverityLabel(f.severity) +
             " [" + f.rule + "] " + utf8::Visible(f.message, true) + "\n";
  return out;
}

}  // namespace crosscheck
