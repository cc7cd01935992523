#include "diff/lines.h"

#include <algorithm>
#include <cstring>
#include <dtl/dtl.hpp>
#include <functional>
#include <unordered_map>

namespace crosscheck {
namespace {

struct Line {
  Span span;
  uint64_t hash = 0;
};

bool IsBlank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

std::vector<Line> NonBlankLines(std::string_view text) {
  std::vector<Line> out;
  std::hash<std::string_view> hash;
  uint32_t b = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (b < n) {
    const void* nl = std::memchr(text.data() + b, '\n', n - b);
    uint32_t e = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) : n;
    std::string_view line = text.substr(b, e - b);
    if (!IsBlank(line)) out.push_back(Line{Span{b, e}, hash(line)});
    b = e + 1;
  }
  return out;
}

// Patience matching over hash sequences; see MatchSequences.
struct Matcher {
  const std::vector<uint64_t>& a;
  const std::vector<uint64_t>& b;
  size_t max_gap;
  std::vector<std::pair<uint32_t, uint32_t>> out;
  bool over_budget = false;

  void Pair(size_t i, size_t j) {
    out.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
  }

  // Items unique and equal in both ranges, reduced to the longest run that
  // keeps their order on both sides.
  std::vector<std::pair<size_t, size_t>> Anchors(size_t a0, size_t a1, size_t b0, size_t b1) const {
    struct Count {
      uint32_t in_a = 0, in_b = 0;
      size_t pos_b = 0;
    };
    std::unordered_map<uint64_t, Count> counts;
    counts.reserve(a1 - a0);
    for (size_t i = a0; i < a1; ++i) ++counts[a[i]].in_a;
    for (size_t j = b0; j < b1; ++j) {
      auto it = counts.find(b[j]);
      if (it == counts.end()) continue;
      ++it->second.in_b;
      it->second.pos_b = j;
    }
    std::vector<std::pair<size_t, size_t>> cand;
    for (size_t i = a0; i < a1; ++i) {
      const Count& c = counts.find(a[i])->second;
      if (c.in_a == 1 && c.in_b == 1) cand.emplace_back(i, c.pos_b);
    }
    // Longest increasing subsequence of the new-side positions (patience sort).
    std::vector<size_t> tails;  // index into cand of the smallest tail per length
    std::vector<long> prev(cand.size(), -1);
    for (size_t k = 0; k < cand.size(); ++k) {
      auto it = std::lower_bound(tails.begin(), tails.end(), cand[k].second,
                                 [&](size_t t, size_t pos) { return cand[t].second < pos; });
      if (it != tails.begin()) prev[k] = static_cast<long>(*(it - 1));
      if (it == tails.end())
        tails.push_back(k);
      else
        *it = k;
    }
    std::vector<std::pair<size_t, size_t>> lis;
    for (long k = tails.empty() ? -1 : static_cast<long>(tails.back()); k >= 0; k = prev[k])
      lis.push_back(cand[static_cast<size_t>(k)]);
    std::reverse(lis.begin(), lis.end());
    return lis;
  }

  // Between anchors: equal heads and tails, then dtl, or past the budget a
  // greedy in-order match by hash.
  void Gap(size_t a0, size_t a1, size_t b0, size_t b1) {
    while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) Pair(a0++, b0++);
    size_t tail = 0;
    while (a0 < a1 - tail && b0 < b1 - tail && a[a1 - tail - 1] == b[b1 - tail - 1]) ++tail;
    a1 -= tail;
    b1 -= tail;
    if (a0 < a1 && b0 < b1) {
      if ((a1 - a0) + (b1 - b0) <= max_gap) {
        std::vector<uint64_t> ka(a.begin() + static_cast<long>(a0),
                                 a.begin() + static_cast<long>(a1));
        std::vector<uint64_t> kb(b.begin() + static_cast<long>(b0),
                                 b.begin() + static_cast<long>(b1));
        dtl::Diff<uint64_t, std::vector<uint64_t>> d(ka, kb);
        d.compose();
        for (const auto& e : d.getSes().getSequence())
          if (e.second.type == dtl::SES_COMMON)
            Pair(a0 + static_cast<size_t>(e.second.beforeIdx - 1),
                 b0 + static_cast<size_t>(e.second.afterIdx - 1));
      } else {
        over_budget = true;
        std::unordered_map<uint64_t, std::vector<size_t>> where;
        for (size_t j = b1; j-- > b0;) where[b[j]].push_back(j);
        size_t next_b = b0;
        for (size_t i = a0; i < a1; ++i) {
          auto it = where.find(a[i]);
          if (it == where.end()) continue;
          auto& v = it->second;
          while (!v.empty() && v.back() < next_b) v.pop_back();
          if (v.empty()) continue;
          Pair(i, v.back());
          next_b = v.back() + 1;
          v.pop_back();
        }
      }
    }
    for (size_t k = 0; k < tail; ++k) Pair(a1 + k, b1 + k);
  }

  void Run() {
    size_t a0 = 0, b0 = 0, a1 = a.size(), b1 = b.size();
    size_t head = 0, tail = 0;
    while (head < a1 && head < b1 && a[head] == b[head]) ++head;
    while (tail < a1 - head && tail < b1 - head && a[a1 - tail - 1] == b[b1 - tail - 1]) ++tail;
    for (; a0 < head; ++a0, ++b0) Pair(a0, b0);
    a1 -= tail;
    b1 -= tail;
    size_t pa = a0, pb = b0;
    for (auto [i, j] : Anchors(a0, a1, b0, b1)) {
      Gap(pa, i, pb, j);
      Pair(i, j);
      pa = i + 1;
      pb = j + 1;
    }
    Gap(pa, a1, pb, b1);
    for (size_t k = 0; k < tail; ++k) Pair(a1 + k, b1 + k);
  }
};

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> MatchSequences(const std::vector<uint64_t>& a,
                                                          const std::vector<uint64_t>& b,
                                                          size_t max_gap, bool* over_budget) {
  Matcher m{a, b, max_gap, {}, false};
  m.Run();
  if (over_budget) *over_budget = m.over_budget;
  return std::move(m.out);
}

namespace {

// Whole-line regions from a per-line "include" mask: consecutive included
// lines (blank lines between them too) become one region.
std::vector<Span> WholeLineRegions(const std::vector<Span>& lines,
                                   const std::vector<bool>& include) {
  std::vector<Span> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!include[i]) continue;
    if (!out.empty() && i > 0 && include[i - 1])
      out.back().end = lines[i].end;
    else
      out.push_back(lines[i]);
  }
  return out;
}

}  // namespace

LineMatch::LineMatch(std::string_view old_text, std::string_view new_text)
    : old_text_(old_text), new_text_(new_text) {
  std::vector<Line> la = NonBlankLines(old_text), lb = NonBlankLines(new_text);
  std::vector<uint64_t> ha, hb;
  ha.reserve(la.size());
  hb.reserve(lb.size());
  for (const Line& l : la) ha.push_back(l.hash), old_lines_.push_back(l.span);
  for (const Line& l : lb) hb.push_back(l.hash), new_lines_.push_back(l.span);
  match_old_.assign(la.size(), -1);
  match_new_.assign(lb.size(), -1);
  for (auto [i, j] : MatchSequences(ha, hb, kMaxLineGap, nullptr)) {
    // A hash collision must not hide a change.
    if (la[i].span.In(old_text) != lb[j].span.In(new_text)) continue;
    match_old_[i] = static_cast<int32_t>(j);
    match_new_[j] = static_cast<int32_t>(i);
  }
}

LineRegions LineMatch::Regions(const ContextNeed& need) const {
  std::vector<bool> in_old(old_lines_.size(), false), in_new(new_lines_.size(), false);
  LineRegions out;
  out.old_lines = old_lines_.size();
  out.new_lines = new_lines_.size();
  // A changed line and the lines before it that hold the context it needs;
  // a context line brings its partner. Context lines are matched, so their
  // sentences are counted in the old text.
  auto mark = [&](const std::vector<int32_t>& mine, bool old_side, std::vector<bool>& in_mine,
                  std::vector<bool>& in_other, size_t* changed) {
    for (size_t i = 0; i < mine.size(); ++i) {
      if (mine[i] >= 0) continue;
      ++*changed;
      in_mine[i] = true;
      size_t got = 0;
      // A changed line before is analysed anyway, with its own context.
      for (size_t k = i; k-- > 0 && got < need.sentences_before && mine[k] >= 0;) {
        size_t partner = static_cast<size_t>(mine[k]);
        in_mine[k] = true;
        in_other[partner] = true;
        Span old_line = old_lines_[old_side ? k : partner];
        got += need.sentences_in ? need.sentences_in(old_line) : 1;
      }
    }
  };
  mark(match_old_, true, in_old, in_new, &out.changed_old);
  mark(match_new_, false, in_new, in_old, &out.changed_new);
  out.old_regions = WholeLineRegions(old_lines_, in_old);
  out.new_regions = WholeLineRegions(new_lines_, in_new);
  auto unmatched = [](const std::vector<int32_t>& match) {
    std::vector<bool> v(match.size());
    for (size_t i = 0; i < match.size(); ++i) v[i] = match[i] < 0;
    return v;
  };
  out.old_changed = WholeLineRegions(old_lines_, unmatched(match_old_));
  out.new_changed = WholeLineRegions(new_lines_, unmatched(match_new_));
  return out;
}

}  // namespace crosscheck
