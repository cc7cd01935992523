#include "cli/commands.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <vector>

#include "cli/progress.h"
#include "diff/diff.h"
#include "load/load.h"
#include "packs/packs.h"
#include "pipeline/check.h"
#include "pipeline/diff_run.h"
#include "pipeline/pipeline.h"
#include "pipeline/report_filter.h"
#include "report/check_formats.h"
#include "report/check_report.h"
#include "report/diff_report.h"
#include "report/mentions_report.h"

namespace crosscheck {

extern const char kDefaultPackToml[];  // generated from the default pack (CMakeLists.txt)

namespace {

// The temporary report being written, for the signal handler to remove: a
// fixed buffer, because only async-signal-safe calls may run there.
char g_pending_tmp[4096];

extern "C" void RemovePendingAndReraise(int sig) {
  if (g_pending_tmp[0]) unlink(g_pending_tmp);
  signal(sig, SIG_DFL);
  raise(sig);
}

void WatchSignals() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    struct sigaction sa {};
    sa.sa_handler = RemovePendingAndReraise;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}

}  // namespace

OutputWriter::OutputWriter(std::string path) : path_(std::move(path)) {
  if (path_.empty()) {
    file_ = stdout;
    return;
  }
  // Only a regular file (or a new path) is replaced atomically. Anything else
  // (a device such as /dev/null, a FIFO, a symlink) is written in place, as a
  // shell's ">" would: renaming over it would destroy it.
  struct stat st {};
  bool exists = lstat(path_.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    file_ = std::fopen(path_.c_str(), "wb");
    if (!file_) Fail(std::strerror(errno));
    return;
  }
  // The temporary file: created with O_EXCL under an unpredictable name in
  // the target's directory (so the rename stays on one file system), never
  // through a pre-placed link, and removed on SIGINT/SIGTERM/SIGHUP/SIGPIPE.
  // Only a SIGKILL can leave it behind, as ".NAME.XXXXXX" next to NAME.
  std::filesystem::path target(path_);
  std::filesystem::path dir = target.parent_path();
  std::string pattern = (dir.empty() ? std::string() : dir.string() + "/") + "." +
                        target.filename().string() + ".XXXXXX";
  if (pattern.size() >= sizeof g_pending_tmp) {
    Fail("path too long");
    return;
  }
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  WatchSignals();
  int fd = mkstemp(buf.data());
  if (fd < 0) {
    Fail(std::strerror(errno));
    return;
  }
  tmp_ = buf.data();
  std::memcpy(g_pending_tmp, tmp_.c_str(), tmp_.size() + 1);
  // Keep the replaced file's mode and, where allowed, its owner; a new file
  // gets the mode the umask gives.
  if (exists) {
    (void)fchmod(fd, st.st_mode & 07777);
    if (fchown(fd, st.st_uid, st.st_gid) != 0) {
      // Not the owner: the file becomes this user's, as any rewrite would.
    }
  } else {
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
  }
  file_ = fdopen(fd, "wb");
  if (!file_) {
    close(fd);
    Fail(std::strerror(errno));
  }
}

OutputWriter::~OutputWriter() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (!tmp_.empty() && !finished_) {
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
  }
  g_pending_tmp[0] = '\0';
}

bool OutputWriter::Fail(const std::string& why) {
  if (!failed_)
    std::cerr << (path_.empty() ? "<stdout>" : path_) << ": error: cannot write output: " << why
              << "\n";
  failed_ = true;
  return false;
}

bool OutputWriter::Write(std::string_view bytes) {
  if (failed_) return false;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    return Fail(std::strerror(errno));
  return true;
}

bool OutputWriter::Finish() {
  if (failed_) return false;
  if (std::fflush(file_) != 0) return Fail(std::strerror(errno));
  if (file_ == stdout) return true;
  int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) return Fail(std::strerror(errno));
  if (tmp_.empty()) {  // written in place
    finished_ = true;
    return true;
  }
  std::error_code ec;
  std::filesystem::rename(tmp_, path_, ec);
  if (ec) return Fail(ec.message());
  g_pending_tmp[0] = '\0';
  finished_ = true;
  return true;
}

bool WriteOutput(const std::string& path, const std::string& bytes) {
  OutputWriter out(path);
  return out.Write(bytes) && out.Finish();
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
  for (const Diagnostic& w : doc.value().meta.warnings) sink.Add(w);
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

// -o names an article of the run: said, and the run stops before reading
// or writing anything (exit 2).
bool OutputIsInput(const DiagSink& sink) {
  bool refused = false;
  for (const Diagnostic& d : sink.items())
    if (d.code == "load.output-is-input") {
      std::cerr << d.Render() << "\n";
      refused = true;
    }
  return refused;
}

int RunExtract(const ExtractOptions& options) {
  DiagSink sink;
  std::vector<std::string> files =
      ExpandPaths(options.paths, WalkOptions{options.exclude, {options.output}}, sink);
  if (OutputIsInput(sink)) return kExitError;
  LoadOptions load_options;
  load_options.default_published = options.published;
  OutputWriter output(options.output);
  if (!output.ok()) return kExitError;
  Extractor extractor;
  // The report streams through this buffer (see kDrainBytes).
  std::string out;
  out.reserve(kDrainBytes + kDrainBytes / 4);
  auto drain = [&] {
    output.Write(out);
    out.clear();
  };
  bool failed = sink.HasErrors();
  Progress progress(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    progress.Update("reading", i, -1, path);
    std::optional<Document> doc = LoadForRun(path, load_options, sink, &failed);
    if (!doc) continue;
    const Document& d = *doc;
    extractor.Stream(d, sink, [&](const std::vector<Mention>& mentions) {
      if (options.format == "json")
        AppendMentionsJsonl(out, d, mentions, drain);
      else
        AppendMentionsTable(out, d, mentions, drain);
    });
  }
  progress.Clear();
  for (const Diagnostic& d : sink.items()) std::cerr << d.Render() << "\n";
  drain();
  if (!output.Finish()) return kExitError;
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

namespace {

// 2 when nothing could be checked; else 1 when a finding, or an input that
// could not be read (an error of the run), is at or above --fail-on.
int CheckExitCode(const std::string& fail_on, const CheckRun& run, bool failed, bool nothing_read) {
  if (failed && nothing_read) return kExitError;
  int threshold = fail_on == "error" ? 0 : fail_on == "warning" ? 1 : fail_on == "info" ? 2 : -1;
  if (failed && threshold >= 0) {
    size_t unread = 0;
    for (const Diagnostic& d : run.input_problems) unread += d.severity == Severity::kError;
    std::cerr << "crosscheck: " << unread << (unread == 1 ? " input was" : " inputs were")
              << " not read; the report covers the other " << run.documents.size()
              << (run.documents.size() == 1 ? " document" : " documents") << "\n";
    return kExitFindings;
  }
  for (const Finding& f : run.findings)
    if (SeverityRank(f.severity) <= threshold) return kExitFindings;
  return kExitOk;
}

}  // namespace

// "1 finding", "3 findings".
std::string Count(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

int RunCheck(const CheckOptions& options) {
  // Packs first: a broken pack stops the run before any article is read.
  ClaimPack pack;
  if (!LoadClaimPacks(options.claims, &pack)) return kExitError;
  DiagSink sink;
  std::vector<std::string> files =
      ExpandPaths(options.paths, WalkOptions{options.exclude, {options.output}}, sink);
  if (OutputIsInput(sink)) return kExitError;
  bool failed = sink.HasErrors();
  LoadOptions load_options;
  load_options.default_published = options.published;
  std::vector<Document> documents;
  Progress progress(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    progress.Update("reading", i, -1, files[i]);
    std::optional<Document> doc = LoadForRun(files[i], load_options, sink, &failed);
    if (doc) documents.push_back(std::move(*doc));
  }
  const bool nothing_read = documents.empty();
  CheckRun run = RunChecks(
      std::move(documents), pack,
      [&](size_t done, size_t claims, const std::string& p) {
        progress.Update("checking", done, static_cast<long>(claims), p);
      },
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency()));
  progress.Clear();
  // The run's own notes (budgets) after the inputs' problems.
  for (const Diagnostic& d : run.input_problems) sink.Add(d);
  run.input_problems = sink.items();

  for (const Diagnostic& d : sink.items()) std::cerr << d.Render() << "\n";
  // `baseline write FILE`: every finding of the run, accepted.
  if (!options.write_baseline.empty()) {
    if (!WriteOutput(options.write_baseline, BaselineToml(run, options.baseline_reason)))
      return kExitError;
    std::cerr << "crosscheck: " << run.findings.size() << " findings written to "
              << options.write_baseline << "\n";
    return failed && nothing_read ? kExitError : kExitOk;
  }
  ReportFilter filter;
  filter.rules = options.rules;
  filter.focus = options.focus;
  if (!options.baseline.empty()) {
    Diagnostic err;
    if (!LoadBaseline(options.baseline, &filter.baseline, &err)) {
      std::cerr << err.Render() << "\n";
      return kExitError;
    }
    filter.baseline_path = options.baseline;
  }
  FilterResult left_out = ApplyReportFilter(filter, &run);
  // What was left out is said, in every format that carries notes.
  auto note = [&](const std::string& path, const std::string& message) {
    Diagnostic d;
    d.path = path;
    d.code = "report.filtered";
    d.message = message;
    d.severity = Severity::kNote;
    std::cerr << d.Render() << "\n";
    run.input_problems.push_back(std::move(d));
  };
  if (left_out.turned_off)
    note("",
         Count(left_out.turned_off, "finding") + " of rules turned off in [rules] not reported");
  if (left_out.outside_focus)
    note("", Count(left_out.outside_focus, "finding") +
                 " involving no focused document (--focus) not reported");
  if (left_out.accepted)
    note(options.baseline,
         Count(left_out.accepted, "finding") + " accepted in the baseline not reported");
  for (const InlineIgnore& g : left_out.ignored)
    note(g.where, "finding [" + g.rule + "] ignored by an inline comment: " + g.reason);
  // An inline ignore that cannot be honoured (no reason, no such rule) is
  // a warning of the article, and fails the run like a finding: the
  // findings it names are reported.
  const bool bad_ignore = !left_out.bad_ignores.empty();
  for (Diagnostic& d : left_out.bad_ignores) {
    d.severity = Severity::kWarning;
    std::cerr << d.Render() << "\n";
    run.input_problems.push_back(std::move(d));
  }
  for (const BaselineEntry& b : left_out.stale)
    note(options.baseline, "stale baseline entry " + b.fingerprint + " [" + b.rule + "] " +
                               b.where + ": no finding of this run matches it");
  ReportOptions render;
  render.color = UseColor(options.color, options.output);
  render.fail_on = options.fail_on;
  render.rules_url = options.rules_url;
  const CheckFormat* format = FindCheckFormat(options.format);
  if (!format) {
    std::cerr << "crosscheck: error: unknown format '" << options.format << "'\n";
    return kExitError;
  }
  // --min-level hides findings below it in the formats people read; JSON and
  // SARIF keep everything.
  std::vector<Finding> all = run.findings;
  auto view = [&](const CheckFormat& f) {
    run.findings = all;
    bool machine = std::string_view(f.name) == "json" || std::string_view(f.name) == "sarif";
    if (!machine)
      run.findings.erase(std::remove_if(run.findings.begin(), run.findings.end(),
                                        [&](const Finding& x) {
                                          return !AtOrAbove(x.severity, options.min_level);
                                        }),
                         run.findings.end());
  };
  view(*format);
  if (!WriteOutput(options.output, format->render(run, render))) return kExitError;
  // More reports of the same run, each to its file, never coloured.
  for (const std::string& spec : options.outputs) {
    size_t eq = spec.find('=');
    const CheckFormat* extra =
        eq == std::string::npos ? nullptr : FindCheckFormat(spec.substr(0, eq));
    if (!extra || eq + 1 == spec.size()) {
      std::cerr << "crosscheck: error: --output-format '" << spec
                << "' must be FORMAT=FILE with a format of --format\n";
      return kExitError;
    }
    ReportOptions plain = render;
    plain.color = false;
    view(*extra);
    if (!WriteOutput(spec.substr(eq + 1), extra->render(run, plain))) return kExitError;
  }
  run.findings = all;
  // In a GitHub Actions step, annotations are capped; the whole report goes
  // to the step summary.
  if (options.format == "github")
    if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY"); summary && *summary) {
      std::ofstream out(summary, std::ios::app);
      out << CheckReportMarkdown(run, render);
      if (!out)
        std::cerr << "crosscheck: warning: cannot append to GITHUB_STEP_SUMMARY " << summary
                  << "\n";
    }
  int code = CheckExitCode(options.fail_on, run, failed, nothing_read);
  if (code == kExitOk && bad_ignore && options.fail_on != "none") code = kExitFindings;
  return code;
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
