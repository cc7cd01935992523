#include "report/check_formats.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <mutex>

#include "base/civil_date.h"
#include "report/check_report.h"

namespace crosscheck {

extern const char kRulesMarkdown[];  // generated from docs/rules.md

namespace {

std::string RenderText(const CheckRun& run, const ReportOptions& o) {
  return CheckReportText(run, o.color);
}
std::string RenderJson(const CheckRun& run, const ReportOptions&) { return CheckReportJson(run); }
std::string RenderLines(const CheckRun& run, const ReportOptions&) { return CheckReportLines(run); }

// rule id -> its description, read once from the table rows of
// docs/rules.md ("| `rule` | severity | description |").
const std::map<std::string, std::string, std::less<>>& RuleDescriptions() {
  static const std::map<std::string, std::string, std::less<>> table = [] {
    std::map<std::string, std::string, std::less<>> out;
    std::string_view md = kRulesMarkdown;
    while (!md.empty()) {
      size_t eol = md.find('\n');
      std::string_view line = md.substr(0, eol);
      md = eol == std::string_view::npos ? std::string_view() : md.substr(eol + 1);
      if (line.rfind("| `", 0) != 0) continue;
      size_t id_end = line.find('`', 3);
      size_t id_col = id_end == std::string_view::npos ? id_end : line.find('|', id_end);
      size_t sev_end = id_col == std::string_view::npos ? id_col : line.find('|', id_col + 1);
      if (sev_end == std::string_view::npos) continue;
      std::string_view desc = line.substr(sev_end + 1);
      if (!desc.empty() && desc.back() == '|') desc.remove_suffix(1);
      while (!desc.empty() && desc.front() == ' ') desc.remove_prefix(1);
      while (!desc.empty() && desc.back() == ' ') desc.remove_suffix(1);
      // The link target of the rule (`<a id="rule-id"></a>`) is not its text.
      if (desc.rfind("<a id=", 0) == 0 && desc.find("</a>") != std::string_view::npos)
        desc.remove_prefix(desc.find("</a>") + 4);
      out.emplace(std::string(line.substr(3, id_end - 3)), std::string(desc));
    }
    return out;
  }();
  return table;
}

}  // namespace

const std::vector<CheckFormat>& CheckFormats() {
  static const std::vector<CheckFormat> formats = {
      {"text", "for people at a terminal (default)", RenderText},
      {"json", "the whole run (docs/report-format.md, docs/report.schema.json)", RenderJson},
      {"line", "path:line:col: severity [rule] message, one line per place", RenderLines},
      {"sarif", "SARIF 2.1.0 for code scanning (GitHub and others)", CheckReportSarif},
      {"markdown", "a pull request comment: summary table, findings with their sentences",
       CheckReportMarkdown},
      {"github", "GitHub Actions workflow commands (annotations), capped as GitHub caps them",
       CheckReportGithub},
      {"junit", "JUnit XML: one test case per check, failures at or above --fail-on",
       CheckReportJunit},
      {"html", "one self-contained page for editors: findings, claim matrices, charts",
       CheckReportHtml},
  };
  return formats;
}

const CheckFormat* FindCheckFormat(std::string_view name) {
  for (const CheckFormat& f : CheckFormats())
    if (name == f.name) return &f;
  return nullptr;
}

Place PlaceOf(const CheckRun& run, const Evidence& e) {
  const Document& d = run.documents[e.doc];
  LineCol a = d.lines.At(d.bytes, e.span.begin);
  LineCol b = d.lines.At(d.bytes, e.span.end);
  return Place{d.path, a.line, a.column, b.line, b.column};
}

std::string RulesUrlProblem(const std::string& url) {
  size_t colon = url.find("://");
  bool scheme =
      colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(url[0])) &&
      std::all_of(url.begin(), url.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
      });
  if (!scheme || colon + 3 >= url.size() || url[colon + 3] == '/')
    return "the rules URL must be absolute, e.g. "
           "https://example.org/crosscheck/docs/rules.md";
  for (char c : url)
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>')
      return "the rules URL has a space or a control character; percent-encode it";
  if (url.find('#') != std::string::npos)
    return "the rules URL must not have a fragment: each rule adds #rule-id";
  return "";
}

std::string RuleDescription(std::string_view rule) {
  const auto& table = RuleDescriptions();
  auto it = table.find(rule);
  return it == table.end() ? std::string() : it->second;
}

std::string FindingIdentity(const CheckRun& run, const Finding& f) {
  std::string out = f.rule;
  for (size_t i : f.claims) {
    const Claim& c = run.claims[i];
    out += "|" + c.metric + "[";
    for (const std::string& s : c.subjects) out += s + ",";
    out += "]" + c.owner + "@";
    if (c.period.known)
      out += c.period.label;
    else if (c.as_of)
      out += FormatIsoDate(*c.as_of);
    // The document a claim is in, by path: the same figure in another
    // article is another finding.
    out += "#" + run.documents[c.doc].path;
  }
  // A single-document finding with no claim: its rule and the text it rests
  // on (the figure as written), not its position.
  if (f.claims.empty())
    for (const Evidence& e : f.evidence)
      out += "|" + run.documents[e.doc].path + ":" +
             std::string(e.span.In(run.documents[e.doc].bytes));
  return out;
}

std::string Fingerprint(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool AtOrAbove(Severity s, const std::string& fail_on) {
  int threshold = fail_on == "error" ? 0 : fail_on == "warning" ? 1 : fail_on == "info" ? 2 : -1;
  return SeverityRank(s) <= threshold;
}

}  // namespace crosscheck
