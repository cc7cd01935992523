// base/number_text: numbers as editors read them, never in scientific
// notation.
//
//   FixedNumber(0.35) "0.35"   FixedNumber(1e-12) "0.000000000001"   FixedNumber(1e21) "1000..."
//   HumanNumber(10.25e9) "10.25 billion"   HumanNumber(12500) "12,500"   HumanNumber(1.0/3)
//   "0.333333"
// Neither prints "-0".
#ifndef CROSSCHECK_BASE_NUMBER_TEXT_H_
#define CROSSCHECK_BASE_NUMBER_TEXT_H_

#include <string>

namespace crosscheck {

// Positional notation, no grouping: the shortest digits that read back as v.
std::string FixedNumber(double v);
// Six significant digits; million, billion and trillion as words; thousands
// grouped with commas.
std::string HumanNumber(double v);
// "9-9.5 billion", "12,000-15,000", "900 million-1.2 billion".
std::string HumanRange(double low, double high);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_NUMBER_TEXT_H_
