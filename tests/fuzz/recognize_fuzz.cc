// Fuzz target: sentence splitter and recognizer on arbitrary valid UTF-8.
// Checks that mentions are in order, non-overlapping and inside the text.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "normalize/normalize.h"
#include "recognize/recognize.h"
#include "segment/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 14) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (crosscheck::utf8::FindInvalid(bytes) != bytes.size()) return 0;
  static crosscheck::SentenceSplitter splitter;
  crosscheck::RecognizeOptions options;
  if (size > 0 && (data[0] & 1)) options.anchor = crosscheck::DaysFromCivil(2025, 3, 12);
  if (size > 0 && (data[0] & 2)) options.anchor_time = 23 * 3600 + 59 * 60;
  if (size > 0 && (data[0] & 4)) options.day_first = true;
  crosscheck::Recognizer recognizer(options);
  crosscheck::NormalizedText t = crosscheck::NormalizePlain(bytes);
  std::vector<crosscheck::Span> sentences;
  splitter.Split(t.text, &sentences);
  // Sentences ascend, stay inside the text and fall on character boundaries
  // (break positions are mapped back from UTF-16).
  auto is_boundary = [&](uint32_t at) {
    return at == t.text.size() || (static_cast<unsigned char>(t.text[at]) & 0xC0) != 0x80;
  };
  uint32_t sentence_end = 0;
  for (crosscheck::Span s : sentences) {
    if (s.begin < sentence_end || s.end > t.text.size() || s.empty() || !is_boundary(s.begin) ||
        !is_boundary(s.end))
      std::abort();
    sentence_end = s.end;
  }
  // Segmenting line by line gives the same sentences: chunks of the text
  // reach ICU cut after newlines.
  std::vector<crosscheck::Span> lines, by_line;
  for (uint32_t b = 0, i = 0; i <= t.text.size(); ++i)
    if (i == t.text.size() || t.text[i] == '\n') {
      if (i > b) lines.push_back({b, i});
      b = i + 1;
    }
  splitter.SplitRegions(t.text, lines, &by_line);
  if (by_line != sentences) std::abort();
  std::vector<crosscheck::Mention> mentions;
  for (size_t s = 0; s < sentences.size(); ++s)
    recognizer.Recognize(t.text, sentences[s], static_cast<uint32_t>(s), &mentions);
  uint32_t prev_end = 0;
  for (const auto& m : mentions) {
    if (m.norm.begin < prev_end || m.norm.end > t.text.size() || m.norm.empty()) std::abort();
    // Times of day stay inside the day; a range with days does not run backwards.
    const crosscheck::DateValue& d = m.date;
    if (d.has_time() && (d.time_low >= 86400 || d.time_high < 0 || d.time_high >= 86400))
      std::abort();
    if (d.has_low && d.has_high && d.high < d.low) std::abort();
    prev_end = m.norm.end;
  }
  recognizer.Numerals(t.text, crosscheck::Span{0, static_cast<uint32_t>(t.text.size())}, &mentions);
  return 0;
}
