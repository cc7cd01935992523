#include "base/diag.h"

#include <algorithm>
#include <string>

#include "base/utf8.h"

namespace crosscheck {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

void Diagnostic::QuoteLine(std::string_view text, size_t at) {
  constexpr size_t kSide = 80;  // bytes kept on each side of the problem
  at = std::min(at, text.size());
  auto boundary = [&](size_t k) {
    return k >= text.size() || (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
  };
  size_t from = at > kSide ? at - kSide : 0;
  while (from < at && !boundary(from)) ++from;
  size_t to = std::min(text.size(), at + kSide);
  while (to > at && !boundary(to)) --to;
  const char* kEllipsis = "\xE2\x80\xA6";  // U+2026
  source_line.clear();
  if (from > 0) source_line += kEllipsis;
  source_line.append(text.substr(from, to - from));
  if (to < text.size()) source_line += kEllipsis;
  caret_column = static_cast<int>(utf8::CountCodePoints(text.substr(from, at - from))) + 1 +
                 (from > 0 ? 1 : 0);
}

void Diagnostic::QuoteLineAtColumn(std::string_view text) {
  size_t at = 0;
  for (int c = 1; c < column && at < text.size(); ++c) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  QuoteLine(text, at);
}

std::string Diagnostic::Render() const {
  // For a terminal: control and bidi characters from a file show as escapes
  // (utf8::Visible), so a quoted article cannot rewrite the screen.
  std::string out;
  if (!path.empty()) {
    out += utf8::Visible(path, true);
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column > 0 ? column : 1);
    out += ": ";
  }
  out += SeverityName(severity);
  out += ": ";
  out += utf8::Visible(message, true);
  if (!source_line.empty() && line > 0) {
    // The caret stays under its character when escapes widen the text before it.
    size_t split = 0;
    for (int c = 1; c < (caret_column > 0 ? caret_column : column) && split < source_line.size();
         ++c) {
      ++split;
      while (split < source_line.size() &&
             (static_cast<unsigned char>(source_line[split]) & 0xC0) == 0x80)
        ++split;
    }
    std::string before = utf8::Visible(std::string_view(source_line).substr(0, split));
    std::string num = std::to_string(line);
    out += "\n " + num + " | " + before +
           utf8::Visible(std::string_view(source_line).substr(split)) + "\n " +
           std::string(num.size(), ' ') + " | ";
    out += std::string(utf8::CountCodePoints(before), ' ');
    out += '^';
  }
  return out;
}

bool DiagSink::HasErrors() const {
  for (const auto& d : items_)
    if (d.severity == Severity::kError) return true;
  return false;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace crosscheck
