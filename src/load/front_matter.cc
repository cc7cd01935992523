#include "load/front_matter.h"

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace crosscheck {
namespace {

constexpr std::string_view kFence = "+++";
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

bool IsFenceLine(std::string_view bytes, size_t pos, size_t* line_end) {
  if (bytes.compare(pos, kFence.size(), kFence) != 0) return false;
  size_t p = pos + kFence.size();
  while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\r')) ++p;
  if (p < bytes.size() && bytes[p] != '\n') return false;
  *line_end = p < bytes.size() ? p + 1 : p;
  return true;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool FindFrontMatter(std::string_view bytes, Span* toml, uint32_t* body_begin) {
  size_t start = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t line_end;
  if (!IsFenceLine(bytes, start, &line_end)) return false;
  size_t pos = line_end;
  while (pos < bytes.size()) {
    size_t next_end;
    if (IsFenceLine(bytes, pos, &next_end)) {
      *toml = Span{static_cast<uint32_t>(line_end), static_cast<uint32_t>(pos)};
      *body_begin = static_cast<uint32_t>(next_end);
      return true;
    }
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return false;
}

bool ParseFrontMatter(const std::string& path, std::string_view bytes, Span toml_span,
                      Metadata* meta, Diagnostic* error) {
  // Line numbers from toml++ are relative to the block; shift them.
  int line_shift =
      static_cast<int>(std::count(bytes.begin(), bytes.begin() + toml_span.begin, '\n'));
  auto fail = [&](int line, int col, std::string code, std::string message) {
    error->path = path;
    error->line = line + line_shift;
    error->column = col;
    error->code = std::move(code);
    error->message = std::move(message);
    LineIndex index(bytes);
    error->QuoteLineAtColumn(index.Line(bytes, error->line));
    return false;
  };
  toml::table table;
  try {
    table = toml::parse(toml_span.In(bytes), std::string_view(path));
  } catch (const toml::parse_error& e) {
    return fail(static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                "load.front-matter", "malformed front matter: " + std::string(e.description()));
  }
  // Keys in file order (toml++ tables are ordered by key), so that
  // warnings and kept keys read as the file does.
  std::vector<std::pair<std::string, const toml::node*>> entries;
  for (auto&& [key, node] : table) entries.emplace_back(std::string(key.str()), &node);
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    const auto& x = a.second->source().begin;
    const auto& y = b.second->source().begin;
    return x.line != y.line ? x.line < y.line : x.column < y.column;
  });
  std::vector<std::string> set;  // canonical keys already given
  for (const auto& [written, node_ptr] : entries) {
    const toml::node& node = *node_ptr;
    const auto& src = node.source();
    int line = static_cast<int>(src.begin.line);
    int col = static_cast<int>(src.begin.column);
    std::string k = written;
    bool known = std::find(std::begin(kKeys), std::end(kKeys), k) != std::end(kKeys);
    if (!known)
      for (const Alias& a : kAliases)
        if (k == a.name) k = a.key, known = true;
    if (!known) {
      // Another tool's key: kept. One edit from a key of ours: said, since
      // a typo would silently drop the date every relative expression needs.
      std::string best;
      for (const char* cand : kKeys)
        if (EditDistance(k, cand) <= 2 && k.size() > 3) best = cand;
      if (!best.empty()) {
        Diagnostic w;
        w.path = path;
        w.line = line + line_shift;
        w.column = 1;
        w.severity = Severity::kWarning;
        w.code = "load.front-matter-key";
        w.message = "front matter key '" + k + "' is not one crosscheck reads; did you mean '" +
                    best + "'? (kept as metadata)";
        LineIndex index(bytes);
        w.QuoteLineAtColumn(index.Line(bytes, w.line));
        meta->warnings.push_back(std::move(w));
      }
      std::ostringstream text;
      node.visit([&](auto&& v) { text << v; });
      meta->extra.emplace_back(k, text.str());
      continue;
    }
    // The tool's own name wins over an alias ("published" over "date").
    if (std::find(set.begin(), set.end(), k) != set.end() && k != written) continue;
    set.push_back(k);
    if (k == "published") {
      if (auto d = node.as_date()) {
        const toml::date& v = d->get();
        if (!IsValidDate(v.year, v.month, v.day))
          return fail(line, col, "load.bad-date", "published date does not exist");
        meta->published = DaysFromCivil(v.year, v.month, v.day);
      } else if (auto s = node.as_string()) {
        auto day = ParseIsoDate(s->get());
        if (!day)
          return fail(line, col, "load.bad-date",
                      "published = \"" + s->get() + "\" is not a real date in the form YYYY-MM-DD");
        meta->published = *day;
      } else if (auto dt = node.as_date_time()) {
        const toml::date& v = dt->get().date;
        meta->published = DaysFromCivil(v.year, v.month, v.day);
      } else {
        return fail(line, col, "load.bad-date", "published must be a date such as 2025-03-12");
      }
      continue;
    }
    auto s = node.as_string();
    if (!s)
      return fail(line, col, "load.front-matter-type",
                  "front matter key '" + k + "' must be a string");
    const std::string& v = s->get();
    if (k == "title")
      meta->title = v;
    else if (k == "source")
      meta->source = v;
    else if (k == "url")
      meta->url = v;
    else if (k == "lang")
      meta->lang = v;
    else if (k == "currency") {
      bool ok = v.size() == 3 &&
                std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!ok)
        return fail(line, col, "load.bad-currency",
                    "currency must be an ISO 4217 code such as USD, got \"" + v + "\"");
      meta->currency = v;
    } else if (k == "date_order") {
      // How the outlet writes numeric dates: "dmy" reads 04/05/2025 as 4 May.
      if (v != "dmy" && v != "mdy")
        return fail(line, col, "load.bad-date-order",
                    "date_order must be \"dmy\" (04/05/2025 is 4 May) or \"mdy\" (April 5), "
                    "got \"" +
                        v + "\"");
      meta->day_first = v == "dmy";
    }
  }
  return true;
}

}  // namespace crosscheck
