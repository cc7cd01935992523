// pipeline/diff_run: the `diff` command's run over two versions of one
// article, without a full check.
//
// Takes:     two loaded Documents (old, new) and a compiled ClaimPack.
// Returns:   a CheckRun holding only what the diff needs, and the DocDiff.
// Never:     reads files or prints.
#ifndef CROSSCHECK_PIPELINE_DIFF_RUN_H_
#define CROSSCHECK_PIPELINE_DIFF_RUN_H_

#include <vector>

#include "compare/check_run.h"
#include "diff/diff.h"
#include "load/load.h"
#include "packs/packs.h"

namespace crosscheck {

// Versions mode without a full check: lines both versions share are set
// aside first (diff/lines.h); only the other lines and their neighbours are
// segmented and recognized, so run.mentions holds just those sentences. Then
// the sentence and word diff, and claims only for the sentences that changed.
// The pairs it reports equal DiffDocuments' on a full run; it costs about a
// normalization pass plus work proportional to the edits.
CheckRun DiffRun(std::vector<Document> documents, const ClaimPack& pack, DocDiff* diff);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_DIFF_RUN_H_
