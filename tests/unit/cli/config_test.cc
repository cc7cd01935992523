// crosscheck.toml: a CI job runs `crosscheck check` with no flags.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "../temp_tree.h"
#include "run_util.h"

using namespace crosscheck::testing;
namespace fs = std::filesystem;

namespace {

struct Project : TempTree {
  Project() : TempTree("project") {
    fs::create_directories(root / "news/drafts");
    fs::create_directories(root / "tools");
    const std::string src = CROSSCHECK_SOURCE_DIR;
    fs::copy_file(src + "/corpus/000-deputy-minister-on-visit.md", root / "news/a.md");
    fs::copy_file(src + "/corpus/003-vn-sg-upgrade.md", root / "news/b.md");
    fs::copy_file(src + "/corpus/001-deputy-pm-on-visit-results.md", root / "news/drafts/c.md");
  }
  void Config(const std::string& text) const { Write("crosscheck.toml", text); }
  std::string Dir(const std::string& rel = "") const { return (root / rel).string(); }
};

}  // namespace

TEST_CASE("crosscheck.toml found above the working directory sets paths, excludes and flags",
          "[cli][config]") {
  Project p;
  p.Config(
      "paths = [\"news\"]\nexclude = [\"news/drafts/**\"]\nformat = \"line\"\n"
      "fail-on = \"warning\"\n");
  RunResult r = RunIn(p.Dir("tools"), "check");
  CHECK(r.code == 1);                           // fail-on warning, and the corpus pair has warnings
  CHECK(r.out.rfind("../news/a.md:", 0) == 0);  // line format, paths from the working directory
  CHECK(r.out.find("drafts") == std::string::npos);
  CHECK(r.err.find("1 file or folder left out by .gitignore or --exclude") != std::string::npos);
  // Flags win over the file; paths on the command line replace its paths.
  RunResult flags = RunIn(p.Dir("tools"), "check ../news/b.md --format json --fail-on none");
  CHECK(flags.code == 0);
  CHECK(flags.out.rfind("{", 0) == 0);
  // --no-config ignores it.
  RunResult bare = RunIn(p.Dir("tools"), "check --no-config");
  CHECK(bare.code == 2);
  CHECK(bare.err.find("no paths to read") != std::string::npos);
  // Globs as paths.
  RunResult glob = RunIn(p.Dir(), "check 'news/**/*.md' --no-config --format line");
  CHECK(glob.out.find("news/drafts/c.md") != std::string::npos);
}

TEST_CASE("crosscheck.toml: unknown keys and bad values are errors with position",
          "[cli][config]") {
  Project p;
  p.Config("paths = [\"news\"]\nfail_on = \"warning\"\n");
  RunResult r = RunIn(p.Dir(), "check");
  CHECK(r.code == 2);
  CHECK(r.err.rfind("crosscheck.toml:2:1: error: unknown key 'fail_on' in crosscheck.toml; did "
                    "you mean 'fail-on'?\n",
                    0) == 0);
  CHECK(r.out.empty());
  p.Config("format = \"xml\"\n");
  CHECK(RunIn(p.Dir(), "check news")
            .err.rfind(
                "crosscheck.toml:1:10: error: 'format' is \"xml\"; it must be one of \"text\", "
                "\"json\", \"line\", \"sarif\", \"markdown\", \"github\", \"junit\", \"html\"\n",
                0) == 0);
  p.Config("outputs = [\"pdf=r.pdf\"]\n");
  CHECK(RunIn(p.Dir(), "check news")
            .err.rfind(
                "crosscheck.toml:1:12: error: every item of 'outputs' must be FORMAT=FILE with "
                "a format of `check --format`, e.g. \"sarif=report.sarif\"\n",
                0) == 0);
  p.Config("paths = \"news\"\n");
  CHECK(
      RunIn(p.Dir(), "check")
          .err.rfind("crosscheck.toml:1:9: error: 'paths' must be a list of strings, e.g. paths = "
                     "[\"news\"]\n",
                     0) == 0);
  p.Config("paths = [\"news\"\n");
  RunResult syntax = RunIn(p.Dir(), "check");
  CHECK(syntax.code == 2);
  CHECK(syntax.err.rfind("crosscheck.toml:", 0) == 0);
}

// Accepting findings and choosing what is reported (issue: editor and CI
// outputs): [rules], --focus, baselines, --min-level. Each left-out finding
// is counted in a note, never hidden silently.
TEST_CASE("[rules] turns a rule off or sets its level; an unknown id gets a suggestion",
          "[cli][config][rules]") {
  Project p;
  RunResult before = RunIn(p.Dir(), "check news --format line --no-config");
  CHECK(before.out.find("warning [duration-vs-dates]") != std::string::npos);
  p.Config("[rules]\nduration-vs-dates = \"off\"\ntarget-vs-actual = \"error\"\n");
  RunResult r = RunIn(p.Dir(), "check news --format line");
  CHECK(r.out.find("[duration-vs-dates]") == std::string::npos);
  CHECK(r.err.find("of rules turned off in [rules] not reported") != std::string::npos);
  CHECK(r.out.find("error [target-vs-actual]") != std::string::npos);
  CHECK(r.code == 1);  // an error now, at the default --fail-on error
  p.Config("[rules]\nduration-vs-date = \"off\"\n");
  RunResult bad = RunIn(p.Dir(), "check news");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("unknown rule 'duration-vs-date' in [rules]; did you mean "
                     "'duration-vs-dates'?") != std::string::npos);
  p.Config("[rules]\nduration-vs-dates = \"loud\"\n");
  CHECK(RunIn(p.Dir(), "check news")
            .err.find("must be \"error\", \"warning\", \"info\" or \"off\"") != std::string::npos);
}

TEST_CASE("focus: check reports only findings that involve a focused document",
          "[cli][config][focus]") {
  Project p;
  RunResult all = RunIn(p.Dir(), "check news --format line --no-config");
  RunResult focused =
      RunIn(p.Dir(), "check news --focus news/drafts/c.md --format line --no-config");
  CHECK(!focused.out.empty());
  CHECK(focused.out.size() < all.out.size());
  // Every finding left names the focused draft among its places.
  auto json = RunIn(p.Dir(), "check news --focus news/drafts/c.md --format json --no-config");
  CHECK(json.out.find("\"code\": \"report.filtered\"") != std::string::npos);
  CHECK(focused.err.find("involving no focused document (--focus) not reported") !=
        std::string::npos);
}

TEST_CASE("a baseline accepts findings, survives an unrelated edit and names stale entries",
          "[cli][config][baseline]") {
  Project p;
  RunResult w = RunIn(p.Dir(), "baseline write base.toml news --reason 'reviewed' --no-config");
  CHECK(w.code == 0);
  std::string base = p.Read("base.toml");
  CHECK(base.find("[[accepted]]") != std::string::npos);
  CHECK(base.find("reason = \"reviewed\"") != std::string::npos);
  RunResult quiet = RunIn(p.Dir(), "check news --baseline base.toml --format line --no-config");
  CHECK(quiet.out.empty());
  CHECK(quiet.err.find("accepted in the baseline not reported") != std::string::npos);
  // An edit elsewhere in the article moves every line: still accepted.
  std::string a = p.Read("news/a.md");
  size_t body = a.find("+++", 3);
  REQUIRE(body != std::string::npos);
  p.Write("news/a.md", a.substr(0, body + 4) + "\nA new first paragraph, with no figure.\n\n" +
                           a.substr(body + 4));
  RunResult edited = RunIn(p.Dir(), "check news --baseline base.toml --format line --no-config");
  CHECK(edited.out.empty());
  // An entry that matches nothing is named as stale.
  p.Write("base.toml", base +
                           "\n[[accepted]]\nfingerprint = \"0000000000000000\"\nrule = "
                           "\"weekday-vs-date\"\nwhere = \"news/x.md:1:1\"\n");
  RunResult stale = RunIn(p.Dir(), "check news --baseline base.toml --no-config");
  CHECK(stale.err.find("stale baseline entry 0000000000000000 [weekday-vs-date]") !=
        std::string::npos);
  // A baseline that is not a file is an error of the run.
  CHECK(RunIn(p.Dir(), "check news --baseline news --no-config").code == 2);
}

TEST_CASE("min-level hides lower findings from people, not from JSON", "[cli][config]") {
  Project p;
  RunResult text = RunIn(p.Dir(), "check news --format line --min-level warning --no-config");
  CHECK(text.out.find(": info [") == std::string::npos);
  CHECK(text.out.find(": warning [") != std::string::npos);
  RunResult json = RunIn(p.Dir(), "check news --format json --min-level warning --no-config");
  CHECK(json.out.find("\"severity\": \"info\"") != std::string::npos);
}

TEST_CASE("an inline ignore before a paragraph leaves out that rule there, with its reason",
          "[cli][config][ignore]") {
  Project p;
  std::string a = p.Read("news/a.md");
  const std::string para = "Regarding Vietnam-Singapore ties";
  size_t at = a.find(para);
  REQUIRE(at != std::string::npos);
  auto with = [&](const std::string& comment) {
    p.Write("news/a.md", a.substr(0, at) + comment + "\n" + a.substr(at));
  };
  RunResult before = RunIn(p.Dir(), "check news --format line --no-config");
  REQUIRE(before.out.find("[duration-vs-dates]") != std::string::npos);
  with(
      "<!-- crosscheck-ignore duration-vs-dates: the partnership was agreed in 2013 and "
      "signed later -->");
  RunResult r = RunIn(p.Dir(), "check news --format line --no-config");
  CHECK(r.out.find("[duration-vs-dates]") == std::string::npos);
  CHECK(r.out.find("[duration-vs-reference]") != std::string::npos);  // other rules stay
  CHECK(r.err.find("ignored by an inline comment: the partnership was agreed in 2013") !=
        std::string::npos);
  // Without a reason, the comment is rejected at its position and the
  // finding is reported; the run fails.
  with("<!-- crosscheck-ignore duration-vs-dates -->");
  RunResult bare = RunIn(p.Dir(), "check news --format line --no-config --fail-on error");
  CHECK(bare.code == 1);
  CHECK(bare.out.find("[duration-vs-dates]") != std::string::npos);
  CHECK(bare.err.find("news/a.md:") != std::string::npos);
  CHECK(bare.err.find("crosscheck-ignore duration-vs-dates needs a reason") != std::string::npos);
  // An unknown rule gets the nearest id.
  with("<!-- crosscheck-ignore duration-vs-date: typo -->");
  CHECK(RunIn(p.Dir(), "check news --no-config").err.find("did you mean 'duration-vs-dates'?") !=
        std::string::npos);
}

TEST_CASE("crosscheck.toml names only files inside its folder unless --allow-outside",
          "[cli][config]") {
  Project p;
  // A file outside the project that a committed config would quote.
  TempTree elsewhere("elsewhere");
  elsewhere.Write("secret.md", "+++\npublished = 2025-01-01\n+++\nThe code is 4471.\n");
  std::string out_dir = elsewhere.root.string();
  struct Case {
    std::string config;
    int line, column;
  } cases[] = {
      {"paths = [\"news\", \"../" + elsewhere.root.filename().string() + "\"]\n", 1, 18},
      {"paths = [\"" + out_dir + "/secret.md\"]\n", 1, 10},
      {"claims = [\"news/../../x\"]\n", 1, 11},
      {"paths = [\"news\"]\noutputs = [\"json=../out.json\"]\n", 2, 12},
      {"paths = [\"news\"]\nbaseline = \"../b.toml\"\n", 2, 12},
  };
  for (const Case& c : cases) {
    p.Config(c.config);
    RunResult r = RunIn(p.Dir(), "check --format line");
    INFO(c.config);
    CHECK(r.code == 2);
    CHECK(r.err.rfind("crosscheck.toml:" + std::to_string(c.line) + ":" + std::to_string(c.column) +
                          ": error: ",
                      0) == 0);
    CHECK(r.err.find("leads outside the folder of crosscheck.toml") != std::string::npos);
    CHECK(r.out.find("4471") == std::string::npos);
  }
  // A symbolic link inside the folder that points out is outside too.
  fs::create_directory_symlink(elsewhere.root, p.root / "linked");
  p.Config("paths = [\"linked\"]\n");
  RunResult link = RunIn(p.Dir(), "check --format line");
  CHECK(link.code == 2);
  CHECK(link.err.find("leads outside") != std::string::npos);
  // Said on purpose: read.
  p.Config("paths = [\"news\", \"" + out_dir + "/secret.md\"]\n");
  RunResult allowed = RunIn(p.Dir(), "extract --allow-outside --format json");
  CHECK(allowed.code == 0);
  CHECK(allowed.out.find("4471") != std::string::npos);
  // Inside, globs and "./" included, is fine.
  p.Config("paths = [\"./news/**/*.md\"]\nexclude = [\"drafts/**\"]\n");
  RunResult inside = RunIn(p.Dir("tools"), "extract --format json");
  CHECK(inside.code == 0);
}

TEST_CASE("rules-url in crosscheck.toml links SARIF help; a relative one is an error at its place",
          "[cli][config]") {
  Project p;
  p.Config("paths = [\"news\"]\nrules-url = \"https://example.org/docs/rules.md\"\n");
  RunResult r = RunIn(p.Dir(), "check --format sarif --fail-on none");
  CHECK(r.code == 0);
  CHECK(r.out.find("\"helpUri\": \"https://example.org/docs/rules.md#cross-source-conflict\"") !=
        std::string::npos);
  p.Config("paths = [\"news\"]\nrules-url = \"docs/rules.md\"\n");
  RunResult bad = RunIn(p.Dir(), "check --format sarif");
  CHECK(bad.code == 2);
  CHECK(bad.err.rfind("crosscheck.toml:2:13: error: the rules URL must be absolute", 0) == 0);
}
