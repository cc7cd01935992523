// base/toml_file: the error handling every data file loader shares (the
// holidays, languages and pack loaders): a TOML parse with toml++ and
// failures reported at path:line:col of the offending node.
#ifndef CROSSCHECK_BASE_TOML_FILE_H_
#define CROSSCHECK_BASE_TOML_FILE_H_

#include <sys/stat.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"

namespace crosscheck {

// Claim packs, lexicons, project settings and baselines are files a person
// writes: far below this. A larger one, or one that is no regular file
// (/dev/zero, a FIFO, a folder), is refused before it is read, so a wrong
// --claims or --config cannot hang the run or fill the memory.
constexpr uintmax_t kMaxDataFileBytes = 16u << 20;

// Reads the data file at path into *text; on failure fills *why ("is not a
// regular file", ...) and returns false.
inline bool ReadDataFile(const std::string& path, std::string* text, std::string* why) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    *why = "cannot be read";
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    *why = "is not a regular file";
    return false;
  }
  if (static_cast<uintmax_t>(st.st_size) > kMaxDataFileBytes) {
    *why = "is larger than 16 MB";
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *why = "cannot be read";
    return false;
  }
  text->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && text->size() <= kMaxDataFileBytes)
    text->append(buf, n);
  std::fclose(f);
  if (text->size() > kMaxDataFileBytes) {  // grew while it was read
    *why = "is larger than 16 MB";
    return false;
  }
  return true;
}

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

// For the data files compiled into the binary (currencies, holidays,
// languages, lexicons): they are tested, so a load failure is a build defect,
// not input. It is reported with its position and the program stops.
[[noreturn]] inline void BuiltinDataDefect(const Diagnostic& error) {
  std::fprintf(stderr, "crosscheck: built-in %s:%d:%d: %s\n", error.path.c_str(), error.line,
               error.column, error.message.c_str());
  std::abort();
}

// A table loaded from compiled-in text (Table::Load(text, path, error)).
template <typename Table>
Table LoadBuiltin(std::string_view text, const std::string& path) {
  Table table;
  Diagnostic error;
  if (!table.Load(text, path, &error)) BuiltinDataDefect(error);
  return table;
}

// A table's members in the order the file writes them (toml++ orders them by
// key), so that messages and kept keys read as the file does.
struct TomlMember {
  std::string key;
  toml::source_region key_source;
  const toml::node* node;
};
inline std::vector<TomlMember> MembersInFileOrder(const toml::table& table) {
  std::vector<TomlMember> members;
  for (auto&& [key, node] : table) members.push_back({std::string(key.str()), key.source(), &node});
  std::stable_sort(members.begin(), members.end(), [](const TomlMember& a, const TomlMember& b) {
    const auto &x = a.key_source.begin, &y = b.key_source.begin;
    return x.line != y.line ? x.line < y.line : x.column < y.column;
  });
  return members;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_TOML_FILE_H_
