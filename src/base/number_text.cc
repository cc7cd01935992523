#include "base/number_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace crosscheck {
namespace {

// "1234567.5" -> "1,234,567.5".
std::string Grouped(const std::string& fixed) {
  size_t begin = fixed[0] == '-' ? 1 : 0;
  size_t point = fixed.find('.');
  size_t int_end = point == std::string::npos ? fixed.size() : point;
  std::string out = fixed.substr(0, begin);
  for (size_t i = begin; i < int_end; ++i) {
    if (i > begin && (int_end - i) % 3 == 0) out += ',';
    out += fixed[i];
  }
  return out + fixed.substr(int_end);
}

}  // namespace

std::string FixedNumber(double v) {
  if (!std::isfinite(v)) return v != v ? "nan" : (v < 0 ? "-inf" : "inf");
  if (v == 0) return "0";  // no "-0"
  // The shortest digits that read back as v, in positional notation: a
  // double has at most 309 integer digits and 1074 fraction digits.
  std::vector<char> buf(1100);
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed);
  return std::string(buf.data(), res.ptr);
}

std::string HumanNumber(double v) {
  double a = std::abs(v);
  // Six significant digits are all a reader compares.
  auto Rounded = [](double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", x);
    return FixedNumber(std::strtod(buf, nullptr));
  };
  if (a >= 1e15) return Grouped(FixedNumber(std::round(v / 1e12))) + " trillion";
  if (a >= 1e12) return Rounded(v / 1e12) + " trillion";
  if (a >= 1e9) return Rounded(v / 1e9) + " billion";
  if (a >= 1e6) return Rounded(v / 1e6) + " million";
  return Grouped(Rounded(v));
}

std::string HumanRange(double low, double high) {
  std::string a = HumanNumber(low), b = HumanNumber(high);
  // "9 billion" and "9.5 billion" share their scale word: "9-9.5 billion".
  size_t space_a = a.rfind(' '), space_b = b.rfind(' ');
  if (space_a != std::string::npos && space_b != std::string::npos &&
      a.compare(space_a, std::string::npos, b, space_b, std::string::npos) == 0)
    a.resize(space_a);
  return a + "-" + b;
}

}  // namespace crosscheck
