#include "cli/config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/line_index.h"
#include "base/toml_file.h"
#include "compare/findings.h"
#include "report/check_formats.h"

namespace crosscheck {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFileName = "crosscheck.toml";

// The formats of `check --format` (report/check_formats.h).
std::vector<std::string> FormatNames() {
  std::vector<std::string> out;
  for (const CheckFormat& f : CheckFormats()) out.push_back(f.name);
  return out;
}

struct Choice {
  const char* key;
  std::vector<std::string> values;  // empty: a list of strings
};
const Choice kKeys[] = {
    {"claims", {}},
    {"paths", {}},
    {"exclude", {}},
    {"fail-on", {"error", "warning", "info", "none"}},
    {"format", FormatNames()},
    {"outputs", {}},
    {"focus", {}},
    {"baseline", {"*"}},   // a file
    {"rules-url", {"*"}},  // a URL
    {"rules", {"+"}},      // a table: rule id -> level or "off"
    {"color", {"auto", "always", "never"}},
};

std::string Nearest(const std::string& key) {
  std::vector<std::string_view> names;
  for (const Choice& c : kKeys) names.push_back(c.key);
  return NearestName(key, names);
}

// `p` as written in the file (relative to its folder), as seen from the
// working directory.
std::string FromWorkingDirectory(const fs::path& base, const std::string& p) {
  fs::path path(p);
  if (path.is_absolute()) return p;
  fs::path joined = (base / path).lexically_normal();
  std::string s = joined.generic_string();
  if (s.empty()) return ".";
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

// Where `p` (a path or glob, relative to base) leads once ".." and
// symbolic links are resolved, when that is outside base; "" when inside.
// A glob is judged by its literal folder ("news/**/*.md" by "news").
std::string OutsideFolder(const fs::path& base, const std::string& p) {
  std::string literal = p.substr(0, p.find_first_of("*?[{"));
  if (literal.size() < p.size()) literal = literal.substr(0, literal.rfind('/') + 1);
  std::error_code ec;
  fs::path root = fs::weakly_canonical(fs::absolute(base.empty() ? "." : base, ec), ec);
  fs::path target = fs::weakly_canonical(fs::absolute(base.empty() ? "." : base, ec) / literal, ec);
  if (ec) return "";
  auto r = root.begin(), t = target.begin();
  for (; r != root.end() && t != target.end() && *r == *t; ++r, ++t) {
  }
  bool inside = r == root.end() || (std::next(r) == root.end() && r->empty());
  return inside ? "" : target.generic_string();
}

}  // namespace

std::string FindProjectConfig(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  for (;;) {
    fs::path candidate = dir / kFileName;
    if (fs::is_regular_file(candidate, ec)) {
      // Shown relative to the working directory, as users typed paths.
      fs::path rel = candidate.lexically_relative(fs::absolute(".", ec).lexically_normal());
      std::string s = rel.empty() ? candidate.string() : rel.generic_string();
      return s.rfind("./", 0) == 0 ? s.substr(2) : s;
    }
    if (dir == dir.parent_path() || dir.empty()) return "";
    dir = dir.parent_path();
  }
}

bool LoadProjectConfig(const std::string& path, bool allow_outside, ProjectConfig* config,
                       Diagnostic* error) {
  std::string text, why;
  if (!ReadDataFile(path, &text, &why)) {
    error->path = path;
    error->code = "config.unreadable";
    error->message = "the project configuration " + why;
    return false;
  }
  config->path = path;
  toml::table table;
  LineIndex lines(text);
  auto fail = [&](const toml::source_region& where, const std::string& message) {
    FailAt(error, path, "config.invalid", where, message);
    error->QuoteLineAtColumn(lines.Line(text, error->line));
    return false;
  };
  if (!ParseTomlFile(text, path, "config.invalid", &table, error)) {
    error->QuoteLineAtColumn(lines.Line(text, error->line));
    return false;
  }
  // Keys in file order, so that the first problem reported is the first one
  // a reader meets.
  fs::path base = fs::path(path).parent_path();
  // A committed project file is run by whoever checks the repository out:
  // it names only files inside its folder, so that it cannot quote files
  // from elsewhere on the machine into a public report or write over them.
  auto outside = [&](const toml::source_region& where, const std::string& key,
                     const std::string& p) {
    std::string leads = allow_outside ? "" : OutsideFolder(base, p);
    if (leads.empty()) return false;
    fail(where, "'" + key + "' names \"" + p + "\", which leads outside the folder of " +
                    kFileName + " (to " + leads +
                    "); name files inside it, or pass --allow-outside if this is meant");
    error->code = "config.outside";
    return true;
  };
  for (const auto& [key, key_where, node] : MembersInFileOrder(table)) {
    const Choice* choice = nullptr;
    for (const Choice& c : kKeys)
      if (key == c.key) choice = &c;
    if (!choice) {
      std::string best = Nearest(key);
      std::string list;
      for (const Choice& c : kKeys) list += (list.empty() ? "" : ", ") + std::string(c.key);
      return fail(key_where,
                  "unknown key '" + key + "' in " + kFileName +
                      (best.empty() ? "; known keys: " + list : "; did you mean '" + best + "'?"));
    }
    if (key == "baseline") {
      const auto* file = node->as_string();
      if (!file || file->get().empty())
        return fail(node->source(),
                    "'baseline' must be a file name, e.g. baseline = "
                    "\"crosscheck-baseline.toml\"");
      if (outside(node->source(), key, file->get())) return false;
      config->baseline = FromWorkingDirectory(base, file->get());
      continue;
    }
    if (key == "rules-url") {
      const auto* url = node->as_string();
      std::string bad = url ? RulesUrlProblem(url->get()) : "'rules-url' must be a string";
      if (!bad.empty()) return fail(node->source(), bad);
      config->rules_url = url->get();
      continue;
    }
    if (key == "rules") {
      // [rules] cross-source-conflict = "error", weekday-vs-date = "off".
      const toml::table* rules = node->as_table();
      if (!rules)
        return fail(node->source(), "'rules' must be a table: [rules] rule-id = \"warning\"");
      std::vector<std::string_view> ids;
      for (const RuleInfo& r : FindingRules()) ids.push_back(r.id);
      for (const auto& [rule_key, level] : *rules) {
        std::string id(rule_key.str());
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
          std::string best = NearestName(id, ids);
          return fail(level.source(), "unknown rule '" + id + "' in [rules]" +
                                          (best.empty() ? " (the ids are in docs/rules.md)"
                                                        : "; did you mean '" + best + "'?"));
        }
        auto v = level.value<std::string>();
        if (!v || (*v != "error" && *v != "warning" && *v != "info" && *v != "off"))
          return fail(level.source(),
                      "rules." + id + " must be \"error\", \"warning\", \"info\" or \"off\"");
        config->rules[id] = *v;
      }
      continue;
    }
    if (choice->values.empty()) {
      const toml::array* list = node->as_array();
      if (!list)
        return fail(node->source(),
                    "'" + key + "' must be a list of strings, e.g. " + key + " = [\"news\"]");
      std::vector<std::string>* out = key == "claims"    ? &config->claims
                                      : key == "paths"   ? &config->paths
                                      : key == "outputs" ? &config->outputs
                                      : key == "focus"   ? &config->focus
                                                         : &config->exclude;
      for (const toml::node& item : *list) {
        const auto* s = item.as_string();
        if (!s || s->get().empty())
          return fail(item.source(), "every item of '" + key + "' must be a non-empty string");
        // Paths, and globs of `exclude` with a '/', are anchored at the
        // file's folder (walks print paths from the working directory); a
        // glob without '/' matches names anywhere and stays as written.
        bool name_glob = key == "exclude" && s->get().find('/') == std::string::npos;
        if (key == "outputs") {
          // "sarif=report.sarif": a format of `check --format` and a file.
          const std::string& spec = s->get();
          size_t eq = spec.find('=');
          if (eq == std::string::npos || eq + 1 == spec.size() ||
              !FindCheckFormat(spec.substr(0, eq)))
            return fail(item.source(),
                        "every item of 'outputs' must be FORMAT=FILE with a format "
                        "of `check --format`, e.g. \"sarif=report.sarif\"");
          if (outside(item.source(), key, spec.substr(eq + 1))) return false;
          out->push_back(spec.substr(0, eq + 1) + FromWorkingDirectory(base, spec.substr(eq + 1)));
          continue;
        }
        if (!name_glob && outside(item.source(), key, s->get())) return false;
        out->push_back(name_glob ? s->get() : FromWorkingDirectory(base, s->get()));
      }
      continue;
    }
    const auto* s = node->as_string();
    std::string allowed;
    for (const std::string& v : choice->values)
      allowed += (allowed.empty() ? "\"" : ", \"") + v + "\"";
    if (!s) return fail(node->source(), "'" + key + "' must be one of " + allowed);
    if (std::find(choice->values.begin(), choice->values.end(), s->get()) == choice->values.end())
      return fail(node->source(),
                  "'" + key + "' is \"" + s->get() + "\"; it must be one of " + allowed);
    (key == "fail-on"  ? config->fail_on
     : key == "format" ? config->format
                       : config->color) = s->get();
  }
  return true;
}

}  // namespace crosscheck
