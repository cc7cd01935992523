#include "segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <algorithm>

namespace crosscheck {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

bool IsAsciiGraphic(char c) { return c > ' ' && c < 0x7F; }

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
    out->push_back(Span{b, cut});
    b = cut;
    while (b < e && IsSpace(text[b])) ++b;
  }
  if (e > b) out->push_back(Span{b, e});
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
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
  // One UText over the whole text, and the iterator moved to each region:
  // resetting the iterator per region costs more than the regions do.
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  impl_->iter->setText(&ut, status);
  for (Span region : regions) {
    uint32_t prev = region.begin;
    for (int32_t next = impl_->iter->following(static_cast<int32_t>(region.begin));
         next != icu::BreakIterator::DONE; next = impl_->iter->next()) {
      uint32_t at = std::min(static_cast<uint32_t>(next), region.end);
      // Latin-script sentences end before whitespace: ICU breaks after "?"
      // even inside "pqdweb?id=1", and a URL cut in two loses its "http"
      // context. (Chinese and Japanese sentences follow "。" without a space.)
      if (at < region.end && IsAsciiGraphic(text[at]) && IsAsciiGraphic(text[at - 1])) continue;
      Emit(text, prev, at, out);
      prev = at;
      if (at == region.end) break;
    }
    if (prev < region.end) Emit(text, prev, region.end, out);
  }
  utext_close(&ut);
}

}  // namespace crosscheck
