// Fuzz target: command-line path handling. Each input names the paths of an
// `extract` run, one per line (the first line is the -o path, empty for a
// default), inside a sandbox of fixture files: articles, a folder with a
// hidden folder, a symlink to an article, a dangling symlink, a symlink loop,
// a binary file, an empty file. Paths are kept inside the sandbox (no leading
// "/", no ".."; "-" would read the fuzzer's stdin and is dropped). Checks
// what a user relies on:
// - the exit code is 0 or 2, and the same input gives the same code and the
//   same report;
// - every fixture but the one -o names (through a symlink, its target)
//   keeps its bytes: no lost data;
// - no temporary output file (".NAME.XXXXXX") is left behind.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace fs = std::filesystem;

namespace {

const char* const kArticle =
    "+++\ntitle = \"a\"\npublished = 2025-03-12\n+++\n\nTrade reached US$5 billion in 2024.\n";

struct Fixture {
  const char* path;
  std::string bytes;
};

const std::vector<Fixture>& Fixtures() {
  static const std::vector<Fixture> files = {
      {"a.md", kArticle},
      {"dir/b.txt", "Arcadia has 12 ports, up 3% on 2023.\n"},
      {"dir/.hidden/c.md", kArticle},
      {"empty.md", ""},
      {"bin.dat", std::string("ab\0cd", 5)},
  };
  return files;
}

// A plain array: the exit handler that removes the sandbox may run after
// static strings are destroyed.
char g_root[] = "/tmp/crosscheck-fuzz-cli-XXXXXX";

const std::string& Root() {
  static const std::string root = [] {
    if (!mkdtemp(g_root)) std::abort();
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(g_root, ec);
    });
    return std::string(g_root);
  }();
  return root;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The sandbox as the fixtures describe it, whatever the last run wrote.
void Restore() {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(Root(), ec)) fs::remove_all(e.path(), ec);
  for (const Fixture& f : Fixtures()) {
    fs::path p = fs::path(Root()) / f.path;
    fs::create_directories(p.parent_path(), ec);
    std::ofstream(p, std::ios::binary) << f.bytes;
  }
  fs::create_symlink("a.md", fs::path(Root()) / "link.md", ec);
  fs::create_symlink("missing.md", fs::path(Root()) / "dangling.md", ec);
  fs::create_symlink("loop.md", fs::path(Root()) / "loop.md", ec);
}

// A fuzzed path, kept inside the sandbox.
std::string Inside(std::string p) {
  std::string out;
  std::stringstream parts(p);
  std::string part;
  while (std::getline(parts, part, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") part = "_";
    if (part.find('\0') != std::string::npos) part = "_";
    out += (out.empty() ? "" : "/") + part;
  }
  return Root() + (out.empty() ? "" : "/" + out);
}

struct Outcome {
  int code = 0;
  std::string report;
  bool operator==(const Outcome& o) const { return code == o.code && report == o.report; }
};

Outcome Run(const std::string& output, const std::vector<std::string>& paths, bool json) {
  Restore();
  crosscheck::ExtractOptions options;
  options.paths = paths;
  options.output = output;
  options.format = json ? "json" : "table";
  std::ostringstream sink;
  std::streambuf* saved = std::cerr.rdbuf(sink.rdbuf());
  Outcome o;
  o.code = crosscheck::RunExtract(options);
  std::cerr.rdbuf(saved);
  std::error_code ec;
  if (fs::is_regular_file(output, ec)) o.report = Slurp(output);
  if (o.code != crosscheck::kExitOk && o.code != crosscheck::kExitError) std::abort();
  // Fixtures keep their bytes unless -o named them (or a symlink to them).
  fs::path target = fs::weakly_canonical(output, ec);
  for (const Fixture& f : Fixtures()) {
    fs::path p = fs::path(Root()) / f.path;
    if (fs::weakly_canonical(p, ec) == target) continue;
    if (Slurp(p) != f.bytes) std::abort();
  }
  // No temporary output left next to its target.
  for (const auto& e : fs::recursive_directory_iterator(
           Root(), fs::directory_options::skip_permission_denied, ec)) {
    std::string name = e.path().filename().string();
    if (fs::path(output).filename() == e.path().filename()) continue;  // -o may name ".x.abcdef"
    if (name.size() > 7 && name[0] == '.' && name[name.size() - 7] == '.' && name != ".hidden")
      std::abort();
  }
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1024 || size == 0) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> lines;
  std::stringstream in(input.substr(1));
  std::string line;
  while (std::getline(in, line) && lines.size() < 7) lines.push_back(line);
  if (lines.empty()) return 0;
  std::string output = lines[0].empty() ? Root() + "/out.txt" : Inside(lines[0]);
  std::vector<std::string> paths;
  for (size_t k = 1; k < lines.size(); ++k)
    if (lines[k] != "-" && !lines[k].empty()) paths.push_back(Inside(lines[k]));
  if (paths.empty()) paths.push_back(Root() + "/a.md");
  bool json = (static_cast<unsigned char>(input[0]) & 1) != 0;
  Outcome first = Run(output, paths, json);
  if (!(Run(output, paths, json) == first)) std::abort();  // the same input, the same run
  return 0;
}
