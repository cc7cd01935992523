#include "pipeline/report_filter.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#include "base/toml_file.h"
#include "compare/findings.h"
#include "report/check_formats.h"

namespace crosscheck {
namespace {

Severity SeverityNamed(const std::string& level) {
  return level == "error"     ? Severity::kError
         : level == "warning" ? Severity::kWarning
                              : Severity::kNote;
}

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

// TOML basic strings: quotes, backslashes and controls escaped.
std::string TomlString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// The inline ignores of one document: each comment's rule and reason, and
// the bytes it covers (from the comment to the end of the paragraph after
// it: the next blank line after some text).
struct IgnoreScope {
  std::string rule, reason;
  Span covers;
};

std::vector<IgnoreScope> InlineIgnores(const Document& d, std::vector<Diagnostic>* bad) {
  static const std::string_view kOpen = "<!--", kWord = "crosscheck-ignore", kClose = "-->";
  std::vector<IgnoreScope> out;
  std::string_view text = d.bytes;
  std::vector<std::string_view> rules;
  for (const RuleInfo& r : FindingRules()) rules.push_back(r.id);
  for (size_t at = text.find(kOpen); at != std::string_view::npos; at = text.find(kOpen, at + 1)) {
    size_t k = at + kOpen.size();
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (text.compare(k, kWord.size(), kWord) != 0) continue;
    size_t end = text.find(kClose, k);
    if (end == std::string_view::npos) end = text.size();
    std::string_view body = text.substr(k + kWord.size(), end - k - kWord.size());
    size_t colon = body.find(':');
    auto trim = [](std::string_view v) {
      while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
      while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n'))
        v.remove_suffix(1);
      return v;
    };
    std::string rule(trim(body.substr(0, colon)));
    std::string reason(colon == std::string_view::npos ? "" : trim(body.substr(colon + 1)));
    LineCol lc = d.lines.At(d.bytes, static_cast<uint32_t>(at));
    auto reject = [&](const std::string& message) {
      Diagnostic e;
      e.path = d.path;
      e.line = lc.line;
      e.column = lc.column;
      e.code = "report.ignore-invalid";
      e.message = message;
      bad->push_back(std::move(e));
    };
    if (std::find(rules.begin(), rules.end(), rule) == rules.end()) {
      std::string best = NearestName(rule, rules);
      reject("crosscheck-ignore names no rule ('" + rule + "')" +
             (best.empty() ? "; the ids are in docs/rules.md" : "; did you mean '" + best + "'?"));
      continue;
    }
    if (reason.empty()) {
      reject("crosscheck-ignore " + rule + " needs a reason: <!-- crosscheck-ignore " + rule +
             ": why it is right -->");
      continue;
    }
    // The paragraph after the comment: up to the first blank line that
    // follows some text.
    size_t p = std::min(text.size(), end + kClose.size());
    bool seen_text = false;
    size_t stop = text.size();
    for (size_t i = p; i < text.size(); ++i) {
      if (text[i] == '\n') {
        size_t j = i + 1;
        while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
        if (seen_text && (j >= text.size() || text[j] == '\n')) {
          stop = i;
          break;
        }
      } else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') {
        seen_text = true;
      }
    }
    out.push_back({rule, reason, Span{static_cast<uint32_t>(at), static_cast<uint32_t>(stop)}});
  }
  return out;
}

}  // namespace

bool PathFocused(const std::string& doc_path, const std::vector<std::string>& focus) {
  for (const std::string& f : focus) {
    if (doc_path == f || SameFile(doc_path, f)) return true;
    // A focused folder: every document read from under it.
    struct stat st;
    if (stat(f.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::string dir = f.back() == '/' ? f : f + "/";
      if (doc_path.compare(0, dir.size(), dir) == 0) return true;
    }
  }
  return false;
}

void OrderFindings(CheckRun* run) {
  std::stable_sort(run->findings.begin(), run->findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if (SeverityRank(a.severity) != SeverityRank(b.severity))
                       return SeverityRank(a.severity) < SeverityRank(b.severity);
                     size_t da = a.evidence.empty() ? 0 : a.evidence[0].doc,
                            db = b.evidence.empty() ? 0 : b.evidence[0].doc;
                     if (da != db) return da < db;
                     uint32_t sa = a.evidence.empty() ? 0 : a.evidence[0].span.begin;
                     uint32_t sb = b.evidence.empty() ? 0 : b.evidence[0].span.begin;
                     return sa < sb;
                   });
  for (size_t i = 0; i < run->findings.size(); ++i)
    run->findings[i].id = "f" + std::to_string(i + 1);
}

FilterResult ApplyReportFilter(const ReportFilter& filter, CheckRun* run) {
  FilterResult result;
  std::vector<bool> focused(run->documents.size(), filter.focus.empty());
  for (size_t d = 0; d < run->documents.size() && !filter.focus.empty(); ++d)
    focused[d] = PathFocused(run->documents[d].path, filter.focus);
  std::set<std::string> matched;
  // Inline ignores are read only in documents a finding rests on, once
  // each: an archive of thousands is not scanned for comments on every run.
  std::vector<std::optional<std::vector<IgnoreScope>>> ignores(run->documents.size());
  auto ignores_of = [&](size_t d) -> const std::vector<IgnoreScope>& {
    if (!ignores[d]) ignores[d] = InlineIgnores(run->documents[d], &result.bad_ignores);
    return *ignores[d];
  };
  std::vector<Finding> kept;
  for (Finding& f : run->findings) {
    // An inline ignore of the rule over any place the finding rests on.
    const IgnoreScope* ignored = nullptr;
    for (const Evidence& e : f.evidence)
      for (const IgnoreScope& g : ignores_of(e.doc))
        if (!ignored && g.rule == f.rule && e.span.begin >= g.covers.begin &&
            e.span.begin < g.covers.end)
          ignored = &g;
    if (ignored) {
      Place p = PlaceOf(*run, f.evidence[0]);
      result.ignored.push_back(
          {f.rule, p.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column),
           ignored->reason});
      continue;
    }
    if (auto it = filter.rules.find(f.rule); it != filter.rules.end()) {
      if (it->second == "off") {
        ++result.turned_off;
        continue;
      }
      f.severity = SeverityNamed(it->second);
    }
    // Focused: the finding rests on, or compares, a focused document.
    bool involved = filter.focus.empty();
    for (const Evidence& e : f.evidence) involved |= focused[e.doc];
    for (size_t c : f.claims) involved |= focused[run->claims[c].doc];
    if (!involved) {
      ++result.outside_focus;
      continue;
    }
    if (!filter.baseline.empty()) {
      std::string print = Fingerprint(FindingIdentity(*run, f));
      bool accepted = false;
      for (const BaselineEntry& b : filter.baseline)
        if (b.fingerprint == print && b.rule == f.rule) accepted = true, matched.insert(print);
      if (accepted) {
        ++result.accepted;
        continue;
      }
    }
    kept.push_back(std::move(f));
  }
  run->findings = std::move(kept);
  for (const BaselineEntry& b : filter.baseline)
    if (!matched.count(b.fingerprint)) result.stale.push_back(b);
  // Checks that passed are a record of what was verified; a rule turned
  // off is not reported as verified either.
  run->checks.erase(std::remove_if(run->checks.begin(), run->checks.end(),
                                   [&](const Finding& f) {
                                     auto it = filter.rules.find(f.rule);
                                     return it != filter.rules.end() && it->second == "off";
                                   }),
                    run->checks.end());
  OrderFindings(run);
  return result;
}

std::string BaselineToml(const CheckRun& run, const std::string& reason) {
  struct Row {
    std::string print, text;
  };
  std::vector<Row> rows;
  for (const Finding& f : run.findings) {
    std::string where;
    if (!f.evidence.empty()) {
      Place p = PlaceOf(run, f.evidence[0]);
      where = p.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
    }
    std::string print = Fingerprint(FindingIdentity(run, f));
    rows.push_back({print, "\n[[accepted]]\nfingerprint = " + TomlString(print) +
                               "\nrule = " + TomlString(f.rule) + "\nwhere = " + TomlString(where) +
                               "\nmessage = " + TomlString(f.message) +
                               "\nreason = " + TomlString(reason) + "\n"});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.print != b.print ? a.print < b.print : a.text < b.text;
  });
  std::string out =
      "# crosscheck baseline: findings accepted as known (crosscheck baseline write).\n"
      "# `check --baseline FILE` leaves them out and names entries that no longer match.\n"
      "# Matched by fingerprint (rule, metric, subjects, time, document), not by position;\n"
      "# `where` and `message` are for the reviewer. Give each entry its reason.\n";
  for (const Row& r : rows) out += r.text;
  return out;
}

bool LoadBaseline(const std::string& path, std::vector<BaselineEntry>* out, Diagnostic* error) {
  error->path = path;
  error->code = "baseline.invalid";
  std::string text, why;
  if (!ReadDataFile(path, &text, &why)) {
    error->message = "baseline file " + why;
    return false;
  }
  toml::table t;
  if (!ParseTomlFile(text, path, "baseline.invalid", &t, error)) return false;
  const toml::array* list = t["accepted"].as_array();
  if (!list)
    return t.empty() ||
           FailAt(error, path, "baseline.invalid", t.source(), "expected [[accepted]] entries");
  for (const toml::node& node : *list) {
    const toml::table* e = node.as_table();
    auto print = e ? (*e)["fingerprint"].value<std::string>() : std::nullopt;
    auto rule = e ? (*e)["rule"].value<std::string>() : std::nullopt;
    if (!print || !rule)
      return FailAt(error, path, "baseline.invalid", node.source(),
                    "each [[accepted]] entry needs fingerprint and rule");
    out->push_back({*print, *rule, (*e)["where"].value_or(std::string()),
                    (*e)["message"].value_or(std::string()),
                    (*e)["reason"].value_or(std::string())});
  }
  return true;
}

}  // namespace crosscheck
