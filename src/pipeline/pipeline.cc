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

DocumentMentions Extractor::RunSentences(const Document& doc, NormalizedText text,
                                         std::vector<Span> sentences, DiagSink& sink,
                                         const std::vector<Span>* recognize) {
  DocumentMentions out;
  out.text = std::move(text);
  out.sentences = std::move(sentences);
  recognizer_.set_anchor(doc.meta.published);
  recognizer_.set_default_currency(doc.meta.currency);
  const Language& lang = BuiltinLanguages().For(doc.meta.lang);
  recognizer_.set_language(&lang);
  recognizer_.set_day_first(doc.meta.day_first.value_or(lang.day_first));
  out.mentions.reserve(out.text.text.size() / 200);  // news runs about one figure per 250 bytes
  std::vector<bool> wanted;
  if (recognize) wanted = InsideRegions(out.sentences, *recognize);
  for (size_t s = 0; s < out.sentences.size(); ++s)
    if (!recognize || wanted[s])
      recognizer_.Recognize(out.text.text, out.sentences[s], static_cast<uint32_t>(s),
                            &out.mentions);
  MapToOriginal(out.text.map, &out.mentions);
  for (const Mention& m : out.mentions) {
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
  return out;
}

}  // namespace crosscheck
