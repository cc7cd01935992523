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

// toml++ parses dotted keys and nested arrays and inline tables by
// recursion: a key of 50,000 segments overflows the stack and takes the
// whole run down. Every TOML text is measured before it is parsed: a key
// of more than kMaxTomlKeyParts parts, or values nested more than
// kMaxTomlNesting deep, is refused at its line and column. Real files stay
// far below (a pack's deepest key has three parts).
constexpr int kMaxTomlKeyParts = 64;
constexpr int kMaxTomlNesting = 64;

struct TomlShapeError {
  int line = 0, column = 0;  // 1-based; line 0: no error
  std::string message;
};

inline TomlShapeError MeasureToml(std::string_view text) {
  TomlShapeError err;
  int line = 1, column = 0, parts = 1;
  std::string open;     // the brackets open around here: '[' arrays, '{' inline tables
  bool key = true;      // reading a key: at a line's start, in a [header], in an inline table
  char quote = 0;       // inside a string: its quote character
  bool triple = false;  // ... a multi-line one
  bool comment = false;
  auto fail = [&](const std::string& what) {
    err = {line, column, what};
    return err;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    ++column;
    if (c == '\n') {
      ++line, column = 0, comment = false;
      if (quote && !triple) quote = 0;
      if (open.empty()) key = true, parts = 1;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c == '\\' && quote == '"') {
        ++i, ++column;
      } else if (c == quote && (!triple || text.compare(i, 3, std::string(3, quote)) == 0)) {
        if (triple) i += 2, column += 2;
        quote = 0;
      }
      continue;
    }
    switch (c) {
      case '#':
        comment = true;
        break;
      case '"':
      case '\'':
        triple = text.compare(i, 3, std::string(3, c)) == 0;
        quote = c;
        if (triple) i += 2, column += 2;
        break;
      case '=':
        key = false;
        break;
      case '.':
        if (key && ++parts > kMaxTomlKeyParts)
          return fail("a key of more than " + std::to_string(kMaxTomlKeyParts) + " dotted parts");
        break;
      case '[':
      case '{':
        if (key && c == '[') break;  // a [table] header
        if (open.size() >= static_cast<size_t>(kMaxTomlNesting))
          return fail("values nested more than " + std::to_string(kMaxTomlNesting) +
                      " levels deep");
        open.push_back(c);
        if (c == '{') key = true, parts = 1;
        break;
      case ']':
      case '}':
        if (key && c == ']') break;  // the end of a [table] header
        if (!open.empty()) open.pop_back();
        key = false;
        break;
      case ',':
        if (!open.empty() && open.back() == '{') key = true, parts = 1;
        break;
      default:
        break;
    }
  }
  return err;
}

// Parses text into *out; on a syntax error fills *error and returns false.
inline bool ParseTomlFile(std::string_view text, const std::string& path, const char* code,
                          toml::table* out, Diagnostic* error) {
  if (TomlShapeError shape = MeasureToml(text); shape.line) {
    error->path = path;
    error->line = shape.line;
    error->column = shape.column;
    error->code = code;
    error->message = shape.message + ", not read";
    return false;
  }
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
