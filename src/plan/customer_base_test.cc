#include "plan/customer_base.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/civil_time.h"
#include "ecomgen/config.h"

namespace ecomgen {
namespace {

Config SmallConfig(int64_t days) {
  Config config;
  config.start_us = DaysFromCivil(CivilDate{2024, 3, 1}) * kMicrosPerDay;
  config.duration_us = days * kMicrosPerDay;
  config.business.customers = 5000;
  for (CohortConfig& cohort : config.cohorts) cohort.share_pct = 25;
  config.cohorts[0].growth_pct_per_30d = 2.5;
  return config;
}

TEST(CustomerBaseTest, SignedUpByNeverCountsACustomerWhoHasNot) {
  const Config config = SmallConfig(30);
  const CustomerBase base(config, 7);
  int64_t previous = base.SignupUs(1);
  for (int64_t id = 2; id <= base.total(); ++id) {
    ASSERT_GE(base.SignupUs(id), previous) << id;  // ids in signup order
    previous = base.SignupUs(id);
  }
  for (int64_t days_before = -29; days_before < 2000; days_before += 7) {
    const int64_t ts = config.start_us - days_before * kMicrosPerDay - 12345;
    const int64_t count = base.SignedUpBy(ts);
    if (count > 0) {
      EXPECT_LE(base.SignupUs(count), ts) << days_before;
    }
    // At most a few more have signed up too.
    if (count + 3 <= base.total()) {
      EXPECT_GT(base.SignupUs(count + 3), ts) << days_before;
    }
  }
}

TEST(CustomerBaseTest, BaseSignupsAreDenseNearTheStartLikeTheArrivals) {
  // Steady state: on the day before the window about as many base customers signed up (and
  // are still there) as new ones sign up on its first day.
  const Config config = SmallConfig(30);
  const CustomerBase base(config, 7);
  const int64_t day = kMicrosPerDay;
  const int64_t before = base.base_count() - base.SignedUpBy(config.start_us - day);
  const int64_t after = base.SignedUpBy(config.start_us + day) - base.base_count();
  EXPECT_NEAR(static_cast<double>(before) / static_cast<double>(after), 1.0, 0.15);
}

TEST(CustomerBaseTest, LapsesComeAfterTheStartOrSignupAndGrowthIsNet) {
  const Config config = SmallConfig(180);
  const CustomerBase base(config, 11);
  int64_t lapsed_in_window = 0;
  for (int64_t id = 1; id <= base.total(); ++id) {
    const int64_t lapse = base.LapseUs(id);
    EXPECT_GT(lapse, std::max(base.SignupUs(id), config.start_us - 1)) << id;
    if (lapse < config.end_us()) ++lapsed_in_window;
  }
  EXPECT_GT(lapsed_in_window, base.base_count() / 4);  // the base turns over
  for (size_t g = 0; g < kGenerationCount; ++g) {
    const auto generation = static_cast<Generation>(g);
    const double growth = 1 + config.cohorts[g].growth_pct_per_30d / 100 * 6;
    const double active_end = static_cast<double>(base.CountActiveAt(generation, config.end_us()));
    EXPECT_NEAR(active_end / static_cast<double>(base.base_of(generation)), growth, 0.015) << g;
    EXPECT_EQ(base.CountActiveAt(generation, config.start_us), base.base_of(generation));
  }
}

}  // namespace
}  // namespace ecomgen
