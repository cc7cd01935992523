// report/diff_report: a DocDiff -> unified text, JSON or side-by-side HTML.
//
// Text: one hunk per changed sentence pair, words as [-deleted-] and
// {+added+} (red/green on a terminal), figures written differently with the
// same value as {~old => new~} (dimmed; hidden with ignore_format), then the
// claim diff. JSON: hunks with byte spans in both files, and the claim diff.
// HTML: self-contained (inline CSS, no scripts); every byte of article text
// is escaped, so untrusted copy can never become markup.
#ifndef CROSSCHECK_REPORT_DIFF_REPORT_H_
#define CROSSCHECK_REPORT_DIFF_REPORT_H_

#include <string>

#include "diff/diff.h"

namespace crosscheck {

struct DiffRenderOptions {
  bool color = false;
  bool ignore_format = false;
};

std::string DiffReportText(const CheckRun& run, const DocDiff& diff,
                           const DiffRenderOptions& options);
std::string DiffReportJson(const CheckRun& run, const DocDiff& diff,
                           const DiffRenderOptions& options);
std::string DiffReportHtml(const CheckRun& run, const DocDiff& diff,
                           const DiffRenderOptions& options);

// Escapes &, <, >, " and ' for HTML text and attribute values, after showing
// control and bidi characters as escapes (utf8::Visible).
std::string HtmlEscape(std::string_view s);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_DIFF_REPORT_H_
