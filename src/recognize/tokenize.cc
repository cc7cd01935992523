#include "recognize/tokenize.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace crosscheck {
namespace {

// One table lookup per byte instead of a chain of comparisons: the tokenizer
// touches every byte of the text.
enum ByteClass : uint8_t { kOther = 0, kSpace = 1, kDigit = 2, kAlpha = 4, kHigh = 8 };
constexpr struct ByteClasses {
  uint8_t of[256] = {};
  constexpr ByteClasses() {
    for (int c = '0'; c <= '9'; ++c) of[c] = kDigit;
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kAlpha;
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = kAlpha;
    for (char c : {' ', '\n', '\r', '\t', '\f', '\v'}) of[static_cast<unsigned char>(c)] = kSpace;
    for (int c = 0x80; c < 0x100; ++c) of[c] = kHigh;
  }
} kByteClasses;

inline uint8_t ClassOf(char c) { return kByteClasses.of[static_cast<unsigned char>(c)]; }
inline bool IsDigit(char c) { return ClassOf(c) == kDigit; }
inline bool IsAsciiAlpha(char c) { return ClassOf(c) == kAlpha; }
inline bool IsSpace(char c) { return ClassOf(c) == kSpace; }

// Letters outside ASCII (accented letters of any language) are word characters;
// currency signs and other symbols are not.
bool IsWordCodePoint(char32_t cp) {
  return u_isalpha(static_cast<UChar32>(cp)) ||
         u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) ==
             U_NON_SPACING_MARK;
}

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* out, NumberMarks marks) {
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
    bool leading_dot = c == marks.decimal && i + 1 < end && IsDigit(text[i + 1]) &&
                       (i == span.begin || !IsDigit(text[i - 1]));
    if (IsDigit(c) || leading_dot) {
      // Digits with thousands groups (",ddd") and one decimal point. A second
      // point ("192.168.1.2", "1.2.3") makes it a dotted sequence: each group
      // becomes its own number and the dots symbols.
      uint32_t j = leading_dot ? i + 2 : i + 1;
      int dots = leading_dot ? 1 : 0;
      while (j < end) {
        if (IsDigit(text[j])) {
          ++j;
        } else if (text[j] == marks.group && j + 3 < end && IsDigit(text[j + 1]) &&
                   IsDigit(text[j + 2]) && IsDigit(text[j + 3]) &&
                   (j + 4 >= end || !IsDigit(text[j + 4])) && dots == 0) {
          j += 4;
        } else if (text[j] == marks.decimal && j + 1 < end && IsDigit(text[j + 1])) {
          ++dots;
          j += 2;
        } else {
          break;
        }
      }
      // Scientific notation: "1e10", "1.3e6", "12.32e+14" (not "5eggs").
      if (dots < 2 && j + 1 < end && (text[j] == 'e' || text[j] == 'E')) {
        uint32_t k = j + 1;
        if (k < end && (text[k] == '+' || text[k] == '-')) ++k;
        uint32_t digits_from = k;
        while (k < end && IsDigit(text[k])) ++k;
        if (k > digits_from && k - digits_from <= 3 && (k >= end || !IsAsciiAlpha(text[k]))) j = k;
      }
      if (dots >= 2 && !leading_dot) {
        uint32_t k = i;
        bool first = true;
        while (k < j) {
          uint32_t e = k;
          while (e < j && IsDigit(text[e])) ++e;
          out->push_back(Token{k, e, TokenType::kNumber, first ? t.space_before : false, false});
          first = false;
          if (e < j) out->push_back(Token{e, e + 1, TokenType::kSymbol, false, false});
          k = e + 1;
        }
        i = j;
        continue;
      }
      t.type = TokenType::kNumber;
      t.end = j;
    } else if (ClassOf(c) & (kAlpha | kHigh)) {
      uint32_t j = i;
      while (j < end && IsAsciiAlpha(text[j])) ++j;
      bool any = j > i;
      while (j < end) {
        char d = text[j];
        if (IsAsciiAlpha(d)) {
          ++j;
          continue;
        }
        if (ClassOf(d) != kHigh) break;
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
