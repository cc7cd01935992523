// pipeline/check: the whole `check` run over loaded documents.
//
// Takes:     loaded Documents and a compiled ClaimPack.
// Returns:   a CheckRun: per-document mentions and claims, alignments,
//            findings (ordered errors, warnings, info; ids f1...) and the
//            single-document checks that passed. Owns its documents.
// Never:     reads files or prints; input problems were handled by load/.
//            Warnings from recognition (dates that do not exist) become
//            `no-such-date` findings, not diagnostics.
#ifndef CROSSCHECK_PIPELINE_CHECK_H_
#define CROSSCHECK_PIPELINE_CHECK_H_

#include <vector>

#include "align/align.h"
#include "compare/findings.h"
#include "extract/claims.h"
#include "load/load.h"
#include "packs/packs.h"
#include "pipeline/pipeline.h"

namespace crosscheck {

struct CheckRun {
  std::vector<Document> documents;
  std::vector<DocumentMentions> mentions;  // per document
  std::vector<Claim> claims;
  AlignResult aligned;
  std::vector<Finding> findings;  // sorted: errors, warnings, info; ids assigned
  std::vector<Finding> checks;    // single-document checks that passed (for the record)
};

CheckRun RunChecks(std::vector<Document> documents, const ClaimPack& pack);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_CHECK_H_
