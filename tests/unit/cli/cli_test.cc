// End-to-end tests of the crosscheck binary: exit codes, error messages and
// the JSON Lines contract of `extract --format json`.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/line_index.h"
#include "base/utf8.h"
#include "run_util.h"

using crosscheck::testing::Run;
using crosscheck::testing::RunResult;
using crosscheck::testing::Slurp;

namespace {}  // namespace

TEST_CASE("extract --format json follows the mentions contract", "[cli][json]") {
  RunResult r = Run(
      "extract --format json corpus/003-vn-sg-upgrade.md corpus/000-deputy-minister-on-visit.md");
  REQUIRE(r.code == 0);
  std::istringstream lines(r.out);
  std::string line;
  int count = 0;
  std::map<std::string, std::string> files;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    ++count;
    for (const char* key : {"doc", "span", "text", "value", "qualifier"}) REQUIRE(j.contains(key));
    std::string doc = j["doc"];
    if (!files.count(doc)) files[doc] = Slurp(doc);
    const std::string& bytes = files[doc];
    size_t start = j["span"]["start"], end = j["span"]["end"];
    // The text is exactly the bytes [start, end) of the file on disk.
    CHECK(bytes.substr(start, end - start) == j["text"].get<std::string>());
    // line and column (code points, 1-based) point at start.
    crosscheck::LineIndex index(bytes);
    auto lc = index.At(bytes, static_cast<uint32_t>(start));
    CHECK(j["span"]["line"] == lc.line);
    CHECK(j["span"]["column"] == lc.column);
    const auto& v = j["value"];
    for (const char* key :
         {"kind", "low", "high", "low_inclusive", "high_inclusive", "point", "unit"})
      REQUIRE(v.contains(key));
    std::string kind = v["kind"];
    CHECK((kind == "number" || kind == "money" || kind == "percent" || kind == "rank" ||
           kind == "ratio" || kind == "duration" || kind == "date"));
    if (kind == "date") {
      CHECK(v.contains("granularity"));
      CHECK((v["low"].is_string() || v.contains("unresolved")));
    }
    if (kind == "money" && !v.contains("ambiguous_currency"))
      CHECK(v["unit"].get<std::string>().size() == 3);
  }
  CHECK(count > 60);
  // Spot checks of the contract's own example.
  CHECK(r.out.find(
            "\"text\":\"US$9 billion\",\"value\":{\"kind\":\"money\",\"low\":9e+09,\"high\":null,"
            "\"low_inclusive\":false,\"high_inclusive\":false,\"point\":9e+09,\"unit\":\"USD\"},"
            "\"qualifier\":\"exceeded\"") != std::string::npos);
}

TEST_CASE("bad input: clear message naming the file, exit code 2, other files still processed",
          "[cli][errors]") {
  RunResult r =
      Run("extract tests/bad/invalid-utf8.txt tests/bad/binary.md tests/bad/empty.md "
          "tests/bad/no-such-date.md tests/bad/malformed-front-matter.md /nonexistent.md "
          "corpus/003-vn-sg-upgrade.md");
  CHECK(r.code == 2);
  CHECK(r.err.find("tests/bad/invalid-utf8.txt:2:6: error: invalid UTF-8 (byte 0xFF at offset 17); "
                   "file skipped") != std::string::npos);
  CHECK(r.err.find(
            "tests/bad/binary.md:1:5: error: binary file (NUL byte at offset 4); file skipped") !=
        std::string::npos);
  CHECK(r.err.find("tests/bad/empty.md: error: file is empty") != std::string::npos);
  CHECK(r.err.find("tests/bad/no-such-date.md:3:") != std::string::npos);
  CHECK(r.err.find("tests/bad/malformed-front-matter.md:2:") != std::string::npos);
  CHECK(r.err.find("/nonexistent.md: error: no such file or directory") != std::string::npos);
  // No lost data: the good file was still extracted.
  CHECK(r.out.find("corpus/003-vn-sg-upgrade.md:24:134") != std::string::npos);
}

TEST_CASE("usage errors exit 2", "[cli][errors]") {
  RunResult r = Run("extract --published 2025-02-30 corpus");
  CHECK(r.code == 2);
  CHECK(r.err.find("is not a real date") != std::string::npos);
  CHECK(Run("frobnicate").code == 2);
  CHECK(Run("extract").code == 2);
  CHECK(Run("extract --format xml corpus").code == 2);
}

TEST_CASE("a typo in a command or an option name gets the nearest name", "[cli][errors]") {
  auto err = [](const std::string& args) {
    RunResult r = Run(args);
    CHECK(r.code == 2);
    return r.err;
  };
  CHECK(err("chek corpus") == "crosscheck: error: unknown command 'chek'; did you mean 'check'?\n");
  CHECK(err("check --formt json corpus") ==
        "crosscheck: error: unknown option '--formt' of check; did you mean '--format'?\n");
  CHECK(err("check --fail_on warning corpus") ==
        "crosscheck: error: unknown option '--fail_on' of check; did you mean '--fail-on'?\n");
  CHECK(err("baseline wrte b.toml corpus") ==
        "crosscheck: error: unknown command 'baseline wrte'; did you mean 'baseline write'?\n");
  CHECK(err("frobnicate").find("the commands are extract, check, diff and baseline") !=
        std::string::npos);
  // Correct names pass through, "--name=value" too, and words after "--" are paths.
  CHECK(Run("check --format=line --fail-on none corpus").code == 0);
}

TEST_CASE("a huge single-line file is processed in linear time without crashing", "[cli][limits]") {
  std::string path = "build/huge_line_" + std::to_string(getpid()) + ".txt";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 50000; ++i)
      out << "Trade rose to US$" << (i % 97) << " billion in 2024 and ";
  }
  RunResult r = Run("extract --format json " + path);
  std::remove(path.c_str());
  CHECK(r.code == 0);  // a missing publication date is a note, not an error
  // Two figures per repeat (the amount and the year): none may be lost.
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 100000);
}

TEST_CASE("an output file that cannot be written is an error naming it", "[cli]") {
  RunResult r = Run("extract --format json -o build/no-such-dir/out.jsonl corpus");
  CHECK(r.code == 2);
  CHECK(r.err.find("build/no-such-dir/out.jsonl: error: cannot write output") != std::string::npos);
  // Output that fills the device fails the run instead of being lost quietly.
  std::string err = "build/full_" + std::to_string(getpid()) + ".err";
  int status =
      std::system((std::string(CROSSCHECK_BINARY) + " extract corpus >/dev/full 2>" + err).c_str());
  std::string message = Slurp(err);
  std::remove(err.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(message.find("<stdout>: error: cannot write output") != std::string::npos);
}

// Large reports stream through a small buffer (kDrainBytes): the file must
// still hold every line, in order, and appear only when complete.
TEST_CASE("a report larger than the stream buffer arrives whole", "[cli]") {
  std::string in = "build/big_report_" + std::to_string(getpid()) + ".txt";
  std::string path = "build/big_report_" + std::to_string(getpid()) + ".jsonl";
  {
    std::ofstream out(in, std::ios::binary);
    for (int i = 0; i < 20000; ++i) out << "Item " << i << " rose 5% to US$" << i << " million.\n";
  }
  RunResult r = Run("extract --format json --published 2025-01-01 -o " + path + " " + in);
  std::string s = Slurp(path);
  std::remove(in.c_str());
  std::remove(path.c_str());
  CHECK(r.code == 0);
  CHECK(s.size() > (2u << 20));  // more than two buffers' worth
  CHECK(std::count(s.begin(), s.end(), '\n') == 60000);
  CHECK(s.rfind("\"text\":\"US$19999 million\"") != std::string::npos);
}

TEST_CASE("extract -o writes the output file atomically", "[cli]") {
  std::string path = "build/extract_out_" + std::to_string(getpid()) + ".jsonl";
  RunResult r = Run("extract --format json -o " + path + " corpus/004-vov-phone-call.md");
  CHECK(r.code == 0);
  std::string s = Slurp(path);
  std::remove(path.c_str());
  CHECK(s.find("\"text\":\"12%\"") != std::string::npos);
  CHECK(r.out.empty());
}
