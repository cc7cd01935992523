#include "recognize/tokenize.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace crosscheck {
namespace {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

// Letters outside ASCII (Vietnamese, accented names) are word characters;
// currency signs and other symbols are not.
bool IsWordCodePoint(char32_t cp) {
  return u_isalpha(static_cast<UChar32>(cp)) || u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK;
}

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  out->clear();
  uint32_t i = span.begin;
  const uint32_t end = span.end;
  bool space = true;
  while (i < end) {
    char c = text[i];
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    Token t{i, i, TokenType::kSymbol, space, false};
    space = false;
    if (IsDigit(c)) {
      uint32_t j = i + 1;
      while (j < end) {
        if (IsDigit(text[j])) ++j;
        else if ((text[j] == ',' || text[j] == '.') && j + 1 < end && IsDigit(text[j + 1])) j += 2;
        else break;
      }
      t.type = TokenType::kNumber;
      t.end = j;
    } else if (IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80) {
      uint32_t j = i;
      bool any = false;
      while (j < end) {
        char d = text[j];
        if (IsAsciiAlpha(d)) {
          ++j;
          any = true;
          continue;
        }
        if (static_cast<unsigned char>(d) < 0x80) break;
        int len = 1;
        char32_t cp = utf8::Decode(text, j, &len);
        if (!IsWordCodePoint(cp)) break;
        j += static_cast<uint32_t>(len);
        any = true;
      }
      if (any) {
        t.type = TokenType::kWord;
        t.end = j;
        t.upper_initial = (c >= 'A' && c <= 'Z');
      } else {
        int len = 1;
        utf8::Decode(text, i, &len);
        t.end = i + static_cast<uint32_t>(len);
      }
    } else {
      t.end = i + 1;
    }
    out->push_back(t);
    i = t.end;
  }
}

}  // namespace crosscheck
