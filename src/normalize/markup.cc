// The character references HTML and Markdown share, and plain text.
// Markdown is parsed with md4c (markdown.cc), HTML with gumbo (html.cc).
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "base/utf8.h"
#include "normalize/text_sink.h"

namespace crosscheck {
namespace {

struct NamedEntity {
  std::string_view name;  // without '&' and ';'
  std::string_view value;
  bool legacy;  // HTML also decodes it without the ';' ("&copy 2024")
};
// Sorted by name (bytes), for binary search.
constexpr NamedEntity kEntities[] = {
#include "normalize/html_entities.inc"
};

const NamedEntity* FindEntity(std::string_view name) {
  auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                             [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kEntities) && it->name == name ? it : nullptr;
}

// The numeric reference "&#233;" / "&#xE9;" at bytes[pos]: its length, or 0.
size_t DecodeNumeric(std::string_view bytes, size_t pos, size_t end, std::string* out) {
  size_t semi = bytes.find(';', pos);
  if (semi == std::string_view::npos || semi >= end || semi - pos > 12) return 0;
  std::string_view body = bytes.substr(pos + 2, semi - pos - 2);
  bool hex = !body.empty() && (body[0] == 'x' || body[0] == 'X');
  std::string_view digits = body.substr(hex ? 1 : 0);
  if (digits.empty()) return 0;
  char32_t cp = 0;
  for (char c : digits) {
    int v;
    if (c >= '0' && c <= '9')
      v = c - '0';
    else if (hex && c >= 'a' && c <= 'f')
      v = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F')
      v = c - 'A' + 10;
    else
      return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
    if (cp > 0x10FFFF) return 0;
  }
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  utf8::Append(*out, cp);
  return semi - pos + 1;
}

// Decodes the character reference at bytes[pos] ('&'): every HTML5 name
// with its ';', and, where `legacy` (HTML text), the old names HTML also
// reads without one, longest first ("&copy 2024", "&notin" is one name).
// Returns its length (0 if it is not one) and appends the text to *out.
size_t DecodeEntity(std::string_view bytes, size_t pos, size_t end, std::string* out,
                    bool legacy = false) {
  if (pos + 1 >= end) return 0;
  if (bytes[pos + 1] == '#') return DecodeNumeric(bytes, pos, end, out);
  size_t n = pos + 1;
  while (n < end && n - pos <= 32 && std::isalnum(static_cast<unsigned char>(bytes[n]))) ++n;
  std::string_view name = bytes.substr(pos + 1, n - pos - 1);
  if (name.empty()) return 0;
  if (n < end && bytes[n] == ';')
    if (const NamedEntity* e = FindEntity(name)) {
      out->append(e->value);
      return name.size() + 2;
    }
  if (!legacy) return 0;
  for (size_t len = std::min<size_t>(name.size(), 6); len >= 2; --len)  // legacy names are short
    if (const NamedEntity* e = FindEntity(name.substr(0, len)); e && e->legacy) {
      out->append(e->value);
      return len + 1;
    }
  return 0;
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '&') {
      size_t len = DecodeEntity(html, i, html.size(), &out);
      if (len > 0) {
        i += len - 1;
        continue;
      }
    }
    out += html[i];
  }
  return out;
}

void TextWithEntities(std::string_view bytes, uint32_t begin, uint32_t end, TextSink& sink,
                      bool legacy) {
  uint32_t run = begin;
  for (uint32_t i = begin; i < end; ++i) {
    const void* amp = std::memchr(bytes.data() + i, '&', end - i);
    if (!amp) break;
    i = static_cast<uint32_t>(static_cast<const char*>(amp) - bytes.data());
    std::string decoded;
    size_t len = DecodeEntity(bytes, i, end, &decoded, legacy);
    if (len == 0) continue;
    if (i > run) sink.Text(run, i);
    sink.Replace(i, static_cast<uint32_t>(i + len), decoded);
    i += static_cast<uint32_t>(len) - 1;
    run = i + 1;
  }
  if (end > run) sink.Text(run, end);
}

void StripText(std::string_view, Span body, TextSink& sink) { sink.Text(body.begin, body.end); }

}  // namespace crosscheck
