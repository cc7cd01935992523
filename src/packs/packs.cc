#include "packs/packs.h"

#include <toml++/toml.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <unordered_set>

#include "base/line_index.h"
#include "base/toml_file.h"
#include "base/utf8.h"
#include "lang/language.h"

namespace crosscheck {
namespace fs = std::filesystem;

// ---- folding ---------------------------------------------------------------

namespace {

// Splits text into lower-case words at anything that is not a letter or a
// digit; with `fold`, accents are dropped too (NFD, marks removed, đ -> d).
Phrase SplitLower(std::string_view text, bool fold) {
  Phrase out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  static const icu::Normalizer2* nfd = [] {
    UErrorCode s = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(s);
    return U_SUCCESS(s) ? n : nullptr;
  }();
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (std::isalnum(c))
        word.push_back(static_cast<char>(std::tolower(c)));
      else
        flush();
      ++i;
      continue;
    }
    int len = 1;
    char32_t cp = utf8::Decode(text, i, &len);
    i += static_cast<size_t>(len);
    if (fold && (cp == 0x0111 || cp == 0x0110)) {  // đ, Đ do not decompose
      word.push_back('d');
      continue;
    }
    if (!u_isalnum(static_cast<UChar32>(cp))) {
      if (u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) {
        if (!fold) utf8::Append(word, cp);
        continue;  // combining accent
      }
      flush();
      continue;
    }
    if (!fold) {
      utf8::Append(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
      continue;
    }
    icu::UnicodeString base;
    if (nfd) {
      UErrorCode s = U_ZERO_ERROR;
      base = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), s);
    } else {
      base = icu::UnicodeString(static_cast<UChar32>(cp));
    }
    for (int32_t k = 0; k < base.length();) {
      UChar32 b = base.char32At(k);
      k += U16_LENGTH(b);
      if (u_charType(b) == U_NON_SPACING_MARK) continue;
      utf8::Append(word, static_cast<char32_t>(u_tolower(b)));
    }
  }
  flush();
  return out;
}

}  // namespace

Phrase FoldWords(std::string_view text) { return SplitLower(text, true); }
Phrase LowerWords(std::string_view text) { return SplitLower(text, false); }

std::string FoldedStem(Stemmer* stemmer, std::string_view lower) {
  std::string_view stem = stemmer ? stemmer->Stem(lower) : lower;
  Phrase folded = FoldWords(stem);
  if (folded.size() == 1) return std::move(folded.front());
  std::string out;
  for (const std::string& w : folded) out += w;
  return out;
}

Phrase StemPhrase(std::string_view text, Stemmer* stemmer) {
  Phrase out;
  for (const std::string& w : LowerWords(text)) {
    std::string stem = FoldedStem(stemmer, w);
    if (!stem.empty()) out.push_back(std::move(stem));
  }
  return out;
}

const char* PercentKindName(PercentKind k) {
  switch (k) {
    case PercentKind::kGrowth:
      return "growth";
    case PercentKind::kShare:
      return "share";
    case PercentKind::kRate:
      return "rate";
    case PercentKind::kAny:
      break;
  }
  return "any";
}

const char* QuantityName(Quantity q) {
  switch (q) {
    case Quantity::kMoney:
      return "money";
    case Quantity::kCount:
      return "count";
    case Quantity::kPercent:
      return "percent";
    case Quantity::kDuration:
      return "duration";
    case Quantity::kRank:
      return "rank";
    case Quantity::kRatio:
      return "ratio";
    case Quantity::kDate:
      return "date";
  }
  return "count";
}

// ---- lookups ---------------------------------------------------------------

const Entity* ClaimPack::FindEntity(std::string_view id) const {
  for (const auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

const Metric* ClaimPack::FindMetric(std::string_view id) const {
  for (const auto& m : metrics)
    if (m.id == id) return &m;
  return nullptr;
}

const Source* ClaimPack::FindSource(std::string_view source, std::string_view url) const {
  for (const auto& s : sources) {
    if (!source.empty() && s.name == source) return &s;
    for (const auto& d : s.domains)
      if (!url.empty() && url.find(d) != std::string_view::npos) return &s;
  }
  return nullptr;
}

const Entity* ClaimPack::EntityForUrl(std::string_view url) const {
  // The host: after "//", up to the next "/", ":" or "?".
  size_t b = url.find("//");
  b = b == std::string_view::npos ? 0 : b + 2;
  size_t e = url.find_first_of("/:?#", b);
  std::string_view host = url.substr(b, e == std::string_view::npos ? url.size() - b : e - b);
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos) return nullptr;
  std::string_view tld = host.substr(dot + 1);
  for (const auto& en : entities)
    for (const auto& t : en.tlds)
      if (t == tld) return &en;
  return nullptr;
}

std::optional<double> ClaimPack::Convert(double amount, std::string_view from, std::string_view to,
                                         Day when, double* spread) const {
  if (spread) *spread = 0;
  if (from == to) return amount;
  const Rate* best = nullptr;
  bool inverse = false;
  for (const auto& r : rates) {
    bool direct = r.from == from && r.to == to, inv = r.from == to && r.to == from;
    if (!direct && !inv) continue;
    if (!best || std::abs(r.date - when) < std::abs(best->date - when)) best = &r, inverse = inv;
  }
  if (!best || best->rate <= 0) return std::nullopt;
  if (spread) *spread = best->spread;
  return inverse ? amount / best->rate : amount * best->rate;
}

// ---- decoding --------------------------------------------------------------

namespace {

// "0", "0.5", "36600", "1000000000000": a bound as people write it.
std::string Plain(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.12g", v);
  std::string s = buf;
  if (s.find('e') == std::string::npos) return s;
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

class Decoder {
 public:
  Decoder(const std::string& path, std::string_view text, Diagnostic* error)
      : path_(path), text_(text), error_(error), lines_(text) {}

  bool Fail(const toml::source_region& where, const std::string& message) {
    // Unknown keys read so far are reported with this error, in file order.
    if (!unknown_.empty() && !finishing_) {
      unknown_.push_back({where, message, false});
      return Finish();
    }
    error_->path = path_;
    error_->line = static_cast<int>(where.begin.line);
    error_->column = static_cast<int>(where.begin.column);
    error_->code = "packs.invalid";
    error_->message = message;
    error_->QuoteLineAtColumn(lines_.Line(text_, error_->line));
    return false;
  }

  // Every key of t must be in `allowed`; a near miss gets a suggestion.
  // Unknown keys do not stop the reading: all of them are reported at the
  // end (Finish), in file order.
  bool Keys(const toml::table& t, const std::string& where,
            std::initializer_list<const char*> allowed) {
    for (auto&& [key, node] : t) {
      std::string k(key.str());
      if (std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; }))
        continue;
      std::string best = NearestName(k, allowed);
      std::string list;
      for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      unknown_.push_back({key.source(), "unknown key '" + k + "' in " + where +
                                            (best.empty() ? "; allowed keys: " + list
                                                          : "; did you mean '" + best + "'?")});
    }
    return true;
  }

  // True if the file had no unknown key; else fails at the first in file
  // order, naming the others with their positions.
  bool Finish() {
    if (unknown_.empty()) return true;
    // Unknown keys first, in file order: a misspelt key ("cue") is usually
    // why a required one is missing, and its suggestion is the fix.
    std::stable_sort(unknown_.begin(), unknown_.end(), [](const Unknown& a, const Unknown& b) {
      if (a.key != b.key) return a.key;
      return a.where.begin.line != b.where.begin.line ? a.where.begin.line < b.where.begin.line
                                                      : a.where.begin.column < b.where.begin.column;
    });
    std::string message = unknown_[0].message;
    if (unknown_.size() > 1) {
      message += " (" + std::to_string(unknown_.size() - 1) + " more problem" +
                 (unknown_.size() > 2 ? "s" : "") + ":";
      for (size_t k = 1; k < unknown_.size(); ++k) {
        const Unknown& u = unknown_[k];
        std::string at =
            std::to_string(u.where.begin.line) + ":" + std::to_string(u.where.begin.column);
        size_t q = u.message.find('\''), e = u.message.find('\'', q + 1);
        message += std::string(k > 1 ? ";" : "") + " " +
                   (u.key ? "unknown key " + u.message.substr(q, e - q + 1) + " at " + at
                          : at + " " + u.message);
      }
      message += ")";
    }
    finishing_ = true;
    return Fail(unknown_[0].where, message);
  }

  bool Str(const toml::table& t, const std::string& where, const char* key, std::string* out,
           bool required) {
    const toml::node* n = t.get(key);
    if (!n)
      return required
                 ? Fail(t.source(), "missing required key '" + std::string(key) + "' in " + where)
                 : true;
    auto s = n->as_string();
    if (!s) return Fail(n->source(), where + "." + key + " must be a string");
    *out = s->get();
    if (required && out->empty())
      return Fail(n->source(), where + "." + key + " must not be empty");
    return true;
  }

  bool StrList(const toml::table& t, const std::string& where, const char* key,
               std::vector<std::string>* out, bool required) {
    const toml::node* n = t.get(key);
    if (!n)
      return required
                 ? Fail(t.source(), "missing required key '" + std::string(key) + "' in " + where)
                 : true;
    auto arr = n->as_array();
    if (!arr) return Fail(n->source(), where + "." + key + " must be an array of strings");
    for (auto& item : *arr) {
      auto s = item.as_string();
      if (!s) return Fail(item.source(), where + "." + key + " must be an array of strings");
      out->push_back(s->get());
    }
    if (required && out->empty())
      return Fail(n->source(), where + "." + key + " must not be empty");
    return true;
  }

  bool Phrases(const toml::table& t, const std::string& where, const char* key,
               std::vector<Phrase>* out, bool required) {
    std::vector<std::string> raw;
    if (!StrList(t, where, key, &raw, required)) return false;
    for (const auto& r : raw) {
      Phrase p = FoldWords(r);
      if (p.empty())
        return Fail(t.get(key)->source(),
                    where + "." + key + " has an entry with no letters: '" + r + "'");
      out->push_back(std::move(p));
    }
    return true;
  }

  // `key` in the pack's language and `key_in` = { lang = [...] } in others,
  // each phrase stemmed with its language's stemmer. *langs (when given)
  // gets each phrase's language.
  bool StemmedPhrases(const toml::table& t, const std::string& where, const char* key,
                      const std::string& pack_lang, std::vector<Phrase>* out,
                      std::vector<std::string>* langs, bool required,
                      std::vector<Phrase>* folded = nullptr) {
    std::vector<std::pair<std::string, const toml::node*>> lists;
    if (const toml::node* n = t.get(key)) lists.emplace_back(pack_lang, n);
    const std::string in_key = std::string(key) + "_in";
    if (const toml::node* n = t.get(in_key)) {
      const toml::table* by_lang = n->as_table();
      if (!by_lang)
        return Fail(n->source(),
                    where + "." + in_key + " must be a table of languages: { vi = [\"...\"] }");
      for (auto&& [lang, list] : *by_lang) {
        std::string code(lang.str());
        if (BuiltinLanguages().For(code).code != code)
          return Fail(list.source(), where + "." + in_key + "." + code +
                                         ": no such language in claims/languages.toml");
        lists.emplace_back(code, &list);
      }
    }
    if (lists.empty() && required)
      return Fail(t.source(), "missing required key '" + std::string(key) + "' in " + where);
    for (const auto& [lang, node] : lists) {
      const toml::array* arr = node->as_array();
      if (!arr) return Fail(node->source(), where + "." + key + " must be a list of phrases");
      Stemmer* stemmer = StemmerFor(lang);
      for (const toml::node& item : *arr) {
        auto str = item.value<std::string>();
        if (!str) return Fail(item.source(), where + "." + key + " entries must be strings");
        Phrase p = StemPhrase(*str, stemmer);
        if (p.empty())
          return Fail(item.source(),
                      where + "." + key + " has an entry with no letters: '" + *str + "'");
        out->push_back(std::move(p));
        if (langs) langs->push_back(lang);
        if (folded) folded->push_back(FoldWords(*str));
      }
    }
    return true;
  }

  Stemmer* StemmerFor(const std::string& lang) {
    auto& slot = stemmers_[lang];
    if (!slot) slot = std::make_unique<Stemmer>(BuiltinLanguages().For(lang).stemmer);
    return slot.get();
  }

  bool Num(const toml::table& t, const std::string& where, const char* key, double* out, double min,
           double max) {
    const toml::node* n = t.get(key);
    if (!n) return true;
    std::optional<double> v = n->value<double>();
    if (!v) return Fail(n->source(), where + "." + key + " must be a number");
    if (*v < min || *v > max)
      return Fail(n->source(), where + "." + key + " must be between " + Plain(min) + " and " +
                                   Plain(max) + ", not " + Plain(*v));
    *out = *v;
    return true;
  }

  bool Bool(const toml::table& t, const std::string& where, const char* key, bool* out) {
    const toml::node* n = t.get(key);
    if (!n) return true;
    auto b = n->as_boolean();
    if (!b) return Fail(n->source(), where + "." + key + " must be true or false");
    *out = b->get();
    return true;
  }

  bool Date(const toml::table& t, const std::string& where, const char* key, Day* out,
            Granularity* g, bool required) {
    const toml::node* n = t.get(key);
    if (!n)
      return required
                 ? Fail(t.source(), "missing required key '" + std::string(key) + "' in " + where)
                 : true;
    if (auto d = n->as_date()) {
      const toml::date& v = d->get();
      if (!IsValidDate(v.year, v.month, v.day))
        return Fail(n->source(), where + "." + key + " is not a real date");
      *out = DaysFromCivil(v.year, v.month, v.day);
      if (g) *g = Granularity::kDay;
      return true;
    }
    if (auto i = n->as_integer()) {  // a bare year
      int64_t y = i->get();
      if (y < 1 || y > 9999)
        return Fail(n->source(), where + "." + key + " must be a date or a year");
      *out = DaysFromCivil(static_cast<int>(y), 1, 1);
      if (g) *g = Granularity::kYear;
      return true;
    }
    return Fail(n->source(), where + "." + key + " must be a date (2025-03-12) or a year (1973)");
  }

  template <typename Fn>
  bool Tables(const toml::table& root, const char* key, Fn fn) {
    const toml::node* n = root.get(key);
    if (!n) return true;
    auto arr = n->as_array();
    if (!arr)
      return Fail(n->source(),
                  std::string(key) + " must be an array of tables: write [[" + key + "]]");
    size_t index = 0;
    for (auto& item : *arr) {
      auto t = item.as_table();
      if (!t)
        return Fail(item.source(),
                    std::string(key) + " entries must be tables: write [[" + key + "]]");
      if (!fn(*t, std::string(key) + "[" + std::to_string(index++) + "]")) return false;
    }
    return true;
  }

 private:
  std::string path_;
  std::string_view text_;
  Diagnostic* error_;
  LineIndex lines_;
  struct Unknown {
    toml::source_region where;
    std::string message;
    bool key = true;  // an unknown key; else the error that stopped the reading
  };
  std::vector<Unknown> unknown_;
  bool finishing_ = false;
  std::map<std::string, std::unique_ptr<Stemmer>> stemmers_;
};

}  // namespace

bool LoadPackText(std::string_view text, const std::string& path, ClaimPack* pack,
                  Diagnostic* error) {
  toml::table root;
  if (TomlShapeError shape = MeasureToml(text); shape.line) {
    error->path = path;
    error->line = shape.line;
    error->column = shape.column;
    error->code = "packs.toml";
    error->message = "malformed TOML: " + shape.message + ", not read";
    return false;
  }
  try {
    root = toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& e) {
    error->path = path;
    error->line = static_cast<int>(e.source().begin.line);
    error->column = static_cast<int>(e.source().begin.column);
    error->code = "packs.toml";
    error->message = "malformed TOML: " + std::string(e.description());
    LineIndex lines(text);
    error->QuoteLineAtColumn(lines.Line(text, error->line));
    return false;
  }
  // Currency, holiday and language data files (claims/currencies.toml,
  // claims/holidays.toml, claims/languages.toml)
  // are read by the recognizer.
  if (root.contains("currency") || root.contains("family") || root.contains("codes") ||
      root.contains("holiday") || root.contains("language"))
    return true;
  Decoder d(path, text, error);
  // Like an empty cue or name: a pack file that defines nothing is a mistake
  // (a truncated or misnamed file), never silently a pack.
  if (root.empty()) {
    error->path = path;
    error->code = "packs.empty";
    error->message =
        "the pack file defines nothing: write [pack], [[entity]] or [[metric]] tables, or "
        "remove the file";
    return false;
  }
  if (!d.Keys(root, "the pack", {"pack", "entity", "metric", "source", "fact", "rate"}))
    return false;
  // The language of cues written without one (`cues`, not `cues_in`).
  std::string pack_lang = "en";
  if (const toml::node* p = root.get("pack")) {
    auto t = p->as_table();
    if (!t) return d.Fail(p->source(), "pack must be a table: write [pack]");
    if (!d.Keys(*t, "[pack]",
                {"name", "description", "version", "lang", "currency_defaults", "pair_phrases"}) ||
        !d.Phrases(*t, "[pack]", "pair_phrases", &pack->pair_phrases, false) ||
        !d.Str(*t, "[pack]", "lang", &pack_lang, false))
      return false;
    if (BuiltinLanguages().For(pack_lang).code != pack_lang)
      return d.Fail(t->get("lang")->source(), "[pack].lang = \"" + pack_lang +
                                                  "\": no such language in claims/languages.toml");
    if (const toml::node* cd = t->get("currency_defaults")) {
      auto ct = cd->as_table();
      if (!ct)
        return d.Fail(cd->source(),
                      "[pack].currency_defaults must be a table: { dollar = \"USD\" }");
      for (auto&& [family, code] : *ct) {
        auto c = code.as_string();
        if (!c || !BuiltinCurrencies().IsCode(c->get()))
          return d.Fail(code.source(), "[pack].currency_defaults." + std::string(family.str()) +
                                           " must be an ISO 4217 code such as \"USD\"");
        pack->currency_defaults[std::string(family.str())] = c->get();
      }
    }
  }
  bool ok = d.Tables(root, "entity", [&](const toml::table& t, const std::string& where) {
    Entity e;
    std::vector<std::string> names, demonyms;
    if (!d.Keys(t, where,
                {"id", "kind", "names", "demonyms", "abbreviations", "aliases", "tlds"}) ||
        !d.Phrases(t, where, "aliases", &e.aliases, false) ||
        !d.StrList(t, where, "tlds", &e.tlds, false) || !d.Str(t, where, "id", &e.id, true) ||
        !d.Str(t, where, "kind", &e.kind, false) || !d.StrList(t, where, "names", &names, true) ||
        !d.StrList(t, where, "demonyms", &demonyms, false) ||
        !d.StrList(t, where, "abbreviations", &e.abbreviations, false))
      return false;
    if (pack->FindEntity(e.id))
      return d.Fail(t.get("id")->source(), "duplicate entity id '" + e.id + "'");
    // Like an empty cue: a name with no letters could never match, so it is
    // an error rather than an entry silently ignored.
    for (const char* key : {"names", "demonyms", "abbreviations"}) {
      const std::vector<std::string>& list = std::string(key) == "names"      ? names
                                             : std::string(key) == "demonyms" ? demonyms
                                                                              : e.abbreviations;
      for (const std::string& n : list)
        if (FoldWords(n).empty())
          return d.Fail(t.get(key)->source(),
                        where + "." + key + " has an entry with no letters: '" + n + "'");
    }
    e.label = names.front();
    for (const Phrase& a : e.aliases) {
      auto& refs = pack->alias_index[a.front()];
      auto same = std::find_if(refs.begin(), refs.end(),
                               [&](const ClaimPack::AliasRef& r) { return r.phrase == a; });
      if (same == refs.end())
        refs.push_back({{pack->entities.size()}, a});
      else
        same->entities.push_back(pack->entities.size());
    }
    for (const auto& a : e.abbreviations) {
      Phrase p = FoldWords(a);
      if (!p.empty())
        pack->name_index[p.front()].push_back(
            {pack->entities.size(), p, true, LowerWords(a), true});
    }
    for (const auto* list : {&names, &demonyms})
      for (const auto& n : *list) {
        Phrase p = FoldWords(n);
        int len = 1;
        bool capital = !n.empty() && u_isupper(static_cast<UChar32>(utf8::Decode(n, 0, &len)));
        if (!p.empty())
          pack->name_index[p.front()].push_back(
              {pack->entities.size(), p, false, LowerWords(n), capital});
      }
    for (const auto* list : {&names, &demonyms})
      for (const auto& n : *list) {
        Phrase p = FoldWords(n);
        if (!p.empty()) e.names.push_back(std::move(p));
      }
    pack->entities.push_back(std::move(e));
    return true;
  });
  ok = ok && d.Tables(root, "metric", [&](const toml::table& t, const std::string& where) {
    Metric m;
    std::string quantity, temporal;
    double subjects = 0;
    if (!d.Keys(t, where,
                {"id",          "description",  "cues",           "cues_in",   "counted",
                 "counted_in",  "context",      "context_in",     "quantity",  "temporal",
                 "subjects",    "subject_kind", "fixed_subjects", "tolerance", "grows",
                 "directional", "window_days",  "aged",           "ranked_as", "basis_gap",
                 "percent",     "currency",     "accumulates"}) ||
        !d.Num(t, where, "basis_gap", &m.basis_gap, 0, 10) ||
        !d.Str(t, where, "ranked_as", &m.ranked_as, false) || !d.Bool(t, where, "aged", &m.aged) ||
        !d.Bool(t, where, "directional", &m.directional) ||
        !d.StemmedPhrases(t, where, "context", pack_lang, &m.context, nullptr, false) ||
        !d.Str(t, where, "id", &m.id, true) ||
        !d.Str(t, where, "description", &m.description, false) ||
        !d.StemmedPhrases(t, where, "cues", pack_lang, &m.cues, &m.cue_langs, true, &m.cue_words) ||
        !d.StemmedPhrases(t, where, "counted", pack_lang, &m.counted, nullptr, false) ||
        !d.Bool(t, where, "accumulates", &m.accumulates) ||
        !d.Str(t, where, "quantity", &quantity, true) ||
        !d.Str(t, where, "temporal", &temporal, true) ||
        !d.Num(t, where, "subjects", &subjects, 0, 4) ||
        !d.Str(t, where, "subject_kind", &m.subject_kind, false) ||
        !d.StrList(t, where, "fixed_subjects", &m.fixed_subjects, false) ||
        !d.Bool(t, where, "grows", &m.grows))
      return false;
    double window = -1;
    if (!d.Num(t, where, "window_days", &window, 0, 36600)) return false;
    std::string percent, currency;
    if (!d.Str(t, where, "percent", &percent, false) ||
        !d.Str(t, where, "currency", &currency, false))
      return false;
    static const std::pair<const char*, PercentKind> kPercentKinds[] = {
        {"any", PercentKind::kAny},
        {"growth", PercentKind::kGrowth},
        {"share", PercentKind::kShare},
        {"rate", PercentKind::kRate}};
    if (!percent.empty()) {
      bool known = false;
      for (const auto& [name, k] : kPercentKinds)
        if (percent == name) m.percent = k, known = true;
      if (!known)
        return d.Fail(t.get("percent")->source(), where + ".percent = \"" + percent +
                                                      "\" is not one of: growth, share, rate, any");
    }
    if (!currency.empty() && currency != "required" && currency != "optional")
      return d.Fail(t.get("currency")->source(), where + ".currency = \"" + currency +
                                                     "\" must be \"required\" or \"optional\"");
    m.currency_required = currency != "optional";
    static const std::pair<const char*, Quantity> kQuantities[] = {
        {"money", Quantity::kMoney},     {"count", Quantity::kCount},
        {"percent", Quantity::kPercent}, {"duration", Quantity::kDuration},
        {"rank", Quantity::kRank},       {"ratio", Quantity::kRatio},
        {"date", Quantity::kDate}};
    bool found = false;
    for (const auto& [name, q] : kQuantities)
      if (quantity == name) m.quantity = q, found = true;
    if (!found)
      return d.Fail(t.get("quantity")->source(),
                    where + ".quantity = \"" + quantity +
                        "\" is not one of: money, count, percent, duration, rank, ratio, date");
    if (temporal != "flow" && temporal != "stock" && temporal != "event")
      return d.Fail(t.get("temporal")->source(), where + ".temporal = \"" + temporal +
                                                     "\" must be \"flow\", \"stock\" or \"event\"");
    if ((temporal == "event") != (m.quantity == Quantity::kDate))
      return d.Fail(
          t.get("temporal")->source(),
          where + ": quantity = \"date\" goes with temporal = \"event\", and only with it");
    m.temporal = temporal == "event"   ? Temporal::kEvent
                 : temporal == "stock" ? Temporal::kStock
                                       : Temporal::kFlow;
    m.stock = m.temporal == Temporal::kStock;
    // Stocks default to half a year: figures of one stock reported within it
    // are the same figure; further apart they are a series (see docs/packs.md).
    m.window_days =
        window >= 0 ? static_cast<int>(window) : (m.stock ? kDefaultStockWindowDays : 0);
    m.subjects = static_cast<int>(subjects);
    if (const toml::node* tol = t.get("tolerance")) {
      auto tt = tol->as_table();
      if (!tt)
        return d.Fail(tol->source(), where + ".tolerance must be a table: { relative = 0.05 }");
      if (!d.Keys(*tt, where + ".tolerance", {"relative", "absolute"}) ||
          !d.Num(*tt, where + ".tolerance", "relative", &m.tolerance_relative, 0, 1) ||
          !d.Num(*tt, where + ".tolerance", "absolute", &m.tolerance_absolute, 0, 1e18))
        return false;
    }
    for (const auto& s : m.fixed_subjects)
      if (!pack->FindEntity(s))
        return d.Fail(t.get("fixed_subjects")->source(),
                      where + ".fixed_subjects names unknown entity '" + s + "'");
    if (pack->FindMetric(m.id))
      return d.Fail(t.get("id")->source(), "duplicate metric id '" + m.id + "'");
    for (size_t k = 0; k < m.cues.size(); ++k) {
      pack->cue_index[m.cues[k].front()].push_back({pack->metrics.size(), k, false});
      if (m.cue_words[k] != m.cues[k])
        pack->cue_index[m.cue_words[k].front()].push_back({pack->metrics.size(), k, true});
    }
    pack->metrics.push_back(std::move(m));
    return true;
  });
  // ranked_as may name a metric defined later in the file: checked once all are read.
  if (ok)
    if (auto* list = root.get("metric") ? root.get("metric")->as_array() : nullptr)
      for (auto& node : *list) {
        auto* t = node.as_table();
        const toml::node* r = t ? t->get("ranked_as") : nullptr;
        if (!r || !r->is_string()) continue;
        const Metric* target = pack->FindMetric(r->as_string()->get());
        if (!target || target->quantity != Quantity::kRank)
          return d.Fail(r->source(), "ranked_as = \"" + r->as_string()->get() +
                                         "\" must name a metric of quantity \"rank\"");
      }
  ok = ok && d.Tables(root, "source", [&](const toml::table& t, const std::string& where) {
    Source s;
    if (!d.Keys(t, where, {"name", "domains", "currency", "basis", "country"}) ||
        !d.Str(t, where, "country", &s.country, false) || !d.Str(t, where, "name", &s.name, true) ||
        !d.Str(t, where, "basis", &s.basis, false) ||
        !d.StrList(t, where, "domains", &s.domains, false) ||
        !d.Str(t, where, "currency", &s.currency, false))
      return false;
    if (!s.currency.empty() && !BuiltinCurrencies().IsCode(s.currency))
      return d.Fail(t.get("currency")->source(),
                    where + ".currency = \"" + s.currency + "\" is not a known ISO 4217 code");
    if (!s.country.empty() && !pack->FindEntity(s.country))
      return d.Fail(t.get("country")->source(),
                    where + ".country names unknown entity '" + s.country + "'");
    pack->sources.push_back(std::move(s));
    return true;
  });
  ok = ok && d.Tables(root, "fact", [&](const toml::table& t, const std::string& where) {
    Fact f;
    if (!d.Keys(t, where, {"id", "description", "subjects", "cues", "date"}) ||
        !d.Str(t, where, "id", &f.id, true) ||
        !d.Str(t, where, "description", &f.description, false) ||
        !d.StrList(t, where, "subjects", &f.subjects, false) ||
        !d.Phrases(t, where, "cues", &f.cues, true) ||
        !d.Date(t, where, "date", &f.date, &f.granularity, true))
      return false;
    for (const auto& s : f.subjects)
      if (!pack->FindEntity(s))
        return d.Fail(t.get("subjects")->source(),
                      where + ".subjects names unknown entity '" + s + "'");
    std::sort(f.subjects.begin(), f.subjects.end());
    pack->facts.push_back(std::move(f));
    return true;
  });
  ok = ok && d.Tables(root, "rate", [&](const toml::table& t, const std::string& where) {
    Rate r;
    if (!d.Keys(t, where, {"from", "to", "rate", "date", "spread"}) ||
        !d.Num(t, where, "spread", &r.spread, 0, 0.5) || !d.Str(t, where, "from", &r.from, true) ||
        !d.Str(t, where, "to", &r.to, true) || !d.Num(t, where, "rate", &r.rate, 0, 1e12) ||
        !d.Date(t, where, "date", &r.date, nullptr, true))
      return false;
    for (const char* key : {"from", "to"}) {
      const std::string& code = std::string(key) == "from" ? r.from : r.to;
      if (!BuiltinCurrencies().IsCode(code))
        return d.Fail(t.get(key)->source(), where + "." + key + " = \"" + code +
                                                "\" is not an ISO 4217 code crosscheck knows");
    }
    if (!t.get("rate")) return d.Fail(t.source(), "missing required key 'rate' in " + where);
    if (r.rate <= 0)
      return d.Fail(t.get("rate")->source(),
                    where + ".rate must be greater than 0: the " + r.to + " value of 1 " + r.from);
    pack->rates.push_back(r);
    return true;
  });
  if (!ok || !d.Finish()) return false;
  pack->files.push_back(path);
  return true;
}

Result<ClaimPack> LoadPacks(const std::vector<std::string>& paths) {
  ClaimPack pack;
  for (const auto& p : paths) {
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file() && e.path().extension() == ".toml")
          files.push_back(e.path().string());
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        Diagnostic d;
        d.path = p;
        d.code = "packs.empty";
        d.message = "no .toml claim packs in this directory";
        return d;
      }
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      Diagnostic d;
      d.path = p;
      d.code = "packs.missing";
      d.message = "no such claim pack file or directory";
      return d;
    }
    for (const auto& f : files) {
      std::string text, why;
      if (!ReadDataFile(f, &text, &why)) {
        Diagnostic d;
        d.path = f;
        d.code = "packs.unreadable";
        d.message = "claim pack " + why;
        return d;
      }
      if (utf8::FindInvalid(text) != text.size()) {
        Diagnostic d;
        d.path = f;
        d.code = "packs.invalid-utf8";
        d.message = "claim pack is not valid UTF-8";
        return d;
      }
      Diagnostic err;
      if (!LoadPackText(text, f, &pack, &err)) return err;
    }
  }
  return pack;
}

}  // namespace crosscheck
