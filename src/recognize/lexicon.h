// recognize/lexicon: the words the recognizers know, as data.
//
// Takes:     the lexicon files a language names (claims/lexicon/*.toml,
//            compiled in; claims/languages.toml says which a language reads)
//            and claims/currencies.toml.
// Returns:   a Lexicon: for a lower-case word, its word classes (WordInfo:
//            number word, scale, month, time unit, ...), the hedge phrases,
//            the year cues and date bounds; and the CurrencyTable.
// Guarantees: a reader asks classes here, never compares a word with a
//            language's string; the classes of a word are the union over the
//            files that list it.
// Never:     fails at run time on the built-in files (a test loads them).
#ifndef CROSSCHECK_RECOGNIZE_LEXICON_H_
#define CROSSCHECK_RECOGNIZE_LEXICON_H_

#include <bitset>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diag.h"
#include "recognize/value.h"

namespace crosscheck {

enum class TimeUnit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kFortnight,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury
};
// The report unit ("day", "week", "month", "year", ...) and how many of it one TimeUnit is.
const char* TimeUnitReportName(TimeUnit u);
double TimeUnitReportFactor(TimeUnit u);
// Seconds in one unit of fixed length (second .. fortnight); 0 for months and longer.
double TimeUnitSeconds(TimeUnit u);
// The unit whose report name this is and that counts one of it ("month"),
// or kNone: the inverse of TimeUnitReportName for units of factor 1.
TimeUnit TimeUnitOfReportName(std::string_view name);
// How many of `big` one `small` is, when both have fixed lengths (second to
// fortnight) or both count months (month to century); 0 across the two.
double TimeUnitRatio(TimeUnit small, TimeUnit big);

// Parts of the day, with the hours news and calendar software give them:
// morning 08-12, afternoon 12-16, evening 16-20, night 20-24.
enum class PartOfDay : uint8_t { kNone, kMorning, kAfternoon, kEvening, kNight, kTonight };

struct WordInfo {
  int unit = -1;              // zero..nineteen
  int tens = -1;              // twenty..ninety (the value, 20..90)
  double scale = 0;           // hundred, thousand, million, ... (the multiplier)
  bool scale_abbrev = false;  // k, m, mn, bn, tn: only directly after digits
  int ordinal = 0;            // first..twentieth, thirtieth, hundredth, ...
  double denominator = 0;     // half=2, third=3, quarter=4, fifth=5 ... (fraction words)
  bool plural = false;        // thirds, quarters, hundreds, ...
  int month = 0;              // 1..12
  bool month_abbrev = false;
  int weekday = 0;  // 1 = Monday .. 7 = Sunday
  TimeUnit time_unit = TimeUnit::kNone;
  double multiplier = 0;  // doubled=2, tripled=3, quadrupled=4, halved=0.5
  double fold = 0;        // twofold=2, threefold=3 ...
  bool dozen = false;
  // Spelled compounds of other languages: a word that multiplies the unit
  // before it into tens ("dua puluh" 20, "hai mươi" 20: 10); a suffix that
  // makes the unit before it a teen ("dua belas" 12: 10); a scale with its
  // one included ("seratus" 100, "seribu" 1000); a unit read only inside a
  // compound ("năm trăm" 500, but "năm" alone is "year"; "hai mươi lăm" 25).
  double tens_of = 0;
  int teen = 0;
  bool scale_one = false;
  bool unit_bound = false;
  // French-style additive compounds: a unit that takes a unit 1-9 after it
  // ("dix-sept" 17: teen_head), and a tens word that, at the value given,
  // takes 10-19 after it ("soixante-dix" 70 at 60; "quatre-vingt-onze" 91,
  // "vingt" at 80 only, so "vingt" alone takes no teen).
  bool teen_head = false;
  int tens_teens = 0;
  bool minus = false;             // before a number, makes it negative: "minus", "âm"
  bool percent = false;           // percent, pct
  bool glued = false;             // ... only written against the digits: "3pc"
  bool percentage_point = false;  // "2ppt", "0.5pp" (written against the digits)
  bool basis_point = false;       // "25 bps": a hundredth of a percentage point
  double times = 0;               // twice = 2, thrice = 3 (before "as", "the", ...)
  bool vague_start = false;       // can start a vague magnitude ("hundreds", "scores")
  bool date_word = false;  // today, yesterday, last, next, early, mid, late, ... (may start a date)
  PartOfDay part_of_day = PartOfDay::kNone;  // morning, afternoon, evening, night, tonight
  int clock = -1;                            // noon, midday = 12 * 3600; midnight = 0
  int season = 0;                            // 1 spring, 2 summer, 3 autumn/fall, 4 winter
  bool vague_count = false;                  // few, several, some, couple (before a time unit)
  bool holiday_start = false;                // can start a holiday's name ("christmas", "black")
  bool holiday_only = false;                 // ... and means nothing else to the recognizers
  bool clock_word = false;  // am, pm, o'clock...: a sentence with one may hold clock times
  bool cue_only = false;    // ... and no mention starts with it ("am" is also a verb)
  // largest, biggest: with no ordinal before it, the first ("the country's
  // largest partner"); "top": "top five" is a rank from 1 to 5.
  bool superlative = false;
  bool top = false;
  // first, highest, record, only ...: "the first visit in 11 years" and "the
  // highest in a decade" look back, so "in 11 years" is the time since the
  // previous one, not a day 11 years ahead.
  bool record = false;
  // Anniversaries named by a word: "centenary" is the 100th; "golden" before
  // "jubilee" or "anniversary" the 50th.
  int anniversary_years = 0;
  int jubilee_years = 0;
  // Days from the publication date a word names: today 0, yesterday -1.
  static constexpr int kNoOffset = 99;
  int day_offset = kNoOffset;
  // The direction a word gives the period after it: last -1, this 0, next 1.
  int relative = kNoOffset;
  // Before a part of the day, which half: early 0, late/later 1; else -1.
  int half = -1;
};

// Lists of words that are cues only: being on one does not make a word a
// lexicon word (Find stays nullptr), so readers that ask "is this any word
// of the lexicon?" are not changed by them.
enum class CueList : uint8_t {
  kMonthCue,      // after which a capitalized month name alone is a date ("in March")
  kMotion,        // verbs of movement: "went up to 5%" reached 5%, "moved from 2% to 3%"
  kChangeFiller,  // stand between a change word and its figure: "fell by 4%"
  kLevelHedge,    // a change verb before them names a level: "fell below 2%"
  kTimesAfter,    // after "N times" or "twice" they make a multiplier: "as", "the"
  kPeriodEnd,     // say where a fiscal year ends: "fiscal 2024, ending in June"
  kScaleOf,       // between a scale and its currency: "2 million of US dollars", "milliards de"
  kCount
};

// Word classes the claim frame reads (extract/frame.h): phrases, lower case
// as written, in the [frame] table of a lexicon file.
enum class FrameClass : uint8_t {
  kClauseBreak,   // open a new clause: "while", "which", "whereas"
  kFunction,      // never the counted noun: "in", "was", "per", "the"
  kHeadSkip,      // stand between a count and its noun: "the", "of", "new", "such"
  kCountOf,       // name the counted noun before the figure: "the number of"
  kPartial,       // after a count make it a part: "other", "more", "remaining"
  kAccumulation,  // a stock summed over time: "cumulative", "so far", "to date"
  kAsOf,          // a stock's date: "as of", "as at", "by the end of"
  kSince,         // start an accumulation before a date: "since", "ever since"
  kGrowth,        // a percentage is a change: "up", "growth", "year on year"
  kShare,         // a percentage is a part of a whole: "share", "accounted for"
  kInForce,       // a stock of what still holds: "valid", "in force"
  kConversion,    // between an amount and the same amount in another currency
  kMembership,    // before a rank, a member of a set: "one of the", "among the"
  kPartOf,        // open a part of a whole named before: "of which", "including"
  kAppositive,    // open a clause that qualifies the one before: "ranking", "making"
  kBaseBefore,    // right before a time or a figure, make it a base of comparison: "from", "than"
  kBaseNear,      // a few words before a time, make it a base: "compared", "the same period"
  kBaseBare,      // a base right before a date written bare ("over 2023"), not "over the ..."
  kTimeGlue,      // may stand between a base word and its time: "than in 2017"
  kCount
};
// The key of each class in the [frame] table ("clause_break", ...).
const char* FrameClassName(FrameClass c);

// Sets and maps keyed by views of strings the Lexicon keeps (storage_), so
// the readers look words of the sentence up without building a string.
using WordSet = std::unordered_set<std::string_view>;
template <typename V>
using WordMap = std::unordered_map<std::string_view, V>;

struct HedgePhrase {
  std::vector<std::string> words;  // lower case, in order
  Hedge hedge;
  bool amounts_only = false;  // bounds money and percentages only ("missed")
};

// "hundreds of", "a handful of", "tens of millions of": a vague magnitude
// and the interval the lexicon documents for it.
struct VaguePhrase {
  std::vector<std::string> words;  // lower case, in order
  Interval value;
};

class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Adds the classes of one lexicon file; errors name `path`, line and key.
  bool Load(std::string_view toml_text, const std::string& path, Diagnostic* error);
  // After the last Load: adds the first words of holiday names and builds
  // the lookup table. Find before Finish finds nothing.
  void Finish();

  // The classes of a lower-case word; nullptr when it has none.
  const WordInfo* Find(std::string_view lower) const;
  // Hedge phrases, longest first.
  const std::vector<HedgePhrase>& hedges() const { return hedges_; }
  // Vague magnitudes, longest first.
  const std::vector<VaguePhrase>& vague() const { return vague_; }
  // Hedges written after a figure ("50 or more", "300, give or take"),
  // longest first.
  const std::vector<HedgePhrase>& hedges_after() const { return hedges_after_; }
  // Does some hedge phrase end with this word? Most figures have none: the
  // word before them turns nearly all away without trying each phrase.
  bool EndsHedge(std::string_view lower) const { return HedgesEndingWith(lower) != nullptr; }
  // The hedge phrases that end with this word, longest first, or nullptr.
  const std::vector<const HedgePhrase*>* HedgesEndingWith(std::string_view lower) const {
    auto it = hedges_by_last_.find(lower);
    return it == hedges_by_last_.end() ? nullptr : &it->second;
  }
  // Can a hedge written after a figure start with this word ("or", "and")?
  bool StartsHedgeAfter(std::string_view lower) const {
    return hedge_after_first_.find(lower) != hedge_after_first_.end();
  }
  // Is the lower-case word on the cue list?
  bool IsCue(CueList list, std::string_view lower) const {
    return cues_[static_cast<size_t>(list)].find(lower) != cues_[static_cast<size_t>(list)].end();
  }
  // The direction a word gives the figure next to it ("slumped", "a drop
  // of", "up", "5% growth"). Kept apart from the word classes, like cues.
  Change ChangeOf(std::string_view lower) const {
    auto it = changes_.find(lower);
    return it == changes_.end() ? Change::kNone : it->second;
  }
  // The phrases of a frame class, lower case as written, longest first.
  const std::vector<std::string>& Frame(FrameClass c) const {
    return frame_[static_cast<size_t>(c)];
  }
  // Is a bare four-digit number after this word a year ("in 2024")?
  bool IsYearCue(std::string_view lower) const;
  // Does this word join the parts of a spelled number ("one hundred and
  // five", "một trăm linh năm")? A set apart from the word classes, so the
  // word means nothing else to any reader.
  bool IsNumberAnd(std::string_view lower) const;
  // Does this word join a tens word to its unit ("vingt et un", "soixante
  // et onze")? English has none: "twenty and one" is no number.
  bool IsTensAnd(std::string_view lower) const;
  // Does this word join a part of a year to its year ("the first quarter of
  // 2024", "premier trimestre de 2024")?
  bool IsYearOf(std::string_view lower) const;
  // Is this word an indefinite article that counts one before a time unit
  // ("a year", "an hour", "un mois", "une semaine")?
  bool IsArticleOne(std::string_view lower) const;
  // May this word stand between a count and its time unit ("3 extra
  // minutes", "five more years")?
  bool IsUnitFiller(std::string_view lower) const;
  // The phrases that make a length of time a date before publication:
  // after it ("ago", "lalu", "trước") or before it ("il y a", "cách đây"),
  // each split as SplitWords splits.
  const std::vector<std::vector<std::string>>& AgoPhrases(bool before) const {
    return before ? ago_before_ : ago_after_;
  }
  // Is this word written against digits to make an ordinal ("14th", "2e",
  // "1er", "3ème")?
  bool IsOrdinalSuffix(std::string_view lower) const;
  // The words of a range of figures, by role: "between"/"antara"/"entre"
  // open one that "and"/"dan"/"et" close; "from" opens one that a "to" word
  // ("to", "sampai", "hingga", "à", "đến") closes; a "to" word alone joins two
  // figures ("5 to 7", "5 à 7 %"). Sets apart from the word classes, like
  // number_and.
  enum class RangeRole : uint8_t { kBetween, kAnd, kFrom, kTo, kCount };
  bool IsRangeWord(RangeRole role, std::string_view lower) const;
  // The bound a single word states before a date or time ("after",
  // "until"), or Hedge::kNone.
  Hedge DateBound(std::string_view lower) const;

 private:
  struct Table;
  std::unordered_map<std::string, WordInfo> words_;
  std::vector<HedgePhrase> hedges_;
  std::vector<HedgePhrase> hedges_after_;
  std::vector<VaguePhrase> vague_;
  WordMap<std::vector<const HedgePhrase*>> hedges_by_last_;
  WordSet hedge_after_first_;
  WordSet year_cues_;
  WordSet number_and_;
  WordSet tens_and_;
  WordSet year_of_;
  WordSet article_one_;
  WordSet unit_filler_;
  std::vector<std::vector<std::string>> ago_after_, ago_before_;
  WordSet ordinal_suffixes_;
  WordSet range_words_[static_cast<size_t>(RangeRole::kCount)];
  WordSet cues_[static_cast<size_t>(CueList::kCount)];
  std::vector<std::string> frame_[static_cast<size_t>(FrameClass::kCount)];
  WordMap<Hedge> date_bounds_;
  WordMap<Change> changes_;
  std::unordered_set<std::string> classed_;  // words with a class besides clock_word
  std::deque<std::string> storage_;          // the keys of the views above
  // A view of `s` that lives as long as the Lexicon.
  std::string_view Keep(const std::string& s) { return storage_.emplace_back(s); }
  std::unique_ptr<Table> table_;
};

// One compiled-in lexicon file: its name ("en" for claims/lexicon/en.toml)
// and its text. The table is generated from every file of claims/lexicon/.
struct BuiltinLexiconFile {
  const char* name;
  const char* text;
};

// The built-in lexicon made of the named files ("en", "vi": claims/lexicon/
// en.toml, vi.toml), in that order; unknown names are skipped (the language
// table checks them). Built once per list and kept for the program's life.
const Lexicon& BuiltinLexicon(const std::vector<std::string>& names);
// Is there a built-in lexicon file of this name?
bool IsBuiltinLexicon(std::string_view name);

struct CurrencyMatch {
  std::string code;     // ISO 4217, empty when only the family is known
  std::string family;   // "dollar", "pound", ... (may be empty)
  double per_unit = 1;  // 100 for "cents": the amount is divided by this
};

class CurrencyTable {
 public:
  // Parses the TOML text of a currencies file; errors name `path`.
  bool Load(std::string_view toml_text, const std::string& path, Diagnostic* error);

  // A symbol written next to a number ("US$", "€", "Rp"). `text` is exact.
  const CurrencyMatch* Symbol(std::string_view text) const;
  // A (possibly multi-word) lower-case name, words joined by single spaces.
  const CurrencyMatch* Name(std::string_view lower) const;
  // An ISO 4217 code the table knows ("USD"); exact case.
  bool IsCode(std::string_view text) const;
  // The family of an ISO code ("SGD" -> "dollar"), empty when it has none.
  std::string FamilyOf(std::string_view code) const {
    auto it = family_of_.find(std::string(code));
    return it == family_of_.end() ? std::string() : it->second;
  }
  // The national currency of a country (ISO 3166 alpha-2, "SG") in a
  // family ("dollar" -> "SGD"): an ISO 4217 code starts with its country's
  // code. Empty when the country's currency is of another family.
  std::string NationalInFamily(std::string_view country, std::string_view family) const {
    for (const auto& [code, fam] : family_of_)
      if (fam == family && code.size() == 3 && code.compare(0, 2, country) == 0) return code;
    return "";
  }
  // Cheap pre-checks before hashing: can a symbol / a lower-case name start with this byte?
  bool MaybeSymbolStart(unsigned char c) const { return symbol_first_[c]; }
  // The same with the byte after it: most capitalized words are not the
  // start of a symbol ("Kenya" is not "KSh"), and are turned away unhashed.
  bool MaybeSymbolStart(unsigned char c0, unsigned char c1) const {
    return symbol_single_[c0] || symbol_pair_.test(c0 * 256u + c1);
  }
  bool MaybeNameStart(unsigned char c) const { return name_first_[c]; }
  int max_name_words() const { return max_name_words_; }
  size_t max_symbol_bytes() const { return max_symbol_bytes_; }

 private:
  void AddName(const std::string& name, const CurrencyMatch& m,
               const std::unordered_set<std::string>& invariant);
  std::unordered_map<std::string, CurrencyMatch> symbols_;  // "$"-symbols stored lower-case
  std::unordered_map<std::string, CurrencyMatch> names_;
  std::unordered_set<std::string> codes_;
  std::unordered_map<std::string, std::string> family_of_;
  bool symbol_first_[256] = {};
  bool symbol_single_[256] = {};    // one-byte symbols ("$")
  std::bitset<65536> symbol_pair_;  // first two bytes of longer symbols
  bool name_first_[256] = {};
  int max_name_words_ = 1;
  size_t max_symbol_bytes_ = 1;
};

// The table built from the compiled-in claims/currencies.toml.
const CurrencyTable& BuiltinCurrencies();

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_LEXICON_H_
