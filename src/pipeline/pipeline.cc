#include "pipeline/pipeline.h"

#include "lang/language.h"

namespace crosscheck {

Extractor::Extractor(const CurrencyTable* currencies)
    : recognizer_(RecognizeOptions{std::nullopt, std::string(), currencies, std::nullopt, false}) {}

DocumentMentions Extractor::Run(const Document& doc, DiagSink& sink) {
  NormalizedText text = Normalize(doc);
  std::vector<Span> sentences;
  splitter_.Split(text.text, &sentences);
  return RunSentences(doc, std::move(text), std::move(sentences), sink);
}

void Extractor::Prepare(const Document& doc) {
  recognizer_.set_anchor(doc.meta.published);
  recognizer_.set_default_currency(doc.meta.currency);
  const Language& lang = BuiltinLanguages().For(doc.meta.lang);
  recognizer_.set_language(&lang);
  recognizer_.set_day_first(doc.meta.day_first.value_or(lang.day_first));
}

// Spans into the original file, and a warning for each date that does not
// exist.
void Extractor::Finish(const Document& doc, const OffsetMap& map, std::vector<Mention>* mentions,
                       DiagSink& sink) {
  for (Mention& m : *mentions) {
    m.span = map.ToOriginal(m.norm);
    if (m.kind != Kind::kDate || !m.date.invalid) continue;
    Diagnostic d;
    d.path = doc.path;
    LineCol lc = doc.lines.At(doc.bytes, m.span.begin);
    d.line = lc.line;
    d.column = lc.column;
    d.byte_offset = m.span.begin;
    d.severity = Severity::kWarning;
    d.code = "recognize.no-such-date";
    d.message = "'" + std::string(m.span.In(doc.bytes)) + "' is not a real calendar date";
    std::string_view line = doc.lines.Line(doc.bytes, lc.line);
    d.QuoteLine(line, m.span.begin - static_cast<size_t>(line.data() - doc.bytes.data()));
    sink.Add(std::move(d));
  }
}

DocumentMentions Extractor::RunSentences(const Document& doc, NormalizedText text,
                                         std::vector<Span> sentences, DiagSink& sink,
                                         const std::vector<Span>* recognize) {
  DocumentMentions out;
  out.text = std::move(text);
  out.sentences = std::move(sentences);
  Prepare(doc);
  out.mentions.reserve(out.text.text.size() / 200);  // news runs about one figure per 250 bytes
  std::vector<bool> wanted;
  if (recognize) wanted = InsideRegions(out.sentences, *recognize);
  for (size_t s = 0; s < out.sentences.size(); ++s)
    if (!recognize || wanted[s])
      recognizer_.Recognize(out.text.text, out.sentences[s], static_cast<uint32_t>(s),
                            &out.mentions);
  Finish(doc, out.text.map, &out.mentions, sink);
  return out;
}

void Extractor::Stream(const Document& doc, DiagSink& sink, const MentionBatch& batch) {
  NormalizedText text = Normalize(doc);
  std::vector<Span> sentences;
  splitter_.Split(text.text, &sentences);
  Prepare(doc);
  std::vector<Mention> mentions;
  for (size_t s = 0; s < sentences.size(); ++s) {
    recognizer_.Recognize(text.text, sentences[s], static_cast<uint32_t>(s), &mentions);
    if (mentions.size() >= kStreamBatch || s + 1 == sentences.size()) {
      Finish(doc, text.map, &mentions, sink);
      batch(mentions);
      mentions.clear();
    }
  }
}

}  // namespace crosscheck
