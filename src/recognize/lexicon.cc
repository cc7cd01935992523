#include "recognize/lexicon.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <mutex>

#include "base/toml_file.h"
#include "recognize/holidays.h"

namespace crosscheck {

// Generated from claims/lexicon/*.toml.
// Generated from claims/lexicon/*.toml (lexicons_data.cc.in).
extern const BuiltinLexiconFile kBuiltinLexiconFiles[];
extern const size_t kBuiltinLexiconFileCount;

namespace {

// ---- What each table of a lexicon file sets ------------------------------

// Tables whose values are numbers.
struct NumberClass {
  const char* name;
  void (*set)(WordInfo*, double);
  bool whole;  // the value must be a whole number
};
const NumberClass kNumberClasses[] = {
    {"unit", [](WordInfo* w, double v) { w->unit = static_cast<int>(v); }, true},
    {"tens", [](WordInfo* w, double v) { w->tens = static_cast<int>(v); }, true},
    {"scale", [](WordInfo* w, double v) { w->scale = v; }, false},
    {"scale_abbrev",
     [](WordInfo* w, double v) {
       w->scale = v;
       w->scale_abbrev = true;
     },
     false},
    {"scale_plural",
     [](WordInfo* w, double v) {
       w->scale = v;
       w->plural = true;
     },
     false},
    {"ordinal", [](WordInfo* w, double v) { w->ordinal = static_cast<int>(v); }, true},
    {"ordinal_plural",
     [](WordInfo* w, double v) {
       w->ordinal = static_cast<int>(v);
       w->plural = true;
     },
     true},
    {"denominator", [](WordInfo* w, double v) { w->denominator = v; }, false},
    {"denominator_plural",
     [](WordInfo* w, double v) {
       w->denominator = v;
       w->plural = true;
     },
     false},
    {"month", [](WordInfo* w, double v) { w->month = static_cast<int>(v); }, true},
    {"month_abbrev",
     [](WordInfo* w, double v) {
       w->month = static_cast<int>(v);
       w->month_abbrev = true;
     },
     true},
    {"weekday", [](WordInfo* w, double v) { w->weekday = static_cast<int>(v); }, true},
    {"multiplier", [](WordInfo* w, double v) { w->multiplier = v; }, false},
    {"fold", [](WordInfo* w, double v) { w->fold = v; }, false},
    {"anniversary", [](WordInfo* w, double v) { w->anniversary_years = static_cast<int>(v); },
     true},
    {"jubilee", [](WordInfo* w, double v) { w->jubilee_years = static_cast<int>(v); }, true},
    {"season", [](WordInfo* w, double v) { w->season = static_cast<int>(v); }, true},
    {"day_offset", [](WordInfo* w, double v) { w->day_offset = static_cast<int>(v); }, true},
    {"relative", [](WordInfo* w, double v) { w->relative = static_cast<int>(v); }, true},
    {"half", [](WordInfo* w, double v) { w->half = static_cast<int>(v); }, true},
    {"times", [](WordInfo* w, double v) { w->times = v; }, false},
    {"tens_of", [](WordInfo* w, double v) { w->tens_of = v; }, true},
    {"teen", [](WordInfo* w, double v) { w->teen = static_cast<int>(v); }, true},
    {"tens_teens", [](WordInfo* w, double v) { w->tens_teens = static_cast<int>(v); }, true},
    {"scale_one",
     [](WordInfo* w, double v) {
       w->scale = v;
       w->scale_one = true;
     },
     false},
    {"unit_bound",
     [](WordInfo* w, double v) {
       w->unit = static_cast<int>(v);
       w->unit_bound = true;
     },
     true},
};

const char* const kFrameClasses[] = {"clause_break", "function",     "head_skip",  "count_of",
                                     "partial",      "accumulation", "as_of",      "since",
                                     "growth",       "share",        "in_force",   "conversion",
                                     "membership",   "part_of",      "appositive", "base_before",
                                     "base_near",    "base_bare",    "time_glue"};
static_assert(std::size(kFrameClasses) == static_cast<size_t>(FrameClass::kCount));

// Cue lists of the [cues] table (CueList).
const char* const kCueLists[] = {"month_cue",   "motion",     "change_filler", "level_hedge",
                                 "times_after", "period_end", "scale_of"};
static_assert(std::size(kCueLists) == static_cast<size_t>(CueList::kCount));

// Lists of the [words] table: a class without a value.
struct FlagClass {
  const char* name;
  void (*set)(WordInfo*);
};
const FlagClass kFlagClasses[] = {
    {"percent", [](WordInfo* w) { w->percent = true; }},
    {"percent_glued",
     [](WordInfo* w) {
       w->percent = true;
       w->glued = true;
     }},
    {"percentage_point", [](WordInfo* w) { w->percentage_point = true; }},
    {"basis_point", [](WordInfo* w) { w->basis_point = true; }},
    {"dozen", [](WordInfo* w) { w->dozen = true; }},
    {"teen_head", [](WordInfo* w) { w->teen_head = true; }},
    {"dozen_plural",
     [](WordInfo* w) {
       w->dozen = true;
       w->plural = true;
     }},
    {"superlative", [](WordInfo* w) { w->superlative = true; }},
    {"top", [](WordInfo* w) { w->top = true; }},
    {"record", [](WordInfo* w) { w->record = true; }},
    {"vague_count", [](WordInfo* w) { w->vague_count = true; }},
    {"clock_word", [](WordInfo* w) { w->clock_word = true; }},
    {"date_word", [](WordInfo* w) { w->date_word = true; }},
    {"minus", [](WordInfo* w) { w->minus = true; }},
};

struct NamedValue {
  const char* name;
  int value;
};
const NamedValue kTimeUnits[] = {
    {"second", static_cast<int>(TimeUnit::kSecond)},
    {"minute", static_cast<int>(TimeUnit::kMinute)},
    {"hour", static_cast<int>(TimeUnit::kHour)},
    {"day", static_cast<int>(TimeUnit::kDay)},
    {"week", static_cast<int>(TimeUnit::kWeek)},
    {"fortnight", static_cast<int>(TimeUnit::kFortnight)},
    {"month", static_cast<int>(TimeUnit::kMonth)},
    {"quarter", static_cast<int>(TimeUnit::kQuarter)},
    {"year", static_cast<int>(TimeUnit::kYear)},
    {"decade", static_cast<int>(TimeUnit::kDecade)},
    {"century", static_cast<int>(TimeUnit::kCentury)},
};
const NamedValue kPartsOfDay[] = {
    {"morning", static_cast<int>(PartOfDay::kMorning)},
    {"afternoon", static_cast<int>(PartOfDay::kAfternoon)},
    {"evening", static_cast<int>(PartOfDay::kEvening)},
    {"night", static_cast<int>(PartOfDay::kNight)},
    {"tonight", static_cast<int>(PartOfDay::kTonight)},
};
// Hedge names as the report writes them (HedgeName).
const NamedValue kHedges[] = {
    {"more_than", static_cast<int>(Hedge::kMoreThan)},
    {"at_least", static_cast<int>(Hedge::kAtLeast)},
    {"nearly", static_cast<int>(Hedge::kNearly)},
    {"just_over", static_cast<int>(Hedge::kJustOver)},
    {"about", static_cast<int>(Hedge::kAbout)},
    {"up_to", static_cast<int>(Hedge::kUpTo)},
    {"less_than", static_cast<int>(Hedge::kLessThan)},
    {"most_of", static_cast<int>(Hedge::kMostOf)},
    {"since", static_cast<int>(Hedge::kSince)},
    {"by", static_cast<int>(Hedge::kBy)},
    {"before", static_cast<int>(Hedge::kBefore)},
    {"after", static_cast<int>(Hedge::kAfter)},
    {"until", static_cast<int>(Hedge::kUntil)},
};

template <size_t N>
bool FindNamed(const NamedValue (&table)[N], std::string_view name, int* value) {
  for (const NamedValue& x : table)
    if (name == x.name) {
      *value = x.value;
      return true;
    }
  return false;
}
template <size_t N>
std::string NamesOf(const NamedValue (&table)[N]) {
  std::string out;
  for (const NamedValue& x : table) out += (out.empty() ? "" : ", ") + std::string(x.name);
  return out;
}

template <size_t N>
std::string NamesOf(const char* const (&names)[N]) {
  std::string out;
  for (const char* x : names) out += (out.empty() ? "" : ", ") + std::string(x);
  return out;
}

// "12:00" -> seconds after midnight, or -1.
int ClockSeconds(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return -1;
  for (size_t i : {0, 1, 3, 4})
    if (s[i] < '0' || s[i] > '9') return -1;
  int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  return h < 24 && m < 60 ? h * 3600 + m * 60 : -1;
}

// The words of a phrase as the tokenizer will see them: split at spaces,
// and a hyphen or an apostrophe inside a word is a token of its own
// ("au-dessus de" is au - dessus de, "kira-kira" kira - kira, "jusqu'à"
// jusqu ' à), so phrases written that way match (PhraseWordAt).
std::vector<std::string> SplitWords(std::string_view t) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < t.size()) {
    size_t sp = t.find(' ', pos);
    if (sp == std::string_view::npos) sp = t.size();
    std::string_view word = t.substr(pos, sp - pos);
    size_t from = 0;
    for (size_t k = 0; k < word.size(); ++k) {
      size_t mark = word[k] == '-' || word[k] == '\''         ? 1
                    : word.compare(k, 3, "\xE2\x80\x99") == 0 ? 3  // a curly apostrophe
                                                              : 0;
      if (!mark || k == 0 || k + mark >= word.size()) continue;
      words.emplace_back(word.substr(from, k - from));
      words.emplace_back(word[k] == '-' ? "-" : "'");
      from = k + mark;
      k += mark - 1;
    }
    if (from < word.size()) words.emplace_back(word.substr(from));
    pos = sp + 1;
  }
  return words;
}

}  // namespace

// Most words of a news text are not in the lexicon. A table of the (length,
// first byte class, last byte class) triples that occur rejects nearly all of them
// without hashing; the rest are found in an open-addressing table whose keys
// are the words' bytes zero-padded to two machine words, so a probe is two
// integer compares rather than a string hash and a string compare.
struct Lexicon::Table {
  static constexpr size_t kMaxBytes = 15;
  struct Slot {
    uint64_t a = 0, b = 0;  // the word's bytes, zero-padded; no word has a NUL
    const WordInfo* info = nullptr;
  };
  // Byte classes: 'a'..'z' each, any byte of a multi-byte UTF-8 letter
  // ("tỷ" ends in one), anything else.
  static constexpr int kClasses = 28;
  bool possible[kMaxBytes + 1][kClasses][kClasses] = {};
  std::vector<Slot> slots;
  size_t mask = 0;

  static int Class(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    return static_cast<unsigned char>(c) >= 0x80 ? 26 : 27;
  }
  static void Key(std::string_view w, uint64_t* a, uint64_t* b) {
    char buf[16] = {};
    std::memcpy(buf, w.data(), w.size());
    std::memcpy(a, buf, 8);
    std::memcpy(b, buf + 8, 8);
  }
  static size_t Hash(uint64_t a, uint64_t b) {
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }

  explicit Table(const std::unordered_map<std::string, WordInfo>& words) {
    size_t size = 16;
    while (size < 2 * words.size()) size *= 2;  // at most half full
    slots.resize(size);
    mask = size - 1;
    for (const auto& [w, info] : words) {
      if (w.empty() || w.size() > kMaxBytes) continue;  // Find refuses these too
      possible[w.size()][Class(w.front())][Class(w.back())] = true;
      Slot s;
      Key(w, &s.a, &s.b);
      s.info = &info;
      size_t k = Hash(s.a, s.b) & mask;
      while (slots[k].info) k = (k + 1) & mask;
      slots[k] = s;
    }
  }

  const WordInfo* Find(std::string_view w) const {
    if (w.empty() || w.size() > kMaxBytes || !possible[w.size()][Class(w.front())][Class(w.back())])
      return nullptr;
    uint64_t a, b;
    Key(w, &a, &b);
    for (size_t k = Hash(a, b) & mask; slots[k].info; k = (k + 1) & mask)
      if (slots[k].a == a && slots[k].b == b) return slots[k].info;
    return nullptr;
  }
};

namespace {
bool Has(const WordSet& set, std::string_view lower) { return set.find(lower) != set.end(); }
}  // namespace

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;

const WordInfo* Lexicon::Find(std::string_view lower) const {
  return table_ ? table_->Find(lower) : nullptr;
}

bool Lexicon::IsYearCue(std::string_view lower) const { return Has(year_cues_, lower); }

bool Lexicon::IsNumberAnd(std::string_view lower) const { return Has(number_and_, lower); }

bool Lexicon::IsTensAnd(std::string_view lower) const { return Has(tens_and_, lower); }

bool Lexicon::IsYearOf(std::string_view lower) const { return Has(year_of_, lower); }

bool Lexicon::IsArticleOne(std::string_view lower) const { return Has(article_one_, lower); }

bool Lexicon::IsUnitFiller(std::string_view lower) const { return Has(unit_filler_, lower); }

bool Lexicon::IsOrdinalSuffix(std::string_view lower) const {
  return ordinal_suffixes_.find(lower) != ordinal_suffixes_.end();
}

bool Lexicon::IsRangeWord(RangeRole role, std::string_view lower) const {
  const WordSet& set = range_words_[static_cast<size_t>(role)];
  return set.find(lower) != set.end();
}

Hedge Lexicon::DateBound(std::string_view lower) const {
  auto it = date_bounds_.find(lower);
  return it == date_bounds_.end() ? Hedge::kNone : it->second;
}

bool Lexicon::Load(std::string_view text, const std::string& path, Diagnostic* error) {
  static const char kCode[] = "lexicon";
  auto fail = [&](const toml::node& where, const std::string& message) {
    return FailAt(error, path, kCode, where.source(), message);
  };
  toml::table file;
  if (!ParseTomlFile(text, path, kCode, &file, error)) return false;
  // Every word of a list must be a non-empty string; `add` takes each.
  auto words_of = [&](const toml::node& node, const std::string& what, auto add) {
    const toml::array* list = node.as_array();
    if (!list) return fail(node, what + " must be a list of words");
    for (const toml::node& w : *list) {
      auto s = w.value<std::string>();
      if (!s || s->empty()) return fail(w, what + " entries must be words");
      add(*s);
    }
    return true;
  };
  // The word's classes, noting that it has one besides clock_word.
  auto classes = [&](const std::string& w) -> WordInfo& {
    classed_.insert(w);
    return words_[w];
  };
  for (const TomlMember& member : MembersInFileOrder(file)) {
    const toml::table* table = member.node->as_table();
    if (!table) return fail(*member.node, "'" + member.key + "' must be a table");
    const std::string& cls = member.key;
    const NumberClass* number = nullptr;
    for (const NumberClass& c : kNumberClasses)
      if (cls == c.name) number = &c;
    for (const TomlMember& entry : MembersInFileOrder(*table)) {
      const toml::node& value = *entry.node;
      const std::string& word = entry.key;
      int named = 0;
      if (number) {
        // Whole values become ints (months, ordinals, offsets): bounded
        // before the conversion, which is undefined outside int's range.
        constexpr double kMaxWhole = 2e9;
        std::optional<double> v = value.value<double>();
        if (!v || !std::isfinite(*v) ||
            (number->whole && (*v != std::floor(*v) || std::fabs(*v) > kMaxWhole)))
          return fail(value, cls + "." + word + " must be a " +
                                 (number->whole ? "whole number from -2000000000 to 2000000000"
                                                : "finite number"));
        number->set(&classes(word), *v);
      } else if (cls == "time_unit" || cls == "part_of_day") {
        auto s = value.value<std::string>();
        bool unit = cls == "time_unit";
        if (!s || !(unit ? FindNamed(kTimeUnits, *s, &named) : FindNamed(kPartsOfDay, *s, &named)))
          return fail(value, cls + "." + word + " must be one of " +
                                 (unit ? NamesOf(kTimeUnits) : NamesOf(kPartsOfDay)));
        if (unit)
          classes(word).time_unit = static_cast<TimeUnit>(named);
        else
          classes(word).part_of_day = static_cast<PartOfDay>(named);
      } else if (cls == "change") {
        auto v = value.value<std::string>();
        if (!v || (*v != "increase" && *v != "decrease"))
          return fail(value, "change." + word + " must be \"increase\" or \"decrease\"");
        changes_[Keep(word)] = *v == "increase" ? Change::kIncrease : Change::kDecrease;
      } else if (cls == "clock") {
        auto s = value.value<std::string>();
        int secs = s ? ClockSeconds(*s) : -1;
        if (secs < 0) return fail(value, "clock." + word + " must be a time \"HH:MM\"");
        classes(word).clock = secs;
      } else if (cls == "date_bound") {
        auto s = value.value<std::string>();
        if (!s || !FindNamed(kHedges, *s, &named) || named < static_cast<int>(Hedge::kSince))
          return fail(value, "date_bound." + word + " must be since, by, before, after or until");
        date_bounds_[Keep(word)] = static_cast<Hedge>(named);
      } else if (cls == "hedge" || cls == "hedge_amounts") {
        if (!FindNamed(kHedges, word, &named))
          return fail(value, "unknown hedge '" + word + "' (one of " + NamesOf(kHedges) + ")");
        bool amounts = cls == "hedge_amounts";
        if (!words_of(value, cls + "." + word, [&](const std::string& phrase) {
              hedges_.push_back({SplitWords(phrase), static_cast<Hedge>(named), amounts});
            }))
          return false;
      } else if (cls == "vague") {
        const toml::table* range = value.as_table();
        auto low = range ? (*range)["low"].value<double>() : std::nullopt;
        auto high = range ? (*range)["high"].value<double>() : std::nullopt;
        auto below = range ? (*range)["below"].value<double>() : std::nullopt;
        auto point = range ? (*range)["point"].value<double>() : std::nullopt;
        if (!low || (!high == !below) || *low > (high ? *high : *below))
          return fail(value, "vague.\"" + word +
                                 "\" must be { low = N, high = N } or { low = N, below = N }, "
                                 "with an optional point");
        VaguePhrase v{SplitWords(word), Interval::Exact(point ? *point : *low)};
        v.value.low = *low;
        v.value.high = high ? *high : *below;
        v.value.high_inclusive = high.has_value();
        v.value.has_point = point.has_value();
        vague_.push_back(std::move(v));
      } else if (cls == "hedge_after") {
        if (!FindNamed(kHedges, word, &named) || named >= static_cast<int>(Hedge::kSince))
          return fail(value, "unknown hedge '" + word + "' (one of " + NamesOf(kHedges) + ")");
        if (!words_of(value, "hedge_after." + word, [&](const std::string& phrase) {
              hedges_after_.push_back({SplitWords(phrase), static_cast<Hedge>(named)});
            }))
          return false;
      } else if (cls == "frame") {
        size_t c = 0;
        while (c < std::size(kFrameClasses) && word != kFrameClasses[c]) ++c;
        if (c == std::size(kFrameClasses))
          return fail(value, "unknown frame class 'frame." + word + "' (one of " +
                                 NamesOf(kFrameClasses) + ")");
        if (!words_of(value, "frame." + word,
                      [&](const std::string& w) { frame_[c].push_back(w); }))
          return false;
      } else if (cls == "cues") {
        size_t list = 0;
        while (list < std::size(kCueLists) && word != kCueLists[list]) ++list;
        if (list == std::size(kCueLists))
          return fail(value, "unknown cue list 'cues." + word + "'");
        if (!words_of(value, "cues." + word,
                      [&](const std::string& w) { cues_[list].insert(Keep(w)); }))
          return false;
      } else if (cls == "words") {
        if (word == "ago_after" || word == "ago_before") {
          auto& list = word == "ago_after" ? ago_after_ : ago_before_;
          if (!words_of(value, "words." + word,
                        [&](const std::string& w) { list.push_back(SplitWords(w)); }))
            return false;
          continue;
        }
        // Word sets apart from the word classes: a word in one means
        // nothing else to any reader.
        static const std::pair<const char*, WordSet Lexicon::*> kWordSets[] = {
            {"year_cue", &Lexicon::year_cues_},
            {"number_and", &Lexicon::number_and_},
            {"tens_and", &Lexicon::tens_and_},
            {"year_of", &Lexicon::year_of_},
            {"article_one", &Lexicon::article_one_},
            {"ordinal_suffix", &Lexicon::ordinal_suffixes_},
            {"unit_filler", &Lexicon::unit_filler_}};
        WordSet* set = nullptr;
        for (const auto& [set_name, set_member] : kWordSets)
          if (word == set_name) set = &(this->*set_member);
        if (set) {
          if (!words_of(value, "words." + word,
                        [&](const std::string& w) { set->insert(Keep(w)); }))
            return false;
          continue;
        }
        static const char* const kRangeKeys[] = {"range_between", "range_and", "range_from",
                                                 "range_to"};
        bool range = false;
        for (size_t r = 0; r < std::size(kRangeKeys) && !range; ++r)
          if (word == kRangeKeys[r]) {
            range = true;
            if (!words_of(value, "words." + word,
                          [&](const std::string& w) { range_words_[r].insert(Keep(w)); }))
              return false;
          }
        if (range) continue;
        const FlagClass* flag = nullptr;
        for (const FlagClass& c : kFlagClasses)
          if (word == c.name) flag = &c;
        if (!flag) return fail(value, "unknown word class 'words." + word + "'");
        if (!words_of(value, "words." + word, [&](const std::string& w) {
              bool cue = std::string_view(flag->name) == "clock_word";
              flag->set(cue ? &words_[w] : &classes(w));
            }))
          return false;
      } else {
        return fail(*member.node, "unknown lexicon table '" + cls + "'");
      }
    }
  }
  return true;
}

const char* FrameClassName(FrameClass c) { return kFrameClasses[static_cast<size_t>(c)]; }

void Lexicon::Finish() {
  for (auto& list : frame_)
    std::stable_sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) {
      return std::count(a.begin(), a.end(), ' ') > std::count(b.begin(), b.end(), ' ');
    });
  // A clock word with no other class starts no mention ("am" is also a
  // verb); "m" is also "million" after digits, so it does.
  for (auto& [word, info] : words_) info.cue_only = info.clock_word && !classed_.count(word);
  // Words that can start a holiday's name (claims/holidays.toml): in the
  // lexicon, so the per-word lookup that already happens finds them too.
  for (const std::string& w : BuiltinHolidays().first_words()) {
    auto it = words_.find(w);
    if (it == words_.end()) {
      WordInfo& info = words_[w];
      info.holiday_start = info.holiday_only = true;
    } else {
      it->second.holiday_start = true;
    }
  }
  auto longest_first = [](const HedgePhrase& a, const HedgePhrase& b) {
    return a.words.size() > b.words.size();
  };
  std::stable_sort(hedges_.begin(), hedges_.end(), longest_first);
  std::stable_sort(hedges_after_.begin(), hedges_after_.end(), longest_first);
  // Phrases are looked up by their last word (before a figure) or first
  // (after one): most figures have none, and a word turns them away at once.
  for (const HedgePhrase& p : hedges_) hedges_by_last_[Keep(p.words.back())].push_back(&p);
  for (const HedgePhrase& p : hedges_after_) hedge_after_first_.insert(Keep(p.words.front()));
  std::stable_sort(vague_.begin(), vague_.end(), [](const VaguePhrase& a, const VaguePhrase& b) {
    return a.words.size() > b.words.size();
  });
  // Their first words start mentions ("a" is an article already: the word
  // after it is marked, so that "a" is tried only before one).
  for (const VaguePhrase& v : vague_) {
    bool article = v.words.front() == "a" || v.words.front() == "an";
    if (!article || v.words.size() > 1) words_[v.words[article ? 1 : 0]].vague_start = true;
  }
  table_ = std::make_unique<Table>(words_);
}

bool IsBuiltinLexicon(std::string_view name) {
  for (size_t k = 0; k < kBuiltinLexiconFileCount; ++k)
    if (name == kBuiltinLexiconFiles[k].name) return true;
  return false;
}

const Lexicon& BuiltinLexicon(const std::vector<std::string>& names) {
  static std::mutex mu;
  static std::map<std::vector<std::string>, std::unique_ptr<Lexicon>> built;
  std::lock_guard<std::mutex> lock(mu);
  std::unique_ptr<Lexicon>& lex = built[names];
  if (!lex) {
    lex = std::make_unique<Lexicon>();
    for (const std::string& name : names)
      for (size_t k = 0; k < kBuiltinLexiconFileCount; ++k)
        if (const BuiltinLexiconFile& f = kBuiltinLexiconFiles[k]; name == f.name) {
          Diagnostic d;
          if (!lex->Load(f.text, "claims/lexicon/" + name + ".toml", &d)) BuiltinDataDefect(d);
        }
    lex->Finish();
  }
  return *lex;
}

}  // namespace crosscheck
