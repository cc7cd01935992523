// Helpers shared by the unit tests.
#ifndef CROSSCHECK_TESTS_UNIT_TEST_UTIL_H_
#define CROSSCHECK_TESTS_UNIT_TEST_UTIL_H_

#include <string>
#include <vector>

#include "base/civil_date.h"
#include "lang/language.h"
#include "normalize/normalize.h"
#include "recognize/recognize.h"
#include "report/mentions_report.h"
#include "segment/segment.h"

namespace crosscheck::testing {

// Recognizes text (normalized as plain text) and returns "text => dump"
// lines joined by " | ", anchored to 2025-03-12 unless told otherwise.
inline std::string Recognized(const std::string& input,
                              std::optional<Day> anchor = DaysFromCivil(2025, 3, 12),
                              const std::string& currency = "", const std::string& lang = "") {
  NormalizedText t = NormalizePlain(input);
  static SentenceSplitter splitter;
  std::vector<Span> sentences;
  splitter.Split(t.text, &sentences);
  RecognizeOptions options;
  options.anchor = anchor;
  options.default_currency = currency;
  if (!lang.empty()) {
    options.language = &BuiltinLanguages().For(lang);
    options.day_first = options.language->day_first;
  }
  Recognizer r(options);
  std::vector<Mention> mentions;
  for (size_t s = 0; s < sentences.size(); ++s)
    r.Recognize(t.text, sentences[s], static_cast<uint32_t>(s), &mentions);
  MapToOriginal(t.map, &mentions);
  std::string out;
  for (const Mention& m : mentions) {
    if (!out.empty()) out += " | ";
    out += std::string(m.span.In(input)) + " => " + DumpValue(m);
  }
  return out;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_UNIT_TEST_UTIL_H_
