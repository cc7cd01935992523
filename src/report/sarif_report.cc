// SARIF 2.1.0, as GitHub code scanning reads it: one rule per rule id with
// its description from docs/rules.md, one result per finding at the first
// place it rests on, the other places as related locations, and a partial
// fingerprint from what the finding is about (FindingIdentity), so a result
// keeps its identity when the articles are edited elsewhere.
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "compare/findings.h"
#include "report/check_formats.h"

namespace crosscheck {
namespace {

using ojson = nlohmann::ordered_json;

const char* SarifLevel(Severity s) {
  return s == Severity::kError ? "error" : s == Severity::kWarning ? "warning" : "note";
}

// A path as a URI reference: relative paths stay relative (to the
// directory the check ran in, which code scanning takes as the repository
// root); absolute ones under it are made relative, others become file://
// URIs. Every byte outside the unreserved set and "/" is percent-encoded.
std::string ArtifactUri(const std::string& path) {
  namespace fs = std::filesystem;
  std::string p = path;
  bool absolute = !p.empty() && p[0] == '/';
  if (absolute) {
    std::error_code ec;
    fs::path rel = fs::path(p).lexically_relative(fs::current_path(ec));
    if (!ec && !rel.empty() && rel.native().rfind("..", 0) != 0) {
      p = rel.string();
      absolute = false;
    }
  }
  while (p.rfind("./", 0) == 0) p.erase(0, 2);
  std::string out = absolute ? "file://" : "";
  static const char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : p) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

ojson PhysicalLocation(const CheckRun& run, const Evidence& e) {
  Place p = PlaceOf(run, e);
  const Document& d = run.documents[e.doc];
  return {{"artifactLocation", {{"uri", ArtifactUri(p.path)}}},
          {"region",
           {{"startLine", p.line},
            {"startColumn", p.column},
            {"endLine", p.end_line},
            {"endColumn", p.end_column},
            {"snippet", {{"text", std::string(e.span.In(d.bytes))}}}}}};
}

// The dump escapes C0 controls; C1 and bidirectional controls (which can
// reorder what a viewer shows) are written as \u escapes too. They can only
// stand inside strings, where the escape means the same character.
std::string EscapeInvisible(const std::string& dumped) {
  std::string out;
  out.reserve(dumped.size());
  for (size_t i = 0; i < dumped.size();) {
    int len = 1;
    char32_t cp = static_cast<unsigned char>(dumped[i]) < 0x80
                      ? static_cast<unsigned char>(dumped[i])
                      : utf8::Decode(dumped, i, &len);
    if (cp >= 0x80 && utf8::IsHiddenControl(cp)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(dumped, i, static_cast<size_t>(len));
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

ojson Rules(const std::string& rules_url, std::map<std::string, size_t>* index) {
  ojson rules = ojson::array();
  for (const RuleInfo& r : FindingRules()) {
    if (index->count(r.id)) continue;
    (*index)[r.id] = rules.size();
    std::string desc = RuleDescription(r.id);
    // The first sentence, for lists of rules.
    std::string brief =
        desc.substr(0, desc.find(". ") == std::string::npos ? desc.size() : desc.find(". ") + 1);
    std::string where = rules_url.empty() ? "docs/rules.md" : rules_url + "#" + r.id;
    std::string help = desc + (desc.empty() ? "" : " ") + "See " + where + " (rule " + r.id + ").";
    ojson rule = {{"id", r.id},
                  {"name", r.id},
                  {"shortDescription", {{"text", brief.empty() ? r.id : brief}}},
                  {"fullDescription", {{"text", desc.empty() ? r.id : desc}}}};
    if (!rules_url.empty()) rule["helpUri"] = where;
    rule["help"] = {{"text", help}, {"markdown", help}};
    rule["defaultConfiguration"] = {{"level", SarifLevel(r.severity)}};
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace

std::string CheckReportSarif(const CheckRun& run, const ReportOptions& options) {
  std::map<std::string, size_t> rule_index;
  ojson rules = Rules(options.rules_url, &rule_index);
  ojson results = ojson::array();
  for (const Finding& f : run.findings) {
    if (f.evidence.empty()) continue;
    ojson result = {{"ruleId", f.rule}};
    if (auto it = rule_index.find(f.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
    result["level"] = SarifLevel(f.severity);
    result["message"] = {{"text", f.message}};
    result["locations"] =
        ojson::array({{{"physicalLocation", PhysicalLocation(run, f.evidence[0])}}});
    if (f.evidence.size() > 1) {
      ojson related = ojson::array();
      for (size_t k = 1; k < f.evidence.size(); ++k) {
        Place p = PlaceOf(run, f.evidence[k]);
        related.push_back({{"id", static_cast<int>(k)},
                           {"physicalLocation", PhysicalLocation(run, f.evidence[k])},
                           {"message",
                            {{"text", "also in " + p.path + ":" + std::to_string(p.line) + ":" +
                                          std::to_string(p.column)}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    result["partialFingerprints"] = {
        {"crosscheckFindingIdentity/v1", Fingerprint(FindingIdentity(run, f))}};
    result["properties"] = {{"finding", f.id}, {"alignment", f.alignment}};
    results.push_back(std::move(result));
  }
  ojson log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
               {"version", "2.1.0"},
               {"runs", ojson::array({{{"tool",
                                        {{"driver",
                                          {{"name", "crosscheck"},
                                           {"version", CROSSCHECK_VERSION},
                                           {"rules", std::move(rules)}}}}},
                                       {"columnKind", "unicodeCodePoints"},
                                       {"results", std::move(results)}}})}};
  // Invalid UTF-8 in article text is replaced, never thrown on.
  return EscapeInvisible(
             log.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) +
         "\n";
}

}  // namespace crosscheck
