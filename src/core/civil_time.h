// Civil (proleptic Gregorian, UTC) calendar arithmetic on int64 day and microsecond counts.
//
// Timestamps in ecomgen are microseconds since 1970-01-01T00:00:00Z and days are counted from
// 1970-01-01. These helpers convert between those counts and calendar fields without the C
// library (no timegm, no time zones, no locale), so results are the same on every machine.
// The day arithmetic is Howard Hinnant's days_from_civil / civil_from_days algorithm, which
// is exact for every date whose day count fits in an int64 divided by 400 years' worth of days.
//
// Thread safety: pure functions.
#pragma once

#include <cassert>
#include <cstdint>

namespace ecomgen {

// A calendar date. `month` is 1..12 and `day` is 1..31.
struct CivilDate {
  int64_t year = 1970;
  int month = 1;
  int day = 1;

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// A calendar date and time of day in UTC, to the microsecond.
struct CivilDateTime {
  CivilDate date;
  int hour = 0;         // 0..23
  int minute = 0;       // 0..59
  int second = 0;       // 0..59 (no leap seconds, as in Unix time)
  int microsecond = 0;  // 0..999999

  friend bool operator==(const CivilDateTime&, const CivilDateTime&) = default;
};

// Day of the week, ISO numbering order (Monday first).
enum class Weekday : uint8_t {
  kMonday,
  kTuesday,
  kWednesday,
  kThursday,
  kFriday,
  kSaturday,
  kSunday
};

// The date `days` days after 1970-01-01 (before it when negative). Inverse of DaysFromCivil.
CivilDate CivilFromDays(int64_t days);

// Day of the week of the day `days` after 1970-01-01 (a Thursday).
Weekday WeekdayFromDays(int64_t days);

// Floor division and the matching non-negative remainder, for splitting timestamps before
// 1970 correctly. REQUIRES: divisor > 0.
// Inline, so that a constant divisor becomes a multiplication.
constexpr int64_t FloorDiv(int64_t value, int64_t divisor) {
  // Precondition violated: only positive divisors are meaningful here.
  assert(divisor > 0);
  const int64_t quotient = value / divisor;
  return (value % divisor < 0) ? quotient - 1 : quotient;
}
constexpr int64_t FloorMod(int64_t value, int64_t divisor) {
  return value - FloorDiv(value, divisor) * divisor;
}

namespace civil_detail {
inline constexpr int64_t kMicrosPerSecond = 1'000'000;
inline constexpr int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;
// The Gregorian calendar repeats every 400 years ("era"), which has this many days.
inline constexpr int64_t kDaysPerEra = 146'097;
// Days from 0000-03-01 (start of the algorithm's era 0) to 1970-01-01.
inline constexpr int64_t kEpochShiftDays = 719'468;
}  // namespace civil_detail

// The date-to-count direction is inline (and constexpr): readers of timestamps call it on
// every cell.

// Whether `year` has a February 29th.
constexpr bool IsLeapYear(int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Days in `month` (1..12) of `year`: 28..31.
// REQUIRES: 1 <= month <= 12.
constexpr int DaysInMonth(int64_t year, int month) {
  // Precondition violated: month out of 1..12 is a caller bug, user input is checked first.
  assert(month >= 1 && month <= 12);
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// Whether `date` names a real day (month 1..12, day 1..DaysInMonth).
constexpr bool IsValidCivilDate(const CivilDate& date) {
  if (date.month < 1 || date.month > 12) return false;
  return date.day >= 1 && date.day <= DaysInMonth(date.year, date.month);
}

// Days from 1970-01-01 to `date` (negative before 1970).
// REQUIRES: IsValidCivilDate(date) and |date.year| below about 2.5e16.
// Years are counted from March so that the leap day is the last day of a year; the day of
// that shifted year then follows from the month by a linear formula, (153 * m + 2) / 5.
constexpr int64_t DaysFromCivil(const CivilDate& date) {
  const int64_t year = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = FloorDiv(year, 400);
  const int64_t year_of_era = year - era * 400;                              // 0..399
  const int64_t shifted_month = (date.month + 9) % 12;                       // March = 0
  const int64_t day_of_year = (153 * shifted_month + 2) / 5 + date.day - 1;  // 0..365
  const int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;  // 0..146096
  return era * civil_detail::kDaysPerEra + day_of_era - civil_detail::kEpochShiftDays;
}

// The UTC day (days since 1970-01-01) that contains the instant `ts_us`.
constexpr int64_t DaysFromMicros(int64_t ts_us) {
  return FloorDiv(ts_us, int64_t{86'400'000'000});  // microseconds per day
}

// Calendar fields of the instant `ts_us` (microseconds since the epoch, UTC). Total over int64.
CivilDateTime CivilFromMicros(int64_t ts_us);

// Microseconds since the epoch of `time`. Inverse of CivilFromMicros.
// REQUIRES: the fields are in range (IsValidCivilDate, hour < 24, ...) and the result fits
// in an int64 (years within about +-292000 of 1970).
constexpr int64_t MicrosFromCivil(const CivilDateTime& time) {
  const int64_t seconds_of_day = (int64_t{time.hour} * 60 + time.minute) * 60 + time.second;
  return DaysFromCivil(time.date) * civil_detail::kMicrosPerDay +
         seconds_of_day * civil_detail::kMicrosPerSecond + time.microsecond;
}

}  // namespace ecomgen
