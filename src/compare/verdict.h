// compare/verdict: the one place where an alignment gets its verdict.
//
// Takes:     an Alignment from align/ (members only), the run's claims and
//            the ClaimPack (tolerances, rates).
// Sets:      verdict, the reason as data (Reason; report/explain.h words
//            it), disputed claims and confidence. Values are intervals widened by the metric's
//            tolerance; they all overlap or the two that exclude each other
//            are named (one pass: the highest lower bound against the lowest
//            upper bound, so a group of any size costs linear time).
// Rules:     agree        every claim gives the same value the same way;
//            compatible   the intervals overlap (precision or hedges differ);
//            conflict     two intervals exclude each other, in one basis;
//            not_comparable  they exclude each other only across statistical
//                         bases (one country's statistics vs its partner's):
//                         mirror statistics differ by design;
//            trend        a series of a stock that only grows is lower later;
//            target_vs_actual  how far the latest actual is from the target.
// Never:     reads files or prints.
#ifndef CROSSCHECK_COMPARE_VERDICT_H_
#define CROSSCHECK_COMPARE_VERDICT_H_

#include <vector>

#include "align/align.h"
#include "extract/claims.h"
#include "packs/packs.h"

namespace crosscheck {

void Judge(const std::vector<Claim>& claims, const ClaimPack& pack, Alignment* a);

// Days an event spans as written: "from 29 to 31 January" is 3; 0 for a
// date that is not a written run of days.
Day WrittenDays(const Claim& c);

// At most this many distinct values are listed in a reason; the rest are
// counted ("and 4 more values"), never dropped silently.
constexpr size_t kMaxListedValues = 8;

}  // namespace crosscheck

#endif  // CROSSCHECK_COMPARE_VERDICT_H_
