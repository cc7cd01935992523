#include "normalize/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "base/utf8.h"
#include "normalize/text_sink.h"

namespace crosscheck {
namespace {

// Characters folded beyond NFKC so that the recognizers see one spelling of a
// dash, a quote or a space. Returns 0 to drop the character, or the
// replacement code point, or cp itself when there is nothing to fold.
char32_t Fold(char32_t cp) {
  switch (cp) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return '-';
    case 0x2044:
    case 0x2215:  // fraction slash, division slash: NFKC keeps them
      return '/';
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x00A0:
    case 0x2007:
    case 0x202F:
    case 0x2060:
    case 0x3000:
      return ' ';
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
    case 0x00AD:
      return 0;
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return ' ';
      return cp;
  }
}

// The end of the terminal escape sequence that starts at s[i] (an ESC):
// CSI "ESC [ params final" ("ESC[8m" is no "8m", eight million), OSC "ESC ]
// ... BEL" (a window title), strings ended by "ESC \\", or ESC and one
// printable ASCII byte; before anything else, the ESC alone (a following
// UTF-8 character is text, never half of an escape).
uint32_t EscapeEnd(std::string_view s, uint32_t i, uint32_t end) {
  uint32_t k = i + 1;
  if (k >= end) return end;
  unsigned char intro = static_cast<unsigned char>(s[k++]);
  if (intro == '[') {
    while (k < end && s[k] >= 0x20 && s[k] <= 0x3F) ++k;  // parameters, intermediates
    if (k < end && s[k] >= 0x40 && s[k] <= 0x7E) ++k;     // the final byte
    return k;
  }
  if (intro == ']' || intro == 'P' || intro == 'X' || intro == '^' || intro == '_') {
    for (; k < end; ++k) {
      if (s[k] == '\x07') return k + 1;
      if (s[k] == '\x1b' && k + 1 < end && s[k + 1] == '\\') return k + 2;
      if (s[k] == '\n') return k;  // never swallow a line
    }
    return end;
  }
  return intro >= 0x20 && intro <= 0x7E ? k : i + 1;
}

// C0 controls other than whitespace, and DEL: never prose.
bool IsControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfkc;
}

}  // namespace

// ---- OffsetMap ----------------------------------------------------------

void OffsetMap::AddCopy(uint32_t norm_begin, uint32_t orig_begin, uint32_t orig_end) {
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    uint32_t last_len = last.orig_end - last.orig_begin;
    if (last.copy && last.orig_end == orig_begin && last.norm_begin + last_len == norm_begin) {
      last.orig_end = orig_end;
      return;
    }
  }
  pieces_.push_back(Piece{norm_begin, orig_begin, orig_end, true});
}

void OffsetMap::AddReplace(uint32_t norm_begin, uint32_t orig_begin, uint32_t orig_end) {
  pieces_.push_back(Piece{norm_begin, orig_begin, orig_end, false});
}

size_t OffsetMap::Find(uint32_t norm) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), norm,
                             [](uint32_t n, const Piece& p) { return n < p.norm_begin; });
  return it == pieces_.begin() ? 0 : static_cast<size_t>(it - pieces_.begin()) - 1;
}

uint32_t OffsetMap::OriginalBegin(uint32_t norm) const {
  if (pieces_.empty()) return norm;
  const Piece& p = pieces_[Find(norm)];
  if (!p.copy) return p.orig_begin;
  return std::min(p.orig_end, p.orig_begin + (norm - p.norm_begin));
}

uint32_t OffsetMap::OriginalEnd(uint32_t norm_end) const {
  if (pieces_.empty()) return norm_end;
  if (norm_end == 0) return pieces_[0].orig_begin;
  const Piece& p = pieces_[Find(norm_end - 1)];
  if (!p.copy) return p.orig_end;
  return std::min(p.orig_end, p.orig_begin + (norm_end - p.norm_begin));
}

Span OffsetMap::ToOriginal(Span norm) const {
  if (norm.empty()) {
    uint32_t b = OriginalBegin(norm.begin);
    return Span{b, b};
  }
  return Span{OriginalBegin(norm.begin), OriginalEnd(norm.end)};
}

// ---- TextSink -----------------------------------------------------------

void TextSink::Text(uint32_t begin, uint32_t end) {
  std::string& text = out_->text;
  uint32_t i = begin;
  while (i < end) {
    // Copy the ASCII run as is (all of ASCII is NFKC-stable), up to a
    // control character: terminal escapes and other controls read as a space.
    uint32_t j = utf8::AsciiPrefixEnd(original_, i, end);
    uint32_t c = i;
    while (c < j && !IsControl(static_cast<unsigned char>(original_[c]))) ++c;
    if (c > i) {
      out_->map.AddCopy(static_cast<uint32_t>(text.size()), i, c);
      text.append(original_.data() + i, c - i);
    }
    if (c < j) {
      uint32_t e = original_[c] == '\x1b' ? EscapeEnd(original_, c, end) : c + 1;
      Space(c, e);
      i = e;
      continue;
    }
    i = j;
    if (i >= end) break;
    while (j < end && static_cast<unsigned char>(original_[j]) >= 0x80) ++j;
    AppendNonAscii(i, j, original_.substr(i, j - i));
    i = j;
  }
}

void TextSink::AppendNonAscii(uint32_t begin, uint32_t end, std::string_view run) {
  std::string& text = out_->text;
  std::string folded;
  const icu::Normalizer2* nfkc = Nfkc();
  bool needs_nfkc = false;
  // Most non-ASCII runs in English news are one dash or quote: if every code
  // point is inert under NFKC (or one we fold anyway), skip ICU's string work.
  bool all_inert = nfkc != nullptr;
  for (size_t k = 0; k < run.size() && all_inert;) {
    int len = 1;
    char32_t cp = utf8::Decode(run, k, &len);
    all_inert = Fold(cp) != cp || nfkc->isInert(static_cast<UChar32>(cp));
    k += static_cast<size_t>(len);
  }
  // The run may combine with the ASCII letter before it only if it starts
  // with a combining mark, which is never inert; so inert runs are safe.
  if (nfkc && !all_inert) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    if (nfkc->quickCheck(u, status) != UNORM_YES) {
      needs_nfkc = true;
      status = U_ZERO_ERROR;
      icu::UnicodeString n = nfkc->normalize(u, status);
      if (U_SUCCESS(status))
        n.toUTF8String(folded);
      else
        folded.assign(run);
    }
  }
  if (!needs_nfkc) folded.assign(run);
  std::string out;
  out.reserve(folded.size());
  for (size_t k = 0; k < folded.size();) {
    int len = 1;
    char32_t cp = utf8::Decode(folded, k, &len);
    char32_t f = Fold(cp);
    if (f == cp)
      out.append(folded, k, static_cast<size_t>(len));
    else if (f != 0)
      utf8::Append(out, f);
    k += static_cast<size_t>(len);
  }
  if (out == run) {
    out_->map.AddCopy(static_cast<uint32_t>(text.size()), begin, end);
  } else if (!out.empty()) {
    out_->map.AddReplace(static_cast<uint32_t>(text.size()), begin, end);
  }
  text += out;
}

void TextSink::Replace(uint32_t begin, uint32_t end, std::string_view replacement) {
  if (replacement.empty()) return;
  std::string& text = out_->text;
  bool ascii = std::all_of(replacement.begin(), replacement.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    out_->map.AddReplace(static_cast<uint32_t>(text.size()), begin, end);
    text += replacement;
    return;
  }
  // Normalize the replacement, then claim all of it for [begin, end).
  NormalizedText tmp = NormalizePlain(replacement);
  if (tmp.text.empty()) return;
  out_->map.AddReplace(static_cast<uint32_t>(text.size()), begin, end);
  text += tmp.text;
}

void TextSink::Break(uint32_t begin, uint32_t end) {
  if (out_->text.empty() || EndsWith('\n')) return;
  Replace(begin, end, "\n");
}

void TextSink::Space(uint32_t begin, uint32_t end) {
  if (out_->text.empty() || EndsWith(' ') || EndsWith('\n')) return;
  Replace(begin, end, " ");
}

// ---- entry points -------------------------------------------------------

NormalizedText Normalize(const Document& doc) {
  NormalizedText out;
  out.text.reserve(doc.body.size());
  TextSink sink(doc.bytes, &out);
  switch (doc.format) {
    case Format::kMarkdown:
      StripMarkdown(doc.bytes, doc.body, sink);
      break;
    case Format::kHtml:
      if (doc.flat_html)
        StripHtmlTags(doc.bytes, doc.body, sink);
      else
        StripHtml(doc.bytes, doc.body, sink);
      break;
    case Format::kText:
      StripText(doc.bytes, doc.body, sink);
      break;
  }
  return out;
}

NormalizedText NormalizePlain(std::string_view text) {
  NormalizedText out;
  out.text.reserve(text.size());
  TextSink sink(text, &out);
  sink.Text(0, static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace crosscheck
