// extract: Mentions + ClaimPack -> Claims.
//
// Takes:     one document's mentions (with its normalized text and sentences)
//            and the compiled ClaimPack.
// Returns:   Claims in document order. Each has a metric id (a pack metric,
//            or "generic:<signature>" for a figure no pack describes), sorted
//            subject ids, a period (flows) or an as-of date (stocks), the
//            value of its mention, a modality (actual, estimate, target,
//            forecast) and, when the sentence says who said it, an attribution.
// How:       named steps per figure (claims.cc):
//            BindMetric   the metric whose cue phrase is nearest in the
//                         figure's sentence (counted nouns right after a count
//                         bind strongest; `context` metrics win ties);
//            ResolveTime  the figure's own time expression ("X in 2022",
//                         "from A in 2016 to B in 2023") before one elsewhere
//                         in the sentence (a fronted "In 2021, ..."); a base of
//                         comparison ("up 12% from 2021") never; a growth rate
//                         takes the period of what grew (time_scope.cc);
//            ResolveSubjects  entities of the figure's clause, then earlier
//                         sentences, then the document's main pair (which
//                         "the two countries" and aliases resolve to); roles
//                         for directional metrics and ranks (subjects.cc);
//            Basis, modality, attribution from the clause's words.
//            Dates and ages ("50 years of relations") near an event metric's
//            cue become date claims (events.cc). Every claim says how sure
//            each part of its identity is, and why (ClaimConfidence).
//            Words that mark modality, bases, roles and time are English
//            language knowledge and live in these files, like hedges in
//            recognize/; the pack holds domain knowledge.
// Never:     reads files or fails; a figure that cannot be bound is either a
//            generic claim or, if it carries no checkable content (a small
//            spelled-out number such as "the two countries"), no claim.
#ifndef CROSSCHECK_EXTRACT_CLAIMS_H_
#define CROSSCHECK_EXTRACT_CLAIMS_H_

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "load/load.h"
#include "packs/packs.h"
#include "recognize/document_mentions.h"

namespace crosscheck {

constexpr int kSubjectLookback = 5;  // sentences
constexpr int kCueWindow = 14;       // words between a figure and its cue
constexpr int kDurationCueWindow = 4;

enum class Modality { kActual, kEstimate, kTarget, kForecast };
const char* ModalityName(Modality m);

// How sure one part of a claim's identity is. Errors need kHigh everywhere.
enum class Confidence { kLow = 0, kMedium = 1, kHigh = 2 };
const char* ConfidenceName(Confidence c);

struct ClaimConfidence {
  Confidence metric = Confidence::kLow, subjects = Confidence::kLow, period = Confidence::kLow;
  // A currency written with the amount, or read from the document or its
  // outlet, is sure; a bare "$" filled in from the pack's default is a guess.
  Confidence currency = Confidence::kHigh;
  // Where each part came from ("cue in the clause", ...): literals, so a
  // claim carries no extra allocation for them.
  const char* metric_from = "";
  const char* subjects_from = "";
  const char* period_from = "";
  const char* currency_from = "";
  Confidence Overall() const {
    return std::min(std::min(metric, currency), std::min(subjects, period));
  }
  // The part of the identity that is least sure, and where it came from:
  // "subjects: the document's main pair". Empty when all are sure.
  std::string Weakest() const;
};

struct Period {
  bool known = false;
  Day start = 0, end = 0;  // inclusive
  std::string label;       // "2024", "2024-03", "2024-Q3", "2025-2030"
};

// The frame a figure's claim was bound with (extract/frame.h), as the report
// shows it: why the figure became this claim.
struct ClaimFrame {
  std::string counted;        // the counted noun as written; empty: none found
  bool head_found = false;    // counts: whether a counted noun was found at all
  std::string percent;        // percentages: "growth", "share" or "rate"
  std::string time = "none";  // "period", "as_of", "since" or "none"
  bool accumulation = false;
  bool apposition = false;
  bool reach_cut = false;  // the clause ran past extract::kFrameReach words and was cut
  std::string clause;      // the clause as written
  std::string cue;         // the cue that named the metric, as written; empty: none
  // Metrics whose cue was near but whose frame did not fit, and why
  // ("investment.projects: counts another noun").
  std::vector<std::string> rejected;
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
  // Whose statistics the figure is (an entity id), and where that was read:
  // "sentence" ("according to Arcadian data"), "speaker" (the country of the
  // one quoted: "the ambassador said"), "source" (the pack's [[source]]
  // country), "domain" (the outlet's country-code domain); empty if unknown.
  std::string basis_entity, basis_from;
  std::string scope;   // ranks: the ranking's scope (the union in "second in the Northern Union");
                       // "" = overall
  bool event = false;  // a date claim of an event metric; the value is mention.date
  bool derived = false;  // the date is implied by an age or anniversary, not written
  // Events: the previous occurrence before the article's own ("the first
  // visit in 11 years"); as_of is the publication date it was seen from.
  bool previous = false;
  // A target's deadline as a claim of its own (the value is mention.date):
  // the target it belongs to, as described ("40 billion USD"), so that
  // "US$40 billion by 2028" and "by 2030" in the same week conflict.
  std::string deadline_of;
  // Events: how long it lasted ("a two-day visit"); the value is the
  // mention's duration, compared with the days other articles give.
  bool span = false;
  // Stocks: counts only what is still in force ("312 valid licences"); such a
  // stock may fall, and may be below an all-time total written plainly.
  bool in_force = false;
  // Stocks: the all-time whole an in-force part is given of ("214 projects,
  // of which 176 are valid"); not comparable with in-force figures.
  bool whole = false;
  // Extraction only: the index of the mention that gave a flow its period
  // from the figure's own phrase (a target's deadline), or -1.
  int deadline_mention = -1;
  std::string currency_from;  // a bare "$" resolved: "document", "source" or "pack"
  ClaimConfidence confidence;
  ClaimFrame frame;
  Span sentence;  // original file bytes
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

// "more than 9 billion USD", "9-9.5 billion USD", "about 1973" -- for
// messages: figures as people write them, never scientific notation
// (describe.cc).
std::string DescribeValue(const Claim& c);
// "10.3 billion", "18,000", "0.5" -- an amount as editors write it.
std::string Amount(double v);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_CLAIMS_H_
