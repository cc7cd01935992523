// End-to-end tests of `crosscheck check` on the bundled corpus: the golden
// report, every expected finding, exit codes and pack errors.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "compare/findings.h"
#include "run_util.h"

using crosscheck::testing::Run;
using crosscheck::testing::RunResult;
using crosscheck::testing::Slurp;

namespace {

// "rule path:line:col" of each line of a reviewed list, comments skipped.
std::vector<std::string> Expected(const std::string& file) {
  std::vector<std::string> out;
  std::istringstream in(Slurp(file));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

std::string Where(const nlohmann::json& report, const nlohmann::json& evidence) {
  std::string doc = evidence["doc"];
  for (const auto& d : report["documents"])
    if (d["id"] == doc)
      return d["path"].get<std::string>() + ":" +
             std::to_string(evidence["span"]["line"].get<int>()) + ":" +
             std::to_string(evidence["span"]["column"].get<int>());
  return "?";
}

}  // namespace

TEST_CASE("check on the corpus matches the reviewed golden report", "[cli][check][golden]") {
  RunResult text = Run("check corpus --color never");
  CHECK(text.code == 0);  // warnings and info only: below the default --fail-on error
  CHECK(text.out == Slurp("tests/golden/corpus/expected.txt"));
  RunResult json = Run("check corpus --format json");
  CHECK(json.out == Slurp("tests/golden/corpus/expected.json"));
}

TEST_CASE("every format of check matches its reviewed golden report and says the same",
          "[cli][check][golden][formats]") {
  auto json = nlohmann::json::parse(Run("check corpus --format json").out);
  for (const char* f : {"sarif", "markdown", "github", "junit", "html"}) {
    CAPTURE(f);
    RunResult r = Run(std::string("check corpus --format ") + f);
    CHECK(r.code == 0);
    CHECK(r.out == Slurp(std::string("tests/golden/corpus/expected.") + f));
  }
  // SARIF: one result per finding, same rule, level and message.
  auto sarif = nlohmann::json::parse(Run("check corpus --format sarif").out);
  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == json["findings"].size());
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& f = json["findings"][i];
    CHECK(results[i]["ruleId"] == f["rule"]);
    CHECK(results[i]["message"]["text"] == f["message"]);
    std::string level = f["severity"] == "info" ? "note" : f["severity"].get<std::string>();
    CHECK(results[i]["level"] == level);
  }
  // JUnit: a failure for each finding at or above --fail-on, none below.
  RunResult junit = Run("check corpus --format junit --fail-on warning");
  size_t failures = 0;
  for (size_t at = junit.out.find("<failure "); at != std::string::npos;
       at = junit.out.find("<failure ", at + 1))
    ++failures;
  CHECK(failures == json["summary"]["findings"]["error"].get<size_t>() +
                        json["summary"]["findings"]["warning"].get<size_t>());
}

TEST_CASE("several formats in one run, each to its file", "[cli][check][formats]") {
  std::string dir = "build/check_cli_formats_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  RunResult r = Run("check corpus --format json --output-format sarif=" + dir +
                    "/r.sarif --output-format markdown=" + dir + "/r.md");
  CHECK(r.code == 0);
  CHECK(Slurp(dir + "/r.sarif") == Slurp("tests/golden/corpus/expected.sarif"));
  CHECK(Slurp(dir + "/r.md") == Slurp("tests/golden/corpus/expected.markdown"));
  CHECK(r.out == Slurp("tests/golden/corpus/expected.json"));
  // A format the table does not have is refused with the formats it has.
  RunResult bad = Run("check corpus --output-format pdf=" + dir + "/r.pdf");
  CHECK(bad.code != 0);
  CHECK(bad.err.find("unknown format 'pdf'") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the report is the same for any number of jobs", "[cli][check][jobs]") {
  // Every format that carries ids and order, on the corpus and on copies
  // of it under other names (more documents than threads, in other orders
  // of completion).
  std::string dir = "build/check_cli_jobs_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  for (int k = 0; k < 6; ++k)
    std::filesystem::copy("corpus", dir + "/copy" + std::to_string(k),
                          std::filesystem::copy_options::recursive);
  for (const char* format : {"json", "text", "sarif"}) {
    std::string args = std::string("check corpus ") + dir + " --fail-on none --format " + format;
    RunResult one = Run(args + " --jobs 1");
    RunResult four = Run(args + " --jobs 4");
    INFO(format);
    REQUIRE(one.code == 0);
    CHECK(four.code == 0);
    CHECK(one.out == four.out);
  }
  // The default (the machine's cores) is the same report again.
  CHECK(Run(std::string("check corpus ") + dir + " --fail-on none --format json").out ==
        Run(std::string("check corpus ") + dir + " --fail-on none --format json --jobs 1").out);
  RunResult bad = Run("check corpus --jobs 0");
  CHECK(bad.code == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("SARIF rules link their help where --rules-url says; a URL that cannot be one is refused",
          "[cli][check][sarif]") {
  // Without a URL: help text only (the golden report), no helpUri.
  RunResult plain = Run("check corpus --format sarif");
  CHECK(plain.out.find("helpUri") == std::string::npos);
  RunResult r = Run("check corpus --format sarif --rules-url https://example.org/cc/docs/rules.md");
  REQUIRE(r.code == 0);
  nlohmann::json sarif = nlohmann::json::parse(r.out);
  const auto& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() >= 10);
  for (const auto& rule : rules) {
    std::string id = rule["id"];
    CHECK(rule["helpUri"] == "https://example.org/cc/docs/rules.md#" + id);
    // The page has that anchor, and the anchor is not part of the text.
    CHECK(Slurp("docs/rules.md").find("<a id=\"" + id + "\"></a>") != std::string::npos);
    CHECK(rule["fullDescription"]["text"].get<std::string>().find("<a id") == std::string::npos);
  }
  // Relative, fragment, space: refused before anything is read.
  for (const char* url : {"docs/rules.md", "https://example.org/rules.md#x", "file:///x y"}) {
    RunResult bad = Run(std::string("check corpus --format sarif --rules-url '") + url + "'");
    INFO(url);
    CHECK(bad.code == 2);
    CHECK(bad.out.empty());
  }
}

TEST_CASE("article text and file names cannot forge or inject in any format",
          "[cli][check][formats][escaping]") {
  std::string dir = "build/check_cli_hostile_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  // A file name with a newline, a percent and a comma; text with markup, a
  // script, a link, an escape sequence and a right-to-left override.
  std::string name = dir + "/x%2C\n::error file=forged,line=1::owned.md";
  std::ofstream(name) << "+++\npublished = 2025-03-12\nlang = \"en\"\n+++\nIn 2024, "
                         "Vietnam-Singapore trade reached US$9 billion <script>alert(1)</script> "
                         "[click](javascript:alert(1)) \x1b[31m \xe2\x80\xae.\n";
  std::ofstream(dir + "/b.md") << "+++\npublished = 2025-03-12\nlang = \"en\"\n+++\nIn 2024, "
                                  "Vietnam-Singapore trade reached US$12 billion.\n";
  for (const char* f : {"github", "markdown", "junit", "sarif", "line", "html"}) {
    CAPTURE(f);
    RunResult r = Run("check " + dir + " --format " + std::string(f) + " --fail-on none");
    CHECK(r.code == 0);
    CHECK(!r.out.empty());
    // SARIF is JSON: markup in a string is data, escaped by JSON's rules.
    if (std::string(f) != "sarif") CHECK(r.out.find("<script>") == std::string::npos);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find("\xe2\x80\xae") == std::string::npos);
    // The newline in the file name cannot start a forged command or finding
    // in a format whose lines are records.
    if (std::string(f) == "github" || std::string(f) == "line" || std::string(f) == "markdown")
      CHECK(r.out.find("\n::error file=forged") == std::string::npos);
    if (std::string(f) == "markdown") CHECK(r.out.find("](javascript:") == std::string::npos);
    if (std::string(f) == "html") CHECK(r.out.find("<a href=\"javascript") == std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("check on the corpus reports every expected finding and nothing else",
          "[cli][check][golden]") {
  auto report = nlohmann::json::parse(Run("check corpus --format json").out);
  std::set<std::string> got;
  for (const auto& f : report["findings"])
    got.insert(f["severity"].get<std::string>() + " " + f["rule"].get<std::string>() + " " +
               Where(report, f["evidence"][0]));
  std::set<std::string> want;
  for (const auto& line : Expected("tests/golden/corpus/expected-findings.txt")) want.insert(line);
  for (const auto& w : want) {
    CAPTURE(w);
    CHECK(got.count(w) == 1);
  }
  for (const auto& g : got) {
    CAPTURE(g);
    CHECK(want.count(g) == 1);  // no noise
  }
  std::set<std::string> checks;
  for (const auto& c : report["checks"])
    checks.insert(c["rule"].get<std::string>() + " " + Where(report, c["evidence"][0]));
  for (const auto& line : Expected("tests/golden/corpus/expected-checks.txt")) {
    CAPTURE(line);
    CHECK(checks.count(line) == 1);
  }
}

TEST_CASE("check exit codes follow --fail-on", "[cli][check]") {
  CHECK(Run("check corpus --fail-on warning").code == 1);
  CHECK(Run("check corpus --fail-on info").code == 1);
  CHECK(Run("check corpus --fail-on none").code == 0);
  CHECK(Run("check corpus --fail-on error").code == 0);
  CHECK(Run("check corpus --fail-on bogus").code == 2);
}

TEST_CASE("check --format line gives one path:line:col: severity [rule] message per place",
          "[cli][check]") {
  RunResult lines = Run("check corpus --format line");
  RunResult json = Run("check corpus --format json");
  CHECK(lines.code == json.code);
  auto report = nlohmann::json::parse(json.out);
  size_t places = 0;
  for (const auto& f : report["findings"]) places += f["evidence"].size();
  std::istringstream in(lines.out);
  std::string line;
  size_t n = 0;
  const std::regex shape(
      R"(^corpus/[^:]+\.md:[0-9]+:[0-9]+: (error|warning|info) \[[a-z-]+\] .+$)");
  while (std::getline(in, line)) {
    ++n;
    INFO(line);
    CHECK(std::regex_match(line, shape));
  }
  CHECK(n == places);
  CHECK(lines.out.find("corpus/000-deputy-minister-on-visit.md:43:95: warning [duration-vs-dates] "
                       "\"10 years\" does not fit \"2013\"") != std::string::npos);
}

TEST_CASE("an unreadable input does not hide the findings of the others", "[cli][check]") {
  // corpus has warnings: with --fail-on warning they give 1, unreadable file or not.
  RunResult mixed = Run("check tests/bad/binary.md corpus --fail-on warning --format json");
  CHECK(mixed.code == 1);
  CHECK(mixed.err.find("tests/bad/binary.md:1:5: error: binary file (NUL byte at offset 4); "
                       "file skipped") != std::string::npos);
  CHECK(mixed.err.find("crosscheck: 1 input was not read; the report covers the other 5 "
                       "documents") != std::string::npos);
  auto report = nlohmann::json::parse(mixed.out);
  REQUIRE(report["errors"].size() == 1);
  CHECK(report["errors"][0]["path"] == "tests/bad/binary.md");
  CHECK(report["errors"][0]["code"] == "load.binary");
  CHECK(report["errors"][0]["line"] == 1);
  CHECK(report["summary"]["inputs_not_read"] == 1);
  CHECK(report["summary"]["documents"] == 5);
  // An input that could not be read is an error of the run: 1 at the default
  // --fail-on error even where the readable files hold no error.
  CHECK(Run("check tests/bad/binary.md corpus").code == 1);
  CHECK(Run("check tests/bad/binary.md corpus --fail-on none").code == 0);
  // Nothing could be checked: 2.
  RunResult none = Run("check tests/bad/binary.md tests/bad/empty.md");
  CHECK(none.code == 2);
  // The text report says what it did not read.
  RunResult text = Run("check tests/bad/empty.md corpus");
  CHECK(text.out.find("\nNot checked: 1 input was not read\n  tests/bad/empty.md: file is "
                      "empty\n") != std::string::npos);
}

TEST_CASE("a broken pack stops the run with exit 2 before any article is read",
          "[cli][check][packs]") {
  RunResult r = Run("check --claims tests/packs/bad/unknown-key.toml tests/bad/invalid-utf8.txt");
  CHECK(r.code == 2);
  CHECK(r.err.rfind("tests/packs/bad/unknown-key.toml:7:1: error: unknown key 'tolerence' in "
                    "metric[0]; did you "
                    "mean 'tolerance'?",
                    0) == 0);
  CHECK(r.err.find("invalid-utf8") == std::string::npos);  // articles were not read
  CHECK(r.out.empty());
}

TEST_CASE("check with --claims uses the given pack", "[cli][check][packs]") {
  RunResult r = Run("check --claims claims corpus --format json");
  CHECK(r.code == 0);
  CHECK(r.out == Slurp("tests/golden/corpus/expected.json"));
}

TEST_CASE("untrusted text is escaped in JSON and the report writes atomically", "[cli][check]") {
  std::string dir = "build/check_cli_esc_" + std::to_string(getpid());
  std::string mk = "mkdir -p " + dir;
  REQUIRE(std::system(mk.c_str()) == 0);
  {
    std::ofstream(dir + "/a.md")
        << "+++\npublished = 2025-03-12\n+++\nAccording to Vietnamese customs data, Vietnam and "
           "Singapore: \"two-way\" trade in 2024 hit US$9 billion <script>x</script>.\n";
    std::ofstream(dir + "/b.md")
        << "+++\npublished = 2025-03-12\n+++\nVietnamese customs data show Vietnam-Singapore "
           "trade in 2024 was US$10.2 billion \\ back.\n";
  }
  RunResult r = Run("check " + dir + " --format json -o " + dir + "/report.json");
  CHECK(r.code == 1);  // a conflict: 9 vs 10.2 billion, both from one country's customs
  auto report = nlohmann::json::parse(Slurp(dir + "/report.json"));
  CHECK(report["summary"]["findings"]["error"] == 1);
  CHECK(report["findings"][0]["rule"] == "cross-source-conflict");
  std::string rm = "rm -rf " + dir;
  CHECK(std::system(rm.c_str()) == 0);
}

TEST_CASE("the -o report never replaces what is not a regular file, and keeps a file mode",
          "[cli][output]") {
  namespace fs = std::filesystem;
  fs::path dir = "build/out_safety_" + std::to_string(getpid());
  fs::create_directories(dir);
  // A symlink stays a symlink; the report lands in its target.
  std::ofstream(dir / "target.txt") << "old";
  fs::create_symlink("target.txt", dir / "link.txt");
  RunResult r =
      Run("extract corpus/000-deputy-minister-on-visit.md -o " + (dir / "link.txt").string());
  CHECK(r.code == 0);
  CHECK(fs::is_symlink(dir / "link.txt"));
  CHECK(Slurp((dir / "target.txt").string()).find("corpus/000") != std::string::npos);
  // A FIFO is written in place, not replaced by a regular file.
  std::string fifo = (dir / "pipe").string();
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  // Reader and writer in one shell, which waits for both.
  std::string both = "cat " + fifo + " > " + (dir / "from_pipe.txt").string() + " & " +
                     std::string(CROSSCHECK_BINARY) +
                     " extract corpus/000-deputy-minister-on-visit.md -o " + fifo +
                     "; s=$?; wait; exit $s";
  CHECK(std::system(both.c_str()) == 0);
  CHECK(Slurp((dir / "from_pipe.txt").string()).find("corpus/000") != std::string::npos);
  CHECK(fs::is_fifo(fifo));
  // A regular file keeps its mode; no temporary file is left behind.
  std::ofstream(dir / "report.txt") << "old";
  fs::permissions(dir / "report.txt",
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  r = Run("extract corpus/000-deputy-minister-on-visit.md -o " + (dir / "report.txt").string());
  CHECK(r.code == 0);
  CHECK((fs::status(dir / "report.txt").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  size_t hidden = 0;
  for (const auto& e : fs::directory_iterator(dir))
    hidden += e.path().filename().string().rfind(".report.txt.", 0) == 0;
  CHECK(hidden == 0);
  fs::remove_all(dir);
}

TEST_CASE("text reports show terminal controls from articles as escapes", "[cli][check]") {
  std::string dir = "build/check_cli_ctl_" + std::to_string(getpid());
  std::string mk = "mkdir -p " + dir;
  REQUIRE(std::system(mk.c_str()) == 0);
  std::ofstream(dir + "/a.md") << "+++\npublished = 2025-03-12\n+++\nVietnam-Singapore trade "
                                  "was US$9 billion in 2024 \x1b]0;pwned\x07 \x1b[2J.\n";
  std::ofstream(dir + "/b.md") << "+++\npublished = 2025-03-12\n+++\nVietnam-Singapore trade "
                                  "was US$10.2 billion in 2024.\n";
  RunResult r = Run("check --color never " + dir);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find("\\x1b]0;pwned") != std::string::npos);
  std::string rm = "rm -rf " + dir;
  CHECK(std::system(rm.c_str()) == 0);
}

TEST_CASE("'-' reads an article from standard input", "[cli][load]") {
  RunResult r = Run("extract - < corpus/000-deputy-minister-on-visit.md");
  CHECK(r.code == 0);
  CHECK(r.out.find("-:") == 0);
  CHECK(r.out.find("10.3 billion USD") != std::string::npos);
}

TEST_CASE("diff: exit codes like diff(1), HTML never carries article markup", "[cli][diff]") {
  std::string dir = "build/diff_cli_" + std::to_string(getpid());
  std::string mk = "mkdir -p " + dir;
  REQUIRE(std::system(mk.c_str()) == 0);
  std::ofstream(dir + "/a.txt")
      << "Trade hit US$9 billion in 2024. <script>alert(1)</script> said.\n";
  std::ofstream(dir + "/b.txt")
      << "Trade hit 9 billion USD in 2024. <script>alert(1)</script> said.\n";
  std::ofstream(dir + "/c.txt")
      << "Trade hit US$10 billion in 2024. <img src=x onerror=alert(1)> said.\n";
  CHECK(Run("diff " + dir + "/a.txt " + dir + "/a.txt").code == 0);
  CHECK(Run("diff " + dir + "/a.txt " + dir + "/b.txt").code == 0);  // formatting only
  RunResult value = Run("diff " + dir + "/a.txt " + dir + "/c.txt --color never");
  CHECK(value.code == 1);
  CHECK(value.out.find("[-US$9 billion-] {+US$10 billion+}") != std::string::npos);
  RunResult html = Run("diff " + dir + "/a.txt " + dir + "/c.txt --format html");
  CHECK(html.code == 1);
  CHECK(html.out.find("<script") == std::string::npos);
  CHECK(html.out.find("<img") == std::string::npos);
  CHECK(html.out.find("&lt;") != std::string::npos);
  RunResult json = Run("diff " + dir + "/a.txt " + dir + "/c.txt --format json");
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["summary"]["value_changes"].get<int>() > 0);
  CHECK(j["hunks"][0]["ops"][0]["op"] == "delete");
  CHECK(j["hunks"][0]["ops"][0]["old_text"] == "US$9 billion");
  CHECK(Run("diff " + dir + "/a.txt /nonexistent.txt").code == 2);
  std::ofstream(dir + "/empty.txt") << "";
  CHECK(Run("diff " + dir + "/a.txt " + dir + "/empty.txt").code == 2);
  std::string rm = "rm -rf " + dir;
  CHECK(std::system(rm.c_str()) == 0);
}

TEST_CASE("the progress line shows on a terminal only, and is erased", "[cli][progress]") {
  // No delay, so that a short run would show it.
  setenv("CROSSCHECK_PROGRESS_DELAY_MS", "0", 1);
  // Piped stderr (CI logs): never.
  RunResult piped = Run("check corpus --format json -o /dev/null");
  CHECK(piped.err.find('\r') == std::string::npos);
  CHECK(piped.err.find("checking") == std::string::npos);
  // A machine may lack `script`, or a pseudo-terminal to give it (a minimal
  // container): then the terminal half cannot run, and says so.
  if (std::system("command -v script >/dev/null 2>&1") != 0 ||
      std::system("script -qec true /dev/null >/dev/null 2>&1") != 0) {
    unsetenv("CROSSCHECK_PROGRESS_DELAY_MS");
    WARN(
        "skipped the terminal half: no pseudo-terminal here (util-linux 'script' is missing "
        "or cannot open one)");
    return;
  }
  // On a terminal (script's pty): the line, then its erasure.
  std::string out =
      std::string(CROSSCHECK_SOURCE_DIR) + "/build/progress_" + std::to_string(getpid()) + ".txt";
  std::string cmd = "cd '" + std::string(CROSSCHECK_SOURCE_DIR) + "' && script -qec \"" +
                    CROSSCHECK_BINARY + " check corpus --format json -o /dev/null\" /dev/null > " +
                    out;
  int status = std::system(cmd.c_str());
  unsetenv("CROSSCHECK_PROGRESS_DELAY_MS");
  CHECK(status == 0);
  std::string tty = Slurp(out);
  std::remove(out.c_str());
  CHECK(tty.find("\r\x1b[Kchecking 5/5 documents, 43 claims") != std::string::npos);
  REQUIRE(tty.size() >= 4);
  CHECK(tty.compare(tty.size() - 4, 4, "\r\x1b[K") == 0);  // erased at the end
}

TEST_CASE("output onto an input is refused before anything is read or written",
          "[cli][check][safety]") {
  std::string dir = "build/check_cli_onto_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  std::string a = dir + "/a.md";
  std::filesystem::copy_file("corpus/003-vn-sg-upgrade.md", a);
  std::string before = Slurp(a);
  for (const char* cmd : {"check", "extract"}) {
    CAPTURE(cmd);
    RunResult r =
        Run(std::string(cmd) + " -o " + a + " " + a + " corpus/000-deputy-minister-on-visit.md");
    CHECK(r.code == 2);
    CHECK(r.err.find("refusing to overwrite it") != std::string::npos);
    CHECK(Slurp(a) == before);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("a pack or settings file that is no regular file is refused, never read",
          "[cli][check][safety]") {
  RunResult pack = Run("check --claims /dev/zero corpus");
  CHECK(pack.code == 2);
  CHECK(pack.err.find("/dev/zero: error: claim pack is not a regular file") != std::string::npos);
  RunResult config = Run("check --config /dev/zero corpus");
  CHECK(config.code == 2);
  CHECK(config.err.find("the project configuration is not a regular file") != std::string::npos);
  RunResult baseline = Run("check --baseline /dev/zero corpus --no-config");
  CHECK(baseline.code == 2);
  CHECK(baseline.err.find("baseline file is not a regular file") != std::string::npos);
}

TEST_CASE(
    "a front matter key of fifty thousand parts is an error of that file; the others are checked",
    "[cli][check][safety]") {
  std::string dir = "build/check_cli_deep_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  std::string key = "a";
  for (int i = 0; i < 50000; ++i) key += ".a";
  std::ofstream(dir + "/deep.md") << "+++\n" << key << " = 1\n+++\nTrade rose 5% in 2024.\n";
  std::filesystem::copy_file("corpus/003-vn-sg-upgrade.md", dir + "/b.md");
  RunResult r = Run("check " + dir + " --no-config --format json");
  CHECK(r.code == 1);  // an input was not read
  CHECK(r.err.find("deep.md:2:") != std::string::npos);
  CHECK(r.err.find("a key of more than 64 dotted parts") != std::string::npos);
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["documents"].size() == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the report schema names every rule a finding can carry, and no other",
          "[cli][check][schema]") {
  auto schema = nlohmann::json::parse(Slurp("docs/report.schema.json"));
  std::set<std::string> in_schema;
  for (const auto& r : schema["$defs"]["finding"]["properties"]["rule"]["enum"])
    in_schema.insert(r.get<std::string>());
  std::set<std::string> rules;
  for (const crosscheck::RuleInfo& r : crosscheck::FindingRules()) rules.insert(r.id);
  CHECK(in_schema == rules);
}

TEST_CASE("a file name with escapes and a line break is shown escaped in text and tables",
          "[cli][check][escaping]") {
  std::string dir = "build/check_cli_names_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  std::string name = dir + "/x\x1b]0;owned\x07\ny.md";
  std::filesystem::copy_file("corpus/003-vn-sg-upgrade.md", name);
  for (const std::string& args :
       {"check " + dir + " --no-config --color never", "extract " + dir + " --no-config"}) {
    CAPTURE(args);
    RunResult r = Run(args);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
    CHECK(r.out.find("x\\x1b]0;owned\\x07\\ny.md:") != std::string::npos);
    CHECK(r.err.find('\x1b') == std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the report does not depend on the order the articles are named in",
          "[cli][check][order]") {
  const std::vector<std::string> files = {
      "corpus/000-deputy-minister-on-visit.md", "corpus/001-deputy-pm-on-visit-results.md",
      "corpus/002-action-plan-hanoi-meeting.md", "corpus/003-vn-sg-upgrade.md",
      "corpus/004-vov-phone-call.md"};
  auto run = [&](const std::vector<size_t>& order) {
    std::string args = "check --format json --fail-on none --no-config";
    for (size_t i : order) args += " " + files[i];
    return Run(args).out;
  };
  std::string forward = run({0, 1, 2, 3, 4});
  CHECK(!forward.empty());
  CHECK(run({4, 3, 2, 1, 0}) == forward);
  CHECK(run({2, 0, 4, 1, 3}) == forward);
  // A folder and its files named one by one are the same run too.
  CHECK(Run("check --format json --fail-on none --no-config corpus").out == forward);
}
