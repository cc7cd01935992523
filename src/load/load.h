// load: path + bytes -> Document (metadata, format, original bytes).
//
// Takes:     a path (files are read whole) or bytes already in memory.
// Returns:   a Document that owns the bytes exactly as on disk, its format
//            (text, Markdown, HTML), its metadata from the front matter
//            (TOML between "+++" lines or YAML between "---" lines) or HTML
//            <meta> tags, the byte range of the
//            body, and a LineIndex for file:line:col.
// Rejects:   missing or unreadable paths, empty files, binary files (a NUL
//            byte), invalid UTF-8 (with the byte offset), files over
//            kMaxFileBytes, malformed or unclosed front matter (with
//            line:col and key),
//            and published dates that do not exist. Each rejection is one
//            Diagnostic naming the file; nothing here exits or prints.
// Never:     changes the bytes. Markup stripping and Unicode normalization
//            are normalize/'s job.
#ifndef CROSSCHECK_LOAD_LOAD_H_
#define CROSSCHECK_LOAD_LOAD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.h"
#include "base/diag.h"
#include "base/line_index.h"
#include "base/span.h"

namespace crosscheck {

// Spans are 32-bit byte offsets; files are capped well below that.
constexpr size_t kMaxFileBytes = size_t{1} << 30;
// Real pages nest a few dozen elements deep.
constexpr size_t kMaxHtmlDepth = 512;

enum class Format { kText, kMarkdown, kHtml };
const char* FormatName(Format f);

struct Metadata {
  std::string title;
  std::string source;  // publisher
  std::string url;     // empty when unknown
  std::optional<Day> published;
  std::string lang = "en";
  // Where the language came from: "front matter", "html" (JSON-LD
  // inLanguage or og:locale), "text: fr 14.5, en 2.0 in 412 words" (read
  // from its words, lang/language.h), or "default: ..." when nothing told.
  std::string lang_from;
  std::string currency;  // ISO code a bare "$" means in this document; empty = ambiguous
  // Front matter date_order: "dmy" reads 04/05/2025 as 4 May. Unset, the
  // language decides (lang/language.h).
  std::optional<bool> day_first;
  // Front matter keys the tool does not use ("author", "tags", "draft"),
  // in file order: strings as their value, dates as YYYY-MM-DD, other TOML
  // values as TOML writes them, YAML lists of scalars joined with ", ".
  std::vector<std::pair<std::string, std::string>> extra;
  // Warnings about the front matter (a key one edit from a known one), for
  // the command to report; loading still succeeded.
  std::vector<Diagnostic> warnings;
};

struct Document {
  std::string path;   // as given by the user
  std::string bytes;  // exactly as on disk
  Format format = Format::kText;
  Metadata meta;
  Span body;  // the part after the front matter
  // An HTML page nested more than kMaxHtmlDepth elements deep: normalize/
  // removes its tags without parsing it (an HTML5 parser's cost grows with
  // the square of the depth), and a warning says so.
  bool flat_html = false;
  LineIndex lines;
};

struct LoadOptions {
  // Used when the document states no publication date of its own.
  std::optional<Day> default_published;
  // Overrides the format guessed from the file name.
  std::optional<Format> format;
};

Result<Document> LoadFile(const std::string& path, const LoadOptions& options);
// `path` only names the document in diagnostics.
Result<Document> LoadBytes(const std::string& path, std::string bytes, const LoadOptions& options);

// What a directory walk leaves out (load/walk.h has the rules).
struct WalkOptions {
  std::vector<std::string> exclude;      // --exclude globs
  std::vector<std::string> own_outputs;  // files this run writes: never read
};

// Expands directories (recursively, sorted by path) into the article files
// below them (.md .markdown .txt .html .htm), skipping hidden entries, what
// .gitignore ignores, the --exclude globs and the run's own outputs (see
// load/walk.h). Missing paths become diagnostics.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     const WalkOptions& options, DiagSink& sink);
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths, DiagSink& sink);

// A name a directory walk reads: .md .markdown .txt .html .htm, any case.
bool IsArticleFileName(const std::string& path);

// A load error naming the file (no position).
Diagnostic MakeLoadError(const std::string& path, std::string code, std::string message);

Format GuessFormat(const std::string& path, std::string_view bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_LOAD_LOAD_H_
