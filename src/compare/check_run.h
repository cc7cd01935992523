// compare/check_run: the values one `check` run produced, as one value.
//
// Holds:     the documents (owned), per-document mentions, all claims, the
//            alignments with their verdicts, the findings (ordered errors,
//            warnings, info; ids f1...), the single-document checks that
//            passed, and the input problems (files that could not be read). pipeline/ fills it;
//            report/ and diff/ read it. It lives here, with the last stage that adds to it, so that
//            no stage depends on pipeline/.
#ifndef CROSSCHECK_COMPARE_CHECK_RUN_H_
#define CROSSCHECK_COMPARE_CHECK_RUN_H_

#include <vector>

#include "align/align.h"
#include "base/diag.h"
#include "compare/findings.h"
#include "extract/claims.h"
#include "load/load.h"
#include "recognize/document_mentions.h"

namespace crosscheck {

struct CheckRun {
  std::vector<Document> documents;
  std::vector<DocumentMentions> mentions;  // per document
  std::vector<Claim> claims;
  AlignResult aligned;
  std::vector<Finding> findings;  // sorted: errors, warnings, info; ids assigned
  std::vector<Finding> checks;    // single-document checks that passed (for the record)
  // Input problems of the run, for the report: files that could not be read
  // (severity error) and warnings about the ones that were (a front matter
  // key that looks like a typo). The command that loaded the files sets it.
  std::vector<Diagnostic> input_problems;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_COMPARE_CHECK_RUN_H_
