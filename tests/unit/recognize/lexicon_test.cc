// The lexicon is data (claims/lexicon/*.toml): the built-in files load, every
// language names lexicons that exist, a word's classes add up across files,
// and a wrong file is refused with its line and the key at fault.
#include "recognize/lexicon.h"

#include <catch2/catch.hpp>

#include "lang/language.h"

using crosscheck::BuiltinLexicon;
using crosscheck::Diagnostic;
using crosscheck::Hedge;
using crosscheck::Lexicon;
using crosscheck::TimeUnit;

TEST_CASE("the built-in English lexicon answers word classes", "[recognize][lexicon]") {
  const Lexicon& en = BuiltinLexicon({"en"});
  REQUIRE(en.Find("million"));
  CHECK(en.Find("million")->scale == 1e6);
  CHECK(en.Find("bn")->scale_abbrev);
  CHECK(en.Find("fifths")->denominator == 5);
  CHECK(en.Find("fifths")->plural);
  CHECK(en.Find("second")->ordinal == 2);
  CHECK(en.Find("second")->time_unit == TimeUnit::kSecond);
  CHECK(en.Find("sept")->month == 9);
  CHECK(en.Find("noon")->clock == 12 * 3600);
  // "am" is a clock cue and nothing else; "m" is also a scale.
  CHECK(en.Find("am")->cue_only);
  CHECK_FALSE(en.Find("m")->cue_only);
  CHECK(en.Find("unheard") == nullptr);
  CHECK(en.Find("yesterday")->day_offset == -1);
  CHECK(en.Find("upcoming")->relative == 1);
  CHECK(en.Find("later")->half == 1);
  // Cue lists do not make a word a lexicon word.
  CHECK(en.IsCue(crosscheck::CueList::kMonthCue, "during"));
  CHECK(en.Find("during") == nullptr);
  CHECK(en.IsYearCue("since"));
  CHECK(en.DateBound("till") == Hedge::kUntil);
  CHECK(en.EndsHedge("than"));
  // Longest first: "more than or equal to" is tried before "more than".
  const auto& hedges = en.hedges();
  REQUIRE_FALSE(hedges.empty());
  for (size_t i = 1; i < hedges.size(); ++i)
    CHECK(hedges[i - 1].words.size() >= hedges[i].words.size());
  // Vietnamese scales are not English words.
  CHECK(en.Find("t\xe1\xbb\xb7") == nullptr);
}

TEST_CASE("a language's lexicons add up, and each one exists", "[recognize][lexicon]") {
  const Lexicon& vi = BuiltinLexicon(crosscheck::BuiltinLanguages().For("vi").lexicons);
  REQUIRE(vi.Find("t\xe1\xbb\xb7"));
  CHECK(vi.Find("t\xe1\xbb\xb7")->scale == 1e9);
  CHECK(vi.Find("million"));  // English words still read in Vietnamese copy
  for (const char* code :
       {"en", "en-GB", "vi", "id", "ms", "th", "fr", "de", "es", "pt", "it", "nl"})
    for (const std::string& name : crosscheck::BuiltinLanguages().For(code).lexicons) {
      CAPTURE(code, name);
      CHECK(crosscheck::IsBuiltinLexicon(name));
    }
}

TEST_CASE("a wrong lexicon file is refused at its line with the key at fault",
          "[recognize][lexicon]") {
  auto [text, line, says] = GENERATE(table<std::string, int, std::string>({
      {"[scale]\nmillion = \"big\"\n", 2, "scale.million must be a finite number"},
      {"[unit]\nhalf = 0.5\n", 2, "unit.half must be a whole number"},
      {"[time_unit]\nsol = \"martian day\"\n", 2, "must be one of second, minute"},
      {"[clock]\nnoon = \"noon\"\n", 2, "must be a time \"HH:MM\""},
      {"[hedge]\nsort_of = [\"sort of\"]\n", 2, "unknown hedge 'sort_of'"},
      {"[hedge]\nabout = \"about\"\n", 2, "hedge.about must be a list of words"},
      {"[words]\npercent = [\"\"]\n", 2, "words.percent entries must be words"},
      {"[words]\nsparkle = [\"glitter\"]\n", 2, "unknown word class 'words.sparkle'"},
      {"[cues]\nweather_cue = [\"rain\"]\n", 2, "unknown cue list 'cues.weather_cue'"},
      {"[relative]\nsoonish = 0.5\n", 2, "relative.soonish must be a whole number"},
      // A whole value out of an int's range is refused, not converted.
      {"[month]\nsmarch = 5e9\n", 2, "month.smarch must be a whole number from -2000000000"},
      {"[ordinal]\nlast = -3e12\n", 2, "ordinal.last must be a whole number from -2000000000"},
      {"[scale]\nzillion = inf\n", 2, "scale.zillion must be a finite number"},
      {"[colours]\nred = 1\n", 1, "unknown lexicon table 'colours'"},
      {"[date_bound]\nere = \"about\"\n", 2, "must be since, by, before, after or until"},
      {"scale = 3\n", 1, "'scale' must be a table"},
      {"[scale\n", 1, ""},
  }));
  CAPTURE(text);
  Lexicon lex;
  Diagnostic d;
  CHECK_FALSE(lex.Load(text, "my.toml", &d));
  CHECK(d.path == "my.toml");
  CHECK(d.line == line);
  CHECK(d.message.find(says) != std::string::npos);
}

TEST_CASE("a lexicon file adds classes to words another file has", "[recognize][lexicon]") {
  Lexicon lex;
  Diagnostic d;
  REQUIRE(lex.Load("[scale]\nlakh = 1e5\n", "a.toml", &d));
  REQUIRE(lex.Load("[words]\ndate_word = [\"lakh\"]\n[hedge]\nabout = [\"give or take\"]\n",
                   "b.toml", &d));
  lex.Finish();
  REQUIRE(lex.Find("lakh"));
  CHECK(lex.Find("lakh")->scale == 1e5);
  CHECK(lex.Find("lakh")->date_word);
  REQUIRE(lex.hedges().size() == 1);
  CHECK(lex.hedges()[0].words == std::vector<std::string>{"give", "or", "take"});
  CHECK(lex.EndsHedge("take"));
}
