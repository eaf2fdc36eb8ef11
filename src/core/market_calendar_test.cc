#include "core/market_calendar.h"

#include <gtest/gtest.h>

#include "core/civil_time.h"

namespace ecomgen {
namespace {

int64_t Day(int64_t year, int month, int day) { return DaysFromCivil({year, month, day}); }

// Published dates (the Government of India's holiday lists; US federal holidays).
TEST(MarketCalendarTest, DiwaliMatchesPublishedDates) {
  const struct {
    int64_t year;
    int month, day;
  } published[] = {{2018, 11, 7},  {2019, 10, 27}, {2020, 11, 14}, {2021, 11, 4},
                   {2022, 10, 24}, {2023, 11, 12}, {2024, 10, 31}, {2025, 10, 20}};
  for (const auto& p : published) {
    EXPECT_EQ(IndiaDatesOf(p.year).diwali, Day(p.year, p.month, p.day)) << p.year;
  }
}

TEST(MarketCalendarTest, HoliAndDussehraMatchPublishedDates) {
  EXPECT_EQ(IndiaDatesOf(2021).holi, Day(2021, 3, 29));
  EXPECT_EQ(IndiaDatesOf(2022).holi, Day(2022, 3, 18));
  EXPECT_EQ(IndiaDatesOf(2023).holi, Day(2023, 3, 8));
  EXPECT_EQ(IndiaDatesOf(2024).holi, Day(2024, 3, 25));
  EXPECT_EQ(IndiaDatesOf(2025).holi, Day(2025, 3, 14));
  EXPECT_EQ(IndiaDatesOf(2023).dussehra, Day(2023, 10, 24));
  EXPECT_EQ(IndiaDatesOf(2024).dussehra, Day(2024, 10, 12));
}

TEST(MarketCalendarTest, DiwaliStaysInItsSeasonOverCenturies) {
  for (int64_t year = 1900; year <= 2200; ++year) {
    const int64_t diwali = IndiaDatesOf(year).diwali;
    EXPECT_GE(diwali, Day(year, 10, 15)) << year;
    EXPECT_LE(diwali, Day(year, 11, 16)) << year;
  }
}

TEST(MarketCalendarTest, NewMoonsAreOneLunationApart) {
  const double jan11 = static_cast<double>(Day(2024, 1, 11));
  const double a = NewMoonNear(jan11);
  const double b = NewMoonNear(a + 29.5);
  EXPECT_NEAR(b - a, 29.53, 0.3);
  // 2024-01-11 11:57 UTC, the published instant.
  EXPECT_NEAR(a, jan11 + (11 + 57 / 60.0) / 24, 1.0 / 24);
}

TEST(MarketCalendarTest, UsHolidaysFollowTheirRules) {
  const UsDates d2024 = UsDatesOf(2024);
  EXPECT_EQ(d2024.thanksgiving, Day(2024, 11, 28));
  EXPECT_EQ(d2024.black_friday, Day(2024, 11, 29));
  EXPECT_EQ(d2024.cyber_monday, Day(2024, 12, 2));
  EXPECT_EQ(d2024.memorial_day, Day(2024, 5, 27));
  EXPECT_EQ(d2024.labor_day, Day(2024, 9, 2));
  EXPECT_EQ(UsDatesOf(2023).thanksgiving, Day(2023, 11, 23));
  EXPECT_EQ(UsDatesOf(2023).july_sale, Day(2023, 7, 11));
  int64_t days[2];
  ASSERT_EQ(MainFestivalDays("us", 2024, days), 2);
  EXPECT_EQ(days[0], Day(2024, 11, 29));
  ASSERT_EQ(MainFestivalDays("india", 2024, days), 1);
  EXPECT_EQ(days[0], Day(2024, 10, 31));
}

}  // namespace
}  // namespace ecomgen
