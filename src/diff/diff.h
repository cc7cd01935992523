// diff: two documents -> sentence alignment, number-aware word diff, claim diff.
//
// Takes:     a CheckRun over exactly two documents (old, new): their
//            normalized text, sentences, mentions and claims.
// Returns:   a DocDiff. Sentences are aligned with dtl on sentence keys
//            (identical sentences anchor the alignment); the unmatched ones
//            between anchors are paired by similarity (LCS of tokens) as
//            changed, moved, split or merged, else added or removed. Inside
//            a pair, words are diffed with dtl. A figure ("US$9 billion") is
//            ONE token compared by its normalized value, so "US$9 billion" ->
//            "9 billion USD" is a formatting change and "US$9 billion" ->
//            "US$10.3 billion" a change of value. Whitespace and markup never
//            show (they are gone after normalization).
//            Claims are matched by metric, subjects, period/stock and
//            modality: added, removed, changed (old value -> new value).
// Modes:     kVersions (two versions of one article) or kCompare (two outlets:
//            every sentence of the old text is paired with the most similar
//            sentence of the new one, found through an inverted index).
// Budgets:   dtl's cost grows with edit distance, so sentences are aligned
//            first, with MatchSequences (diff/lines.h): unique sentences
//            anchor, dtl runs only between anchors, and a stretch of more
//            than kMaxSentenceGap unanchored sentences (two unrelated texts)
//            is matched greedily by hash instead.
//            Similarity pairing inside one gap is capped at kMaxGapPairs
//            comparisons; in compare mode only tokens found in at most
//            kMaxPostings sentences propose candidates (five per sentence).
//            Word diffs run only inside sentence pairs. Measured worst cases
//            (2 x 10 MB, unrelated or reversed): 2.5-5.6 s, linear.
#ifndef CROSSCHECK_DIFF_DIFF_H_
#define CROSSCHECK_DIFF_DIFF_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compare/check_run.h"

namespace crosscheck {

constexpr size_t kMaxSentenceGap = 4000;
constexpr size_t kMaxGapPairs = 2000;
constexpr size_t kMaxPostings = 64;  // compare mode: sentences a pairing token may name

enum class DiffMode { kVersions, kCompare };

struct WordOp {
  enum Type { kCommon, kAdd, kDelete, kFormat } type = kCommon;
  Span old_span, new_span;  // original file bytes (empty on the side that has none)
  Span old_norm, new_norm;  // the same words in each side's normalized text: what readers see
  bool figure = false;
};

struct SentencePair {
  enum Kind {
    kSame,
    kFormat,
    kChanged,
    kMoved,
    kSplit,
    kMerged,
    kAdded,
    kRemoved,
    kSimilar
  } kind = kSame;
  std::vector<uint32_t> old_sentences, new_sentences;  // indices; 0, 1 or 2 each
  double similarity = 1;
  std::vector<WordOp> ops;
};
const char* PairKindName(SentencePair::Kind k);

struct ClaimChange {
  enum Kind { kAdded, kRemoved, kChanged } kind = kAdded;
  int old_claim = -1, new_claim = -1;  // indices into run.claims
};

struct DocDiff {
  DiffMode mode = DiffMode::kVersions;
  std::vector<SentencePair> pairs;  // in new-document order (old-only ones where they were)
  std::vector<ClaimChange> claims;
  size_t value_changes = 0;   // words or figure values added, removed or changed
  size_t format_changes = 0;  // figures written differently with the same value
  bool fallback = false;      // the sentence budget was exceeded; see header
};

// REQUIRES: run.documents.size() == 2 and run.mentions filled. Claims are
// compared as far as run.claims holds them.
DocDiff DiffDocuments(const CheckRun& run, DiffMode mode);
// The same, where only the sentences focus_old / focus_new mark (indices of
// run.mentions[side].sentences) may have changed; the others are context the
// two sides share byte for byte, compared by their bytes alone.
DocDiff DiffDocuments(const CheckRun& run, DiffMode mode, const std::vector<bool>* focus_old,
                      const std::vector<bool>* focus_new);

// Claim changes between the run's two documents (added, removed, changed).
std::vector<ClaimChange> DiffClaims(const CheckRun& run);

// Which sentences of side 0 (old) or 1 (new) take part in a change.
std::vector<bool> ChangedSentences(const DocDiff& diff, int side, size_t sentence_count);

// Guess: two versions of one article share their title or their source.
DiffMode GuessMode(const Document& a, const Document& b);

}  // namespace crosscheck

#endif  // CROSSCHECK_DIFF_DIFF_H_
