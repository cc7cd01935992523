#include "pipeline/report_filter.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "base/toml_file.h"
#include "report/check_formats.h"

namespace crosscheck {
namespace {

// A baseline is a list a person reviews: far below this.
constexpr off_t kMaxBaselineBytes = 64 << 20;

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
  std::vector<Finding> kept;
  for (Finding& f : run->findings) {
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
  struct stat st;
  error->path = path;
  error->code = "baseline.invalid";
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    error->message = "baseline file cannot be read (not a regular file)";
    return false;
  }
  if (st.st_size > kMaxBaselineBytes) {
    error->message = "baseline file is larger than 64 MB";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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
