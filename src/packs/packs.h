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
#include "recognize/lexicon.h"
#include "recognize/value.h"

namespace crosscheck {

// A phrase as folded words: "Vietnam–Singapore" -> {"vietnam", "singapore"}.
using Phrase = std::vector<std::string>;

// Lower-cases, strips accents (NFD, drop marks; đ -> d) and splits at anything
// that is not a letter or digit.
Phrase FoldWords(std::string_view text);

enum class Quantity { kMoney, kCount, kPercent, kDuration, kRank, kRatio };
const char* QuantityName(Quantity q);

struct Entity {
  std::string id;             // canonical id, e.g. "VN"
  std::string kind;           // "country", "organization", ... (free text, used by metrics)
  std::string label;          // the first name, for messages
  std::vector<Phrase> names;  // names and demonyms, folded
  std::vector<std::string> abbreviations;  // matched case-sensitively
};

struct Metric {
  std::string id;
  std::string description;
  std::vector<Phrase> cues;
  std::vector<Phrase> counted;  // count metrics: nouns right after the number ("14 seaports")
  std::vector<Phrase>
      context;  // the sentence must also mention one of these (or the metric is skipped)
  Quantity quantity = Quantity::kCount;
  bool stock = false;                       // true: "as of" a date; false: a flow over a period
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
};

struct ClaimPack {
  // Entity names by their first folded word, for one lookup per word.
  struct NameRef {
    size_t entity;
    Phrase phrase;
    bool abbreviation;  // must be written with a capital
  };
  std::unordered_map<std::string, std::vector<NameRef>> name_index;

  std::vector<std::string> files;
  std::vector<Entity> entities;
  std::vector<Metric> metrics;
  std::vector<Source> sources;
  std::vector<Fact> facts;
  std::vector<Rate> rates;

  const Entity* FindEntity(std::string_view id) const;
  const Metric* FindMetric(std::string_view id) const;
  // The source whose name or domain matches a document's metadata, or nullptr.
  const Source* FindSource(std::string_view source, std::string_view url) const;
  // Converts amount in `from` to `to` with the rate closest in time to `when`.
  std::optional<double> Convert(double amount, std::string_view from, std::string_view to,
                                Day when) const;
};

// Loads every *.toml under each path (files or directories), in order. Files
// that only hold currency data (claims/currencies.toml) are skipped here.
Result<ClaimPack> LoadPacks(const std::vector<std::string>& paths);
// Parses one pack from memory; `path` names it in errors. Merges into *pack.
bool LoadPackText(std::string_view text, const std::string& path, ClaimPack* pack,
                  Diagnostic* error);

}  // namespace crosscheck

#endif  // CROSSCHECK_PACKS_PACKS_H_
