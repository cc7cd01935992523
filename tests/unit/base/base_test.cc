#include <catch2/catch.hpp>

#include "base/civil_date.h"
#include "base/diag.h"
#include "base/line_index.h"
#include "base/number_text.h"
#include "base/toml_file.h"
#include "base/utf8.h"

using namespace crosscheck;

TEST_CASE("civil dates round-trip and know their weekdays", "[base][date]") {
  CHECK(FormatIsoDate(DaysFromCivil(2025, 3, 26)) == "2025-03-26");
  CHECK(IsoWeekday(DaysFromCivil(2025, 3, 26)) == 3);   // a Wednesday
  CHECK(IsoWeekday(DaysFromCivil(1970, 1, 1)) == 4);    // a Thursday
  CHECK(IsoWeekday(DaysFromCivil(1969, 12, 29)) == 1);  // before the epoch
  CHECK(IsValidDate(2024, 2, 29));
  CHECK_FALSE(IsValidDate(2025, 2, 29));
  CHECK_FALSE(IsValidDate(1900, 2, 29));
  CHECK(IsValidDate(2000, 2, 29));
  CHECK_FALSE(IsValidDate(2025, 4, 31));
  CHECK(ParseIsoDate("2025-03-12") == DaysFromCivil(2025, 3, 12));
  CHECK_FALSE(ParseIsoDate("2025-02-30"));
  CHECK_FALSE(ParseIsoDate("2025-3-12"));
  for (Day d = -800000; d < 800000; d += 997)
    CHECK(DaysFromCivil(CivilFromDays(d).year, CivilFromDays(d).month, CivilFromDays(d).day) == d);
}

TEST_CASE("utf8::FindInvalid finds the first bad byte", "[base][utf8]") {
  auto row = GENERATE(table<std::string, size_t>({
      {"plain ascii", 11},
      {"Vi\xE1\xBB\x87t Nam", 10},
      {"bad \xC3 here", 4},
      {"overlong \xC0\xAF", 9},
      {"surrogate \xED\xA0\x80", 10},
      {"too big \xF4\x90\x80\x80", 8},
      {"truncated \xE2\x82", 10},
      {"0123456789abcdef\xFF", 16},
  }));
  CAPTURE(std::get<0>(row));
  CHECK(utf8::FindInvalid(std::get<0>(row)) == std::get<1>(row));
}

TEST_CASE("line index gives 1-based lines and code-point columns", "[base][lines]") {
  std::string text = "first line\nsecond \xE2\x80\x94 line\n\nfourth";
  LineIndex index(text);
  CHECK(index.line_count() == 4);
  LineCol lc = index.At(text, 0);
  CHECK((lc.line == 1 && lc.column == 1));
  size_t pos = text.find("line", 11);
  lc = index.At(text, static_cast<uint32_t>(pos));
  CHECK(lc.line == 2);
  CHECK(lc.column == 10);  // the em dash is one code point, three bytes
  CHECK(index.Line(text, 2) == "second \xE2\x80\x94 line");
  // The cursor agrees with At() for every offset, forwards and after a jump back.
  LineIndex::Cursor cursor(index, text);
  for (uint32_t o = 0; o <= text.size(); ++o) {
    LineCol a = index.At(text, o), b = cursor.At(o);
    CHECK((a.line == b.line && a.column == b.column));
  }
  LineCol back = cursor.At(3);
  CHECK((back.line == 1 && back.column == 4));
}

TEST_CASE("diagnostics render as path:line:col with a caret", "[base][diag]") {
  Diagnostic d;
  d.path = "claims/trade.toml";
  d.line = 14;
  d.column = 3;
  d.message = "unknown key 'unti'; did you mean 'unit'?";
  d.source_line = "  unti = \"USD\"";
  CHECK(d.Render() ==
        "claims/trade.toml:14:3: error: unknown key 'unti'; did you mean 'unit'?\n"
        " 14 |   unti = \"USD\"\n"
        "    |   ^");
}

TEST_CASE("a diagnostic on a long line quotes a window around it, escapes shown", "[base][diag]") {
  Diagnostic d;
  d.path = "a.md";
  d.line = 1;
  std::string line = std::string(5000, 'x') + " bad \x1b[2J date " + std::string(5000, 'y');
  d.column = 5002;
  d.message = "'bad' is odd";
  d.QuoteLine(line, 5001);
  std::string r = d.Render();
  CHECK(r.size() < 600);
  CHECK(r.find('\x1b') == std::string::npos);
  CHECK(r.find("\\x1b[2J") != std::string::npos);
  // The caret stands under "bad".
  size_t quote = r.find(" 1 | "), caret = r.find('^');
  REQUIRE(quote != std::string::npos);
  REQUIRE(caret != std::string::npos);
  std::string shown = r.substr(quote + 5, r.find('\n', quote) - quote - 5);
  size_t bar = r.rfind(" | ", caret);
  size_t cps = 0, at = 0;
  while (cps < caret - bar - 3 && at < shown.size()) {
    ++at;
    while (at < shown.size() && (static_cast<unsigned char>(shown[at]) & 0xC0) == 0x80) ++at;
    ++cps;
  }
  CHECK(shown.substr(at, 3) == "bad");
}

TEST_CASE("line index columns on long lines match a count from the line start", "[base]") {
  // 20,000 characters of mixed widths on one line, then a short line: every
  // offset's column is the code points before it on its line.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";  // a é € 😀
  text += "\nshort\n";
  LineIndex index(text);
  for (uint32_t offset = 0; offset < text.size(); offset += 997) {
    size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    start = (start == std::string::npos || start >= offset) ? 0 : start + 1;
    size_t want = 1 + utf8::CountCodePoints(std::string_view(text).substr(start, offset - start));
    LineCol lc = index.At(text, offset);
    CAPTURE(offset);
    CHECK(lc.column == static_cast<int>(want));
  }
  CHECK(index.At(text, static_cast<uint32_t>(text.size() - 3)).line == 2);
}

TEST_CASE("article text shown on a terminal carries no control sequences", "[base]") {
  CHECK(utf8::Visible("title \x1b]0;pwned\x07 clear \x1b[2J") ==
        "title \\x1b]0;pwned\\x07 clear \\x1b[2J");
  CHECK(utf8::Visible("US$\xe2\x80\xae"
                      "01 billion") == "US$<U+202E>01 billion");
  CHECK(utf8::Visible("tab\tand\nnewline, caf\xc3\xa9, \xe2\x82\xac") ==
        "tab\tand\nnewline, caf\xc3\xa9, \xe2\x82\xac");
  CHECK(utf8::Visible("\xc2\x9b"
                      "31m") == "<U+009B>31m");  // the C1 CSI
}

TEST_CASE("numbers for people: never scientific notation", "[base][numbers]") {
  struct Row {
    double value;
    const char* fixed;
    const char* human;
  };
  const Row rows[] = {
      {0, "0", "0"},
      {-0.0, "0", "0"},
      {0.35, "0.35", "0.35"},
      {0.0004, "0.0004", "0.0004"},
      {1e-12, "0.000000000001", "0.000000000001"},
      {1.0 / 3, "0.3333333333333333", "0.333333"},
      {2024, "2024", "2,024"},
      {12500, "12500", "12,500"},
      {-2e9, "-2000000000", "-2 billion"},
      {1e6, "1000000", "1 million"},
      {10.25e9, "10250000000", "10.25 billion"},
      {1.0245e10, "10245000000", "10.245 billion"},
      {1234567.891, "1234567.891", "1.23457 million"},
      {2.5e12, "2500000000000", "2.5 trillion"},
      {1.5e21, "1500000000000000000000", "1,500,000,000 trillion"},
  };
  for (const Row& r : rows) {
    INFO(r.value);
    CHECK(FixedNumber(r.value) == r.fixed);
    CHECK(HumanNumber(r.value) == r.human);
  }
  CHECK(HumanRange(9e9, 9.5e9) == "9-9.5 billion");
  CHECK(HumanRange(12000, 15000) == "12,000-15,000");
  CHECK(HumanRange(9e8, 1.2e9) == "900 million-1.2 billion");
}

// TOML texts are measured before toml++ parses them (it recurses on dotted
// keys and nesting): shapes of real files pass, deep ones are refused at
// their position.
TEST_CASE("TOML: keys of many parts and deep nesting are refused before parsing", "[base][toml]") {
  using namespace crosscheck;
  auto ok = [](const std::string& text) { return MeasureToml(text).line == 0; };
  CHECK(ok("[pack]\nname = \"a.b.c [x] {y}\"\n[[metric]]\nid = 'trade.bilateral'\n"));
  CHECK(ok("a.b.c = 1\nx = [[1, 2], [3]]\nt = { a.b = 1, c = { d = [1.5, 2.5] } }\n"));
  CHECK(ok("s = \"\"\"\n[[[[ not nesting\n\"\"\"\nq = '''\na.b.c.d'''\n# a.b.c [[[\n"));
  std::string deep_key = "a";
  for (int i = 0; i < 100; ++i) deep_key += ".a";
  TomlShapeError key = MeasureToml("x = 1\n" + deep_key + " = 1\n");
  CHECK(key.line == 2);
  CHECK(key.message == "a key of more than 64 dotted parts");
  CHECK(MeasureToml("[" + deep_key + "]\n").line == 1);
  TomlShapeError nest = MeasureToml("k = " + std::string(100, '[') + "\n");
  CHECK(nest.line == 1);
  CHECK(nest.column == 69);
  CHECK(nest.message == "values nested more than 64 levels deep");
  std::string tables = "t = ";
  for (int i = 0; i < 70; ++i) tables += "{ a = ";
  CHECK(MeasureToml(tables + "1\n").message == "values nested more than 64 levels deep");
  // The parse that follows says so as a positioned error, no crash.
  toml::table t;
  Diagnostic error;
  CHECK(!ParseTomlFile(deep_key + " = 1\n", "deep.toml", "test", &t, &error));
  CHECK(error.Render().rfind("deep.toml:1:", 0) == 0);
}
