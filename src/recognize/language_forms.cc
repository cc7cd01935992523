// Readers for the forms a language writes with words of its own, taken from
// its word lists (lang/language.h) rather than from the English lexicon:
// ordinals with a prefix ("thứ 3", "thứ hai"), and numeric dates led by a
// word ("tháng 11/2002", "quý I/2025", "ngày 28-29/9", "7 tháng đầu năm
// 2019"). English has none of these lists, so English text never gets here.
#include <cmath>

#include "base/civil_date.h"
#include "lang/language.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {
namespace {

// "I".."IV": quarters are often numbered in Roman numerals.
int RomanQuarter(std::string_view raw) {
  if (raw == "I") return 1;
  if (raw == "II") return 2;
  if (raw == "III") return 3;
  if (raw == "IV") return 4;
  return 0;
}

}  // namespace

bool Recognizer::Impl::LanguageStart(size_t i) const {
  const Language* lang = opts.language;
  if (!lang || !lang->has_words()) return false;
  if (IsNum(i)) return true;  // "28-29/9", "7 tháng đầu năm 2019"
  return IsWord(i) && lang->IsWord(Low(i));
}

TimeUnit Recognizer::Impl::LanguageUnit(size_t i) const {
  const Language* lang = opts.language;
  if (!lang || lang->duration_units.empty() || !IsWord(i)) return TimeUnit::kNone;
  auto it = lang->duration_units.find(std::string(Low(i)));
  if (it == lang->duration_units.end()) return TimeUnit::kNone;
  // "2 tháng 9": a month word followed by its number is a date, not a duration.
  if (OneOf(lang->month_words, Low(i)) && IsNum(i + 1)) return TimeUnit::kNone;
  const std::string& u = it->second;
  return u == "year"     ? TimeUnit::kYear
         : u == "month"  ? TimeUnit::kMonth
         : u == "week"   ? TimeUnit::kWeek
         : u == "day"    ? TimeUnit::kDay
         : u == "decade" ? TimeUnit::kDecade
                         : TimeUnit::kNone;
}

bool Recognizer::Impl::LanguageDayCue(size_t i) const {
  const Language* lang = opts.language;
  return lang && IsWord(i) && OneOf(lang->day_words, Low(i));
}

size_t Recognizer::Impl::TryLanguageForm(size_t i, Mention* m) const {
  const Language& lang = *opts.language;
  // The year after a date part: "/2025" or "năm 2025"; else the anchor's.
  auto year_after = [&](size_t k, int* y, bool* known) -> size_t {
    if (IsSym(k, '/') && Adjacent(k) && YearAt(k + 1, y) && Adjacent(k + 1)) {
      *known = true;
      return k + 2;
    }
    if (IsWord(k) && OneOf(lang.year_words, Low(k)) && YearAt(k + 1, y)) {
      *known = true;
      return k + 2;
    }
    *known = false;
    if (opts.anchor) *y = CivilFromDays(*opts.anchor).year;
    return k;
  };
  // "ngày 2 tháng 9 năm 1945", "2 tháng 9": day, month word, month, year.
  {
    size_t d = IsWord(i) && OneOf(lang.day_words, Low(i)) ? i + 1 : i;
    long day = PlainInt(d);
    long mo = IsWord(d + 1) && OneOf(lang.month_words, Low(d + 1)) ? PlainInt(d + 2) : -1;
    if (day >= 1 && day <= 31 && mo >= 1 && mo <= 12) {
      int y = 0;
      bool known = false;
      size_t e = year_after(d + 3, &y, &known);
      if (known || opts.anchor) {
        SetDay(y, static_cast<int>(mo), static_cast<int>(day), true, m);
        m->norm = SpanOf(i, e);
        return e;
      }
    }
  }
  // The ordinal written at token k, as the prefix and a number ("ke 6",
  // "ke-6", "thứ hai") or joined to its number word ("kedua", "keenam");
  // sets *end past it. 0 when there is none.
  auto OrdinalAfter = [&](size_t k, size_t* end) -> long {
    if (!IsWord(k)) return 0;
    std::string_view t = Low(k);
    for (const std::string& prefix : lang.ordinal_prefixes) {
      if (t == prefix) {
        size_t at = k + 1;
        if (IsSym(at, '-') && Adjacent(at)) ++at;
        long n = PlainInt(at);
        if (n < 0 && IsWord(at)) {
          auto it = lang.ordinal_words.find(std::string(Low(at)));
          if (it != lang.ordinal_words.end()) n = it->second;
        }
        if (n >= 1 && n <= 1000) {
          *end = at + 1;
          return n;
        }
      } else if (t.size() > prefix.size() && t.compare(0, prefix.size(), prefix) == 0) {
        auto it = lang.ordinal_words.find(std::string(t.substr(prefix.size())));
        if (it != lang.ordinal_words.end()) {
          *end = k + 1;
          return it->second;
        }
      }
    }
    return 0;
  };
  // "keenam terbesar", "kedua terbesar": an ordinal before a superlative
  // is that place too (Malay writes it in that order).
  {
    size_t e = i;
    long n = OrdinalAfter(i, &e);
    for (const auto& words : lang.superlatives) {
      size_t k = 0;
      while (n > 0 && k < words.size() && IsWord(e + k) && Low(e + k) == words[k]) ++k;
      if (n > 0 && k == words.size()) {
        m->kind = Kind::kRank;
        m->value = Interval::Exact(static_cast<double>(n));
        m->norm = SpanOf(i, e + k);
        return e + k;
      }
    }
  }
  if (IsWord(i)) {
    std::string_view w = Low(i);
    // "đối tác lớn nhất": a superlative after the noun is the first.
    for (const auto& words : lang.superlatives) {
      size_t k = 0;
      while (k < words.size() && IsWord(i + k) && Low(i + k) == words[k]) ++k;
      if (k == words.size()) {
        m->kind = Kind::kRank;
        // "terbesar kedua", "terbesar ke-6": an ordinal after the
        // superlative says which place ("the second largest"); else first.
        size_t e = i + k;
        long n = OrdinalAfter(e, &e);
        m->value = Interval::Exact(n > 0 ? static_cast<double>(n) : 1.0);
        m->norm = SpanOf(i, n > 0 ? e : i + k);
        return n > 0 ? e : i + k;
      }
    }
    // "ke-4", "keempat", "ketiga": an ordinal written with its prefix joined
    // or hyphenated. Where it stands decides: after a noun ("juara ketiga",
    // "kuartal ketiga tahun 2024") or before no noun ("menjadi yang ketiga.")
    // it is a place; before a noun after none ("ketiga negara", "kedua
    // pihak") it is the collective "the three countries", no rank.
    {
      size_t e = i;
      long n = OrdinalAfter(i, &e);
      bool spaced = e == i + 2 && !IsSym(i + 1, '-');
      if (n > 0 && !spaced) {
        // A function word (the frame's list) is no noun: "yang ketiga".
        auto function_word = [&](size_t k) {
          return !IsWord(k) || OneOf(lex->Frame(FrameClass::kFunction), Low(k));
        };
        bool after_noun = i > lookback_floor && IsWord(i - 1) && !function_word(i - 1);
        // "kedua-dua negara": the word repeated is the collective's.
        size_t after = e;
        if (IsSym(e, '-') && Adjacent(e) && Adjacent(e + 1) && IsWord(e + 1) &&
            Low(i).size() > Low(e + 1).size() &&
            Low(i).substr(Low(i).size() - Low(e + 1).size()) == Low(e + 1))
          after = e + 2;
        bool before_noun = IsWord(after) && !function_word(after);
        if (after_noun || !before_noun) {
          m->kind = Kind::kRank;
          m->value = Interval::Exact(static_cast<double>(n));
          m->norm = SpanOf(i, e);
          return e;
        }
        return 0;
      }
    }
    // Ordinals: "thứ 3", "thứ hai", the prefix a word of its own. A
    // capitalized number word after the prefix is a weekday in Vietnamese
    // ("thứ Hai", Monday): not a rank. A prefix that is also a function word
    // (Indonesian "ke", "to": "ke 6 negara", to six countries) makes an
    // ordinal only joined or hyphenated, above.
    if (OneOf(lang.ordinal_prefixes, w)) {
      if (OneOf(lex->Frame(FrameClass::kFunction), w)) return 0;
      long n = PlainInt(i + 1);
      if (n < 0 && IsWord(i + 1) && !toks[i + 1].upper_initial) {
        auto it = lang.ordinal_words.find(std::string(Low(i + 1)));
        if (it != lang.ordinal_words.end()) n = it->second;
      }
      if (n >= 1 && n <= 1000) {
        m->kind = Kind::kRank;
        m->value = Interval::Exact(static_cast<double>(n));
        m->norm = SpanOf(i, i + 2);
        return i + 2;
      }
      return 0;
    }
    // "tháng 11/2002", "tháng 5 năm 2024", "tháng 5".
    if (OneOf(lang.month_words, w)) {
      long mo = PlainInt(i + 1);
      if (mo < 1 || mo > 12 || Raw(i + 1).size() > 2) return 0;
      int y = 0;
      bool known = false;
      size_t e = year_after(i + 2, &y, &known);
      if (!known && !opts.anchor) return 0;
      m->kind = Kind::kDate;
      SetMonth(y, static_cast<int>(mo), known, m);
      m->norm = SpanOf(i, e);
      return e;
    }
    // "quý I/2025", "quý 3 năm 2024", "kuartal III 2024", "kuartal ketiga
    // tahun 2024", "triwulan pertama": the quarter as a digit, a Roman
    // numeral or an ordinal word, then its year (a bare year too).
    if (OneOf(lang.quarter_words, w)) {
      size_t after = i + 2;
      long q = PlainInt(i + 1);
      if (q < 1 || q > 4) q = RomanQuarter(Raw(i + 1));
      if (q < 1 || q > 4) q = OrdinalAfter(i + 1, &after);
      if ((q < 1 || q > 4) && Info(i + 1) && Info(i + 1)->ordinal >= 1) q = Info(i + 1)->ordinal;
      if (q < 1 || q > 4) return 0;
      int y = 0;
      bool known = false;
      size_t e = year_after(after, &y, &known);
      if (!known && YearAt(after, &y)) known = true, e = after + 1;
      if (!known && !opts.anchor) return 0;
      int m1 = static_cast<int>(q) * 3 - 2, m3 = m1 + 2;
      m->kind = Kind::kDate;
      m->date.low = DaysFromCivil(y, m1, 1);
      m->date.high = DaysFromCivil(y, m3, DaysInMonth(y, m3));
      m->date.has_low = m->date.has_high = true;
      m->date.granularity = Granularity::kQuarter;
      m->norm = SpanOf(i, e);
      return e;
    }
    return 0;
  }
  if (!IsNum(i)) return 0;
  // "7 tháng đầu năm 2019": the first seven months of 2019.
  if (long n = PlainInt(i); n >= 1 && n <= 12 && IsWord(i + 1) &&
                            OneOf(lang.month_words, Low(i + 1)) && IsWord(i + 2) &&
                            OneOf(lang.first_words, Low(i + 2))) {
    int y = 0;
    bool known = false;
    size_t e = year_after(i + 3, &y, &known);
    if (!known) return 0;
    m->kind = Kind::kDate;
    m->date.low = DaysFromCivil(y, 1, 1);
    m->date.high = DaysFromCivil(y, static_cast<int>(n), DaysInMonth(y, static_cast<int>(n)));
    m->date.has_low = m->date.has_high = true;
    m->date.granularity = Granularity::kMonth;
    m->norm = SpanOf(i, e);
    return e;
  }
  // A range of days in one month: "28-29/9", "3 - 4/11/2021", after a day
  // word or with its year written.
  if (IsSym(i + 1, '-') && IsNum(i + 2) && IsSym(i + 3, '/') && Adjacent(i + 3) && IsNum(i + 4) &&
      Adjacent(i + 4)) {
    long d1 = PlainInt(i), d2 = PlainInt(i + 2), mo = PlainInt(i + 4);
    if (d1 < 1 || d2 <= d1 || d2 > 31 || mo < 1 || mo > 12) return 0;
    int y = 0;
    bool known = false;
    size_t e = year_after(i + 5, &y, &known);
    bool cued = i > 0 && (LanguageDayCue(i - 1) || (Info(i - 1) && Info(i - 1)->date_word));
    if (!(known || cued) || !opts.anchor) return 0;
    if (!IsValidDate(y, static_cast<int>(mo), static_cast<int>(d2))) return 0;
    // An unwritten year is the publication year: these ranges name the
    // days of an event the article announces or reports.
    SetDay(y, static_cast<int>(mo), static_cast<int>(d1), true, m);
    m->date.high = DaysFromCivil(y, static_cast<int>(mo), static_cast<int>(d2));
    m->range = true;
    m->norm = SpanOf(i, e);
    return e;
  }
  return 0;
}

}  // namespace crosscheck
