// Numbers, money, percentages, ranks, multipliers and durations. Dates live
// in dates.cc. The recognizer walks the tokens of one sentence left to right
// and, at each token, tries the builders in a fixed order (date, money with a
// leading symbol, numeric, word) and takes the first that matches; matched
// tokens are consumed, so mentions never overlap.
#include "recognize/recognize.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "lang/language.h"
#include "normalize/normalize.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {
namespace {

bool IsOrdinalSuffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

// Hedges that bound amounts, as opposed to those that bound dates.
bool IsDateHedge(Hedge h) {
  return h == Hedge::kSince || h == Hedge::kBy || h == Hedge::kBefore || h == Hedge::kAfter ||
         h == Hedge::kUntil;
}

}  // namespace

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
  // are read through `lower`: their letters fold, while digits, symbols and
  // the bytes of other scripts stay as they are.
  lower.resize(sentence.size());
  const char* from = t.data() + sentence.begin;
  char* to = lower.data();
  for (uint32_t k = 0; k < sentence.size(); ++k) {
    char c = from[k];
    to[k] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
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

// ---- numerals ---------------------------------------------------------------

long Recognizer::Impl::PlainInt(size_t i, int* digits) const {
  if (!IsNum(i)) return -1;
  std::string_view s = Raw(i);
  if (s.size() > 9) return -1;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  if (digits) *digits = static_cast<int>(s.size());
  return v;
}

size_t Recognizer::Impl::ApplyScales(size_t j, Numeral* num) const {
  double mult = 1;
  while (const WordInfo* w = Info(j)) {
    if (w->scale > 0 && !w->plural) {
      if (w->scale_abbrev) {
        std::string_view l = Low(j);
        bool spaced_ok = l == "k" || l == "bn" || l == "mn" || l == "tn" || l == "mln" ||
                         l == "bln" || l == "tln" || l == "trn";
        if (!Adjacent(j) && !spaced_ok) break;
        // An abbreviation only ever comes first: "5 million m" is not 5e12.
        if (mult != 1) break;
      }
      mult *= w->scale;
      ++j;
      continue;
    }
    if (w->dozen) {
      mult *= 12;
      ++j;
      continue;
    }
    break;
  }
  if (mult != 1) {
    num->value *= mult;
    // Scale words round ("9 billion" is 8.5 to 9.5 billion); dozens count.
    bool rounds = std::fmod(mult, 12) != 0 || mult >= 1000;
    num->half_unit =
        rounds ? (num->half_unit > 0 ? num->half_unit : 0.5) * mult : num->half_unit * mult;
    num->has_scale = true;
    num->plain_int = false;
  }
  return j;
}

bool Recognizer::Impl::ParseDigits(size_t i, Numeral* num) const {
  if (!IsNum(i)) return false;
  std::string_view s = Raw(i);
  double v = 0;
  int decimals = -1;
  int digits = 0;
  bool grouped = false;
  int exponent = 0;
  bool scientific = false;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c == 'e' || c == 'E') {  // the tokenizer only lets a well-formed exponent in
      scientific = true;
      bool minus = s[k + 1] == '-';
      // Capped: past 10^400 any double is infinite, and the int must not overflow.
      for (size_t x = k + 1; x < s.size(); ++x)
        if (s[x] >= '0' && s[x] <= '9') exponent = std::min(exponent * 10 + (s[x] - '0'), 100000);
      if (minus) exponent = -exponent;
      break;
    }
    if (c == marks.group) {
      grouped = true;
      continue;
    }
    if (c == marks.decimal && decimals < 0 && digits == 0) {
      decimals = 0;
      continue;
    }
    if (c == marks.decimal) {
      if (decimals >= 0) break;  // "192.168.1": read the first number only
      decimals = 0;
      continue;
    }
    v = v * 10 + (c - '0');
    ++digits;
    if (decimals >= 0) ++decimals;
  }
  if (decimals > 0) v /= std::pow(10.0, decimals);
  if (scientific) v *= std::pow(10.0, exponent);
  *num = Numeral{};
  num->tb = i;
  num->value = v;
  num->half_unit = decimals > 0 && !scientific ? 0.5 * std::pow(10.0, -decimals) : 0;
  num->plain_int = decimals < 0 && !grouped && !scientific;
  num->digits = digits;
  // A minus sign written right before the digits, not between two numbers.
  if (i > 0 && IsSym(i - 1, '-') && Adjacent(i) && (i == 1 || toks[i - 1].space_before) &&
      !(i >= 2 && !toks[i - 1].space_before)) {
    num->negative = true;
    num->value = -v;
  }
  size_t j = i + 1;
  // Thousands grouped with spaces: "1 414 021 100", "40 000".
  if (num->plain_int && digits <= 3 && !num->negative) {
    while (IsNum(j) && toks[j].space_before && text[toks[j].begin - 1] == ' ' &&
           toks[j].begin - toks[j - 1].end == 1) {
      std::string_view g = Raw(j);
      if (g.size() == 3 && PlainInt(j) >= 0) {
        v = v * 1000 + static_cast<double>(PlainInt(j));
        ++j;
        continue;
      }
      // The last group may carry decimals: "1 234 567.89".
      if (g.size() > 4 && g[3] == marks.decimal &&
          g.find_first_not_of("0123456789", 4) == std::string_view::npos &&
          g.substr(0, 3).find_first_not_of("0123456789") == std::string_view::npos) {
        Numeral last;
        ParseDigits(j, &last);
        v = v * 1000 + last.value;
        num->half_unit = last.half_unit;
        ++j;
      }
      break;
    }
    if (j > i + 1) {
      num->value = v;
      num->plain_int = false;
    }
  }
  // Fractions "3/4" (not dates "3/4/2025").
  if (IsSym(j, '/') && Adjacent(j) && IsNum(j + 1) && Adjacent(j + 1) && !IsSym(j + 2, '/')) {
    long a = PlainInt(i), b = PlainInt(j + 1);
    if (a >= 0 && b > 0 && b <= 1000 && !(IsSym(j + 2, '-'))) {
      num->value = (num->negative ? -1.0 : 1.0) * static_cast<double>(a) / static_cast<double>(b);
      num->plain_int = false;
      num->half_unit = 0;
      num->te = j + 2;
      return true;
    }
  }
  // Mixed numbers "2 1/4": a whole number, a space, a fraction.
  if (num->plain_int && IsNum(j) && toks[j].space_before && IsSym(j + 1, '/') && Adjacent(j + 1) &&
      IsNum(j + 2) && Adjacent(j + 2) && !IsSym(j + 3, '/')) {
    long a = PlainInt(j), b = PlainInt(j + 2);
    if (a >= 0 && b > a && b <= 1000) {
      num->value += (num->negative ? -1.0 : 1.0) * static_cast<double>(a) / static_cast<double>(b);
      num->plain_int = false;
      num->te = j + 3;
      return true;
    }
  }
  // Powers: "1.1^23", "2.5^-1", "1.3x10^6", "6.23×10^-4".
  {
    size_t k = j;
    double root = std::fabs(num->value), factor = 1;
    bool times_ten = (Is(k, "x") || Raw(k) == "\xC3\x97") && Adjacent(k) && IsNum(k + 1) &&
                     Adjacent(k + 1) && Raw(k + 1) == "10";
    if (times_ten) {
      factor = root;
      root = 10;
      k += 2;
    }
    if (IsSym(k, '^') && Adjacent(k)) {
      size_t e = k + 1;
      double sign = 1;
      while ((IsSym(e, '+') || IsSym(e, '-')) && Adjacent(e)) {
        if (IsSym(e, '-')) sign = -sign;
        ++e;
      }
      long power = PlainInt(e);
      // A power past any double ("10^400", or digits past a long) is kept
      // whole; the mention is then flagged overflow.
      if (power < 0 && IsNum(e) && Raw(e).find_first_not_of("0123456789") == std::string_view::npos)
        power = 100000;
      if (power >= 0 && Adjacent(e)) {
        double raised =
            factor * std::pow(root, sign * static_cast<double>(std::min(power, 100000L)));
        num->value = num->negative ? -raised : raised;
        num->half_unit = 0;
        num->plain_int = false;
        num->te = e + 1;
        return true;
      }
    }
  }
  // A decimal comma in a language whose mark is the point: "5,00", "1,3"
  // (a thousands comma has three digits).
  if (marks.decimal == '.' && num->plain_int && IsSym(j, ',') && Adjacent(j) && IsNum(j + 1) &&
      Adjacent(j + 1) && Raw(j + 1).size() <= 2 && PlainInt(j + 1) >= 0 && !IsSym(j + 2, ',')) {
    int places = static_cast<int>(Raw(j + 1).size());
    double frac = static_cast<double>(PlainInt(j + 1)) / std::pow(10.0, places);
    num->value += num->negative ? -frac : frac;
    num->half_unit = 0.5 * std::pow(10.0, -places);
    num->plain_int = false;
    j += 2;
  }
  num->te = ApplyScales(j, num);
  return true;
}

bool Recognizer::Impl::ReadCardinal(size_t j, bool article, Cardinal* c) const {
  *c = Cardinal{};
  // Three levels, so a multiplier applies to the right part: in "three
  // hundred and two dozens" the dozen multiplies two (324), in "ninety-five
  // hundred" the hundred multiplies ninety-five (9,500).
  double total = 0, hund = 0, small = 0;
  enum { kNone, kDigits, kUnit, kTens, kHundred, kScale, kDozen } last = kNone;
  double last_multiplier = 0;  // of the last hundred or scale word
  bool any = article;
  size_t k = j;
  while (k < n()) {
    const WordInfo* w = Info(k);
    if (IsNum(k)) {
      // A digit group takes part when a scale word follows ("3 hundred",
      // "4 thousand") or it continues one ("4 thousand 3 hundred and 21").
      long v = PlainInt(k);
      const WordInfo* nx = Info(k + 1);
      bool scale_next = nx && nx->scale >= 100 && !nx->scale_abbrev && !Adjacent(k + 1);
      bool continues = last == kHundred || last == kScale;
      if (v < 0 || v > 999 || !(scale_next || continues) || !toks[k].space_before) break;
      small = static_cast<double>(v);
      last = kDigits;
    } else if (Is(k, "and")) {
      // "one hundred and five"; not "one hundred and three quarters" (a
      // whole and a fraction) and not "and 0".
      if (!(last == kHundred || last == kScale)) break;
      const WordInfo* nx = Info(k + 1);
      bool number_next = (nx && ((nx->unit > 0 && nx->ordinal == 0) || nx->tens > 0)) ||
                         (IsNum(k + 1) && PlainInt(k + 1) > 0 && PlainInt(k + 1) < 100);
      // "3 hundred and 2 hundred" are two numbers; "one thousand and five
      // hundred" and "two hundred and two thousand" are one.
      const WordInfo* after = Info(k + 2);
      bool own_scale = after && !after->scale_abbrev && after->scale == last_multiplier;
      if (!number_next || own_scale || FractionAhead(k + 1)) break;
      ++k;
      continue;
    } else if (!w) {
      break;
    } else if (w->unit >= 0 && w->ordinal == 0) {
      if (last == kDigits || last == kUnit || last == kDozen) break;
      if (last == kTens && (w->unit >= 10 || w->unit == 0)) break;
      if ((last == kHundred || last == kScale) && w->unit == 0) break;
      small += w->unit;
      last = kUnit;
    } else if (w->tens >= 0) {
      if (last == kDigits || last == kUnit || last == kTens || last == kDozen) break;
      c->tens_at = k;
      c->tens_after_and = k > j && Is(k - 1, "and");
      c->before_tens = total + hund + small;
      small += w->tens;
      last = kTens;
      c->end = ++k;
      c->ends_with_tens = true;
      c->last_scale = 0;
      any = true;
      // "twenty-one", "fifty - two"
      size_t h = IsSym(k, '-') ? k + 1 : k;
      const WordInfo* u = Info(h);
      bool joined = h == k || (Adjacent(k) == Adjacent(h));
      if (joined && u && u->unit > 0 && u->unit < 10 && u->ordinal == 0 &&
          !(h == k && !toks[h].space_before)) {
        small += u->unit;
        last = kUnit;
        k = h + 1;
        c->end = k;
        c->ends_with_tens = false;
      }
      continue;
    } else if (w->scale == 100 && !w->scale_abbrev) {
      if (!any || last == kHundred || hund != 0 || (w->plural && last == kNone)) break;
      hund = (small == 0 ? 1 : small) * 100;
      small = 0;
      last = kHundred;
      last_multiplier = 100;
    } else if (w->scale >= 1000 && !w->scale_abbrev && !w->plural) {
      if (!any) break;
      double group = hund + small;
      bool chained = group == 0 && last == kScale;  // "three lakh crore"
      if (chained)
        total *= w->scale;
      else
        total += (group == 0 ? 1 : group) * w->scale;
      hund = small = 0;
      last = kScale;
      last_multiplier = w->scale;
      c->smallest_scale = c->smallest_scale == 0 ? w->scale : std::min(c->smallest_scale, w->scale);
      c->end = ++k;
      c->last_scale = chained ? c->last_scale * w->scale : w->scale;
      c->ends_with_tens = false;
      any = true;
      continue;
    } else if (w->dozen && (!w->plural || small > 1 || hund > 0)) {
      if (!any) break;
      small = (small == 0 ? 1 : small) * 12;
      last = kDozen;
    } else {
      break;
    }
    any = true;
    c->end = ++k;
    c->last_scale = 0;
    c->ends_with_tens = false;
  }
  if (last == kNone) return false;
  c->value = total + hund + small;
  return true;
}

size_t Recognizer::Impl::ReadDenominator(size_t j, double* den, bool* plural) const {
  const WordInfo* w = Info(j);
  if (!w) return 0;
  // "twenty-first", "thirty fifths": a tens word and a unit ordinal.
  if (w->tens >= 0) {
    size_t h = IsSym(j + 1, '-') ? j + 2 : j + 1;
    const WordInfo* o = Info(h);
    if (o && o->ordinal > 0 && o->ordinal < 10 && (h == j + 1 || Adjacent(h))) {
      *den = w->tens + o->ordinal;
      *plural = o->plural;
      return h + 1;
    }
    return 0;
  }
  if (w->denominator > 0) {
    *den = w->denominator;
    *plural = w->plural;
    return j + 1;
  }
  return 0;
}

bool Recognizer::Impl::FractionAhead(size_t j) const {
  double den = 0;
  bool plural = false;
  if (Is(j, "a") || Is(j, "an")) return ReadDenominator(j + 1, &den, &plural) > 0;
  Cardinal c;
  if (!ReadCardinal(j, false, &c)) return false;
  size_t d = IsSym(c.end, '-') ? c.end + 1 : c.end;
  // A proper fraction only: "and fifty-four hundredths" is a fraction of
  // its own, "and thirty-two fifths" continues the numerator (132/5).
  return ReadDenominator(d, &den, &plural) && c.value < den;
}

bool Recognizer::Impl::ParseSpelled(size_t i, Numeral* num) const {
  size_t j = i;
  bool negative = false;
  if ((Is(j, "minus") || Is(j, "negative")) && j + 1 < n() &&
      ((Info(j + 1) && (Info(j + 1)->unit >= 0 || Info(j + 1)->tens >= 0)) || IsNum(j + 1))) {
    negative = true;
    ++j;
    if (IsNum(j)) {  // "minus 5"
      if (!ParseNumeral(j, num) || num->negative) return false;
      num->tb = i;
      num->value = -num->value;
      num->negative = true;
      num->spelled = true;
      return true;
    }
  }
  // "the one you mentioned", "no one": a pronoun, not a number.
  if (Is(j, "one") && j > 0 && !negative &&
      (Is(j - 1, "the") || Is(j - 1, "this") || Is(j - 1, "that") || Is(j - 1, "which") ||
       Is(j - 1, "each") || Is(j - 1, "every") || Is(j - 1, "any") || Is(j - 1, "no") ||
       Is(j - 1, "another") || Is(j - 1, "someone") || Is(j - 1, "anyone")) &&
      !(Info(j + 1) && (Info(j + 1)->scale > 0 || Info(j + 1)->unit >= 0)))
    return false;
  bool article = false;
  double den = 0;
  bool plural = false;
  if (Is(j, "a") || Is(j, "an")) {
    const WordInfo* w = Info(j + 1);
    bool fraction_next = ReadDenominator(j + 1, &den, &plural) && !plural;
    if (!w || !((w->scale > 0 && !w->scale_abbrev && !w->plural) || (w->dozen && !w->plural) ||
                fraction_next))
      return false;
    article = true;
    ++j;
  }
  Cardinal c;
  bool have = ReadCardinal(j, article, &c);
  double value = 0;
  size_t end = 0;
  bool fraction = false;
  double smallest_scale = have ? c.smallest_scale : 0;
  double scale_after = 0;  // a scale word after a fraction: "a half million"
  // A fraction: a numerator (or "a") and a denominator, "three fifths",
  // "a twenty-first", "one - fourth", "two hundred-fifths", "one hundred
  // thirty fifths" (the tens word belongs to the denominator: 100/35).
  {
    size_t d = have ? c.end : j;
    if (have && IsSym(d, '-')) ++d;
    size_t e = 0;
    double numerator = have ? c.value : 1;
    double compound_numerator = c.before_tens == 0 && article ? 1 : c.before_tens;
    if (have && c.ends_with_tens && !c.tens_after_and && compound_numerator > 0 &&
        (e = ReadDenominator(c.tens_at, &den, &plural)) != 0) {
      numerator = compound_numerator;  // "one hundred thirty fifths" is 100/35
    } else if ((have || article) && (e = ReadDenominator(d, &den, &plural)) != 0) {
      // numerator as read: "twenty fifths" is 20/5
    } else if (have && c.value < 1000) {
      // "one one hundred fifth": the second number and an ordinal form the
      // denominator (105) when the first cannot take the second.
      Cardinal dc;
      if (ReadCardinal(c.end, false, &dc) && dc.value >= 100) {
        size_t o = Is(dc.end, "and") ? dc.end + 1 : dc.end;
        if (Info(o) && Info(o)->ordinal > 0 && Info(o)->ordinal < 10) {
          den = dc.value + Info(o)->ordinal;
          plural = Info(o)->plural;
          e = o + 1;
        }
      }
    }
    if (e && den > 0 && (plural || numerator <= 1 || article)) {
      value = numerator / den;
      end = e;
      fraction = true;
      smallest_scale = 0;
    }
  }
  if (!fraction) {
    if (!have) {
      // "half a million", "quarter million"
      const WordInfo* w = Info(j);
      if (w && w->denominator > 0 && !w->plural) {
        size_t k = j + 1;
        if (Is(k, "a")) ++k;
        const WordInfo* s = Info(k);
        if (s &&
            ((s->scale >= 1000 && !s->plural && !s->scale_abbrev) || (s->dozen && !s->plural))) {
          *num = Numeral{};
          num->tb = i;
          num->te = k + 1;
          num->value = (s->dozen ? 12 : s->scale) / w->denominator;
          num->spelled = true;
          num->has_scale = true;
          num->fraction = true;
          return true;
        }
      }
      return false;
    }
    // "twenty-first" is a rank, not twenty and a stray "first".
    if (c.ends_with_tens && c.before_tens == 0 && IsSym(c.end, '-') && Adjacent(c.end) &&
        Info(c.end + 1) && Info(c.end + 1)->ordinal > 0 && Info(c.end + 1)->ordinal < 10)
      return false;
    value = c.value;
    end = c.end;
  }
  // A scale after a fraction: "three quarters million", "two thirds of a million".
  if (fraction) {
    size_t k = end;
    if (Is(k, "of") && Is(k + 1, "a")) k += 2;
    if (const WordInfo* s = Info(k); s && s->scale >= 1000 && !s->plural && !s->scale_abbrev) {
      value *= s->scale;
      smallest_scale = s->scale;
      scale_after = s->scale;
      end = k + 1;
    }
  }
  // A whole and a fraction: "one and a half", "two hundred and fifty-four
  // hundredths", "3 million and a quarter" (of a million), "one billion and
  // a half million".
  if (!fraction && Is(end, "and") && FractionAhead(end + 1)) {
    Numeral f;
    if (ParseSpelled(end + 1, &f) && f.fraction && !f.negative) {
      if (have && c.last_scale >= 1000 && !f.has_scale && f.value < 1) {
        value += f.value * c.last_scale;  // "3 million and a quarter"
      } else if (f.scale_after > 0 && value < 1000) {
        value = (value + f.value / f.scale_after) * f.scale_after;  // "five and a half million"
        smallest_scale = f.scale_after;
      } else {
        value += f.value;  // "one billion and a half million", "one and a half"
      }
      end = f.te;
      fraction = true;
    }
  } else if (!fraction && Is(end, "and") && have) {
    // "twenty and three and three fifths": a whole, "and", a mixed number.
    Numeral f;
    if (ParseSpelled(end + 1, &f) && f.fraction && !f.negative && f.value >= 1 && !f.has_scale) {
      value += f.value;
      end = f.te;
      fraction = true;
    }
  }
  // "two hundred point zero three", "point seventy-one", "point eleven":
  // digits after "point" are read one by one, or as one number below 100.
  if (!fraction && Is(end, "point") && Info(end + 1) &&
      (Info(end + 1)->unit >= 0 || Info(end + 1)->tens >= 0) && Info(end + 1)->ordinal == 0) {
    size_t k = end + 1;
    double frac = 0;
    if (Info(k)->tens >= 0 || Info(k)->unit >= 10) {
      double v = Info(k)->tens >= 0 ? Info(k)->tens : Info(k)->unit;
      ++k;
      if (Info(k - 1)->tens >= 0) {
        size_t h = IsSym(k, '-') ? k + 1 : k;
        if (Info(h) && Info(h)->unit > 0 && Info(h)->unit < 10 && Info(h)->ordinal == 0)
          v += Info(h)->unit, k = h + 1;
      }
      frac = v / 100.0;
    } else {
      double scale = 0.1;
      while (Info(k) && Info(k)->unit >= 0 && Info(k)->unit < 10 && Info(k)->ordinal == 0) {
        frac += scale * Info(k)->unit;
        scale /= 10;
        ++k;
      }
    }
    value += frac;
    end = k;
  }
  *num = Numeral{};
  num->tb = i;
  num->te = end;
  num->value = value * (negative ? -1 : 1);
  num->spelled = true;
  num->negative = negative;
  num->fraction = fraction;
  num->scale_after = scale_after;
  num->has_scale = smallest_scale >= 1000;
  // "two million" rounds to the million; "6 crore and two hundred" is exact.
  double rounding = fraction ? 0 : (have && c.last_scale > 0 ? c.last_scale : 0);
  num->half_unit = rounding >= 1e6 ? 0.5 * rounding : 0;
  return true;
}

bool Recognizer::Impl::ParseNumeral(size_t i, Numeral* num) const {
  if (IsNum(i)) {
    if (!ParseDigits(i, num)) return false;
    // "3 hundred and 21", "4 thousand 3 hundred": digits that words continue.
    Numeral words;
    if (num->te > i + 1 && !num->negative && ParseSpelled(i, &words) && words.te > num->te) {
      words.spelled = false;
      *num = words;
    }
  } else if (!IsWord(i) || !ParseSpelled(i, num)) {
    return false;
  }
  // "one over three", "2000 over 3", "two out of five hundred": a fraction
  // written with words. Not "over 2019" (a year) and not a hedge ("over 3
  // million" has no number before it).
  size_t k = num->te;
  size_t next = Is(k, "over") ? k + 1 : (Is(k, "out") && Is(k + 1, "of")) ? k + 2 : 0;
  Numeral den;
  if (next && !num->has_scale && !IsSym(next, '-') && ParseNumeralNoRatio(next, &den) &&
      den.value > 0 && !den.negative && !(den.plain_int && den.digits == 4) &&
      (Is(k, "over") || num->value <= den.value) &&  // "12 out of 10" is no share
      !IsSym(den.te, '%') && !(Info(den.te) && Info(den.te)->percent) &&
      // "over 3 years" is a time span: "over" makes a fraction only at the
      // end of a clause; "out of" may be followed by what is counted.
      (Is(k, "out") || !IsWord(den.te))) {
    num->value /= den.value;
    num->te = den.te;
    num->half_unit = 0;
    num->plain_int = false;
    num->fraction = true;
  }
  return true;
}

bool Recognizer::Impl::ParseNumeralNoRatio(size_t i, Numeral* num) const {
  if (IsNum(i)) return ParseDigits(i, num);
  return IsWord(i) && ParseSpelled(i, num);
}

// ---- hedges ---------------------------------------------------------------

void Recognizer::Impl::AttachHedge(size_t first, size_t floor, Mention* m) const {
  const bool is_date = m->kind == Kind::kDate;
  // "over the past decade": the preposition, not a bound.
  if (Is(first, "the") && !is_date) return;
  if (m->hedge != Hedge::kNone) return;  // the builder bound it ("tomorrow before 5pm")
  if (first > floor && toks[first - 1].type == TokenType::kSymbol && !is_date) {
    std::string_view s = Raw(first - 1);
    Hedge h = Hedge::kNone;
    // ">=" and "<=" come as two symbols ("> =" in some copy).
    size_t q = first - 1;
    if (s == "=" && q > floor && (IsSym(q - 1, '>') || IsSym(q - 1, '<'))) {
      --q;
      h = IsSym(q, '>') ? Hedge::kAtLeast : Hedge::kUpTo;
    } else if (s == ">") {
      h = Hedge::kMoreThan;
    } else if (s == "<") {
      h = Hedge::kLessThan;
    } else if (s == "~") {
      h = Hedge::kAbout;
    } else if (s == "\xE2\x89\xA5") {
      h = Hedge::kAtLeast;  // U+2265
    } else if (s == "\xE2\x89\xA4") {
      h = Hedge::kUpTo;  // U+2264
    }
    if (h != Hedge::kNone) {
      m->hedge = h;
      m->qualifier = Span{toks[q].begin, toks[first - 1].end};
      m->qualifier_text = std::string(m->qualifier.In(text));
      if (!m->range) m->value = ApplyHedge(m->value, h);
      return;
    }
  }
  // Most figures have no hedge: reject them by the word before the figure,
  // which must end some hedge phrase, before trying each phrase.
  // "before the year 2019", "since the end of 1989": a date hedge reaches over "the".
  if (is_date && first > floor + 1 && Is(first - 1, "the")) --first;
  if (first <= floor || !IsWord(first - 1) || !lex->EndsHedge(Low(first - 1))) return;
  for (const HedgePhrase& p : lex->hedges()) {
    size_t k = p.words.size();
    if (first < floor + k) continue;
    // A time of day can be approximate: "around 1pm", "after around 3:30pm".
    bool approx_time = is_date && m->date.has_time() && p.hedge == Hedge::kAbout;
    if (IsDateHedge(p.hedge) != is_date && !approx_time) continue;
    bool match = true;
    for (size_t w = 0; w < k && match; ++w) {
      size_t t = first - k + w;
      match = IsWord(t) && Low(t) == p.words[w];
    }
    if (!match) continue;
    m->hedge = p.hedge;
    size_t q = first - k;
    if (approx_time && q > floor) {
      if (Hedge bound = lex->DateBound(Low(q - 1)); bound != Hedge::kNone) m->hedge = bound, --q;
    }
    m->qualifier = SpanOf(q, first);
    m->qualifier_text = std::string(m->qualifier.In(text));
    if (!is_date && !m->range) m->value = ApplyHedge(m->value, p.hedge);
    return;
  }
}

size_t Recognizer::Impl::AttachTrailingHedge(size_t next, Mention* m) const {
  if (m->hedge != Hedge::kNone || m->range || m->kind == Kind::kDate || m->kind == Kind::kRank ||
      m->kind == Kind::kRatio || !IsWord(next + 1))
    return next;
  const bool is_or = Is(next, "or");
  if (!is_or && !Is(next, "and")) return next;
  std::string_view w = Low(next + 1);
  Hedge h = Hedge::kNone;
  // "or more" and "or less" read as conjunctions after "and" ("5 and more
  // importantly"); "and over", "and up", "and older" do not.
  if ((is_or &&
       (w == "more" || w == "greater" || w == "higher" || w == "larger" || w == "longer")) ||
      w == "above" || w == "over" || w == "older" || (!is_or && (w == "up" || w == "upwards")))
    h = Hedge::kAtLeast;
  else if ((is_or &&
            (w == "less" || w == "fewer" || w == "lower" || w == "smaller" || w == "shorter")) ||
           w == "below" || w == "under" || w == "younger")
    h = Hedge::kUpTo;
  else if (is_or && w == "so")
    h = Hedge::kAbout;
  if (h == Hedge::kNone) return next;
  // "5 or more than 6" compares; "or more importantly" is an aside.
  std::string_view after = IsWord(next + 2) ? Low(next + 2) : std::string_view();
  if (after == "than" || (after.size() > 2 && after.substr(after.size() - 2) == "ly")) return next;
  m->hedge = h;
  m->qualifier = SpanOf(next, next + 2);
  m->qualifier_text = std::string(m->qualifier.In(text));
  m->value = ApplyHedge(m->value, h);
  return next + 2;
}

bool Recognizer::Impl::MergeBounds(Mention* prev, size_t prev_end, size_t figure,
                                   const Mention& m) const {
  if (prev->kind != m.kind || prev->unit != m.unit || prev->range || m.range ||
      prev->kind == Kind::kDate || prev->kind == Kind::kRank || m.qualifier.empty() ||
      m.qualifier.begin >= m.norm.begin)
    return false;
  const Interval& a = prev->value;
  const Interval& b = m.value;
  const bool a_lower = a.has_low && !a.has_high, a_upper = a.has_high && !a.has_low;
  const bool b_lower = b.has_low && !b.has_high, b_upper = b.has_high && !b.has_low;
  if (!((a_lower && b_upper) || (a_upper && b_lower))) return false;
  // Only the joint stands between prev and m's hedge: "and", "but", a comma.
  size_t hedge = figure;
  while (hedge > prev_end && toks[hedge - 1].begin >= m.qualifier.begin) --hedge;
  size_t k = prev_end;
  if (IsSym(k, ',')) ++k;
  if (Is(k, "and") || Is(k, "but")) ++k;
  if (k != hedge || k == prev_end) return false;
  const Interval& lo = a_lower ? a : b;
  const Interval& hi = a_lower ? b : a;
  if (lo.low >= hi.high) return false;  // "over 300 and under 100" bounds nothing
  Interval v;
  v.has_low = v.has_high = true;
  v.low = lo.low, v.low_inclusive = lo.low_inclusive;
  v.high = hi.high, v.high_inclusive = hi.high_inclusive;
  prev->value = v;  // like "5-7", a range has no single written value
  prev->range = true;
  prev->norm.end = m.norm.end;
  return true;
}

size_t Recognizer::Impl::SpelledOrdinalEnd(const Numeral& a, Mention* m) const {
  if (!a.spelled || a.negative || a.value < 1 || a.value != std::floor(a.value)) return 0;
  size_t k = a.te;
  if (IsSym(k, '-') && Adjacent(k) && Adjacent(k + 1)) ++k;  // "one hundred twenty-fifth"
  const WordInfo* w = Info(k);
  if (!w || w->ordinal <= 0 || w->plural) return 0;
  // "twenty first-time voters" counts voters.
  if (IsSym(k + 1, '-') && Adjacent(k + 1)) return 0;
  const double v = a.value;
  const int ord = w->ordinal;
  double rank = 0;
  if (ord < 10 && v >= 20 && std::fmod(v, 10) == 0)
    rank = v + ord;  // "twenty first", "one hundred fifth"
  else if (ord >= 10 && ord < 100 && v >= 100 && std::fmod(v, 100) == 0)
    rank = v + ord;  // "one hundred twelfth", "one hundred twentieth"
  else if (ord >= 100 && v >= 2 && v < 1000)
    rank = v * ord;  // "two hundredth", "three thousandth"
  if (rank == 0) return 0;
  m->kind = Kind::kRank;
  m->value = Interval::Exact(rank);
  size_t j = k + 1;
  if (Is(j, "anniversary")) m->anniversary = true;
  m->norm = SpanOf(a.tb, j);
  return j;
}

// ---- money ----------------------------------------------------------------

bool Recognizer::Impl::ResolveCurrency(const CurrencyMatch& match, Mention* m) const {
  m->kind = Kind::kMoney;
  if (!match.code.empty()) {
    m->unit = match.code;
    return true;
  }
  m->currency_family = match.family;
  const std::string& def = opts.default_currency;
  if (!def.empty()) {
    // The document's default resolves a bare symbol of its own family only.
    bool same_family = match.family.empty() || cur->FamilyOf(def) == match.family;
    if (same_family) {
      m->unit = def;
      return true;
    }
  }
  m->ambiguous_currency = true;
  return false;
}

size_t Recognizer::Impl::TryCurrencyAfter(size_t j, Mention* m) const {
  // "a 12-cent dividend", "a one-yen bid": a name glued with a hyphen.
  if (IsSym(j, '-') && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1)) {
    size_t e = TryCurrencyAfter(j + 1, m);
    if (e && m->kind == Kind::kMoney && !IsSym(j + 1, '$')) return e;
    return 0;
  }
  // "30 MUSD", "120 MEUR": millions of a currency, in financial copy.
  if (IsWord(j) && IsMillionsCode(Raw(j))) {
    CurrencyMatch code;
    code.code = std::string(Raw(j).substr(1));
    ResolveCurrency(code, m);
    m->value.low *= 1e6, m->value.high *= 1e6, m->value.point *= 1e6;
    return j + 1;
  }
  // After an amount a code may be written in lower case ("20 usd").
  char upper[4] = {0, 0, 0, 0};
  if (IsWord(j) && Raw(j).size() == 3)
    for (int k = 0; k < 3; ++k)
      upper[k] = static_cast<char>(
          std::toupper(static_cast<unsigned char>(Raw(j)[static_cast<size_t>(k)])));
  if (IsWord(j) && Raw(j).size() == 3 && cur->IsCode(std::string_view(upper, 3))) {
    CurrencyMatch code;
    code.code = std::string(upper, 3);
    ResolveCurrency(code, m);
    return j + 1;
  }
  // Names, longest first: "Swiss francs", "U.S. dollars", "dollars".
  if (IsWord(j) && cur->MaybeNameStart(static_cast<unsigned char>(Low(j)[0]))) {
    char key[96];
    size_t len = 0;
    size_t best_end = 0;
    const CurrencyMatch* best = nullptr;
    int words = 0;
    for (size_t t = j; t < n() && words < cur->max_name_words() + 2; ++t) {
      if (t > j && toks[t].space_before) {
        if (len + 1 >= sizeof key) break;
        key[len++] = ' ';
      }
      std::string_view l = Low(t);
      if (len + l.size() >= sizeof key) break;
      std::memcpy(key + len, l.data(), l.size());
      len += l.size();
      if (toks[t].type == TokenType::kWord) ++words;
      if (const CurrencyMatch* c = cur->Name(std::string_view(key, len))) {
        best = c;
        best_end = t + 1;
      }
      if (toks[t].type == TokenType::kSymbol && !IsSym(t, '.')) break;
    }
    if (best) {
      ResolveCurrency(*best, m);
      if (best->per_unit != 1) {
        m->value.low /= best->per_unit, m->value.high /= best->per_unit,
            m->value.point /= best->per_unit;
      }
      return best_end;
    }
  }
  // A symbol after the amount: "10 $", "100,000 ₭", "5€", "100元".
  if (j < n() && (toks[j].type == TokenType::kSymbol || Adjacent(j))) {
    if (const CurrencyMatch* c = cur->Symbol(Raw(j))) {
      ResolveCurrency(*c, m);
      return j + 1;
    }
  }
  return 0;
}

size_t Recognizer::Impl::TryMoneyPrefix(size_t i, Mention* m) const {
  if (i >= n() || toks[i].type == TokenType::kNumber) return 0;
  unsigned char first = static_cast<unsigned char>(text[toks[i].begin]);
  if (!cur->MaybeSymbolStart(first) && !(toks[i].upper_initial && toks[i].end - toks[i].begin == 3))
    return 0;
  // Longest symbol made of adjacent tokens: "US$", "S$", "HK$", "€", "Rp".
  const CurrencyMatch* match = nullptr;
  size_t sym_end = 0;
  char buf[32];
  size_t len = 0;
  for (size_t k = 0; k < 4 && i + k < n(); ++k) {
    size_t t = i + k;
    if (k > 0 && toks[t].space_before) {
      // "hk $ 10": newswire copy puts a space inside the symbol.
      std::string_view l = Low(i);
      bool spaced_dollar = k == 1 && IsSym(t, '$') && IsWord(i) && l.size() <= 3 && l != "a" &&
                           l != "s" && l != "i" && l != "an" && l != "as" && l != "at" &&
                           l != "is" && l != "in" && l != "of" && l != "to" && l != "by" &&
                           l != "for" && l != "won";
      if (!spaced_dollar) break;
    }
    if (toks[t].type == TokenType::kNumber) break;
    std::string_view r = Raw(t);
    if (len + r.size() >= sizeof buf) break;
    std::memcpy(buf + len, r.data(), r.size());
    len += r.size();
    if (const CurrencyMatch* c = cur->Symbol(std::string_view(buf, len))) {
      match = c;
      sym_end = t + 1;
    }
  }
  CurrencyMatch code;
  // Codes that are also English words ("ALL 5 solutions") count only when
  // glued to the number ("TRY5").
  std::string_view raw = Raw(i);
  bool wordlike = raw == "ALL" || raw == "CUP" || raw == "TOP" || raw == "BAM" || raw == "MOP" ||
                  raw == "PEN" || raw == "GEL" || raw == "TRY" || raw == "SOS" || raw == "MAD";
  if (!match && IsWord(i) && cur->IsCode(raw) && (!wordlike || Adjacent(i + 1))) {
    code.code = std::string(Raw(i));
    match = &code;
    sym_end = i + 1;
  }
  // "nzd$15", "MXN$ 15": a code glued to a dollar sign names the dollar.
  if (IsWord(i) && raw.size() == 3 && IsSym(i + 1, '$') && Adjacent(i + 1)) {
    std::string upper(raw);
    for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (cur->IsCode(upper)) {
      code.code = upper;
      match = &code;
      sym_end = i + 2;
    }
  }
  // "MAUD 60": millions of Australian dollars.
  bool millions = !match && IsWord(i) && IsMillionsCode(raw);
  if (millions) {
    code.code = std::string(raw.substr(1));
    match = &code;
    sym_end = i + 1;
  }
  if (!match) return 0;
  Numeral a;
  if (!ParseNumeral(sym_end, &a) || a.negative) return 0;
  if (millions) a.value *= 1e6, a.half_unit *= 1e6;
  size_t j = a.te;
  Interval v = Interval::Rounded(a.value, a.half_unit);
  bool range = false;
  // "US$5-7 billion", "$5 to $7 million", "$5 million to $7 million"
  bool between = i > 0 && Is(i - 1, "between");
  if (IsSym(j, '-') || Is(j, "to") || (between && Is(j, "and"))) {
    size_t k = j + 1;
    if (k < n() && toks[k].type != TokenType::kNumber && sym_end - i == 1 && Raw(k) == Raw(i)) ++k;
    Numeral b;
    if (ParseNumeral(k, &b) && !b.negative) {
      double av = a.value;
      if (!a.has_scale && b.has_scale) {
        // Inherit the scale of the second bound ("5-7 billion").
        double scale = 1;
        for (size_t t = b.tb; t < b.te; ++t)
          if (const WordInfo* w = Info(t); w && w->scale > 0) scale *= w->scale;
        av = a.value * scale;
      }
      if (b.value > av) {
        v = Interval::Exact(av);
        v.high = b.value;
        v.has_point = false;
        v.point = (av + b.value) / 2;
        range = true;
        j = b.te;
        if (between) --i;
      }
    }
  }
  m->kind = Kind::kMoney;
  m->value = v;
  m->range = range;
  ResolveCurrency(*match, m);
  if (match->per_unit != 1) {
    m->value.low /= match->per_unit, m->value.high /= match->per_unit,
        m->value.point /= match->per_unit;
  }
  j = MoneyTail(j, m);
  m->norm = SpanOf(i, j);
  return j;
}

bool Recognizer::Impl::IsMillionsCode(std::string_view raw) const {
  return raw.size() == 4 && raw[0] == 'M' && cur->IsCode(raw.substr(1));
}

size_t Recognizer::Impl::MoneyTail(size_t e, Mention* m) const {
  if (m->range || m->kind != Kind::kMoney) return e;
  // "75 USD million": a scale written after the code.
  if (const WordInfo* s = Info(e);
      s && s->scale >= 1000 && !s->plural && !s->scale_abbrev && m->value.point < 1000) {
    // Rounded like "75 million USD": to half the scale unless written finer.
    double half = std::max(0.5 * s->scale, (m->value.high - m->value.point) * s->scale);
    m->value = Interval::Rounded(m->value.point * s->scale, half);
    return e + 1;
  }
  // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD
  // 50": whole units and then the minor ones, written out at a clause end.
  double whole = m->value.point;
  if (!m->value.has_point || whole != std::floor(whole) || whole >= 1e6) return e;
  size_t k = Is(e, "and") ? e + 1 : e;
  Numeral minor;
  if (!ParseNumeralNoRatio(k, &minor) || minor.negative || minor.has_scale || minor.value < 1 ||
      minor.value >= 100 || minor.value != std::floor(minor.value))
    return e;
  size_t after = minor.te;
  const CurrencyMatch* unit = IsWord(after) ? cur->Name(Low(after)) : nullptr;
  bool minor_named = unit && unit->per_unit == 100;
  if (!minor_named && IsWord(after) && !Is(after, "and")) return e;  // "$5 and 10 people"
  // Unnamed minor units only at a clause end: "15 USD 50." but not "$15 and
  // 2 × 10^3 tonnes" or "$5 and 10%".
  bool clause_end = after >= n() || IsSym(after, ',') || IsSym(after, '.') || IsSym(after, ';') ||
                    IsSym(after, ':') || IsSym(after, ')') || IsSym(after, '!') ||
                    IsSym(after, '?') || Is(after, "and");
  if (!minor_named && !clause_end) return e;
  m->value = Interval::Exact(whole + minor.value / 100);
  return minor_named ? after + 1 : after;
}

// ---- numbers, percentages, durations, ranks, ratios -------------------------

// Ranks written without an ordinal. "the top five", "top 10", "top-three":
// a rank from 1 to N. "the three top investors": the same. "the country's
// largest partner", "the biggest investor": the first. Only after "the" or a
// possessive, where the superlative ranks something named after it.
size_t Recognizer::Impl::TryUnorderedRank(size_t i, Mention* m) const {
  auto set = [&](double hi, size_t b, size_t e) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(1);
    if (hi > 1) {
      m->value.high = hi;
      m->value.has_point = false;
      m->range = true;
    }
    m->norm = SpanOf(b, e);
    return e;
  };
  const WordInfo* w = Info(i);
  if (w && w->top) {
    size_t k = i + 1;
    if (IsSym(k, '-') && Adjacent(k)) ++k;
    Numeral n;
    if (ParseNumeral(k, &n) && n.value == std::floor(n.value) && n.value >= 2 && n.value <= 1000 &&
        !n.has_scale && !n.fraction && !IsSym(n.te, '%') && !Info(n.te))
      return set(n.value, i, n.te);
    if (Is(k, "ten")) return set(10, i, k + 1);
    return 0;
  }
  if (w && w->superlative && i > 0) {
    bool determined = Is(i - 1, "the") || Is(i - 1, "its") || Is(i - 1, "their") ||
                      Is(i - 1, "his") || Is(i - 1, "her") || Is(i - 1, "our") ||
                      (Is(i - 1, "s") && i > 1 && IsSym(i - 2, '\''));  // "the country's"
    if (determined && IsWord(i + 1) && !Info(i + 1)) return set(1, i, i + 1);
    return 0;
  }
  // "the three top investors", "one of the 10 largest exporters", and the
  // ordinal some writers use there ("one of the 10th largest investors").
  Numeral n;
  if (!ParseNumeral(i, &n) || n.value < 2 || n.value > 1000 || n.value != std::floor(n.value) ||
      n.has_scale || i == 0 ||
      !(Is(i - 1, "the") ||
        (i >= 2 && Is(i - 1, "s") && IsSym(i - 2, '\''))))  // "the country's three top"
    return 0;
  size_t k = n.te;
  bool ordinal = IsWord(k) && Adjacent(k) && IsOrdinalSuffix(Low(k));
  if (ordinal) ++k;
  const WordInfo* after = Info(k);
  bool one_of = i >= 3 && Is(i - 2, "of") && (Is(i - 3, "one") || Is(i - 3, "among"));
  if (after && (after->top || after->superlative) && (!ordinal || one_of))
    return set(n.value, i, k + 1);
  return 0;
}

size_t Recognizer::Impl::TryNumeric(size_t i, Mention* m) const {
  Numeral a;
  if (!ParseNumeral(i, &a)) return 0;
  if (size_t e = SpelledOrdinalEnd(a, m)) return e;
  if (size_t e = TryUnorderedRank(i, m)) return e;
  size_t first = a.negative && !a.spelled ? i - 1 : i;
  size_t j = a.te;
  Interval v = Interval::Rounded(a.value, a.half_unit);
  bool range = false;
  // Ranges: "5-7", "5 to 7", "between 5 and 7", "5~7".
  {
    bool between = first > 0 && Is(first - 1, "between");
    bool from = first > 0 && Is(first - 1, "from");
    // "through" joins an ascending pair ("grades 6 through 8", "20 through 100").
    bool through = Is(j, "through") || Is(j, "thru");
    bool connector =
        IsSym(j, '-') || IsSym(j, '~') || Is(j, "to") || (between && Is(j, "and")) || through;
    Numeral b;
    if (connector && ParseNumeral(j + 1, &b) && !b.negative &&
        (!through || from || b.value > a.value)) {
      double av = a.value;
      if (!a.has_scale && b.has_scale) {
        double scale = 1;
        for (size_t t = b.tb; t < b.te; ++t)
          if (const WordInfo* w = Info(t); w && w->scale > 0) scale *= w->scale;
        av = a.value * scale;
      }
      // A chain such as a phone number "222-2222-2222" is not a range.
      bool chain = IsSym(b.te, '-') && IsNum(b.te + 1);
      bool dash = IsSym(j, '-');
      if (b.value > av && !chain &&
          !(dash && a.plain_int && b.plain_int && b.digits > a.digits + 1)) {
        v = Interval::Exact(av);
        v.low = av - a.half_unit;
        v.high = b.value + b.half_unit;
        v.point = (av + b.value) / 2;
        v.has_point = false;
        range = true;
        j = b.te;
        if (between || from) first -= 1;
      }
    }
  }
  m->value = v;
  m->range = range;
  // Percentages.
  size_t pct_end = 0;
  if (IsSym(j, '%') && !(Adjacent(j + 1) && (IsNum(j + 1) || IsWord(j + 1))))  // not "%2F"
    pct_end = j + 1;
  else if (Is(j, "per") && Is(j + 1, "cent"))
    pct_end = j + 2;
  else if (Is(j, "percentage") && (Is(j + 1, "point") || Is(j + 1, "points"))) {
    pct_end = j + 2;
    m->percentage_points = true;
  } else if (Info(j) && Info(j)->percent)
    pct_end = j + 1;
  else if (Is(j, "basis") && (Is(j + 1, "point") || Is(j + 1, "points"))) {
    pct_end = j + 2;
    m->percentage_points = true;
    m->value.low /= 100, m->value.high /= 100, m->value.point /= 100;
  }
  if (pct_end) {
    m->kind = Kind::kPercent;
    j = pct_end;
    // "5% to 7%"
    Numeral b;
    if (!range && (IsSym(j, '-') || Is(j, "to")) && ParseNumeral(j + 1, &b) && IsSym(b.te, '%') &&
        b.value > a.value) {
      m->value.high = b.value + b.half_unit;
      m->value.has_point = false;
      m->range = true;
      j = b.te + 1;
    }
    m->norm = SpanOf(first, j);
    return j;
  }
  // Money with the currency after the amount.
  if (size_t e = TryCurrencyAfter(j, m)) {
    e = MoneyTail(e, m);
    m->norm = SpanOf(first, e);
    return e;
  }
  // Ordinals written with digits: "14th", "70th anniversary".
  if (IsWord(j) && Adjacent(j) && IsOrdinalSuffix(Low(j)) && a.plain_int) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(a.value);
    j += 1;
    if (IsSym(j, '-') && IsWord(j + 1) && Adjacent(j + 1) &&
        (!Info(j + 1) || Info(j + 1)->superlative))
      j += 2;  // "2nd-largest"
    if (Is(j, "anniversary")) m->anniversary = true;
    m->norm = SpanOf(first, j);
    return j;
  }
  // Multipliers: "3-fold", "3 times".
  if ((IsSym(j, '-') && Is(j + 1, "fold")) || Is(j, "fold")) {
    j += IsSym(j, '-') ? 2 : 1;
    m->kind = Kind::kRatio;
    m->norm = SpanOf(first, j);
    return j;
  }
  // Durations: "two weeks", "70-year", "five decades", "nearly eight years".
  size_t u = j;
  if (IsSym(u, '-') && Adjacent(u) && Adjacent(u + 1)) ++u;
  // "3h" is three hours, but "2019-H2" a half year and "h2" a name.
  bool hour_letter = Is(u, "h") && !(u == j && Adjacent(u) && !(IsNum(u + 1) && Adjacent(u + 1)));
  const WordInfo* uw = Info(u);
  TimeUnit unit = uw ? uw->time_unit : TimeUnit::kNone;
  if (unit == TimeUnit::kNone) unit = LanguageUnit(u);  // "50 năm"
  if (unit != TimeUnit::kNone && !hour_letter) {
    // "the second quarter" is a rank, not a duration of 2 quarters.
    double factor = TimeUnitReportFactor(unit);
    m->kind = Kind::kDuration;
    m->unit = TimeUnitReportName(unit);
    m->value.low *= factor, m->value.high *= factor, m->value.point *= factor;
    // "five decades" is counted in decades: it means 45 to 55 years.
    if (factor >= 10 && m->hedge == Hedge::kNone && !range) {
      m->value.low = std::min(m->value.low, m->value.point - factor / 2);
      m->value.high = std::max(m->value.high, m->value.point + factor / 2);
    }
    j = u + 1;
    j = DurationTail(j, unit, m);
    if (Is(j, "ago")) {
      // "two months ago": a date relative to publication.
      Mention d;
      d.kind = Kind::kDate;
      d.relative = -1;
      d.date.granularity = unit >= TimeUnit::kMonth ? Granularity::kMonth : Granularity::kDay;
      if (unit >= TimeUnit::kYear) d.date.granularity = Granularity::kYear;
      if (opts.anchor && !range) {
        CivilDate c = CivilFromDays(*opts.anchor);
        double amount = a.value * factor;
        if (unit <= TimeUnit::kFortnight) {
          double days = amount * (unit == TimeUnit::kDay ? 1 : 7);
          if (unit < TimeUnit::kDay) days = 0;
          d.date.low = d.date.high = *opts.anchor - static_cast<Day>(std::lround(days));
          d.date.has_low = d.date.has_high = true;
        } else {
          int months = static_cast<int>(std::lround(amount * (m->unit == "year" ? 12 : 1)));
          int total = c.year * 12 + (c.month - 1) - months;
          int y = total / 12, mo = total % 12 + 1;
          if (d.date.granularity == Granularity::kYear)
            SetYears(y, y, Granularity::kYear, &d);
          else
            SetMonth(y, mo, true, &d);
        }
      } else {
        d.date.unresolved = "PAST_REF";
      }
      d.range = range;
      *m = d;
      m->norm = SpanOf(first, j + 1);
      return j + 1;
    }
    if (Is(j, "earlier") || Is(j, "before") || Is(j, "prior"))
      m->relative = -1;
    else if (Is(j, "later") || Is(j, "after") || Is(j, "afterwards") || Is(j, "hence"))
      m->relative = 1;
    if (m->relative != 0 &&
        (Is(j, "earlier") || Is(j, "later") || Is(j, "afterwards") || Is(j, "hence")))
      ++j;
    m->norm = SpanOf(first, j);
    return j;
  }
  m->kind = Kind::kNumber;
  m->norm = SpanOf(first, j);
  return j;
}

// After "1 hour" or "3 hours": a smaller unit added ("and 30 minutes",
// "30 minutes") or a half ("and a half", "and half"). Returns the new end.
size_t Recognizer::Impl::DurationTail(size_t j, TimeUnit unit, Mention* m) const {
  size_t k = Is(j, "and") ? j + 1 : j;
  double add = 0;
  size_t end = 0;
  if (k > j && (Is(k, "half") || (Is(k, "a") && Is(k + 1, "half")))) {
    add = 0.5;
    end = Is(k, "half") ? k + 1 : k + 2;
  } else if (Numeral b; ParseNumeral(k, &b) && !b.negative && !b.fraction) {
    const WordInfo* u2 = Info(b.te);
    if (!u2 || u2->time_unit == TimeUnit::kNone || u2->time_unit >= unit || unit > TimeUnit::kDay)
      return j;
    add = b.value * TimeUnitSeconds(u2->time_unit) / TimeUnitSeconds(unit);
    end = b.te + 1;
  } else {
    return j;
  }
  double factor = TimeUnitReportFactor(unit);
  m->value.low += add * factor, m->value.high += add * factor, m->value.point += add * factor;
  return end;
}

bool Recognizer::Impl::LooksBack(size_t prep) const {
  if (!(Is(prep, "in") || Is(prep, "for"))) return false;
  // A clause rarely puts more words between its record word and the
  // look-back than "the first official visit to the country by a prime minister".
  constexpr size_t kClauseWords = 14;
  for (size_t t = prep, k = 0; t > 0 && k < kClauseWords; ++k) {
    --t;
    if (IsSym(t, ',') || IsSym(t, ';') || IsSym(t, ':') || IsSym(t, '.')) return false;
    if (Info(t) && Info(t)->record) return true;
  }
  return false;
}

// "a few days", "several weeks", "a couple of months": a duration whose
// count is vague. The point is three (two for a couple), as calendar
// software reads them; the interval says how vague.
size_t Recognizer::Impl::TryVagueCount(size_t k, size_t first, Mention* m) const {
  bool couple = Is(k, "couple");
  size_t u = k + 1;
  if (couple && Is(u, "of")) ++u;
  const WordInfo* w = Info(u);
  if (!w || w->time_unit == TimeUnit::kNone || Raw(u).back() != 's' || Is(u, "h")) return 0;
  double factor = TimeUnitReportFactor(w->time_unit);
  m->kind = Kind::kDuration;
  m->unit = TimeUnitReportName(w->time_unit);
  double lo = couple ? 2 : Is(k, "several") ? 3 : 2, hi = couple ? 3 : Is(k, "several") ? 7 : 4;
  double point = couple ? 2 : 3;
  m->value = Interval::Exact(point * factor);
  m->value.low = lo * factor, m->value.high = hi * factor;
  m->norm = SpanOf(first, u + 1);
  return u + 1;
}

size_t Recognizer::Impl::TryWord(size_t i, Mention* m) const {
  const WordInfo* w = Info(i);
  if (w && (w->superlative || w->top))
    if (size_t e = TryUnorderedRank(i, m)) return e;
  // "the centenary", "the Golden Jubilee", "their silver anniversary".
  if (w && (w->anniversary_years ||
            (w->jubilee_years && (Is(i + 1, "jubilee") || Is(i + 1, "anniversary"))))) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(w->anniversary_years ? w->anniversary_years : w->jubilee_years);
    m->anniversary = true;
    size_t e = w->anniversary_years ? i + 1 : i + 2;
    m->norm = SpanOf(i, e);
    return e;
  }
  // "percent of 10", "per cent of twenty-two": the share named after the
  // word, when no number comes before it and the clause ends after it.
  {
    size_t of = (w && w->percent) ? i + 1 : (Is(i, "per") && Is(i + 1, "cent")) ? i + 2 : 0;
    Numeral v;
    if (of && Is(of, "of") && !(i > 0 && (IsNum(i - 1) || Info(i - 1))) &&
        ParseNumeral(of + 1, &v) && !(v.plain_int && v.digits == 4) && !v.has_scale &&
        !IsWord(v.te) && !IsSym(v.te, '%')) {
      m->kind = Kind::kPercent;
      m->value = Interval::Rounded(v.value, v.half_unit);
      m->norm = SpanOf(i, v.te);
      return v.te;
    }
  }
  // "the past decade", "the last five years" is numeric; "a decade", "a year ago".
  if ((Is(i, "a") || Is(i, "an") || Is(i, "the")) && i + 1 < n()) {
    size_t k = i + 1;
    bool the = Is(i, "the");
    if (the) {
      if (!(Is(k, "past") || Is(k, "last") || Is(k, "next") || Is(k, "previous") ||
            Is(k, "coming")))
        return 0;
      ++k;
    }
    if (!the && (Is(k, "few") || Is(k, "couple"))) return TryVagueCount(k, i, m);
    const WordInfo* u = Info(k);
    if (u && (u->time_unit >= TimeUnit::kDay || (!the && u->time_unit >= TimeUnit::kSecond)) &&
        !u->plural && Raw(k).back() != 's' && !Is(k, "h") &&
        !(IsSym(k + 1, '-') && Adjacent(k + 1)) &&  // "a second-generation"
        // "a second wave", "a minute detail": only "a second" that ends a phrase is a duration.
        !((Is(k, "second") || Is(k, "minute")) && IsWord(k + 1) && !Is(k + 1, "ago") &&
          !Is(k + 1, "later") && !Is(k + 1, "and") && !Is(k + 1, "or"))) {
      double factor = TimeUnitReportFactor(u->time_unit);
      m->kind = Kind::kDuration;
      m->unit = TimeUnitReportName(u->time_unit);
      m->value = Interval::Exact(factor);
      size_t j = DurationTail(k + 1, u->time_unit, m);
      if (!the && Is(j, "ago") && opts.anchor) {
        Mention d;
        d.kind = Kind::kDate;
        d.relative = -1;
        CivilDate c = CivilFromDays(*opts.anchor);
        if (u->time_unit >= TimeUnit::kYear)
          SetYears(c.year - static_cast<int>(factor), c.year - static_cast<int>(factor),
                   Granularity::kYear, &d);
        else if (u->time_unit >= TimeUnit::kMonth) {
          int total = c.year * 12 + (c.month - 1) - static_cast<int>(factor);
          SetMonth(total / 12, total % 12 + 1, true, &d);
        } else {
          Day day =
              *opts.anchor - static_cast<Day>(u->time_unit == TimeUnit::kDay ? 1 : 7 * factor);
          d.date.low = d.date.high = day;
          d.date.has_low = d.date.has_high = true;
        }
        *m = d;
        ++j;
      }
      m->norm = SpanOf(i, j);
      return j;
    }
    return 0;
  }
  if (!w) return 0;
  if (w->vague_count) return TryVagueCount(i, i, m);
  // Ordinal words: "first", "second-largest", "twenty-first", "70th" is numeric.
  int ordinal = w->ordinal;
  size_t j = i + 1;
  if (w->tens >= 0 && IsSym(j, '-') && Adjacent(j) && Info(j + 1) && Info(j + 1)->ordinal > 0 &&
      Info(j + 1)->ordinal < 10) {
    ordinal = w->tens + Info(j + 1)->ordinal;
    j += 2;
  }
  if (ordinal > 0) {
    m->kind = Kind::kRank;
    m->value = Interval::Exact(ordinal);
    if (IsSym(j, '-') && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1) &&
        (!Info(j + 1) || Info(j + 1)->superlative))
      j += 2;
    if (Is(j, "anniversary")) m->anniversary = true;
    m->norm = SpanOf(i, j);
    return j;
  }
  if (w->multiplier > 0 || w->fold > 0) {
    m->kind = Kind::kRatio;
    m->value = Interval::Exact(w->multiplier > 0 ? w->multiplier : w->fold);
    m->norm = SpanOf(i, i + 1);
    return i + 1;
  }
  return 0;
}

// ---- driver -----------------------------------------------------------------

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
      bool article = low == "a" || low == "an" || low == "the" || low == "minus" ||
                     low == "negative" ||                    // "minus five percent"
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
    if (!next) {
      ++i;
      continue;
    }
    size_t first = i;
    while (first > floor && r.toks[first].begin > m.norm.begin) --first;
    r.AttachHedge(first, floor, &m);
    next = r.AttachTrailingHedge(next, &m);
    if (m.kind != Kind::kDate && m.value.has_point && !std::isfinite(m.value.point)) {
      // Written, but too large for any number ("1.5x10^400", a run of 9,000
      // digits): kept as written, with no value to compare.
      m.overflow = true;
      m.value = Interval{};
    }
    if (m.kind == Kind::kDuration && !m.range && m.relative == 0) {
      // The hedge may start before the figure: "in more than a decade".
      uint32_t start =
          m.qualifier.empty() ? m.norm.begin : std::min(m.norm.begin, m.qualifier.begin);
      size_t h = first;
      while (h > 0 && r.toks[h - 1].begin >= start) --h;
      m.since_last = h > 0 && r.LooksBack(h - 1);
    }
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
