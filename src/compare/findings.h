// compare: Alignments and single documents -> Findings.
//
// Takes:     the run's documents, their mentions and claims, the alignments,
//            and the ClaimPack (reference facts).
// Returns:   Findings, each with a stable rule id (docs/rules.md), a severity,
//            the claims or spans it rests on in reading order, and one
//            sentence an editor understands.
// Rules:     two tables in findings.cc, listed by FindingRules(): one rule
//            per alignment verdict (and currency-not-comparable), and the
//            single-document rules, each one function. docs/rules.md lists
//            exactly these (a unit test holds the two together).
// Never:     reads files or prints; pure functions of their inputs.
#ifndef CROSSCHECK_COMPARE_FINDINGS_H_
#define CROSSCHECK_COMPARE_FINDINGS_H_

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

struct Finding {
  std::string id;                          // "f3"
  std::string rule;                        // stable rule id
  Severity severity = Severity::kWarning;  // kNote is reported as "info"
  std::string alignment;                   // "g4", or empty for single-document rules
  std::vector<size_t> claims;              // indices into the run's claims
  std::vector<Evidence> evidence;          // spans the finding rests on (always filled)
  std::string message;
};

// Findings from cross-source alignments.
void AlignmentFindings(const std::vector<Claim>& claims, const AlignResult& aligned,
                       std::vector<Finding>* out);

// Findings inside one document. Checks that ran and found nothing wrong go to
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
