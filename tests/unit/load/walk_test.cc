// Directory walks read what a newsroom repository means as articles: not
// hidden folders, not what .gitignore or --exclude leaves out, never the
// run's own report.
#include "load/walk.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../temp_tree.h"
#include "base/glob.h"
#include "load/load.h"

using namespace crosscheck;
namespace fs = std::filesystem;

TEST_CASE("glob patterns as .gitignore and --exclude write them", "[load][walk][glob]") {
  struct Row {
    const char* pattern;
    const char* text;
    bool match;
  };
  const Row rows[] = {
      {"*.md", "a.md", true},
      {"*.md", "dir/a.md", false},  // '*' stays inside one folder
      {"**/*.md", "dir/a.md", true},
      {"**/*.md", "a.md", true},  // "**/" may be no folder at all
      {"drafts/**", "drafts/x/y.md", true},
      {"drafts/**", "other/x.md", false},
      {"a/**/b", "a/b", true},
      {"a/**/b", "a/x/y/b", true},
      {"a?c", "abc", true},
      {"a?c", "a/c", false},
      {"[ab]x", "bx", true},
      {"[!ab]x", "cx", true},
      {"[!ab]x", "ax", false},
      {"[a-c]1", "b1", true},
      {"\\*", "*", true},
      {"\\*", "a", false},
      {"2024-*", "2024-03-visit.md", true},
      {"*", "", true},
      {"[", "[", true},  // an unclosed bracket is a character
      {"bản-tin-*", "bản-tin-số-1.md", true},
  };
  for (const Row& r : rows) {
    INFO(r.pattern << " vs " << r.text);
    CHECK(GlobMatch(r.pattern, r.text) == r.match);
  }
  // No backtracking blowup: many stars against a long miss.
  CHECK(!GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", std::string(5000, 'a')));
}

TEST_CASE(".gitignore rules: last match wins, negation, folders only, anchors", "[load][walk]") {
  auto rules = ParseGitignore(
      "# comment\n"
      "*.html\n"
      "!keep.html\n"
      "build/\n"
      "/top.md\n"
      "docs/old/*.md\n"
      "\n",
      "");
  CHECK(Ignored(rules, "a.html", false));
  CHECK(Ignored(rules, "x/a.html", false));
  CHECK(!Ignored(rules, "keep.html", false));
  CHECK(Ignored(rules, "build", true));
  CHECK(!Ignored(rules, "build", false));  // a file named build is not a folder
  CHECK(Ignored(rules, "top.md", false));
  CHECK(!Ignored(rules, "sub/top.md", false));  // anchored to the .gitignore's folder
  CHECK(Ignored(rules, "docs/old/a.md", false));
  CHECK(!Ignored(rules, "docs/a.md", false));
  // Rules from a nested .gitignore apply below its folder only.
  auto nested = ParseGitignore("*.txt\n", "news/");
  CHECK(Ignored(nested, "news/a.txt", false));
  CHECK(!Ignored(nested, "a.txt", false));
}

namespace {

struct Tree : crosscheck::testing::TempTree {
  Tree() : TempTree("walk") {}
  void Write(const std::string& rel, const std::string& text = "Trade rose 5% in 2024.\n") const {
    TempTree::Write(rel, text);
  }
  std::vector<std::string> Walk(const WalkOptions& options, DiagSink* sink) const {
    std::vector<std::string> rel;
    for (const std::string& f : ExpandPaths({root.string()}, options, *sink))
      rel.push_back(fs::path(f).lexically_relative(root).generic_string());
    return rel;
  }
};

}  // namespace

TEST_CASE("a walk skips hidden entries, .gitignore'd ones, --exclude and its own output",
          "[load][walk]") {
  Tree t;
  t.Write("a.md");
  t.Write("notes.txt");
  t.Write(".hidden.md");
  t.Write(".cache/b.md");
  t.Write("drafts/c.md");
  t.Write("2024/d.md");
  t.Write("2024/e.html");
  t.Write("2024/keep.html");
  t.Write("report.txt");
  t.Write("data.json", "{}");
  t.Write(".gitignore", "*.html\n!keep.html\n");
  t.Write("2024/.gitignore", "d.md\n");
  fs::create_directory_symlink(t.root, t.root / "loop");  // never entered

  DiagSink sink;
  WalkOptions options;
  options.exclude = {"drafts"};
  options.own_outputs = {(t.root / "report.txt").string()};
  CHECK(t.Walk(options, &sink) == std::vector<std::string>{"2024/keep.html", "a.md", "notes.txt"});
  REQUIRE(sink.items().size() == 1);
  CHECK(sink.items()[0].severity == Severity::kNote);
  CHECK(sink.items()[0].message == "3 files or folders left out by .gitignore or --exclude");

  // A glob with a folder matches the path below the walked folder.
  DiagSink sink2;
  WalkOptions by_path;
  by_path.exclude = {"2024/**"};
  CHECK(t.Walk(by_path, &sink2) ==
        std::vector<std::string>{"a.md", "drafts/c.md", "notes.txt", "report.txt"});

  // Named on the command line as an article, the run's own output is an
  // error: writing the report would replace the article.
  DiagSink sink3;
  WalkOptions own;
  own.own_outputs = {(t.root / "report.txt").string()};
  CHECK(ExpandPaths({(t.root / "report.txt").string()}, own, sink3).empty());
  REQUIRE(sink3.items().size() == 1);
  CHECK(sink3.items()[0].code == "load.output-is-input");
  CHECK(sink3.items()[0].severity == Severity::kError);
}

TEST_CASE("a repository's root .gitignore applies to a walk of a folder inside it",
          "[load][walk]") {
  Tree t;
  fs::create_directories(t.root / ".git");
  t.Write(".gitignore", "news/archive/\n");
  t.Write("news/today.md");
  t.Write("news/archive/old.md");
  DiagSink sink;
  std::vector<std::string> files = ExpandPaths({(t.root / "news").string()}, {}, sink);
  REQUIRE(files.size() == 1);
  CHECK(fs::path(files[0]).filename() == "today.md");
}

TEST_CASE(
    "one file named twice is one document: a relative and an absolute path, a symlink, a "
    "hard link",
    "[load][walk]") {
  Tree t;
  t.Write("a.md", "text");
  fs::create_symlink(t.root / "a.md", t.root / "link.md");
  fs::create_hard_link(t.root / "a.md", t.root / "hard.md");
  DiagSink sink;
  std::string a = (t.root / "a.md").string();
  std::vector<std::string> got =
      ExpandPaths({a, (t.root / "." / "a.md").string(), (t.root / "link.md").string(),
                   (t.root / "hard.md").string()},
                  WalkOptions{}, sink);
  CHECK(got == std::vector<std::string>{a});
}

TEST_CASE("a walk does not follow a link to a file outside the walked folder",
          "[load][walk][safety]") {
  Tree t;
  t.Write("news/a.md", "text");
  t.Write("secret/passwords.txt", "root:x:0:0");
  fs::create_symlink(t.root / "secret/passwords.txt", t.root / "news/leak.md");
  fs::create_symlink(t.root / "news/a.md", t.root / "news/alias.md");
  DiagSink sink;
  std::vector<std::string> got = ExpandPaths({(t.root / "news").string()}, WalkOptions{}, sink);
  // The link inside the folder is the same file as a.md: read once.
  REQUIRE(got.size() == 1);
  CHECK(got[0].find("leak.md") == std::string::npos);
  bool noted = false;
  for (const Diagnostic& d : sink.items())
    noted |= d.code == "load.link-outside" &&
             d.message == "1 symbolic link points outside the walked folder and was not followed";
  CHECK(noted);
}
