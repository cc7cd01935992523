#include "base/glob.h"

#include <algorithm>
#include <vector>

namespace crosscheck {
namespace {

// Length of the bracket expression starting at pattern[p] == '[', or 0 when
// it is not closed (then '[' is an ordinary character).
size_t BracketLength(std::string_view pattern, size_t p) {
  size_t q = p + 1;
  if (q < pattern.size() && (pattern[q] == '!' || pattern[q] == '^')) ++q;
  if (q < pattern.size() && pattern[q] == ']') ++q;  // "[]a]" holds ']'
  while (q < pattern.size() && pattern[q] != ']') ++q;
  return q < pattern.size() ? q - p + 1 : 0;
}

// set is a whole bracket expression, "[...]". Never matches '/'.
bool InBracket(std::string_view set, char c) {
  size_t q = 1, end = set.size() - 1;
  bool negate = set[q] == '!' || set[q] == '^';
  if (negate) ++q;
  bool found = false;
  for (; q < end; ++q) {
    if (q + 2 < end && set[q + 1] == '-') {
      found = found || (set[q] <= c && c <= set[q + 2]);
      q += 2;
    } else {
      found = found || set[q] == c;
    }
  }
  return c != '/' && found != negate;
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view text) {
  // reach[t]: the pattern read so far can match text[0, t). Each pattern
  // element maps reach to next in one pass: O(pattern x text) in all.
  const size_t n = text.size();
  std::vector<char> reach(n + 1, 0), next(n + 1, 0);
  reach[0] = 1;
  for (size_t p = 0; p < pattern.size();) {
    std::fill(next.begin(), next.end(), 0);
    const char c = pattern[p];
    size_t first = std::find(reach.begin(), reach.end(), 1) - reach.begin();
    if (first > n) return false;
    if (c == '*' && p + 1 < pattern.size() && pattern[p + 1] == '*') {
      if (p + 2 < pattern.size() && pattern[p + 2] == '/') {
        // "**/": no directory, or any run of them ending in '/'.
        for (size_t t = 0; t <= n; ++t) next[t] = reach[t] || (t > first && text[t - 1] == '/');
        p += 3;
      } else {  // "**": anything, '/' included
        for (size_t t = first; t <= n; ++t) next[t] = 1;
        p += 2;
      }
    } else if (c == '*') {  // anything within one path segment
      bool open = false;
      for (size_t t = 0; t <= n; ++t) {
        open = open || reach[t];
        next[t] = open;
        if (t < n && text[t] == '/') open = false;
      }
      p += 1;
    } else {
      size_t len = 1;
      std::string_view set;
      char want = c;
      if (c == '\\' && p + 1 < pattern.size()) {
        want = pattern[p + 1], len = 2;
      } else if (c == '[') {
        if (size_t b = BracketLength(pattern, p)) set = pattern.substr(p, b), len = b;
      }
      for (size_t t = 0; t < n; ++t) {
        if (!reach[t]) continue;
        bool ok = !set.empty()           ? InBracket(set, text[t])
                  : c == '?' && len == 1 ? text[t] != '/'
                                         : text[t] == want;
        if (ok) next[t + 1] = 1;
      }
      p += len;
    }
    reach.swap(next);
  }
  return reach[n] != 0;
}

}  // namespace crosscheck
