#include "cli/commands.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "diff/diff.h"
#include "load/load.h"
#include "packs/packs.h"
#include "pipeline/check.h"
#include "pipeline/pipeline.h"
#include "report/check_report.h"
#include "report/diff_report.h"
#include "report/mentions_report.h"

namespace crosscheck {

extern const char kDefaultPackToml[];  // generated from the default pack (CMakeLists.txt)

bool WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty()) {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
    return true;
  }
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      std::cerr << path << ": error: cannot write output\n";
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    std::cerr << path << ": error: cannot write output: " << ec.message() << "\n";
    return false;
  }
  return true;
}

namespace {

// Loads one article for a run: errors and the missing-date note go to sink.
std::optional<Document> LoadForRun(const std::string& path, const LoadOptions& options,
                                   DiagSink& sink, bool* failed) {
  Result<Document> doc = LoadFile(path, options);
  if (!doc.ok()) {
    sink.Add(doc.diag());
    *failed = true;
    return std::nullopt;
  }
  if (!doc.value().meta.published) {
    Diagnostic note;
    note.path = doc.value().path;
    note.severity = Severity::kNote;
    note.code = "load.no-published";
    note.message =
        "no publication date (front matter 'published' or --published); relative dates stay "
        "unresolved and stocks have no as-of date";
    sink.Add(note);
  }
  return std::move(doc).value();
}

}  // namespace

int RunExtract(const ExtractOptions& options) {
  DiagSink sink;
  std::vector<std::string> files = ExpandPaths(options.paths, sink);
  LoadOptions load_options;
  load_options.default_published = options.published;
  Extractor extractor;
  std::string out;
  bool failed = sink.HasErrors();
  for (const std::string& path : files) {
    std::optional<Document> doc = LoadForRun(path, load_options, sink, &failed);
    if (!doc) continue;
    const Document& d = *doc;
    DocumentMentions dm = extractor.Run(d, sink);
    out.reserve(out.size() + dm.mentions.size() * 256);  // about one JSON line each
    if (options.format == "json")
      AppendMentionsJsonl(out, d, dm.mentions);
    else
      AppendMentionsTable(out, d, dm.mentions);
  }
  for (const Diagnostic& d : sink.items()) std::cerr << d.Render() << "\n";
  if (!WriteOutput(options.output, out)) return kExitError;
  return failed ? kExitError : kExitOk;
}

}  // namespace crosscheck

namespace crosscheck {

namespace {

// The packs named on the command line, or the built-in default pack.
bool LoadClaimPacks(const std::vector<std::string>& paths, ClaimPack* pack) {
  if (paths.empty()) {
    Diagnostic err;
    if (LoadPackText(kDefaultPackToml, CROSSCHECK_DEFAULT_PACK " (built in)", pack, &err))
      return true;
    std::cerr << err.Render() << "\n";
    return false;
  }
  Result<ClaimPack> loaded = LoadPacks(paths);
  if (!loaded.ok()) {
    std::cerr << loaded.diag().Render() << "\n";
    return false;
  }
  *pack = std::move(loaded).value();
  return true;
}

bool UseColor(const std::string& color, const std::string& output) {
  return color == "always" ||
         (color == "auto" && output.empty() && isatty(1) && !std::getenv("NO_COLOR"));
}

}  // namespace

int RunCheck(const CheckOptions& options) {
  // Packs first: a broken pack stops the run before any article is read.
  ClaimPack pack;
  if (!LoadClaimPacks(options.claims, &pack)) return kExitError;
  DiagSink sink;
  std::vector<std::string> files = ExpandPaths(options.paths, sink);
  bool failed = sink.HasErrors();
  LoadOptions load_options;
  load_options.default_published = options.published;
  std::vector<Document> documents;
  for (const std::string& path : files) {
    std::optional<Document> doc = LoadForRun(path, load_options, sink, &failed);
    if (doc) documents.push_back(std::move(*doc));
  }
  CheckRun run = RunChecks(std::move(documents), pack);

  for (const Diagnostic& d : sink.items()) std::cerr << d.Render() << "\n";
  bool color = UseColor(options.color, options.output);
  std::string report =
      options.format == "json" ? CheckReportJson(run) : CheckReportText(run, color);
  if (!WriteOutput(options.output, report)) return kExitError;
  if (failed) return kExitError;
  int threshold = options.fail_on == "error"     ? 0
                  : options.fail_on == "warning" ? 1
                  : options.fail_on == "info"    ? 2
                                                 : -1;
  for (const Finding& f : run.findings) {
    if (SeverityRank(f.severity) <= threshold) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace crosscheck

namespace crosscheck {

int RunDiff(const DiffOptions& options) {
  ClaimPack pack;
  if (!LoadClaimPacks(options.claims, &pack)) return kExitError;
  LoadOptions load_options;
  load_options.default_published = options.published;
  std::vector<Document> docs;
  bool failed = false;
  for (const std::string* path : {&options.old_path, &options.new_path}) {
    Result<Document> doc = LoadFile(*path, load_options);
    if (!doc.ok()) {
      std::cerr << doc.diag().Render() << "\n";
      failed = true;
      continue;
    }
    docs.push_back(std::move(doc).value());
  }
  if (failed) return kExitError;
  DiffMode mode = options.mode == "versions"  ? DiffMode::kVersions
                  : options.mode == "compare" ? DiffMode::kCompare
                                              : GuessMode(docs[0], docs[1]);
  DocDiff diff;
  CheckRun run;
  if (mode == DiffMode::kVersions) {
    run = DiffRun(std::move(docs), pack, &diff);
  } else {
    run = RunChecks(std::move(docs), pack);  // compare mode shows the claim alignment too
    diff = DiffDocuments(run, mode);
  }
  DiffRenderOptions render;
  render.color = UseColor(options.color, options.output);
  render.ignore_format = options.ignore_format;
  std::string report = options.format == "json"   ? DiffReportJson(run, diff, render)
                       : options.format == "html" ? DiffReportHtml(run, diff, render)
                                                  : DiffReportText(run, diff, render);
  if (!WriteOutput(options.output, report)) return kExitError;
  return diff.value_changes > 0 || !diff.claims.empty() ? kExitFindings : kExitOk;
}

}  // namespace crosscheck
