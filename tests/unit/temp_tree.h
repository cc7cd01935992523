// A folder of files for one test, removed afterwards. ctest runs test
// cases in parallel processes, so the name carries the pid.
#ifndef CROSSCHECK_TESTS_UNIT_TEMP_TREE_H_
#define CROSSCHECK_TESTS_UNIT_TEMP_TREE_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace crosscheck::testing {

struct TempTree {
  std::filesystem::path root;
  explicit TempTree(const std::string& name) {
    root = std::filesystem::temp_directory_path() /
           ("crosscheck_" + name + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root);
  }
  ~TempTree() { std::filesystem::remove_all(root); }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;
  void Write(const std::string& rel, const std::string& text) const {
    std::filesystem::create_directories((root / rel).parent_path());
    std::ofstream(root / rel, std::ios::binary) << text;
  }
  std::string Read(const std::string& rel) const {
    std::ifstream in(root / rel, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_UNIT_TEMP_TREE_H_
