#include "load/load.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

using namespace crosscheck;

TEST_CASE("front matter gives metadata and the body starts after it", "[load]") {
  std::string text =
      "+++\n# comment\ntitle = \"T\"\nsource = \"S\"\nurl = \"https://x.example/a\"\n"
      "published = 2025-03-12\ncurrency = \"SGD\"\n+++\nBody text.\n";
  auto r = LoadBytes("a.md", text, {});
  REQUIRE(r.ok());
  const Document& d = r.value();
  CHECK(d.meta.title == "T");
  CHECK(d.meta.source == "S");
  CHECK(d.meta.url == "https://x.example/a");
  CHECK(d.meta.published == DaysFromCivil(2025, 3, 12));
  CHECK(d.meta.currency == "SGD");
  CHECK(d.body.In(d.bytes) == "Body text.\n");
  CHECK(d.format == Format::kMarkdown);
}

TEST_CASE("published as a string and the --published fallback", "[load]") {
  auto r = LoadBytes("a.txt", "+++\npublished = \"2024-01-05\"\n+++\nx\n", {});
  REQUIRE(r.ok());
  CHECK(r.value().meta.published == DaysFromCivil(2024, 1, 5));
  LoadOptions o;
  o.default_published = DaysFromCivil(2020, 1, 1);
  auto fallback = LoadBytes("b.txt", "no front matter\n", o);
  REQUIRE(fallback.ok());
  CHECK(fallback.value().meta.published == DaysFromCivil(2020, 1, 1));
}

TEST_CASE("bad input is rejected with the file, position and reason", "[load][errors]") {
  auto msg = [](const std::string& name, const std::string& bytes) {
    auto r = LoadBytes(name, bytes, {});
    REQUIRE_FALSE(r.ok());
    std::string s = r.diag().Render();
    return s.substr(0, s.find('\n'));
  };
  CHECK(msg("e.md", "") == "e.md: error: file is empty");
  CHECK(msg("e.md", "+++\ntitle = \"x\"\n+++\n \n") ==
        "e.md: error: file has no text after its front matter");
  CHECK(msg("b.bin", std::string("abc\ndef\0ghi", 11)) ==
        "b.bin:2:4: error: binary file (NUL byte at offset 7); file skipped");
  // Wide encodings are named, with the fix, by their mark or their NUL pattern.
  CHECK(msg("w.md", std::string("\xFF\xFEH\0i\0", 6)) ==
        "w.md: error: the file is UTF-16 (little-endian) text; crosscheck reads UTF-8 (convert it, "
        "e.g. iconv -f UTF-16 -t UTF-8); file skipped");
  CHECK(msg("w.md", std::string("\0H\0e\0l\0l\0o", 10)) ==
        "w.md: error: the file is UTF-16 (big-endian) text; crosscheck reads UTF-8 (convert it, "
        "e.g. iconv -f UTF-16 -t UTF-8); file skipped");
  CHECK(msg("u.txt", "ok\nViệt \xC3(x") ==
        "u.txt:2:6: error: invalid UTF-8 (byte 0xC3 at offset 10); file skipped");
  CHECK(msg("f.md", "+++\npublished = \"2025-02-30\"\n+++\nbody\n") ==
        "f.md:2:13: error: published = \"2025-02-30\" is not a real date in the form YYYY-MM-DD");
  CHECK(msg("f.md", "+++\npublished = 2025-02-30\n+++\nbody\n").rfind("f.md:2:", 0) == 0);
  CHECK(msg("f.md", "+++\ntitle = \"unterminated\n+++\nbody\n").rfind("f.md:2:", 0) == 0);
  CHECK(msg("f.md", "+++\ncurrency = \"dollars\"\n+++\nbody\n") ==
        "f.md:2:12: error: currency must be an ISO 4217 code such as USD, got \"dollars\"");
  CHECK(msg("f.md", "+++\ndate_order = \"ymd\"\n+++\nbody\n") ==
        "f.md:2:14: error: date_order must be \"dmy\" (04/05/2025 is 4 May) or \"mdy\" (April "
        "5), got \"ymd\"");
}

TEST_CASE("missing files and directories are diagnosed, directories are walked", "[load]") {
  auto r = LoadFile("/nonexistent/x.md", {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.diag().Render() == "/nonexistent/x.md: error: no such file");
  DiagSink sink;
  auto files = ExpandPaths({std::string(CROSSCHECK_SOURCE_DIR) + "/corpus", "/nonexistent"}, sink);
  CHECK(files.size() == 5);
  CHECK(std::is_sorted(files.begin(), files.end()));
  REQUIRE(sink.items().size() == 1);
  CHECK(sink.items()[0].message == "no such file or directory");
}

TEST_CASE("HTML metadata comes from meta tags when there is no front matter", "[load][html]") {
  std::string html =
      "<!doctype html><html><head><title>Trade up</title>"
      "<meta property=\"og:site_name\" content=\"Daily\">"
      "<meta property=\"article:published_time\" content=\"2025-03-12T08:00:00Z\">"
      "</head><body><p>x</p></body></html>";
  auto r = LoadBytes("a.html", html, {});
  REQUIRE(r.ok());
  CHECK(r.value().format == Format::kHtml);
  CHECK(r.value().meta.title == "Trade up");
  CHECK(r.value().meta.source == "Daily");
  CHECK(r.value().meta.published == DaysFromCivil(2025, 3, 12));
}

TEST_CASE("only regular files are read; an endless device is refused, not exhausted", "[load]") {
  auto r = LoadFile("/dev/zero", {});
  REQUIRE(!r.ok());
  CHECK(r.diag().code == "load.not-regular");
  CHECK(r.diag().message.find("name it '-'") != std::string::npos);
}

TEST_CASE("front matter keys of other tools are kept, common names are read, near misses warn",
          "[load]") {
  auto r = LoadBytes("f.md",
                     "+++\ntitle = \"x\"\nauthor = \"A. Writer\"\ntags = [\"trade\"]\n"
                     "publshed = 2025-03-12\ndate = 2025-03-11\npublisher = \"Daily\"\n"
                     "language = \"vi\"\ndraft = false\n+++\nbody\n",
                     {});
  REQUIRE(r.ok());
  const Metadata& m = r.value().meta;
  // "date", "publisher" and "language" are the common names of our keys.
  REQUIRE(m.published);
  CHECK(*m.published == DaysFromCivil(2025, 3, 11));
  CHECK(m.source == "Daily");
  CHECK(m.lang == "vi");
  // The rest is kept as metadata, in file order.
  REQUIRE(m.extra.size() == 4);
  CHECK(m.extra[0].first == "author");
  CHECK(m.extra[0].second == "A. Writer");
  CHECK(m.extra[1].first == "tags");
  CHECK(m.extra[1].second == "[ 'trade' ]");  // TOML text of a value that is not a string
  CHECK(m.extra[2].first == "publshed");
  CHECK(m.extra[3].first == "draft");
  // A key one edit from one of ours is a warning with the suggestion.
  REQUIRE(m.warnings.size() == 1);
  CHECK(m.warnings[0].Render().substr(0, m.warnings[0].Render().find('\n')) ==
        "f.md:5:1: warning: front matter key 'publshed' is not one crosscheck reads; did you "
        "mean 'published'? (kept as metadata)");
  // Our own name wins over a common one, wherever it stands.
  auto both = LoadBytes("g.md", "+++\ndate = 2025-01-01\npublished = 2025-02-02\n+++\nbody\n", {});
  REQUIRE(both.ok());
  CHECK(*both.value().meta.published == DaysFromCivil(2025, 2, 2));
}

TEST_CASE("YAML front matter reads like TOML front matter", "[load][yaml]") {
  auto r = LoadBytes("y.md",
                     "---\n"
                     "title: \"Trade ties\"\n"
                     "date: 2025-03-12 09:30\n"
                     "author: A. Writer\n"
                     "tags:\n  - trade\n  - visits\n"
                     "publisher: Daily\n"
                     "lang: vi\n"
                     "draft: false\n"
                     "---\n"
                     "Body text.\n",
                     {});
  REQUIRE(r.ok());
  const Metadata& m = r.value().meta;
  REQUIRE(m.published);
  CHECK(*m.published == DaysFromCivil(2025, 3, 12));  // the date of a date and time
  CHECK(m.title == "Trade ties");
  CHECK(m.source == "Daily");
  CHECK(m.lang == "vi");
  REQUIRE(m.extra.size() == 3);
  CHECK(m.extra[0] == std::pair<std::string, std::string>{"author", "A. Writer"});
  CHECK(m.extra[1] == std::pair<std::string, std::string>{"tags", "trade, visits"});
  CHECK(m.extra[2] == std::pair<std::string, std::string>{"draft", "false"});
  CHECK(m.warnings.empty());
  CHECK(r.value().body.In(r.value().bytes) == "Body text.\n");
  // Jekyll also closes with "...".
  auto dots = LoadBytes("d.md", "---\npublished: 2024-01-05\n...\nBody.\n", {});
  REQUIRE(dots.ok());
  CHECK(*dots.value().meta.published == DaysFromCivil(2024, 1, 5));
}

TEST_CASE("YAML front matter: near misses warn, wrong types and bad syntax are errors",
          "[load][yaml]") {
  auto first_line = [](const Diagnostic& d) {
    std::string r = d.Render();
    return r.substr(0, r.find('\n'));
  };
  auto near = LoadBytes("n.md", "---\ntitle: x\npublshed: 2025-03-12\nlang: en\n---\nbody\n", {});
  REQUIRE(near.ok());
  REQUIRE(near.value().meta.warnings.size() == 1);
  CHECK(first_line(near.value().meta.warnings[0]) ==
        "n.md:3:1: warning: front matter key 'publshed' is not one crosscheck reads; did you "
        "mean 'published'? (kept as metadata)");
  CHECK(!near.value().meta.published);

  auto msg = [&](const std::string& bytes) {
    auto res = LoadBytes("t.md", bytes, {});
    REQUIRE(!res.ok());
    return first_line(res.diag());
  };
  CHECK(msg("---\ntitle:\n  - a\n  - b\n---\nbody\n") ==
        "t.md:3:3: error: front matter key 'title' must be a string, not a list");
  CHECK(msg("---\ndate: [2025]\n---\nbody\n") ==
        "t.md:2:7: error: date must be a date such as 2025-03-12, not a list");
  CHECK(msg("---\npublished: 12 March\n---\nbody\n") ==
        "t.md:2:1: error: published = \"12 March\" is not a real date in the form YYYY-MM-DD");
  CHECK(msg("---\ntitle: x\nnote: a: b\n---\nbody\n") ==
        "t.md:3:8: error: malformed front matter: illegal map value");
  CHECK(msg("---\na: " + std::string(100, '[') + "\n---\nbody\n") ==
        "t.md:2:1: error: malformed front matter: YAML nested more than 64 levels deep");
}

TEST_CASE("a front matter block that never closes is an error, a Markdown rule is not",
          "[load][yaml]") {
  auto unclosed = LoadBytes("u.md", "+++\ntitle = \"x\"\npublished = 2025-03-12\nBody.\n", {});
  REQUIRE(!unclosed.ok());
  std::string r = unclosed.diag().Render();
  CHECK(r.substr(0, r.find('\n')) ==
        "u.md:1:1: error: front matter opens with '+++' and is never closed; add a '+++' line "
        "after its last key (file skipped, so that its keys are not read as article text)");
  auto yaml = LoadBytes("v.md", "---\ntitle: x\ndate: 2025-03-12\n\nBody.\n", {});
  REQUIRE(!yaml.ok());
  CHECK(yaml.diag().code == "load.front-matter-unclosed");
  // "---" over prose is a thematic break: the file is read as text.
  auto rule = LoadBytes("w.md", "---\nTrade rose 5% in 2024.\n\n---\nMore text.\n", {});
  REQUIRE(rule.ok());
  CHECK(rule.value().body.begin == 0);
  REQUIRE(rule.value().meta.warnings.size() >= 1);
  CHECK(rule.value().meta.warnings[0].Render().substr(0, 158) ==
        "w.md:2:1: warning: the '---' lines at the top enclose text, not 'key: value' lines, so "
        "nothing is read from them as metadata and they are read as article text");
  auto lone = LoadBytes("x.md", "---\nTrade rose 5% in 2024.\n", {});
  REQUIRE(lone.ok());
  CHECK(lone.value().body.begin == 0);
}

// A document that does not say its language is read from its words
// (claims/languages.toml detect_words). Paragraphs written for this test.
TEST_CASE("the language of a document that does not say it is read from its words",
          "[load][language]") {
  auto read = [](const std::string& body) {
    auto r = LoadBytes("a.md", "+++\ntitle = \"T\"\n+++\n" + body, {});
    REQUIRE(r.ok());
    return r.value().meta;
  };
  struct Row {
    const char* want;
    const char* body;
  };
  const Row rows[] = {
      {"en",
       "The two governments said on Monday that the new port would open next year. Officials "
       "from both sides have met three times since the agreement was signed, and the ministry "
       "said that the work was on schedule with the funds that were promised."},
      {"fr",
       "Les deux gouvernements ont annoncé lundi que le nouveau port ouvrira l'an prochain. "
       "Selon le ministère, les travaux avancent dans les délais et les fonds promis sont "
       "disponibles depuis le mois dernier pour la première phase du chantier."},
      {"id",
       "Kedua pemerintah mengatakan pada hari Senin bahwa pelabuhan baru tersebut akan dibuka "
       "tahun depan. Menurut kementerian, pekerjaan berjalan sesuai jadwal karena dana yang "
       "dijanjikan sudah tersedia, namun masih ada hal yang harus diselesaikan agar proyek "
       "bisa rampung."},
      {"ms",
       "Kedua-dua kerajaan berkata pada hari Isnin bahawa pelabuhan baharu itu akan dibuka "
       "tahun depan. Menurut kementerian, kerja berjalan mengikut jadual kerana dana yang "
       "dijanjikan telah tersedia, dan beliau berkata projek itu boleh siap supaya ekonomi "
       "negeri itu berkembang."},
      {"vi",
       "Hai chính phủ cho biết vào thứ Hai rằng cảng mới sẽ mở cửa vào năm tới. Theo bộ, công "
       "việc đang được thực hiện đúng tiến độ và các khoản tiền đã hứa đã có từ tháng trước "
       "cho giai đoạn đầu của dự án."},
  };
  for (const Row& r : rows) {
    CAPTURE(r.body);
    Metadata m = read(r.body);
    CHECK(m.lang == r.want);
    CHECK(m.lang_from.rfind("text: ", 0) == 0);
    CHECK(m.warnings.empty());
  }
  // A line too short to tell is read as English, and a note says so.
  Metadata short_text = read("Rp 5 triliun.\n");
  CHECK(short_text.lang == "en");
  CHECK(short_text.lang_from.rfind("default: ", 0) == 0);
  REQUIRE(short_text.warnings.size() == 1);
  CHECK(short_text.warnings[0].code == "load.language-unsure");
  // An English text that quotes French names stays English.
  CHECK(read("The minister told Le Monde and La Tribune that the talks with the union were "
             "going well, and that the deal would be signed by the end of the month, which "
             "has been the plan since the spring.")
            .lang == "en");
  // What the front matter says is never overruled by the words.
  auto given = LoadBytes("b.md",
                         "+++\nlang = \"vi\"\n+++\nThe two governments said that the new port "
                         "would open next year, and that the funds were there.\n",
                         {});
  REQUIRE(given.ok());
  CHECK(given.value().meta.lang == "vi");
  CHECK(given.value().meta.lang_from == "front matter");
}

TEST_CASE("an HTML page's language comes from its metadata", "[load][language][html]") {
  auto r = LoadBytes("p.html",
                     "<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head>"
                     "<body><p>The two governments said that the port would open.</p></body>"
                     "</html>",
                     {});
  REQUIRE(r.ok());
  CHECK(r.value().meta.lang == "fr-FR");
  CHECK(r.value().meta.lang_from == "html");
}

// Issue 24 item 8: front matter that would be lost silently is said, at its
// position.
TEST_CASE("front matter that would be lost silently is a positioned error or warning",
          "[load][errors]") {
  auto first_line = [](const Diagnostic& d) {
    std::string r = d.Render();
    return r.substr(0, r.find('\n'));
  };
  // Old Mac line endings: the fences would not be lines.
  auto cr = LoadBytes("cr.md", "---\rtitle: x\rpublished: 2025-03-12\r---\rTrade 5.\r", {});
  REQUIRE(!cr.ok());
  CHECK(first_line(cr.diag()) ==
        "cr.md:1:1: error: lines end in CR only (old Mac line endings), so the front matter "
        "cannot be read; convert the file to LF line endings");
  // CRLF is fine.
  auto crlf =
      LoadBytes("crlf.md", "---\r\ntitle: x\r\npublished: 2025-03-12\r\n---\r\nText.\r\n", {});
  REQUIRE(crlf.ok());
  CHECK(crlf.value().meta.published == DaysFromCivil(2025, 3, 12));
  // A key given twice, in YAML as in TOML.
  auto dup = LoadBytes("d.md", "---\npublished: 2025-03-12\npublished: 2024-01-01\n---\nT.\n", {});
  REQUIRE(!dup.ok());
  CHECK(first_line(dup.diag()) ==
        "d.md:3:1: error: front matter key 'published' is given twice (lines 2 and 3); keep one");
  // A quote that does not close on its line swallows the keys below it.
  auto q = LoadBytes("q.md", "---\ntitle: \"unclosed\npublished: 2025-03-12\n---\nT.\n", {});
  REQUIRE(q.ok());
  bool warned = false;
  for (const Diagnostic& w : q.value().meta.warnings)
    warned |= w.code == "load.front-matter-quote" && w.line == 2 && w.column == 8;
  CHECK(warned);
  // A quote closed on its line, with an escaped quote inside, is no warning.
  auto ok = LoadBytes("ok.md", "---\ntitle: \"a \\\"b\\\" c\"\nlang: en\n---\nT.\n", {});
  REQUIRE(ok.ok());
  for (const Diagnostic& w : ok.value().meta.warnings) CHECK(w.code != "load.front-matter-quote");
}

TEST_CASE("front matter that is a list, or JSON, is said or read, never dropped",
          "[load][errors]") {
  auto first_line = [](const Diagnostic& d) {
    std::string r = d.Render();
    return r.substr(0, r.find('\n'));
  };
  // A YAML list between the fences: read as text, with a warning at the list.
  auto list = LoadBytes("l.md", "---\n- title\n- 2025-03-12\n---\nExports rose 4%.\n", {});
  REQUIRE(list.ok());
  CHECK(list.value().body.begin == 0);
  REQUIRE(list.value().meta.warnings.size() >= 1);
  CHECK(first_line(list.value().meta.warnings[0]) ==
        "l.md:2:1: warning: the '---' lines at the top enclose a list, not 'key: value' lines, so "
        "nothing is read from them as metadata and they are read as article text");
  auto flow = LoadBytes("f.md", "---\n[a, b]\n---\nText.\n", {});
  REQUIRE(flow.ok());
  REQUIRE(flow.value().meta.warnings.size() >= 1);
  CHECK(flow.value().meta.warnings[0].code == "load.front-matter-shape");
  // A mapping is no warning.
  auto map = LoadBytes("m.md", "---\ntitle: x\nlang: en\n---\nText.\n", {});
  REQUIRE(map.ok());
  CHECK(map.value().meta.warnings.empty());

  // Hugo's JSON front matter: read like the others, keys at their positions.
  auto json =
      LoadBytes("j.md",
                "{\n  \"title\": \"Port volumes\",\n  \"date\": \"2025-03-12\",\n"
                "  \"tags\": [\"trade\", {\"x\": \"}\"}],\n  \"lang\": \"fr\"\n}\nLe port.\n",
                {});
  REQUIRE(json.ok());
  const Document& d = json.value();
  CHECK(d.meta.title == "Port volumes");
  CHECK(d.meta.published == DaysFromCivil(2025, 3, 12));
  CHECK(d.meta.lang == "fr");
  CHECK(d.body.In(d.bytes) == "Le port.\n");
  // Errors at their place: a wrong type, a key twice, bad JSON, no close.
  auto type = LoadBytes("t.md", "{\n  \"title\": 5\n}\nText.\n", {});
  REQUIRE(!type.ok());
  CHECK(first_line(type.diag()) ==
        "t.md:2:3: error: front matter key 'title' must be a string, not a number");
  auto twice = LoadBytes("d.md", "{\"lang\": \"en\",\n \"lang\": \"fr\"}\nText.\n", {});
  REQUIRE(!twice.ok());
  CHECK(twice.diag().code == "load.front-matter-duplicate");
  CHECK(twice.diag().line == 2);
  auto bad = LoadBytes("b.md", "{\n  \"title\": \"x\",\n  \"lang\" \"en\"\n}\nText.\n", {});
  REQUIRE(!bad.ok());
  CHECK(bad.diag().line == 3);
  auto open = LoadBytes("o.md", "{\"title\": \"x\",\nText without end.\n", {});
  REQUIRE(!open.ok());
  CHECK(open.diag().code == "load.front-matter-unclosed");
  auto after = LoadBytes("a.md", "{\"title\": \"x\"} and then text.\n", {});
  REQUIRE(!after.ok());
  CHECK(after.diag().column == 16);  // the text after it
  // Prose that opens with a brace is not JSON.
  auto prose = LoadBytes("p.md", "{Editor's note} Exports rose 4%.\n", {});
  REQUIRE(prose.ok());
  CHECK(prose.value().body.begin == 0);
  // Nesting past the bound is refused before any parser sees it.
  std::string deep = "{\"a\": " + std::string(100, '[') + std::string(100, ']') + "}\nT.\n";
  auto too_deep = LoadBytes("n.md", deep, {});
  REQUIRE(!too_deep.ok());
  CHECK(too_deep.diag().message.find("nested more than 64") != std::string::npos);
}
