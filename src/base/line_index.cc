#include "base/line_index.h"

#include <algorithm>
#include <cstring>

#include "base/utf8.h"

namespace crosscheck {

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  const char* base = text.data();
  const char* p = base;
  const char* end = base + text.size();
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    const char* line_end = nl ? static_cast<const char*>(nl) : end;
    // Marks inside a long line, so that At() never counts more than a stride.
    uint32_t column = 0;
    for (const char* m = p + kMarkStride; m < line_end; m += kMarkStride) {
      column += static_cast<uint32_t>(
          utf8::CountCodePoints(std::string_view(m - kMarkStride, kMarkStride)));
      marks_.push_back(Mark{static_cast<uint32_t>(m - base), column});
    }
    if (!nl) break;
    p = line_end + 1;
    starts_.push_back(static_cast<uint32_t>(p - base));
  }
}

LineCol LineIndex::At(std::string_view text, uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin()) - 1;
  uint32_t start = starts_[line];
  uint32_t stop = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  uint32_t from = start, column = 0;
  auto mark = std::upper_bound(marks_.begin(), marks_.end(), stop,
                               [](uint32_t o, const Mark& m) { return o < m.offset; });
  if (mark != marks_.begin() && std::prev(mark)->offset > start) {
    from = std::prev(mark)->offset;
    column = std::prev(mark)->column;
  }
  LineCol lc;
  lc.line = static_cast<int>(line) + 1;
  lc.column = 1 + static_cast<int>(column) +
              static_cast<int>(utf8::CountCodePoints(text.substr(from, stop - from)));
  return lc;
}

std::string_view LineIndex::Line(std::string_view text, int line) const {
  if (line < 1 || line > line_count()) return {};
  uint32_t start = starts_[static_cast<size_t>(line - 1)];
  uint32_t stop = static_cast<size_t>(line) < starts_.size() ? starts_[static_cast<size_t>(line)]
                                                             : static_cast<uint32_t>(text.size());
  std::string_view s = text.substr(start, stop - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

LineCol LineIndex::Cursor::At(uint32_t offset) {
  const auto& starts = index_->starts_;
  if (offset < offset_) {  // went backwards: restart from the line start
    LineCol lc = index_->At(text_, offset);
    line_ = static_cast<size_t>(lc.line - 1);
    column_ = lc.column;
    offset_ = offset;
    return lc;
  }
  if (line_ + 1 < starts.size() && offset >= starts[line_ + 1]) {
    auto it = std::upper_bound(starts.begin() + static_cast<long>(line_), starts.end(), offset);
    line_ = static_cast<size_t>(it - starts.begin()) - 1;
    offset_ = starts[line_];
    column_ = 1;
  }
  uint32_t stop = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  if (stop > offset_)
    column_ += static_cast<int>(utf8::CountCodePoints(text_.substr(offset_, stop - offset_)));
  offset_ = std::max(offset_, stop);
  return LineCol{static_cast<int>(line_) + 1, column_};
}

}  // namespace crosscheck
