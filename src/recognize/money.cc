// Money: a currency symbol, code or name before or after a figure ("US$9
// billion", "10.3 billion USD", "5 trillion dong", "VND 100 billion"),
// minor units ("3 dollars 50 cents") and scales after a code ("75 USD
// million"). The currencies are data (claims/currencies.toml).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "recognize/reader_util.h"
#include "recognize/recognizer_impl.h"

namespace crosscheck {

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
  // A symbol after the amount: "10 $", "100,000 ₭", "5€", "100元"; a
  // symbol of letters spaced from it when written with a capital, as
  // symbols are and common words are not ("5 tỷ VNĐ", "15 LE", "20 Rs").
  if (j < n() && (toks[j].type == TokenType::kSymbol || Adjacent(j) || toks[j].upper_initial)) {
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
  unsigned char second =
      toks[i].begin + 1 < text.size() ? static_cast<unsigned char>(text[toks[i].begin + 1]) : 0;
  // "hk $ 10": newswire copy puts a space inside the symbol.
  if (second == ' ' && IsSym(i + 1, '$')) second = '$';
  if (!cur->MaybeSymbolStart(first, second) &&
      !(toks[i].upper_initial && toks[i].end - toks[i].begin == 3) && !IsMillionsCode(Raw(i)))
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
  bool between = i > 0 && IsRange(i - 1, Lexicon::RangeRole::kBetween);
  // "from $5 to $7" is a range; "rose from $5 to $7" two levels.
  bool from = i > 0 && IsRange(i - 1, Lexicon::RangeRole::kFrom) && !(i > 1 && AfterMotion(i - 2));
  const size_t connector = j;
  // "rose from $5 to $7", "grew by $1 billion to $7 billion": levels and
  // changes, each its own figure.
  bool levels = (i > 1 && IsRange(i - 1, Lexicon::RangeRole::kFrom) && AfterMotion(i - 2)) ||
                (IsRange(j, Lexicon::RangeRole::kTo) && ChangeBefore(i));
  if (!levels && (IsSym(j, '-') || IsRange(j, Lexicon::RangeRole::kTo) ||
                  (between && IsRange(j, Lexicon::RangeRole::kAnd)))) {
    size_t k = j + 1;
    if (k < n() && toks[k].type != TokenType::kNumber && sym_end - i == 1 && Raw(k) == Raw(i)) ++k;
    Numeral b;
    // "US$5-7 billion": both ends carry the scale and their precision.
    if (ParseNumeral(k, &b) && !b.negative && RangeOf(a, b, &v)) {
      range = true;
      j = b.te;
      if (between || (from && IsRange(connector, Lexicon::RangeRole::kTo))) --i;
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

}  // namespace crosscheck
