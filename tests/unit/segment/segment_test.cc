#include "segment/segment.h"

#include <catch2/catch.hpp>

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
