// The formats reviewers and CI systems read: Markdown (a pull request
// comment), GitHub workflow commands (annotations) and JUnit XML. Each is
// written from the run's findings in report order, and escapes article text
// and file names for its medium.
#include <cstring>
#include <string>

#include "base/utf8.h"
#include "report/check_formats.h"
#include "report/check_report.h"
#include "report/diff_report.h"

namespace crosscheck {
namespace {

// Markdown: a PR comment fits in 65,536 characters; past this budget the
// rest is named, not shown.
constexpr size_t kMarkdownBudget = 60000;
// GitHub shows 10 annotations of each level per step; the others are named
// in one notice (and the CLI writes the Markdown report to the step summary).
constexpr int kGithubPerLevel = 10;

const char* const kLevelTitles[] = {"Errors", "Warnings", "Info"};

// One line of text for a Markdown document: line breaks folded, markup
// characters escaped, then HTML's (GitHub renders HTML in Markdown), so
// article text is shown literally.
std::string MarkdownText(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    if (c != '\0' && std::strchr("\\`*_[]()#|!~", c)) out += '\\';
    out += c;
  }
  return HtmlEscape(out);
}

std::string Where(const Place& p) {
  return p.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

void Counts(const CheckRun& run, int counts[3]) {
  counts[0] = counts[1] = counts[2] = 0;
  for (const Finding& f : run.findings) ++counts[SeverityRank(f.severity)];
}

std::string MarkdownFinding(const CheckRun& run, const Finding& f) {
  std::string out = "- **" + std::string(SeverityLabel(f.severity)) + "** `" + f.rule + "` " +
                    MarkdownText(f.message) + "\n";
  // Each source's sentence, quoted once, with the places of its figures.
  for (size_t k = 0; k < f.claims.size(); ++k) {
    const Claim& c = run.claims[f.claims[k]];
    bool quoted = false;
    for (size_t q = 0; q < k; ++q) {
      const Claim& o = run.claims[f.claims[q]];
      quoted |= o.doc == c.doc && o.sentence == c.sentence;
    }
    if (quoted) continue;
    std::string places;
    for (size_t q = k; q < f.claims.size(); ++q) {
      const Claim& o = run.claims[f.claims[q]];
      if (o.doc == c.doc && o.sentence == c.sentence)
        places +=
            (places.empty() ? "" : ", ") + Where(PlaceOf(run, Evidence{o.doc, o.mention.span}));
    }
    out +=
        "  > " + MarkdownText(ClaimSentence(run, c)) + "  \n  > — " + MarkdownText(places) + "\n";
  }
  if (f.claims.empty())
    for (const Evidence& e : f.evidence)
      out += "  > " + MarkdownText(e.span.In(run.documents[e.doc].bytes)) + " — " +
             MarkdownText(Where(PlaceOf(run, e))) + "\n";
  return out;
}

// GitHub workflow commands: the message percent-encodes %, CR and LF; a
// property value also ':' and ','.
std::string CommandData(std::string_view text, bool property) {
  std::string out;
  for (char c : utf8::Visible(text)) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

// XML 1.0 text and attribute values: HTML's escapes, and the line breaks
// an attribute would otherwise fold.
std::string Xml(std::string_view text) {
  std::string out;
  for (char c : HtmlEscape(text)) {
    if (c == '\n')
      out += "&#10;";
    else if (c == '\r')
      out += "&#13;";
    else if (c == '\t')
      out += "&#9;";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string CheckReportMarkdown(const CheckRun& run, const ReportOptions&) {
  int counts[3];
  Counts(run, counts);
  std::string out = "## crosscheck: " + std::to_string(counts[0]) + " errors, " +
                    std::to_string(counts[1]) + " warnings, " + std::to_string(counts[2]) +
                    " info\n\n";
  out += "| documents | claims | alignments | errors | warnings | info | inputs not read |\n";
  out += "|---:|---:|---:|---:|---:|---:|---:|\n";
  size_t unread = 0;
  for (const Diagnostic& d : run.input_problems) unread += d.severity == Severity::kError;
  out += "| " + std::to_string(run.documents.size()) + " | " + std::to_string(run.claims.size()) +
         " | " + std::to_string(run.aligned.alignments.size()) + " | " + std::to_string(counts[0]) +
         " | " + std::to_string(counts[1]) + " | " + std::to_string(counts[2]) + " | " +
         std::to_string(unread) + " |\n";
  size_t shown = 0;
  int last = -1;
  for (const Finding& f : run.findings) {
    int r = SeverityRank(f.severity);
    std::string item = MarkdownFinding(run, f);
    if (out.size() + item.size() > kMarkdownBudget) break;
    if (r != last) {
      // Info is folded away: a reviewer opens it when they want it.
      if (last == 2) out += "\n</details>\n";
      out += r == 2 ? "\n<details><summary>Info (" + std::to_string(counts[2]) + ")</summary>\n\n"
                    : "\n### " + std::string(kLevelTitles[r]) + "\n\n";
      last = r;
    }
    out += item;
    ++shown;
  }
  if (last == 2) out += "\n</details>\n";
  if (shown < run.findings.size())
    out += "\n" + std::to_string(run.findings.size() - shown) +
           " more findings are not shown: a comment holds about 60,000 characters. The JSON or "
           "SARIF report has them all.\n";
  if (run.findings.empty()) out += "\nNo findings.\n";
  return out;
}

std::string CheckReportGithub(const CheckRun& run, const ReportOptions&) {
  static const char* const kCommand[] = {"error", "warning", "notice"};
  std::string out;
  int used[3] = {0, 0, 0}, over[3] = {0, 0, 0};
  for (const Finding& f : run.findings) {
    int r = SeverityRank(f.severity);
    if (f.evidence.empty()) continue;
    if (used[r] == kGithubPerLevel) {
      ++over[r];
      continue;
    }
    ++used[r];
    Place p = PlaceOf(run, f.evidence[0]);
    out += "::" + std::string(kCommand[r]) + " file=" + CommandData(p.path, true) +
           ",line=" + std::to_string(p.line) + ",col=" + std::to_string(p.column) +
           ",endLine=" + std::to_string(p.end_line) + ",endColumn=" + std::to_string(p.end_column) +
           ",title=" + CommandData("crosscheck " + f.rule, true) +
           "::" + CommandData(f.message, false) + "\n";
  }
  if (over[0] + over[1] + over[2] > 0)
    out += "::notice title=crosscheck::" +
           CommandData(std::to_string(over[0] + over[1] + over[2]) +
                           " more findings are not annotated (" + std::to_string(over[0]) +
                           " errors, " + std::to_string(over[1]) + " warnings, " +
                           std::to_string(over[2]) +
                           " info): GitHub shows 10 annotations of each level per step. The "
                           "step summary and the SARIF report have them all.",
                       false) +
           "\n";
  return out;
}

std::string CheckReportJunit(const CheckRun& run, const ReportOptions& options) {
  std::string cases;
  size_t tests = 0, failures = 0;
  auto test_case = [&](const Finding& f, bool failed) {
    ++tests;
    std::string where;
    for (const Evidence& e : f.evidence)
      where += (where.empty() ? "" : ", ") + Where(PlaceOf(run, e));
    cases += "    <testcase classname=\"crosscheck." + Xml(f.rule) + "\" name=\"" +
             Xml(f.rule + " " + where) + "\"";
    if (failed) {
      ++failures;
      cases += ">\n      <failure type=\"" + std::string(SeverityLabel(f.severity)) +
               "\" message=\"" + Xml(f.message) + "\">" + Xml(where + ": " + f.message) +
               "</failure>\n    </testcase>\n";
    } else if (!f.message.empty()) {
      cases += ">\n      <system-out>" +
               Xml(std::string(SeverityLabel(f.severity)) + ": " + f.message) +
               "</system-out>\n    </testcase>\n";
    } else {
      cases += "/>\n";
    }
  };
  for (const Finding& f : run.findings) test_case(f, AtOrAbove(f.severity, options.fail_on));
  for (const Finding& f : run.checks) test_case(f, false);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites name=\"crosscheck\" tests=\"" + std::to_string(tests) + "\" failures=\"" +
         std::to_string(failures) + "\">\n";
  out += "  <testsuite name=\"crosscheck check\" tests=\"" + std::to_string(tests) +
         "\" failures=\"" + std::to_string(failures) + "\" errors=\"0\" skipped=\"0\">\n";
  out += cases;
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace crosscheck
