#include "segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/utf8.h"

namespace crosscheck {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

bool IsAsciiGraphic(char c) { return c > ' ' && c < 0x7F; }

// Text is segmented in chunks of at least this many bytes, cut after a newline.
constexpr uint32_t kChunkBytes = 1 << 16;
// ... and at most this many are copied to UTF-16.
constexpr uint32_t kMaxUtf16ChunkBytes = 1 << 22;

// Widens UTF-8 (valid: the loader checked it) to UTF-16 and returns the
// number of units, never more than n. News text is mostly ASCII: runs of it
// are found eight bytes at a time and widened in a loop the compiler
// vectorizes (ICU's converter spent ten instructions a byte).
int32_t ToUtf16(std::string_view s, UChar* out) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t i = 0;
  int32_t u = 0;
  while (i < n) {
    uint32_t ascii_end = utf8::AsciiPrefixEnd(s, i, n);
    for (; i < ascii_end; ++i) out[u++] = static_cast<unsigned char>(s[i]);
    if (i == n) break;
    int len = 1;
    char32_t c = utf8::Decode(s, i, &len);
    i += static_cast<uint32_t>(len);
    if (c >= 0x10000) {  // four bytes, two units (a surrogate pair)
      out[u++] = U16_LEAD(c);
      out[u++] = U16_TRAIL(c);
    } else {
      out[u++] = static_cast<UChar>(c);
    }
  }
  return u;
}

// Is text[i] part of a digit run ("1,234.5": separators between digits count)?
bool InNumber(std::string_view text, uint32_t i, uint32_t end) {
  auto digit = [&](uint32_t k) { return k < end && text[k] >= '0' && text[k] <= '9'; };
  if (digit(i)) return true;
  return (text[i] == ',' || text[i] == '.') && i > 0 && digit(i - 1) && digit(i + 1);
}

// Trims span and appends it, cutting over-long sentences at whitespace.
void Emit(std::string_view text, uint32_t b, uint32_t e, std::vector<Span>* out) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  while (e - b > kMaxSentenceBytes) {
    uint32_t cut = b + kMaxSentenceBytes;
    uint32_t c = cut;
    while (c > b + kMaxSentenceBytes / 2 && !IsSpace(text[c])) --c;
    if (c > b + kMaxSentenceBytes / 2) cut = c;
    // Never cut inside a UTF-8 sequence.
    while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    if (cut == b) cut = b + kMaxSentenceBytes;
    // Nor inside a number: it goes whole to the next piece, or, longer than a
    // piece itself, stays whole in this one (one figure, however long).
    if (InNumber(text, cut, e)) {
      uint32_t start = cut, stop = cut;
      while (start > b && InNumber(text, start - 1, e)) --start;
      while (stop < e && InNumber(text, stop, e)) ++stop;
      cut = start > b ? start : stop;
    }
    out->push_back(Span{b, cut});
    b = cut;
    while (b < e && IsSpace(text[b])) ++b;
  }
  if (e > b) out->push_back(Span{b, e});
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
  std::vector<UChar> u16;  // the chunk being segmented, reused
};

SentenceSplitter::SentenceSplitter() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale("en");
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) return;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_SUCCESS(status) && builder) {
    // ICU's English list lacks a few abbreviations common in news copy.
    static const char16_t* const kExtra[] = {
        u"Jan.",  u"Feb.",  u"Aug.",  u"Sept.", u"Sep.",    u"Oct.", u"Nov.", u"Dec.",
        u"No.",   u"Gov.",  u"Sen.",  u"Rep.",  u"Gen.",    u"Col.", u"Lt.",  u"Inc.",
        u"Corp.", u"Ltd.",  u"Co.",   u"vs.",   u"approx.", u"est.", u"Dr.",  u"Mr.",
        u"Mrs.",  u"Ms.",   u"Prof.", u"St.",   u"Jr.",     u"Sr.",  u"Mt.",  u"Ft.",
        u"Sgt.",  u"Capt.", u"Pres.", u"Amb.",  u"Dept.",   u"Univ."};
    for (const char16_t* abbr : kExtra)
      builder->suppressBreakAfter(icu::UnicodeString(abbr), status);
    status = U_ZERO_ERROR;
    icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(base.release(), status);
    if (U_SUCCESS(status)) impl_->iter.reset(filtered);
  } else {
    impl_->iter = std::move(base);
  }
}

SentenceSplitter::~SentenceSplitter() = default;

void SentenceSplitter::Split(std::string_view text, std::vector<Span>* out) {
  out->clear();
  SplitRegions(text, {Span{0, static_cast<uint32_t>(text.size())}}, out);
}

void SentenceSplitter::SplitRegions(std::string_view text, const std::vector<Span>& regions,
                                    std::vector<Span>* out) {
  if (text.empty() || regions.empty()) return;
  if (!impl_->iter) {
    for (Span region : regions) {
      uint32_t b = region.begin;
      for (uint32_t i = region.begin; i < region.end; ++i) {
        if (text[i] == '\n') {
          Emit(text, b, i, out);
          b = i + 1;
        }
      }
      Emit(text, b, region.end, out);
    }
    return;
  }
  // ICU runs about 1.5x faster over UTF-16 than over a UTF-8 UText, so each
  // region is converted in chunks of whole lines (newlines are hard breaks,
  // so a chunk boundary after one never changes a sentence) into one reused
  // buffer, and break positions are mapped back to byte offsets.
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  std::vector<UChar>& u16 = impl_->u16;
  for (Span region : regions) {
    uint32_t prev = region.begin;
    for (uint32_t chunk = region.begin; chunk < region.end;) {
      uint32_t chunk_end = region.end;
      if (region.end - chunk > kChunkBytes) {
        const void* nl =
            std::memchr(text.data() + chunk + kChunkBytes, '\n', region.end - chunk - kChunkBytes);
        if (nl) chunk_end = static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) + 1;
      }
      const int32_t bytes = static_cast<int32_t>(chunk_end - chunk);
      // Break positions are UTF-16 units into the chunk, or byte offsets when
      // they are the same (ASCII) or the chunk is read as UTF-8: one line too
      // long to copy cheaply.
      bool byte_offsets = true;
      status = U_ZERO_ERROR;
      if (chunk_end - chunk <= kMaxUtf16ChunkBytes) {
        if (u16.size() < static_cast<size_t>(bytes)) u16.resize(static_cast<size_t>(bytes));
        int32_t units = ToUtf16(text.substr(chunk, chunk_end - chunk), u16.data());
        utext_openUChars(&ut, u16.data(), units, &status);
        byte_offsets = units == bytes;
      } else {
        utext_openUTF8(&ut, text.data() + chunk, bytes, &status);
      }
      impl_->iter->setText(&ut, status);
      // Break positions come in ascending order, so one cursor walks the bytes
      // once.
      uint32_t at_byte = chunk;
      int32_t at_unit = 0;
      for (int32_t next = impl_->iter->next(); next != icu::BreakIterator::DONE;
           next = impl_->iter->next()) {
        if (byte_offsets) {
          at_byte = chunk + static_cast<uint32_t>(next);
        } else {
          while (at_unit < next && at_byte < chunk_end) {
            // An ASCII run is one unit a byte; then one character.
            uint32_t run_end = utf8::AsciiPrefixEnd(
                text, at_byte,
                std::min(chunk_end, at_byte + static_cast<uint32_t>(next - at_unit)));
            at_unit += static_cast<int32_t>(run_end - at_byte);
            at_byte = run_end;
            if (at_unit >= next || at_byte >= chunk_end) break;
            unsigned char lead = static_cast<unsigned char>(text[at_byte]);
            int len = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            at_byte += static_cast<uint32_t>(len);
            at_unit += len == 4 ? 2 : 1;
          }
        }
        uint32_t at = std::min(at_byte, chunk_end);
        // Latin-script sentences end before whitespace: ICU breaks after "?"
        // even inside "pqdweb?id=1", and a URL cut in two loses its "http"
        // context. (Chinese and Japanese sentences follow "。" without a space.)
        if (at < chunk_end && IsAsciiGraphic(text[at]) && IsAsciiGraphic(text[at - 1])) continue;
        Emit(text, prev, at, out);
        prev = at;
      }
      chunk = chunk_end;
    }
    if (prev < region.end) Emit(text, prev, region.end, out);
  }
  utext_close(&ut);
}

}  // namespace crosscheck
