#include <cmath>
#include <cstdio>
#include <string>

#include "extract/claims.h"

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
  if (m.range && v.has_low && v.has_high)
    return Amount(v.low) + "-" + Amount(v.high) + UnitSuffix(c, v.high);
  std::string out;
  if (!m.qualifier_text.empty()) out = m.qualifier_text + " ";
  out += Amount(v.point) + UnitSuffix(c, v.point);
  return out;
}

}  // namespace crosscheck
