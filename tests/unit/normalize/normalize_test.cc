#include "normalize/normalize.h"

#include <catch2/catch.hpp>

#include "base/utf8.h"
#include "load/load.h"

using namespace crosscheck;

namespace {
// Normalizes `bytes` loaded as `name` and returns the text.
NormalizedText Norm(const std::string& name, const std::string& bytes, Document* keep) {
  auto r = LoadBytes(name, bytes, {});
  REQUIRE(r.ok());
  *keep = r.value();
  return Normalize(*keep);
}
// The original bytes behind the first occurrence of `needle` in the normalized text.
std::string Behind(const NormalizedText& t, const Document& d, const std::string& needle) {
  size_t pos = t.text.find(needle);
  REQUIRE(pos != std::string::npos);
  Span s = t.map.ToOriginal(
      Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())});
  return std::string(s.In(d.bytes));
}
}  // namespace

TEST_CASE("Unicode is folded: dashes, quotes, spaces, NFKC digits", "[normalize]") {
  Document d;
  NormalizedText t =
      Norm("a.txt",
           "Vietnam\xE2\x80\x93Singapore trade \xE2\x80\x9Cgrew\xE2\x80\x9D to US$\xC2\xA0"
           "9\xE2\x80\xAF"
           "billion; \xEF\xBC\x91\xEF\xBC\x92 parks; Vi\xE1\xBB\x87t\xC2\xAD"
           "Nam.",
           &d);
  CHECK(t.text ==
        "Vietnam-Singapore trade \"grew\" to US$ 9 billion; 12 parks; Vi\xE1\xBB\x87tNam.");
  CHECK(Behind(t, d, "-") == "\xE2\x80\x93");
  CHECK(Behind(t, d, "12") == "\xEF\xBC\x91\xEF\xBC\x92");
  CHECK(Behind(t, d, "US$ 9 billion") ==
        "US$\xC2\xA0"
        "9\xE2\x80\xAF"
        "billion");
}

TEST_CASE("terminal escapes and control characters are not prose", "[normalize]") {
  // "ESC[8m" once read as "8m", eight million; a window title sequence as words.
  Document d;
  NormalizedText t = Norm("a.txt",
                          "Color \x1b[8m text \x1b]0;evil title\x07 and a\x07"
                          "bell.\n",
                          &d);
  CHECK(t.text.find("8m") == std::string::npos);
  CHECK(t.text.find("evil") == std::string::npos);
  CHECK(t.text.find('\x1b') == std::string::npos);
  CHECK(t.text.find('\x07') == std::string::npos);
  CHECK(Behind(t, d, "text") == "text");
  CHECK(Behind(t, d, "bell") == "bell");
}

TEST_CASE("Markdown markup is dropped and positions still map", "[normalize][markdown]") {
  Document d;
  std::string md =
      "+++\ntitle = \"x\"\n+++\n# Heading\n\nTrade **rose** to [US$9 billion](https://x.example)\n"
      "in 2024, a soft\nwrapped line. ![img](a.png)\n\n- item one\n- item &amp; two\n";
  NormalizedText t = Norm("a.md", md, &d);
  CHECK(
      t.text ==
      "Heading\nTrade rose to US$9 billion in 2024, a soft wrapped line. \nitem one\nitem & two\n");
  CHECK(Behind(t, d, "US$9 billion") == "US$9 billion");
  CHECK(Behind(t, d, "&") == "&amp;");
  size_t pos = d.bytes.find("US$9");
  CHECK(d.bytes.substr(pos, 4) == "US$9");
}

TEST_CASE("HTML tags, scripts and entities are handled", "[normalize][html]") {
  Document d;
  std::string html =
      "<html><head><title>t</title><script>var x = 5;</script></head><body>"
      "<p>Trade of <b>US$</b>9&nbsp;billion</p><p>in 2024 &mdash; said &lt;they&gt;</p>"
      "<style>p{width:100px}</style></body></html>";
  NormalizedText t = Norm("a.html", html, &d);
  CHECK(t.text == "Trade of US$9 billion\nin 2024 - said <they>\n");
  CHECK(Behind(t, d, "9 billion") == "9&nbsp;billion");
}

TEST_CASE("an escape byte before a UTF-8 character leaves the character whole", "[normalize]") {
  // Found by fuzz_recognize: "ESC and one byte" took the first byte of "£".
  NormalizedText t = NormalizePlain(
      "\x1b\xC2\xA3"
      "5 and \x1b[2J\x1b\xE2\x82\xAC"
      "6");
  CHECK(utf8::FindInvalid(t.text) == t.text.size());
  CHECK(t.text.find("\xC2\xA3"
                    "5") != std::string::npos);
  CHECK(t.text.find("\xE2\x82\xAC"
                    "6") != std::string::npos);
}

TEST_CASE("Markdown: comments, raw HTML blocks, code spans and footnote markers are not prose",
          "[normalize][markdown]") {
  Document d;
  NormalizedText t = Norm("m.md",
                          "Trade rose 5% in 2024.<!-- note: 9% per draft -->\n\n"
                          "<!--\nTODO check 12 parks\n-->\n"
                          "<script>\nvar total = 300;\n</script>\n"
                          "Run `crosscheck --mb 20` on [the 7 files](https://x.example/7) [^3].\n\n"
                          "[^3]: Source: 2023 figures.\n",
                          &d);
  CHECK(t.text.find("Trade rose 5% in 2024.") != std::string::npos);
  for (const char* gone : {"9%", "12 parks", "300", "--mb", "x.example", "[^3]", "TODO"}) {
    INFO(gone);
    CHECK(t.text.find(gone) == std::string::npos);
  }
  CHECK(t.text.find("the 7 files") != std::string::npos);            // link text stays
  CHECK(t.text.find("Source: 2023 figures.") != std::string::npos);  // the note itself stays
  // Offsets still point into the original bytes.
  CHECK(Behind(t, d, "the 7 files") == "the 7 files");
}
