#include "recognize/lexicon.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <deque>

#include "recognize/holidays.h"

namespace crosscheck {

extern const char kBuiltinCurrenciesToml[];  // generated from claims/currencies.toml

const char* TimeUnitReportName(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond:
      return "second";
    case TimeUnit::kMinute:
      return "minute";
    case TimeUnit::kHour:
      return "hour";
    case TimeUnit::kDay:
      return "day";
    case TimeUnit::kWeek:
    case TimeUnit::kFortnight:
      return "week";
    case TimeUnit::kMonth:
    case TimeUnit::kQuarter:
      return "month";
    case TimeUnit::kYear:
    case TimeUnit::kDecade:
    case TimeUnit::kCentury:
      return "year";
    case TimeUnit::kNone:
      break;
  }
  return "";
}

double TimeUnitReportFactor(TimeUnit u) {
  switch (u) {
    case TimeUnit::kFortnight:
      return 2;
    case TimeUnit::kQuarter:
      return 3;
    case TimeUnit::kDecade:
      return 10;
    case TimeUnit::kCentury:
      return 100;
    default:
      return 1;
  }
}

double TimeUnitSeconds(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond:
      return 1;
    case TimeUnit::kMinute:
      return 60;
    case TimeUnit::kHour:
      return 3600;
    case TimeUnit::kDay:
      return 86400;
    case TimeUnit::kWeek:
      return 7 * 86400;
    case TimeUnit::kFortnight:
      return 14 * 86400;
    default:
      return 0;
  }
}

Hedge DateBoundWord(std::string_view w) {
  return w == "after"                  ? Hedge::kAfter
         : w == "before"               ? Hedge::kBefore
         : w == "since"                ? Hedge::kSince
         : w == "until" || w == "till" ? Hedge::kUntil
         : w == "by"                   ? Hedge::kBy
                                       : Hedge::kNone;
}

namespace {

using Map = std::unordered_map<std::string_view, WordInfo>;

Map BuildWords() {
  Map m;
  static const char* const kUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                       "five",    "six",     "seven",     "eight",    "nine",
                                       "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                       "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) m[kUnits[i]].unit = i;
  m["naught"].unit = 0;
  m["nought"].unit = 0;
  static const char* const kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                      "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) m[kTens[i]].tens = (i + 2) * 10;
  struct Scale {
    const char* w;
    double v;
    bool abbrev;
  };
  static const Scale kScales[] = {{"hundred", 1e2, false},
                                  {"thousand", 1e3, false},
                                  {"million", 1e6, false},
                                  {"billion", 1e9, false},
                                  {"trillion", 1e12, false},
                                  {"k", 1e3, true},
                                  {"m", 1e6, true},
                                  {"mn", 1e6, true},
                                  {"mln", 1e6, true},
                                  {"mm", 1e6, true},
                                  {"bn", 1e9, true},
                                  {"b", 1e9, true},
                                  {"bln", 1e9, true},
                                  {"tn", 1e12, true},
                                  {"trn", 1e12, true},
                                  {"tln", 1e12, true},
                                  {"mil", 1e6, true},
                                  {"lakh", 1e5, false},
                                  {"crore", 1e7, false},
                                  // Vietnamese scales, written after digits in news of the beat
                                  // ("14,6 tỷ USD"); no English word is spelled like them.
                                  {"t\xe1\xbb\xb7", 1e9, false},
                                  {"tri\xe1\xbb\x87u", 1e6, false},
                                  {"ngh\xc3\xacn", 1e3, false},
                                  {"ng\xc3\xa0n", 1e3, false}};
  for (const auto& s : kScales) {
    m[s.w].scale = s.v;
    m[s.w].scale_abbrev = s.abbrev;
  }
  m["hundreds"].scale = 1e2, m["hundreds"].plural = true;
  m["thousands"].scale = 1e3, m["thousands"].plural = true;
  m["millions"].scale = 1e6, m["millions"].plural = true;
  m["billions"].scale = 1e9, m["billions"].plural = true;
  for (const char* s : {"largest", "biggest"}) m[s].superlative = true;
  m["top"].top = true;
  for (const char* s :
       {"first",    "only",      "record",   "largest",  "biggest", "highest", "lowest",
        "smallest", "strongest", "weakest",  "best",     "worst",   "fastest", "slowest",
        "longest",  "shortest",  "sharpest", "steepest", "deepest", "most",    "least"})
    m[s].record = true;
  static const std::pair<const char*, int> kAnniversaries[] = {
      {"semicentennial", 50},    {"centenary", 100},    {"centennial", 100},
      {"sesquicentennial", 150}, {"bicentenary", 200},  {"bicentennial", 200},
      {"tercentenary", 300},     {"tricentennial", 300}};
  for (const auto& [w, n] : kAnniversaries) m[w].anniversary_years = n;
  static const std::pair<const char*, int> kJubilees[] = {
      {"silver", 25},  {"ruby", 40},     {"golden", 50},  {"gold", 50},
      {"diamond", 60}, {"sapphire", 65}, {"platinum", 70}};
  for (const auto& [w, n] : kJubilees) m[w].jubilee_years = n;
  m["dozen"].dozen = true;
  m["dozens"].dozen = true, m["dozens"].plural = true;
  m["dz"].dozen = true;
  m["dzs"].dozen = true;
  m["doz"].dozen = true;
  m["dozs"].dozen = true, m["dozs"].plural = true;
  static const char* const kOrdinals[] = {"zeroth",    "first",       "second",     "third",
                                          "fourth",    "fifth",       "sixth",      "seventh",
                                          "eighth",    "ninth",       "tenth",      "eleventh",
                                          "twelfth",   "thirteenth",  "fourteenth", "fifteenth",
                                          "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  for (int i = 1; i < 20; ++i) m[kOrdinals[i]].ordinal = i;
  static const char* const kTensOrd[] = {"twentieth", "thirtieth",  "fortieth",  "fiftieth",
                                         "sixtieth",  "seventieth", "eightieth", "ninetieth"};
  for (int i = 0; i < 8; ++i) m[kTensOrd[i]].ordinal = (i + 2) * 10;
  m["hundredth"].ordinal = 100;
  m["thousandth"].ordinal = 1000;
  m["millionth"].ordinal = 1000000;
  m["billionth"].ordinal = 1000000000;
  // Fraction denominators ("a third", "two-thirds", "three fifths").
  m["half"].denominator = 2;
  m["halves"].denominator = 2, m["halves"].plural = true;
  m["quarter"].denominator = 4;
  m["quarters"].denominator = 4, m["quarters"].plural = true;
  // Every ordinal from "third" on is also a denominator, singular and
  // plural: "a fifth", "three fifths", "a hundredth", "two trillionths".
  // "first" and "second" only close a compound ("twenty-first", "three
  // twenty-firsts"); "seconds" is a time unit.
  std::vector<std::pair<std::string_view, int>> ordinals;
  for (const auto& [word, info] : m)
    if (info.ordinal > 0) ordinals.emplace_back(word, info.ordinal);
  // The map holds string_views: generated words need storage that stays put.
  static std::deque<std::string> plurals;
  for (const auto& [word, ordinal] : ordinals) {
    if (ordinal >= 3) m[word].denominator = ordinal;
    if (ordinal == 2) continue;
    WordInfo& plural = m[plurals.emplace_back(std::string(word) + "s")];
    plural.ordinal = ordinal;
    plural.denominator = ordinal >= 3 ? ordinal : 0;
    plural.plural = true;
  }
  m["trillionth"].denominator = 1e12;  // past int: a denominator, never a rank
  m["trillionths"].denominator = 1e12, m["trillionths"].plural = true;
  static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
  static const char* const kMonthAbbr[] = {"jan", "feb", "mar", "apr", nullptr, "jun",
                                           "jul", "aug", "sep", "oct", "nov",   "dec"};
  for (int i = 0; i < 12; ++i) {
    m[kMonths[i]].month = i + 1;
    if (kMonthAbbr[i]) {
      m[kMonthAbbr[i]].month = i + 1;
      m[kMonthAbbr[i]].month_abbrev = true;
    }
  }
  m["sept"].month = 9, m["sept"].month_abbrev = true;
  static const char* const kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                      "friday", "saturday", "sunday"};
  static const char* const kDayAbbr[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  for (int i = 0; i < 7; ++i) {
    m[kDays[i]].weekday = i + 1;
    m[kDayAbbr[i]].weekday = i + 1;
  }
  m["tues"].weekday = 2, m["thur"].weekday = 4, m["thurs"].weekday = 4;
  struct Unit {
    const char* w;
    TimeUnit u;
  };
  static const Unit kTimeUnits[] = {{"second", TimeUnit::kSecond},
                                    {"seconds", TimeUnit::kSecond},
                                    {"sec", TimeUnit::kSecond},
                                    {"secs", TimeUnit::kSecond},
                                    {"minute", TimeUnit::kMinute},
                                    {"minutes", TimeUnit::kMinute},
                                    {"min", TimeUnit::kMinute},
                                    {"mins", TimeUnit::kMinute},
                                    {"hour", TimeUnit::kHour},
                                    {"hours", TimeUnit::kHour},
                                    {"hr", TimeUnit::kHour},
                                    {"hrs", TimeUnit::kHour},
                                    {"day", TimeUnit::kDay},
                                    {"days", TimeUnit::kDay},
                                    {"week", TimeUnit::kWeek},
                                    {"weeks", TimeUnit::kWeek},
                                    {"wk", TimeUnit::kWeek},
                                    {"wks", TimeUnit::kWeek},
                                    {"fortnight", TimeUnit::kFortnight},
                                    {"fortnights", TimeUnit::kFortnight},
                                    {"month", TimeUnit::kMonth},
                                    {"months", TimeUnit::kMonth},
                                    {"quarter", TimeUnit::kQuarter},
                                    {"quarters", TimeUnit::kQuarter},
                                    {"year", TimeUnit::kYear},
                                    {"years", TimeUnit::kYear},
                                    {"yr", TimeUnit::kYear},
                                    {"yrs", TimeUnit::kYear},
                                    {"decade", TimeUnit::kDecade},
                                    {"decades", TimeUnit::kDecade},
                                    {"century", TimeUnit::kCentury},
                                    {"centuries", TimeUnit::kCentury}};
  for (const auto& u : kTimeUnits) m[u.w].time_unit = u.u;
  struct Mult {
    const char* w;
    double v;
  };
  static const Mult kMultipliers[] = {
      {"doubled", 2},    {"doubling", 2},  {"doubles", 2},    {"tripled", 3},     {"tripling", 3},
      {"triples", 3},    {"trebled", 3},   {"quadrupled", 4}, {"quadrupling", 4}, {"quadruples", 4},
      {"quintupled", 5}, {"sextupled", 6}, {"halved", 0.5},   {"halving", 0.5}};
  for (const auto& x : kMultipliers) m[x.w].multiplier = x.v;
  static const Mult kFolds[] = {
      {"twofold", 2},   {"threefold", 3}, {"fourfold", 4}, {"fivefold", 5}, {"sixfold", 6},
      {"sevenfold", 7}, {"eightfold", 8}, {"ninefold", 9}, {"tenfold", 10}, {"hundredfold", 100}};
  for (const auto& x : kFolds) m[x.w].fold = x.v;
  m["percent"].percent = true;
  m["pct"].percent = true;
  m["percents"].percent = true;
  m["percentage"].percent = true;
  m["morning"].part_of_day = PartOfDay::kMorning;
  m["afternoon"].part_of_day = PartOfDay::kAfternoon;
  m["evening"].part_of_day = PartOfDay::kEvening;
  m["night"].part_of_day = PartOfDay::kNight;
  m["tonight"].part_of_day = PartOfDay::kTonight;
  m["tonite"].part_of_day = PartOfDay::kTonight;
  for (const char* w : {"few", "several", "some", "couple"}) m[w].vague_count = true;
  m["h"].time_unit = TimeUnit::kHour;
  for (const char* w : {"am", "pm", "m", "oclock", "clock", "ish"}) {
    bool fresh = m.find(w) == m.end();
    m[w].clock_word = true;
    m[w].cue_only = fresh;  // "m" is also "million" after digits
  }
  m["noon"].clock = 12 * 3600;
  m["noonish"].clock = 12 * 3600;
  m["nights"].time_unit = TimeUnit::kDay;  // "two nights": a stay counted in days
  m["midday"].clock = 12 * 3600;
  m["midnight"].clock = 0;
  m["spring"].season = 1;
  m["summer"].season = 2;
  m["autumn"].season = 3;
  m["fall"].season = 3;
  m["winter"].season = 4;
  for (const char* w :
       {"today",     "yesterday", "tomorrow", "tmrw",    "last",    "this",     "next",
        "early",     "mid",       "late",     "q",       "h",       "previous", "past",
        "following", "coming",    "upcoming", "weekend", "earlier", "later",    "end",
        "beginning", "middle",    "start",    "now",     "current", "eod",      "fiscal",
        "school",    "calendar",  "fy",       "sy",      "cy"})
    m[w].date_word = true;
  // Words that can start a holiday's name (claims/holidays.toml): in the
  // lexicon, so the per-word lookup that already happens finds them too.
  static std::deque<std::string> holiday_words;
  for (const std::string& w : BuiltinHolidays().first_words()) {
    auto it = m.find(w);
    if (it == m.end()) {
      WordInfo& info = m[holiday_words.emplace_back(w)];
      info.holiday_start = info.holiday_only = true;
    } else {
      it->second.holiday_start = true;
    }
  }
  return m;
}

}  // namespace

namespace {
// Most words of a news text are not in the lexicon. A table of the (length,
// first byte class, last byte class) triples that occur rejects nearly all of them
// without hashing; the rest are found in an open-addressing table whose keys
// are the words' bytes zero-padded to two machine words, so a probe is two
// integer compares rather than a string hash and a string compare.
struct WordTable {
  static constexpr size_t kMaxBytes = 15;
  struct Slot {
    uint64_t a = 0, b = 0;  // the word's bytes, zero-padded; no word has a NUL
    const WordInfo* info = nullptr;
  };
  Map words;
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

  WordTable() : words(BuildWords()) {
    size_t size = 16;
    while (size < 2 * words.size()) size *= 2;  // at most half full
    slots.resize(size);
    mask = size - 1;
    for (const auto& [w, info] : words) {
      if (w.empty() || w.size() > kMaxBytes) continue;  // LookupWord refuses these too
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
    uint64_t a, b;
    Key(w, &a, &b);
    for (size_t k = Hash(a, b) & mask; slots[k].info; k = (k + 1) & mask)
      if (slots[k].a == a && slots[k].b == b) return slots[k].info;
    return nullptr;
  }
};
}  // namespace

const WordInfo* LookupWord(std::string_view lower) {
  static const WordTable table;
  if (lower.empty() || lower.size() > WordTable::kMaxBytes ||
      !table
           .possible[lower.size()][WordTable::Class(lower.front())][WordTable::Class(lower.back())])
    return nullptr;
  return table.Find(lower);
}

const std::vector<HedgePhrase>& HedgePhrases() {
  static const std::vector<HedgePhrase> phrases = [] {
    struct Raw {
      const char* text;
      Hedge h;
    };
    static const Raw kRaw[] = {{"more than", Hedge::kMoreThan},
                               // Vietnamese hedges before a figure: hơn, trên, gần, khoảng.
                               {"h\xc6\xa1n", Hedge::kMoreThan},
                               {"tr\xc3\xaan", Hedge::kMoreThan},
                               {"g\xe1\xba\xa7n", Hedge::kNearly},
                               {"kho\xe1\xba\xa3ng", Hedge::kAbout},
                               {"over", Hedge::kMoreThan},
                               {"above", Hedge::kMoreThan},
                               {"exceeding", Hedge::kMoreThan},
                               {"exceeded", Hedge::kMoreThan},
                               {"exceeds", Hedge::kMoreThan},
                               {"exceed", Hedge::kMoreThan},
                               {"surpassing", Hedge::kMoreThan},
                               {"surpassed", Hedge::kMoreThan},
                               {"surpasses", Hedge::kMoreThan},
                               {"surpass", Hedge::kMoreThan},
                               {"topping", Hedge::kMoreThan},
                               {"topped", Hedge::kMoreThan},
                               {"in excess of", Hedge::kMoreThan},
                               {"upwards of", Hedge::kMoreThan},
                               {"greater than", Hedge::kMoreThan},
                               {"larger than", Hedge::kMoreThan},
                               {"higher than", Hedge::kMoreThan},
                               {"beyond", Hedge::kMoreThan},
                               {"well over", Hedge::kMoreThan},
                               {"well above", Hedge::kMoreThan},
                               {"bigger than", Hedge::kMoreThan},
                               {"greater than or equal to", Hedge::kAtLeast},
                               {"more than or equal to", Hedge::kAtLeast},
                               {"equal to or greater than", Hedge::kAtLeast},
                               {"equal to or more than", Hedge::kAtLeast},
                               {"at or above", Hedge::kAtLeast},
                               {"no lower than", Hedge::kAtLeast},
                               {"at least", Hedge::kAtLeast},
                               {"no less than", Hedge::kAtLeast},
                               {"no fewer than", Hedge::kAtLeast},
                               {"not less than", Hedge::kAtLeast},
                               {"a minimum of", Hedge::kAtLeast},
                               {"nearly", Hedge::kNearly},
                               {"almost", Hedge::kNearly},
                               {"just under", Hedge::kNearly},
                               {"just below", Hedge::kNearly},
                               {"close to", Hedge::kNearly},
                               {"nearing", Hedge::kNearly},
                               {"just shy of", Hedge::kNearly},
                               {"just over", Hedge::kJustOver},
                               {"just above", Hedge::kJustOver},
                               {"slightly more than", Hedge::kJustOver},
                               {"slightly over", Hedge::kJustOver},
                               {"a little over", Hedge::kJustOver},
                               {"about", Hedge::kAbout},
                               {"around", Hedge::kAbout},
                               {"approximately", Hedge::kAbout},
                               {"approx", Hedge::kAbout},
                               {"roughly", Hedge::kAbout},
                               {"some", Hedge::kAbout},
                               {"an estimated", Hedge::kAbout},
                               {"estimated", Hedge::kAbout},
                               {"circa", Hedge::kAbout},
                               {"an approximate", Hedge::kAbout},
                               {"up to", Hedge::kUpTo},
                               {"at most", Hedge::kUpTo},
                               {"as many as", Hedge::kUpTo},
                               {"as much as", Hedge::kUpTo},
                               {"no more than", Hedge::kUpTo},
                               {"not more than", Hedge::kUpTo},
                               {"a maximum of", Hedge::kUpTo},
                               {"less than or equal to", Hedge::kUpTo},
                               {"equal to or less than", Hedge::kUpTo},
                               {"at or below", Hedge::kUpTo},
                               {"no greater than", Hedge::kUpTo},
                               {"no higher than", Hedge::kUpTo},
                               {"not exceeding", Hedge::kUpTo},
                               {"less than", Hedge::kLessThan},
                               {"fewer than", Hedge::kLessThan},
                               {"under", Hedge::kLessThan},
                               {"below", Hedge::kLessThan},
                               {"lower than", Hedge::kLessThan},
                               {"smaller than", Hedge::kLessThan},
                               {"since", Hedge::kSince},
                               {"starting", Hedge::kSince},
                               {"starting on", Hedge::kSince},
                               {"starting from", Hedge::kSince},
                               {"beginning", Hedge::kSince},
                               {"beginning on", Hedge::kSince},
                               {"commencing", Hedge::kSince},
                               {"effective", Hedge::kSince},
                               {"by", Hedge::kBy},
                               {"before", Hedge::kBefore},
                               {"prior to", Hedge::kBefore},
                               {"after", Hedge::kAfter},
                               {"later than", Hedge::kAfter},
                               {"earlier than", Hedge::kBefore},
                               {"until", Hedge::kUntil},
                               {"till", Hedge::kUntil},
                               {"through", Hedge::kUntil}};
    std::vector<HedgePhrase> out;
    for (const auto& r : kRaw) {
      HedgePhrase p;
      p.hedge = r.h;
      std::string_view t = r.text;
      size_t pos = 0;
      while (pos < t.size()) {
        size_t sp = t.find(' ', pos);
        if (sp == std::string_view::npos) sp = t.size();
        p.words.emplace_back(t.substr(pos, sp - pos));
        pos = sp + 1;
      }
      out.push_back(std::move(p));
    }
    std::stable_sort(out.begin(), out.end(), [](const HedgePhrase& a, const HedgePhrase& b) {
      return a.words.size() > b.words.size();
    });
    return out;
  }();
  return phrases;
}

bool IsYearCue(std::string_view w) {
  static const std::unordered_set<std::string_view> kCues = {
      "in",      "since",     "by",         "from",   "until",  "till",    "to",
      "through", "before",    "after",      "of",     "during", "between", "and",
      "early",   "mid",       "late",       "year",   "fiscal", "fy",      "circa",
      "around",  "spring",    "summer",     "autumn", "fall",   "winter",  "end",
      "start",   "beginning", "throughout", "for",    "as",     "or",      "within",
      "than",    "on",        "vision",     "q1",     "q2",     "q3",      "q4"};
  return kCues.count(w) > 0;
}

// ---- CurrencyTable --------------------------------------------------------

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string Plural(const std::string& name) {
  if (!name.empty() && name.back() == 'y') return name.substr(0, name.size() - 1) + "ies";
  return name + "s";
}

// IsCode relies on this shape to turn most words away without hashing.
bool IsIsoCodeShape(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool BadCode(const std::string& path, const toml::source_region& where, std::string_view code,
             Diagnostic* error) {
  error->path = path;
  error->line = static_cast<int>(where.begin.line);
  error->column = static_cast<int>(where.begin.column);
  error->code = "packs.currency";
  error->message =
      "currency code '" + std::string(code) + "' is not three capital letters (ISO 4217)";
  return false;
}

}  // namespace

bool CurrencyTable::IsCode(std::string_view text) const {
  return IsIsoCodeShape(text) && codes_.count(std::string(text)) > 0;
}

void CurrencyTable::AddName(const std::string& name, const CurrencyMatch& m,
                            const std::unordered_set<std::string>& invariant) {
  std::string lower = Lower(name);
  names_[lower] = m;
  name_first_[static_cast<unsigned char>(lower[0])] = true;
  size_t sp = lower.rfind(' ');
  std::string last = sp == std::string::npos ? lower : lower.substr(sp + 1);
  if (!invariant.count(last) && !invariant.count(lower)) names_[Plural(lower)] = m;
  int words = 1 + static_cast<int>(std::count(lower.begin(), lower.end(), ' '));
  max_name_words_ = std::max(max_name_words_, words);
}

bool CurrencyTable::Load(std::string_view text, const std::string& path, Diagnostic* error) {
  toml::table t;
  try {
    t = toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& e) {
    error->path = path;
    error->line = static_cast<int>(e.source().begin.line);
    error->column = static_cast<int>(e.source().begin.column);
    error->code = "packs.toml";
    error->message = std::string(e.description());
    return false;
  }
  std::unordered_set<std::string> invariant;
  if (auto* arr = t["invariant"].as_array())
    for (auto& n : *arr)
      if (auto s = n.value<std::string>()) invariant.insert(Lower(*s));
  auto add_symbol = [&](const std::string& s, const CurrencyMatch& m) {
    std::string key = s.find('$') != std::string::npos ? Lower(s) : s;
    symbols_[key] = m;
    symbol_first_[static_cast<unsigned char>(key[0])] = true;
    symbol_first_[static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(key[0])))] =
        true;
    max_symbol_bytes_ = std::max(max_symbol_bytes_, key.size());
  };
  auto minor = [&](const toml::table& entry, const CurrencyMatch& parent) {
    if (auto* mt = entry["minor"].as_table()) {
      CurrencyMatch m = parent;
      m.per_unit = (*mt)["per_unit"].value_or(100.0);
      if (auto* names = (*mt)["names"].as_array())
        for (auto& n : *names)
          if (auto s = n.value<std::string>()) AddName(*s, m, invariant);
    }
  };
  if (auto* fams = t["family"].as_array()) {
    for (auto& node : *fams) {
      auto* f = node.as_table();
      if (!f) continue;
      CurrencyMatch m;
      m.family = (*f)["name"].value_or(std::string());
      if (auto* syms = (*f)["symbols"].as_array())
        for (auto& s : *syms)
          if (auto v = s.value<std::string>()) add_symbol(*v, m);
      if (auto* names = (*f)["names"].as_array())
        for (auto& s : *names)
          if (auto v = s.value<std::string>()) AddName(*v, m, invariant);
      minor(*f, m);
    }
  }
  if (auto* curs = t["currency"].as_array()) {
    for (auto& node : *curs) {
      auto* c = node.as_table();
      if (!c) continue;
      CurrencyMatch m;
      m.code = (*c)["code"].value_or(std::string());
      m.family = (*c)["family"].value_or(std::string());
      if (!IsIsoCodeShape(m.code))
        return BadCode(path, (*c)["code"].node() ? (*c)["code"].node()->source() : c->source(),
                       m.code, error);
      codes_.insert(m.code);
      family_of_[m.code] = m.family;
      if (auto* syms = (*c)["symbols"].as_array())
        for (auto& s : *syms)
          if (auto v = s.value<std::string>()) add_symbol(*v, m);
      if (auto* names = (*c)["names"].as_array())
        for (auto& s : *names)
          if (auto v = s.value<std::string>()) AddName(*v, m, invariant);
      minor(*c, m);
    }
  }
  if (auto* iso = t["codes"]["iso"].as_array())
    for (auto& n : *iso)
      if (auto s = n.value<std::string>()) {
        if (!IsIsoCodeShape(*s)) return BadCode(path, n.source(), *s, error);
        codes_.insert(*s);
      }
  return true;
}

const CurrencyMatch* CurrencyTable::Symbol(std::string_view text) const {
  if (text.empty() || text.size() > max_symbol_bytes_ ||
      !symbol_first_[static_cast<unsigned char>(text[0])])
    return nullptr;
  std::string key(text);
  if (key.find('$') != std::string::npos) key = Lower(key);
  auto it = symbols_.find(key);
  return it == symbols_.end() ? nullptr : &it->second;
}

const CurrencyMatch* CurrencyTable::Name(std::string_view lower) const {
  if (lower.empty() || !name_first_[static_cast<unsigned char>(lower[0])]) return nullptr;
  auto it = names_.find(std::string(lower));
  return it == names_.end() ? nullptr : &it->second;
}

const CurrencyTable& BuiltinCurrencies() {
  static const CurrencyTable table = [] {
    CurrencyTable t;
    Diagnostic d;
    // The built-in file is checked by a test; a failure here is a build bug.
    if (!t.Load(kBuiltinCurrenciesToml, "claims/currencies.toml", &d)) std::abort();
    return t;
  }();
  return table;
}

}  // namespace crosscheck
