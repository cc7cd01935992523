// normalize/text_sink: the builder markup strippers write into.
//
// Internal to normalize/. A stripper walks the original bytes and calls Text()
// for runs that are article text, Replace() for entities and structural
// breaks, and nothing for markup it drops. TextSink applies the Unicode
// normalization and keeps the OffsetMap.
#ifndef CROSSCHECK_NORMALIZE_TEXT_SINK_H_
#define CROSSCHECK_NORMALIZE_TEXT_SINK_H_

#include <string_view>

#include "normalize/normalize.h"

namespace crosscheck {

class TextSink {
 public:
  TextSink(std::string_view original, NormalizedText* out) : original_(original), out_(out) {}

  // Appends original[begin, end), normalized.
  void Text(uint32_t begin, uint32_t end);
  // Appends `replacement` (normalized in turn) as produced by original[begin, end).
  void Replace(uint32_t begin, uint32_t end, std::string_view replacement);
  // A paragraph or block boundary produced by original[begin, end).
  void Break(uint32_t begin, uint32_t end);
  // A word boundary produced by original[begin, end) (e.g. a dropped tag).
  void Space(uint32_t begin, uint32_t end);

 private:
  void AppendNonAscii(uint32_t begin, uint32_t end, std::string_view run);
  bool EndsWith(char c) const { return !out_->text.empty() && out_->text.back() == c; }

  std::string_view original_;
  NormalizedText* out_;
};

// Emits bytes[begin, end) as text, decoding character references (with
// `legacy`, also HTML's old names without ';').
void TextWithEntities(std::string_view bytes, uint32_t begin, uint32_t end, TextSink& sink,
                      bool legacy = false);

void StripMarkdown(std::string_view bytes, Span body, TextSink& sink);
// The article body of an HTML page (html.cc): see the header of html.cc for
// what is left out.
void StripHtml(std::string_view bytes, Span body, TextSink& sink);
// Tags removed without parsing, for a page nested too deeply to parse.
void StripHtmlTags(std::string_view bytes, Span body, TextSink& sink);
void StripText(std::string_view bytes, Span body, TextSink& sink);

}  // namespace crosscheck

#endif  // CROSSCHECK_NORMALIZE_TEXT_SINK_H_
