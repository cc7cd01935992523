#include "compare/verdict.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace crosscheck {
namespace {

struct Valued {
  size_t claim;
  Interval v;
};

// Disagreement is sought between documents only: two values one article
// gives for one metric are usually two figures (registered and valid
// capital, two years), and the article's own consistency is the
// single-document rules' business. A figure is compared with the figures of
// every other document; the days one article gives for an event (its first
// day, a day of it, its range) are one span, its hull.
struct Item {
  Interval u;
  size_t low_claim, high_claim;  // the claims holding its two ends
  size_t doc;
};

std::vector<Item> Items(const std::vector<Claim>& claims, const std::vector<Valued>& vs,
                        bool hull_per_document) {
  std::vector<Item> items;
  std::map<size_t, size_t> of_doc;  // document -> its item, with hull_per_document
  for (const Valued& v : vs) {
    size_t doc = claims[v.claim].doc;
    // A date implied by an age ("more than 50 years" of relations) is a
    // vague reading, not a day of the event: hulled with the written dates
    // it would widen them until a precise pair that excludes each other no
    // longer shows.
    bool hull = hull_per_document && !claims[v.claim].derived;
    auto it = hull ? of_doc.find(doc) : of_doc.end();
    if (it == of_doc.end()) {
      if (hull) of_doc[doc] = items.size();
      items.push_back(Item{v.v, v.claim, v.claim, doc});
      continue;
    }
    Item& h = items[it->second];
    if (!v.v.has_low || (h.u.has_low && v.v.low < h.u.low)) {
      h.u.low = v.v.low, h.u.has_low = v.v.has_low, h.u.low_inclusive = v.v.low_inclusive;
      h.low_claim = v.claim;
    }
    if (!v.v.has_high || (h.u.has_high && v.v.high > h.u.high)) {
      h.u.high = v.v.high, h.u.has_high = v.v.has_high, h.u.high_inclusive = v.v.high_inclusive;
      h.high_claim = v.claim;
    }
  }
  return items;
}

// Pairs of items of different documents that exclude each other, as (the
// lower one's top claim, the higher one's bottom claim). An item disjoint
// from some item of another document is disjoint from the lowest top (or the
// highest bottom) among the other documents' items, so each item is compared
// with the two lowest tops and the two highest bottoms of distinct
// documents: linear time.
std::vector<std::pair<size_t, size_t>> DisjointPairs(const std::vector<Item>& items) {
  size_t top[2] = {SIZE_MAX, SIZE_MAX}, bottom[2] = {SIZE_MAX, SIZE_MAX};
  // Keeps best[0] the best item and best[1] the best of another document.
  auto offer = [&](size_t(&best)[2], size_t i, auto better) {
    if (best[0] == SIZE_MAX || better(items[i], items[best[0]])) {
      if (best[0] != SIZE_MAX && items[best[0]].doc != items[i].doc) best[1] = best[0];
      best[0] = i;
    } else if (items[i].doc != items[best[0]].doc &&
               (best[1] == SIZE_MAX || better(items[i], items[best[1]]))) {
      best[1] = i;
    }
  };
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].u.has_high)
      offer(top, i, [](const Item& x, const Item& y) { return x.u.high < y.u.high; });
    if (items[i].u.has_low)
      offer(bottom, i, [](const Item& x, const Item& y) { return x.u.low > y.u.low; });
  }
  auto other = [&](const size_t(&best)[2], size_t i) {
    if (best[0] != SIZE_MAX && items[best[0]].doc != items[i].doc) return best[0];
    return best[1];
  };
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < items.size(); ++i) {
    size_t t = other(top, i), b = other(bottom, i);
    // Disjoint, and which side is lower (ends may touch: [5.305, 5.315) and
    // [5.315, 5.325) exclude each other).
    if (t != SIZE_MAX && !items[i].u.Overlaps(items[t].u) && items[t].u.high <= items[i].u.low)
      out.emplace_back(items[t].high_claim, items[i].low_claim);
    if (b != SIZE_MAX && !items[i].u.Overlaps(items[b].u) && items[i].u.high <= items[b].u.low)
      out.emplace_back(items[i].high_claim, items[b].low_claim);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool SameWriting(const Mention& x, const Mention& y) {
  if (x.kind == Kind::kDate) return x.date.low == y.date.low && x.date.high == y.date.high;
  return x.value.point == y.value.point && x.hedge == y.hedge && x.value.low == y.value.low &&
         x.value.high == y.value.high && x.range == y.range;
}

// How far apart two disjoint intervals are, relative to the lower one's top:
// "19.44 billion" against "nearly 15 billion" is 0.30. 0 when they touch or
// a bound is open on the facing side.
double RelativeGap(const Interval& a, const Interval& b) {
  const Interval& lo = a.has_high && (!b.has_high || a.high <= b.high) ? a : b;
  const Interval& hi = &lo == &a ? b : a;
  if (!lo.has_high || !hi.has_low || lo.high <= 0 || hi.low <= lo.high) return 0;
  return (hi.low - lo.high) / lo.high;
}

// Statistics are figures counted by someone; ranks, dates and ages are not.
bool IsStatistic(const Claim& c) {
  return c.mention.kind == Kind::kMoney || c.mention.kind == Kind::kPercent ||
         c.mention.kind == Kind::kNumber;
}

void JudgeTargetVsActual(const std::vector<Claim>& claims, const ClaimPack& pack, Alignment* a) {
  a->verdict = Verdict::kTargetVsActual;
  const Claim& t = claims[a->claims[0]];
  const Claim& act = claims[a->claims[1]];
  Interval tv, av;
  if (!ComparableValue(t, pack, a->unit, &tv) || !ComparableValue(act, pack, a->unit, &av)) {
    a->why.kind = ReasonKind::kTargetNoRate;
    return;
  }
  a->why.kind = ReasonKind::kTargetGap;
  a->why.named = {a->claims[0], a->claims[1]};
  a->why.gap = tv.point - av.point;
  a->why.share = tv.point != 0 ? 100.0 * av.point / tv.point : 0.0;
}

// Why two disjoint claims of different documents differ.
enum class Gap { kConflict, kBases, kFar };

Gap ClassifyPair(const Claim& x, const Claim& y, const ClaimPack& pack) {
  const Metric* metric = pack.FindMetric(x.metric);
  // Bases that differ by an outlet's default (not both stated in the text)
  // explain a gap of the size bases give; figures within a tenth of the
  // metric's basis_gap of each other are one figure misreported, not mirror
  // statistics ("16.71 billion, Arcadian data" against "16.74 billion").
  // Read in the text: a statistics phrase, or the country of the one quoted.
  auto stated = [](const Claim& c) {
    return c.basis_from == "sentence" || c.basis_from == "speaker";
  };
  bool both_stated = stated(x) && stated(y);
  bool close = metric && metric->basis_gap > 0 && !both_stated &&
               x.mention.unit == y.mention.unit &&
               RelativeGap(x.mention.value, y.mention.value) < metric->basis_gap / 10;
  if (IsStatistic(x) && !x.basis_entity.empty() && !y.basis_entity.empty() &&
      x.basis_entity != y.basis_entity && !close)
    return Gap::kBases;
  // Far apart with neither basis stated in the text: the metric's basis_gap
  // says such a gap is what different statistical bases give (one country's
  // customs against its partner's), not a misprint.
  if (metric && metric->basis_gap > 0 && !both_stated && x.mention.unit == y.mention.unit &&
      RelativeGap(x.mention.value, y.mention.value) > metric->basis_gap)
    return Gap::kFar;
  return Gap::kConflict;
}

// A series of a stock over time. For a stock that only grows, lower later
// is a trend to check; any other stock may rise and fall.
void JudgeSeries(const std::vector<Claim>& claims, const std::vector<Valued>& vs, bool grows,
                 const ClaimPack& pack, Alignment* a) {
  if (!grows) {
    a->verdict = Verdict::kCompatible;
    a->why.kind = ReasonKind::kSeriesFree;
    return;
  }
  std::vector<Valued> by_date = vs;
  std::stable_sort(by_date.begin(), by_date.end(), [&](const Valued& x, const Valued& y) {
    return *claims[x.claim].as_of < *claims[y.claim].as_of;
  });
  // Per statistical basis (empty = unknown), the earlier claim with the
  // highest lower bound so far. A later claim is checked against those of
  // its basis and of unknown basis (all of them when its own is unknown); a
  // fall that different bases explain (ClassifyPair) is no trend.
  std::map<std::string, size_t> best;
  for (size_t i = 0; i < by_date.size(); ++i) {
    const Valued& cur = by_date[i];
    const Claim& later = claims[cur.claim];
    for (const auto& [basis, b] : best) {
      if (!later.basis_entity.empty() && !basis.empty() && basis != later.basis_entity) continue;
      const Valued& prev = by_date[b];
      const Claim& earlier = claims[prev.claim];
      if (!(cur.v.has_high && prev.v.has_low &&
            cur.v.high<prev.v.low&& * later.as_of> * earlier.as_of))
        continue;
      if (ClassifyPair(earlier, later, pack) != Gap::kConflict) continue;
      // What is still in force falls when projects lapse, and a plain figure
      // after an all-time whole may be the part in force.
      if (earlier.in_force || later.in_force || (earlier.whole && !later.whole)) continue;
      a->verdict = Verdict::kTrend;
      a->disputed = {prev.claim, cur.claim};
      a->why.kind = ReasonKind::kSeriesFell;
      a->why.named = {prev.claim, cur.claim};
      return;
    }
    auto [it, fresh] = best.emplace(later.basis_entity, i);
    if (!fresh && cur.v.has_low &&
        (!by_date[it->second].v.has_low || cur.v.low > by_date[it->second].v.low))
      it->second = i;
  }
  a->verdict = Verdict::kCompatible;
  a->why.kind = ReasonKind::kSeriesGrows;
}

// One written day ("on May 15", "Friday"), not a run of days.
bool SingleDay(const Claim& c) {
  return c.mention.kind == Kind::kDate && !c.mention.range && !c.derived && !c.previous &&
         c.mention.date.granularity == Granularity::kDay;
}

// "a two-day visit" against another article's "29 to 31 January", or its "a
// three-day visit": lengths of one event that cannot both be true.
std::vector<std::pair<size_t, size_t>> SpanPairs(const std::vector<Claim>& claims,
                                                 const std::vector<size_t>& group) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t s : group) {
    if (!claims[s].span) continue;
    const Interval& len = claims[s].mention.value;
    double per = claims[s].mention.unit == "week" ? 7 : 1;
    for (size_t o : group) {
      if (o == s || claims[o].doc == claims[s].doc) continue;
      bool apart = false;
      if (claims[o].span) {
        if (o < s) continue;  // each pair once
        apart = !len.Overlaps(claims[o].mention.value) ||
                claims[o].mention.unit != claims[s].mention.unit;
      } else if (Day days = WrittenDays(claims[o])) {
        double n = static_cast<double>(days) / per;
        apart = !len.Contains(n);
      }
      if (apart) out.emplace_back(s, o);
    }
  }
  return out;
}

// Some documents exclude each other. A conflict when any such pair is not
// explained by different statistical bases; then every claim of such a pair
// is disputed, so the finding names all of them. Otherwise not comparable.
void JudgeDisjoint(const std::vector<Claim>& claims, const ClaimPack& pack,
                   const std::vector<std::pair<size_t, size_t>>& pairs, Alignment* a) {
  std::vector<std::pair<size_t, size_t>> conflicts;
  for (const auto& p : pairs)
    if (ClassifyPair(claims[p.first], claims[p.second], pack) == Gap::kConflict)
      conflicts.push_back(p);
  if (!conflicts.empty()) {
    a->verdict = Verdict::kConflict;
    a->disputed.clear();
    for (const auto& [x, y] : conflicts)
      for (size_t i : {x, y})
        if (std::find(a->disputed.begin(), a->disputed.end(), i) == a->disputed.end())
          a->disputed.push_back(i);
    const Claim& dx = claims[conflicts[0].first];
    const Claim& dy = claims[conflicts[0].second];
    a->why.kind = dx.span || dy.span ? ReasonKind::kEventLengths : ReasonKind::kExclusive;
    a->why.named = {conflicts[0].first, conflicts[0].second};
    // Every pair that excludes each other is named, whatever else the group
    // holds (a vague figure that overlaps both must not hide them).
    a->why.more.assign(conflicts.begin() + 1, conflicts.end());
    return;
  }
  const Claim& cx = claims[pairs[0].first];
  const Claim& cy = claims[pairs[0].second];
  a->verdict = Verdict::kNotComparable;
  a->disputed = {pairs[0].first, pairs[0].second};
  a->why.named = {pairs[0].first, pairs[0].second};
  if (ClassifyPair(cx, cy, pack) == Gap::kBases) {
    a->why.kind = ReasonKind::kBases;
    return;
  }
  a->why.kind = ReasonKind::kFar;
  a->why.gap = RelativeGap(cx.mention.value, cy.mention.value);
}

}  // namespace

// Days an event spans as written: "from 29 to 31 January" is 3; 0 for a
// date that is not a written run of days ("January 29" may be its first).
Day WrittenDays(const Claim& c) {
  const DateValue& d = c.mention.date;
  if (c.span || c.derived || c.mention.kind != Kind::kDate || !c.mention.range ||
      d.granularity != Granularity::kDay || !d.has_low || !d.has_high)
    return 0;
  return d.high - d.low + 1;
}

void Judge(const std::vector<Claim>& claims, const ClaimPack& pack, Alignment* a) {
  const Metric* judged_metric = pack.FindMetric(a->metric);
  a->ranked = judged_metric && judged_metric->quantity == Quantity::kRank;
  if (a->relation == Relation::kTargetVsActual) {
    JudgeTargetVsActual(claims, pack, a);
  } else {
    std::vector<Valued> vs;
    for (size_t i : a->claims) {
      Valued x{i, {}};
      if (!claims[i].span && ComparableValue(claims[i], pack, a->unit, &x.v)) vs.push_back(x);
    }
    std::vector<std::pair<size_t, size_t>> pairs;
    if (a->relation != Relation::kSeries)
      pairs = DisjointPairs(Items(claims, vs, a->relation == Relation::kEvent));
    // "176 ongoing" against a "214 projects" that another article gives with
    // its own in-force part: a part and the all-time whole are not one figure.
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](const auto& p) {
                                 const Claim &x = claims[p.first], &y = claims[p.second];
                                 return (x.in_force && y.whole) || (x.whole && y.in_force);
                               }),
                pairs.end());
    if (a->relation == Relation::kEvent) {
      // An event that may last days (a visit, a session: window_days > 0):
      // "on May 15" and "on May 16" may both be days of it. Single days
      // exclude a written run of days, never each other.
      const Metric* metric = pack.FindMetric(a->metric);
      if (metric && metric->window_days > 0)
        pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                                   [&](const auto& p) {
                                     return SingleDay(claims[p.first]) &&
                                            SingleDay(claims[p.second]);
                                   }),
                    pairs.end());
      std::vector<std::pair<size_t, size_t>> spans = SpanPairs(claims, a->claims);
      pairs.insert(pairs.end(), spans.begin(), spans.end());
    }
    if (a->relation == Relation::kSeries) {
      const Metric* metric = pack.FindMetric(claims[a->claims.front()].metric);
      JudgeSeries(claims, vs, metric && metric->grows, pack, a);
    } else if (!pairs.empty()) {
      JudgeDisjoint(claims, pack, pairs, a);
    } else {
      bool same = true;
      for (size_t i : a->claims)
        same = same && SameWriting(claims[i].mention, claims[a->claims.front()].mention);
      a->verdict = same ? Verdict::kAgree : Verdict::kCompatible;
      a->why.kind = same ? ReasonKind::kAllSame : ReasonKind::kConsistent;
      if (same) a->why.named = {a->claims.front()};
    }
  }
  // Confidence: the weakest identity among the disputed claims (or all),
  // and what made it so.
  const std::vector<size_t>& judged = a->disputed.empty() ? a->claims : a->disputed;
  a->confidence = Confidence::kHigh;
  a->unsure_claim = SIZE_MAX;
  a->unsure_in_force = false;
  for (size_t i : judged) {
    const Claim& c = claims[i];
    Confidence conf = c.generic ? Confidence::kLow : c.confidence.Overall();
    if (conf < a->confidence) a->confidence = conf, a->unsure_claim = i;
  }
  // A stock of what still holds against one that may count everything:
  // two different figures unless both say the same.
  for (size_t i : judged)
    if (claims[i].in_force != claims[judged.front()].in_force &&
        a->confidence > Confidence::kMedium) {
      a->confidence = Confidence::kMedium;
      a->unsure_claim = i, a->unsure_in_force = true;
    }
  // One basis: every disputed statistic's text says whose statistics it is
  // (a statistics phrase, or the country of the one quoted), and they say
  // the same. An outlet's usual basis is a default, not a reading.
  a->same_basis = true;
  for (size_t i : judged) {
    const Claim& c = claims[i];
    bool stated = c.basis_from == "sentence" || c.basis_from == "speaker";
    if (IsStatistic(c) && (!stated || c.basis_entity != claims[judged.front()].basis_entity))
      a->same_basis = false;
  }
}

}  // namespace crosscheck
