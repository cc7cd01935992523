// conformance: scores the recognizer on the peer test cases in
// ../shared/conformance/recognizers-text (see its README for the schema and
// the scoring rules this follows), and on the Duckling cases in French,
// Indonesian and Vietnamese in ../shared/conformance/duckling.
//
//   conformance --data DIR                  print pass rates per file
//   conformance --data DIR --floors FILE    also fail (exit 1) if a strict
//                                           rate drops below its recorded floor
//   conformance --data DIR --failures FILE  list the failing cases of FILE
//
// For each active case (skip_reason == null) the input is normalized,
// segmented and recognized with the case's reference date as the publication
// date. Predictions of the file's kind are matched one to one with the
// expected entities. Strict: same byte span and value; lenient: overlapping
// span and value. Out-of-scope entities (ordinal.relative, datetime sets,
// time zones, "ref_undef" anaphora, value-less mentions) are removed from the
// expectation and predictions overlapping them are ignored, as the README says.
#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "lang/language.h"
#include "normalize/normalize.h"
#include "recognize/recognize.h"
#include "report/mentions_report.h"
#include "segment/segment.h"

namespace {

using nlohmann::json;
using namespace crosscheck;

struct Pred {
  Span span;
  // Numeric value (number, percent, money amount) or range/date data.
  const Mention* m = nullptr;
  Span outer;  // span including the qualifier (for ranges and dates)
};

struct Score {
  int lines = 0, strict = 0, lenient = 0;
  int tp = 0, fp = 0, fn = 0;
  std::vector<std::string> failures;
};

bool NumEq(double p, double e) { return std::abs(p - e) <= 1e-9 * std::max(1.0, std::abs(e)); }

Span Union(Span a, Span b) {
  if (a.empty()) return b;
  return Span{std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// Currency compatibility per the README: ISO equal when given, else by family.
bool CurrencyOk(const Mention& m, const json& e, double* amount) {
  std::string iso =
      e.value("iso_currency", json()).is_string() ? e["iso_currency"].get<std::string>() : "";
  std::string unit = e.value("unit", json()).is_string() ? e["unit"].get<std::string>() : "";
  double v = m.value.point;
  *amount = v;
  if (!iso.empty()) return m.unit == iso;
  static const std::map<std::string, std::set<std::string>> kFamilies = {
      {"Dollar", {"USD", "SGD", "AUD", "NZD", "CAD", "HKD", "TWD", "BND", "JMD"}},
      {"Pound", {"GBP", "EGP"}},
      {"Franc", {"CHF"}},
      {"Rupee", {"INR", "PKR"}},
      {"Bitcoin", {"BTC"}},
      {"Peso", {"MXN", "PHP", "ARS"}}};
  auto fam = kFamilies.find(unit);
  std::string fam_name = unit;
  for (auto& c : fam_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (unit == "Cent" || unit == "Pence" || unit == "Penny") {
    // Subunits: either the subunit amount or amount / 100 of the parent.
    if (NumEq(v * 100, e["value"].get<double>())) *amount = v * 100;
    return m.ambiguous_currency || !m.unit.empty();
  }
  if (m.ambiguous_currency) return m.currency_family == fam_name;
  if (fam != kFamilies.end()) return fam->second.count(m.unit) > 0;
  return !m.unit.empty();
}

struct Runner {
  SentenceSplitter splitter;
  bool day_first = false;              // the file's dates are written day/month (non-US English)
  const Language* language = nullptr;  // null: English

  std::vector<Mention> Recognize(const std::string& input, const json& reference, bool numerals,
                                 NormalizedText* t) {
    RecognizeOptions opt;
    opt.day_first = day_first;
    opt.language = language;
    if (reference.is_string()) {
      std::string ref = reference.get<std::string>();
      opt.anchor = ParseIsoDate(ref.substr(0, 10));
      if (ref.size() >= 19)
        opt.anchor_time = std::stoi(ref.substr(11, 2)) * 3600 + std::stoi(ref.substr(14, 2)) * 60 +
                          std::stoi(ref.substr(17, 2));
    }
    Recognizer r(opt);
    *t = NormalizePlain(input);
    std::vector<Span> sentences;
    splitter.Split(t->text, &sentences);
    std::vector<Mention> out;
    for (size_t s = 0; s < sentences.size(); ++s) {
      if (numerals)
        r.Numerals(t->text, sentences[s], &out);
      else
        r.Recognize(t->text, sentences[s], static_cast<uint32_t>(s), &out);
    }
    MapToOriginal(t->map, &out);
    for (Mention& m : out)
      if (!m.qualifier.empty()) m.qualifier = t->map.ToOriginal(m.qualifier);
    return out;
  }
};

// Upstream writes a date-time as "2016-11-08 08:00:00"; ours is ISO with a "T".
std::string UpstreamBound(const DateValue& d, bool high) {
  std::string s = FormatDateBound(d, high);
  if (!s.empty() && s[0] == 'T') return s.substr(1);
  if (auto t = s.find('T'); t != std::string::npos) s[t] = ' ';
  return s;
}

// The day after the end of a date value, as upstream ends implicit periods.
std::string DayAfter(const DateValue& d) {
  return d.has_time() ? UpstreamBound(d, true) : FormatIsoDate(d.high + 1);
}

// Upstream ends "2014 to 2018" at the start of 2018: the first day of the
// last unit of the range.
std::string StartOfLastUnit(const DateValue& d) {
  CivilDate c = CivilFromDays(d.high);
  if (d.granularity >= Granularity::kYear) return FormatIsoDate(DaysFromCivil(c.year, 1, 1));
  if (d.granularity == Granularity::kMonth) return FormatIsoDate(DaysFromCivil(c.year, c.month, 1));
  if (d.granularity == Granularity::kQuarter)
    return FormatIsoDate(DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1));
  return FormatIsoDate(d.high);
}

bool DateValueOk(const Mention& m, const json& resolved_list, const std::string& text) {
  for (const json& r : resolved_list) {
    std::string type = r.value("type", "");
    if (type == "duration") {
      if (m.kind != Kind::kDuration || !r.contains("seconds")) continue;
      double unit_seconds = m.unit == "year"     ? 365 * 86400.0
                            : m.unit == "month"  ? 30 * 86400.0
                            : m.unit == "week"   ? 7 * 86400.0
                            : m.unit == "day"    ? 86400.0
                            : m.unit == "hour"   ? 3600.0
                            : m.unit == "minute" ? 60.0
                                                 : 1.0;
      if (NumEq(m.value.point * unit_seconds, r["seconds"].get<double>())) return true;
      continue;
    }
    const DateValue& d = m.date;
    // A date that does not exist ("Feb 30"): upstream leaves it "not resolved".
    if (m.kind == Kind::kDate && d.invalid && r.value("value", "") == "not resolved") return true;
    // Fiscal and school years: unresolved upstream too; the TIMEX patterns must agree.
    if (m.kind == Kind::kDate && !d.unresolved.empty() && r.value("value", "") == "not resolved" &&
        r.value("timex", "") == d.unresolved)
      return true;
    if (m.kind != Kind::kDate || !(d.has_low || d.has_time())) continue;
    bool timed =
        type == "time" || type == "timerange" || type == "datetime" || type == "datetimerange";
    if (timed != d.has_time()) continue;
    bool days_needed = type != "time" && type != "timerange";
    if (days_needed != d.has_low) continue;
    std::string low = UpstreamBound(d, false), high = UpstreamBound(d, true);
    if (type == "date" || type == "time" || type == "datetime") {
      if (low == high && r.value("value", "") == low) return true;
      continue;
    }
    std::string mod = r.value("mod", "");
    // "since-end", "before-start", "after-mid": upstream names the part of
    // the period too; the bound is what counts.
    auto starts = [&](const char* p) { return mod.rfind(p, 0) == 0; };
    bool has_start = r.contains("start"), has_end = r.contains("end");
    if (has_start && !has_end) {
      if (starts("since") && r["start"] == low) return true;
      if (starts("after") && m.hedge == Hedge::kAfter && r["start"] == DayAfter(d)) return true;
      continue;
    }
    if (!has_start && has_end) {
      if ((starts("before") || starts("until")) && r["end"] == low) return true;
      continue;
    }
    if (!has_start || r["start"] != low) continue;
    std::string end = r["end"];
    if (end == (d.has_time() ? high : DayAfter(d))) return true;
    // Explicit "X to Y" ranges end at the start of Y upstream (README convention 1).
    bool connector =
        text.find('-') != std::string::npos || text.find(" to ") != std::string::npos ||
        text.find("through") != std::string::npos || text.find("between") != std::string::npos ||
        text.find("until") != std::string::npos || text.find("till") != std::string::npos ||
        text.find("thru") != std::string::npos || text.find('~') != std::string::npos;
    if (connector && (end == high || end == StartOfLastUnit(d))) return true;
  }
  return false;
}

// Returns true when the entity is out of scope for a news checker.
bool OutOfScope(const std::string& file, const json& e) {
  std::string type = e.value("type", "");
  if (type == "ordinal.relative") return true;
  if (type.find("set") != std::string::npos || type.find("timezone") != std::string::npos)
    return true;
  if (e["value"].is_null()) return true;
  if (file.rfind("datetime", 0) == 0 && e["value"].is_object() && e["value"].contains("resolved")) {
    for (const json& r : e["value"]["resolved"])
      if (r.value("mod", "") == "ref_undef") return true;
  }
  return false;
}

bool KindFits(const std::string& file, const Mention& m) {
  if (file == "percent") return m.kind == Kind::kPercent;
  if (file == "currency") return m.kind == Kind::kMoney;
  if (file == "ordinal") return m.kind == Kind::kRank;
  if (file == "number_range")
    return (m.kind == Kind::kNumber || m.kind == Kind::kPercent) &&
           (m.range || (m.hedge != Hedge::kNone && m.hedge != Hedge::kAbout &&
                        m.hedge != Hedge::kNearly && m.hedge != Hedge::kJustOver));
  if (file.rfind("datetime", 0) == 0) return m.kind == Kind::kDate || m.kind == Kind::kDuration;
  return m.kind == Kind::kNumber;
}

bool ValueOk(const std::string& file, const Mention& m, const json& e, const std::string& text) {
  const json& v = e["value"];
  if (file == "number") return v.is_number() && NumEq(m.value.point, v.get<double>());
  if (file == "percent")
    return v.is_number() && m.value.has_point && NumEq(m.value.point, v.get<double>());
  if (file == "ordinal") return v.is_number() && NumEq(m.value.point, v.get<double>());
  if (file == "currency") {
    double amount = 0;
    if (!CurrencyOk(m, e, &amount)) return false;
    return v.is_number() &&
           (NumEq(amount, v.get<double>()) || NumEq(m.value.point, v.get<double>()));
  }
  if (file == "number_range") {
    auto side = [](const json& x, bool has, double val) {
      return x.is_null() ? !has : (has && NumEq(val, x.get<double>()));
    };
    const Interval& iv = m.value;
    // Compare to what the text says, not to the precision-widened interval.
    double lo = iv.low, hi = iv.high;
    if (m.range && iv.has_point) lo = iv.low, hi = iv.high;
    return side(v["min"], iv.has_low, lo) && side(v["max"], iv.has_high, hi);
  }
  if (file.rfind("datetime", 0) == 0)
    return v.contains("resolved") && DateValueOk(m, v["resolved"], text);
  return false;
}

Score ScoreFile(Runner& runner, const std::string& dir, const std::string& file) {
  Score s;
  std::ifstream in(dir + "/" + file + ".jsonl");
  std::string line;
  while (std::getline(in, line)) {
    json c = json::parse(line, nullptr, false);
    if (c.is_discarded() || !c["skip_reason"].is_null()) continue;
    std::vector<json> expected;
    std::vector<Span> ignored;
    for (const json& e : c["expected"]) {
      Span sp{e["byte_start"].get<uint32_t>(), e["byte_end"].get<uint32_t>()};
      if (OutOfScope(file, e))
        ignored.push_back(sp);
      else
        expected.push_back(e);
    }
    NormalizedText t;
    std::string input = c["input"];
    std::vector<Mention> mentions = runner.Recognize(input, c["reference"], file == "number", &t);
    std::vector<Pred> preds;
    for (const Mention& m : mentions) {
      if (!KindFits(file, m)) continue;
      Pred p;
      p.m = &m;
      p.span = m.span;
      p.outer = (file == "number_range" || file.rfind("datetime", 0) == 0)
                    ? Union(m.qualifier, m.span)
                    : m.span;
      bool skip = false;
      for (Span ig : ignored)
        if (p.span.begin < ig.end && ig.begin < p.span.end) skip = true;
      if (!skip) preds.push_back(p);
    }
    // Predicted span used for matching: the outer span (qualifier included)
    // where upstream includes it, else the mention span.
    std::vector<bool> used(preds.size(), false);
    bool strict_ok = true, lenient_ok = true;
    int tp = 0;
    for (const json& e : expected) {
      Span es{e["byte_start"].get<uint32_t>(), e["byte_end"].get<uint32_t>()};
      std::string etext = e["text"];
      int exact = -1, overlap = -1;
      for (size_t k = 0; k < preds.size(); ++k) {
        if (used[k]) continue;
        const Pred& p = preds[k];
        bool same = p.outer == es || p.span == es;
        bool over = p.outer.begin < es.end && es.begin < p.outer.end;
        if (!over) continue;
        if (!ValueOk(file, *p.m, e, etext)) continue;
        if (same && exact < 0) exact = static_cast<int>(k);
        if (overlap < 0) overlap = static_cast<int>(k);
      }
      int pick = exact >= 0 ? exact : overlap;
      if (pick < 0) {
        strict_ok = lenient_ok = false;
        continue;
      }
      if (exact < 0) strict_ok = false;
      used[static_cast<size_t>(pick)] = true;
      ++tp;
    }
    int fp = 0;
    for (size_t k = 0; k < preds.size(); ++k)
      if (!used[k]) ++fp;
    if (fp) strict_ok = lenient_ok = false;
    s.lines++;
    s.strict += strict_ok;
    s.lenient += lenient_ok;
    s.tp += tp;
    s.fp += fp;
    s.fn += static_cast<int>(expected.size()) - tp;
    if (!strict_ok) {
      std::string got;
      for (const Pred& p : preds) got += " [" + std::string(p.outer.In(input)) + "]";
      std::string want;
      for (const json& e : expected) want += " [" + e["text"].get<std::string>() + "]";
      s.failures.push_back(c["id"].get<std::string>() + "  input: " + input + "\n    want:" + want +
                           "\n    got: " + got);
    }
  }
  return s;
}

// ---- Duckling cases (../shared/conformance/duckling/<lang>/<dim>.jsonl) -----
// Each line is one input that upstream reads as one entity of the file's
// dimension. Strict: one mention of that kind spans the whole input with the
// expected value; lenient: some mention of that kind has the value. A
// negative line passes when no mention of that kind is read.

bool DucklingKind(const std::string& dim, const Mention& m) {
  if (dim == "numeral") return m.kind == Kind::kNumber;
  if (dim == "ordinal") return m.kind == Kind::kRank;
  if (dim == "money") return m.kind == Kind::kMoney;
  if (dim == "duration") return m.kind == Kind::kDuration;
  return false;
}

// Upstream's generic units: "$" any dollar, "£" any pound, "cent" a
// hundredth of any; an ISO code that one currency.
bool DucklingUnitOk(const Mention& m, const std::string& unit, double expected, double got) {
  if (unit == "unknown") return NumEq(got, expected);
  if (unit == "cent") return NumEq(got, expected) || NumEq(got * 100, expected);
  if (unit == "$")
    return (m.currency_family == "dollar" ||
            std::set<std::string>{"USD", "SGD", "AUD", "NZD", "CAD", "HKD", "TWD", "BND"}.count(
                m.unit)) &&
           NumEq(got, expected);
  if (unit == "£") return (m.currency_family == "pound" || m.unit == "GBP") && NumEq(got, expected);
  if (unit == "rial" || unit == "riyal")
    return (m.currency_family == unit || m.unit == "SAR" || m.unit == "IRR" || m.unit == "OMR" ||
            m.unit == "QAR" || m.unit == "YER") &&
           NumEq(got, expected);
  return m.unit == unit && NumEq(got, expected);
}

// Duckling's factors: a month is 30 days, a quarter 90, a year 365.
double DucklingSeconds(const std::string& unit) {
  static const std::map<std::string, double> kSeconds = {
      {"second", 1},       {"minute", 60},        {"hour", 3600},          {"day", 86400},
      {"week", 7 * 86400}, {"month", 30 * 86400}, {"quarter", 90 * 86400}, {"year", 365 * 86400}};
  auto it = kSeconds.find(unit);
  return it == kSeconds.end() ? 0 : it->second;
}

bool DucklingValueOk(const std::string& dim, const Mention& m, const json& e) {
  if (dim == "numeral" || dim == "ordinal")
    return e["value"].is_number() && m.value.has_point && NumEq(m.value.point, e["value"]);
  if (dim == "duration") {
    double want = e["normalized"]["value"].get<double>();
    return m.value.has_point && NumEq(m.value.point * DucklingSeconds(m.unit), want);
  }
  if (dim != "money") return false;
  if (e["type"] == "value")
    return m.value.has_point && !m.range &&
           DucklingUnitOk(m, e["unit"], e["value"].get<double>(), m.value.point);
  // An interval: both ends as written, or one end of an open range.
  const Interval& iv = m.value;
  bool ok = true;
  if (e.contains("from"))
    ok = ok && iv.has_low && DucklingUnitOk(m, e["from"]["unit"], e["from"]["value"], iv.low);
  else
    ok = ok && !iv.has_low;
  if (e.contains("to"))
    ok = ok && iv.has_high && DucklingUnitOk(m, e["to"]["unit"], e["to"]["value"], iv.high);
  else
    ok = ok && !iv.has_high;
  return ok;
}

Score ScoreDucklingFile(Runner& runner, const std::string& path, const std::string& dim) {
  Score s;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    json c = json::parse(line, nullptr, false);
    if (c.is_discarded()) continue;
    std::string input = c["input"];
    NormalizedText t;
    std::vector<Mention> mentions = runner.Recognize(input, c["reference"], false, &t);
    std::vector<const Mention*> kind;
    for (const Mention& m : mentions)
      if (DucklingKind(dim, m)) kind.push_back(&m);
    bool strict = false, lenient = false;
    if (c["negative"].get<bool>()) {
      strict = lenient = kind.empty();
    } else {
      uint32_t b = 0, e = static_cast<uint32_t>(input.size());
      while (b < e && input[b] == ' ') ++b;
      while (e > b && input[e - 1] == ' ') --e;
      for (const Mention* m : kind) {
        if (!DucklingValueOk(dim, *m, c["expected"])) continue;
        lenient = true;
        Span outer = Union(m->qualifier, m->span);
        strict |= kind.size() == 1 && ((outer.begin == b && outer.end == e) ||
                                       (m->span.begin == b && m->span.end == e));
      }
    }
    s.lines++;
    s.strict += strict;
    s.lenient += lenient;
    if (!strict) {
      std::string got;
      for (const Mention* m : kind)
        got += " [" + std::string(m->span.In(input)) + " = " + DumpValue(*m) + "]";
      s.failures.push_back(c["id"].get<std::string>() + "  input: " + input +
                           "\n    want: " + c["expected"].dump() + "\n    got: " + got);
    }
  }
  return s;
}

// Ends a file's row: its floor and whether the rate holds it, then the
// failing cases when asked for. False when the rate is below its floor.
bool EndRow(const std::string& name, double strict, const Score& s,
            const std::map<std::string, double>& floors, const std::string& failures_of) {
  bool ok = true;
  if (auto it = floors.find(name); it != floors.end()) {
    ok = strict + 1e-9 >= it->second;
    std::printf("   floor %.1f %s", it->second, ok ? "ok" : "BELOW FLOOR");
  }
  std::printf("\n");
  if (name == failures_of)
    for (const auto& f : s.failures) std::printf("  FAIL %s\n", f.c_str());
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores crosscheck's recognizer on the peer conformance cases"};
  std::string dir = CROSSCHECK_DEFAULT_CONFORMANCE_DIR;
  std::string floors_path;
  std::string failures_of;
  std::vector<std::string> files = {"number",  "percent",  "currency",         "number_range",
                                    "ordinal", "datetime", "datetime_en_other"};
  app.add_option("--data", dir, "Folder with the *.jsonl files")->capture_default_str();
  app.add_option("--floors", floors_path,
                 "File of 'name strict_percent' lines; exit 1 if a rate is lower");
  app.add_option("--failures", failures_of, "Print the failing cases of this file (e.g. currency)");
  app.add_option("--files", files, "Which files to score")->capture_default_str();
  std::string duckling = std::filesystem::path(dir).parent_path().string() + "/duckling";
  app.add_option("--duckling", duckling,
                 "Folder with the Duckling cases (<lang>/<dimension>.jsonl); skipped when absent")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  // The cases live in ../shared, which a clone of the repository alone does
  // not have: the ratchet then skips (exit 77, ctest's SKIP_RETURN_CODE)
  // instead of failing. A folder that exists but lacks a file still fails.
  if (!floors_path.empty() && !std::ifstream(dir + "/" + files.front() + ".jsonl") &&
      !std::filesystem::exists(dir)) {
    std::printf("conformance: skipped: %s not found (the conformance cases live in ../shared)\n",
                dir.c_str());
    return 77;
  }
  std::map<std::string, double> floors;
  if (!floors_path.empty()) {
    std::ifstream f(floors_path);
    if (!f) {
      std::cerr << floors_path << ": error: cannot read floors file\n";
      return 2;
    }
    std::string name;
    double v;
    while (f >> name >> v) floors[name] = v;
  }
  Runner runner;
  bool below = false;
  std::printf("%-18s %6s %8s %8s %6s %6s %6s\n", "file", "lines", "strict%", "lenient%", "P", "R",
              "F1");
  for (const std::string& file : files) {
    std::ifstream probe(dir + "/" + file + ".jsonl");
    if (!probe) {
      std::cerr << dir << "/" << file << ".jsonl: error: missing\n";
      return 2;
    }
    runner.day_first = file == "datetime_en_other";
    Score s = ScoreFile(runner, dir, file);
    double strict = s.lines ? 100.0 * s.strict / s.lines : 0;
    double lenient = s.lines ? 100.0 * s.lenient / s.lines : 0;
    double p = s.tp + s.fp ? 1.0 * s.tp / (s.tp + s.fp) : 1;
    double r = s.tp + s.fn ? 1.0 * s.tp / (s.tp + s.fn) : 1;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-18s %6d %8.1f %8.1f %6.3f %6.3f %6.3f", file.c_str(), s.lines, strict, lenient,
                p, r, f1);
    below |= !EndRow(file, strict, s, floors, failures_of);
  }
  // The Duckling cases, per language, each read in its own language.
  static const char* const kLangs[] = {"vi", "id", "fr"};
  static const char* const kDims[] = {"numeral", "ordinal", "money", "duration"};
  if (std::filesystem::exists(duckling)) {
    std::printf("\n%-18s %6s %8s %8s   (Duckling: whole input, value and unit)\n", "file", "lines",
                "strict%", "lenient%");
    for (const char* lang : kLangs)
      for (const char* dim : kDims) {
        std::string path = duckling + "/" + lang + "/" + dim + ".jsonl";
        if (!std::filesystem::exists(path)) continue;
        std::string name = std::string(lang) + "/" + dim;
        runner.language = &BuiltinLanguages().For(lang);
        runner.day_first = runner.language->day_first;
        Score s = ScoreDucklingFile(runner, path, dim);
        double strict = s.lines ? 100.0 * s.strict / s.lines : 0;
        double lenient = s.lines ? 100.0 * s.lenient / s.lines : 0;
        std::printf("%-18s %6d %8.1f %8.1f", name.c_str(), s.lines, strict, lenient);
        below |= !EndRow(name, strict, s, floors, failures_of);
      }
    runner.language = nullptr;
  } else {
    std::printf("\nconformance: Duckling cases skipped: %s not found\n", duckling.c_str());
  }
  return below ? 1 : 0;
}
