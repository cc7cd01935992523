// cli/config: crosscheck.toml, the project's settings, so CI needs no flags.
//
// Found like .vale.ini: the first crosscheck.toml in the working directory
// or a folder above it (or the file --config names; --no-config skips it).
// Keys, all optional, for `check` (and `extract` where they apply):
//   claims   = ["claims"]            packs (files or folders)        check, diff
//   fail-on  = "warning"             error | warning | info | none    check
//   format   = "json"                a format of `check --format`     check
//   outputs  = ["sarif=report.sarif"]  more reports, FORMAT=FILE       check
//   focus    = ["news/drafts"]       report findings involving these   check
//   baseline = "baseline.toml"       accepted findings left out        check
//   [rules]  cross-source-conflict = "warning", weekday-vs-date = "off"   check
//   color    = "never"               auto | always | never            check, diff
//   rules-url = "https://..."        where docs/rules.md is published  check (SARIF helpUri)
//   paths    = ["news", "feeds/**/*.md"]   folders, files or globs   check, extract
//   exclude  = ["news/drafts/**"]    globs left out of walks         check, extract
// Paths are relative to the file's folder and stay inside it (--allow-outside
// lifts that). A flag on the command line wins
// over the file; paths on the command line replace `paths`. It is the tool's
// own file, so an unknown key is an error with its position and the nearest
// known key, unlike front matter.
#ifndef CROSSCHECK_CLI_CONFIG_H_
#define CROSSCHECK_CLI_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"

namespace crosscheck {

struct ProjectConfig {
  std::string path;                                 // the file read, as shown in messages
  std::vector<std::string> claims, paths, exclude;  // relative to the working directory
  std::vector<std::string> outputs;                 // "sarif=report.sarif", FILE made relative too
  std::vector<std::string> focus;                   // report findings involving these
  std::optional<std::string> baseline;              // accepted findings
  std::map<std::string, std::string> rules;         // rule id -> level or "off"
  std::optional<std::string> fail_on, format, color;
  std::optional<std::string> rules_url;  // where docs/rules.md is published
};

// The nearest crosscheck.toml at or above `start`, or "" when there is none.
std::string FindProjectConfig(const std::string& start);

// Reads and checks the file; relative paths in it become relative to the
// working directory. A path that leads outside the file's folder (by "..",
// an absolute path or a symbolic link) is an error unless allow_outside.
bool LoadProjectConfig(const std::string& path, bool allow_outside, ProjectConfig* config,
                       Diagnostic* error);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_CONFIG_H_
