// Runs the crosscheck binary from end-to-end tests and captures its output.
#ifndef CROSSCHECK_TESTS_UNIT_CLI_RUN_UTIL_H_
#define CROSSCHECK_TESTS_UNIT_CLI_RUN_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace crosscheck::testing {

struct RunResult {
  int code = -1;
  std::string out, err;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `crosscheck ARGS` in folder `dir` (Run: the source tree). ctest runs
// test cases in parallel processes, so temp names carry the pid and a counter.
inline RunResult RunIn(const std::string& dir, const std::string& args) {
  static int n = 0;
  std::string stem = std::string(CROSSCHECK_SOURCE_DIR) + "/build/cli_run_" +
                     std::to_string(getpid()) + "_" + std::to_string(n++);
  std::string cmd = "(cd '" + dir + "' && " + std::string(CROSSCHECK_BINARY) + " " + args + ") >" +
                    stem + ".out 2>" + stem + ".err";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(stem + ".out");
  r.err = Slurp(stem + ".err");
  std::remove((stem + ".out").c_str());
  std::remove((stem + ".err").c_str());
  return r;
}

inline RunResult Run(const std::string& args) { return RunIn(CROSSCHECK_SOURCE_DIR, args); }

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_UNIT_CLI_RUN_UTIL_H_
