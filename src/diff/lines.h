// diff/lines: the lines two versions of a text share, found before any
// sentence work, so a long article with a few edits costs a hash per line
// instead of segmentation and recognition of every sentence.
//
// Takes:     two normalized texts (old, new).
// Returns:   LineMatch::Regions: for each side, the regions to analyse: spans of whole lines,
//            ascending. A region holds every line without a partner on the
//            other side plus the lines before it that hold at least
//            need.sentences_before sentences (the claim lookback); a context
//            line's partner is included on the other side too, so both sides
//            see the same context and unchanged context is never reported as
//            a change.
// How:       MatchSequences over line hashes; blank lines are ignored. A
//            moved line falls outside the anchors on both sides and is
//            analysed there, so the sentence diff can call it moved.
//            Matched lines are compared byte for byte: a hash collision can
//            only add work, never hide a change.
//
// MatchSequences is the alignment both this and the sentence diff use, like
// git's patience diff: equal heads and tails match; items that occur exactly
// once in each sequence and are equal anchor the rest (longest increasing
// subsequence); between anchors, equal heads and tails match again and what
// remains is diffed with dtl when it holds at most max_gap items. A larger
// gap (two unrelated texts) is matched greedily in order by hash and sets
// *over_budget: dtl's cost grows with edit distance, this stays linear.
#ifndef CROSSCHECK_DIFF_LINES_H_
#define CROSSCHECK_DIFF_LINES_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "base/span.h"

namespace crosscheck {

constexpr size_t kMaxLineGap = 4000;

struct LineRegions {
  std::vector<Span> old_regions, new_regions;
  std::vector<Span> old_changed, new_changed;  // the changed lines alone, also whole lines
  size_t old_lines = 0, new_lines = 0;         // non-blank lines in each text
  size_t changed_old = 0, changed_new = 0;     // of which have no partner
};

// Matched index pairs, ascending on both sides.
std::vector<std::pair<uint32_t, uint32_t>> MatchSequences(const std::vector<uint64_t>& a,
                                                          const std::vector<uint64_t>& b,
                                                          size_t max_gap, bool* over_budget);

struct ContextNeed {
  size_t sentences_before = 0;
  // Sentences in a line of the old text; null counts one per line (every
  // non-blank line holds at least one, so that is an upper bound on lines).
  std::function<size_t(Span old_line)> sentences_in;
};

class LineMatch {
 public:
  LineMatch(std::string_view old_text, std::string_view new_text);
  LineRegions Regions(const ContextNeed& need) const;

 private:
  std::string_view old_text_, new_text_;
  std::vector<Span> old_lines_, new_lines_;     // non-blank lines
  std::vector<int32_t> match_old_, match_new_;  // partner line, or -1
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DIFF_LINES_H_
