#include "pipeline/check.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

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
                   const CheckProgress& progress, size_t jobs) {
  CheckRun run;
  run.documents = std::move(documents);
  const size_t n = run.documents.size();
  run.mentions.resize(n);
  std::vector<std::vector<Claim>> claims(n);
  std::atomic<size_t> next{0};
  std::mutex progress_mu;
  size_t done = 0, claims_so_far = 0;
  std::exception_ptr failure;
  // Each worker takes the next document; one recognizer per worker.
  auto work = [&] {
    try {
      Extractor extractor;
      DiagSink ignored;  // recognition warnings are reported as findings below
      for (size_t i; (i = next++) < n;) {
        Document& d = run.documents[i];
        if (d.meta.currency.empty())
          if (const Source* src = pack.FindSource(d.meta.source, d.meta.url))
            d.meta.currency = src->currency;
        run.mentions[i] = extractor.Run(d, ignored);
        ExtractClaims(d, i, run.mentions[i], pack, &claims[i]);
        if (progress) {
          std::lock_guard<std::mutex> lock(progress_mu);
          claims_so_far += claims[i].size();
          progress(++done, claims_so_far, d.path);
        }
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(progress_mu);
      if (!failure) failure = std::current_exception();
      next = n;  // the others stop at their next document
    }
  };
  jobs = std::max<size_t>(1, std::min(jobs, n));
  std::vector<std::thread> workers;
  for (size_t k = 1; k < jobs; ++k) workers.emplace_back(work);
  work();
  for (std::thread& t : workers) t.join();
  if (failure) std::rethrow_exception(failure);
  // Claims numbered in document order, whatever thread read them; each
  // document's vector is released once moved.
  size_t total = 0;
  for (const std::vector<Claim>& v : claims) total += v.size();
  run.claims.reserve(total);
  for (size_t i = 0; i < n; ++i) {
    size_t first = run.claims.size();
    for (Claim& c : claims[i]) {
      c.id = "c" + std::to_string(run.claims.size() + 1);
      run.claims.push_back(std::move(c));
    }
    std::vector<Claim>().swap(claims[i]);
    NoteBudgets(run.documents[i], run.mentions[i], run.claims, first, &run.input_problems);
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
