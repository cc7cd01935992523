// load/front_matter: the metadata block at the top of a file.
//
// Internal to load/. Two forms, as static-site generators write them: TOML
// between "+++" lines (Hugo) and YAML between "---" lines, closed by "---"
// or "..." (Jekyll, Hugo, Eleventy, Astro), and JSON as an object whose
// "{" opens the file and whose "}" ends a line (Hugo). Keys: title, source, url,
// published (a date, "YYYY-MM-DD", or a date and time), lang, currency,
// date_order, and their common names in those generators (date,
// publishDate, pubDate, publisher, permalink, language, ...). Other keys are
// kept in Metadata::extra; one within two edits of a key of ours is a
// warning with a suggestion (Metadata::warnings), so a typo ("publshed")
// never silently drops the date that anchors every relative expression. A
// wrong type for a known key is an error at its position, and so is a block
// that opens and never closes (its keys would otherwise be read as prose).
#ifndef CROSSCHECK_LOAD_FRONT_MATTER_H_
#define CROSSCHECK_LOAD_FRONT_MATTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/diag.h"
#include "load/load.h"

namespace crosscheck {

enum class FrontMatterSyntax { kNone, kToml, kYaml, kJson };

struct FrontMatterBlock {
  FrontMatterSyntax syntax = FrontMatterSyntax::kNone;
  Span text;                // the block between its fences
  uint32_t body_begin = 0;  // first byte after the closing fence line
};

// Finds a front matter block at the start of bytes (after an optional BOM).
// Returns false with *error set when a block opens and never closes. A
// "---" line that opens no "key: value" line is a Markdown rule, not a block.
// "---" lines around a list or bare text are read as article text, with a
// warning in *warnings.
bool FindFrontMatter(const std::string& path, std::string_view bytes, FrontMatterBlock* block,
                     Diagnostic* error, std::vector<Diagnostic>* warnings);

// Parses the block into meta. Errors carry path:line:col in the ORIGINAL file.
bool ParseFrontMatter(const std::string& path, std::string_view bytes,
                      const FrontMatterBlock& block, Metadata* meta, Diagnostic* error);

}  // namespace crosscheck

#endif  // CROSSCHECK_LOAD_FRONT_MATTER_H_
