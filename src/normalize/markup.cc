// The Markdown stripper and the character references both markups share.
// The Markdown reader is a small recognizer of the markup news articles
// carry, not a full parser: what it does not recognize is kept as text, so
// nothing an author wrote is lost. HTML is parsed with gumbo (html.cc).
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

namespace {

bool IsAlnumByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

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

namespace {

// Finds the ')' closing a Markdown link destination that starts at pos.
size_t FindCloseParen(std::string_view s, size_t pos, size_t end) {
  int depth = 0;
  for (size_t i = pos; i < end; ++i) {
    if (s[i] == '(')
      ++depth;
    else if (s[i] == ')' && --depth == 0)
      return i;
  }
  return std::string_view::npos;
}

size_t FindCloseBracket(std::string_view s, size_t pos, size_t end) {
  int depth = 0;
  for (size_t i = pos; i < end; ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == '[')
      ++depth;
    else if (s[i] == ']' && --depth == 0)
      return i;
  }
  return std::string_view::npos;
}

// Does any of the 8 bytes at p equal one that can start inline Markdown
// syntax (! [ < \ * ` | _)? The classic "has zero byte" test per candidate.
inline bool MaybeMarkdownSyntax(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  uint64_t found = 0;
  for (unsigned char c : {'!', '[', '<', '\\', '*', '`', '|', '_'}) {
    uint64_t x = w ^ (kOnes * c);
    found |= (x - kOnes) & ~x & kHighs;
  }
  return found != 0;
}

void MarkdownInline(std::string_view s, uint32_t begin, uint32_t end, TextSink& sink) {
  uint32_t run = begin;
  auto flush = [&](uint32_t upto) {
    if (upto > run) TextWithEntities(s, run, upto, sink);
  };
  // Bytes that can start Markdown syntax; everything else is copied in runs.
  static const auto kSpecial = [] {
    std::array<bool, 256> t{};
    for (unsigned char ch : std::string_view("![<\\*`|_")) t[ch] = true;
    return t;
  }();
  for (uint32_t i = begin; i < end;) {
    // Eight bytes at a time while none of them can start syntax.
    while (i + 8 <= end && !MaybeMarkdownSyntax(s.data() + i)) i += 8;
    if (i >= end) break;
    char c = s[i];
    if (!kSpecial[static_cast<unsigned char>(c)]) {
      ++i;
      continue;
    }
    if (c == '!' && i + 1 < end && s[i + 1] == '[') {
      size_t close = FindCloseBracket(s, i + 1, end);
      if (close != std::string_view::npos && close + 1 < end && s[close + 1] == '(') {
        size_t paren = FindCloseParen(s, close + 1, end);
        if (paren != std::string_view::npos) {
          flush(i);
          sink.Space(i, static_cast<uint32_t>(paren + 1));  // images carry no article text
          i = run = static_cast<uint32_t>(paren + 1);
          continue;
        }
      }
    } else if (c == '[' && i + 1 < end && s[i + 1] == '^') {
      // A footnote marker "[^1]", or the label "[^1]:" of its note, is no
      // figure of the text; the note's text stays.
      size_t close = s.find(']', i);
      if (close != std::string_view::npos && close < end && close - i <= 32) {
        uint32_t stop = static_cast<uint32_t>(close + 1);
        if (stop < end && s[stop] == ':') ++stop;
        flush(i);
        sink.Space(i, stop);
        i = run = stop;
        continue;
      }
      ++i;
      continue;
    } else if (c == '[') {
      size_t close = FindCloseBracket(s, i, end);
      if (close != std::string_view::npos && close + 1 < end && s[close + 1] == '(') {
        size_t paren = FindCloseParen(s, close + 1, end);
        if (paren != std::string_view::npos) {
          flush(i);
          MarkdownInline(s, i + 1, static_cast<uint32_t>(close), sink);
          i = run = static_cast<uint32_t>(paren + 1);
          continue;
        }
      }
    } else if (c == '<' && s.compare(i, 4, "<!--") == 0) {
      // A comment within a line; one that runs on is StripMarkdown's.
      size_t close = s.find("-->", i + 4);
      uint32_t stop = close == std::string_view::npos || close + 3 > end
                          ? end
                          : static_cast<uint32_t>(close + 3);
      flush(i);
      sink.Space(i, stop);
      i = run = stop;
      continue;
    } else if (c == '<' && i + 1 < end &&
               (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
      size_t gt = s.find('>', i);
      if (gt != std::string_view::npos && gt < end) {
        flush(i);
        i = run = static_cast<uint32_t>(gt + 1);
        continue;
      }
    } else if (c == '\\' && i + 1 < end && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      flush(i);
      sink.Text(i + 1, i + 2);
      i = run = i + 2;
      continue;
    } else if (c == '`') {
      // A code span is code, not prose: "`x = 5`" goes whole, up to the
      // backtick run of the same length (CommonMark); unmatched, the
      // backticks alone go.
      uint32_t j = i;
      while (j < end && s[j] == '`') ++j;
      std::string_view fence = s.substr(i, j - i);
      size_t close = s.find(fence, j);
      while (close != std::string_view::npos && close + fence.size() < end &&
             s[close + fence.size()] == '`')
        close = s.find(fence, close + fence.size() + 1);
      flush(i);
      if (close != std::string_view::npos && close + fence.size() <= end) {
        sink.Space(i, static_cast<uint32_t>(close + fence.size()));
        i = run = static_cast<uint32_t>(close + fence.size());
      } else {
        i = run = j;
      }
      continue;
    } else if (c == '*' || c == '|' ||
               (c == '_' &&
                (i == begin || !IsAlnumByte(s[i - 1]) || i + 1 >= end || !IsAlnumByte(s[i + 1])))) {
      flush(i);
      uint32_t j = i;
      while (j < end && s[j] == c) ++j;
      if (c == '|') sink.Space(i, j);
      i = run = j;
      continue;
    }
    ++i;
  }
  flush(end);
}

bool IsBlankLine(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// Length of a block marker at the start of line (heading, quote, list item),
// or 0. Sets *new_block when the marker opens a block of its own.
size_t BlockMarker(std::string_view line, bool* new_block) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  size_t start = i;
  *new_block = false;
  if (i < line.size() && line[i] == '#') {
    size_t j = i;
    while (j < line.size() && line[j] == '#') ++j;
    if (j - i <= 6 && (j == line.size() || line[j] == ' ')) {
      *new_block = true;
      while (j < line.size() && line[j] == ' ') ++j;
      return j;
    }
  }
  size_t q = i;
  while (q < line.size() && line[q] == '>') {
    ++q;
    while (q < line.size() && line[q] == ' ') ++q;
  }
  if (q > i) i = q;
  if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') &&
      line[i + 1] == ' ') {
    *new_block = true;
    return i + 2;
  }
  size_t d = i;
  while (d < line.size() && d - i < 9 && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') {
    *new_block = true;
    return d + 2;
  }
  return i > start ? i : 0;
}

bool IsRuleOrTableSeparator(std::string_view line) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.remove_suffix(1);
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  if (t.size() < 3) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return c == '-' || c == '*' || c == '_' || c == '|' || c == ':' || c == ' ' || c == '=';
  });
}

// A line opening an HTML block whose content is never prose: <script>,
// <style>, <template>, <noscript> (case-insensitive). Sets *close.
bool StartsRawBlock(std::string_view line, std::string_view* close) {
  static const std::pair<const char*, const char*> kRaw[] = {{"<script", "</script>"},
                                                             {"<style", "</style>"},
                                                             {"<template", "</template>"},
                                                             {"<noscript", "</noscript>"}};
  for (const auto& [open, end] : kRaw) {
    size_t n = std::strlen(open);
    if (line.size() < n) continue;
    bool same = true;
    for (size_t k = 0; k < n && same; ++k)
      same = std::tolower(static_cast<unsigned char>(line[k])) == open[k];
    if (same && (line.size() == n || line[n] == '>' || line[n] == ' ')) {
      *close = end;
      return true;
    }
  }
  return false;
}

}  // namespace

void StripText(std::string_view, Span body, TextSink& sink) { sink.Text(body.begin, body.end); }

void StripMarkdown(std::string_view s, Span body, TextSink& sink) {
  uint32_t pos = body.begin;
  bool in_paragraph = false;
  bool in_fence = false;
  std::string_view raw_end;  // inside a comment or raw block: what closes it
  uint32_t prev_newline = 0;
  while (pos < body.end) {
    size_t nl = s.find('\n', pos);
    uint32_t line_end =
        nl == std::string_view::npos || nl >= body.end ? body.end : static_cast<uint32_t>(nl);
    uint32_t next = line_end < body.end ? line_end + 1 : body.end;
    std::string_view line = s.substr(pos, line_end - pos);
    uint32_t content_end = line_end;
    if (content_end > pos && s[content_end - 1] == '\r') --content_end;
    std::string_view trimmed = line;
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
    if (!in_fence && !raw_end.empty()) {
      // Inside an HTML comment or a <script>/<style> block: not article text.
      size_t close = line.find(raw_end);
      if (close != std::string_view::npos) {
        uint32_t after = pos + static_cast<uint32_t>(close + raw_end.size());
        raw_end = {};
        sink.Break(pos, after);
        if (after < content_end) {
          MarkdownInline(s, after, content_end, sink);
          in_paragraph = true;
          prev_newline = line_end;
        }
      }
      pos = next;
      continue;
    }
    if (!in_fence && (trimmed.rfind("<!--", 0) == 0 || StartsRawBlock(trimmed, &raw_end))) {
      if (raw_end.empty()) raw_end = "-->";
      size_t opened = line.find(raw_end == "-->" ? "<!--" : "<");
      size_t close = line.find(raw_end, opened + 4);
      if (close != std::string_view::npos) {
        raw_end = {};
        sink.Break(pos, next);
        in_paragraph = false;
        pos = next;
        continue;
      }
      sink.Break(pos, next);
      in_paragraph = false;
      pos = next;
      continue;
    }
    if (trimmed.rfind("```", 0) == 0 || trimmed.rfind("~~~", 0) == 0) {
      in_fence = !in_fence;
      sink.Break(pos, next);
      in_paragraph = false;
    } else if (in_fence) {
      // Code is not article text.
    } else if (IsBlankLine(line) || IsRuleOrTableSeparator(line)) {
      sink.Break(pos, next);
      in_paragraph = false;
    } else {
      bool new_block = false;
      size_t marker = BlockMarker(line, &new_block);
      if (in_paragraph) {
        if (new_block)
          sink.Break(prev_newline, pos);
        else
          sink.Space(prev_newline, pos);
      }
      MarkdownInline(s, pos + static_cast<uint32_t>(marker), content_end, sink);
      in_paragraph = true;
      prev_newline = line_end;
    }
    pos = next;
  }
}

}  // namespace crosscheck
