#include "load/front_matter.h"

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <vector>

#include "base/line_index.h"
#include "base/toml_file.h"

namespace crosscheck {
namespace {

const char* const kKeys[] = {"title", "source",   "url",       "published",
                             "lang",  "currency", "date_order"};
// The names static-site generators and CMSs give the keys the tool uses.
struct Alias {
  const char* name;
  const char* key;
};
const Alias kAliases[] = {{"date", "published"},
                          {"publishDate", "published"},
                          {"pubDate", "published"},
                          {"publish_date", "published"},
                          {"datePublished", "published"},
                          {"publisher", "source"},
                          {"site", "source"},
                          {"outlet", "source"},
                          {"permalink", "url"},
                          {"canonical", "url"},
                          {"canonical_url", "url"},
                          {"link", "url"},
                          {"language", "lang"},
                          {"locale", "lang"}};

// YAML deeper than this is refused before parsing: the parser recurses per
// level, and front matter never nests more than a few.
constexpr int kMaxYamlDepth = 64;

// One key of the block, whatever its syntax.
struct Entry {
  std::string key;
  enum Type { kString, kDate, kOther } type = kOther;
  std::string text;       // a string's value; otherwise the value as the syntax writes it
  const char* kind = "";  // kOther: what the value is ("a number", "a list")
  int year = 0, month = 0, day = 0;
  bool valid_date = true;
  int line = 0, column = 0;              // in the original file
  int value_line = 0, value_column = 0;  // a scalar's value, in the original file
};

// The fence line at pos ("+++", "---", "..."), with trailing blanks.
bool IsFenceLine(std::string_view bytes, size_t pos, std::string_view fence, size_t* line_end) {
  if (bytes.compare(pos, fence.size(), fence) != 0) return false;
  size_t p = pos + fence.size();
  while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\r')) ++p;
  if (p < bytes.size() && bytes[p] != '\n') return false;
  *line_end = p < bytes.size() ? p + 1 : p;
  return true;
}

// "key:" or "key: value" at the start of the first line that is not blank
// or a comment: what tells YAML front matter from a Markdown rule.
bool OpensWithYamlKey(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    size_t k = line.find_first_not_of(" \t\r");
    if (k == std::string_view::npos || line[k] == '#') continue;
    size_t colon = line.find(':', k);
    if (colon == std::string_view::npos || colon == k) return false;
    for (size_t i = k; i < colon; ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.' || c == '"' || c == '\''))
        return false;
    }
    return colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t' ||
           line[colon + 1] == '\r';
  }
  return false;
}

Diagnostic ErrorAt(const std::string& path, std::string_view bytes, int line, int column,
                   std::string code, std::string message) {
  Diagnostic d;
  d.path = path;
  d.line = line;
  d.column = column;
  d.code = std::move(code);
  d.message = std::move(message);
  LineIndex index(bytes);
  d.QuoteLineAtColumn(index.Line(bytes, line));
  return d;
}

bool ReadToml(const std::string& path, std::string_view bytes, Span block, int line_shift,
              std::vector<Entry>* entries, Diagnostic* error) {
  toml::table table;
  if (TomlShapeError shape = MeasureToml(block.In(bytes)); shape.line) {
    *error = ErrorAt(path, bytes, shape.line + line_shift, shape.column, "load.front-matter",
                     "malformed front matter: " + shape.message + ", not read");
    return false;
  }
  try {
    table = toml::parse(block.In(bytes), std::string_view(path));
  } catch (const toml::parse_error& e) {
    *error = ErrorAt(path, bytes, static_cast<int>(e.source().begin.line) + line_shift,
                     static_cast<int>(e.source().begin.column), "load.front-matter",
                     "malformed front matter: " + std::string(e.description()));
    return false;
  }
  // In file order (toml++ orders tables by key), so that warnings and kept
  // keys read as the file does.
  for (const auto& [key, key_source, node_ptr] : MembersInFileOrder(table)) {
    const toml::node& node = *node_ptr;
    Entry e;
    e.key = key;
    e.line = static_cast<int>(node.source().begin.line) + line_shift;
    e.column = static_cast<int>(node.source().begin.column);
    if (auto str = node.as_string()) {
      e.type = Entry::kString, e.text = str->get();
    } else if (auto d = node.as_date()) {
      e.type = Entry::kDate;
      e.year = d->get().year, e.month = d->get().month, e.day = d->get().day;
    } else if (auto dt = node.as_date_time()) {
      e.type = Entry::kDate;
      e.year = dt->get().date.year, e.month = dt->get().date.month, e.day = dt->get().date.day;
    } else {
      std::ostringstream text;
      node.visit([&](auto&& v) { text << v; });
      e.text = text.str();
      e.kind = node.is_array()     ? "a list"
               : node.is_table()   ? "a table"
               : node.is_boolean() ? "true or false"
                                   : "a number";
    }
    entries->push_back(std::move(e));
  }
  return true;
}

// An upper bound of YAML nesting: indentation, "- " sequence marks and
// open brackets, per line.
int YamlDepth(std::string_view text) {
  int deepest = 0, brackets = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    int depth = 0;
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '-')) ++depth, ++i;
    for (; i < line.size(); ++i) {
      if (line[i] == '[' || line[i] == '{') ++brackets;
      if ((line[i] == ']' || line[i] == '}') && brackets > 0) --brackets;
      deepest = std::max(deepest, depth + brackets);
    }
    deepest = std::max(deepest, depth + brackets);
  }
  return deepest;
}

// A YAML value kept as metadata: scalars as written, lists of scalars
// joined; anything deeper by its kind (aliases are never expanded).
std::string YamlText(const YAML::Node& n) {
  if (n.IsScalar()) return n.Scalar();
  if (n.IsSequence()) {
    std::string out;
    for (const YAML::Node& item : n) {
      if (!item.IsScalar()) return "(a list)";
      out += (out.empty() ? "" : ", ") + item.Scalar();
      if (out.size() > 1024) return out + ", ...";
    }
    return out;
  }
  return n.IsMap() ? "(a mapping)" : "";
}

bool ReadYaml(const std::string& path, std::string_view bytes, Span block, int line_shift,
              std::vector<Entry>* entries, Diagnostic* error) {
  std::string_view text = block.In(bytes);
  if (YamlDepth(text) > kMaxYamlDepth) {
    *error = ErrorAt(path, bytes, line_shift + 1, 1, "load.front-matter",
                     "malformed front matter: YAML nested more than " +
                         std::to_string(kMaxYamlDepth) + " levels deep");
    return false;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    int line = e.mark.is_null() ? 1 : e.mark.line + 1;
    int column = e.mark.is_null() ? 1 : e.mark.column + 1;
    *error = ErrorAt(path, bytes, line + line_shift, column, "load.front-matter",
                     "malformed front matter: " + e.msg);
    return false;
  }
  if (root.IsNull()) return true;  // only comments
  if (!root.IsMap()) {
    *error = ErrorAt(path, bytes, line_shift + 1, 1, "load.front-matter",
                     "malformed front matter: YAML front matter must be 'key: value' lines");
    return false;
  }
  for (const auto& kv : root) {
    Entry e;
    const YAML::Node& key = kv.first;
    const YAML::Node& value = kv.second;
    e.key = key.IsScalar() ? key.Scalar() : "";
    e.line = key.Mark().line + 1 + line_shift;
    e.column = key.Mark().column + 1;
    if (value.IsScalar()) {
      e.type = Entry::kString, e.text = value.Scalar();
      e.value_line = value.Mark().line + 1 + line_shift;
      e.value_column = value.Mark().column + 1;
    } else {
      e.text = YamlText(value);
      e.kind = value.IsSequence() ? "a list" : value.IsMap() ? "a mapping" : "empty";
      if (!value.IsNull()) {
        e.line = value.Mark().line + 1 + line_shift;
        e.column = value.Mark().column + 1;
      }
    }
    entries->push_back(std::move(e));
  }
  return true;
}

// JSON front matter (Hugo): an object opening on the first line, closed by
// the "}" that balances it, alone at the end of its line. Found by one
// string-aware pass over the bytes, so the cost is linear and nothing past
// the object is read as JSON.
struct JsonKey {
  std::string_view raw;  // between its quotes, escapes as written
  size_t at;             // its opening quote
};
constexpr int kMaxJsonDepth = 64;

// The end of the object that opens at bytes[start] == '{' (one past its
// "}"), or npos when it never closes; *too_deep when it nests past the
// bound; the keys of its own members in *keys.
size_t JsonObjectEnd(std::string_view bytes, size_t start, std::vector<JsonKey>* keys,
                     bool* too_deep) {
  int depth = 0;
  for (size_t i = start; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c == '"') {
      size_t open = i++;
      while (i < bytes.size() && bytes[i] != '"') i += bytes[i] == '\\' ? 2 : 1;
      if (i >= bytes.size()) return std::string_view::npos;
      size_t after = bytes.find_first_not_of(" \t\r\n", i + 1);
      if (depth == 1 && after != std::string_view::npos && bytes[after] == ':')
        keys->push_back({bytes.substr(open + 1, i - open - 1), open});
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) {
        *too_deep = true;
        return std::string_view::npos;
      }
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

bool ReadJson(const std::string& path, std::string_view bytes, Span block,
              std::vector<Entry>* entries, Diagnostic* error) {
  std::vector<JsonKey> keys;
  bool too_deep = false;
  JsonObjectEnd(bytes, block.begin, &keys, &too_deep);
  nlohmann::json root = nlohmann::json::parse(block.In(bytes), nullptr, false);
  LineIndex index(bytes);
  if (root.is_discarded() || !root.is_object()) {
    // The parser's own message names no position we keep; a second parse
    // with exceptions gives its byte.
    size_t at = block.begin;
    std::string why = "not a JSON object";
    try {
      nlohmann::json again = nlohmann::json::parse(block.In(bytes));
      why = again.is_object() ? why : "not a JSON object";
    } catch (const nlohmann::json::parse_error& e) {
      at = block.begin + (e.byte > 0 ? e.byte - 1 : 0);
      why = e.what();
      if (size_t colon = why.find("syntax error"); colon != std::string::npos)
        why = why.substr(colon);
    }
    LineCol lc = index.At(bytes, static_cast<uint32_t>(std::min(at, bytes.size())));
    *error = ErrorAt(path, bytes, lc.line, lc.column, "load.front-matter",
                     "malformed front matter: JSON " + why);
    return false;
  }
  for (const JsonKey& k : keys) {
    Entry e;
    nlohmann::json name = nlohmann::json::parse("\"" + std::string(k.raw) + "\"", nullptr, false);
    e.key = name.is_string() ? name.get<std::string>() : std::string(k.raw);
    LineCol lc = index.At(bytes, static_cast<uint32_t>(k.at));
    e.line = lc.line, e.column = lc.column;
    auto it = root.find(e.key);
    if (it == root.end()) continue;
    if (it->is_string()) {
      e.type = Entry::kString, e.text = it->get<std::string>();
    } else {
      e.text = it->dump();
      if (e.text.size() > 1024) e.text = e.text.substr(0, 1024) + "...";
      e.kind = it->is_array()     ? "a list"
               : it->is_object()  ? "a mapping"
               : it->is_boolean() ? "true or false"
               : it->is_null()    ? "null"
                                  : "a number";
    }
    entries->push_back(std::move(e));
  }
  return true;
}

// A key no reader of ours knows: kept. Within two edits of one of ours:
// said, since a typo would silently drop the date every relative
// expression needs.
void KeepOtherKey(const std::string& path, std::string_view bytes, const Entry& e, Metadata* meta) {
  std::string best;
  for (const char* cand : kKeys)
    if (EditDistance(e.key, cand) <= 2 && e.key.size() > 3) best = cand;
  if (!best.empty()) {
    Diagnostic w =
        ErrorAt(path, bytes, e.line, 1, "load.front-matter-key",
                "front matter key '" + e.key + "' is not one crosscheck reads; did you mean '" +
                    best + "'? (kept as metadata)");
    w.severity = Severity::kWarning;
    meta->warnings.push_back(std::move(w));
  }
  meta->extra.emplace_back(e.key, e.type == Entry::kDate
                                      ? FormatIsoDate(DaysFromCivil(e.year, e.month, e.day))
                                      : e.text);
}

// A YAML value that opens a quote and does not close it on its line runs on
// over the next lines and swallows their keys ('title: "unclosed' then
// 'published: ...'): said, at the value, since the date would be lost.
void WarnUnclosedQuote(const std::string& path, std::string_view bytes, const Entry& e,
                       Metadata* meta) {
  size_t start = 0;
  for (int l = 1; l < e.value_line; ++l) {
    start = bytes.find('\n', start);
    if (start == std::string_view::npos) return;
    ++start;
  }
  size_t end = bytes.find('\n', start);
  std::string_view line = bytes.substr(start, end == std::string_view::npos ? end : end - start);
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  size_t q = line.find_first_not_of(" \t", colon + 1);
  if (q == std::string_view::npos || (line[q] != '"' && line[q] != '\'')) return;
  for (size_t i = q + 1; i < line.size(); ++i) {
    if (line[q] == '"' && line[i] == '\\') {
      ++i;
      continue;
    }
    if (line[i] == line[q]) return;  // closed on its line
  }
  Diagnostic w =
      ErrorAt(path, bytes, e.value_line, static_cast<int>(q) + 1, "load.front-matter-quote",
              "the quoted value of '" + e.key +
                  "' is not closed on its line and runs on over the lines below, "
                  "swallowing their keys; close the quote");
  w.severity = Severity::kWarning;
  meta->warnings.push_back(std::move(w));
}

bool ApplyEntries(const std::string& path, std::string_view bytes, std::vector<Entry> entries,
                  Metadata* meta, Diagnostic* error) {
  auto fail = [&](const Entry& e, std::string code, std::string message) {
    *error = ErrorAt(path, bytes, e.line, e.column, std::move(code), std::move(message));
    return false;
  };
  std::vector<std::string> set;  // canonical keys already given
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    // A key given twice: which value was meant is unknown, so neither is
    // taken silently (TOML's parser says the same of its files).
    for (size_t j = 0; j < i; ++j)
      if (entries[j].key == e.key && !e.key.empty())
        return fail(e, "load.front-matter-duplicate",
                    "front matter key '" + e.key + "' is given twice (lines " +
                        std::to_string(entries[j].line) + " and " + std::to_string(e.line) +
                        "); keep one");
    if (e.value_line > 0) WarnUnclosedQuote(path, bytes, e, meta);
    std::string k = e.key;
    bool known = std::find(std::begin(kKeys), std::end(kKeys), k) != std::end(kKeys);
    if (!known)
      for (const Alias& a : kAliases)
        if (k == a.name) k = a.key, known = true;
    if (!known) {
      KeepOtherKey(path, bytes, e, meta);
      continue;
    }
    // The tool's own name wins over an alias ("published" over "date").
    if (std::find(set.begin(), set.end(), k) != set.end() && k != e.key) continue;
    set.push_back(k);
    if (k == "published") {
      if (e.type == Entry::kDate) {
        if (!IsValidDate(e.year, e.month, e.day))
          return fail(e, "load.bad-date", "published date does not exist");
        meta->published = DaysFromCivil(e.year, e.month, e.day);
      } else if (e.type == Entry::kString) {
        auto day = ParseIsoDateOfDateTime(e.text);
        if (!day)
          return fail(e, "load.bad-date",
                      e.key + " = \"" + e.text + "\" is not a real date in the form YYYY-MM-DD");
        meta->published = *day;
      } else {
        return fail(e, "load.bad-date",
                    e.key + " must be a date such as 2025-03-12, not " + e.kind);
      }
      continue;
    }
    if (e.type != Entry::kString)
      return fail(e, "load.front-matter-type",
                  "front matter key '" + e.key + "' must be a string" +
                      (*e.kind ? std::string(", not ") + e.kind : std::string()));
    const std::string& v = e.text;
    if (k == "title")
      meta->title = v;
    else if (k == "source")
      meta->source = v;
    else if (k == "url")
      meta->url = v;
    else if (k == "lang")
      meta->lang = v, meta->lang_from = "front matter";
    else if (k == "currency") {
      bool ok = v.size() == 3 &&
                std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!ok)
        return fail(e, "load.bad-currency",
                    "currency must be an ISO 4217 code such as USD, got \"" + v + "\"");
      meta->currency = v;
    } else if (k == "date_order") {
      // How the outlet writes numeric dates: "dmy" reads 04/05/2025 as 4 May.
      if (v != "dmy" && v != "mdy")
        return fail(e, "load.bad-date-order",
                    "date_order must be \"dmy\" (04/05/2025 is 4 May) or \"mdy\" (April 5), "
                    "got \"" +
                        v + "\"");
      meta->day_first = v == "dmy";
    }
  }
  return true;
}

// "---" lines around something other than "key: value" lines: a YAML list
// or a bare line of text. Markdown reads the pair as a rule and a heading,
// so the file is read as article text; said, since metadata written that
// way (a list of keys, a forgotten colon) would otherwise vanish.
void WarnNotAMapping(const std::string& path, std::string_view bytes, Span text,
                     std::vector<Diagnostic>* warnings) {
  std::string_view t = text.In(bytes);
  size_t k = t.find_first_not_of(" \t\r\n");
  if (k == std::string_view::npos) return;
  LineIndex index(bytes);
  LineCol at = index.At(bytes, static_cast<uint32_t>(text.begin + k));
  bool list = t[k] == '[' || (t[k] == '-' && (k + 1 == t.size() || t[k + 1] == ' '));
  Diagnostic w =
      ErrorAt(path, bytes, at.line, at.column, "load.front-matter-shape",
              std::string("the '---' lines at the top enclose ") + (list ? "a list" : "text") +
                  ", not 'key: value' lines, so nothing is read from them as "
                  "metadata and they are read as article text");
  w.severity = Severity::kWarning;
  warnings->push_back(std::move(w));
}

// "{" then a quoted key: JSON front matter, not prose that opens with a brace.
bool OpensJsonObject(std::string_view bytes, size_t start) {
  if (start >= bytes.size() || bytes[start] != '{') return false;
  size_t k = bytes.find_first_not_of(" \t\r\n", start + 1);
  return k != std::string_view::npos && bytes[k] == '"';
}

// JSON front matter: the block is the object itself, braces included.
bool FindJsonFrontMatter(const std::string& path, std::string_view bytes, size_t start,
                         FrontMatterBlock* block, Diagnostic* error) {
  std::vector<JsonKey> keys;
  bool too_deep = false;
  size_t end = JsonObjectEnd(bytes, start, &keys, &too_deep);
  if (too_deep) {
    *error = ErrorAt(path, bytes, 1, 1, "load.front-matter",
                     "malformed front matter: JSON nested more than " +
                         std::to_string(kMaxJsonDepth) + " levels deep");
    return false;
  }
  if (end == std::string_view::npos) {
    *error = ErrorAt(path, bytes, 1, 1, "load.front-matter-unclosed",
                     "front matter opens with '{' and is never closed; add the '}' that "
                     "closes it (file skipped, so that its keys are not read as article text)");
    return false;
  }
  size_t p = end;
  while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\r')) ++p;
  if (p < bytes.size() && bytes[p] != '\n') {
    LineIndex index(bytes);
    LineCol at = index.At(bytes, static_cast<uint32_t>(p));
    *error = ErrorAt(path, bytes, at.line, at.column, "load.front-matter",
                     "malformed front matter: text after the '}' that closes the JSON front "
                     "matter; end its line there");
    return false;
  }
  *block = FrontMatterBlock{FrontMatterSyntax::kJson,
                            Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                            static_cast<uint32_t>(p < bytes.size() ? p + 1 : p)};
  return true;
}

}  // namespace

bool FindFrontMatter(const std::string& path, std::string_view bytes, FrontMatterBlock* block,
                     Diagnostic* error, std::vector<Diagnostic>* warnings) {
  size_t start = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t line_end;
  FrontMatterSyntax syntax = FrontMatterSyntax::kNone;
  // "---\r" with no "\n": old Mac line endings, which no parser here reads
  // as lines; the front matter would silently become article text.
  if ((bytes.compare(start, 3, "+++") == 0 || bytes.compare(start, 3, "---") == 0) &&
      start + 3 < bytes.size() && bytes[start + 3] == '\r' &&
      (start + 4 >= bytes.size() || bytes[start + 4] != '\n') &&
      bytes.find('\n') == std::string_view::npos) {
    *error = ErrorAt(path, bytes, 1, 1, "load.front-matter-cr",
                     "lines end in CR only (old Mac line endings), so the front matter cannot "
                     "be read; convert the file to LF line endings");
    return false;
  }
  if (OpensJsonObject(bytes, start)) return FindJsonFrontMatter(path, bytes, start, block, error);
  if (IsFenceLine(bytes, start, "+++", &line_end))
    syntax = FrontMatterSyntax::kToml;
  else if (IsFenceLine(bytes, start, "---", &line_end))
    syntax = FrontMatterSyntax::kYaml;
  else
    return true;
  const bool yaml = syntax == FrontMatterSyntax::kYaml;
  size_t pos = line_end;
  while (pos < bytes.size()) {
    size_t next_end;
    if (IsFenceLine(bytes, pos, yaml ? "---" : "+++", &next_end) ||
        (yaml && IsFenceLine(bytes, pos, "...", &next_end))) {
      Span text{static_cast<uint32_t>(line_end), static_cast<uint32_t>(pos)};
      if (yaml && !OpensWithYamlKey(text.In(bytes))) {  // a Markdown rule, or not a mapping
        WarnNotAMapping(path, bytes, text, warnings);
        return true;
      }
      *block = FrontMatterBlock{syntax, text, static_cast<uint32_t>(next_end)};
      return true;
    }
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  if (yaml && !OpensWithYamlKey(bytes.substr(line_end))) return true;
  const char* fence = yaml ? "---" : "+++";
  *error = ErrorAt(path, bytes, 1, 1, "load.front-matter-unclosed",
                   std::string("front matter opens with '") + fence +
                       "' and is never closed; add a '" + fence +
                       "' line after its last key (file skipped, so that its keys are not read "
                       "as article text)");
  return false;
}

bool ParseFrontMatter(const std::string& path, std::string_view bytes,
                      const FrontMatterBlock& block, Metadata* meta, Diagnostic* error) {
  // Line numbers from the parsers are relative to the block; shift them.
  int line_shift =
      static_cast<int>(std::count(bytes.begin(), bytes.begin() + block.text.begin, '\n'));
  std::vector<Entry> entries;
  bool read = block.syntax == FrontMatterSyntax::kYaml
                  ? ReadYaml(path, bytes, block.text, line_shift, &entries, error)
              : block.syntax == FrontMatterSyntax::kJson
                  ? ReadJson(path, bytes, block.text, &entries, error)
                  : ReadToml(path, bytes, block.text, line_shift, &entries, error);
  return read && ApplyEntries(path, bytes, std::move(entries), meta, error);
}

}  // namespace crosscheck
