#include "align/align.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace crosscheck {
namespace {

std::string Trim(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string Amount(double v) {
  double a = std::abs(v);
  if (a >= 1e12) return Trim(v / 1e12) + " trillion";
  if (a >= 1e9) return Trim(v / 1e9) + " billion";
  if (a >= 1e6) return Trim(v / 1e6) + " million";
  if (a == std::floor(a) && a >= 1000) {
    std::string digits = std::to_string(static_cast<long long>(a));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return (v < 0 ? "-" : "") + out;
  }
  return Trim(v);
}

std::string UnitSuffix(const Claim& c, double v) {
  const Mention& m = c.mention;
  switch (m.kind) {
    case Kind::kMoney:
      return " " + (m.unit.empty() ? "(unspecified " + m.currency_family + ")" : m.unit);
    case Kind::kPercent:
      return m.percentage_points ? " percentage points" : "%";
    case Kind::kDuration:
      return " " + m.unit + (v == 1 ? "" : "s");
    default:
      return "";
  }
}

// Comparison key of a claim; `unit` is the currency it is compared in.
std::string Key(const Claim& c, const Metric* metric, const std::string& unit, bool with_period) {
  std::string k = c.metric + "|";
  for (const auto& s : c.subjects) k += s + ",";
  k += "|" + c.owner + "|" + unit + "|";
  if (with_period) k += (metric && metric->stock) ? std::string("stock") : c.period.label;
  return k;
}

bool IsActual(const Claim& c) {
  return c.modality == Modality::kActual || c.modality == Modality::kEstimate;
}

// The unit a claim is compared in: money converts to USD when the pack can.
std::string CompareUnit(const Claim& c, const ClaimPack& pack) {
  const Mention& m = c.mention;
  if (m.kind != Kind::kMoney) return m.unit;
  if (m.unit.empty()) return "?" + m.currency_family;
  if (m.unit == "USD") return "USD";
  Day when = c.period.known ? c.period.end : c.as_of.value_or(0);
  return pack.Convert(1, m.unit, "USD", when) ? "USD" : m.unit;
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
  }
  return "agree";
}

std::string DescribeValue(const Claim& c) {
  const Mention& m = c.mention;
  const Interval& v = m.value;
  std::string out;
  if (m.kind == Kind::kRank)
    return "No. " + Trim(v.point) + (c.owner.empty() ? "" : " (" + c.owner + "'s ranking)");
  if (m.range && v.has_low && v.has_high) {
    out = Amount(v.low) + "-" + Amount(v.high);
    return out + UnitSuffix(c, v.high);
  }
  if (!m.qualifier_text.empty()) out = m.qualifier_text + " ";
  out += Amount(v.point) + UnitSuffix(c, v.point);
  return out;
}

bool ComparableValue(const Claim& c, const ClaimPack& pack, const std::string& unit,
                     Interval* out) {
  Interval v = c.mention.value;
  if (c.mention.kind == Kind::kMoney && !c.mention.unit.empty() && c.mention.unit != unit) {
    Day when = c.period.known ? c.period.end : c.as_of.value_or(0);
    auto rate = pack.Convert(1, c.mention.unit, unit, when);
    if (!rate) return false;
    v.low *= *rate, v.high *= *rate, v.point *= *rate;
  }
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

AlignResult Align(const std::vector<Claim>& claims, const ClaimPack& pack) {
  AlignResult result;
  // Group actual/estimate claims by their full key; targets by key without period.
  std::unordered_map<std::string, std::vector<size_t>> actual, target;
  std::unordered_map<std::string, std::vector<size_t>> by_metric_period;  // for the currency check
  std::vector<std::string> order;  // keys in first-seen order, for stable output
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    const Metric* metric = pack.FindMetric(c.metric);
    std::string unit = CompareUnit(c, pack);
    if (IsActual(c)) {
      std::string k = Key(c, metric, unit, true);
      auto& g = actual[k];
      if (g.empty()) order.push_back("A" + k);
      if (g.size() < kMaxGroup) g.push_back(i);
      by_metric_period[Key(c, metric, "", true)].push_back(i);
    } else {
      std::string k = Key(c, metric, unit, false);
      auto& g = target[k];
      if (g.empty()) order.push_back("T" + k);
      if (g.size() < kMaxGroup) g.push_back(i);
    }
  }
  auto places = [&](const std::vector<size_t>& g) {
    std::vector<std::pair<size_t, uint32_t>> p;
    for (size_t i : g) p.emplace_back(claims[i].doc, claims[i].mention.span.begin);
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
    return p.size();
  };
  auto docs = [&](const std::vector<size_t>& g) {
    std::vector<size_t> d;
    for (size_t i : g) d.push_back(claims[i].doc);
    std::sort(d.begin(), d.end());
    return static_cast<size_t>(std::unique(d.begin(), d.end()) - d.begin());
  };

  for (const std::string& tagged : order) {
    bool is_target = tagged[0] == 'T';
    std::string key = tagged.substr(1);
    std::vector<size_t> group = is_target ? target[key] : actual[key];
    const Claim& first = claims[group.front()];
    const Metric* metric = pack.FindMetric(first.metric);
    std::string unit = CompareUnit(first, pack);
    Alignment a;
    a.metric = first.metric;
    a.subjects = first.subjects;
    if (!(metric && metric->stock)) a.period = first.period;

    if (is_target) {
      // The latest actual figure of the same metric and subjects.
      std::vector<size_t> latest;
      Day latest_day = INT32_MIN;
      for (const auto& [k, g] : actual) {
        if (k.compare(0, key.size(), key) != 0) continue;
        for (size_t i : g) {
          const Claim& c = claims[i];
          Day d = c.period.known ? c.period.end : c.as_of.value_or(INT32_MIN);
          if (d > latest_day) latest_day = d, latest.clear();
          if (d == latest_day) latest.push_back(i);
        }
      }
      if (latest.empty()) continue;
      // Within a month of the latest, a precise figure beats a hedged one.
      std::vector<size_t> precise;
      for (const auto& [k, g] : actual) {
        if (k.compare(0, key.size(), key) != 0) continue;
        for (size_t i : g) {
          const Claim& c = claims[i];
          Day d = c.period.known ? c.period.end : c.as_of.value_or(INT32_MIN);
          if (d >= latest_day - 31 && c.mention.value.has_low && c.mention.value.has_high &&
              !c.mention.range)
            precise.push_back(i);
        }
      }
      if (!precise.empty() &&
          std::find(latest.begin(), latest.end(), precise.front()) == latest.end())
        latest = {precise.front()};
      a.claims = group;
      a.claims.insert(a.claims.end(), latest.begin(), latest.end());
      a.verdict = Verdict::kTargetVsActual;
      const Claim& t = claims[group.front()];
      const Claim& act = claims[latest.front()];
      Interval tv, av;
      if (!ComparableValue(t, pack, unit, &tv) || !ComparableValue(act, pack, unit, &av)) continue;
      double gap = tv.point - av.point;
      std::string deadline;
      if (t.as_of)
        deadline = " by " + std::to_string(CivilFromDays(*t.as_of).year);
      else if (t.period.known)
        deadline = " for " + t.period.label;
      std::string when = act.period.known ? " (" + act.period.label + ")"
                         : act.as_of      ? " (as of " + FormatIsoDate(*act.as_of) + ")"
                                          : "";
      char pct[32];
      std::snprintf(pct, sizeof pct, "%.0f%%", tv.point != 0 ? 100.0 * av.point / tv.point : 0.0);
      // A hedged actual ("more than a dozen") bounds the gap on one side only.
      std::string bound =
          act.mention.hedge == Hedge::kMoreThan || act.mention.hedge == Hedge::kAtLeast ? "at most "
          : act.mention.hedge == Hedge::kNearly || act.mention.hedge == Hedge::kLessThan
              ? "at least "
              : "";
      a.reason = "The latest actual figure, " + DescribeValue(act) + when + ", is " +
                 (gap > 0   ? bound + Amount(gap) + UnitSuffix(act, gap) + " short of"
                  : gap < 0 ? "already above"
                            : "at") +
                 " the " + ModalityName(t.modality) + " of " + DescribeValue(t) + deadline + " (" +
                 pct + " of it).";
      result.alignments.push_back(std::move(a));
      continue;
    }

    if (group.size() < 2 || places(group) < 2) continue;
    if (first.generic && docs(group) < 2) continue;
    a.claims = group;
    // Pairwise interval overlap decides; values widen by the metric tolerance.
    std::vector<Interval> values;
    for (size_t i : group) {
      Interval v;
      ComparableValue(claims[i], pack, unit, &v);
      values.push_back(v);
    }
    bool overlap = true, same = true;
    size_t bad_i = 0, bad_j = 0;
    for (size_t i = 0; i < values.size(); ++i)
      for (size_t j = i + 1; j < values.size(); ++j) {
        if (!values[i].Overlaps(values[j]) && overlap) overlap = false, bad_i = i, bad_j = j;
        const Mention& x = claims[group[i]].mention;
        const Mention& y = claims[group[j]].mention;
        if (x.value.point != y.value.point || x.hedge != y.hedge || x.value.low != y.value.low ||
            x.value.high != y.value.high || x.range != y.range)
          same = false;
      }
    // A stock that only grows, reported lower at a later date: a trend, not a conflict.
    if (!overlap && metric && metric->stock && metric->grows) {
      const Claim& ci = claims[group[bad_i]];
      const Claim& cj = claims[group[bad_j]];
      if (ci.as_of && cj.as_of && *ci.as_of != *cj.as_of) {
        const Claim& earlier = *ci.as_of < *cj.as_of ? ci : cj;
        const Claim& later = *ci.as_of < *cj.as_of ? cj : ci;
        const Interval& ev = &earlier == &ci ? values[bad_i] : values[bad_j];
        const Interval& lv = &later == &ci ? values[bad_i] : values[bad_j];
        if (lv.has_high && ev.has_low && lv.high < ev.low) {
          a.verdict = Verdict::kTrend;
          a.reason = "A figure that only grows is reported lower later: " + DescribeValue(earlier) +
                     " as of " + FormatIsoDate(*earlier.as_of) + ", then " + DescribeValue(later) +
                     " as of " + FormatIsoDate(*later.as_of) + ".";
          result.alignments.push_back(std::move(a));
          continue;
        }
      }
    }
    std::string list;
    for (size_t k = 0; k < group.size(); ++k) {
      const Claim& c = claims[group[k]];
      if (k) list += k + 1 == group.size() ? " and " : ", ";
      list += DescribeValue(c);
      if (c.modality == Modality::kEstimate) list += " (an estimate)";
    }
    if (!overlap) {
      a.verdict = Verdict::kConflict;
      a.reason =
          "The figures do not overlap even allowing for rounding, hedges and the metric's "
          "tolerance: " +
          DescribeValue(claims[group[bad_i]]) + " vs " + DescribeValue(claims[group[bad_j]]) + ".";
    } else if (same) {
      a.verdict = Verdict::kAgree;
      a.reason = "All sources give " + DescribeValue(first) + ".";
    } else {
      a.verdict = Verdict::kCompatible;
      a.reason = "The figures differ in precision or hedging but are consistent: " + list + ".";
    }
    result.alignments.push_back(std::move(a));
  }

  // Same figure in currencies that cannot be converted: say so, never "conflict".
  for (const auto& [k, g] : by_metric_period) {
    std::vector<std::string> units;
    for (size_t i : g) units.push_back(CompareUnit(claims[i], pack));
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    if (units.size() < 2 || docs(g) < 2 || claims[g.front()].mention.kind != Kind::kMoney) continue;
    NotComparable nc;
    nc.claims = g;
    std::string list;
    for (size_t i = 0; i < g.size(); ++i) list += (i ? ", " : "") + DescribeValue(claims[g[i]]);
    nc.reason = "The same figure is given in currencies with no rate in the claim packs (" + list +
                "); add a [[rate]] to compare them.";
    result.not_comparable.push_back(std::move(nc));
  }
  for (size_t i = 0; i < result.alignments.size(); ++i)
    result.alignments[i].id = "g" + std::to_string(i + 1);
  return result;
}

}  // namespace crosscheck
