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
