// report/check_report: a whole `check` run -> JSON (the public contract in
// docs/report-format.md, schema in docs/report.schema.json) or terminal text.
//
// The only code that formats claims, alignments and findings. Article text is
// printed as is on a terminal; JSON escapes it. Nothing here computes.
#ifndef CROSSCHECK_REPORT_CHECK_REPORT_H_
#define CROSSCHECK_REPORT_CHECK_REPORT_H_

#include <string>
#include <vector>

#include "align/align.h"
#include "compare/findings.h"
#include "extract/claims.h"
#include "load/load.h"
#include "pipeline/check.h"

namespace crosscheck {

std::string CheckReportJson(const CheckRun& run);
std::string CheckReportText(const CheckRun& run, bool color);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_CHECK_REPORT_H_
