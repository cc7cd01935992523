// recognize/recognizer_impl: state shared by recognize.cc (numbers, money,
// percentages, ranks, ratios, durations) and dates.cc. Internal to recognize/.
#ifndef CROSSCHECK_RECOGNIZE_RECOGNIZER_IMPL_H_
#define CROSSCHECK_RECOGNIZE_RECOGNIZER_IMPL_H_

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/lexicon.h"
#include "recognize/recognize.h"
#include "recognize/tokenize.h"

namespace crosscheck {

// A number as written, before it is classified: "16.7 billion", "eighteen",
// "a dozen", "3/4". Token range [tb, te).
struct Numeral {
  size_t tb = 0, te = 0;
  double value = 0;
  double half_unit = 0;  // written precision; 0 = exact
  bool spelled = false;
  bool plain_int = false;  // only digits: no grouping, decimals or scale
  int digits = 0;          // digit count when plain_int
  bool has_scale = false;
  bool negative = false;
  bool fraction = false;   // "three fifths", "one and a half"
  double scale_after = 0;  // the scale word after a fraction ("a half million")
};

// Number words (and digit groups joined to them) read as one integer.
struct Cardinal {
  size_t end = 0;  // token after the last one read
  double value = 0;
  double smallest_scale = 0;    // of the scale words >= 1000 read
  double last_scale = 0;        // the scale word read last, when it was the last token
  bool ends_with_tens = false;  // the last token read was a tens word ("... thirty")
  size_t tens_at = 0;           // that token
  bool tens_after_and = false;  // it came after "and" ("one hundred and thirty")
  double before_tens = 0;       // the value before it
};

// A clock time as read (times.cc).
struct Clock {
  int32_t sec = 0;  // seconds after midnight
  Granularity granularity = Granularity::kHour;
  bool strong = false;          // a time on its own: colon, am/pm, o'clock, noon
  bool meridiem_known = false;  // am/pm written, or noon/midnight
  bool hour12 = false;          // an hour 1..12 without am/pm: could be either half of the day
};
// One clock time or a range of them.
struct TimeSpan {
  int32_t low = 0, high = 0;  // seconds after midnight
  Granularity granularity = Granularity::kHour;
  bool strong = false, range = false, hour12 = false;
};

struct Recognizer::Impl {
  RecognizeOptions opts;
  NumberMarks marks;             // from opts.language
  const Lexicon* lex = nullptr;  // the words of opts.language
  const CurrencyTable* cur = nullptr;

  // Per-sentence state, reused.
  std::string_view text;
  uint32_t base = 0;
  std::vector<Token> toks;
  std::vector<const WordInfo*> info;
  std::string lower;  // lower-case copy of the sentence (ASCII folded)
  uint32_t sentence_index = 0;
  // The sentence has a word or symbol of clock time ("am", ":", "o'clock",
  // a part of the day, a weekday): only then are times of day looked for.
  bool clock_cues = false;
  bool unit_cues = false;      // a time unit ("days", "hours"): offsets and runs may follow
  bool relative_cues = false;  // a word such as "next", "last", "past": runs may follow
  size_t lookback_floor = 0;   // first token after the last mention: lookbehind stops here

  void Prepare(std::string_view t, Span sentence);

  // Token access; all are safe for out-of-range i.
  size_t n() const { return toks.size(); }
  std::string_view Raw(size_t i) const {
    return i < toks.size() ? text.substr(toks[i].begin, toks[i].end - toks[i].begin)
                           : std::string_view();
  }
  std::string_view Low(size_t i) const {
    return i < toks.size()
               ? std::string_view(lower).substr(toks[i].begin - base, toks[i].end - toks[i].begin)
               : std::string_view();
  }
  bool IsWord(size_t i) const { return i < toks.size() && toks[i].type == TokenType::kWord; }
  bool IsNum(size_t i) const { return i < toks.size() && toks[i].type == TokenType::kNumber; }
  // The builders ask this of nearly every token: length first, then bytes.
  // Is token i a range word of this role in the document's lexicons?
  bool IsRange(size_t i, Lexicon::RangeRole role) const {
    return i < n() && IsWord(i) && lex->IsRangeWord(role, Low(i));
  }
  bool Is(size_t i, std::string_view lower_word) const {
    if (i >= toks.size() || toks[i].end - toks[i].begin != lower_word.size()) return false;
    return std::memcmp(lower.data() + (toks[i].begin - base), lower_word.data(),
                       lower_word.size()) == 0;
  }
  bool IsSym(size_t i, char c) const {
    return i < toks.size() && toks[i].type == TokenType::kSymbol && text[toks[i].begin] == c &&
           toks[i].end == toks[i].begin + 1;
  }
  bool Adjacent(size_t i) const { return i < toks.size() && !toks[i].space_before; }
  // Token i is word w of a lexicon phrase (SplitWords): a word, or the
  // hyphen or apostrophe (straight or curly) written inside a word.
  bool PhraseWordAt(size_t i, std::string_view w) const {
    if (w == "-") return IsSym(i, '-') && Adjacent(i);
    if (w == "'") return Adjacent(i) && (IsSym(i, '\'') || Raw(i) == "\xE2\x80\x99");
    return IsWord(i) && Low(i) == w;
  }
  const WordInfo* Info(size_t i) const { return i < info.size() ? info[i] : nullptr; }
  Span SpanOf(size_t tb, size_t te) const { return Span{toks[tb].begin, toks[te - 1].end}; }

  // Numerals (recognize.cc).
  bool ParseNumeral(size_t i, Numeral* num) const;
  bool ParseDigits(size_t i, Numeral* num) const;
  bool ParseNumeralNoRatio(size_t i, Numeral* num) const;  // without "X over Y"
  bool ParseSpelled(size_t i, Numeral* num) const;
  size_t MixedFraction(size_t end, const Cardinal* c, double* value, double* smallest_scale,
                       bool* fraction) const;
  size_t SpelledDecimals(size_t end, double* frac, int* places) const;
  bool ReadCardinal(size_t j, bool article, Cardinal* c) const;
  // A fraction denominator at j ("fifths", "half", "twenty-first", "thirty
  // fifths"): the token after it, or 0.
  size_t ReadDenominator(size_t j, double* den, bool* plural) const;
  // Does a fraction ("a half", "three quarters", "fifty-four hundredths") start at j?
  bool FractionAhead(size_t j) const;
  size_t ApplyScales(size_t j, Numeral* num) const;
  // Plain integer value of a number token (no grouping, no decimals), or -1.
  long PlainInt(size_t i, int* digits = nullptr) const;

  // Mention builders; each returns the token index after the mention, or 0.
  size_t TryDate(size_t i, Mention* m) const;  // dates.cc
  size_t TryMoneyPrefix(size_t i, Mention* m) const;
  size_t TryNumeric(size_t i, Mention* m) const;
  // After the numeral a (figures.cc, durations.cc).
  bool PluralTimeUnit(size_t k) const;
  // The end of an ago phrase at j, or 0; the start of one that ends right
  // before `first`, or `first` (Lexicon::AgoPhrases).
  size_t AgoAfter(size_t j) const;
  size_t AgoBefore(size_t first) const;
  // How token j joins a range whose first figure starts at `first`: a dash,
  // a "to" word, "and" after "between", "~" or "through"; kNone when it
  // does not, or when a verb of motion or change before makes the two
  // figures levels ("rose from 2 to 3"). *opened: "between" or "from"
  // stands before `first` and belongs to the range.
  enum class RangeJoin { kNone, kDash, kTo, kAnd, kTilde, kThrough };
  RangeJoin RangeJoinAt(size_t first, size_t j, bool* opened) const;
  size_t MoneyRangeBothEnds(const Numeral& a, size_t e, size_t* first, Mention* m) const;
  size_t NumericRangeEnd(const Numeral& a, size_t* first, Interval* v) const;
  bool RangeOf(const Numeral& a, const Numeral& b, Interval* v) const;
  bool ChangeBefore(size_t first) const;
  size_t PercentAfter(const Numeral& a, size_t j, size_t first, Mention* m) const;
  size_t DurationAfter(const Numeral& a, size_t j, size_t first, Mention* m) const;
  size_t TryWord(size_t i, Mention* m) const;
  size_t TryVagueMagnitude(size_t i, Mention* m) const;  // "hundreds of", "a handful of"
  size_t TryUnorderedRank(size_t i, Mention* m) const;   // "top five", "its largest"
  // A spelled number whose last word is an ordinal is one rank: "one hundred
  // twenty-fifth" is 125th, "two hundredth" 200th. Returns the end, or 0.
  size_t SpelledOrdinalEnd(const Numeral& a, Mention* m) const;
  size_t DurationTail(size_t j, TimeUnit unit, Mention* m) const;
  // Is the "in" or "for" at token `prep` the look-back of a record word
  // earlier in its clause ("the first visit in 11 years", "the highest for a
  // decade")? Then the duration after it is the time since the last one.
  bool LooksBack(size_t prep) const;
  size_t TryVagueCount(size_t k, size_t first, Mention* m) const;
  size_t TryCurrencyAfter(size_t j, Mention* m) const;
  void AttachHedge(size_t first_token, size_t floor, Mention* m) const;
  // A bound written after the figure ("50 or more", "65 and over", "a
  // dozen or so"); returns the token after it, or `next` when there is none.
  size_t AttachTrailingHedge(size_t next, Mention* m) const;
  // "more than 100 and less than 300": folds `m` (its figure starting at
  // token `figure`, its hedge before it), an amount bounded on one side,
  // into `prev`, ending at token `prev_end` and bounded on the other, when
  // only "and", "but" or a comma stands between them. True if it did.
  bool MergeBounds(Mention* prev, size_t prev_end, size_t figure, const Mention& m) const;
  // Changes (changes.cc): the direction of the figure `m` whose first token
  // is `first` and whose next token is `next`.
  void AttachChange(size_t first, size_t floor, size_t next, Mention* m) const;
  // Is token k a verb of movement or change ("went", "rose")? After one, "up
  // to" is the level reached and "from X to Y" two levels.
  bool AfterMotion(size_t k) const;
  bool ResolveCurrency(const CurrencyMatch& match, Mention* m) const;
  // After a money mention ending at e: a scale after the code ("75 USD
  // million") or minor units ("3 dollars 50 cents"). Returns the new end.
  size_t MoneyTail(size_t e, Mention* m) const;
  // "MUSD", "MEUR": M and an ISO code, millions of that currency.
  bool IsMillionsCode(std::string_view raw) const {
    return raw.size() == 4 && raw[0] == 'M' && cur->IsCode(raw.substr(1));
  }

  // Times (times.cc).
  // The mention builder the driver calls first: dates and times, composed.
  size_t TryTemporal(size_t i, Mention* m) const;
  size_t TryTemporalCore(size_t i, Mention* m) const;  // TryTemporal without "or later"
  // Its readers, in order (`between`, `from`: the word before i).
  size_t PartOfDayAt(size_t i, Mention* m) const;
  size_t TimeFirst(size_t i, bool between, bool from, Mention* m) const;
  size_t DurationThenStart(size_t i, Mention* m) const;
  // Day first, then a part of the day or a time: "tomorrow night", "next
  // Monday 1-3 pm"; else the day alone, with a range after it.
  size_t DayThenTime(size_t i, bool between, bool from, Mention* m) const;
  // "in 2 weeks", "three weeks from tomorrow", "next five days".
  size_t TryOffset(size_t i, Mention* m) const;
  size_t TryUnitRun(size_t i, Mention* m) const;  // "last 3 days", "5 upcoming years"
  // "2.5 hours", "3 hours 30 minutes", "an hour" at k, in seconds (under a day).
  size_t ClockDurationAt(size_t k, int32_t* secs) const;
  // After a date ending at e: "- 01/22/2016", "to Friday" make it a range.
  size_t DateRangeTail(size_t i, size_t e, bool between, bool from, Mention* m) const;
  // "two days from today" counts from the day it names, not from "in" before it.
  bool CountsFromNamedDay(size_t i) const;
  size_t ReadClock(size_t i, Clock* c) const;
  size_t ClockPast(size_t i, Clock* c) const;  // "half past seven", "quarter to eight"
  size_t ReadHour(size_t i, int* hour) const;
  size_t ReadMeridiem(size_t k, int* meridiem) const;  // 1 = am, 2 = pm
  // One clock time or a range of them; with `between`, "and" joins a range.
  size_t ReadTimes(size_t i, bool between, TimeSpan* t) const;
  // After a weekday, an hour range without am/pm is a time too ("Monday 3-8",
  // "Monday 11-4" = 11:00-16:00) when it reads forward.
  size_t WeekdayTimes(size_t i, TimeSpan* t) const;
  // Does a part of the day or a day start at k ("in the morning", "today",
  // "next Monday")? It vouches for bare hours before it.
  bool PartOrDayAt(size_t k) const;
  // One day ("tomorrow", "next Monday", "March 12") and a part of it after
  // ("tomorrow night", "tonight").
  // *date_end (when given) is where TryDate stopped, even when what it read
  // is not one day, so the caller need not read the date twice.
  // *half (when given) is 0/1 for "early"/"late" before the part, else -1.
  size_t ReadDayRef(size_t i, Mention* d, PartOfDay* part, size_t* date_end = nullptr,
                    int* half = nullptr) const;
  void SetRelativeDay(int offset, Mention* m) const;
  // base + amount units, months clamped to the month's last day.
  bool AddUnits(Day from, TimeUnit unit, double amount, Day* out) const;
  // "the past six months", "over the coming decade": a duration that runs
  // up to or from the publication date; sets Mention::anchored (offsets.cc).
  void AnchorPeriod(size_t first, size_t floor, Mention* m) const;

  // Dates (dates.cc). TryDate tries the readers of each written form in
  // order; each returns the token after its date, 0 (not its form) or
  // kNoDate (its form, but no date: stop).
  static constexpr size_t kNoDate = static_cast<size_t>(-1);
  // date_words.cc
  size_t DateWeekOfNumber(size_t i, Mention* m) const;
  size_t DateAfterWeekday(size_t i, Mention* m) const;
  size_t DateDeicticDay(size_t i, Mention* m) const;
  size_t DateThisTime(size_t i, Mention* m) const;
  size_t DateEndOfDay(size_t i, Mention* m) const;
  size_t DatePartOfPeriodWord(size_t i, Mention* m) const;
  size_t DateEarlierLater(size_t i, Mention* m) const;
  size_t DateEarlyMidLate(size_t i, Mention* m) const;
  size_t DateNamedYear(size_t i, Mention* m) const;
  size_t DateSeason(size_t i, Mention* m) const;
  size_t DateYearWord(size_t i, Mention* m) const;
  size_t DateWeekend(size_t i, Mention* m) const;
  size_t DateNowAnd(size_t i, Mention* m) const;
  size_t DateQuarterCode(size_t i, Mention* m) const;
  size_t DateOrdinalQuarter(size_t i, Mention* m) const;
  // date_months.cc
  size_t DateMonthLed(size_t i, Mention* m) const;
  // After the month word w at i, its readers; k is the token after it.
  size_t MonthRun(size_t i, size_t k, const WordInfo* w, Mention* m) const;
  size_t MonthDay(size_t i, size_t k, const WordInfo* w, Mention* m) const;
  size_t MonthRange(size_t i, size_t k, const WordInfo* w, Mention* m) const;
  size_t DateOrdinalOfMonth(size_t i, Mention* m) const;
  size_t DateDayOfMonthAlone(size_t i, Mention* m) const;
  size_t DateNthOfMonth(size_t i, Mention* m) const;
  // date_numbers.cc
  size_t DateYearMonthNameDay(size_t i, Mention* m) const;
  size_t DateIso(size_t i, Mention* m) const;
  size_t DateNumeric(size_t i, Mention* m) const;
  size_t DateShortSlash(size_t i, Mention* m) const;
  size_t DateDayMonYear(size_t i, Mention* m) const;
  size_t DateCentury(size_t i, Mention* m) const;
  size_t DateDayFirst(size_t i, Mention* m) const;
  size_t DateCompact(size_t i, Mention* m) const;
  size_t DateAfterYearWord(size_t i, Mention* m) const;
  size_t DateYears(size_t i, Mention* m) const;
  bool YearAt(size_t i, int* year) const;
  // A plain integer no calendar year here can be (five digits or more): after
  // a day and month it makes the date invalid, kept as written.
  bool BadYearAt(size_t i) const;
  // "12 March 99999": the date as written, flagged invalid; the token after it.
  size_t InvalidYearDate(size_t i, size_t year_at, int month, int day, Mention* m) const;
  // After a month name ending before e: its abbreviation's period, a comma
  // and a year, if there. Returns the new end.
  size_t YearAfterMonth(size_t e, bool abbrev, int* year, bool* known) const;
  // A year in words at k ("nineteen eighty six", "two thousand and five"):
  // the token after it, or 0.
  size_t SpelledYearAt(size_t k, int* year) const;
  size_t TryRelativeWord(size_t i, Mention* m) const;
  size_t DateUnitThenRelative(size_t i, Mention* m) const;
  void CalendarUnitFrom(TimeUnit unit, int dir, Mention* m) const;
  size_t RelativeWeekday(size_t i, size_t k, int dir, bool nearest, Mention* m) const;
  // A holiday named at i ("Christmas 2010", "Easter Monday"): the nearest one,
  // or by `dir` the last (-1), this year's (0 when cued) or the next (+1).
  // `cued`: a word before it says a date comes, so lower case is allowed.
  size_t TryHoliday(size_t i, int dir, bool cued, Mention* m) const;
  size_t TryWeekOf(size_t i, Mention* m) const;  // "the week of April 10th", "week 31"
  // "fiscal year 2008", "FY24", "calendar year 2008"; `relative`: after "last"/"this"/"next".
  size_t TryNamedYear(size_t i, int dir, bool relative, Mention* m) const;
  size_t TrySeason(size_t i, int dir, bool relative, Mention* m) const;
  size_t FiscalYearEnd(size_t k, int year,
                       Mention* m) const;              // "... ending in June"  // "this summer"
  size_t TryPartOfPeriod(size_t i, Mention* m) const;  // "the first nine months of 2024"
  size_t FirstUnitsOfYear(size_t i, const Numeral& num, TimeUnit unit, Mention* m) const;
  // "the third month of 2021", "the 15th day of May": i starts the span, k is the ordinal.
  size_t TryNthUnitOf(size_t i, size_t k, Mention* m) const;
  // A weekday with no date after it ("on Friday", "Wednesday next week").
  size_t WeekdayAlone(size_t i, int weekday, Mention* m) const;
  // Does the sentence speak of the future before token i ("will", "scheduled")?
  bool FutureBefore(size_t i) const;
  void SetDay(int y, int mo, int d, bool year_known, Mention* m) const;
  void SetMonth(int y, int mo, bool year_known, Mention* m) const;
  void SetYears(int y1, int y2, Granularity g, Mention* m) const;

  // Forms of the document's language (language_forms.cc), read from its
  // word lists in claims/languages.toml.
  // Can a form of the language start at token i?
  bool LanguageStart(size_t i) const;
  size_t TryLanguageForm(size_t i, Mention* m) const;
  // Is token i a word after which a numeric day ("15/5") is a date?
  bool LanguageDayCue(size_t i) const;
  // A time unit of the language at token i ("năm": year), or kNone.
  TimeUnit LanguageUnit(size_t i) const;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_RECOGNIZER_IMPL_H_
