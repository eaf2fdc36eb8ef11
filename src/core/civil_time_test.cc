#include "core/civil_time.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cstdint>

namespace ecomgen {
namespace {

struct KnownDay {
  CivilDate date;
  int64_t days;
  Weekday weekday;
};

// Day counts and weekdays as Python's datetime module gives them.
constexpr KnownDay kKnownDays[] = {
    {{1970, 1, 1}, 0, Weekday::kThursday},         {{1969, 12, 31}, -1, Weekday::kWednesday},
    {{1600, 3, 1}, -135'080, Weekday::kWednesday}, {{1900, 3, 1}, -25'508, Weekday::kThursday},
    {{2000, 2, 29}, 11'016, Weekday::kTuesday},    {{2000, 3, 1}, 11'017, Weekday::kWednesday},
    {{2024, 2, 29}, 19'782, Weekday::kThursday},   {{2024, 11, 29}, 20'056, Weekday::kFriday},
    {{2038, 1, 19}, 24'855, Weekday::kTuesday},    {{2100, 3, 1}, 47'541, Weekday::kMonday},
    {{9999, 12, 31}, 2'932'896, Weekday::kFriday},
};

// The date-to-count direction is constexpr.
static_assert(DaysFromCivil({1970, 1, 1}) == 0);
static_assert(DaysFromCivil({2000, 3, 1}) == 11'017);
static_assert(IsValidCivilDate({2000, 2, 29}) && !IsValidCivilDate({1900, 2, 29}));
static_assert(MicrosFromCivil({{1969, 12, 31}, 23, 59, 59, 999'999}) == -1);

TEST(CivilTimeTest, KnownDates) {
  for (const KnownDay& known : kKnownDays) {
    EXPECT_EQ(DaysFromCivil(known.date), known.days) << known.date.year << "-" << known.date.month;
    EXPECT_EQ(CivilFromDays(known.days), known.date) << known.days;
    EXPECT_EQ(WeekdayFromDays(known.days), known.weekday) << known.days;
  }
}

TEST(CivilTimeTest, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 4), 30);
  EXPECT_EQ(DaysInMonth(2024, 12), 31);
  EXPECT_TRUE(IsValidCivilDate({2024, 2, 29}));
  EXPECT_FALSE(IsValidCivilDate({2023, 2, 29}));
  EXPECT_FALSE(IsValidCivilDate({2024, 2, 30}));
  EXPECT_FALSE(IsValidCivilDate({2024, 13, 1}));
  EXPECT_FALSE(IsValidCivilDate({2024, 0, 1}));
  EXPECT_FALSE(IsValidCivilDate({2024, 1, 0}));
}

TEST(CivilTimeTest, MicrosSplitAndJoin) {
  // 2024-11-29T14:03:27.5Z
  const int64_t ts_us = int64_t{1'732'889'007} * 1'000'000 + 500'000;
  const CivilDateTime time = CivilFromMicros(ts_us);
  EXPECT_EQ(time.date, (CivilDate{2024, 11, 29}));
  EXPECT_EQ(time.hour, 14);
  EXPECT_EQ(time.minute, 3);
  EXPECT_EQ(time.second, 27);
  EXPECT_EQ(time.microsecond, 500'000);
  EXPECT_EQ(MicrosFromCivil(time), ts_us);
  // One microsecond before the epoch is the last microsecond of 1969.
  const CivilDateTime before = CivilFromMicros(-1);
  EXPECT_EQ(before.date, (CivilDate{1969, 12, 31}));
  EXPECT_EQ(before.hour, 23);
  EXPECT_EQ(before.microsecond, 999'999);
  EXPECT_EQ(DaysFromMicros(-1), -1);
}

TEST(CivilTimeTest, FloorDivisionRoundsDown) {
  EXPECT_EQ(FloorDiv(7, 2), 3);
  EXPECT_EQ(FloorDiv(-7, 2), -4);
  EXPECT_EQ(FloorDiv(-8, 2), -4);
  EXPECT_EQ(FloorMod(-7, 2), 1);
  EXPECT_EQ(FloorMod(7, 7), 0);
}

RC_GTEST_PROP(CivilTimeProperty, DaysRoundTrip, ()) {
  // About +-1 million years around the epoch.
  const int64_t days = *rc::gen::inRange<int64_t>(-400'000'000, 400'000'000);
  const CivilDate date = CivilFromDays(days);
  RC_ASSERT(IsValidCivilDate(date));
  RC_ASSERT(DaysFromCivil(date) == days);
  // Consecutive days are consecutive dates.
  const CivilDate next = CivilFromDays(days + 1);
  const bool same_month =
      next.year == date.year && next.month == date.month && next.day == date.day + 1;
  const bool next_month = next.day == 1 && date.day == DaysInMonth(date.year, date.month);
  RC_ASSERT(same_month || next_month);
}

RC_GTEST_PROP(CivilTimeProperty, MicrosRoundTrip, ()) {
  const int64_t ts_us = *rc::gen::inRange<int64_t>(-int64_t{1} << 62, int64_t{1} << 62);
  RC_ASSERT(MicrosFromCivil(CivilFromMicros(ts_us)) == ts_us);
}

}  // namespace
}  // namespace ecomgen
