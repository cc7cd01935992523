// report/check_formats: the formats `check` writes, as one table.
//
// Takes:      a finished CheckRun and the options that shape a report (colour
//             for the terminal, the --fail-on level for JUnit failures).
// Returns:    the report of one format. Every format renders the same
//             findings of the same run, in the same order: the rule, the
//             severity, each place (path:line:col) and the message.
// Never:      lets article text or a file name out unescaped for its medium:
//             the terminal and line formats show control characters as
//             escapes, JSON and SARIF escape by JSON rules, Markdown escapes
//             markup, JUnit escapes XML, workflow commands percent-encode.
//             Nothing here computes a finding.
#ifndef CROSSCHECK_REPORT_CHECK_FORMATS_H_
#define CROSSCHECK_REPORT_CHECK_FORMATS_H_

#include <string>
#include <string_view>
#include <vector>

#include "compare/check_run.h"

namespace crosscheck {

struct ReportOptions {
  bool color = false;
  std::string fail_on = "error";  // error, warning, info or none
  // Where docs/rules.md is published (an absolute URL, no fragment): SARIF
  // rules link their help to URL#rule-id. Empty: help text only, since the
  // project has no address of its own to assume.
  std::string rules_url;
};
// Why `url` cannot be a rules URL ("" when it can): an absolute URL with a
// scheme and a host, no spaces, no fragment of its own.
std::string RulesUrlProblem(const std::string& url);

struct CheckFormat {
  const char* name;
  const char* help;
  std::string (*render)(const CheckRun& run, const ReportOptions& options);
};
// text, json, line, sarif, markdown, github, junit, html.
const std::vector<CheckFormat>& CheckFormats();
const CheckFormat* FindCheckFormat(std::string_view name);

// ---- what the writers share ------------------------------------------------

// Where a finding rests: the file as given, 1-based lines and columns (in
// code points) of the first character and of the one after the last.
struct Place {
  std::string path;
  int line = 1, column = 1, end_line = 1, end_column = 1;
};
Place PlaceOf(const CheckRun& run, const Evidence& e);

// The description docs/rules.md gives a rule ("" for an unknown id).
std::string RuleDescription(std::string_view rule);

// What a finding is about, independent of where the text sits: the rule and
// each claim's metric, subjects and time. Stable under edits elsewhere in
// the articles, so a fingerprint or a baseline entry survives them.
std::string FindingIdentity(const CheckRun& run, const Finding& f);
// A 64-bit FNV-1a hash of s, as 16 hex digits.
std::string Fingerprint(std::string_view s);

// Is severity s at or above the --fail-on level?
bool AtOrAbove(Severity s, const std::string& fail_on);

// The individual writers (sarif_report.cc, review_reports.cc).
std::string CheckReportSarif(const CheckRun& run, const ReportOptions& options);
std::string CheckReportMarkdown(const CheckRun& run, const ReportOptions& options);
std::string CheckReportGithub(const CheckRun& run, const ReportOptions& options);
std::string CheckReportJunit(const CheckRun& run, const ReportOptions& options);
std::string CheckReportHtml(const CheckRun& run, const ReportOptions& options);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_CHECK_FORMATS_H_
