// normalize: Document -> NormalizedText (plain text + OffsetMap).
//
// Takes:     a loaded Document (any format).
// Returns:   plain UTF-8 text with markup removed: Markdown parsed with md4c
//            (markdown.cc: code, images, link targets and raw HTML left out),
//            HTML parsed with gumbo down to the article body (html.cc: page
//            furniture left out); character references decoded, Unicode in NFKC (ICU),
//            dashes unified to '-', curly quotes to ASCII quotes, every kind
//            of space to ' ', and zero-width characters dropped. Markdown
//            soft line breaks become spaces; paragraphs stay separated by
//            newlines so sentence segmentation never runs across them.
// Guarantees: every byte of the text maps back to a byte range of the
//            ORIGINAL file through the OffsetMap; ASCII text is copied as is.
// Never:     reads files or fails: any valid Document normalizes.
// Cost:      one pass; ICU is called only on runs of non-ASCII characters.
#ifndef CROSSCHECK_NORMALIZE_NORMALIZE_H_
#define CROSSCHECK_NORMALIZE_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "load/load.h"

namespace crosscheck {

// A piecewise map from normalized offsets to original offsets. Each piece is
// either a copy (byte i of the piece came from orig_begin + i) or a
// replacement (the whole piece came from [orig_begin, orig_end)).
class OffsetMap {
 public:
  struct Piece {
    uint32_t norm_begin;
    uint32_t orig_begin;
    uint32_t orig_end;
    bool copy;
  };

  // Maps a normalized span to the smallest original span that produced it.
  Span ToOriginal(Span norm) const;
  uint32_t OriginalBegin(uint32_t norm) const;
  uint32_t OriginalEnd(uint32_t norm_end) const;

  // Builder interface, used by Normalize (append only, in order).
  void AddCopy(uint32_t norm_begin, uint32_t orig_begin, uint32_t orig_end);
  void AddReplace(uint32_t norm_begin, uint32_t orig_begin, uint32_t orig_end);
  size_t piece_count() const { return pieces_.size(); }

 private:
  size_t Find(uint32_t norm) const;
  std::vector<Piece> pieces_;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;
};

NormalizedText Normalize(const Document& doc);

// Normalizes one piece of plain text (no markup) as if it were a whole file;
// for tests, the conformance runner and the fuzzers.
NormalizedText NormalizePlain(std::string_view text);

// HTML source text with its character references decoded ("&lt;script&gt;"
// is "<script>"): what a reader of the page sees, for display.
std::string DecodeHtmlEntities(std::string_view html);

}  // namespace crosscheck

#endif  // CROSSCHECK_NORMALIZE_NORMALIZE_H_
