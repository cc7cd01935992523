// cli/progress: one line on stderr for long runs, for a person watching.
//
// Shown only when stderr is a terminal (never in CI logs or when piped) and
// only once the run has taken more than a second (CROSSCHECK_PROGRESS_DELAY_MS
// sets another delay); redrawn at most ten times
// a second; erased when the run ends, so the report and diagnostics print
// on clean lines. "checking 1,204/3,000 documents, 18,311 claims  news/x.md".
#ifndef CROSSCHECK_CLI_PROGRESS_H_
#define CROSSCHECK_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace crosscheck {

class Progress {
 public:
  explicit Progress(size_t total);  // total documents
  ~Progress();                      // erases the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `stage` is "reading" or "checking"; claims < 0 leaves them out.
  void Update(const char* stage, size_t done, long claims, const std::string& path);
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;
  const bool enabled_;
  const size_t total_;
  const Clock::time_point start_;
  Clock::time_point last_;
  const std::chrono::milliseconds delay_;
  bool shown_ = false;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_PROGRESS_H_
