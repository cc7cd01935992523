// docs/rules.md is the users' list of rule ids (scripts filter on them): it
// must name exactly the rules the code can report, in the same order, with
// the most severe level each can reach first in its severity column.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compare/findings.h"

using namespace crosscheck;

namespace {

struct DocRow {
  std::string id, severity;
};

// Rows of the table "| `rule` | severity | what it means |".
std::vector<DocRow> DocumentedRules() {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(in);
  std::vector<DocRow> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| `", 0) != 0) continue;
    size_t id_end = line.find('`', 3);
    size_t sev_begin = line.find("| ", id_end) + 2;
    size_t sev_end = line.find(" |", sev_begin);
    std::string severity = line.substr(sev_begin, sev_end - sev_begin);
    rows.push_back({line.substr(3, id_end - 3), severity.substr(0, severity.find_first_of(", "))});
  }
  return rows;
}

}  // namespace

TEST_CASE("docs/rules.md lists exactly the rules of the code", "[compare][rules][docs]") {
  std::vector<DocRow> documented = DocumentedRules();
  std::vector<RuleInfo> rules = FindingRules();
  REQUIRE(documented.size() == rules.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    INFO("row " << i + 1 << " of docs/rules.md");
    CHECK(documented[i].id == rules[i].id);
    CHECK(documented[i].severity == SeverityLabel(rules[i].severity));
  }
}

TEST_CASE("no stage includes pipeline/", "[layering]") {
  // pipeline/ runs the stages; a stage that included it would make the
  // dependency circular. Only cli/ (and pipeline/ itself) may.
  namespace fs = std::filesystem;
  std::vector<std::string> offenders;
  for (const auto& entry :
       fs::recursive_directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) + "/src")) {
    if (!entry.is_regular_file()) continue;
    std::string stage = entry.path().parent_path().filename().string();
    if (stage == "pipeline" || stage == "cli") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("#include \"pipeline/", 0) == 0)
        offenders.push_back(entry.path().filename().string() + ": " + line);
  }
  CHECK(offenders.empty());
  INFO(offenders.size());
}
