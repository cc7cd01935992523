// base/diag: user-facing problems as data.
//
// Bad input (an article, a claim pack, a flag) becomes a Diagnostic; deep code
// never exits or prints. A Diagnostic stays structured until report/ or the
// CLI formats it, so terminal, JSON and SARIF read the same fields.
//
// Format of a rendered diagnostic (machine-parseable first line):
//   path:line:col: error: message
//      14 | quoted source line
//         |   ^
#ifndef CROSSCHECK_BASE_DIAG_H_
#define CROSSCHECK_BASE_DIAG_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck {

enum class Severity { kError, kWarning, kNote };
const char* SeverityName(Severity s);

struct Diagnostic {
  std::string path;       // file the problem is in; empty for command-line problems
  int line = 0;           // 1-based; 0 when the problem has no position
  int column = 0;         // 1-based, in code points
  long byte_offset = -1;  // into the original file, when known
  Severity severity = Severity::kError;
  std::string code;         // stable id, e.g. "load.invalid-utf8"
  std::string message;      // one sentence, no trailing period needed
  std::string source_line;  // the offending line, for the caret display (may be empty)
  int caret_column = 0;     // the caret's column in source_line when it is an excerpt; 0 = column

  // Sets source_line from the line holding the problem, `at` bytes into it;
  // a long line is cut to a window around `at` ("…" marks the cuts), so a
  // 50 MB line costs a few hundred bytes per diagnostic.
  void QuoteLine(std::string_view line, size_t at);
  // The same, for a problem at `column` (code points, as in `column`).
  void QuoteLineAtColumn(std::string_view line);

  // "path:line:col: error: message" plus the caret display when source_line is set.
  std::string Render() const;
};

// Collects diagnostics from a stage that keeps going after a problem with one
// item (one file, one pack entry).
class DiagSink {
 public:
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool HasErrors() const;
  void Clear() { items_.clear(); }

 private:
  std::vector<Diagnostic> items_;
};

// A value or the Diagnostic that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : ok_(true), value_(std::move(value)) {}   // NOLINT: implicit by design
  Result(Diagnostic d) : ok_(false), diag_(std::move(d)) {}  // NOLINT
  bool ok() const { return ok_; }
  const T& value() const& { return value_; }
  T& value() & { return value_; }
  T&& value() && { return std::move(value_); }
  const Diagnostic& diag() const { return diag_; }

 private:
  bool ok_;
  T value_{};
  Diagnostic diag_;
};

// Levenshtein distance, for "did you mean" hints.
size_t EditDistance(std::string_view a, std::string_view b);
// The candidate nearest `key` within `max_distance` edits (the first of the
// nearest), or "" when none is that close.
template <typename Names>
std::string NearestName(std::string_view key, const Names& candidates, size_t max_distance = 2) {
  std::string best;
  size_t best_d = max_distance + 1;
  for (const auto& c : candidates) {
    size_t d = EditDistance(key, c);
    if (d < best_d) best_d = d, best = std::string(c);
  }
  return best;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_DIAG_H_
