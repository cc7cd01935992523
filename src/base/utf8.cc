#include "base/utf8.h"

#include <cstdio>
#include <cstring>

namespace crosscheck::utf8 {

size_t FindInvalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);  // one load; byte order does not matter here
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if (!IsContinuation(s[i + k])) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return n;
}

char32_t Decode(std::string_view text, size_t pos, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char c = s[pos];
  int n;
  char32_t cp;
  if (c < 0x80) {
    *len = 1;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (pos + static_cast<size_t>(n) > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k < n; ++k) {
    if (!IsContinuation(s[pos + static_cast<size_t>(k)])) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (s[pos + static_cast<size_t>(k)] & 0x3F);
  }
  *len = n;
  return cp;
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (char ch : text)
    if (!IsContinuation(static_cast<unsigned char>(ch))) ++count;
  return count;
}

bool IsHiddenControl(char32_t cp) {
  return (cp >= 0x80 && cp < 0xa0) || cp == 0x61c || cp == 0x200e || cp == 0x200f ||
         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string Visible(std::string_view text, bool one_line) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (one_line && c == '\n') {
        out += "\\n";
      } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    int len = 1;
    char32_t cp = Decode(text, i, &len);
    if (IsHiddenControl(cp)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(text.substr(i, static_cast<size_t>(len)));
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

}  // namespace crosscheck::utf8
