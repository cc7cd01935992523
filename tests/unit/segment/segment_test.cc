#include "segment/segment.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <string>

using namespace crosscheck;

static std::vector<std::string> Sentences(const std::string& text) {
  SentenceSplitter splitter;
  std::vector<Span> spans;
  splitter.Split(text, &spans);
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(s.In(text));
  return out;
}

TEST_CASE("sentences split at full stops but not after abbreviations", "[segment]") {
  CHECK(Sentences("The U.S. and Dr. Lee met on Jan. 5. Trade rose.") ==
        std::vector<std::string>{"The U.S. and Dr. Lee met on Jan. 5.", "Trade rose."});
  CHECK(Sentences("Trade hit US$9.5 billion. It grew 12%.") ==
        std::vector<std::string>{"Trade hit US$9.5 billion.", "It grew 12%."});
}

TEST_CASE("newlines are paragraph breaks", "[segment]") {
  CHECK(Sentences("Headline without stop\nBody sentence one. Two.") ==
        std::vector<std::string>{"Headline without stop", "Body sentence one.", "Two."});
}

TEST_CASE("spans are UTF-8 byte offsets into the text", "[segment][utf8]") {
  std::string text = "Vi\xE1\xBB\x87t Nam grew. \xE2\x80\x9CYes\xE2\x80\x9D, he said.";
  SentenceSplitter splitter;
  std::vector<Span> spans;
  splitter.Split(text, &spans);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 0);
  CHECK(spans[0].end == 16);  // "Việt Nam grew." is 16 bytes
  CHECK(spans[1].In(text) == "\xE2\x80\x9CYes\xE2\x80\x9D, he said.");
}

TEST_CASE("over-long sentences are cut at whitespace", "[segment][limits]") {
  std::string text;
  while (text.size() < 3 * kMaxSentenceBytes) text += "word ";
  SentenceSplitter splitter;
  std::vector<Span> spans;
  splitter.Split(text, &spans);
  REQUIRE(spans.size() >= 3);
  for (Span s : spans) {
    CHECK(s.size() <= kMaxSentenceBytes);
    CHECK(text[s.begin] != ' ');
  }
}

TEST_CASE("an over-long sentence is never cut inside a number", "[segment][limits]") {
  // A run of digits longer than a sentence stays one piece; one that crosses
  // the cap goes whole to the next piece.
  std::string text = "A run " + std::string(kMaxSentenceBytes + 900, '7') + " here. " +
                     std::string(kMaxSentenceBytes - 10, 'a') + " 123,456,789 end.";
  SentenceSplitter splitter;
  std::vector<Span> spans;
  splitter.Split(text, &spans);
  for (Span s : spans) {
    CHECK(!(s.begin > 0 && std::isdigit(static_cast<unsigned char>(text[s.begin - 1])) &&
            std::isdigit(static_cast<unsigned char>(text[s.begin]))));
    CHECK(!(s.end < text.size() && std::isdigit(static_cast<unsigned char>(text[s.end - 1])) &&
            std::isdigit(static_cast<unsigned char>(text[s.end]))));
  }
}

TEST_CASE("segmenting some lines gives exactly the whole text's sentences in them",
          "[segment][regions]") {
  std::string text =
      "First line. It has two.\n\nThe U.S. line has Dr. Lee in it. Yes.\nThird line\n"
      "Fourth line. Last one.";
  SentenceSplitter splitter;
  std::vector<Span> whole;
  splitter.Split(text, &whole);
  // Lines 2 and 4 (the second region runs to the end of the text).
  uint32_t l2 = static_cast<uint32_t>(text.find("The U.S."));
  uint32_t l2_end = static_cast<uint32_t>(text.find('\n', l2));
  uint32_t l4 = static_cast<uint32_t>(text.find("Fourth"));
  std::vector<Span> regions = {{l2, l2_end}, {l4, static_cast<uint32_t>(text.size())}};
  std::vector<Span> some;
  splitter.SplitRegions(text, regions, &some);
  std::vector<Span> expected;
  for (Span s : whole)
    if ((s.begin >= l2 && s.end <= l2_end) || s.begin >= l4) expected.push_back(s);
  REQUIRE(expected.size() == 4);
  CHECK(some == expected);
}

TEST_CASE("a break inside a URL is no sentence end, a break after a CJK stop is", "[segment]") {
  CHECK(Sentences("See http://a.com/q?id=1 now. Next.") ==
        std::vector<std::string>{"See http://a.com/q?id=1 now.", "Next."});
  CHECK(Sentences("\xE7\xAC\xAC\xE4\xB8\x80\xE3\x80\x82\xE7\xAC\xAC\xE4\xBA\x8C\xE3\x80\x82")
            .size() == 2);
}

// Text reaches ICU in chunks of whole lines, copied to UTF-16 (or read in
// place when a line is too long to copy): sentences must come out the same on
// every side of a chunk, with byte offsets right after multi-byte and
// four-byte (surrogate pair) characters.
TEST_CASE("long texts split the same across chunks, with exact byte offsets",
          "[segment][utf8][limits]") {
  const std::string sentence =
      "Vi\xE1\xBB\x87t Nam \xF0\x9F\x98\x80 grew by Dr. L\xC3\xAA's count. ";  // "Việt Nam 😀 ..."
  const std::string expected = sentence.substr(0, sentence.size() - 1);
  auto all_expected = [&](const std::string& text, size_t lines) {
    std::vector<Span> spans;
    SentenceSplitter splitter;
    splitter.Split(text, &spans);
    for (Span s : spans)
      if (s.In(text) != expected) return false;
    return spans.size() % lines == 0 && spans.size() > lines;
  };
  SECTION("many short paragraphs, over several chunks") {
    std::string text;
    size_t lines = 0;
    while (text.size() < 300000) {
      for (int k = 0; k < 7; ++k) text += sentence;
      text.back() = '\n';
      ++lines;
    }
    CHECK(all_expected(text, lines));
  }
  SECTION("one line longer than a chunk copied to UTF-16 (5 MB)") {
    std::string text;
    while (text.size() < 5000000) text += sentence;
    text.pop_back();
    CHECK(all_expected(text, 1));
  }
}
