#include "pipeline/pipeline.h"

namespace crosscheck {

Extractor::Extractor(const CurrencyTable* currencies)
    : recognizer_(RecognizeOptions{std::nullopt, std::string(), currencies}) {}

DocumentMentions Extractor::Run(const Document& doc, DiagSink& sink) {
  DocumentMentions out;
  out.text = Normalize(doc);
  splitter_.Split(out.text.text, &out.sentences);
  recognizer_.set_anchor(doc.meta.published);
  recognizer_.set_default_currency(doc.meta.currency);
  for (size_t s = 0; s < out.sentences.size(); ++s)
    recognizer_.Recognize(out.text.text, out.sentences[s], static_cast<uint32_t>(s), &out.mentions);
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
    d.source_line = std::string(doc.lines.Line(doc.bytes, lc.line));
    sink.Add(std::move(d));
  }
  return out;
}

}  // namespace crosscheck
