#include <catch2/catch.hpp>

#include "../check_util.h"

using namespace crosscheck;

namespace {
std::string FirstLine(const std::string& toml) {
  ClaimPack pack;
  Diagnostic err;
  bool ok = LoadPackText(toml, "p.toml", &pack, &err);
  REQUIRE_FALSE(ok);
  std::string s = err.Render();
  return s.substr(0, s.find('\n'));
}
}  // namespace

TEST_CASE("the shipped packs load and compile", "[packs]") {
  auto r = LoadPacks({std::string(CROSSCHECK_SOURCE_DIR) + "/claims"});
  INFO((r.ok() ? "" : r.diag().Render()));
  REQUIRE(r.ok());
  const ClaimPack& p = r.value();
  CHECK(p.FindEntity("VN"));
  CHECK(p.FindMetric("trade.bilateral"));
  CHECK(p.FindMetric("vsip.count")->fixed_subjects.size() == 2);
  CHECK(p.files.size() == 1);  // currencies.toml and holidays.toml are not claim packs
  // Names are folded: accents, case and punctuation do not matter.
  CHECK(p.FindEntity("VN")->names[2] == Phrase{"viet", "nam"});
}

TEST_CASE("folding makes names accent-, case- and punctuation-insensitive", "[packs]") {
  CHECK(FoldWords("Việt Nam") == Phrase{"viet", "nam"});
  CHECK(FoldWords("Vietnam\xE2\x80\x93Singapore") == Phrase{"vietnam", "singapore"});
  CHECK(FoldWords("Đà Nẵng") == Phrase{"da", "nang"});
  CHECK(FoldWords("U.S.") == Phrase{"u", "s"});
}

TEST_CASE("broken packs are rejected with file:line:col and the key", "[packs][errors]") {
  CHECK(FirstLine("[[metric]]\nid = \"x\"\ncue = [\"a\"]\n") ==
        "p.toml:3:1: error: unknown key 'cue' in metric[0]; did you mean 'cues'? (1 more problem: "
        "1:1 missing required key 'cues' in metric[0])");
  // Every unknown key, in file order (not the alphabetically first only).
  CHECK(
      FirstLine("[pack]\nname = \"t\"\nzeta = 1\nalpha = 2\n") ==
      "p.toml:3:1: error: unknown key 'zeta' in [pack]; allowed keys: name, description, version, "
      "lang, currency_defaults, pair_phrases (1 more problem: unknown key 'alpha' at 4:1)");
  // Bounds as people write them; a rate of 0 is not "outside" a range with 0.
  CHECK(FirstLine("[[metric]]\nid = \"x\"\ncues = [\"a\"]\nquantity = \"money\"\ntemporal = "
                  "\"flow\"\nsubjects = 9\n") ==
        "p.toml:6:12: error: metric[0].subjects must be between 0 and 4, not 9");
  CHECK(FirstLine("[[rate]]\nfrom = \"SGD\"\nto = \"USD\"\nrate = 0\ndate = 2024-01-01\n") ==
        "p.toml:4:8: error: rate[0].rate must be greater than 0: the USD value of 1 SGD");
  // Empty names, like empty cues and an empty file, could never match: errors.
  CHECK(FirstLine("[[entity]]\nid = \"A\"\nnames = [\"\"]\n") ==
        "p.toml:3:9: error: entity[0].names has an entry with no letters: ''");
  CHECK(FirstLine("") ==
        "p.toml: error: the pack file defines nothing: write [pack], [[entity]] or [[metric]] "
        "tables, or remove the file");
  CHECK(FirstLine("[[metric]]\nid = \"x\"\ncues = [\"a\"]\nquantity = \"money\"\n") ==
        "p.toml:1:1: error: missing required key 'temporal' in metric[0]");
  CHECK(FirstLine(
            "[[metric]]\nid = \"x\"\ncues = [\"a\"]\nquantity = \"cash\"\ntemporal = \"flow\"\n") ==
        "p.toml:4:12: error: metric[0].quantity = \"cash\" is not one of: money, count, percent, "
        "duration, rank, ratio, date");
  CHECK(FirstLine(
            "[[metric]]\nid = \"x\"\ncues = [\"a\"]\nquantity = \"count\"\ntemporal = \"flow\"\n"
            "fixed_subjects = [\"ZZ\"]\n") ==
        "p.toml:6:18: error: metric[0].fixed_subjects names unknown entity 'ZZ'");
  CHECK(FirstLine("[[rate]]\nfrom = \"XYZ\"\nto = \"USD\"\nrate = 1.5\ndate = 2024-01-01\n") ==
        "p.toml:2:8: error: rate[0].from = \"XYZ\" is not an ISO 4217 code crosscheck knows");
  CHECK(FirstLine(
            "[[entity]]\nid = \"A\"\nnames = [\"A\"]\n[[entity]]\nid = \"A\"\nnames = [\"B\"]\n") ==
        "p.toml:5:6: error: duplicate entity id 'A'");
  CHECK(FirstLine("[[fact]]\nid = \"f\"\ncues = [\"x\"]\ndate = 2025-02-30\n")
            .rfind("p.toml:4:", 0) == 0);
  CHECK(FirstLine("[[entity]\nid = 1\n").rfind("p.toml:1:", 0) == 0);
  CHECK(FirstLine("metrics = 1\n") ==
        "p.toml:1:1: error: unknown key 'metrics' in the pack; did you mean 'metric'?");
}

TEST_CASE("pack files on disk: errors stop loading and name the file", "[packs][errors]") {
  auto r = LoadPacks({std::string(CROSSCHECK_SOURCE_DIR) + "/tests/packs/bad/unknown-key.toml"});
  REQUIRE_FALSE(r.ok());
  CHECK(r.diag().Render().find(
            "tests/packs/bad/unknown-key.toml:7:1: error: unknown key 'tolerence' in metric[0]; "
            "did you mean 'tolerance'?") != std::string::npos);
  auto missing = LoadPacks({"/nonexistent/packs"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.diag().Render() ==
        "/nonexistent/packs: error: no such claim pack file or directory");
}

TEST_CASE("currency conversion uses the nearest rate in either direction", "[packs]") {
  ClaimPack p = testing::TestPack();
  CHECK(p.Convert(100, "SGD", "USD", DaysFromCivil(2024, 1, 1)) == Approx(75));
  CHECK(p.Convert(75, "USD", "SGD", DaysFromCivil(2024, 1, 1)) == Approx(100));
  CHECK_FALSE(p.Convert(1, "EUR", "USD", 0));
}
