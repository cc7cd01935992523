// extract/steps: the named steps of claim extraction, internal to extract/.
//
// A SentenceView is one sentence seen by every step: its words, the entities
// in it (aliases resolved), its figures (non-date mentions) and its dates,
// with each date's relation to the figures worked out once: a base of
// comparison ("from 2021", "compared with 2024") or the own time expression
// of the figure it follows ("US$4 billion in 2022"). The steps read views and
// the DocContext and return small values; claims.cc assembles the Claim.
#ifndef CROSSCHECK_EXTRACT_STEPS_H_
#define CROSSCHECK_EXTRACT_STEPS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/claims.h"
#include "extract/frame.h"
#include "extract/sentence_words.h"

namespace crosscheck::extract {

struct FigureRef {
  size_t mention = 0;     // index into DocumentMentions::mentions
  size_t w0 = 0, w1 = 0;  // words [w0, w1): the figure with its hedge
  // A base of comparison ("up 36% from $95 billion"): the level a change is
  // measured from, which takes only a time of its own phrase.
  bool base = false;
};

struct DateRef {
  size_t mention = 0;
  size_t w0 = 0, w1 = 0;
  bool base = false;  // a base of comparison, never a period
  int owner = -1;     // index into figures of the figure whose own phrase it is
};

struct SentenceView {
  size_t sentence = 0;
  const std::vector<Word>* words = nullptr;
  std::vector<EntityHit> entities;  // resolved ids, none inside a figure
  std::vector<FigureRef> figures;
  std::vector<DateRef> dates;
  bool pair_phrase = false;  // "the two countries", "both sides", "bilateral"
  size_t timed_figures = 0;  // figures that can own a time phrase (not durations, "two")
};

// The furthest any step looks back from a figure's sentence: speaker titles
// (kSpeakerLookback, from up to two sentences back), subjects
// (kSubjectLookback), the event "such" names. Sentences further back are
// released from the cache as the extractor goes forward.
constexpr size_t kMaxSentenceLookback = 16;
// Documents longer than this keep only that window of sentence words: the
// words of a 20 MB article are most of its memory (312 MB against 138 MB),
// while recomputing them costs about 10% of the time. Smaller documents keep
// all words once computed. Results are the same either way.
constexpr size_t kWindowedTextBytes = 1 << 20;

// The statistical basis last read, for the sentence it was read for.
struct BasisMemo {
  size_t sentence = SIZE_MAX;
  std::string entity, from;
};

struct DocContext {
  const Document* doc = nullptr;
  const DocumentMentions* dm = nullptr;
  const ClaimPack* pack = nullptr;
  SentenceCache* cache = nullptr;
  BasisMemo* basis_memo = nullptr;  // ResolveBasis's, one per document
  std::optional<Day> published;
  std::vector<std::string> main;            // the document's main subjects, most mentioned first
  std::string outlet_country, outlet_from;  // whose statistics the outlet usually quotes
  // What a bare family symbol means here, decided once per document:
  // family -> (ISO code, "document" or "pack").
  std::map<std::string, std::pair<std::string, std::string>> bare_currency;
  // The document language's modality phrases, folded (lang/language.h).
  std::vector<Phrase> lang_target, lang_forecast, lang_estimate;
  // The document language's frame word classes (claims/lexicon/<lang>.toml).
  const FrameWords* frame_words = nullptr;
};

// Builds the view of sentence s (time_scope.cc).
SentenceView ViewSentence(const DocContext& ctx, size_t s);

// The document's main subjects: the two country entities it names most
// (first mention breaks ties), for "the two countries" and aliases.
// With `windowed`, sentence words are released as the pass goes on.
std::vector<std::string> MainSubjects(const DocumentMentions& dm, SentenceCache* cache,
                                      const ClaimPack& pack, bool windowed);

struct TimeChoice {
  const Mention* date = nullptr;
  bool own = false;   // the figure's own phrase
  bool base = false;  // a base of comparison with no time of its own: none by rule
  Confidence confidence = Confidence::kLow;
  const char* from = "";  // a literal
};
// The time expression a figure takes (time_scope.cc). Flows skip days and
// "since"/"before"/"until" dates; stocks also take days ("as of March 5").
// With the figure's frame, a time in its clause is read as surely as its own.
TimeChoice ResolveTime(const DocContext& ctx, const SentenceView& v, size_t figure, bool stock,
                       const Frame* frame = nullptr);

struct SubjectChoice {
  std::vector<std::string> ids;  // sorted
  std::string owner;             // directional: who acts; ranks: whose ranking
  std::string scope;             // ranks: the ranking's scope entity
  Confidence confidence = Confidence::kLow;
  const char* from = "";  // a literal
};
// Subjects and roles of the figure (or date) at `f` bound to `metric`
// (null: generic), from the clause, earlier sentences and the main pair
// (subjects.cc).
// With a frame, entities outside the figure's clause come after every
// entity inside it ("A led with X, ahead of B with Y": X is A's).
SubjectChoice ResolveSubjects(const DocContext& ctx, const SentenceView& v, const FigureRef& f,
                              const Metric* metric, const Frame* frame = nullptr);

// "said", "told", "noted" ...: a verb that introduces a speaker (subjects.cc).
bool IsSpeechVerb(const std::string& folded);

// Whose statistics a figure of sentence v is: sets basis_entity and basis_from (subjects.cc):
// a statistics phrase in the sentence or the two before ("according to
// Arcadian data": "sentence"), else the country of whoever the sentence or the
// two before quote ("the ambassador said", resolved through an earlier "the
// Arcadian ambassador Jo Doe": "speaker"), else the outlet's.
void ResolveBasis(const DocContext& ctx, const SentenceView& v, Claim* c);

// True if the word span [begin, end) of `words` overlaps any of `spans`
// (normalized text): a name inside a figure, "US" of "US$9 billion".
bool InsideAny(const std::vector<Word>& words, size_t begin, size_t end,
               const std::vector<Span>& spans);

// True if the number is the size of a ranking ("10th out of 140", "among 40
// countries"), part of the rank rather than a figure of its own.
bool IsRankingSize(const SentenceView& v, size_t figure, const DocumentMentions& dm);

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_STEPS_H_
