// extract: Mentions + ClaimPack -> Claims.
//
// Takes:     one document's mentions (with its normalized text and sentences)
//            and the compiled ClaimPack.
// Returns:   Claims in document order. Each has a metric id (a pack metric,
//            or "generic:<signature>" for a figure no pack describes), sorted
//            subject ids, a period (flows) or an as-of date (stocks), the
//            value of its mention, a modality (actual, estimate, target,
//            forecast) and, when the sentence says who said it, an attribution.
// How:       a mention binds to the metric whose cue phrase is nearest in its
//            sentence (counted nouns right after a count bind strongest;
//            metrics whose `context` is present win over those without).
//            Subjects come from the sentence, nearest first, then from up to
//            kSubjectLookback earlier sentences. Periods come from a date in
//            the sentence. Words that mark modality are English language
//            knowledge and live in claims.cc, like hedges in recognize/.
// Never:     reads files or fails; a figure that cannot be bound is either a
//            generic claim or, if it carries no checkable content (a small
//            spelled-out number such as "the two countries"), no claim.
#ifndef CROSSCHECK_EXTRACT_CLAIMS_H_
#define CROSSCHECK_EXTRACT_CLAIMS_H_

#include <optional>
#include <string>
#include <vector>

#include "load/load.h"
#include "packs/packs.h"
#include "pipeline/pipeline.h"

namespace crosscheck {

constexpr int kSubjectLookback = 5;  // sentences
constexpr int kCueWindow = 14;       // words between a figure and its cue
constexpr int kDurationCueWindow = 4;

enum class Modality { kActual, kEstimate, kTarget, kForecast };
const char* ModalityName(Modality m);

struct Period {
  bool known = false;
  Day start = 0, end = 0;  // inclusive
  std::string label;       // "2024", "2024-03", "2024-Q3", "2025-2030"
};

struct Claim {
  std::string id;      // "c17", unique in a run
  size_t doc = 0;      // index of the document in the run
  Mention mention;     // the figure, spans in the original file
  bool count = false;  // bound to a count metric: reported as value kind "count"
  std::string metric;  // pack metric id or "generic:<signature>"
  bool generic = false;
  std::vector<std::string> subjects;  // sorted entity ids
  std::string owner;                  // ranks: whose ranking ("Arcadia's second-largest");
                                      // directional metrics: the acting subject (the investor)
  Period period;                      // flows
  std::optional<Day> as_of;           // stocks
  Modality modality = Modality::kActual;
  std::string attribution;
  std::string basis;  // the outlet's usual statistical basis, from the pack's [[source]]
  Span sentence;      // original file bytes
};

// Appends the claims of one document to *out; ids continue from out->size().
// With `only`, figures in sentences where only[s] is false are skipped (the
// other sentences still give context, e.g. subjects); diff uses this to
// extract claims from changed sentences alone.
void ExtractClaims(const Document& doc, size_t doc_index, const DocumentMentions& dm,
                   const ClaimPack& pack, std::vector<Claim>* out,
                   const std::vector<bool>* only = nullptr);

// "2024" for a year, "2024-03" for a month, and so on.
std::string PeriodLabel(const DateValue& d);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_CLAIMS_H_
