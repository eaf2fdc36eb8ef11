#include "core/civil_time.h"

#include <cassert>

namespace ecomgen {
namespace {

using civil_detail::kDaysPerEra;
using civil_detail::kEpochShiftDays;
using civil_detail::kMicrosPerDay;
using civil_detail::kMicrosPerSecond;

}  // namespace

CivilDate CivilFromDays(int64_t days) {
  const int64_t shifted = days + kEpochShiftDays;
  const int64_t era = FloorDiv(shifted, kDaysPerEra);
  const int64_t day_of_era = shifted - era * kDaysPerEra;  // 0..146096
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t shifted_month = (5 * day_of_year + 2) / 153;  // March = 0
  CivilDate date;
  date.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  date.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  date.year = year_of_era + era * 400 + (date.month <= 2 ? 1 : 0);
  return date;
}

Weekday WeekdayFromDays(int64_t days) {
  // 1970-01-01 was a Thursday, index 3 when Monday is 0.
  return static_cast<Weekday>(FloorMod(days + 3, 7));
}

CivilDateTime CivilFromMicros(int64_t ts_us) {
  // The remainder straight from ts_us, not as ts_us - days * kMicrosPerDay: that product
  // leaves int64 within a day of its ends, and messages format any value a file holds.
  const int64_t days = DaysFromMicros(ts_us);
  int64_t rest_us = ts_us % kMicrosPerDay;
  if (rest_us < 0) rest_us += kMicrosPerDay;  // 0..kMicrosPerDay-1
  CivilDateTime time;
  time.date = CivilFromDays(days);
  time.microsecond = static_cast<int>(rest_us % kMicrosPerSecond);
  rest_us /= kMicrosPerSecond;
  time.second = static_cast<int>(rest_us % 60);
  rest_us /= 60;
  time.minute = static_cast<int>(rest_us % 60);
  time.hour = static_cast<int>(rest_us / 60);
  return time;
}

}  // namespace ecomgen
