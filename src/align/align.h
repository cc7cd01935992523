// align: Claims from all documents -> Alignments with verdicts.
//
// Takes:     every claim of a run and the ClaimPack (tolerances, rates).
// Returns:   Alignments: groups of two or more comparable claims from two or
//            more places, each with a verdict and a one-sentence reason.
//            Comparable means: same metric, same subjects (and, for ranks,
//            the same owner), same period for flows (stocks compare across
//            as-of dates), same currency after conversion with a pack rate.
//            Actual and estimated figures group together; targets and
//            forecasts form target_vs_actual groups with the latest actual.
//            Generic claims align only across documents.
// Cost:      one hash map keyed by the comparison key: linear in claims.
//            Groups larger than kMaxGroup keep the first kMaxGroup claims.
// Also:      NotComparable(): same figure in currencies without a rate.
#ifndef CROSSCHECK_ALIGN_ALIGN_H_
#define CROSSCHECK_ALIGN_ALIGN_H_

#include <string>
#include <vector>

#include "extract/claims.h"
#include "packs/packs.h"

namespace crosscheck {

constexpr size_t kMaxGroup = 64;

enum class Verdict { kAgree, kCompatible, kConflict, kTargetVsActual, kTrend };
const char* VerdictName(Verdict v);

struct Alignment {
  std::string id;  // "g4"
  std::string metric;
  std::vector<std::string> subjects;
  Period period;               // flows; empty label for stocks
  std::vector<size_t> claims;  // indices into the run's claims, reading order
  Verdict verdict = Verdict::kAgree;
  std::string reason;  // one sentence an editor understands
};

struct NotComparable {
  std::vector<size_t> claims;
  std::string reason;
};

struct AlignResult {
  std::vector<Alignment> alignments;
  std::vector<NotComparable> not_comparable;
};

AlignResult Align(const std::vector<Claim>& claims, const ClaimPack& pack);

// The claim's value as an interval in `unit` (money converted with the pack's
// rates), widened by the metric's tolerance. False if it cannot be converted.
bool ComparableValue(const Claim& c, const ClaimPack& pack, const std::string& unit, Interval* out);

// "more than 9 billion USD", "10.25-10.35 billion USD" -- for messages.
std::string DescribeValue(const Claim& c);

}  // namespace crosscheck

#endif  // CROSSCHECK_ALIGN_ALIGN_H_
