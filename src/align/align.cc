#include "align/align.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace crosscheck {
namespace {

// Statements about "the previous one" of a one-time event's metric, made
// this close, are about the same earlier occurrence.
constexpr int kPreviousWindowDays = 31;
// Deadlines of one target given this close are one statement of it; a target
// restated later with a new deadline has been reset, which is news, not an error.
constexpr int kDeadlineWindowDays = 183;

// The identity of a claim without its time: metric, subjects, roles, unit.
std::string IdentityKey(const Claim& c, const std::string& owner, const std::string& unit) {
  std::string k = c.metric + "|";
  for (const auto& s : c.subjects) k += s + ",";
  k += "|" + owner + "|" + c.scope + "|" + unit;
  if (c.previous) k += "|previous";
  if (!c.deadline_of.empty()) k += "|deadline of " + c.deadline_of;
  return k;
}

bool IsActual(const Claim& c) {
  return c.modality == Modality::kActual || c.modality == Modality::kEstimate;
}

// The midpoint of an event claim's date: what event windows are measured on.
Day EventDay(const Claim& c) {
  return c.mention.date.low + (c.mention.date.high - c.mention.date.low) / 2;
}

size_t Places(const std::vector<Claim>& claims, const std::vector<size_t>& g) {
  std::vector<std::pair<size_t, uint32_t>> p;
  for (size_t i : g) p.emplace_back(claims[i].doc, claims[i].mention.span.begin);
  std::sort(p.begin(), p.end());
  return static_cast<size_t>(std::unique(p.begin(), p.end()) - p.begin());
}

size_t Docs(const std::vector<Claim>& claims, const std::vector<size_t>& g) {
  std::vector<size_t> d;
  for (size_t i : g) d.push_back(claims[i].doc);
  std::sort(d.begin(), d.end());
  return static_cast<size_t>(std::unique(d.begin(), d.end()) - d.begin());
}

void ReadingOrder(const std::vector<Claim>& claims, std::vector<size_t>* g) {
  std::sort(g->begin(), g->end(), [&](size_t a, size_t b) {
    if (claims[a].doc != claims[b].doc) return claims[a].doc < claims[b].doc;
    return claims[a].mention.span.begin < claims[b].mention.span.begin;
  });
}

Alignment NewAlignment(const std::vector<Claim>& claims, const std::vector<size_t>& g,
                       Relation relation, const std::string& unit, const std::string& owner) {
  Alignment a;
  const Claim& first = claims[g.front()];
  a.metric = first.metric;
  a.subjects = first.subjects;
  a.owner = owner;
  a.scope = first.scope;
  a.previous = first.previous;
  a.deadline_of = first.deadline_of;
  a.relation = relation;
  a.unit = unit;
  a.claims = g;
  ReadingOrder(claims, &a.claims);
  return a;
}

Period DaysPeriod(Day lo, Day hi) {
  Period p;
  p.known = true;
  p.start = lo;
  p.end = hi;
  p.label = lo == hi ? FormatIsoDate(lo) : FormatIsoDate(lo) + ".." + FormatIsoDate(hi);
  return p;
}

// Splits claims sorted by `day` into greedy windows of at most `window`
// days from each window's first claim; window 0 keeps them all together.
template <typename DayOf>
std::vector<std::vector<size_t>> Windows(std::vector<size_t> g, int window, DayOf day_of) {
  std::stable_sort(g.begin(), g.end(), [&](size_t a, size_t b) { return day_of(a) < day_of(b); });
  std::vector<std::vector<size_t>> out;
  for (size_t i : g) {
    if (out.empty() || (window > 0 && day_of(i) - day_of(out.back().front()) > window))
      out.emplace_back();
    out.back().push_back(i);
  }
  return out;
}

}  // namespace

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kAgree:
      return "agree";
    case Verdict::kCompatible:
      return "compatible";
    case Verdict::kConflict:
      return "conflict";
    case Verdict::kTargetVsActual:
      return "target_vs_actual";
    case Verdict::kTrend:
      return "trend";
    case Verdict::kNotComparable:
      return "not_comparable";
  }
  return "agree";
}

const char* RelationName(Relation r) {
  switch (r) {
    case Relation::kSamePeriod:
      return "same_period";
    case Relation::kSameAsOfWindow:
      return "same_asof_window";
    case Relation::kSeries:
      return "series";
    case Relation::kEvent:
      return "event";
    case Relation::kTarget:
      return "target";
    case Relation::kTargetVsActual:
      return "target_vs_actual";
  }
  return "same_period";
}

std::string CompareUnit(const Claim& c, const ClaimPack& pack) {
  const Mention& m = c.mention;
  if (m.kind == Kind::kDate || c.span) return "date";  // a visit's days and its length meet
  if (m.kind != Kind::kMoney) return m.unit;
  if (m.unit.empty()) return "?" + m.currency_family;
  if (m.unit == "USD") return "USD";
  Day when = c.period.known ? c.period.end : c.as_of.value_or(0);
  return pack.Convert(1, m.unit, "USD", when) ? "USD" : m.unit;
}

bool ComparableValue(const Claim& c, const ClaimPack& pack, const std::string& unit,
                     Interval* out) {
  Interval v = c.mention.value;
  if (c.mention.kind == Kind::kDate) {
    const DateValue& d = c.mention.date;
    v = Interval{};
    v.has_low = d.has_low, v.has_high = d.has_high;
    v.low = d.low, v.high = d.high;
    v.point = (v.low + v.high) / 2, v.has_point = true;
    *out = v;
    return d.has_low || d.has_high;
  }
  if (c.mention.kind == Kind::kMoney && !c.mention.unit.empty() && c.mention.unit != unit) {
    Day when = c.period.known ? c.period.end : c.as_of.value_or(0);
    double spread = 0;
    auto rate = pack.Convert(1, c.mention.unit, unit, when, &spread);
    if (!rate) return false;
    v.low *= *rate * (1 - spread), v.high *= *rate * (1 + spread), v.point *= *rate;
  }
  // A rounded figure covers [v - p/2, v + p/2): "5.31 billion" and "5.32
  // billion" only touch, and are two different figures. A whole percentage
  // ("24 per cent") is compared as rounded to the unit, [23.5, 24.5), though
  // the recognizer reports it as written: "24%" and "23.8%" agree.
  const Mention& m = c.mention;
  if (m.kind == Kind::kPercent && m.hedge == Hedge::kNone && !m.range && v.has_point && v.has_low &&
      v.has_high && v.low == v.high && v.point == std::floor(v.point)) {
    v.low -= 0.5, v.high += 0.5;
  }
  if (m.hedge == Hedge::kNone && !m.range && v.has_point && v.has_low && v.has_high &&
      v.low < v.high)
    v.high_inclusive = false;
  // A fall is compared as a negative amount: "fell 5%" never agrees with
  // "rose 5%", nor with a level of 5%, and equals "growth of -5%".
  if (m.change == Change::kDecrease) v = v.Negated();
  const Metric* metric = pack.FindMetric(c.metric);
  if (metric) {
    double tol =
        std::max(metric->tolerance_relative * std::abs(v.point), metric->tolerance_absolute);
    if (v.has_low) v.low -= tol;
    if (v.has_high) v.high += tol;
  }
  *out = v;
  return true;
}

namespace {

// Each claim's role for alignment. A claim whose text leaves the role open
// (who invests in whom, whose ranking) takes the one role every other claim
// of its identity states, when they agree: "177 valid projects with capital
// of nearly 2.8 billion" in a story about one investor's projects. When they
// disagree it stays open and aligns with other open ones only.
// units[i]: claims[i]'s CompareUnit.
std::vector<std::string> AlignedOwners(const std::vector<Claim>& claims,
                                       const std::vector<std::string>& units) {
  std::unordered_map<std::string, std::vector<std::string>> roles;  // identity sans role -> roles
  std::vector<std::string> keys(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    keys[i] = IdentityKey(claims[i], "", units[i]);
    auto& r = roles[keys[i]];
    const std::string& o = claims[i].owner;
    if (!o.empty() && std::find(r.begin(), r.end(), o) == r.end()) r.push_back(o);
  }
  std::vector<std::string> out(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    out[i] = claims[i].owner;
    const auto& r = roles[keys[i]];
    if (out[i].empty() && r.size() == 1) out[i] = r[0];
  }
  return out;
}

}  // namespace

AlignResult Align(const std::vector<Claim>& claims, const ClaimPack& pack) {
  AlignResult result;
  // Claims by identity, in first-seen order of identities.
  std::unordered_map<std::string, size_t> index;
  struct Bucket {
    std::string key, unit, owner;
    std::vector<size_t> actual, target;
  };
  std::vector<Bucket> buckets;
  std::vector<std::string> units(claims.size());  // each claim's comparison unit, once
  for (size_t i = 0; i < claims.size(); ++i) units[i] = CompareUnit(claims[i], pack);
  const std::vector<std::string> owners = AlignedOwners(claims, units);
  std::unordered_map<std::string, std::vector<size_t>> by_metric_period;  // for the currency check
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    const std::string& unit = units[i];
    std::string key = IdentityKey(c, owners[i], unit);
    auto [it, fresh] = index.emplace(key, buckets.size());
    if (fresh) buckets.push_back(Bucket{key, unit, owners[i], {}, {}});
    Bucket& b = buckets[it->second];
    (IsActual(c) || c.event ? b.actual : b.target).push_back(i);
    if (c.mention.kind == Kind::kMoney && IsActual(c) && (c.period.known || c.as_of)) {
      std::string k = IdentityKey(c, owners[i], "") + "|" + (c.as_of ? "stock" : c.period.label);
      by_metric_period[k].push_back(i);
    }
  }

  for (const Bucket& b : buckets) {
    const Claim& first = claims[(b.actual.empty() ? b.target : b.actual).front()];
    const Metric* metric = pack.FindMetric(first.metric);
    auto keep = [&](Alignment a) {
      if (a.claims.size() < 2 || Places(claims, a.claims) < 2) return false;
      if (first.generic && Docs(claims, a.claims) < 2) return false;
      result.alignments.push_back(std::move(a));
      return true;
    };
    // Events: windows of dates (a visit), or one group (relations established).
    if (first.event) {
      int window = metric ? metric->window_days : 0;
      // "The first visit in 11 years": articles that saw it within one
      // window of each other speak of the same previous visit, whatever
      // dates they imply for it.
      if (first.previous) window = window > 0 ? window : kPreviousWindowDays;
      bool deadline = !first.deadline_of.empty();
      if (deadline) window = kDeadlineWindowDays;
      bool seen = (first.previous || deadline) && first.as_of;
      // How long an event lasted is dated by the article that says so.
      auto day = [&](size_t i) {
        return (seen || claims[i].span) && claims[i].as_of ? *claims[i].as_of : EventDay(claims[i]);
      };
      for (auto& w : Windows(b.actual, window, day)) {
        Alignment a = NewAlignment(claims, w, Relation::kEvent, b.unit, b.owner);
        keep(std::move(a));
      }
      continue;
    }
    // Stocks: as-of windows, and the series over them: an editor sees the
    // figure's history, and a stock that only grows is checked for falls.
    if (metric && metric->stock) {
      std::vector<size_t> dated;
      for (size_t i : b.actual)
        if (claims[i].as_of) dated.push_back(i);
      auto as_of = [&](size_t i) { return *claims[i].as_of; };
      auto windows = Windows(dated, metric->window_days, as_of);
      for (auto& w : windows) {
        Alignment a = NewAlignment(claims, w, Relation::kSameAsOfWindow, b.unit, b.owner);
        a.period = DaysPeriod(as_of(w.front()), as_of(w.back()));
        keep(std::move(a));
      }
      if (windows.size() >= 2) {
        Alignment a = NewAlignment(claims, dated, Relation::kSeries, b.unit, b.owner);
        a.period = DaysPeriod(as_of(windows.front().front()), as_of(windows.back().back()));
        keep(std::move(a));
      }
    } else {
      // Flows: one group per period; claims with no period are not aligned.
      std::map<std::string, std::vector<size_t>> by_period;
      std::vector<std::string> order;
      for (size_t i : b.actual) {
        if (!claims[i].period.known) continue;
        auto& g = by_period[claims[i].period.label];
        if (g.empty()) order.push_back(claims[i].period.label);
        g.push_back(i);
      }
      for (const std::string& p : order) {
        Alignment a = NewAlignment(claims, by_period[p], Relation::kSamePeriod, b.unit, b.owner);
        a.period = claims[by_period[p].front()].period;
        keep(std::move(a));
      }
    }
    if (b.target.empty()) continue;
    // Targets: one group per deadline; a target with no deadline joins the
    // only deadline its identity has, or else the one deadline whose targets
    // name the same value ("the US$40 billion goal" is the "US$40 billion
    // by 2030" of another story).
    auto deadline = [&](size_t i) {
      const Claim& c = claims[i];
      if (c.as_of) return std::to_string(CivilFromDays(*c.as_of).year);
      return c.period.known ? c.period.label : std::string();
    };
    std::map<std::string, std::vector<size_t>> by_deadline;
    for (size_t i : b.target) by_deadline[deadline(i)].push_back(i);
    if (by_deadline.size() == 2 && by_deadline.count("")) {
      auto& none = by_deadline[""];
      auto& only = std::next(by_deadline.begin())->second;
      only.insert(only.end(), none.begin(), none.end());
      by_deadline.erase("");
    } else if (by_deadline.size() > 2 && by_deadline.count("")) {
      std::vector<size_t> still;
      for (size_t i : by_deadline[""]) {
        std::vector<std::string> same;
        for (const auto& [d, g] : by_deadline) {
          if (d.empty()) continue;
          for (size_t k : g)
            if (claims[k].mention.value.Overlaps(claims[i].mention.value)) {
              same.push_back(d);
              break;
            }
        }
        if (same.size() == 1)
          by_deadline[same[0]].push_back(i);
        else
          still.push_back(i);
      }
      if (still.empty())
        by_deadline.erase("");
      else
        by_deadline[""] = still;
    }
    for (auto& [d, g] : by_deadline) {
      Alignment a = NewAlignment(claims, g, Relation::kTarget, b.unit, b.owner);
      if (!d.empty()) a.period = claims[g.front()].period;
      keep(std::move(a));
    }
    // Target vs actual: each deadline's first target with the latest actual
    // (by period end or as-of; within a month of it, a precise figure wins).
    auto when = [&](size_t i) -> std::optional<Day> {
      const Claim& c = claims[i];
      if (c.period.known) return c.period.end;
      return c.as_of;
    };
    std::optional<Day> latest_day;
    for (size_t i : b.actual)
      if (auto d = when(i); d && (!latest_day || *d > *latest_day)) latest_day = d;
    if (!latest_day) continue;
    std::vector<size_t> latest;
    for (size_t i : b.actual) {
      auto d = when(i);
      if (!d || *d < *latest_day - 31) continue;
      const Mention& m = claims[i].mention;
      if (*d == *latest_day || (m.value.has_low && m.value.has_high && !m.range))
        latest.push_back(i);
    }
    std::stable_sort(latest.begin(), latest.end(), [&](size_t x, size_t y) {
      const Mention& a = claims[x].mention;
      const Mention& c = claims[y].mention;
      bool pa = a.value.has_low && a.value.has_high && !a.range;
      bool pc = c.value.has_low && c.value.has_high && !c.range;
      if (pa != pc) return pa;
      return *when(x) > *when(y);
    });
    for (auto& [d, g] : by_deadline) {
      std::vector<size_t> members = {g.front(), latest.front()};
      Alignment a = NewAlignment(claims, members, Relation::kTargetVsActual, b.unit, b.owner);
      a.claims = members;  // the target first, then the actual
      a.period = claims[g.front()].period;
      result.alignments.push_back(std::move(a));
    }
  }

  // Same figure in currencies that cannot be converted: say so, never "conflict".
  std::vector<std::string> nc_keys;
  for (const auto& [k, g] : by_metric_period) nc_keys.push_back(k);
  std::sort(nc_keys.begin(), nc_keys.end());
  for (const std::string& k : nc_keys) {
    const auto& g = by_metric_period[k];
    std::vector<std::string> distinct;
    for (size_t i : g) distinct.push_back(units[i]);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() < 2 || Docs(claims, g) < 2) continue;
    result.not_comparable.push_back(NotComparable{g});
  }
  for (size_t i = 0; i < result.alignments.size(); ++i)
    result.alignments[i].id = "g" + std::to_string(i + 1);
  return result;
}

}  // namespace crosscheck
