// Time units: the report unit of each and how long it is (lexicon.h).
#include "recognize/lexicon.h"

namespace crosscheck {

const char* TimeUnitReportName(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond:
      return "second";
    case TimeUnit::kMinute:
      return "minute";
    case TimeUnit::kHour:
      return "hour";
    case TimeUnit::kDay:
      return "day";
    case TimeUnit::kWeek:
    case TimeUnit::kFortnight:
      return "week";
    case TimeUnit::kMonth:
    case TimeUnit::kQuarter:
      return "month";
    case TimeUnit::kYear:
    case TimeUnit::kDecade:
    case TimeUnit::kCentury:
      return "year";
    case TimeUnit::kNone:
      break;
  }
  return "";
}

double TimeUnitReportFactor(TimeUnit u) {
  switch (u) {
    case TimeUnit::kFortnight:
      return 2;
    case TimeUnit::kQuarter:
      return 3;
    case TimeUnit::kDecade:
      return 10;
    case TimeUnit::kCentury:
      return 100;
    default:
      return 1;
  }
}

double TimeUnitSeconds(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond:
      return 1;
    case TimeUnit::kMinute:
      return 60;
    case TimeUnit::kHour:
      return 3600;
    case TimeUnit::kDay:
      return 86400;
    case TimeUnit::kWeek:
      return 7 * 86400;
    case TimeUnit::kFortnight:
      return 14 * 86400;
    default:
      return 0;
  }
}

TimeUnit TimeUnitOfReportName(std::string_view name) {
  for (int u = static_cast<int>(TimeUnit::kSecond); u <= static_cast<int>(TimeUnit::kCentury);
       ++u) {
    TimeUnit t = static_cast<TimeUnit>(u);
    if (TimeUnitReportFactor(t) == 1 && name == TimeUnitReportName(t)) return t;
  }
  return TimeUnit::kNone;
}

double TimeUnitRatio(TimeUnit small, TimeUnit big) {
  if (TimeUnitSeconds(small) > 0 && TimeUnitSeconds(big) > 0)
    return TimeUnitSeconds(small) / TimeUnitSeconds(big);
  // Months and longer are reported in months or years.
  auto months = [](TimeUnit u) {
    std::string_view name = TimeUnitReportName(u);
    return TimeUnitReportFactor(u) * (name == "month" ? 1 : name == "year" ? 12 : 0);
  };
  return months(small) > 0 && months(big) > 0 ? months(small) / months(big) : 0;
}

}  // namespace crosscheck
