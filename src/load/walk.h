// load/walk: command-line paths -> the article files to read, in path order.
//
// Internal to load/ (load.h declares ExpandPaths). A named file is read
// whatever its name; "-" is standard input. A directory is walked:
//   - only .md .markdown .txt .html .htm files;
//   - hidden entries (a name starting with '.') are skipped, folders included;
//   - .gitignore files are honoured as git reads them (the last matching
//     pattern wins, "!" re-includes, a trailing '/' names folders only, a '/'
//     elsewhere anchors to the .gitignore's folder, "**" spans folders), from
//     the enclosing repository's root (the nearest folder above holding
//     .git) down; without a repository, from the walked folder down;
//   - --exclude globs (base/glob.h) match the path relative to the walked
//     folder, the path as printed, or, for a pattern without '/', the name;
//   - symlinked folders are not entered (no loops); symlinked files are read;
//   - the run's own outputs (-o) are never read, walked or named.
// What was left out by .gitignore or --exclude is counted in a note.
#ifndef CROSSCHECK_LOAD_WALK_H_
#define CROSSCHECK_LOAD_WALK_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// One .gitignore line, compiled.
struct IgnoreRule {
  std::string pattern;
  std::string base;  // the .gitignore's folder relative to the top, "" or "a/b/"
  bool negate = false, dir_only = false, anchored = false;
};

// Rules of one .gitignore text found in folder `base`.
std::vector<IgnoreRule> ParseGitignore(std::string_view text, const std::string& base);

// Whether rel (relative to the top, '/'-separated) is ignored by the rules.
bool Ignored(const std::vector<IgnoreRule>& rules, std::string_view rel, bool is_dir);

}  // namespace crosscheck

#endif  // CROSSCHECK_LOAD_WALK_H_
