#include "base/civil_date.h"

#include <cctype>
#include <cstdio>

namespace crosscheck {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

bool IsValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

Day DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(Day z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{y + (m <= 2), m, d};
}

int IsoWeekday(Day d) {
  // 1970-01-01 was a Thursday (4).
  int w = (d % 7 + 7) % 7;  // 0 = Thursday
  return (w + 3) % 7 + 1;
}

Day MondayOf(Day d) { return d - (IsoWeekday(d) - 1); }

void AppendIsoDate(std::string& out, Day d) {
  CivilDate c = CivilFromDays(d);
  char buf[16];
  if (c.year >= 0 && c.year <= 9999) {
    // The JSON writer formats two dates a mention: digits by hand, not snprintf.
    auto digit = [](int v) { return static_cast<char>('0' + v); };
    char* p = buf;
    *p++ = digit(c.year / 1000), *p++ = digit(c.year / 100 % 10), *p++ = digit(c.year / 10 % 10),
    *p++ = digit(c.year % 10);
    *p++ = '-', *p++ = digit(c.month / 10), *p++ = digit(c.month % 10);
    *p++ = '-', *p++ = digit(c.day / 10), *p++ = digit(c.day % 10);
    out.append(buf, 10);
    return;
  }
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year % 10000, c.month, c.day);
  out.append(buf, static_cast<size_t>(n));
}

std::string FormatIsoDate(Day d) {
  std::string out;
  AppendIsoDate(out, d);
  return out;
}

std::optional<Day> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int widths[3] = {4, 2, 2};
  size_t pos = 0;
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < widths[k]; ++i, ++pos) {
      char c = s[pos];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
    ++pos;
  }
  if (!IsValidDate(v[0], v[1], v[2])) return std::nullopt;
  return DaysFromCivil(v[0], v[1], v[2]);
}

std::optional<Day> ParseIsoDateOfDateTime(std::string_view v) {
  if (v.size() > 10) {
    char c = v[10];
    bool time_follows =
        (c == 'T' || c == ' ') && v.size() > 11 && std::isdigit(static_cast<unsigned char>(v[11]));
    if (!time_follows) return std::nullopt;
    v = v.substr(0, 10);
  }
  return ParseIsoDate(v);
}

}  // namespace crosscheck
