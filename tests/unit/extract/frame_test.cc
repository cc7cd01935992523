// The frame of a figure (extract/frame.h) and binding by frame: each class
// of issue "claims that hold on reporting nobody here has seen" with several
// forms and the look-alikes that must not match. Sentences are written for
// these tests, about made-up countries, with a pack of their own.
#include <catch2/catch.hpp>

#include "../check_util.h"
#include "extract/sentence_words.h"
#include "report/check_report.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {

// A beat of ports, trade and investment between made-up countries.
const char* kFramePack = R"(
[pack]
name = "frame-test"
pair_phrases = ["two countries", "bilateral"]

[[entity]]
id = "AR"
kind = "country"
names = ["Arcadia"]
demonyms = ["Arcadian"]

[[entity]]
id = "BO"
kind = "country"
names = ["Borealia"]
demonyms = ["Borealian"]

[[entity]]
id = "CE"
kind = "country"
names = ["Celestia"]
demonyms = ["Celestian"]

[[entity]]
id = "DA"
kind = "country"
names = ["Dalmatia"]

[[entity]]
id = "UNION"
kind = "organization"
names = ["Northern Union"]

[[entity]]
id = "LO"
kind = "country"
names = ["Lào", "Laos"]
demonyms = ["Lao"]

[[metric]]
id = "trade"
cues = ["trade", "bilateral trade"]
quantity = "money"
temporal = "flow"
subjects = 2
subject_kind = "country"
[metric.cues_in]
id = ["perdagangan"]
ms = ["dagangan"]
fr = ["échanges commerciaux", "échanges"]
vi = ["thương mại"]

[[metric]]
id = "trade.growth"
cues = ["trade"]
quantity = "percent"
percent = "growth"
temporal = "flow"
subjects = 2
subject_kind = "country"

[[metric]]
id = "exports"
directional = true
cues = ["export", "shipments"]
quantity = "money"
temporal = "flow"
subjects = 2
subject_kind = "country"

[[metric]]
id = "port.rank"
cues = ["port operator"]
quantity = "rank"
temporal = "stock"
subjects = 1
subject_kind = "country"

[[metric]]
id = "ports"
ranked_as = "port.rank"
cues = ["port"]
counted = ["ports", "seaports"]
quantity = "count"
temporal = "stock"
subjects = 1
subject_kind = "country"

[[metric]]
id = "investment.stock"
directional = true
cues = ["investment", "invest", "capital"]
quantity = "money"
temporal = "stock"
accumulates = true
subjects = 2
subject_kind = "country"

[[metric]]
id = "investment.flow"
directional = true
cues = ["investment", "invest", "capital"]
quantity = "money"
temporal = "flow"
subjects = 2
subject_kind = "country"

[[metric]]
id = "visit"
directional = true
cues = ["visit"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
window_days = 30

[[metric]]
id = "tier.strategic"
cues = ["strategic partnership"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
aged = true

[[metric]]
id = "tier.comprehensive_strategic"
cues = ["comprehensive strategic partnership"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
aged = true

[[metric]]
id = "partner.rank"
cues = ["trading partner"]
quantity = "rank"
temporal = "stock"
subjects = 2
subject_kind = "country"

[[metric]]
id = "exporter.rank"
cues = ["exporter"]
quantity = "rank"
temporal = "stock"
subjects = 1
subject_kind = "country"

[[metric]]
id = "relations"
cues = ["diplomatic relations"]
quantity = "date"
temporal = "event"
subjects = 2
subject_kind = "country"
aged = true
)";

ClaimPack FramePack() { return PackFromText(kFramePack, "frame-pack.toml"); }

CheckRun Run(std::vector<Document> docs) { return RunChecks(std::move(docs), FramePack()); }

// "metric [subjects] owner time 'text'" of one article's claims.
std::vector<std::string> Lines(const std::string& body, const std::string& lang = "en") {
  CheckRun run = Run({Article("a", "2025-03-12", body, "Test Wire", lang)});
  std::vector<std::string> out;
  for (const Claim& c : run.claims) {
    std::string who = "[" + SubjectList(c) + "]";
    if (!c.owner.empty()) who += " " + c.owner;
    out.push_back(c.metric + " " + who + " " + ClaimWhen(c) + " '" + ClaimText(run, c) + "'");
  }
  return out;
}

// The metric of the claim whose figure is written `text`; "" when none.
std::string MetricOf(const std::string& body, const std::string& text,
                     const std::string& lang = "en") {
  CheckRun run = Run({Article("a", "2025-03-12", body, "Test Wire", lang)});
  for (const Claim& c : run.claims)
    if (ClaimText(run, c) == text) return c.metric;
  return "";
}

}  // namespace

TEST_CASE("cues match by stem: a cue written once matches its inflections",
          "[extract][frame][stems]") {
  // Inflections of the cue word: verb forms, plurals, derived nouns.
  CHECK(MetricOf("Arcadia and Borealia trading hit US$3 billion in 2023.", "US$3 billion") ==
        "trade");
  CHECK(MetricOf("Bilateral trading between Arcadia and Borealia was US$3 billion in 2023.",
                 "US$3 billion") == "trade");
  CHECK(MetricOf("Arcadia exported goods worth US$2 billion to Borealia in 2022.",
                 "US$2 billion") == "exports");
  CHECK(MetricOf("Arcadian shipments to Borealia came to US$2 billion in 2022.", "US$2 billion") ==
        "exports");
  CHECK(MetricOf("In 2021 Arcadian firms invested US$700 million in Borealia.", "US$700 million") ==
        "investment.flow");
  // Look-alikes: a word that shares letters but not the stem.
  CHECK(MetricOf("Arcadia's traders' union in Borealia holds assets of US$3 billion in 2023.",
                 "US$3 billion")
            .rfind("generic:", 0) == 0);
  CHECK(MetricOf("The Arcadian investigator in Borealia was paid US$3 million in 2023.",
                 "US$3 million")
            .rfind("generic:", 0) == 0);
}

TEST_CASE("frame: what a count counts is its own noun, not a nearby cue",
          "[extract][frame][counted]") {
  // The counted noun fits: several forms.
  CHECK(MetricOf("Arcadia now has 14 ports.", "14") == "ports");
  CHECK(MetricOf("Arcadia now operates 14 of the region's seaports.", "14") == "ports");
  CHECK(MetricOf("The number of seaports in Arcadia has reached 14.", "14") == "ports");
  CHECK(MetricOf("Arcadia has 14 deep-water ports.", "14") == "ports");
  // Negatives: a count of something else beside the port cue is not ports.
  CHECK(MetricOf("The port of Arcadia employs 3,500 workers.", "3,500") != "ports");
  CHECK(MetricOf("The new port in Arcadia covers 1,200 hectares.", "1,200") != "ports");
  CHECK(MetricOf("Some 40 investors attended the port forum in Arcadia.", "40") != "ports");
  // A part is not the stock: "three more ports", "the 11 other ports".
  CHECK(MetricOf("Arcadia will build three more ports.", "three") != "ports");
  CHECK(MetricOf("Besides its largest, Arcadia has 11 other ports.", "11") != "ports");
}

TEST_CASE("frame: the frame is read without a metric", "[extract][frame][read]") {
  CheckRun run = Run({Article("a", "2025-03-12",
                              "The port of Arcadia employs 3,500 workers, while trade grew "
                              "7% in 2024.")});
  const Claim* workers = nullptr;
  const Claim* growth = nullptr;
  for (const Claim& c : run.claims) {
    if (ClaimText(run, c) == "3,500") workers = &c;
    if (ClaimText(run, c) == "7%") growth = &c;
  }
  REQUIRE(workers);
  CHECK(workers->frame.counted == "workers");
  CHECK(workers->frame.clause == "The port of Arcadia employs 3,500 workers");
  // The port cue was near but the frame did not fit: said in the report.
  REQUIRE(workers->frame.rejected.size() == 1);
  CHECK(workers->frame.rejected[0] == "ports: counts another noun");
  REQUIRE(growth);
  CHECK(growth->frame.percent == "growth");
  CHECK(growth->frame.time == "period");
  CHECK(growth->frame.clause == "while trade grew 7% in 2024");
}

TEST_CASE("frame: the kind of percentage must be the metric's", "[extract][frame][percent]") {
  // Growth, in several forms.
  CHECK(MetricOf("Arcadia-Borealia trade rose 12% in 2024.", "12%") == "trade.growth");
  CHECK(MetricOf("Arcadia-Borealia trade was up 12% year on year in 2024.", "12%") ==
        "trade.growth");
  CHECK(MetricOf("Arcadia-Borealia trade reached US$5 billion in 2024, an increase of 12%.",
                 "12%") == "trade.growth");
  // A share of a whole is not growth.
  CHECK(MetricOf("Borealia accounted for 28% of Arcadia's trade in 2024.", "28%") !=
        "trade.growth");
  CHECK(MetricOf("Arcadia-Borealia trade in 2024 was US$5 billion, making up 28% of the total.",
                 "28%") != "trade.growth");
}

TEST_CASE("frame: a flow over a period, a stock as of a date, a start of accumulation",
          "[extract][frame][time]") {
  // A period: the flow.
  CHECK(Lines("In the first nine months of 2019 Arcadia invested US$4.2 billion in Borealia.") ==
        std::vector<std::string>{
            "investment.flow [AR,BO] AR 2019-01-01..2019-09-30 'US$4.2 billion'"});
  // A start ("since 1998", "over the past two decades"): the stock, as of
  // the publication date, never as of the start.
  CHECK(Lines("Since 1998, Arcadia has invested US$10 billion in Borealia.") ==
        std::vector<std::string>{"investment.stock [AR,BO] AR as of 2025-03-12 'US$10 billion'"});
  CHECK(Lines("Since the first plant opened in May 1998, Arcadia has invested US$10 billion in "
              "Borealia.") ==
        std::vector<std::string>{"investment.stock [AR,BO] AR as of 2025-03-12 'US$10 billion'"});
  CHECK(Lines("Over the past two decades Arcadia has invested US$10 billion in Borealia.") ==
        std::vector<std::string>{"investment.stock [AR,BO] AR as of 2025-03-12 'US$10 billion'"});
  // An as-of date: the stock at that date.
  CHECK(Lines("By the end of 2023, Arcadian investment in Borealia totalled US$9 billion.") ==
        std::vector<std::string>{"investment.stock [AR,BO] AR as of 2023-12-31 'US$9 billion'"});
  // No time at all: the stock as of publication.
  CHECK(Lines("Arcadian investment in Borealia stands at US$9 billion.") ==
        std::vector<std::string>{"investment.stock [AR,BO] AR as of 2025-03-12 'US$9 billion'"});
}

TEST_CASE("lists: each figure belongs to the entity written with it", "[extract][frame][lists]") {
  CHECK(Lines("In 2024 Borealia drew investment from many countries: Arcadia led with US$3 "
              "billion, ahead of Celestia with US$2 billion and Dalmatia with US$1 billion.") ==
        std::vector<std::string>{"investment.flow [AR,BO] AR 2024 'US$3 billion'",
                                 "investment.flow [BO,CE] CE 2024 'US$2 billion'",
                                 "investment.flow [BO,DA] DA 2024 'US$1 billion'"});
}

TEST_CASE("events have participants: a visit each way is two events", "[extract][frame][events]") {
  CheckRun run =
      Run({Article("a", "2025-03-12", "The Arcadian president visited Borealia on March 3."),
           Article("b", "2025-03-28", "The Borealian premier visited Arcadia on March 25.")});
  std::vector<std::string> owners;
  for (const Claim& c : run.claims) owners.push_back(c.metric + " " + c.owner);
  CHECK(owners == std::vector<std::string>{"visit AR", "visit BO"});
  for (const Finding& f : run.findings) CHECK(f.rule != "cross-source-conflict");
  // The same visit told twice, days apart in the telling, is one event.
  CheckRun same =
      Run({Article("a", "2025-03-12", "The Arcadian president visited Borealia on March 3."),
           Article("b", "2025-03-14", "Arcadia's president paid a visit to Borealia on March 3.")});
  REQUIRE(same.aligned.alignments.size() == 1);
  CHECK(same.aligned.alignments[0].verdict == Verdict::kAgree);
}

TEST_CASE("events: partnership tiers are different events", "[extract][frame][events]") {
  CheckRun run = Run(
      {Article("a", "2025-03-12", "Arcadia and Borealia set up a strategic partnership in 2013."),
       Article("b", "2025-03-13",
               "Arcadia and Borealia set up a comprehensive strategic "
               "partnership in 2023.")});
  for (const Finding& f : run.findings) CHECK(f.rule != "cross-source-conflict");
  std::vector<std::string> metrics;
  for (const Claim& c : run.claims) metrics.push_back(c.metric);
  CHECK(metrics == std::vector<std::string>{"tier.strategic", "tier.comprehensive_strategic"});
}

TEST_CASE("currencies: no rate is not comparable; a conversion beside a figure is one claim",
          "[extract][frame][currency]") {
  // Two currencies and no rate in the pack: never a conflict.
  CheckRun run =
      Run({Article("a", "2025-03-12", "Arcadia-Borealia trade in 2024 was S$9 billion."),
           Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 was US$5 billion.")});
  for (const Finding& f : run.findings) CHECK(f.rule != "cross-source-conflict");
  // "RM4.5 billion (about US$1 billion)": the second restates the first.
  CheckRun twice = Run({Article("a", "2025-03-12",
                                "Arcadia-Borealia trade in 2024 was RM4.5 billion (about US$1 "
                                "billion).")});
  REQUIRE(twice.claims.size() == 2);
  CHECK(twice.claims[0].metric == "trade");
  CHECK(twice.claims[1].metric == "trade");
  CHECK(std::string(twice.claims[1].confidence.metric_from) ==
        "restates the figure before it in another currency");
  for (const Finding& f : twice.findings) CHECK(f.rule != "cross-source-conflict");
}

TEST_CASE("names in a text written with accents match with their accents",
          "[extract][frame][names]") {
  // Vietnamese "lao động" (labour) folds like "Lao"; written with accents,
  // the text means the word, not the country.
  CheckRun vi = Run({Article("a", "2025-03-12",
                             "Năm 2024, thị trường lao động của Arcadia có 5.000 việc làm mới.",
                             "Test Wire", "vi")});
  bool labour_as_laos = false;
  for (const Claim& c : vi.claims)
    for (const std::string& s : c.subjects) labour_as_laos |= s == "LO";
  CHECK_FALSE(labour_as_laos);
  // Written with its accents, the country is found.
  CheckRun laos = Run({Article(
      "a", "2025-03-12", "Năm 2024, Lào nhận 2 tỷ USD vốn đầu tư từ Arcadia.", "Test Wire", "vi")});
  REQUIRE(laos.claims.size() == 1);
  CHECK(laos.claims[0].subjects == std::vector<std::string>{"AR", "LO"});
  // The name with its accents, and an English text without them, still match.
  CHECK(WrittenWithAccents("Năm 2024, thị trường lao động của Lào có nhiều việc làm mới."));
  CHECK_FALSE(WrittenWithAccents("Laos and Arcadia signed a deal; the Lao side agreed."));
  CheckRun en = Run({Article("a", "2025-03-12", "Laos-Arcadia trade was US$2 billion in 2024.")});
  REQUIRE(en.claims.size() == 1);
  CHECK(en.claims[0].subjects == std::vector<std::string>{"AR", "LO"});
}

TEST_CASE("a vague claim does not hide a precise pair that excludes each other",
          "[align][frame][vague]") {
  // One article gives the year and a vague age; another a different year.
  CheckRun run = Run(
      {Article("a", "2025-03-12",
               "Arcadia and Borealia set up diplomatic relations in 1973, more "
               "than 50 years of diplomatic relations ago."),
       Article("b", "2025-03-13", "Arcadia and Borealia set up diplomatic relations in 1975.")});
  bool conflict = false;
  for (const Alignment& a : run.aligned.alignments)
    if (a.metric == "relations") conflict |= a.verdict == Verdict::kConflict;
  CHECK(conflict);
}

TEST_CASE("ranks: an exact place inside 'one of the' raises no alarm", "[extract][frame][rank]") {
  CheckRun run =
      Run({Article("a", "2025-03-12", "Arcadia is one of the 4th largest exporters of tin."),
           Article("b", "2025-03-13", "Arcadia is the largest exporter of tin.")});
  size_t conflicts = 0;
  for (const Finding& f : run.findings)
    if (f.rule == "cross-source-conflict") {
      ++conflicts;
      CHECK(f.severity == Severity::kNote);
    }
  CHECK(conflicts == 1);
  // Written plainly, the two places are an alarm.
  CheckRun plain = Run({Article("a", "2025-03-12", "Arcadia is the 4th largest exporter of tin."),
                        Article("b", "2025-03-13", "Arcadia is the largest exporter of tin.")});
  conflicts = 0;
  for (const Finding& f : plain.findings)
    if (f.rule == "cross-source-conflict") {
      ++conflicts;
      CHECK(f.severity != Severity::kNote);
    }
  CHECK(conflicts == 1);
}

TEST_CASE("events: single days of a visit never exclude each other; a written span does",
          "[align][frame][events]") {
  CheckRun days = Run(
      {Article("a", "2025-05-20", "The Arcadian president began a visit to Borealia on May 15."),
       Article("b", "2025-05-20",
               "The Arcadian president, on a visit to Borealia, spoke on May 16.")});
  for (const Finding& f : days.findings) CHECK(f.rule != "cross-source-conflict");
  CheckRun span = Run(
      {Article("a", "2025-05-20",
               "The Arcadian president paid a visit to Borealia from May 15 to 16."),
       Article("b", "2025-05-20", "The Arcadian president began a visit to Borealia on May 19.")});
  bool conflict = false;
  for (const Alignment& a : span.aligned.alignments) conflict |= a.verdict == Verdict::kConflict;
  CHECK(conflict);
}

TEST_CASE("frame: a part of a whole named before is not the stock, unless it is what holds",
          "[extract][frame][parts]") {
  // "of which": the parts of a breakdown are not the stock.
  CHECK(MetricOf("Arcadian investment in Borealia totals US$9 billion, of which US$2 billion "
                 "went into mining.",
                 "US$2 billion") != "investment.stock");
  CHECK(MetricOf("Arcadian investment in Borealia totals US$9 billion, including US$2 billion "
                 "in mining.",
                 "US$2 billion") != "investment.stock");
  // The whole is.
  CHECK(MetricOf("Arcadian investment in Borealia totals US$9 billion, of which US$2 billion "
                 "went into mining.",
                 "US$9 billion") == "investment.stock");
  // What still holds is a stock of its own, in force.
  CheckRun run = Run({Article("a", "2025-03-12",
                              "Arcadian investment in Borealia totals US$9 billion, of which "
                              "US$7 billion is still in force.")});
  bool in_force = false;
  for (const Claim& c : run.claims)
    if (ClaimText(run, c) == "US$7 billion")
      in_force = c.in_force && c.metric == "investment.stock";
  CHECK(in_force);
}

TEST_CASE("ranks: a scope is the rank's own; the world is none", "[extract][frame][rank]") {
  CheckRun run = Run({Article("a", "2025-03-12",
                              "Within the Northern Union, Arcadia is Borealia's second-largest "
                              "trading partner, and its fifth-largest trading partner in the "
                              "world.")});
  std::vector<std::string> scopes;
  for (const Claim& c : run.claims) scopes.push_back(ClaimText(run, c) + ":" + c.scope);
  CHECK(scopes == std::vector<std::string>{"second-largest:UNION", "fifth-largest:"});
  // A scope after the rank, in its clause; one in the next clause is not its.
  CheckRun after = Run({Article("a", "2025-03-12",
                                "Arcadia is Borealia's seventh trading partner worldwide, while "
                                "within the Northern Union it ranks third.")});
  REQUIRE(!after.claims.empty());
  CHECK(after.claims[0].scope.empty());
}

TEST_CASE("currencies: a bare sign is read by the outlet's country, else a guess",
          "[extract][frame][currency]") {
  auto currency_of = [](const std::string& url) {
    std::string text = "+++\ntitle = \"t\"\nurl = \"" + url +
                       "\"\npublished = 2025-03-12\n+++\nArcadia-Borealia trade in 2024 was $5 "
                       "billion.\n";
    auto doc = LoadBytes("a.md", text, {});
    REQUIRE(doc.ok());
    CheckRun run = RunChecks({doc.value()}, FramePack());
    REQUIRE(run.claims.size() == 1);
    return run.claims[0].mention.unit + " " + run.claims[0].currency_from + " " +
           ConfidenceName(run.claims[0].confidence.currency);
  };
  // An outlet of a dollar country: its dollar; of another country: the US dollar.
  CHECK(currency_of("https://news.example.sg/a") == "SGD outlet high");
  CHECK(currency_of("https://news.example.au/a") == "AUD outlet high");
  CHECK(currency_of("https://news.example.kh/a") == "USD outlet high");
  CHECK(currency_of("https://news.example.fr/a") == "USD outlet high");
  // No country in the domain and no default in the pack: left open.
  CHECK(currency_of("https://news.example.com/a") == "  low");
}

TEST_CASE("frame: clauses break at punctuation, not at a number's marks",
          "[extract][frame][clause]") {
  CheckRun run = Run({Article("a", "2025-03-12",
                              "Trong năm 2023 trade của Arcadia với Borealia chỉ còn 7,35 tỷ "
                              "USD, giảm 2,1%.",
                              "Test Wire", "vi")});
  REQUIRE(run.claims.size() == 2);
  CHECK(run.claims[0].frame.clause ==
        "Trong năm 2023 trade của Arcadia với Borealia chỉ còn 7,35 tỷ USD");
  // The appositive's clause holds the figure it qualifies, and its period.
  CHECK(run.claims[1].metric == "trade.growth");
  CHECK(run.claims[1].period.label == "2023");
}

TEST_CASE("frame: an appositive rank qualifies the figure before it", "[extract][frame][rank]") {
  CheckRun run = Run({Article("a", "2025-03-12", "Arcadia runs 14 ports, ranking second.")});
  const Claim* second = nullptr;
  for (const Claim& c : run.claims)
    if (ClaimText(run, c) == "second") second = &c;
  REQUIRE(second);
  CHECK(second->metric == "port.rank");
  CHECK(second->frame.apposition);
  CHECK(second->confidence.metric == Confidence::kHigh);
  // Not an appositive: a rank in a clause of its own is read less surely.
  CheckRun apart = Run(
      {Article("a", "2025-03-12", "Arcadia runs 14 ports; among its neighbours it comes second.")});
  for (const Claim& c : apart.claims)
    if (ClaimText(apart, c) == "second") CHECK(c.confidence.metric != Confidence::kHigh);
}

TEST_CASE("a conflict names every pair that excludes each other", "[align][frame][vague]") {
  CheckRun run = Run(
      {Article("a", "2025-03-12", "Arcadia-Borealia trade in 2024 was US$4 billion."),
       Article("b", "2025-03-13", "Arcadia-Borealia trade in 2024 was US$5 billion."),
       Article("c", "2025-03-14", "Arcadia-Borealia trade in 2024 was US$6 billion."),
       Article("d", "2025-03-15", "Arcadia-Borealia trade in 2024 was more than US$3 billion.")});
  REQUIRE(run.aligned.alignments.size() == 1);
  const Alignment& a = run.aligned.alignments[0];
  CHECK(a.verdict == Verdict::kConflict);
  CHECK(a.reason.find("Also excluding each other") != std::string::npos);
  CHECK(a.reason.find("4 billion USD and 6 billion USD") != std::string::npos);
}

TEST_CASE("articles in two languages stating one figure align", "[align][frame][languages]") {
  CheckRun run =
      Run({Article("a", "2025-03-12", "Arcadia-Borealia trade in 2024 was US$5.2 billion."),
           Article("b", "2025-03-13",
                   "Nilai perdagangan Arcadia dan Borealia pada 2024 mencapai 5,2 miliar dolar AS.",
                   "Test Wire", "id"),
           Article("c", "2025-03-14",
                   "En 2024, les échanges commerciaux entre Arcadia et Borealia ont atteint 5,2 "
                   "milliards de dollars américains.",
                   "Test Wire", "fr")});
  REQUIRE(run.aligned.alignments.size() == 1);
  CHECK(run.aligned.alignments[0].claims.size() == 3);
  CHECK(run.aligned.alignments[0].verdict == Verdict::kAgree);
  // The same figure read differently in one language is a conflict.
  CheckRun off =
      Run({Article("a", "2025-03-12", "Arcadia-Borealia trade in 2024 was US$5.2 billion."),
           Article("b", "2025-03-13",
                   "Nilai perdagangan Arcadia dan Borealia pada 2024 mencapai 6,9 miliar dolar AS.",
                   "Test Wire", "id")});
  REQUIRE(off.aligned.alignments.size() == 1);
  CHECK(off.aligned.alignments[0].verdict == Verdict::kConflict);
}

TEST_CASE("subjects: one from the sentence before is read when it completes the document's pair",
          "[extract][frame][subjects]") {
  auto subjects_confidence = [](const std::string& body) {
    CheckRun run = Run({Article("a", "2025-03-12", body)});
    for (const Claim& c : run.claims)
      if (ClaimText(run, c) == "US$3 billion")
        return SubjectList(c) + " " + ConfidenceName(c.confidence.subjects);
    return std::string("no claim");
  };
  // The passage before names the partner, and the article is about the pair.
  CHECK(subjects_confidence("Arcadia and Borealia signed a new accord on Monday. Trade with "
                            "Borealia came to US$3 billion in 2024.") == "AR,BO high");
  // The sentence before names another country than the article's pair: a
  // reading, not sure enough for an alarm.
  CHECK(subjects_confidence("Arcadia and Celestia held talks. Arcadia and Celestia agreed to meet "
                            "again. Dalmatia sent an observer. Trade with Arcadia came to US$3 "
                            "billion in 2024.") == "AR,DA medium");
}

TEST_CASE(
    "time: a change's own time is the period of the level it reached; a restated pair "
    "shares a time written after it",
    "[extract][frame][time]") {
  CHECK(Lines("Arcadia-Borealia trade climbed 7% in 2023 to US$3 billion.") ==
        std::vector<std::string>{"trade.growth [AR,BO] 2023 '7%'",
                                 "trade [AR,BO] 2023 'US$3 billion'"});
  CHECK(Lines("Arcadia-Borealia trade was RM9 billion (US$2 billion) in 2022.") ==
        std::vector<std::string>{"trade [AR,BO] 2022 'RM9 billion'",
                                 "trade [AR,BO] 2022 'US$2 billion'"});
  // A level with a time of its own keeps it.
  CHECK(Lines("Arcadia-Borealia trade climbed 7% in 2023 to US$3 billion in 2024.") ==
        std::vector<std::string>{"trade.growth [AR,BO] 2023 '7%'",
                                 "trade [AR,BO] 2024 'US$3 billion'"});
}

TEST_CASE("a base of comparison takes only a time of its own, in every language",
          "[extract][frame][period][languages]") {
  // The period of the claim written `text`, "-" when it has none.
  auto when = [](const std::string& body, const std::string& text, const std::string& lang) {
    CheckRun run = Run({Article("a", "2025-03-12", body, "Test Wire", lang)});
    for (const Claim& c : run.claims)
      if (ClaimText(run, c) == text) return ClaimWhen(c);
    return std::string("no claim");
  };
  struct Row {
    const char* lang;
    const char* body;
    const char* text;
    const char* want;
  };
  const Row rows[] = {
      // The level a change started from, with a time after it: its own.
      {"en",
       "In 2023, Arcadia-Borealia trade reached US$8 billion, up 25% from US$6.4 billion "
       "in 2022.",
       "US$6.4 billion", "2022"},
      {"en",
       "In 2023, Arcadia-Borealia trade reached US$8 billion, up 25% from US$6.4 billion "
       "in 2022.",
       "US$8 billion", "2023"},
      // A figure restated in brackets is one figure: the time after the
      // pair is the first one's, and the restatement shares it.
      {"en",
       "In 2023, Arcadia-Borealia trade reached €7.4 billion (US$8 billion), up from "
       "€5.9 billion (US$6.4 billion) in 2022.",
       "€5.9 billion", "2022"},
      {"en",
       "In 2023, Arcadia-Borealia trade reached €7.4 billion (US$8 billion), up from "
       "€5.9 billion (US$6.4 billion) in 2022.",
       "US$6.4 billion", "2022"},
      // With no time of its own, a base takes none: the fronted year is the
      // change's.
      {"en", "In 2023, Arcadia-Borealia trade reached US$8 billion, up from US$6.4 billion.",
       "US$6.4 billion", "-"},
      {"en", "Arcadia-Borealia trade hit US$8 billion last year, higher than US$6.4 billion.",
       "US$6.4 billion", "-"},
      // Look-alikes: a period after "over the" or in a from-to range is the period.
      {"en", "Arcadia-Borealia trade was US$5 billion over the first nine months of 2024.",
       "US$5 billion", "2024-01-01..2024-09-30"},
      {"id",
       "Pada 2023, perdagangan Arcadia dan Borealia mencapai 8 miliar dolar AS, naik 25 "
       "persen dari 6,4 miliar dolar AS pada 2022.",
       "6,4 miliar dolar AS", "2022"},
      {"id",
       "Pada 2023, perdagangan Arcadia dan Borealia mencapai 8 miliar dolar AS, naik "
       "dibandingkan 6,4 miliar dolar AS.",
       "6,4 miliar dolar AS", "-"},
      {"ms",
       "Pada 2023, jumlah dagangan Arcadia dan Borealia ialah RM30 bilion (AS$6.5 bilion), "
       "naik 20 peratus daripada RM25 bilion (AS$5.4 bilion) pada 2022.",
       "RM25 bilion", "2022"},
      {"ms",
       "Pada 2023, jumlah dagangan Arcadia dan Borealia ialah RM30 bilion (AS$6.5 bilion), "
       "naik 20 peratus daripada RM25 bilion (AS$5.4 bilion) pada 2022.",
       "AS$5.4 bilion", "2022"},
      {"fr",
       "En 2023, les échanges entre Arcadia et Borealia ont atteint 8 milliards de dollars "
       "américains, contre 6,4 milliards de dollars américains en 2022.",
       "6,4 milliards de dollars américains", "2022"},
      {"fr",
       "En 2023, les échanges entre Arcadia et Borealia ont atteint 8 milliards de dollars "
       "américains, contre 6,4 milliards.",
       "6,4 milliards", "-"},
      {"vi",
       "Năm 2023, thương mại Arcadia - Borealia đạt 8 tỷ USD, tăng 25% so với 6,4 tỷ USD "
       "năm 2022.",
       "6,4 tỷ USD", "2022"},
      {"vi", "Năm 2023, thương mại Arcadia - Borealia đạt 8 tỷ USD, tăng 25% so với 6,4 tỷ USD.",
       "6,4 tỷ USD", "-"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.lang, r.body, r.text);
    CHECK(when(r.body, r.text, r.lang) == r.want);
  }
}

TEST_CASE("a forecast word about a time already past is an estimate",
          "[extract][frame][modality][languages]") {
  // Published 2025-03-12: 2024 has ended, 2026 has not.
  auto modality = [](const std::string& body, const std::string& text, const std::string& lang) {
    CheckRun run = Run({Article("a", "2025-03-12", body, "Test Wire", lang)});
    for (const Claim& c : run.claims)
      if (ClaimText(run, c) == text)
        return std::string(ModalityName(c.modality)) + " " + ConfidenceName(c.confidence.period);
    return std::string("no claim");
  };
  CHECK(modality("Arcadia-Borealia trade in 2024 is expected to reach US$5 billion.",
                 "US$5 billion", "en") == "estimate medium");
  CHECK(modality("Arcadia-Borealia trade in 2026 is expected to reach US$5 billion.",
                 "US$5 billion", "en") == "forecast high");
  CHECK(modality("Perdagangan Arcadia dan Borealia pada 2024 diperkirakan mencapai 5 miliar "
                 "dolar AS.",
                 "5 miliar dolar AS", "id") == "estimate medium");
  CHECK(modality("Perdagangan Arcadia dan Borealia pada 2026 diperkirakan mencapai 5 miliar "
                 "dolar AS.",
                 "5 miliar dolar AS", "id") == "forecast high");
  CHECK(modality("Thương mại Arcadia - Borealia năm 2024 dự kiến đạt 5 tỷ USD.", "5 tỷ USD",
                 "vi") == "estimate medium");
  // A figure stated as done stays actual.
  CHECK(modality("Arcadia-Borealia trade in 2024 reached US$5 billion.", "US$5 billion", "en") ==
        "actual high");
}

// A flattened table or a run-on list: a "sentence" of many figures. Each
// frame reads a bounded reach around its figure, so the cost is linear in
// the sentence and a cue far away in one long clause is not the figure's.
TEST_CASE("frame: a clause is read within a bounded reach of its figure, and a cut is said",
          "[extract][frame][dense]") {
  std::string filler;
  for (int k = 0; k < 60; ++k) filler += "word ";
  // A cue within reach binds, in an ordinary clause and in a very long one.
  CHECK(MetricOf("Arcadia and Borealia trade reached US$3 billion in 2023.", "US$3 billion") ==
        "trade");
  CheckRun near = Run({Article(
      "a", "2025-03-12",
      "Arcadia and Borealia trade reached US$3 billion in 2023 " + filler + "and nothing else.")});
  REQUIRE(!near.claims.empty());
  CHECK(near.claims[0].metric == "trade");
  CHECK(near.claims[0].frame.reach_cut);
  // Look-alike: the same cue 60 words before the figure in one unbroken clause.
  CheckRun far =
      Run({Article("a", "2025-03-12",
                   "Arcadia and Borealia trade " + filler + "reached US$3 billion in 2023.")});
  for (const Claim& c : far.claims) CHECK(c.metric != "trade");
  // The cut is said once per document, at the first claim it touched.
  bool said = false;
  for (const Diagnostic& d : far.input_problems)
    said |= d.code == "extract.budget" &&
            d.message.find("longer than 48 words either side") != std::string::npos;
  CHECK(said);
  // A clause broken by punctuation is no cut.
  CheckRun broken = Run({Article(
      "a", "2025-03-12",
      "Arcadia and Borealia trade reached US$3 billion in 2023, " + filler + "and nothing else.")});
  REQUIRE(!broken.claims.empty());
  CHECK(!broken.claims[0].frame.reach_cut);
  CHECK(broken.input_problems.empty());
}

TEST_CASE("a long sentence is quoted around its figure, not whole for every figure",
          "[report][dense]") {
  std::string body;
  for (int k = 0; k < 60; ++k)
    body += (k ? ", " : "") + std::string("trade rose ") + std::to_string(k + 1) + "% in " +
            std::to_string(1960 + k);
  body += ".";
  REQUIRE(body.size() > kQuotedSentenceBytes);
  CheckRun run = Run({Article("a", "2025-03-12", body)});
  REQUIRE(run.claims.size() >= 60);
  for (const Claim& c : run.claims) {
    QuotedSentence q = QuoteClaimSentence(run, c);
    CHECK(q.cut);
    CHECK(q.text.size() <= 2 * kQuoteAroundBytes + 2 * c.mention.span.size() + 40);
    REQUIRE(q.figure_at != std::string::npos);
    CHECK(q.text.substr(q.figure_at, c.mention.span.size()) == ClaimText(run, c));
  }
  // The first figure's quote starts with the sentence; a middle one is cut both ends.
  CHECK(QuoteClaimSentence(run, run.claims.front()).text.rfind("trade rose 1%", 0) == 0);
  std::string mid = QuoteClaimSentence(run, run.claims[30]).text;
  CHECK(mid.rfind("… ", 0) == 0);
  CHECK(mid.substr(mid.size() - 4) == " …");
  // A sentence within the budget is quoted whole.
  CheckRun small = Run({Article("a", "2025-03-12", "Trade rose 5% in 2024.")});
  REQUIRE(small.claims.size() == 1);
  QuotedSentence q = QuoteClaimSentence(small, small.claims[0]);
  CHECK(q.text == "Trade rose 5% in 2024.");
  CHECK(!q.cut);
}
