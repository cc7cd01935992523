// load/front_matter: the TOML block between "+++" lines at the top of a file.
//
// Internal to load/. Keys: title, source, url, published (TOML date or
// "YYYY-MM-DD"), lang, currency, date_order, and their common names in
// static-site generators (date, publishDate, publisher, permalink, language,
// ...). Other keys are kept in Metadata::extra; one within two edits of a
// key of ours is a warning with a suggestion (Metadata::warnings), so a typo
// ("publshed") never silently drops the date that anchors every relative
// expression. A wrong type for a known key is an error at its position.
#ifndef CROSSCHECK_LOAD_FRONT_MATTER_H_
#define CROSSCHECK_LOAD_FRONT_MATTER_H_

#include <string>
#include <string_view>

#include "base/diag.h"
#include "load/load.h"

namespace crosscheck {

// Finds a front matter block at the start of bytes (after an optional BOM).
// On success sets *toml to the TOML text, *toml_offset to where it starts
// and *body_begin to the first byte after the closing "+++" line.
bool FindFrontMatter(std::string_view bytes, Span* toml, uint32_t* body_begin);

// Parses the TOML into meta. Errors carry path:line:col in the ORIGINAL file.
bool ParseFrontMatter(const std::string& path, std::string_view bytes, Span toml, Metadata* meta,
                      Diagnostic* error);

// Edit distance for "did you mean" hints.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace crosscheck

#endif  // CROSSCHECK_LOAD_FRONT_MATTER_H_
