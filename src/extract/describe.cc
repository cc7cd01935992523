#include <cmath>
#include <cstdio>
#include <string>

#include "base/number_text.h"
#include "extract/claims.h"

namespace crosscheck {
namespace {

std::string Trim(double v) { return FixedNumber(v); }

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

}  // namespace

std::string Amount(double v) { return HumanNumber(v); }

std::string DescribeValue(const Claim& c) {
  const Mention& m = c.mention;
  const Interval& v = m.value;
  if (m.kind == Kind::kDate) {
    std::string d = PeriodLabel(m.date);
    if (c.derived) d = "about " + d;
    return d;
  }
  if (m.kind == Kind::kRank)
    return "No. " + Trim(v.point) + (c.owner.empty() ? "" : " (" + c.owner + "'s ranking)");
  if (m.range && v.has_low && v.has_high) return HumanRange(v.low, v.high) + UnitSuffix(c, v.high);
  std::string out;
  // "a fall of 5%": the direction is part of the figure a reader compares.
  if (m.change != Change::kNone) out = m.change == Change::kIncrease ? "a rise of " : "a fall of ";
  if (!m.qualifier_text.empty()) out += m.qualifier_text + " ";
  out += Amount(v.point) + UnitSuffix(c, v.point);
  return out;
}

}  // namespace crosscheck
