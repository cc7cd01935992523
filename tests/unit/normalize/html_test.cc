// A saved news page: the article, not the page around it.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "load/load.h"
#include "normalize/normalize.h"
#include "pipeline/pipeline.h"

using namespace crosscheck;

namespace {

std::vector<std::string> Figures(const Document& d) {
  Extractor extractor;
  DiagSink sink;
  std::vector<std::string> out;
  for (const Mention& m : extractor.Run(d, sink).mentions) out.emplace_back(m.span.In(d.bytes));
  return out;
}

NormalizedText Html(const std::string& body, Document* keep) {
  auto r = LoadBytes("p.html", "<!doctype html><html><body>" + body + "</body></html>", {});
  REQUIRE(r.ok());
  *keep = r.value();
  return Normalize(*keep);
}

}  // namespace

TEST_CASE("a saved page gives the article's figures, not its page furniture", "[normalize][html]") {
  auto r = LoadFile(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/data/saved-page.html", {});
  REQUIRE(r.ok());
  const Document& d = r.value();
  // schema.org NewsArticle JSON-LD (inside an @graph) comes before <title>.
  REQUIRE(d.meta.published);
  CHECK(*d.meta.published == DaysFromCivil(2025, 3, 12));
  CHECK(d.meta.title == "Arcadia, Borealia trade hits record");
  CHECK(d.meta.source == "The Daily Ledger");
  CHECK(d.meta.url == "https://ledger.example/trade-record");
  // Navigation, the site header, the newsletter box and its form, share
  // buttons, the related-links list, the aside, the footer (phone number and
  // copyright), comments and scripts give nothing.
  CHECK(Figures(d) == std::vector<std::string>{"Two", "US$10.3&nbsp;billion", "2024", "12&percnt;",
                                               "two", "18", "2023", "&frac12;", "2024"});
  NormalizedText t = Normalize(d);
  for (const char* gone : {"4.99", "Top 10", "Subscribe", "Share", "Related", "Most read", "1900",
                           "track", "price", "<", "&"}) {
    INFO(gone);
    CHECK(t.text.find(gone) == std::string::npos);
  }
  // The headline and byline in the article's own header stay.
  CHECK(t.text.find("By A. Writer") != std::string::npos);
}

TEST_CASE("every HTML5 character reference decodes, with its offsets kept", "[normalize][html]") {
  Document d;
  NormalizedText t = Html(
      "<p>A &Dagger; B &rarrw; C &NotNestedGreaterGreater; D &frac34; E &#x20AC;5 F &#8364;6 "
      "G &copy 2024 H &notin; I &unknownname; J</p>",
      &d);
  CHECK(t.text.find("A \xE2\x80\xA1 B \xE2\x86\x9D C \xE2\xAA\xA2\xCC\xB8 D") != std::string::npos);
  CHECK(t.text.find("E \xE2\x82\xAC"
                    "5 F \xE2\x82\xAC"
                    "6") != std::string::npos);
  CHECK(t.text.find("G \xC2\xA9 2024") != std::string::npos);    // an old name without ';'
  CHECK(t.text.find("H \xE2\x88\x89 I") != std::string::npos);   // "&notin;" is one name
  CHECK(t.text.find("I &unknownname; J") != std::string::npos);  // not a name: kept as written
  // The decoded text maps back to the reference as written.
  size_t at = t.text.find("\xE2\x86\x9D");
  Span s = t.map.ToOriginal(Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 3)});
  CHECK(s.In(d.bytes) == "&rarrw;");
}

TEST_CASE("the article is the <article> with most text, else articleBody, main, body",
          "[normalize][html]") {
  Document d;
  // Teasers of other stories are <article>s too.
  NormalizedText t = Html(
      "<article><p>Teaser: 5 ports.</p></article>"
      "<article><p>Trade rose 7% in 2024 as both sides opened 3 new parks.</p></article>"
      "<article><p>Teaser: 9 visits.</p></article>",
      &d);
  CHECK(t.text.find("Trade rose 7%") != std::string::npos);
  CHECK(t.text.find("Teaser") == std::string::npos);
  NormalizedText body = Html(
      "<div id=\"menu\">Menu 1 2 3</div><div itemprop=\"articleBody\"><p>Exports grew "
      "4%.</p></div><p hidden>Hidden 6</p>",
      &d);
  CHECK(body.text.find("Exports grew 4%.") != std::string::npos);
  CHECK(body.text.find("Menu") == std::string::npos);
  NormalizedText plain = Html("<p>Just 2 paragraphs</p><p>of <b>text</b>.</p>", &d);
  CHECK(plain.text.find("Just 2 paragraphs") != std::string::npos);
  CHECK(plain.text.find("of text.") != std::string::npos);
}

TEST_CASE("malformed and deeply nested HTML is read without trouble", "[normalize][html]") {
  Document d;
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "Trade rose 5% in 2024.";
  NormalizedText t = Html(deep + "<p>unclosed <b>bold <i>both</b> after</i> 7 end", &d);
  CHECK(t.text.find("Trade rose 5% in 2024.") != std::string::npos);
  CHECK(t.text.find("7 end") != std::string::npos);
}

TEST_CASE("a page nested too deeply to parse is read flat, with a warning", "[normalize][html]") {
  std::string deep =
      "<html><head><meta property=\"og:locale\" content=\"en_US\"></head><body><nav>Menu "
      "9</nav>";
  for (int i = 0; i < 1000; ++i) deep += "<div>";
  auto r = LoadBytes("deep.html", deep + "Trade rose 5% in 2024.", {});
  REQUIRE(r.ok());
  CHECK(r.value().flat_html);
  REQUIRE(r.value().meta.warnings.size() == 1);
  CHECK(r.value().meta.warnings[0].Render() ==
        "deep.html: warning: HTML nests more than 512 elements deep (1002); read with its tags "
        "removed, so navigation and footers are not told from the article");
  NormalizedText t = Normalize(r.value());
  CHECK(t.text.find("Trade rose 5% in 2024.") != std::string::npos);
  // Unclosed paragraphs and list items do not nest.
  std::string flat = "<html><body>";
  for (int i = 0; i < 1000; ++i) flat += "<p>Line <li>item ";
  auto f = LoadBytes("flat.html", flat, {});
  REQUIRE(f.ok());
  CHECK(!f.value().flat_html);
}
