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

#include <cstdint>
#include <string>
#include <vector>

#include "extract/claims.h"
#include "packs/packs.h"

namespace crosscheck {

enum class Verdict { kAgree, kCompatible, kConflict, kTargetVsActual, kTrend, kNotComparable };
const char* VerdictName(Verdict v);

enum class Relation { kSamePeriod, kSameAsOfWindow, kSeries, kEvent, kTarget, kTargetVsActual };
const char* RelationName(Relation r);

// Why an alignment has its verdict, as data: which case, the claims it
// names and the figures it computed. report/explain.h writes it in words.
enum class ReasonKind {
  kNone,
  kAllSame,       // every claim gives named[0]'s value the same way
  kConsistent,    // the values differ in precision or hedging only
  kTargetNoRate,  // target and actual in currencies no rate converts
  kTargetGap,     // named = {target, actual}; gap, share
  kSeriesFree,    // a stock over time that may rise or fall
  kSeriesGrows,   // a stock that only grows, growing or holding
  kSeriesFell,    // named = {earlier, later}: lower later
  kEventLengths,  // named = {x, y}: one event cannot last both
  kExclusive,     // named = {x, y}: the intervals exclude each other
  kBases,         // named = {x, y}: they differ on different statistical bases
  kFar,           // named = {x, y}: far apart, bases unsaid; gap
};
struct Reason {
  ReasonKind kind = ReasonKind::kNone;
  std::vector<size_t> named;  // indices into the run's claims, in the order the case names them
  // Conflicts: every other pair that excludes each other, in order.
  std::vector<std::pair<size_t, size_t>> more;
  double gap = 0;    // kTargetGap: target minus actual in the unit; kFar: relative gap
  double share = 0;  // kTargetGap: the actual as a percentage of the target
};

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
  Reason why;
  std::vector<size_t> disputed;               // conflict/trend: the claims that cannot both be true
  Confidence confidence = Confidence::kHigh;  // the weakest identity among `disputed` (or all)
  // What made it less than sure: the claim whose identity is weakest (its
  // confidence says which part), or one that counts only what is in force.
  size_t unsure_claim = SIZE_MAX;
  bool unsure_in_force = false;
  // The disputed claims are statistics of one stated basis (or no
  // statistics: dates, ranks): a conflict between them can be an error.
  bool same_basis = true;
  bool ranked = false;  // the metric is a rank (the owner is whose ranking)
  // Written by report/ (report/explain.h) from the fields above, for every
  // format to say the same: one sentence an editor understands, what
  // matched ("metric trade, subjects VN-SG, period 2024"), and what made
  // the identity unsure ("c12 subjects: the document's main pair").
  std::string reason, matched, unsure;
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
