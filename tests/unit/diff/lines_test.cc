#include "diff/lines.h"

#include <catch2/catch.hpp>
#include <string>

using namespace crosscheck;

namespace {

using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;

Pairs Match(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b, size_t max_gap = 100,
            bool* over = nullptr) {
  return MatchSequences(a, b, max_gap, over);
}

std::vector<std::string> Texts(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(s.In(text));
  return out;
}

}  // namespace

TEST_CASE("sequences match around an edit", "[diff][lines]") {
  CHECK(Match({1, 2, 3, 4, 5}, {1, 2, 9, 4, 5}) == Pairs{{0, 0}, {1, 1}, {3, 3}, {4, 4}});
  CHECK(Match({1, 2, 3}, {1, 2, 3, 4}) == Pairs{{0, 0}, {1, 1}, {2, 2}});
  CHECK(Match({}, {1}).empty());
}

TEST_CASE("repeated items match between unique anchors", "[diff][lines]") {
  // Heads and tails match first; 7 is not unique, so 2 anchors what is left.
  CHECK(Match({1, 7, 7, 2, 7}, {1, 7, 2, 7, 7}) == Pairs{{0, 0}, {1, 1}, {3, 2}, {4, 4}});
  CHECK(Match({5, 7, 7, 2, 7, 6}, {8, 7, 2, 7, 7, 9}) == Pairs{{2, 1}, {3, 2}, {4, 3}});
}

TEST_CASE("a moved item stays unmatched so the sentence diff can call it moved", "[diff][lines]") {
  Pairs p = Match({1, 2, 3, 4}, {2, 3, 4, 1});
  CHECK(p == Pairs{{1, 0}, {2, 1}, {3, 2}});
}

TEST_CASE("a gap past the budget is matched by hash in order, not by dtl", "[diff][lines]") {
  std::vector<uint64_t> a, b;
  for (uint64_t i = 0; i < 50; ++i) a.push_back(1000 + i % 5), b.push_back(2000 + i % 5);
  a.push_back(1000);  // one shared value, not unique on either side
  b.insert(b.begin() + 10, 1000);
  b.insert(b.begin() + 20, 1000);
  bool over = false;
  Pairs p = Match(a, b, /*max_gap=*/20, &over);
  CHECK(over);
  REQUIRE(p.size() == 2);  // b's two 1000s, each with a 1000 of a, in order
  CHECK(a[p[0].first] == 1000);
  CHECK(b[p[0].second] == 1000);
  CHECK(p[0].first < p[1].first);
  CHECK(p[0].second < p[1].second);
}

TEST_CASE("changed lines come with the lines before them and their partners", "[diff][lines]") {
  std::string old_text = "Alpha.\n\nBravo.\nCharlie.\nDelta.\nEcho.\n";
  std::string new_text = "Alpha.\n\nBravo.\nCharlie.\nDelta two.\nEcho.\nFoxtrot.\n";
  LineMatch match(old_text, new_text);
  ContextNeed need;
  need.sentences_before = 2;  // one sentence a line here: two lines of context
  LineRegions r = match.Regions(need);
  CHECK(r.changed_old == 1);
  CHECK(r.changed_new == 2);
  CHECK(Texts(old_text, r.old_changed) == std::vector<std::string>{"Delta."});
  CHECK(Texts(new_text, r.new_changed) == std::vector<std::string>{"Delta two.", "Foxtrot."});
  // Context for "Delta" is Bravo and Charlie; for "Foxtrot", Echo and (changed) "Delta two".
  CHECK(Texts(old_text, r.old_regions) ==
        std::vector<std::string>{"Bravo.\nCharlie.\nDelta.\nEcho."});
  CHECK(Texts(new_text, r.new_regions) ==
        std::vector<std::string>{"Bravo.\nCharlie.\nDelta two.\nEcho.\nFoxtrot."});
  // A line with three sentences satisfies the need alone.
  need.sentences_in = [](Span) { return size_t{3}; };
  r = match.Regions(need);
  CHECK(Texts(old_text, r.old_regions) == std::vector<std::string>{"Charlie.\nDelta.\nEcho."});
}

TEST_CASE("blank lines and identical texts produce no regions", "[diff][lines]") {
  LineMatch same("One.\nTwo.\n", "One.\n\n\nTwo.\n");
  LineRegions r = same.Regions(ContextNeed{});
  CHECK(r.old_regions.empty());
  CHECK(r.new_regions.empty());
}
