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

// Whether `year` has a February 29th.
bool IsLeapYear(int64_t year);

// Days in `month` (1..12) of `year`: 28..31.
// REQUIRES: 1 <= month <= 12.
int DaysInMonth(int64_t year, int month);

// Whether `date` names a real day (month 1..12, day 1..DaysInMonth).
bool IsValidCivilDate(const CivilDate& date);

// Days from 1970-01-01 to `date` (negative before 1970).
// REQUIRES: IsValidCivilDate(date) and |date.year| below about 2.5e16.
int64_t DaysFromCivil(const CivilDate& date);

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

// The UTC day (days since 1970-01-01) that contains the instant `ts_us`.
constexpr int64_t DaysFromMicros(int64_t ts_us) {
  return FloorDiv(ts_us, int64_t{86'400'000'000});  // microseconds per day
}

// Calendar fields of the instant `ts_us` (microseconds since the epoch, UTC). Total over int64.
CivilDateTime CivilFromMicros(int64_t ts_us);

// Microseconds since the epoch of `time`. Inverse of CivilFromMicros.
// REQUIRES: the fields are in range (IsValidCivilDate, hour < 24, ...) and the result fits
// in an int64 (years within about +-292000 of 1970).
int64_t MicrosFromCivil(const CivilDateTime& time);

}  // namespace ecomgen
