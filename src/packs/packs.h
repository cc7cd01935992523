// packs: claims/*.toml -> a compiled ClaimPack.
//
// Takes:     the TOML files of one or more claim packs (a directory is read in
//            name order; files merge into one ClaimPack).
// Returns:   entities, metrics, sources, reference facts and currency rates,
//            validated and compiled once: cue phrases and names are split into
//            folded words (lower case, accents and punctuation removed) so
//            extraction never touches TOML again.
// Rejects:   malformed TOML, unknown keys (with a "did you mean"), missing
//            required keys, values outside their allowed set, duplicate ids,
//            references to unknown entities. Each error names file:line:col
//            and the key path; loading stops at the first error so a run
//            never starts with half a pack.
// Format:    docs/packs.md, and the commented claims/asean-trade-diplomacy.toml.
#ifndef CROSSCHECK_PACKS_PACKS_H_
#define CROSSCHECK_PACKS_PACKS_H_

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/civil_date.h"
#include "base/diag.h"
#include "base/stem.h"
#include "recognize/lexicon.h"
#include "recognize/value.h"

namespace crosscheck {

// A phrase as folded words: "Arcadia–Borealia" -> {"arcadia", "borealia"}.
using Phrase = std::vector<std::string>;

// Lower-cases, strips accents (NFD, drop marks; đ -> d) and splits at anything
// that is not a letter or digit.
Phrase FoldWords(std::string_view text);
// The same words lower-cased with their accents kept ("lào", "échanges").
Phrase LowerWords(std::string_view text);
// The stem of a lower-case word, accents folded after stemming (a stemmer
// knows its language's accents); a null stemmer stems nothing.
std::string FoldedStem(Stemmer* stemmer, std::string_view lower);
// A phrase as folded stems: "bilateral trading" -> {"bilater", "trade"}.
Phrase StemPhrase(std::string_view text, Stemmer* stemmer);

// Default as-of window of a stock metric, in days (half a year).
constexpr int kDefaultStockWindowDays = 183;

enum class Quantity { kMoney, kCount, kPercent, kDuration, kRank, kRatio, kDate };
// How a metric's figure relates to time: a flow over a period, a stock as of a
// date, or the date of an event (relations established, a visit).
enum class Temporal { kFlow, kStock, kEvent };
const char* QuantityName(Quantity q);

struct Entity {
  std::string id;             // canonical id, e.g. "VN"
  std::string kind;           // "country", "organization", ... (free text, used by metrics)
  std::string label;          // the first name, for messages
  std::vector<Phrase> names;  // names and demonyms, folded
  std::vector<std::string> abbreviations;  // matched case-sensitively
  // Noun phrases that may stand for this entity ("the city-state", "the
  // kingdom"). Several entities may share one; a document resolves it to the
  // entity among its own main subjects.
  std::vector<Phrase> aliases;
  std::vector<std::string> tlds;  // country-code domains of its outlets ("vn")
};

// The kind of percentage a percent metric is: a change over time ("up 12%"),
// a part of a whole ("28% of the total"), or a level ("an interest rate of
// 5%"). kAny takes every percentage.
enum class PercentKind { kAny, kGrowth, kShare, kRate };
const char* PercentKindName(PercentKind k);

struct Metric {
  std::string id;
  std::string description;
  // Cue phrases, counted nouns and context phrases as folded stems, each
  // stemmed with its own language's stemmer (`cues`, `cues_in`: docs/packs.md).
  std::vector<Phrase> cues;
  std::vector<std::string> cue_langs;  // the language of each cue
  // Each cue as folded words, unstemmed: matched as written where the
  // document's language stems differently (an English cue in a Vietnamese
  // article).
  std::vector<Phrase> cue_words;
  std::vector<Phrase> counted;  // count metrics: the counted noun (the head of "14 seaports")
  std::vector<Phrase>
      context;  // the sentence must also mention one of these (or the metric is skipped)
  PercentKind percent = PercentKind::kAny;
  // Money must carry a currency (a code, symbol or family) to be this metric.
  bool currency_required = true;
  // A stock that adds up over time (cumulative investment): a figure over a
  // period with no word of accumulation ("invested $2bn in 2019") is a flow,
  // never this stock.
  bool accumulates = false;
  Quantity quantity = Quantity::kCount;
  Temporal temporal = Temporal::kFlow;
  bool stock = false;  // temporal == kStock
  // Stocks: claims align when their as-of dates lie within this many days.
  // Events: claims of one event lie within it (a visit); 0 = a one-time event.
  int window_days = 0;
  // Events: a duration next to a cue says how long ago it happened ("50 years
  // of diplomatic relations"), so it implies the event's date.
  bool aged = false;
  // A rank written by a figure of this metric with no rank cue of its own
  // ranks by it: "capital of US$13 billion, ranking third" is an investor
  // rank. The id of a metric of quantity rank, or empty.
  std::string ranked_as;
  // Disjoint figures further apart than this share of the lower one, with
  // neither basis stated in the text, are reported as likely different
  // statistical bases (not_comparable), not a conflict. 0 = never.
  double basis_gap = 0;
  int subjects = 0;                         // how many entities the figure is about
  std::string subject_kind;                 // only entities of this kind count as subjects
  std::vector<std::string> fixed_subjects;  // subjects implied by the cue itself
  double tolerance_relative = 0;
  double tolerance_absolute = 0;
  bool grows = false;        // a stock that only grows (counts of parks, cumulative totals)
  bool directional = false;  // A->B differs from B->A (investment of A in B)
};

struct Source {
  std::string name;
  std::vector<std::string> domains;
  std::string currency;  // what a bare "$" means at this outlet
  std::string basis;     // its usual statistical basis ("customs data", "registered capital")
  std::string country;   // entity id of the outlet's country: whose statistics it usually quotes
};

struct Fact {
  std::string id;
  std::string description;
  std::vector<std::string> subjects;
  std::vector<Phrase> cues;
  Day date = 0;
  Granularity granularity = Granularity::kDay;
};

struct Rate {
  std::string from, to;
  double rate = 0;  // 1 `from` = rate `to`
  Day date = 0;
  // How far the rate may be off for a figure dated near `date` (0.05: 5%
  // either way), as an annual average is for any one day of its year.
  double spread = 0;
};

struct ClaimPack {
  // Entity names by their first folded word, for one lookup per word.
  struct NameRef {
    size_t entity;
    Phrase phrase;
    bool abbreviation;  // must be written with a capital
    // The name lower-cased with its accents ("lào"): in a text written with
    // accents, a word matches only the name with the same accents, so that
    // a common word that folds like a name ("lao", labour) is no name.
    Phrase lower;
    bool capitalized = false;  // the pack writes it with a capital ("Laos")
  };
  std::unordered_map<std::string, std::vector<NameRef>> name_index;

  std::vector<std::string> files;
  std::vector<Entity> entities;
  std::vector<Metric> metrics;
  std::vector<Source> sources;
  std::vector<Fact> facts;
  std::vector<Rate> rates;
  // What a bare family symbol means when neither the document nor its source
  // says: {"dollar": "USD"} for a beat reported in US dollars.
  std::map<std::string, std::string> currency_defaults;
  // Phrases that name the document's main pair of subjects together ("the
  // two countries", "both sides", "bilateral"), in any language of the beat.
  std::vector<Phrase> pair_phrases;
  // Metric cue phrases by their first folded word, for one lookup per word
  // of a sentence instead of a comparison with every cue.
  struct CueRef {
    size_t metric;
    size_t cue;           // index into metrics[metric].cues
    bool folded = false;  // match cue_words[cue] against folded words, not stems
  };
  std::unordered_map<std::string, std::vector<CueRef>> cue_index;
  // Alias phrases by their first folded word (entity indices sharing it).
  struct AliasRef {
    std::vector<size_t> entities;
    Phrase phrase;
  };
  std::unordered_map<std::string, std::vector<AliasRef>> alias_index;

  const Entity* FindEntity(std::string_view id) const;
  const Metric* FindMetric(std::string_view id) const;
  // The source whose name or domain matches a document's metadata, or nullptr.
  const Source* FindSource(std::string_view source, std::string_view url) const;
  // The entity whose country-code domain the URL ends in ("vn" for
  // "https://x.vn/a"), or nullptr.
  const Entity* EntityForUrl(std::string_view url) const;
  // Converts amount in `from` to `to` with the rate closest in time to `when`.
  // *spread (when given) is the chosen rate's spread.
  std::optional<double> Convert(double amount, std::string_view from, std::string_view to, Day when,
                                double* spread = nullptr) const;
};

// Loads every *.toml under each path (files or directories), in order. Files
// that only hold currency data (claims/currencies.toml) are skipped here.
Result<ClaimPack> LoadPacks(const std::vector<std::string>& paths);
// Parses one pack from memory; `path` names it in errors. Merges into *pack.
bool LoadPackText(std::string_view text, const std::string& path, ClaimPack* pack,
                  Diagnostic* error);

}  // namespace crosscheck

#endif  // CROSSCHECK_PACKS_PACKS_H_
