// cli/commands: the subcommands of the crosscheck binary.
//
// Each command takes parsed options and returns the process exit code:
//   0  success (for `check`: no finding at or above --fail-on)
//   1  findings at or above --fail-on (check) / changes in value (diff)
//   2  usage, configuration or input errors
// Commands print diagnostics to stderr as "path:line:col: severity: message"
// and never exit themselves; main() returns what they return.
#ifndef CROSSCHECK_CLI_COMMANDS_H_
#define CROSSCHECK_CLI_COMMANDS_H_

#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.h"

namespace crosscheck {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string format = "table";  // table | json
  std::optional<Day> published;
  std::string output;  // empty = stdout
};

int RunExtract(const ExtractOptions& options);

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> claims;  // pack files or directories; empty = the built-in default pack
  std::string format = "text";      // text | json
  std::string fail_on = "error";    // error | warning | info | none
  std::optional<Day> published;
  std::string output;
  std::string color = "auto";  // auto | always | never
};

int RunCheck(const CheckOptions& options);

struct DiffOptions {
  std::string old_path, new_path;
  std::string mode = "auto";    // auto | versions | compare
  std::string format = "text";  // text | json | html
  bool ignore_format = false;
  std::vector<std::string> claims;
  std::optional<Day> published;
  std::string output;
  std::string color = "auto";
};

// Exit codes like diff(1): 0 no change in value, 1 changes in value, 2 errors.
int RunDiff(const DiffOptions& options);

// Writes bytes to path atomically (temp file in the same directory, then
// rename), or to stdout when path is empty. False (with a message on stderr)
// if it cannot.
bool WriteOutput(const std::string& path, const std::string& bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_COMMANDS_H_
