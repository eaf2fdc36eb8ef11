#include "core/civil_time.h"

#include <cassert>

namespace ecomgen {
namespace {

constexpr int64_t kMicrosPerSecond = 1'000'000;
constexpr int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;
// The Gregorian calendar repeats every 400 years ("era"), which has this many days.
constexpr int64_t kDaysPerEra = 146'097;
// Days from 0000-03-01 (start of the algorithm's era 0) to 1970-01-01.
constexpr int64_t kEpochShiftDays = 719'468;

}  // namespace

bool IsLeapYear(int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int64_t year, int month) {
  // Precondition violated: month out of 1..12 is a caller bug, user input is checked first.
  assert(month >= 1 && month <= 12);
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidCivilDate(const CivilDate& date) {
  if (date.month < 1 || date.month > 12) return false;
  return date.day >= 1 && date.day <= DaysInMonth(date.year, date.month);
}

// Years are counted from March so that the leap day is the last day of a year; the day of
// that shifted year then follows from the month by a linear formula, (153 * m + 2) / 5.
int64_t DaysFromCivil(const CivilDate& date) {
  const int64_t year = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = FloorDiv(year, 400);
  const int64_t year_of_era = year - era * 400;                              // 0..399
  const int64_t shifted_month = (date.month + 9) % 12;                       // March = 0
  const int64_t day_of_year = (153 * shifted_month + 2) / 5 + date.day - 1;  // 0..365
  const int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;  // 0..146096
  return era * kDaysPerEra + day_of_era - kEpochShiftDays;
}

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

int64_t MicrosFromCivil(const CivilDateTime& time) {
  const int64_t seconds_of_day = (int64_t{time.hour} * 60 + time.minute) * 60 + time.second;
  return DaysFromCivil(time.date) * kMicrosPerDay + seconds_of_day * kMicrosPerSecond +
         time.microsecond;
}

}  // namespace ecomgen
