#include "pipeline/diff_run.h"

#include <algorithm>

#include "diff/lines.h"
#include "extract/claims.h"
#include "pipeline/pipeline.h"

namespace crosscheck {

CheckRun DiffRun(std::vector<Document> documents, const ClaimPack& pack, DocDiff* diff) {
  CheckRun run;
  run.documents = std::move(documents);
  Extractor extractor;
  DiagSink ignored;
  for (Document& d : run.documents) {
    if (d.meta.currency.empty())
      if (const Source* src = pack.FindSource(d.meta.source, d.meta.url))
        d.meta.currency = src->currency;
  }
  // Only lines the versions do not share, and the lines before them that
  // claims look back into (kSubjectLookback sentences), are segmented and
  // recognized; see diff/lines.h. Every line holds at least one sentence, so
  // that many lines bound the context; the sentences found there give the
  // exact count.
  NormalizedText old_text = Normalize(run.documents[0]);
  NormalizedText new_text = Normalize(run.documents[1]);
  LineMatch lines(old_text.text, new_text.text);
  ContextNeed need;
  need.sentences_before = kSubjectLookback;
  LineRegions wide = lines.Regions(need);
  SentenceSplitter splitter;
  std::vector<Span> old_sentences, new_sentences;
  splitter.SplitRegions(old_text.text, wide.old_regions, &old_sentences);
  splitter.SplitRegions(new_text.text, wide.new_regions, &new_sentences);
  need.sentences_in = [&](Span line) {
    auto first = std::lower_bound(old_sentences.begin(), old_sentences.end(), line.begin,
                                  [](Span s, uint32_t at) { return s.begin < at; });
    auto last = std::lower_bound(first, old_sentences.end(), line.end,
                                 [](Span s, uint32_t at) { return s.begin < at; });
    return static_cast<size_t>(last - first);
  };
  LineRegions exact = lines.Regions(need);
  auto keep = [](std::vector<Span> sentences, const std::vector<Span>& regions) {
    std::vector<bool> in = InsideRegions(sentences, regions);
    size_t n = 0;
    for (size_t s = 0; s < sentences.size(); ++s)
      if (in[s]) sentences[n++] = sentences[s];
    sentences.resize(n);
    return sentences;
  };
  run.mentions.push_back(extractor.RunSentences(run.documents[0], std::move(old_text),
                                                keep(std::move(old_sentences), exact.old_regions),
                                                ignored, &exact.old_changed));
  run.mentions.push_back(extractor.RunSentences(run.documents[1], std::move(new_text),
                                                keep(std::move(new_sentences), exact.new_regions),
                                                ignored, &exact.new_changed));
  // Context sentences are the same on both sides; only the changed lines'
  // sentences are diffed.
  std::vector<bool> focus_old = InsideRegions(run.mentions[0].sentences, exact.old_changed);
  std::vector<bool> focus_new = InsideRegions(run.mentions[1].sentences, exact.new_changed);
  *diff = DiffDocuments(run, DiffMode::kVersions, &focus_old, &focus_new);
  for (size_t i = 0; i < 2; ++i) {
    std::vector<bool> only =
        ChangedSentences(*diff, static_cast<int>(i), run.mentions[i].sentences.size());
    ExtractClaims(run.documents[i], i, run.mentions[i], pack, &run.claims, &only);
  }
  diff->claims = DiffClaims(run);
  return run;
}

}  // namespace crosscheck
