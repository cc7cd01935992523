// Numbers written in words: cardinals ("one hundred and five", "twenty-one
// thousand eleven"), fractions ("two-thirds", "three fifths", "a half") and
// spelled ordinals ("one hundred twenty-fifth").
#include <algorithm>
#include <cmath>
#include <cstring>

#include "lang/language.h"
#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

bool Recognizer::Impl::ReadCardinal(size_t j, bool article, Cardinal* c) const {
  *c = Cardinal{};
  // Three levels, so a multiplier applies to the right part: in "three
  // hundred and two dozens" the dozen multiplies two (324), in "ninety-five
  // hundred" the hundred multiplies ninety-five (9,500).
  double total = 0, hund = 0, small = 0;
  enum { kNone, kDigits, kUnit, kTens, kHundred, kScale, kDozen } last = kNone;
  double last_multiplier = 0;  // of the last hundred or scale word
  bool any = article;
  // Additive compounds (French): the unit just read takes a unit after it
  // ("dix-sept"); the tens just read takes 10-19 after it ("soixante-dix").
  bool teen_open = false, teens_open = false;
  size_t k = j;
  while (k < n()) {
    const WordInfo* w = Info(k);
    // A hyphen glued between two words of one compound ("dix-sept",
    // "quatre-vingt-dix", "vingt-et-un") is part of it; the compound ends
    // before it unless the word after continues it.
    if (IsSym(k, '-') && last != kNone && last != kDigits && Adjacent(k) && Adjacent(k + 1) &&
        IsWord(k + 1) && (Info(k + 1) || lex->IsTensAnd(Low(k + 1)))) {
      ++k;
      continue;
    }
    if (IsWord(k) && last == kTens && lex->IsTensAnd(Low(k))) {
      // "vingt et un": the join, then a unit.
      size_t u = IsSym(k + 1, '-') ? k + 2 : k + 1;
      const WordInfo* unit = Info(u);
      if (!unit || unit->unit < 1 || unit->unit > 19 || unit->ordinal != 0) break;
      k = u;
      continue;
    }
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
    } else if (IsWord(k) && lex->IsNumberAnd(Low(k))) {
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
      bool teen_unit = teen_open && last == kUnit && w->unit >= 1 && w->unit <= 9;
      bool tens_teen = teens_open && last == kTens && w->unit >= 10 && w->unit <= 19;
      if (last == kDigits || (last == kUnit && !teen_unit) || last == kDozen) break;
      if (last == kTens && (w->unit >= 10 || w->unit == 0) && !tens_teen) break;
      teen_open = w->teen_head && !teen_unit;
      teens_open = false;
      // "thousand zero" ends a number, but a bound zero before its hundred
      // continues one ("nghìn không trăm mười một": 0 hundreds and 11).
      const WordInfo* nx = Info(k + 1);
      bool zero_hundreds = w->unit_bound && nx && nx->scale == 100;
      if ((last == kHundred || last == kScale) && w->unit == 0 && !zero_hundreds) break;
      small += w->unit;
      last = kUnit;
    } else if (w->tens_of > 0 && last == kUnit && small < 10 && small != 0) {
      // "dua puluh", "hai mươi", "quatre-vingt": the unit before, in tens;
      // a unit may follow.
      small *= w->tens_of;
      last = kTens;
      teen_open = false;
      teens_open = w->tens_teens != 0 && small == w->tens_teens;
      any = true;
      c->end = ++k;
      c->last_scale = 0;
      c->ends_with_tens = false;
      continue;
    } else if (w->teen > 0) {
      // "dua belas", "tujuh belas": the unit before, as a teen.
      if (last != kUnit || small >= 10 || small == 0) break;
      small += w->teen;
    } else if (w->tens_of > 0 && w->tens < 0) {
      break;  // "puluh" with no unit before it
    } else if (w->tens >= 0) {
      if (last == kDigits || last == kUnit || last == kTens || last == kDozen) break;
      teen_open = false;
      teens_open = w->tens_teens != 0 && small + w->tens == w->tens_teens;
      c->tens_at = k;
      c->tens_after_and = k > j && lex->IsNumberAnd(Low(k - 1));
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
      // "seratus", "cent" hold their one; "không trăm" is no hundreds.
      if ((!any && !w->scale_one) || last == kHundred || hund != 0 || (w->plural && last == kNone))
        break;
      hund = (small == 0 && last != kUnit ? 1 : small) * 100;
      small = 0;
      last = kHundred;
      last_multiplier = 100;
    } else if (w->scale >= 1000 && !w->scale_abbrev && (!w->plural || (any && hund + small >= 2))) {
      // "three billions": a plural scale after a number of at least two;
      // "seribu" holds its one.
      if (!any && !w->scale_one) break;
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
      // "two hundred dozens" is 200 dozen; "three hundred and two dozens" 324.
      if (small == 0 && hund > 0) std::swap(small, hund);
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
  // A unit read only inside a compound, alone: "năm" is "year", "không" "not".
  if (c->end == j + 1 && Info(j) && Info(j)->unit_bound) return false;
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
  // "thứ Hai" (Monday), "thứ hai" (second): a number word after the
  // language's ordinal prefix is an ordinal or a day's name, read elsewhere.
  if (i > 0 && IsWord(i) && opts.language && OneOf(opts.language->ordinal_prefixes, Low(i - 1)))
    return false;
  // "kedua-dua", "ketiga-tiga" (Malay: both, all three): the repeated word
  // belongs to the collective before it, not a number of its own.
  if (i >= 2 && IsWord(i) && opts.language && IsSym(i - 1, '-') && Adjacent(i - 1) && Adjacent(i) &&
      IsWord(i - 2))
    for (const std::string& prefix : opts.language->ordinal_prefixes)
      if (Low(i - 2).size() == prefix.size() + Low(i).size() &&
          Low(i - 2).substr(0, prefix.size()) == prefix &&
          Low(i - 2).substr(prefix.size()) == Low(i))
        return false;
  size_t j = i;
  bool negative = false;
  if (Info(j) && Info(j)->minus && j + 1 < n() &&
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
  if (!fraction) end = MixedFraction(end, have ? &c : nullptr, &value, &smallest_scale, &fraction);
  // "two hundred point zero three", "point seventy-one", "point eleven".
  int places = 0;  // decimals read after "point"
  if (!fraction) {
    double frac = 0;
    if (size_t k = SpelledDecimals(end, &frac, &places)) value += frac, end = k;
  }
  // "two point two million": the scale applies to the whole, and the last
  // decimal written sets the precision, as with "2.2 million".
  double decimal_scale = 0;
  if (places > 0)
    if (const WordInfo* s = Info(end); s && s->scale >= 1000 && !s->scale_abbrev && !s->plural) {
      value *= s->scale;
      decimal_scale = smallest_scale = s->scale;
      ++end;
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
  if (decimal_scale > 0) num->half_unit = 0.5 * std::pow(10.0, -places) * decimal_scale;
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

// A whole and a fraction after the whole ending at `end` (`c` is its
// cardinal, or nullptr): "one and a half", "two hundred and fifty-four
// hundredths", "3 million and a quarter" (of a million), "one billion and a
// half million". Adds to *value and returns the new end.
size_t Recognizer::Impl::MixedFraction(size_t end, const Cardinal* c, double* value,
                                       double* smallest_scale, bool* fraction) const {
  bool have = c != nullptr;
  if (Is(end, "and") && FractionAhead(end + 1)) {
    Numeral f;
    if (ParseSpelled(end + 1, &f) && f.fraction && !f.negative) {
      if (have && c->last_scale >= 1000 && !f.has_scale && f.value < 1) {
        *value += f.value * c->last_scale;  // "3 million and a quarter"
      } else if (f.scale_after > 0 && *value < 1000) {
        *value = (*value + f.value / f.scale_after) * f.scale_after;  // "five and a half million"
        *smallest_scale = f.scale_after;
      } else {
        *value += f.value;  // "one billion and a half million", "one and a half"
      }
      end = f.te;
      *fraction = true;
    }
  } else if (Is(end, "and") && have) {
    // "twenty and three and three fifths": a whole, "and", a mixed number.
    Numeral f;
    if (ParseSpelled(end + 1, &f) && f.fraction && !f.negative && f.value >= 1 && !f.has_scale) {
      *value += f.value;
      end = f.te;
      *fraction = true;
    }
  }
  return end;
}

// Digits after "point" at `end`, read one by one or as one number below 100
// ("point zero three", "point seventy-one", "point eleven"): their value in
// *frac, how many decimal places they write in *places, and the token
// after them, or 0.
size_t Recognizer::Impl::SpelledDecimals(size_t end, double* frac, int* places) const {
  if (!(Is(end, "point") && Info(end + 1) &&
        (Info(end + 1)->unit >= 0 || Info(end + 1)->tens >= 0) && Info(end + 1)->ordinal == 0))
    return 0;
  size_t k = end + 1;
  if (Info(k)->tens >= 0 || Info(k)->unit >= 10) {
    double v = Info(k)->tens >= 0 ? Info(k)->tens : Info(k)->unit;
    ++k;
    if (Info(k - 1)->tens >= 0) {
      size_t h = IsSym(k, '-') ? k + 1 : k;
      if (Info(h) && Info(h)->unit > 0 && Info(h)->unit < 10 && Info(h)->ordinal == 0)
        v += Info(h)->unit, k = h + 1;
    }
    *frac = v / 100.0;
  } else {
    double scale = 0.1;
    while (Info(k) && Info(k)->unit >= 0 && Info(k)->unit < 10 && Info(k)->ordinal == 0) {
      *frac += scale * Info(k)->unit;
      ++*places;
      scale /= 10;
      ++k;
    }
  }
  return k;
}

}  // namespace crosscheck
