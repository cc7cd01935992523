// pipeline/check: the whole `check` run over loaded documents.
//
// Takes:     loaded Documents and a compiled ClaimPack.
// Returns:   a CheckRun (compare/check_run.h) that owns its documents.
// Never:     reads files or prints; input problems were handled by load/.
//            Warnings from recognition (dates that do not exist) become
//            `no-such-date` findings, not diagnostics.
#ifndef CROSSCHECK_PIPELINE_CHECK_H_
#define CROSSCHECK_PIPELINE_CHECK_H_

#include <functional>
#include <string>
#include <vector>

#include "compare/check_run.h"
#include "load/load.h"
#include "packs/packs.h"

namespace crosscheck {

// Called after each document's claims are extracted: (documents done,
// claims so far, the document's path). For a progress line; may be empty.
// With jobs > 1 it is called from the worker threads, one call at a time.
using CheckProgress = std::function<void(size_t, size_t, const std::string&)>;

// Documents are recognized and their claims extracted on `jobs` threads
// (each document by one thread, with its own recognizer); alignment and
// findings then run once over all of them. The run is the same for any
// number of jobs: claims are numbered in document order after the threads
// finish, so ids, order and reports never depend on scheduling.
CheckRun RunChecks(std::vector<Document> documents, const ClaimPack& pack,
                   const CheckProgress& progress = {}, size_t jobs = 1);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_CHECK_H_
