// align: Claims from all documents -> Alignments (groups of comparable claims).
//
// Takes:     every claim of a run and the ClaimPack (windows, rates).
// Returns:   Alignments: groups of two or more comparable claims from two or
//            more places. Comparable means the same metric, subjects, owner
//            (whose ranking; who invests) and scope, in one currency after
//            conversion with a pack rate, and at one time:
//              flows      the same period (claims with no period align with
//                         nothing: an editor is told they were not checked);
//              stocks     as-of dates within the metric's window_days (greedy
//                         windows from the earliest date), and one `series`
//                         over all its windows when it has two or more (a
//                         stock that only grows is checked for falls there);
//              events     dates within window_days of each other, or all of
//                         them for a one-time event;
//              targets    the same deadline (a target with none joins the one
//                         deadline its key has, if it has one), plus a
//                         target_vs_actual group with the latest actual.
//            Actual and estimated figures group together. Generic claims
//            align only across documents. Groups are never cut: a group of
//            any size is kept whole (its reason summarizes distinct values).
//            Members are ordered by document and position, so results do not
//            depend on the order documents were given.
// Does not:  decide verdicts; compare/verdict.h does, in one place.
// Cost:      one hash map keyed by the comparison key, then a sort per key:
//            O(n log n) in claims.
// Also:      not_comparable: the same figure in currencies without a rate
//            (compare/ reports them).
#ifndef CROSSCHECK_ALIGN_ALIGN_H_
#define CROSSCHECK_ALIGN_ALIGN_H_

#include <string>
#include <vector>

#include "extract/claims.h"
#include "packs/packs.h"

namespace crosscheck {

enum class Verdict { kAgree, kCompatible, kConflict, kTargetVsActual, kTrend, kNotComparable };
const char* VerdictName(Verdict v);

enum class Relation { kSamePeriod, kSameAsOfWindow, kSeries, kEvent, kTarget, kTargetVsActual };
const char* RelationName(Relation r);

struct Alignment {
  std::string id;  // "g4"
  std::string metric;
  std::vector<std::string> subjects;
  std::string owner, scope;
  bool previous = false;    // events: the occurrence before the articles' own
  std::string deadline_of;  // deadlines: the target's value ("25 billion USD")
  Relation relation = Relation::kSamePeriod;
  Period period;               // flows; for stocks and events the window of dates
  std::string unit;            // the unit values are compared in ("USD")
  std::vector<size_t> claims;  // indices into the run's claims, by document then position
  // Decided by Judge() (compare/verdict.h):
  Verdict verdict = Verdict::kAgree;
  std::string reason;                         // one sentence an editor understands
  std::vector<size_t> disputed;               // conflict/trend: the claims that cannot both be true
  Confidence confidence = Confidence::kHigh;  // the weakest identity among `disputed` (or all)
  // What made it less than sure: "c12 subjects: the document's main pair".
  std::string unsure;
  // The disputed claims are statistics of one stated basis (or no
  // statistics: dates, ranks): a conflict between them can be an error.
  bool same_basis = true;
  std::string matched;  // which fields matched ("metric, subjects, period 2024")
};

// Claims of one metric and period in two or more currencies that no rate
// converts; compare/ says so (currency-not-comparable).
struct NotComparable {
  std::vector<size_t> claims;
};

struct AlignResult {
  std::vector<Alignment> alignments;
  std::vector<NotComparable> not_comparable;
};

// Groups claims; verdicts are left for Judge().
AlignResult Align(const std::vector<Claim>& claims, const ClaimPack& pack);

// The unit a claim is compared in: money converts to USD when the pack can.
std::string CompareUnit(const Claim& c, const ClaimPack& pack);

// The claim's value as an interval in `unit` (money converted with the pack's
// rates), widened by the metric's tolerance. False if it cannot be converted.
bool ComparableValue(const Claim& c, const ClaimPack& pack, const std::string& unit, Interval* out);

}  // namespace crosscheck

#endif  // CROSSCHECK_ALIGN_ALIGN_H_
