// report/explain: what compare/ found, in words.
//
// Takes:     a judged run: alignments with their Reason, findings with
//            their FindingFacts (compare/), and the documents they quote.
// Sets:      Alignment::reason, ::matched and ::unsure, and
//            Finding::message (findings and the record of checks): the
//            English sentences every format shows. They are written here
//            and nowhere else, so the text, JSON, HTML, Markdown, SARIF,
//            GitHub and JUnit reports say the same thing, and a finding's
//            data can be rendered another way without touching compare/.
// Never:     changes a verdict, a severity or which claims a finding names.
#ifndef CROSSCHECK_REPORT_EXPLAIN_H_
#define CROSSCHECK_REPORT_EXPLAIN_H_

#include "compare/check_run.h"

namespace crosscheck {

void ExplainRun(CheckRun* run);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_EXPLAIN_H_
