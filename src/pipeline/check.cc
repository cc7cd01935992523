#include "pipeline/check.h"

#include <algorithm>

#include "compare/verdict.h"
#include "extract/frame.h"
#include "pipeline/pipeline.h"
#include "pipeline/report_filter.h"
#include "report/explain.h"

namespace crosscheck {

namespace {

// Bounds that keep pathological text linear, said when they changed what
// was read: a sentence with more figures than the recognizer keeps, and
// clauses longer than a frame reads (extract/frame.h).
void NoteBudgets(const Document& d, const DocumentMentions& dm, const std::vector<Claim>& claims,
                 size_t first, std::vector<Diagnostic>* notes) {
  auto note = [&](uint32_t at, std::string message) {
    Diagnostic n;
    n.path = d.path;
    LineCol lc = d.lines.At(d.bytes, at);
    n.line = lc.line, n.column = lc.column;
    n.code = "extract.budget";
    n.message = std::move(message);
    n.severity = Severity::kNote;
    notes->push_back(std::move(n));
  };
  size_t full = 0, run = 0;
  uint32_t full_at = 0;
  for (size_t m = 0; m < dm.mentions.size(); ++m) {
    run = m > 0 && dm.mentions[m].sentence == dm.mentions[m - 1].sentence ? run + 1 : 1;
    if (run == kMaxMentionsPerSentence && full++ == 0) full_at = dm.mentions[m].span.begin;
  }
  if (full)
    note(full_at, std::to_string(full) + (full == 1 ? " sentence reaches" : " sentences reach") +
                      " the " + std::to_string(kMaxMentionsPerSentence) +
                      " figures a sentence is read for; figures after that were not read");
  size_t cut = 0;
  uint32_t cut_at = 0;
  for (size_t c = first; c < claims.size(); ++c)
    if (claims[c].frame.reach_cut && cut++ == 0) cut_at = claims[c].mention.span.begin;
  if (cut)
    note(cut_at, std::to_string(cut) + (cut == 1 ? " claim sits" : " claims sit") +
                     " in a clause longer than " + std::to_string(extract::kFrameReach) +
                     " words either side of its figure; each was read within that reach");
}

}  // namespace

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
    size_t first = run.claims.size();
    ExtractClaims(d, i, run.mentions.back(), pack, &run.claims);
    NoteBudgets(d, run.mentions.back(), run.claims, first, &run.input_problems);
    if (progress) progress(i + 1, run.claims.size(), d.path);
  }
  for (size_t i = 0; i < run.documents.size(); ++i)
    DocumentFindings(run.documents[i], i, run.mentions[i], run.claims, pack, &run.findings,
                     &run.checks);
  run.aligned = Align(run.claims, pack);
  for (Alignment& a : run.aligned.alignments) Judge(run.claims, pack, &a);
  AlignmentFindings(run.claims, run.aligned, &run.findings);
  OrderFindings(&run);
  ExplainRun(&run);
  return run;
}

}  // namespace crosscheck
