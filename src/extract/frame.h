// extract/frame: what a figure's own clause says about it, read before any
// metric is chosen.
//
// Takes:     one sentence's words and figures (a SentenceView), one figure,
//            and the document language's frame word classes (FrameWords,
//            from the [frame] tables of claims/lexicon/<lang>.toml).
// Returns:   a Frame: the figure's clause (words bounded by punctuation and
//            the language's clause-opening words), the noun a count counts
//            (the first content word after the figure past modifiers; "N of
//            the X" reads X; "the number of X ... N" reads X), the currency,
//            the kind of percentage (a change, a part of a whole, a level),
//            how the clause places it in time (a period, an as-of date, the
//            start of an accumulation, or nothing), and whether it is a part
//            ("11 other ports") or a stock of what still holds ("valid").
// Never:     looks at a metric or a pack. Binding (claims.cc) reads the
//            frame and a metric's declared frame (packs.h) and binds only
//            when they fit; it cannot change the frame. A frame that found no
//            counted noun says so, and a count bound without one can bind a
//            metric but never raise an alarm.
#ifndef CROSSCHECK_EXTRACT_FRAME_H_
#define CROSSCHECK_EXTRACT_FRAME_H_

#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/sentence_words.h"
#include "packs/packs.h"
#include "recognize/document_mentions.h"
#include "recognize/lexicon.h"

namespace crosscheck::extract {

struct SentenceView;
struct FigureRef;

// The frame word classes of one language, folded like sentence words.
struct FrameWords {
  std::array<std::vector<Phrase>, static_cast<size_t>(FrameClass::kCount)> classes;
  // The first words of each class's phrases: most words start none, and are
  // turned away with one lookup.
  std::array<std::unordered_set<std::string>, static_cast<size_t>(FrameClass::kCount)> first;
  const std::vector<Phrase>& Of(FrameClass c) const { return classes[static_cast<size_t>(c)]; }
};
// The classes of a lexicon, folded; built once per lexicon and kept for the
// program's life (lexicons are built-in and live as long).
const FrameWords& FrameWordsOf(const Lexicon& lexicon);

// How the clause places the figure in time.
enum class FrameTime {
  kNone,    // no time in the clause
  kPeriod,  // over a period: "in 2024", "in the first nine months of 2019"
  kAsOf,    // at a date: "as of March", "by the end of 2023", "on May 5"
  kSince,   // summed from a start: "since 1998", "over the past two decades"
};
const char* FrameTimeName(FrameTime t);

// A frame reads at most this many words either side of its figure. News
// clauses are far shorter; the bound keeps a "sentence" of thousands of
// figures (a flattened table, a list of numbers) linear in its length, and
// a clause it cuts is marked (Frame::reach_cut) and counted in the report.
constexpr size_t kFrameReach = 48;

struct Frame {
  size_t clause_begin = 0, clause_end = 0;  // words of the figure's clause
  bool reach_cut = false;  // the clause ran on past kFrameReach words and was cut there
  // The clause began with an appositive ("..., up 12%", "..., or 28% of the
  // total"): the clause before it is the figure's too, and is included.
  bool apposition = false;
  // The counted noun phrase, words [head, head_end); head_found false when
  // the words after a count are no noun ("14 in 2024").
  bool head_found = false;
  size_t head = 0, head_end = 0;
  std::string counted;  // its words as written, for the report
  // Money: the ISO code, or the currency family of a bare sign ("dollar");
  // empty when the amount carries none.
  std::string currency;
  PercentKind percent = PercentKind::kAny;  // percentages: growth, share or rate
  FrameTime time = FrameTime::kNone;
  bool accumulation = false;  // a word of accumulation in the clause ("cumulative")
  bool partial = false;       // a part: "the 11 other ports", "three more parks"
  bool in_force = false;      // what still holds: "312 valid licences"
  // A rank written after "one of the", "among the": one of a set, so an
  // exact place read there ("one of the 4th largest") is not what was said.
  bool membership = false;
};

// Reads the frame of figure `figure` of sentence v.
Frame ReadFrame(const FrameWords& classes, const SentenceView& v, size_t figure,
                const DocumentMentions& dm);

// The length of the phrase of class c that starts at word k, or 0.
size_t ClassAt(const FrameWords& classes, FrameClass c, const std::vector<Word>& words, size_t k);
// Does a phrase of class c end right before word `end`?
bool ClassEndsAt(const FrameWords& classes, FrameClass c, const std::vector<Word>& words,
                 size_t end);

// Is there a phrase of class c in words [from, to)?
bool HasClassIn(const FrameWords& classes, FrameClass c, const std::vector<Word>& words,
                size_t from, size_t to);

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_FRAME_H_
