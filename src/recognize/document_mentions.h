// recognize/document_mentions: what recognition produces for one document.
//
// The normalized text (with its map back to the file), the sentence spans in
// it, and the mentions in text order. Later stages (extract/, compare/,
// diff/) take it; only pipeline/ builds it.
#ifndef CROSSCHECK_RECOGNIZE_DOCUMENT_MENTIONS_H_
#define CROSSCHECK_RECOGNIZE_DOCUMENT_MENTIONS_H_

#include <vector>

#include "base/span.h"
#include "normalize/normalize.h"
#include "recognize/recognize.h"

namespace crosscheck {

struct DocumentMentions {
  NormalizedText text;
  std::vector<Span> sentences;  // normalized text
  std::vector<Mention> mentions;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_RECOGNIZE_DOCUMENT_MENTIONS_H_
