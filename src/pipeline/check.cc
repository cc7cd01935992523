#include "pipeline/check.h"

#include <algorithm>

#include "compare/verdict.h"
#include "pipeline/pipeline.h"
#include "pipeline/report_filter.h"

namespace crosscheck {

CheckRun RunChecks(std::vector<Document> documents, const ClaimPack& pack,
                   const CheckProgress& progress) {
  CheckRun run;
  run.documents = std::move(documents);
  Extractor extractor;
  DiagSink ignored;  // recognition warnings are reported as findings below
  for (size_t i = 0; i < run.documents.size(); ++i) {
    Document& d = run.documents[i];
    if (d.meta.currency.empty())
      if (const Source* src = pack.FindSource(d.meta.source, d.meta.url))
        d.meta.currency = src->currency;
    run.mentions.push_back(extractor.Run(d, ignored));
    ExtractClaims(d, i, run.mentions.back(), pack, &run.claims);
    if (progress) progress(i + 1, run.claims.size(), d.path);
  }
  for (size_t i = 0; i < run.documents.size(); ++i)
    DocumentFindings(run.documents[i], i, run.mentions[i], run.claims, pack, &run.findings,
                     &run.checks);
  run.aligned = Align(run.claims, pack);
  for (Alignment& a : run.aligned.alignments) Judge(run.claims, pack, &a);
  AlignmentFindings(run.claims, run.aligned, &run.findings);
  OrderFindings(&run);
  return run;
}

}  // namespace crosscheck
