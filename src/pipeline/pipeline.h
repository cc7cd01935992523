// pipeline: runs load -> normalize -> segment -> recognize for one document.
//
// Takes:     a loaded Document.
// Returns:   its NormalizedText, sentence spans (normalized text) and Mentions
//            with spans in the ORIGINAL file. Owns nothing beyond its return
//            value; the Extractor keeps ICU objects and buffers for reuse, so
//            create one per thread and feed it many documents.
// Trouble:   appends warnings (dates that do not exist) to the DiagSink; the
//            document is never dropped.
#ifndef CROSSCHECK_PIPELINE_PIPELINE_H_
#define CROSSCHECK_PIPELINE_PIPELINE_H_

#include <functional>
#include <vector>

#include "base/diag.h"
#include "load/load.h"
#include "normalize/normalize.h"
#include "recognize/document_mentions.h"
#include "recognize/recognize.h"
#include "segment/segment.h"

namespace crosscheck {

class Extractor {
 public:
  explicit Extractor(const CurrencyTable* currencies = nullptr);
  DocumentMentions Run(const Document& doc, DiagSink& sink);

  // The second half of Run() for a caller that normalized and segmented
  // the text itself, perhaps only in part (the diff skips lines both
  // versions share): recognizes `sentences` (ascending) that lie inside
  // `recognize` (ascending spans; null: all of them). The others are kept
  // as sentences without mentions, context for claim extraction.
  DocumentMentions RunSentences(const Document& doc, NormalizedText text,
                                std::vector<Span> sentences, DiagSink& sink,
                                const std::vector<Span>* recognize = nullptr);

  // Run() for a reader that needs the mentions once, in order: they are
  // handed over in batches of about kStreamBatch and then dropped, so a
  // 50 MB one-line article never holds its 200,000 mentions at once. The
  // same mentions, in the same order, as Run().
  static constexpr size_t kStreamBatch = 4096;
  using MentionBatch = std::function<void(const std::vector<Mention>&)>;
  void Stream(const Document& doc, DiagSink& sink, const MentionBatch& batch);

 private:
  void Prepare(const Document& doc);
  void Finish(const Document& doc, const OffsetMap& map, std::vector<Mention>* mentions,
              DiagSink& sink);
  SentenceSplitter splitter_;
  Recognizer recognizer_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_PIPELINE_H_
