// base/utf8: byte-level UTF-8 helpers. No allocation, no ICU.
#ifndef CROSSCHECK_BASE_UTF8_H_
#define CROSSCHECK_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace crosscheck::utf8 {

// Returns the offset of the first byte that is not part of well-formed UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed),
// or text.size() when all of it is valid.
size_t FindInvalid(std::string_view text);

// Decodes the code point at text[pos] (which must be valid UTF-8) and stores
// its byte length in *len. Returns U+FFFD and len 1 on a malformed sequence.
char32_t Decode(std::string_view text, size_t pos, int* len);

// The first offset in [begin, end) whose byte is not ASCII, else end. Reads
// eight bytes at a time: most article text is long ASCII runs.
inline uint32_t AsciiPrefixEnd(std::string_view text, uint32_t begin, uint32_t end) {
  uint32_t i = begin;
  while (i + 8 <= end) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < end && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// Number of code points in text (counts lead bytes).
size_t CountCodePoints(std::string_view text);

// Article text made safe for a terminal: C0 controls but tab and newline, DEL,
// C1 controls and the bidirectional controls (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069) become visible escapes ("\x1b", "<U+202E>"),
// so text cannot move the cursor, retitle the window or reverse figures.
// With one_line, a newline is shown as "\n" too: for formats where a line is
// a record (path:line:col lines, logs), so text cannot start a forged one.
std::string Visible(std::string_view text, bool one_line = false);
// The code points Visible shows as escapes: C1 controls and the
// bidirectional controls.
bool IsHiddenControl(char32_t cp);

// Appends the UTF-8 encoding of cp.
template <typename String>
void Append(String& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace crosscheck::utf8

#endif  // CROSSCHECK_BASE_UTF8_H_
