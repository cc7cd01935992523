#include "recognize/holidays.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/toml_file.h"

namespace crosscheck {

extern const char kBuiltinHolidaysToml[];  // generated from claims/holidays.toml

namespace {

// Lower case, apostrophes dropped, runs of spaces made one: the lookup key.
std::string Key(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '\'') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

bool HolidayTable::Load(std::string_view text, const std::string& path, Diagnostic* error) {
  auto fail = [&](const toml::source_region& where, const std::string& message) {
    return FailAt(error, path, "holidays.toml", where, message);
  };
  toml::table t;
  if (!ParseTomlFile(text, path, "holidays.toml", &t, error)) return false;
  auto* list = t["holiday"].as_array();
  if (!list) return fail(t.source(), "expected [[holiday]] entries");
  for (auto& node : *list) {
    auto* entry = node.as_table();
    if (!entry) return fail(node.source(), "a holiday must be a table");
    HolidayRule rule;
    int rules = 0;
    for (auto& [key, value] : *entry) {
      std::string k(key.str());
      if (k == "names") continue;
      if (k == "date") {
        auto s = value.value<std::string>();
        int mo = 0, d = 0;
        if (!s || s->size() != 5 || (*s)[2] != '-' ||
            std::sscanf(s->c_str(), "%2d-%2d", &mo, &d) != 2 || !IsValidDate(2000, mo, d))
          return fail(value.source(), "holiday key 'date' must be \"MM-DD\", a real day");
        rule.month = mo, rule.day = d;
        ++rules;
      } else if (k == "nth_weekday") {
        auto* w = value.as_table();
        int mo = w ? (*w)["month"].value_or(0) : 0, wd = w ? (*w)["weekday"].value_or(0) : 0,
            nth = w ? (*w)["nth"].value_or(0) : 0;
        if (mo < 1 || mo > 12 || wd < 1 || wd > 7 || nth == 0 || nth < -1 || nth > 5)
          return fail(value.source(),
                      "holiday key 'nth_weekday' needs month 1-12, weekday 1-7, nth 1-5 or -1");
        rule.month = mo, rule.weekday = wd, rule.nth = nth;
        ++rules;
      } else if (k == "easter") {
        auto n = value.value<int64_t>();
        if (!n || *n < -60 || *n > 70)
          return fail(value.source(), "holiday key 'easter' must be days after Easter (-60..70)");
        rule.easter = true;
        rule.offset += static_cast<int>(*n);
        ++rules;
      } else if (k == "offset") {
        auto n = value.value<int64_t>();
        if (!n || *n < -31 || *n > 31)
          return fail(value.source(), "holiday key 'offset' must be a number of days (-31..31)");
        rule.offset += static_cast<int>(*n);
      } else {
        return fail(key.source(), "unknown holiday key '" + k +
                                      "'; allowed: names, date, nth_weekday, easter, offset");
      }
    }
    if (rules != 1)
      return fail(entry->source(), "a holiday needs exactly one of date, nth_weekday, easter");
    auto* names = (*entry)["names"].as_array();
    if (!names || names->empty())
      return fail(entry->source(), "holiday key 'names' must list at least one name");
    for (auto& n : *names) {
      auto s = n.value<std::string>();
      if (!s || Key(*s).empty()) return fail(n.source(), "holiday names must be non-empty strings");
      std::string key = Key(*s);
      rules_[key] = rule;
      // The first word as the text tokenizes it: "mother's day" starts with "mother".
      std::string raw = Key(s->substr(0, s->find_first_of(" '")));
      for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
        prefixes_.insert(key.substr(0, sp));
      first_words_.insert(key.substr(0, key.find(' ')));
      if (!raw.empty()) first_words_.insert(raw);
      max_words_ =
          std::max(max_words_, 1 + static_cast<int>(std::count(key.begin(), key.end(), ' ')));
    }
  }
  return true;
}

const HolidayRule* HolidayTable::Find(std::string_view key) const {
  auto it = rules_.find(std::string(key));
  return it == rules_.end() ? nullptr : &it->second;
}

Day HolidayIn(const HolidayRule& rule, int year) {
  if (rule.easter) {
    // Anonymous Gregorian computus (Meeus/Jones/Butcher).
    int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return DaysFromCivil(year, month, day) + rule.offset;
  }
  if (rule.weekday == 0) return DaysFromCivil(year, rule.month, rule.day) + rule.offset;
  if (rule.nth > 0) {
    Day first = DaysFromCivil(year, rule.month, 1);
    int shift = (rule.weekday - IsoWeekday(first) + 7) % 7;
    return first + shift + 7 * (rule.nth - 1) + rule.offset;
  }
  Day last = DaysFromCivil(year, rule.month, DaysInMonth(year, rule.month));
  int back = (IsoWeekday(last) - rule.weekday + 7) % 7;
  return last - back + rule.offset;
}

const HolidayTable& BuiltinHolidays() {
  static const HolidayTable table =
      LoadBuiltin<HolidayTable>(kBuiltinHolidaysToml, "claims/holidays.toml");
  return table;
}

}  // namespace crosscheck
