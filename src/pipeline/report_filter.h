// pipeline/report_filter: what of a finished run is reported, by the user's
// choice: inline comments in an article (<!-- crosscheck-ignore RULE:
// reason --> before a paragraph, in Markdown or HTML), rule settings (`[rules]` of crosscheck.toml:
// a rule's severity, or "off"), focused documents (`--focus`: only findings that involve one of
// them), and accepted findings (`--baseline FILE`: findings recorded by
// `crosscheck baseline write`, matched by fingerprint).
//
// Takes:     a CheckRun from RunChecks and the user's settings.
// Returns:   the run with findings changed or left out, re-ordered and
//            re-numbered, and a FilterResult that says how many were left
//            out and why, and which baseline entries matched nothing
//            (stale), so that nothing is hidden silently.
// Never:     changes claims, alignments or verdicts; only what is reported.
#ifndef CROSSCHECK_PIPELINE_REPORT_FILTER_H_
#define CROSSCHECK_PIPELINE_REPORT_FILTER_H_

#include <map>
#include <string>
#include <vector>

#include "base/diag.h"
#include "compare/check_run.h"

namespace crosscheck {

// One accepted finding of a baseline file.
struct BaselineEntry {
  std::string fingerprint;  // Fingerprint(FindingIdentity(...)), report/check_formats.h
  std::string rule, where, message, reason;
};

struct ReportFilter {
  std::map<std::string, std::string> rules;  // rule id -> "error" | "warning" | "info" | "off"
  std::vector<std::string> focus;            // paths; documents read from them are focused
  std::vector<BaselineEntry> baseline;
  std::string baseline_path;  // for messages
};

// A finding left out by an inline comment in the article:
// <!-- crosscheck-ignore RULE: reason --> before a paragraph.
struct InlineIgnore {
  std::string rule, where, reason;
};

struct FilterResult {
  size_t turned_off = 0, outside_focus = 0, accepted = 0;
  std::vector<BaselineEntry> stale;
  std::vector<InlineIgnore> ignored;
  // Comments that cannot be honoured (no reason, an unknown rule), each at
  // its file:line:col; the findings they name are reported.
  std::vector<Diagnostic> bad_ignores;
};

FilterResult ApplyReportFilter(const ReportFilter& filter, CheckRun* run);

// Findings in report order (errors, warnings, info; then document and
// position), numbered f1, f2, ...
void OrderFindings(CheckRun* run);

// The baseline file of a run: one [[accepted]] table per finding, sorted by
// fingerprint so that it diffs well in review, each with `reason`.
std::string BaselineToml(const CheckRun& run, const std::string& reason);
// Reads a baseline file; errors name the file, line and key.
bool LoadBaseline(const std::string& path, std::vector<BaselineEntry>* out, Diagnostic* error);

// Do two paths name the same file (device and inode), or the file under a
// focused folder?
bool PathFocused(const std::string& doc_path, const std::vector<std::string>& focus);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_REPORT_FILTER_H_
