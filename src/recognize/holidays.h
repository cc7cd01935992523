// recognize/holidays: named days of the year ("Christmas", "Thanksgiving",
// "Easter Monday") and the rule that puts each in a given year.
//
// The knowledge is data: claims/holidays.toml, compiled in. Lookups take the
// lower-case words of a name joined by single spaces, apostrophes dropped
// ("mothers day"); the words that can start a name go into the lexicon, so
// the recognizer tries a name only where one can start.
#ifndef CROSSCHECK_RECOGNIZE_HOLIDAYS_H_
#define CROSSCHECK_RECOGNIZE_HOLIDAYS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/civil_date.h"
#include "base/diag.h"

namespace crosscheck {

struct HolidayRule {
  int month = 0, day = 0;    // a fixed date, when month > 0 and weekday == 0
  int weekday = 0, nth = 0;  // the nth (-1 = last) weekday (1 = Monday) of `month`
  bool easter = false;       // days after Easter Sunday
  int offset = 0;            // days added to what the rule gives
};

class HolidayTable {
 public:
  // Parses the TOML text of a holidays file; errors name `path`, the line and the key.
  bool Load(std::string_view toml_text, const std::string& path, Diagnostic* error);
  const HolidayRule* Find(std::string_view key) const;
  // Is `key` the start of some name, a whole word at a time ("new year")?
  bool IsPrefix(std::string_view key) const { return prefixes_.count(std::string(key)) > 0; }
  int max_words() const { return max_words_; }
  const std::unordered_set<std::string>& first_words() const { return first_words_; }

 private:
  std::unordered_map<std::string, HolidayRule> rules_;
  std::unordered_set<std::string> first_words_;
  std::unordered_set<std::string> prefixes_;  // every name cut after each of its words
  int max_words_ = 1;
};

// The day of the holiday in `year`.
Day HolidayIn(const HolidayRule& rule, int year);

// The table built from the compiled-in claims/holidays.toml.
const HolidayTable& BuiltinHolidays();

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_HOLIDAYS_H_
