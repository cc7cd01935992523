// crosscheck: checks news articles against each other before publication.
// A thin CLI over crosscheck_core; every subcommand lives in commands.cc.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "base/civil_date.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "report/check_formats.h"

namespace {

// CLI11 validator for --published: a real calendar date in ISO form.
struct IsoDateValidator : public CLI::Validator {
  IsoDateValidator() {
    name_ = "DATE";
    func_ = [](const std::string& s) -> std::string {
      return crosscheck::ParseIsoDate(s) ? std::string()
                                         : "'" + s + "' is not a real date in the form YYYY-MM-DD";
    };
  }
};

// Typos in a command or an option name get the nearest name, as git does:
// "chek" -> "check", "--formt" -> "--format". Returns the message, or "".
std::string TypoHelp(CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return "";
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  CLI::App* sub = nullptr;
  for (CLI::App* s : app.get_subcommands({}))
    if (s->get_name() == argv[1]) sub = s;
  if (!sub) {
    std::string best = crosscheck::NearestName(argv[1], commands);
    return std::string("unknown command '") + argv[1] + "'" +
           (best.empty() ? "; the commands are extract, check, diff and baseline"
                         : "; did you mean '" + best + "'?");
  }
  // A second level ("baseline write").
  int first = 2;
  std::vector<std::string> second;
  for (const CLI::App* s : sub->get_subcommands({})) second.push_back(s->get_name());
  if (!second.empty() && argc > 2 && argv[2][0] != '-') {
    CLI::App* found = nullptr;
    for (CLI::App* s : sub->get_subcommands({}))
      if (s->get_name() == argv[2]) found = s;
    if (!found) {
      std::string best = crosscheck::NearestName(argv[2], second);
      return "unknown command '" + sub->get_name() + " " + argv[2] + "'" +
             (best.empty() ? "; see " + sub->get_name() + " --help"
                           : "; did you mean '" + sub->get_name() + " " + best + "'?");
    }
    sub = found, first = 3;
  }
  std::vector<std::string> names;
  for (const CLI::Option* o : sub->get_options())
    for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.rfind("--", 0) != 0 || arg.size() < 3) continue;
    arg = arg.substr(0, arg.find('='));
    if (std::find(names.begin(), names.end(), arg) != names.end()) continue;
    std::string best = crosscheck::NearestName(arg, names);
    return "unknown option '" + arg + "' of " + sub->get_name() +
           (best.empty() ? "; see --help" : "; did you mean '" + best + "'?");
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace crosscheck;
  CLI::App app{
      "crosscheck: finds figures that disagree across news articles.\n"
      "Exit codes: 0 ok, 1 findings at or above --fail-on (check) or changes in value (diff), "
      "2 usage, configuration or input errors."};
  app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
  app.require_subcommand(1);

  ExtractOptions extract;
  std::string extract_published;
  auto* ex = app.add_subcommand(
      "extract", "Print every number, amount, percentage, duration and date, normalized");
  ex->add_option("paths", extract.paths,
                 "Article files or directories (.md .txt .html), or globs; default: 'paths' of "
                 "crosscheck.toml");
  ex->add_option("--exclude", extract.exclude,
                 "Leave out files and folders matching GLOB when walking directories (repeatable; "
                 "hidden entries and .gitignore'd ones are always left out)")
      ->allow_extra_args(false);
  ex->add_option("--format", extract.format,
                 "table (default) or json (JSON Lines, see docs/report-format.md)")
      ->check(CLI::IsMember({"table", "json"}));
  ex->add_option("--published", extract_published,
                 "Publication date for documents whose front matter has none (YYYY-MM-DD)")
      ->check(IsoDateValidator());
  ex->add_option("-o,--output", extract.output, "Write to FILE (atomically) instead of stdout");

  CheckOptions check;
  std::string check_published;
  auto* ck = app.add_subcommand(
      "check", "Extract claims, align them across sources and report discrepancies");
  ck->add_option("paths", check.paths,
                 "Article files or directories (.md .txt .html), or globs; default: 'paths' of "
                 "crosscheck.toml");
  ck->add_option("--exclude", check.exclude,
                 "Leave out files and folders matching GLOB when walking directories (repeatable; "
                 "hidden entries and .gitignore'd ones are always left out)")
      ->allow_extra_args(false);
  ck->add_option(
        "--claims", check.claims,
        "Claim pack file or directory (repeatable); default: the built-in " CROSSCHECK_DEFAULT_PACK)
      ->allow_extra_args(false);
  std::vector<std::string> format_names;
  std::string format_help;
  for (const CheckFormat& f : CheckFormats()) {
    format_names.push_back(f.name);
    format_help += std::string(format_help.empty() ? "" : "; ") + f.name + ": " + f.help;
  }
  ck->add_option("--format", check.format, format_help)->check(CLI::IsMember(format_names));
  ck->add_option("--output-format", check.outputs,
                 "Also write the report in FORMAT to FILE: --output-format sarif=report.sarif "
                 "(repeatable; formats as for --format)")
      ->allow_extra_args(false)
      ->check([format_names](const std::string& spec) -> std::string {
        size_t eq = spec.find('=');
        std::string name = spec.substr(0, eq);
        if (eq == std::string::npos || eq + 1 == spec.size())
          return "expected FORMAT=FILE, e.g. sarif=report.sarif";
        for (const std::string& n : format_names)
          if (n == name) return "";
        return "unknown format '" + name + "'";
      });
  ck->add_option(
        "--fail-on", check.fail_on,
        "Exit 1 if a finding is at or above this severity: error (default), warning, info, none")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  ck->add_option("--published", check_published,
                 "Publication date for documents whose front matter has none (YYYY-MM-DD)")
      ->check(IsoDateValidator());
  ck->add_option("-o,--output", check.output,
                 "Write the report to FILE (atomically) instead of stdout");
  ck->add_option("--color", check.color, "auto (default: on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  ck->add_option("--focus", check.focus,
                 "Report only findings that involve these documents (files or folders, "
                 "repeatable): a draft checked against the archive")
      ->allow_extra_args(false);
  ck->add_option("--baseline", check.baseline,
                 "Leave out findings accepted in FILE (written by `crosscheck baseline write`) "
                 "and name its entries that no longer match");
  ck->add_option("--jobs,-j", check.jobs,
                 "Read and extract documents on N threads (default: the machine's cores); the "
                 "report is the same for any N")
      ->check(CLI::Range(1, 1024));
  ck->add_option("--rules-url", check.rules_url,
                 "Where docs/rules.md is published (an absolute URL): SARIF rules link their "
                 "help there (helpUri URL#rule-id)")
      ->check([](const std::string& url) { return RulesUrlProblem(url); });
  ck->add_option("--min-level", check.min_level,
                 "Hide findings below this level in the formats people read: error, warning, "
                 "info (default); JSON and SARIF keep everything")
      ->check(CLI::IsMember({"error", "warning", "info"}));

  // `crosscheck baseline write FILE PATHS...`: the run's findings, accepted.
  auto* bl =
      app.add_subcommand("baseline", "Accept known findings, so checks report only new ones");
  bl->require_subcommand(1);
  auto* bw = bl->add_subcommand(
      "write", "Run check and write every finding to FILE as accepted ([[accepted]] entries)");
  bw->add_option("file", check.write_baseline, "The baseline file to write")->required();
  bw->add_option("paths", check.paths, "Article files or directories, as for check");
  bw->add_option("--claims", check.claims, "Claim pack file or directory (repeatable)")
      ->allow_extra_args(false);
  bw->add_option("--exclude", check.exclude, "Leave out files and folders matching GLOB")
      ->allow_extra_args(false);
  bw->add_option("--published", check_published,
                 "Publication date for documents whose front matter has none (YYYY-MM-DD)")
      ->check(IsoDateValidator());
  bw->add_option("--reason", check.baseline_reason,
                 "Why these findings are accepted (written with each entry)");

  DiffOptions diff;
  std::string diff_published;
  auto* df = app.add_subcommand(
      "diff",
      "Word diff of two article versions (or two outlets), number-aware, with a claim diff");
  df->add_option("old", diff.old_path, "The older version (or the first outlet)")->required();
  df->add_option("new", diff.new_path, "The newer version (or the second outlet)")->required();
  df->add_option("--mode", diff.mode,
                 "versions, compare, or auto (default: compare when titles and sources differ)")
      ->check(CLI::IsMember({"auto", "versions", "compare"}));
  df->add_option("--format", diff.format, "text (default), json or html")
      ->check(CLI::IsMember({"text", "json", "html"}));
  df->add_flag("--ignore-format", diff.ignore_format,
               "Hide figures written differently with the same value");
  df->add_option("--claims", diff.claims, "Claim pack file or directory (repeatable)")
      ->allow_extra_args(false);
  df->add_option("--published", diff_published,
                 "Publication date for documents without one (YYYY-MM-DD)")
      ->check(IsoDateValidator());
  df->add_option("-o,--output", diff.output, "Write to FILE (atomically) instead of stdout");
  df->add_option("--color", diff.color, "auto (default), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  std::string config_path;
  bool no_config = false, allow_outside = false;
  for (CLI::App* sub : {ex, ck, df, bw}) {
    sub->add_option("--config", config_path,
                    "Project settings file (default: the nearest crosscheck.toml at or above the "
                    "working directory)");
    sub->add_flag("--no-config", no_config, "Ignore crosscheck.toml");
    sub->add_flag("--allow-outside", allow_outside,
                  "Let crosscheck.toml name files outside its own folder");
  }

  if (std::string help = TypoHelp(app, argc, argv); !help.empty()) {
    std::cerr << "crosscheck: error: " << help << "\n";
    return kExitError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  ProjectConfig config;
  if (!no_config) {
    if (config_path.empty()) config_path = FindProjectConfig(".");
    Diagnostic error;
    if (!config_path.empty() && !LoadProjectConfig(config_path, allow_outside, &config, &error)) {
      std::cerr << error.Render() << "\n";
      return kExitError;
    }
  }
  // What the command line leaves unsaid, the project file says.
  auto unset = [](CLI::App* sub, const char* option) { return sub->count(option) == 0; };
  if (*ex) {
    if (extract.paths.empty()) extract.paths = config.paths;
    if (unset(ex, "--exclude")) extract.exclude = config.exclude;
  }
  if (*ck) {
    if (check.paths.empty()) check.paths = config.paths;
    if (unset(ck, "--exclude")) check.exclude = config.exclude;
    if (unset(ck, "--claims")) check.claims = config.claims;
    if (unset(ck, "--fail-on") && config.fail_on) check.fail_on = *config.fail_on;
    if (unset(ck, "--format") && config.format) check.format = *config.format;
    if (unset(ck, "--output-format")) check.outputs = config.outputs;
    if (unset(ck, "--focus")) check.focus = config.focus;
    if (unset(ck, "--baseline") && config.baseline) check.baseline = *config.baseline;
    if (unset(ck, "--rules-url") && config.rules_url) check.rules_url = *config.rules_url;
    check.rules = config.rules;
    if (unset(ck, "--color") && config.color) check.color = *config.color;
  }
  if (*df) {
    if (unset(df, "--claims")) diff.claims = config.claims;
    if (unset(df, "--color") && config.color) diff.color = *config.color;
  }
  if (*bw) {
    if (check.paths.empty()) check.paths = config.paths;
    if (unset(bw, "--exclude")) check.exclude = config.exclude;
    if (unset(bw, "--claims")) check.claims = config.claims;
  }
  for (const std::vector<std::string>* paths : {&extract.paths, &check.paths})
    if ((paths == &extract.paths ? bool(*ex) : bool(*ck) || bool(*bw)) && paths->empty()) {
      std::cerr << "crosscheck: error: no paths to read: name files or folders, or set 'paths' "
                   "in crosscheck.toml\n";
      return kExitError;
    }
  if (*ex) {
    if (!extract_published.empty()) extract.published = ParseIsoDate(extract_published);
    return RunExtract(extract);
  }
  if (*df) {
    if (!diff_published.empty()) diff.published = ParseIsoDate(diff_published);
    return RunDiff(diff);
  }
  if (*ck || *bw) {
    if (!check_published.empty()) check.published = ParseIsoDate(check_published);
    return RunCheck(check);
  }
  return kExitError;
}
