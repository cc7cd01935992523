// base/line_index: byte offset -> 1-based line and column of one file.
//
// Built once per file at load time (one pass, one uint32 per line, and one
// column mark every kMarkStride bytes of a long line). Columns count Unicode
// code points from the line start, as the report contract says. At() counts
// from the nearest mark, so any lookup costs at most kMarkStride bytes and a
// report on a 50 MB single-line file stays linear; a Cursor does lookups in
// document order incrementally.
#ifndef CROSSCHECK_BASE_LINE_INDEX_H_
#define CROSSCHECK_BASE_LINE_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck {

struct LineCol {
  int line = 1;
  int column = 1;
};

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  // REQUIRES: text is the text this index was built from (it is not kept, so
  // the index may be moved with the buffer that owns the text).
  LineCol At(std::string_view text, uint32_t offset) const;
  // The text of the 1-based line, without its line terminator.
  std::string_view Line(std::string_view text, int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

  // Monotonic lookups: each At() must not go backwards (it restarts if it does).
  class Cursor {
   public:
    Cursor(const LineIndex& index, std::string_view text) : index_(&index), text_(text) {}
    LineCol At(uint32_t offset);

   private:
    const LineIndex* index_;
    std::string_view text_;
    uint32_t offset_ = 0;
    size_t line_ = 0;  // 0-based
    int column_ = 1;
  };

 private:
  static constexpr uint32_t kMarkStride = 4096;
  struct Mark {
    uint32_t offset;  // a byte offset inside a long line
    uint32_t column;  // code points from the line start to it
  };
  std::vector<uint32_t> starts_;  // byte offset of each line start
  std::vector<Mark> marks_;       // in offset order
};

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_LINE_INDEX_H_
