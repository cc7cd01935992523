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

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"

namespace crosscheck {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct ExtractOptions {
  std::vector<std::string> paths;
  std::vector<std::string> exclude;  // globs left out of directory walks
  std::string format = "table";      // table | json
  std::optional<Day> published;
  std::string output;  // empty = stdout
};

int RunExtract(const ExtractOptions& options);

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> exclude;  // globs left out of directory walks
  std::vector<std::string> claims;   // pack files or directories; empty = the built-in default pack
  std::string format = "text";       // a name of report/check_formats.h's table
  // More reports of the same run: "sarif=report.sarif" (--output-format).
  std::vector<std::string> outputs;
  std::vector<std::string> focus;            // --focus: report findings involving these
  std::string baseline;                      // --baseline FILE: accepted findings left out
  std::map<std::string, std::string> rules;  // [rules] of crosscheck.toml
  std::string min_level = "info";            // human formats hide findings below it
  std::string write_baseline;                // `baseline write FILE`: write, do not report
  std::string baseline_reason;
  std::string fail_on = "error";  // error | warning | info | none
  std::optional<Day> published;
  std::string output;
  std::string color = "auto";  // auto | always | never
  std::string rules_url;       // where docs/rules.md is published; "" = no helpUri
  size_t jobs = 0;             // threads that read documents; 0 = the machine's cores
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

// Where a command's report goes: stdout when path is empty, else a regular
// file (or new path) written atomically (a mkstemp file ".NAME.XXXXXX" in the
// same directory, renamed into place by Finish, keeping the old file's mode;
// removed on SIGINT, SIGTERM, SIGHUP and SIGPIPE, so only SIGKILL can leave
// it), so a failed run never leaves half a report under the real name. Any
// other existing path (a device, a FIFO, a symlink) is written in place, never
// replaced. Every failure is reported on stderr, naming the path, once.
class OutputWriter {
 public:
  explicit OutputWriter(std::string path);
  ~OutputWriter();  // removes the temporary file unless Finish() succeeded
  OutputWriter(const OutputWriter&) = delete;
  OutputWriter& operator=(const OutputWriter&) = delete;

  bool ok() const { return !failed_; }
  // Appends bytes; false if they (or earlier ones) could not be written.
  bool Write(std::string_view bytes);
  // Flushes and, for a file, renames it into place.
  bool Finish();

 private:
  bool Fail(const std::string& why);
  std::string path_, tmp_;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
  bool finished_ = false;
};

// Writes bytes through an OutputWriter in one go.
bool WriteOutput(const std::string& path, const std::string& bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_COMMANDS_H_
