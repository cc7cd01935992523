// The currency table (recognize/lexicon.h), read from claims/currencies.toml.
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>

#include "base/toml_file.h"
#include "recognize/lexicon.h"

namespace crosscheck {

extern const char kBuiltinCurrenciesToml[];  // generated from claims/currencies.toml

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
  return FailAt(
      error, path, "packs.currency", where,
      "currency code '" + std::string(code) + "' is not three capital letters (ISO 4217)");
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
  if (!ParseTomlFile(text, path, "packs.toml", &t, error)) return false;
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
    // The first two bytes, in both cases for the "$" symbols stored lower case.
    auto b = [](char c) { return static_cast<unsigned char>(c); };
    if (key.size() == 1) {
      symbol_single_[b(key[0])] = true;
    } else {
      for (int u0 : {0, 1})
        for (int u1 : {0, 1}) {
          unsigned char c0 = u0 ? b(static_cast<char>(std::toupper(b(key[0])))) : b(key[0]);
          unsigned char c1 = u1 ? b(static_cast<char>(std::toupper(b(key[1])))) : b(key[1]);
          symbol_pair_.set(c0 * 256 + c1);
        }
    }
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
  static const CurrencyTable table =
      LoadBuiltin<CurrencyTable>(kBuiltinCurrenciesToml, "claims/currencies.toml");
  return table;
}

}  // namespace crosscheck
