// Fuzz target: the check pipeline (claims, alignment, verdicts, findings),
// the word diff and every report writer, on two articles cut from the input
// at a line "=====". Checks properties a user relies on:
// - every claim span lies inside its document and on character boundaries;
// - the JSON reports parse;
// - the text reports carry no terminal control from the articles (colour
//   off, so no ESC byte at all) and the HTML report no raw "<script";
// - the same input gives the same reports.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "diff/diff.h"
#include "load/load.h"
#include "packs/packs.h"
#include "pipeline/check.h"
#include "report/check_formats.h"
#include "report/check_report.h"
#include "report/diff_report.h"

namespace crosscheck {
extern const char kDefaultPackToml[];
}

namespace {

using namespace crosscheck;

const ClaimPack& Pack() {
  static const ClaimPack pack = [] {
    ClaimPack p;
    Diagnostic err;
    if (!LoadPackText(kDefaultPackToml, "default pack", &p, &err)) std::abort();
    return p;
  }();
  return pack;
}

bool OnBoundary(const std::string& bytes, uint32_t at) {
  return at == bytes.size() || (static_cast<unsigned char>(bytes[at]) & 0xC0) != 0x80;
}

std::vector<std::string> Reports(const std::string& a, const std::string& b) {
  std::vector<Document> docs;
  for (const std::string* text : {&a, &b}) {
    auto r = LoadBytes(docs.empty() ? "a.md" : "b.md", *text, {});
    if (!r.ok()) return {};
    docs.push_back(r.value());
  }
  CheckRun run = RunChecks(std::move(docs), Pack());
  for (const Claim& c : run.claims) {
    const std::string& bytes = run.documents[c.doc].bytes;
    Span s = c.mention.span;
    if (s.begin > s.end || s.end > bytes.size() || !OnBoundary(bytes, s.begin) ||
        !OnBoundary(bytes, s.end))
      std::abort();
  }
  std::vector<std::string> out;
  out.push_back(CheckReportJson(run));
  out.push_back(CheckReportText(run, false));
  DocDiff diff = DiffDocuments(run, DiffMode::kVersions);
  DiffRenderOptions options;
  out.push_back(DiffReportJson(run, diff, options));
  out.push_back(DiffReportText(run, diff, options));
  out.push_back(DiffReportHtml(run, diff, options));
  if (!nlohmann::json::accept(out[0]) || !nlohmann::json::accept(out[2])) std::abort();
  if (out[1].find('\x1b') != std::string::npos || out[3].find('\x1b') != std::string::npos)
    std::abort();
  if (out[4].find("<script") != std::string::npos) std::abort();
  // Every format of the table: SARIF is JSON, none lets an escape through,
  // the line-record formats keep one record per line.
  for (const CheckFormat& f : CheckFormats()) {
    std::string r = f.render(run, ReportOptions{});
    if (r.find('\x1b') != std::string::npos) std::abort();
    if (std::string_view(f.name) == "sarif" && !nlohmann::json::accept(r)) std::abort();
    if (std::string_view(f.name) == "github")
      for (size_t at = 0; at < r.size();) {
        if (r.compare(at, 2, "::") != 0) std::abort();
        size_t eol = r.find('\n', at);
        if (eol == std::string::npos) std::abort();  // every command ends its line
        at = eol + 1;
      }
    if (std::string_view(f.name) == "markdown" && r.find("<script") != std::string::npos)
      std::abort();
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 14) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t cut = input.find("\n=====\n");
  std::string a = cut == std::string::npos ? input : input.substr(0, cut + 1);
  std::string b = cut == std::string::npos ? input : input.substr(cut + 7);
  std::vector<std::string> first = Reports(a, b);
  if (Reports(a, b) != first) std::abort();  // the same input, the same reports
  return 0;
}
