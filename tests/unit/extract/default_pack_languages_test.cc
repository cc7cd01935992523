// The default pack (claims/asean-trade-diplomacy.toml) in the beat's other
// languages: country names and French demonyms, modality words of each
// language (claims/languages.toml), and one figure stated in several
// languages aligning. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "../check_util.h"

namespace crosscheck {
extern const char kDefaultPackToml[];  // generated from the default pack
}

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {

const ClaimPack& DefaultPack() {
  static const ClaimPack pack = PackFromText(kDefaultPackToml, "asean-trade-diplomacy.toml");
  return pack;
}

// "subjects modality" of the claim written `text`.
std::string Read(const std::string& body, const std::string& text, const std::string& lang) {
  CheckRun run = RunChecks({Article("a", "2025-03-12", body, "Test Wire", lang)}, DefaultPack());
  for (const Claim& c : run.claims)
    if (ClaimText(run, c) == text) return SubjectList(c) + " " + ModalityName(c.modality);
  return "no claim";
}

}  // namespace

TEST_CASE("default pack: countries named in French, Indonesian and Malay",
          "[extract][packs][languages]") {
  CHECK(Read("En 2023, les échanges commerciaux entre la Thaïlande et le Japon ont atteint 60 "
             "milliards de dollars américains.",
             "60 milliards de dollars américains", "fr") == "JP,TH actual");
  CHECK(Read("Les investissements japonais au Cambodge atteignaient 3 milliards de dollars "
             "américains fin 2022.",
             "3 milliards de dollars américains", "fr") == "JP,KH actual");
  CHECK(Read("Perdagangan Thailand dan Jepang pada 2023 mencapai 60 miliar dolar AS.",
             "60 miliar dolar AS", "id") == "JP,TH actual");
  CHECK(Read("Perdagangan antara Tiongkok dan Korea Selatan pada 2023 mencapai 270 miliar "
             "dolar AS.",
             "270 miliar dolar AS", "id") == "CN,KR actual");
  CHECK(Read("Jumlah dagangan Malaysia dengan Jepun pada 2023 ialah RM180 bilion.", "RM180 bilion",
             "ms") == "JP,MY actual");
  // Look-alike: the north is not its southern neighbour.
  std::string north = Read(
      "En 2023, les échanges commerciaux entre la Chine et la Corée du Nord ont atteint 2 "
      "milliards de dollars américains.",
      "2 milliards de dollars américains", "fr");
  CHECK(north.find("KR") == std::string::npos);
  CHECK(north.find("KP") != std::string::npos);
}

TEST_CASE("default pack: modality words of each language", "[extract][packs][languages]") {
  CHECK(Read("Les échanges commerciaux entre la Thaïlande et le Japon pourraient atteindre 80 "
             "milliards de dollars américains en 2027.",
             "80 milliards de dollars américains", "fr") == "JP,TH forecast");
  CHECK(Read("La Thaïlande et le Japon ont pour objectif des échanges commerciaux de 100 "
             "milliards de dollars américains en 2030.",
             "100 milliards de dollars américains", "fr") == "JP,TH target");
  CHECK(Read("Dagangan Malaysia dengan Jepun dijangka mencecah RM200 bilion pada 2027.",
             "RM200 bilion", "ms") == "JP,MY forecast");
  CHECK(Read("Sasaran dagangan Malaysia dengan Jepun ialah RM250 bilion pada 2030.", "RM250 bilion",
             "ms") == "JP,MY target");
  // English modality words are read in an article of a language whose
  // lexicons fall back to English.
  CHECK(Read("Perdagangan Thailand dan Jepang pada 2027 expected mencapai 80 miliar dolar AS.",
             "80 miliar dolar AS", "id") == "JP,TH forecast");
  // A figure stated as done stays actual in every language.
  CHECK(Read("Dagangan Malaysia dengan Jepun mencecah RM180 bilion pada 2023.", "RM180 bilion",
             "ms") == "JP,MY actual");
}

TEST_CASE("default pack: one figure in three languages aligns", "[align][packs][languages]") {
  CheckRun run = RunChecks(
      {Article("a", "2025-03-12",
               "Trade between Thailand and Japan reached US$60.2 billion in 2023."),
       Article("b", "2025-03-13",
               "Perdagangan Thailand dan Jepang pada 2023 mencapai 60,2 miliar dolar AS.",
               "Test Wire", "id"),
       Article("c", "2025-03-14",
               "En 2023, les échanges commerciaux entre la Thaïlande et le Japon ont atteint "
               "60,2 milliards de dollars américains.",
               "Test Wire", "fr")},
      DefaultPack());
  REQUIRE(run.aligned.alignments.size() == 1);
  CHECK(run.aligned.alignments[0].claims.size() == 3);
  CHECK(run.aligned.alignments[0].verdict == Verdict::kAgree);
}
