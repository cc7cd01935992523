// Numerals written with digits: "16.7 billion", "20,000", "5bn", "1.3e6",
// "3/4", "one out of three" (Recognizer::Impl::ParseNumeral). Spelled
// numbers are read in spelled.cc.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

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
    // A plural scale after digits only where no "of" follows: "5 millions",
    // but "in 2010 thousands of people" is a year and a vague count.
    bool plural_ok = w->plural && w->scale >= 1000 && !w->scale_abbrev && mult == 1 &&
                     num->value >= 2 && !Is(j + 1, "of");
    if (w->scale > 0 && (!w->plural || plural_ok)) {
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

bool Recognizer::Impl::ParseNumeral(size_t i, Numeral* num) const {
  if (IsNum(i)) {
    if (!ParseDigits(i, num)) return false;
    // "1 and a half hours", "2 and a half years": a whole in digits and a
    // fraction in words.
    if (num->plain_int && !num->negative && Is(num->te, "and") && FractionAhead(num->te + 1)) {
      double value = num->value, smallest = 0;
      bool fraction = false;
      size_t e = MixedFraction(num->te, nullptr, &value, &smallest, &fraction);
      if (fraction && e > num->te) {
        num->value = value, num->te = e, num->fraction = true;
        num->plain_int = false, num->half_unit = 0;
        return true;
      }
    }
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
    return true;
  }
  // "one in ten", "1 in 4 adults", "one in a million", "two in five
  // voters": a share. Not "5 in 2024" (a year) nor "3 in 10 days" (a time).
  if (Is(k, "in") && !num->has_scale && !num->negative && num->value >= 1 && num->value < 100 &&
      num->value == std::floor(num->value) && !IsSym(k + 1, '-') &&
      ParseNumeralNoRatio(k + 1, &den) && den.value > num->value && !den.negative &&
      !den.fraction && !(den.plain_int && den.digits == 4) && !IsSym(den.te, '%') &&
      !(Info(den.te) && (Info(den.te)->percent || Info(den.te)->time_unit != TimeUnit::kNone)) &&
      // At a clause end only "one in N" is a share: "more than 2 in 5" is not.
      (IsWord(den.te) || num->value == 1)) {
    num->value /= den.value;
    num->te = den.te;
    num->half_unit = 0;
    num->plain_int = false;
    num->has_scale = false;
    num->fraction = true;
  }
  return true;
}

bool Recognizer::Impl::ParseNumeralNoRatio(size_t i, Numeral* num) const {
  if (IsNum(i)) return ParseDigits(i, num);
  return IsWord(i) && ParseSpelled(i, num);
}

}  // namespace crosscheck
