// compare: Alignments and single documents -> Findings.
//
// Takes:     the run's documents, their mentions and claims, the alignments,
//            and the ClaimPack (reference facts).
// Returns:   Findings, each with a stable rule id (docs/rules.md), a severity,
//            the claims or spans it rests on in reading order, and what it
//            found as data (FindingFacts, the alignment's Reason); the
//            sentence an editor reads is written by report/explain.h.
// Rules:     two tables in findings.cc, listed by FindingRules(): one rule
//            per alignment verdict (and currency-not-comparable), and the
//            single-document rules, each one function. docs/rules.md lists
//            exactly these (a unit test holds the two together).
// Never:     reads files or prints; pure functions of their inputs.
#ifndef CROSSCHECK_COMPARE_FINDINGS_H_
#define CROSSCHECK_COMPARE_FINDINGS_H_

#include <optional>
#include <string>
#include <vector>

#include "align/align.h"
#include "base/diag.h"
#include "extract/claims.h"
#include "load/load.h"
#include "recognize/document_mentions.h"

namespace crosscheck {

struct Evidence {
  size_t doc = 0;
  Span span;  // original file bytes
};

// What a single-document rule found, as data; which fields a rule fills
// is the rule's (report/explain.cc says each in words). The spans it
// quotes are its evidence, in the rule's order.
struct FindingFacts {
  bool passed = false;                    // a check that held (the record of checks)
  int stated = 0, actual = 0;             // weekdays 1-7, anniversaries, list items
  Day date = 0, reference = 0;            // the date read; the date a relative one counts from
  Day expected = 0;                       // where a relative date lands
  double days_off = 0;                    // how far the written date is from it
  std::optional<Day> published;           // durations and anniversaries count to it
  Interval elapsed;                       // durations: the time from the start, in `unit`
  std::string unit;                       // "year", "month", "week", "day"
  std::string fact_id, fact_description;  // a reference fact of the pack
  Day fact_date = 0;
};

struct Finding {
  std::string id;                          // "f3"
  std::string rule;                        // stable rule id
  Severity severity = Severity::kWarning;  // kNote is reported as "info"
  std::string alignment;                   // "g4", or empty for single-document rules
  std::vector<size_t> claims;              // indices into the run's claims
  std::vector<Evidence> evidence;          // spans the finding rests on (always filled)
  FindingFacts facts;                      // single-document rules
  std::string message;                     // written by report/explain.h
};

// Findings from cross-source alignments.
void AlignmentFindings(const std::vector<Claim>& claims, const AlignResult& aligned,
                       std::vector<Finding>* out);

// Findings inside one document. REQUIRES: claims in document order (as
// RunChecks numbers them). Checks that ran and found nothing wrong go to
// *passed (same shape, severity kNote), so a report can show what was verified.
void DocumentFindings(const Document& doc, size_t doc_index, const DocumentMentions& dm,
                      const std::vector<Claim>& claims, const ClaimPack& pack,
                      std::vector<Finding>* out, std::vector<Finding>* passed);

// Every rule a finding can carry, in the order docs/rules.md lists them,
// with the most severe level a finding of the rule can have.
struct RuleInfo {
  const char* id;
  Severity severity;
};
std::vector<RuleInfo> FindingRules();

const char* SeverityLabel(Severity s);  // "error", "warning", "info"
// 0 error, 1 warning, 2 info: report order and the --fail-on comparison.
inline int SeverityRank(Severity s) {
  return s == Severity::kError ? 0 : s == Severity::kWarning ? 1 : 2;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_COMPARE_FINDINGS_H_
