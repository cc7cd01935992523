// base/civil_date: proleptic Gregorian dates as day numbers.
//
// A Day is days since 1970-01-01, so date arithmetic is integer arithmetic.
// Conversion follows Howard Hinnant's public-domain civil_from_days algorithms.
#ifndef CROSSCHECK_BASE_CIVIL_DATE_H_
#define CROSSCHECK_BASE_CIVIL_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

using Day = int32_t;

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);
// REQUIRES: IsValidDate(year, month, day).
Day DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(Day d);
// 1 = Monday ... 7 = Sunday (ISO 8601).
int IsoWeekday(Day d);
// The Monday of the ISO week (Monday to Sunday) that holds d.
Day MondayOf(Day d);
// "YYYY-MM-DD".
std::string FormatIsoDate(Day d);
void AppendIsoDate(std::string& out, Day d);
// Parses "YYYY-MM-DD" (a real calendar date) or returns nullopt.
std::optional<Day> ParseIsoDate(std::string_view s);
// The date of "2025-03-12", "2025-03-12 09:30" or "2025-03-12T09:30:00+07:00"
// (front matter, schema.org and Open Graph write dates and times so).
std::optional<Day> ParseIsoDateOfDateTime(std::string_view s);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_CIVIL_DATE_H_
