// base/span: a half-open byte range into one file.
//
// Offsets, not pointers: a Span survives copies, JSON and the death of the
// buffer it was taken from, and any Span can become file:line:col through the
// file's LineIndex. Which file a Span points into (original bytes or
// normalized text) is stated by whoever holds it.
#ifndef CROSSCHECK_BASE_SPAN_H_
#define CROSSCHECK_BASE_SPAN_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
  friend bool operator!=(Span a, Span b) { return !(a == b); }
};

// For each of `items`, whether it lies inside one of `regions`. Both
// ascending; regions do not overlap.
inline std::vector<bool> InsideRegions(const std::vector<Span>& items,
                                       const std::vector<Span>& regions) {
  std::vector<bool> in(items.size(), false);
  size_t r = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    while (r < regions.size() && regions[r].end < items[i].end) ++r;
    in[i] = r < regions.size() && regions[r].begin <= items[i].begin;
  }
  return in;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_SPAN_H_
