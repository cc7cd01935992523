// base/glob: shell-style patterns over '/'-separated paths, as .gitignore
// and --exclude write them.
//
//   *      any run of characters except '/'
//   **     any run of characters, '/' included ("drafts/**", "**/tmp")
//   ?      one character except '/'
//   [abc]  [a-z]  [!abc]   one character of (or not of) a set
//   \x     the character x itself
// Matching is on bytes (UTF-8 passes through: '*' spans whole characters,
// '?' one byte) and costs O(pattern x text) at worst: no backtracking blowup.
#ifndef CROSSCHECK_BASE_GLOB_H_
#define CROSSCHECK_BASE_GLOB_H_

#include <string_view>

namespace crosscheck {

bool GlobMatch(std::string_view pattern, std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_GLOB_H_
