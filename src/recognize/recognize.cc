// The recognizer's driver. It walks the tokens of one sentence left to right
// and, at each token, tries the readers in a fixed order (dates and times,
// money with a leading symbol, numerals, number words) and takes the first
// that matches; matched tokens are consumed, so mentions never overlap. Each
// written form has its reader in a file of its own (see recognizer_impl.h).
#include "recognize/recognize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "base/utf8.h"
#include "lang/language.h"
#include "normalize/normalize.h"
#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

// ---- setup ----------------------------------------------------------------

Recognizer::Recognizer(RecognizeOptions options) : impl_(new Impl) {
  impl_->opts = std::move(options);
  impl_->cur = impl_->opts.currencies ? impl_->opts.currencies : &BuiltinCurrencies();
  set_language(impl_->opts.language);
}
Recognizer::~Recognizer() = default;
void Recognizer::set_anchor(std::optional<Day> anchor) { impl_->opts.anchor = anchor; }
void Recognizer::set_day_first(bool day_first) { impl_->opts.day_first = day_first; }
void Recognizer::set_language(const Language* language) {
  impl_->opts.language = language;
  static const std::vector<std::string> kEnglish = {"en"};
  impl_->lex = &BuiltinLexicon(language ? language->lexicons : kEnglish);
  impl_->marks = NumberMarks{};
  if (language) impl_->marks = NumberMarks{language->group, language->decimal};
}
void Recognizer::set_default_currency(std::string code) {
  impl_->opts.default_currency = std::move(code);
}

void Recognizer::Impl::Prepare(std::string_view t, Span sentence) {
  text = t;
  base = sentence.begin;
  Tokenize(t, sentence, &toks, marks);
  // ASCII letters lower-cased in one pass the compiler vectorizes. Only words
  // are read through `lower`: their letters fold, while digits and symbols
  // stay as they are.
  lower.resize(sentence.size());
  const char* from = t.data() + sentence.begin;
  char* to = lower.data();
  unsigned char high_bits = 0;
  for (uint32_t k = 0; k < sentence.size(); ++k) {
    char c = from[k];
    high_bits |= static_cast<unsigned char>(c);
    to[k] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
  }
  // Letters of other scripts fold too ("Tỷ", "ĐỒNG", "Über"), where the
  // lower-case letter takes as many bytes, so offsets stay those of `text`.
  std::string_view sv(from, sentence.size());
  for (uint32_t k = high_bits & 0x80 ? utf8::AsciiPrefixEnd(sv, 0, sentence.size())
                                     : static_cast<uint32_t>(sentence.size());
       k < sentence.size(); k = utf8::AsciiPrefixEnd(sv, k, sentence.size())) {
    int len = 1;
    char32_t cp = utf8::Decode(sv, k, &len);
    UChar32 low = u_tolower(static_cast<UChar32>(cp));
    if (low != static_cast<UChar32>(cp) && U8_LENGTH(low) == len) {
      int32_t at = 0;
      uint8_t buf[4];
      UBool error = false;
      U8_APPEND(buf, at, 4, low, error);
      if (!error) std::memcpy(to + k, buf, static_cast<size_t>(len));
    }
    k += static_cast<uint32_t>(len);
  }
  info.assign(toks.size(), nullptr);
  clock_cues = unit_cues = relative_cues = false;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].type != TokenType::kWord) {
      if (toks[i].type == TokenType::kSymbol && text[toks[i].begin] == ':') clock_cues = true;
      continue;
    }
    uint32_t len = toks[i].end - toks[i].begin;
    const WordInfo* wi = info[i] = lex->Find(Low(i));
    if (wi && wi->time_unit != TimeUnit::kNone) unit_cues = true;
    if (wi && wi->date_word) relative_cues = true;
    if (wi &&
        (wi->clock_word || wi->part_of_day != PartOfDay::kNone || wi->clock >= 0 || wi->weekday ||
         (len == 4 && Low(i) == "past" && i > 0 &&  // "half past seven", "10 past 9"
          (toks[i - 1].type == TokenType::kNumber || Low(i - 1) == "half" ||
           Low(i - 1) == "quarter"))))
      clock_cues = true;
  }
}

// ---- driver -----------------------------------------------------------------

namespace {

bool DateInYears(const DateValue& d) {
  static const Day kFirst = DaysFromCivil(1, 1, 1), kLast = DaysFromCivil(9999, 12, 31);
  return (!d.has_low || (d.low >= kFirst && d.low <= kLast)) &&
         (!d.has_high || (d.high >= kFirst && d.high <= kLast));
}

}  // namespace

void Recognizer::Recognize(std::string_view text, Span sentence, uint32_t sentence_index,
                           std::vector<Mention>* out) {
  Impl& r = *impl_;
  r.Prepare(text, sentence);
  r.sentence_index = sentence_index;
  size_t floor = 0;
  size_t count = 0;
  for (size_t i = 0; i < r.n() && count < kMaxMentionsPerSentence;) {
    const Token& t = r.toks[i];
    // URLs carry digits and "%2F" escapes that are not figures: skip them whole.
    if (t.type == TokenType::kWord && (r.Is(i, "http") || r.Is(i, "https") || r.Is(i, "www")) &&
        (r.IsSym(i + 1, ':') || r.IsSym(i + 1, '.')) && r.Adjacent(i + 1)) {
      ++i;
      while (i < r.n() && !r.toks[i].space_before) ++i;
      continue;
    }
    // Fast skip: only digits, symbols and lexicon words can start a mention.
    // A word outside the lexicon starts a mention only as an article
    // ("a dozen", "the past decade"), a currency code ("USD 5") or a symbol
    // made of letters ("Rp", "RM", "HK$").
    if (t.type == TokenType::kWord && r.info[i] && r.info[i]->cue_only) {
      ++i;  // "am", "pm": read by the clock reader after a number, never a start
      continue;
    }
    if (t.type == TokenType::kWord && !r.info[i] && !r.LanguageStart(i)) {
      std::string_view low = r.Low(i);
      bool article = low == "a" || low == "an" || low == "the" ||
                     (low == "per" && r.Is(i + 1, "cent"));  // "per cent of 210"
      // Codes and letter symbols are capitalized ("USD", "Rp", "HK$"), except in
      // newswire copy that lower-cases a symbol before "$" ("hk $").
      bool next_symbol = i + 1 < r.n() && r.toks[i + 1].type == TokenType::kSymbol;
      if (!article &&
          !(t.end - t.begin <= 3 &&
            (next_symbol ||
             (t.upper_initial && (r.cur->IsCode(r.Raw(i)) || r.cur->Symbol(r.Raw(i)))))) &&
          !r.IsMillionsCode(r.Raw(i))) {
        ++i;
        continue;
      }
    }
    // Numbers glued to a name are part of an identifier: "G20", "COVID-19";
    // after "=" they are a parameter ("id=2024"), not a figure.
    if (t.type == TokenType::kNumber && i > 0 && !t.space_before &&
        (r.toks[i - 1].type == TokenType::kWord || r.IsSym(i - 1, '=') || r.IsSym(i - 1, '%') ||
         (r.IsSym(i - 1, '-') && i > 1 && !r.toks[i - 1].space_before && r.IsWord(i - 2) &&
          r.toks[i - 2].upper_initial && !r.Info(i - 2)))) {
      ++i;
      continue;
    }
    // ... and a capital letter glued after them makes a name too: "5G", "3D".
    if (t.type == TokenType::kNumber && r.IsWord(i + 1) && r.Adjacent(i + 1) &&
        r.toks[i + 1].upper_initial && !r.info[i + 1] && r.Raw(i + 1).size() <= 2) {
      i += 2;
      continue;
    }
    Mention m;
    r.lookback_floor = floor;
    size_t next = r.LanguageStart(i) ? r.TryLanguageForm(i, &m) : 0;
    if (!next) next = r.TryTemporal(i, &m);
    // A word that can only start a holiday ("Christmas", "black") is done.
    if (!next && r.info[i] && r.info[i]->holiday_only) {
      ++i;
      continue;
    }
    if (!next) next = r.TryMoneyPrefix(i, &m);
    if (!next) next = r.TryNumeric(i, &m);
    if (!next) next = r.TryWord(i, &m);
    // A reader returns the token after its mention; one that did not move
    // would loop here, so it is taken as no mention.
    if (next <= i || m.norm.end <= m.norm.begin) {
      ++i;
      continue;
    }
    size_t first = i;
    while (first > floor && r.toks[first].begin > m.norm.begin) --first;
    r.AttachHedge(first, floor, &m);
    next = r.AttachTrailingHedge(next, &m);
    r.AttachChange(first, floor, next, &m);
    if (m.kind != Kind::kDate && m.value.has_point && !std::isfinite(m.value.point)) {
      // Written, but too large for any number ("1.5x10^400", a run of 9,000
      // digits): kept as written, with no value to compare.
      m.overflow = true;
      m.value = Interval{};
    }
    if (m.kind == Kind::kDate && !DateInYears(m.date)) {
      // "3000 years ago" from 2025: a year no calendar date of the report can
      // hold (0001-9999); kept as written, with no date to compare.
      m.date = DateValue{};
      m.date.unresolved = "OUT_OF_RANGE";
    }
    if (m.kind == Kind::kDuration && !m.range && m.relative == 0) {
      // The hedge may start before the figure: "in more than a decade".
      uint32_t start =
          m.qualifier.empty() ? m.norm.begin : std::min(m.norm.begin, m.qualifier.begin);
      size_t h = first;
      while (h > 0 && r.toks[h - 1].begin >= start) --h;
      m.since_last = h > 0 && r.LooksBack(h - 1);
    }
    r.AnchorPeriod(first, floor, &m);
    m.sentence = sentence_index;
    if (count > 0 && r.MergeBounds(&out->back(), floor, first, m)) {
      floor = next;
      i = next;
      continue;
    }
    out->push_back(std::move(m));
    ++count;
    floor = next;
    i = next;
  }
}

void Recognizer::Numerals(std::string_view text, Span sentence, std::vector<Mention>* out) {
  // Numbers that are part of a date or an ordinal are not numbers of their own.
  std::vector<Mention> whole;
  Recognize(text, sentence, 0, &whole);
  Impl& r = *impl_;
  r.Prepare(text, sentence);
  size_t w = 0;
  for (size_t i = 0; i < r.n();) {
    while (w < whole.size() && whole[w].norm.end <= r.toks[i].begin) ++w;
    if (w < whole.size() && whole[w].norm.begin <= r.toks[i].begin &&
        (whole[w].kind == Kind::kDate || whole[w].kind == Kind::kRank)) {
      ++i;
      continue;
    }
    Numeral num;
    if (!r.ParseNumeral(i, &num)) {
      ++i;
      continue;
    }
    // "180ml", "29km": a quantity with a unit, not a bare number.
    if (!num.spelled && r.IsWord(num.te) && r.Adjacent(num.te) && !r.Info(num.te)) {
      i = num.te + 1;
      continue;
    }
    Mention m;
    m.kind = Kind::kNumber;
    size_t first = num.negative && !num.spelled ? i - 1 : i;
    m.norm = r.SpanOf(first, num.te);
    m.value = Interval::Rounded(num.value, num.half_unit);
    out->push_back(std::move(m));
    i = num.te;
  }
}

void MapToOriginal(const OffsetMap& map, std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) m.span = map.ToOriginal(m.norm);
}

}  // namespace crosscheck
