// lang: what a document's language changes in reading it.
//
// Takes:     a BCP 47 tag from the front matter (`lang`).
// Returns:   the Language for it: the full tag if the table has it ("en-GB"),
//            else its primary subtag ("en"), else English. The table is data,
//            claims/languages.toml, compiled in.
// Guarantees: the returned reference lives as long as the program; the
//            English entry exists and reads numbers and dates exactly as the
//            recognizer did before languages were a choice.
// Never:     fails on an unknown tag (it reads as English; the tag is kept
//            in the metadata as written).
#ifndef CROSSCHECK_LANG_LANGUAGE_H_
#define CROSSCHECK_LANG_LANGUAGE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diag.h"

namespace crosscheck {

struct Language {
  std::string code = "en";
  char decimal = '.';      // the decimal mark
  char group = ',';        // the thousands separator: the other of '.' and ','
  bool day_first = false;  // numeric dates are day/month/year
  // The lexicon files the recognizer reads this language with
  // (claims/lexicon/<name>.toml), their word classes added up.
  std::vector<std::string> lexicons = {"en"};
  // The Snowball algorithm that stems this language's words for cue matching
  // ("english", "french", "indonesian"); empty: words are their own stems.
  std::string stemmer;
  // Words before a number that make it an ordinal ("thứ 3", "thứ hai"), and
  // the number words read after them, lower case as written.
  std::vector<std::string> ordinal_prefixes;
  std::unordered_map<std::string, int> ordinal_words;
  // Words that write dates with numbers, in languages that put the word
  // first ("ngày 15/5", "tháng 11/2002", "quý I/2025", "năm 2024"), and the
  // word for "the first part" ("7 tháng đầu năm 2019": the first 7 months).
  std::vector<std::string> day_words, month_words, quarter_words, year_words, first_words;
  // Time units written after a number ("50 năm": 50 years), by unit name
  // ("year", "month", "week", "day", "decade").
  std::unordered_map<std::string, std::string> duration_units;
  // Superlatives written after the noun, as word sequences ("lớn nhất":
  // the largest): a rank of one.
  std::vector<std::vector<std::string>> superlatives;
  // Phrases before a figure that make it a target, a forecast or an
  // estimate ("mục tiêu", "dự kiến", "ước tính"), for languages other than
  // English, whose words the claim extractor holds.
  std::vector<std::string> target_words, forecast_words, estimate_words;
  // Common words of the language, lower case, that tell its text from the
  // other languages' (GuessLanguage); a word several languages list counts
  // for each a fraction.
  std::vector<std::string> detect_words;

  // Does any list above hold this lower-case word (or is it an ordinal
  // joined to its prefix, "kedua")?
  bool IsWord(std::string_view lower) const;
  bool has_words() const { return !words_.empty(); }

 private:
  friend class LanguageTable;
  std::vector<std::string> words_;  // every word above, for IsWord
};

// Is `lower` one of `words`?
bool OneOf(const std::vector<std::string>& words, std::string_view lower);

// A guess at a text's language from its words.
struct LanguageGuess {
  std::string code;    // the language; empty when the words do not tell
  std::string detail;  // how it was read: "fr 14.5, en 2.0 in 412 words"
};

// Only this much of a text is read to guess its language: an article's
// first pages tell it, and the cost stays bounded on a 50 MB file. The
// guess says how many words it read.
constexpr size_t kGuessBytes = 64 * 1024;

class LanguageTable {
 public:
  // Parses a languages file; errors name `path`, the line and the key.
  bool Load(std::string_view toml_text, const std::string& path, Diagnostic* error);
  const Language& For(std::string_view tag) const;
  // The language whose detect_words the text writes most, weighted by how
  // few languages share each word; sure only with enough evidence and a
  // clear lead over the next language (language.cc).
  LanguageGuess Guess(std::string_view text) const;

 private:
  std::unordered_map<std::string, Language> by_code_;
  Language english_;
  // detect word -> (language code, weight), built by Load.
  std::unordered_map<std::string, std::vector<std::pair<std::string, double>>> detect_;
};

// The table built from the compiled-in claims/languages.toml.
const LanguageTable& BuiltinLanguages();

}  // namespace crosscheck

#endif  // CROSSCHECK_LANG_LANGUAGE_H_
