// base/toml_file: the error handling every data file loader shares (the
// holidays, languages and pack loaders): a TOML parse with toml++ and
// failures reported at path:line:col of the offending node.
#ifndef CROSSCHECK_BASE_TOML_FILE_H_
#define CROSSCHECK_BASE_TOML_FILE_H_

#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "base/diag.h"

namespace crosscheck {

// Fills *error with the position of `where`; returns false, for `return Fail...`.
inline bool FailAt(Diagnostic* error, const std::string& path, const char* code,
                   const toml::source_region& where, const std::string& message) {
  error->path = path;
  error->line = static_cast<int>(where.begin.line);
  error->column = static_cast<int>(where.begin.column);
  error->code = code;
  error->message = message;
  return false;
}

// Parses text into *out; on a syntax error fills *error and returns false.
inline bool ParseTomlFile(std::string_view text, const std::string& path, const char* code,
                          toml::table* out, Diagnostic* error) {
  try {
    *out = toml::parse(text, std::string_view(path));
  } catch (const toml::parse_error& e) {
    return FailAt(error, path, code, e.source(), std::string(e.description()));
  }
  return true;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_TOML_FILE_H_
