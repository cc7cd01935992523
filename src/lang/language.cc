#include "lang/language.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/stem.h"
#include "base/toml_file.h"

namespace crosscheck {

extern const char kBuiltinLanguagesToml[];  // generated from claims/languages.toml

namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The word list a key names, or nullptr.
std::vector<std::string>* WordList(Language* lang, const std::string& key) {
  if (key == "ordinal_prefix") return &lang->ordinal_prefixes;
  if (key == "day_words") return &lang->day_words;
  if (key == "month_words") return &lang->month_words;
  if (key == "quarter_words") return &lang->quarter_words;
  if (key == "year_words") return &lang->year_words;
  if (key == "first_words") return &lang->first_words;
  if (key == "target_words") return &lang->target_words;
  if (key == "forecast_words") return &lang->forecast_words;
  if (key == "estimate_words") return &lang->estimate_words;
  if (key == "detect_words") return &lang->detect_words;
  return nullptr;
}

}  // namespace

bool OneOf(const std::vector<std::string>& words, std::string_view lower) {
  for (const std::string& w : words)
    if (w == lower) return true;
  return false;
}

bool Language::IsWord(std::string_view lower) const {
  if (OneOf(words_, lower)) return true;
  // An ordinal written as one word with its prefix: "kedua", "keenam".
  for (const std::string& p : ordinal_prefixes)
    if (lower.size() > p.size() && lower.compare(0, p.size(), p) == 0 &&
        ordinal_words.count(std::string(lower.substr(p.size()))))
      return true;
  return false;
}

bool LanguageTable::Load(std::string_view text, const std::string& path, Diagnostic* error) {
  auto fail = [&](const toml::source_region& where, const std::string& message) {
    return FailAt(error, path, "languages.toml", where, message);
  };
  toml::table t;
  if (!ParseTomlFile(text, path, "languages.toml", &t, error)) return false;
  auto* list = t["language"].as_array();
  if (!list) return fail(t.source(), "expected [[language]] entries");
  for (auto& node : *list) {
    auto* entry = node.as_table();
    if (!entry) return fail(node.source(), "a language must be a table");
    Language lang;
    lang.code.clear();
    for (auto& [key, value] : *entry) {
      std::string k(key.str());
      auto str = value.value<std::string>();
      if (k == "code" && str) {
        lang.code = LowerAscii(*str);
      } else if (k == "decimal" && str && (*str == "." || *str == ",")) {
        lang.decimal = (*str)[0];
        lang.group = lang.decimal == '.' ? ',' : '.';
      } else if (k == "date_order" && str && (*str == "dmy" || *str == "mdy")) {
        lang.day_first = *str == "dmy";
      } else if (k == "stemmer" && str) {
        if (!str->empty() && !StemmerExists(*str))
          return fail(value.source(), "stemmer = \"" + *str +
                                          "\" is no Snowball algorithm of libstemmer "
                                          "(\"english\", \"french\", \"porter\", ...)");
        lang.stemmer = *str;
      } else if (k == "lexicons" && value.is_array()) {
        lang.lexicons.clear();
        for (auto& w : *value.as_array()) {
          auto s = w.value<std::string>();
          if (!s || s->empty())
            return fail(w.source(), "lexicons entries name files of claims/lexicon/ (\"en\")");
          lang.lexicons.push_back(*s);
        }
      } else if (auto* words = WordList(&lang, k); words && value.is_array()) {
        for (auto& w : *value.as_array()) {
          auto s = w.value<std::string>();
          if (!s || s->empty()) return fail(w.source(), k + " entries must be words");
          words->push_back(*s);
        }
      } else if (k == "duration_units" && value.is_table()) {
        static const char* const kUnits[] = {"year", "month", "week", "day", "decade"};
        for (auto& [word, unit] : *value.as_table()) {
          auto u = unit.value<std::string>();
          bool known = false;
          for (const char* x : kUnits) known |= u && *u == x;
          if (!known)
            return fail(unit.source(),
                        "duration_units map words to year, month, week, day or decade");
          lang.duration_units[std::string(word.str())] = *u;
        }
      } else if (k == "superlatives" && value.is_array()) {
        for (auto& w : *value.as_array()) {
          auto s = w.value<std::string>();
          if (!s || s->empty()) return fail(w.source(), "superlatives entries must be words");
          std::vector<std::string> seq;
          size_t at = 0;
          while (at < s->size()) {
            size_t sp = s->find(' ', at);
            if (sp == std::string::npos) sp = s->size();
            if (sp > at) seq.push_back(s->substr(at, sp - at));
            at = sp + 1;
          }
          lang.superlatives.push_back(std::move(seq));
        }
      } else if (k == "ordinals" && value.is_table()) {
        for (auto& [word, n] : *value.as_table()) {
          auto v = n.value<int64_t>();
          if (!v || *v < 1 || *v > 1000)
            return fail(n.source(), "ordinals map words to whole numbers from 1 to 1000");
          lang.ordinal_words[std::string(word.str())] = static_cast<int>(*v);
        }
      } else {
        return fail(value.source(),
                    "unknown or malformed language key '" + k +
                        "' (code = \"vi\", decimal = \".\" or \",\", date_order = \"dmy\" or "
                        "\"mdy\", lexicons = [\"en\"], stemmer = \"english\", ordinals = {word = "
                        "N}, duration_units = "
                        "{word = unit}, or a "
                        "word list: ordinal_prefix, day_words, month_words, quarter_words, "
                        "year_words, first_words, superlatives, target_words, forecast_words, "
                        "estimate_words, detect_words)");
      }
    }
    if (lang.code.empty()) return fail(entry->source(), "a language needs a code");
    for (auto* words : {&lang.ordinal_prefixes, &lang.day_words, &lang.month_words,
                        &lang.quarter_words, &lang.year_words, &lang.first_words})
      lang.words_.insert(lang.words_.end(), words->begin(), words->end());
    for (const auto& [word, n] : lang.ordinal_words) lang.words_.push_back(word);
    for (const auto& words : lang.superlatives) lang.words_.push_back(words.front());
    if (lang.code == "en") english_ = lang;
    by_code_[lang.code] = std::move(lang);
  }
  // Each detect word counts 1 / (the number of languages listing it).
  detect_.clear();
  for (const auto& [code, lang] : by_code_)
    for (const std::string& w : lang.detect_words) detect_[LowerAscii(w)].push_back({code, 0});
  for (auto& [word, langs] : detect_)
    for (auto& entry : langs) entry.second = 1.0 / static_cast<double>(langs.size());
  return true;
}

namespace {

// A guess is sure with this much evidence, and this much more than the next
// language's: close relatives (Indonesian and Malay) share most common
// words, which count half for each, so the words only one writes decide.
constexpr double kGuessMinScore = 4;
constexpr double kGuessMargin = 3;

bool WordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::string FormatScore(const std::string& code, double score) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %.1f", code.c_str(), score);
  return buf;
}

}  // namespace

LanguageGuess LanguageTable::Guess(std::string_view text) const {
  text = text.substr(0, std::min(text.size(), kGuessBytes));
  std::unordered_map<std::string, double> score;
  size_t words = 0;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    if (!WordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && WordByte(static_cast<unsigned char>(text[j]))) ++j;
    // A multi-byte character cut by the byte budget is no word.
    if (j == text.size() && static_cast<unsigned char>(text[j - 1]) >= 0x80) break;
    word.assign(text.substr(i, j - i));
    for (char& c : word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    ++words;
    if (auto it = detect_.find(word); it != detect_.end())
      for (const auto& [code, weight] : it->second) score[code] += weight;
    i = j;
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [code, s] : score) ranked.push_back({s, code});
  // Highest score first; equal scores in code order, so the guess never
  // depends on hash order.
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  LanguageGuess out;
  for (size_t k = 0; k < ranked.size() && k < 3; ++k)
    out.detail += (k ? ", " : "") + FormatScore(ranked[k].second, ranked[k].first);
  out.detail +=
      (out.detail.empty() ? "" : " ") + std::string("in ") + std::to_string(words) + " words";
  if (text.size() == kGuessBytes)
    out.detail += " (the first " + std::to_string(kGuessBytes / 1024) + " KB)";
  double second = ranked.size() > 1 ? ranked[1].first : 0;
  if (!ranked.empty() && ranked[0].first >= kGuessMinScore &&
      ranked[0].first - second >= kGuessMargin)
    out.code = ranked[0].second;
  return out;
}

const Language& LanguageTable::For(std::string_view tag) const {
  std::string code = LowerAscii(tag);
  for (char& c : code)
    if (c == '_') c = '-';
  auto it = by_code_.find(code);
  if (it != by_code_.end()) return it->second;
  it = by_code_.find(code.substr(0, code.find('-')));
  return it != by_code_.end() ? it->second : english_;
}

const LanguageTable& BuiltinLanguages() {
  static const LanguageTable table =
      LoadBuiltin<LanguageTable>(kBuiltinLanguagesToml, "claims/languages.toml");
  return table;
}

}  // namespace crosscheck
