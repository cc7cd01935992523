// recognize: sentence -> Mentions (numbers, money, percentages, ranks,
// multipliers, durations, dates), each with a normalized interval value.
//
// Takes:     the normalized document text, one sentence span at a time, and
//            RecognizeOptions (the publication date that anchors relative and
//            partial dates; the currency a bare "$" means).
// Returns:   Mentions appended in text order, non-overlapping. Spans are in
//            the NORMALIZED text (`norm`); MapToOriginal() fills `span` with
//            bytes of the original file.
// Guarantees: values are intervals (see value.h): hedges ("more than",
//            "nearly", "about", "up to") bound them, written precision widens
//            them ("10.3 billion" is +-0.05 billion); the hedge text is kept
//            as written. Dates with no year and relative dates ("today",
//            "last year", "two months ago") are anchored to the publication
//            date, or left `unresolved` with a TIMEX-style pattern. A date
//            that does not exist ("February 30, 2025") is kept, flagged
//            `invalid`. A weekday written next to a date is kept for checking.
// Never:     reads files, throws on any input, or allocates per token (token
//            buffers are reused across sentences).
// Limits:    at most kMaxMentionsPerSentence mentions per sentence; the
//            segmenter caps sentence length (segment.h).
#ifndef CROSSCHECK_RECOGNIZE_RECOGNIZE_H_
#define CROSSCHECK_RECOGNIZE_RECOGNIZE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "base/span.h"
#include "recognize/lexicon.h"
#include "recognize/value.h"

namespace crosscheck {

class OffsetMap;
struct Language;

// Generous on purpose: a sentence is at most kMaxSentenceBytes (8 KiB) long,
// so this bounds memory without ever dropping a figure from real text.
constexpr size_t kMaxMentionsPerSentence = 4096;

struct Mention {
  Kind kind = Kind::kNumber;
  Span span;                   // original file bytes (after MapToOriginal)
  Span norm;                   // normalized text
  Span qualifier;              // normalized text of the hedge; empty when there is none
  std::string qualifier_text;  // the hedge as written ("more than"), empty when none
  Hedge hedge = Hedge::kNone;
  Interval value;               // every kind but kDate
  std::string unit;             // ISO 4217 for money; "year", "day", ... for durations
  DateValue date;               // kDate only
  int weekday = 0;              // weekday written with the date (1 = Monday), 0 = none
  Span weekday_norm;            // where that weekday is written
  std::string currency_family;  // "dollar" for a bare "$" that stayed ambiguous
  bool ambiguous_currency = false;
  bool percentage_points = false;
  Change change = Change::kNone;  // a rise or a fall of `value` ("slumped 4%")
  bool anniversary = false;       // "70th anniversary"
  bool range = false;             // written as a range ("9-13", "between 5 and 7")
  int relative = 0;               // -1 "ago"/"earlier"/"before", +1 "later"/"after"
  // Durations: the time since the previous one, looked back on from the
  // publication date ("the first visit in 11 years").
  bool since_last = false;
  // Durations that run up to or from the publication date ("the past six
  // months", "over the coming decade"): those days, in `date`.
  bool anchored = false;
  bool overflow = false;  // written, but too large to hold: no value (value unbounded)
  uint32_t sentence = 0;  // index of the sentence in its document
};

struct RecognizeOptions {
  std::optional<Day> anchor;                  // publication date
  std::string default_currency;               // what a bare family symbol means ("$" -> "SGD")
  const CurrencyTable* currencies = nullptr;  // nullptr = the built-in table
  std::optional<int32_t> anchor_time;         // the publication time of day (seconds), when known
  bool day_first = false;                     // "04/05/2025" is 4 May (most outlets outside the US)
  const Language* language = nullptr;         // nullptr = English
};

class Recognizer {
 public:
  explicit Recognizer(RecognizeOptions options);
  ~Recognizer();
  Recognizer(const Recognizer&) = delete;
  Recognizer& operator=(const Recognizer&) = delete;

  void set_anchor(std::optional<Day> anchor);
  void set_default_currency(std::string code);
  void set_day_first(bool day_first);
  // REQUIRES: *language outlives the recognizer (BuiltinLanguages() entries do).
  void set_language(const Language* language);

  // Appends the mentions of text[sentence) to *out.
  void Recognize(std::string_view text, Span sentence, uint32_t sentence_index,
                 std::vector<Mention>* out);

  // Appends every numeral (the bare numbers inside all other mentions too),
  // as kNumber mentions. Used to score number recognition on its own.
  void Numerals(std::string_view text, Span sentence, std::vector<Mention>* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Fills Mention::span from Mention::norm through the document's offset map.
void MapToOriginal(const OffsetMap& map, std::vector<Mention>* mentions);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_RECOGNIZE_H_
