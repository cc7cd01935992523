// report/check_report: a whole `check` run -> JSON (the public contract in
// docs/report-format.md, schema in docs/report.schema.json) or terminal text.
//
// The only code that formats claims, alignments and findings. Article text
// reaches a terminal with its control characters shown as escapes; JSON
// escapes it. Nothing here computes.
#ifndef CROSSCHECK_REPORT_CHECK_REPORT_H_
#define CROSSCHECK_REPORT_CHECK_REPORT_H_

#include <string>
#include <vector>

#include "compare/check_run.h"

namespace crosscheck {

std::string CheckReportJson(const CheckRun& run);
std::string CheckReportText(const CheckRun& run, bool color);
// One "path:line:col: severity [rule] message" line per place each finding
// rests on (Vale's and compilers' form, for editors and CI annotations).
std::string CheckReportLines(const CheckRun& run);
// A claim's sentence as the reports quote it: as written; from an HTML
// page, as read (tags removed, references decoded), since its bytes are
// mostly markup. A sentence longer than kQuotedSentenceBytes (a flattened
// table, a run-on list of figures) is quoted kQuoteAroundBytes either side
// of its figure, cut at spaces with "…" where it was cut ("sentence_cut" in
// JSON), so that a report is not the sentence once per figure in it.
constexpr size_t kQuotedSentenceBytes = 1000;
constexpr size_t kQuoteAroundBytes = 160;
struct QuotedSentence {
  std::string text;
  size_t figure_at = std::string::npos;  // the figure's byte in text; npos: search for it
  bool cut = false;
};
QuotedSentence QuoteClaimSentence(const CheckRun& run, const Claim& c);
std::string ClaimSentence(const CheckRun& run, const Claim& c);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_CHECK_REPORT_H_
