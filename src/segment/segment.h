// segment: splits normalized text into sentences.
//
// Takes:     normalized text (see normalize/).
// Returns:   sentence spans in the NORMALIZED text, in document order:
//            non-empty, non-overlapping, ascending, trimmed of whitespace.
//            Map them through the OffsetMap for original-file positions.
// How:       ICU's sentence BreakIterator with ICU's English abbreviation
//            suppressions ("Dr.", "Mr.", "U.S.", "Jan." do not end a
//            sentence). Newlines are hard breaks (paragraphs), so the text is
//            fed to ICU in chunks of whole lines copied to UTF-16 (ICU runs
//            1.5x faster there than over a UTF-8 UText); a line over 4 MB is
//            read in place as UTF-8 instead of copied.
// Never:     reads files, throws, or allocates per character.
// Trouble:   if ICU cannot build the iterator, each paragraph becomes one
//            sentence; the document is never dropped.
// Limits:    a sentence longer than kMaxSentenceBytes is cut at whitespace, so
//            one huge line costs linear time downstream.
#ifndef CROSSCHECK_SEGMENT_SEGMENT_H_
#define CROSSCHECK_SEGMENT_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace crosscheck {

constexpr uint32_t kMaxSentenceBytes = 8192;

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of text to *out (cleared first).
  void Split(std::string_view text, std::vector<Span>* out);
  // Appends the sentences inside `regions` of `text`.
  // REQUIRES: regions ascending, non-overlapping, each covering whole lines
  // (starting at 0 or after a newline, ending at a newline or the end).
  // Newlines are hard breaks, so the result is exactly the part of
  // Split(text) that lies in those lines.
  void SplitRegions(std::string_view text, const std::vector<Span>& regions,
                    std::vector<Span>* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SEGMENT_SEGMENT_H_
