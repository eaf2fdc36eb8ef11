#include "plan/lifetimes.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ecomgen {
namespace {

TEST(LifetimesTest, AgeReachedByInvertsAgedAtLeast) {
  const Lifetimes lifetimes{LifecycleConfig{}};
  for (double share : {1.0, 0.999, 0.9, 0.5, 0.1, 0.01, 1e-4, 1e-6}) {
    const double age = lifetimes.AgeReachedBy(share);
    EXPECT_NEAR(lifetimes.AgedAtLeast(age), share, 1e-9 * std::max(1.0, 1 / share)) << share;
  }
  EXPECT_DOUBLE_EQ(lifetimes.AgedAtLeast(0), 1);
}

TEST(LifetimesTest, MeanAndBaseShareFollowTheMixture) {
  LifecycleConfig config;
  config.one_time_share = 0.5;
  config.one_time_lifetime_days = 10;
  config.regular_lifetime_days = 90;
  const Lifetimes lifetimes(config);
  EXPECT_DOUBLE_EQ(lifetimes.MeanDays(), 50);
  // Alive one-time buyers are 0.5 x 10 of 50 lifetime-days: 10%.
  EXPECT_DOUBLE_EQ(lifetimes.BaseOneTimeShare(), 0.1);
}

// Stratified quantiles put the expected share of lifetimes below any bound, for the base
// (remaining lifetimes) and for arrivals alike.
TEST(LifetimesTest, QuantilesGiveTheLapseShares) {
  const Lifetimes lifetimes{LifecycleConfig{}};
  constexpr int kCustomers = 200000;
  for (double days : {1.0, 30.0, 180.0}) {
    int base_lapsed = 0;
    int arrivals_lapsed = 0;
    int one_time = 0;
    for (int i = 0; i < kCustomers; ++i) {
      const double u = (i + 0.5) / kCustomers;
      bool is_one_time = false;
      if (lifetimes.Lifetime(u, true, &is_one_time) < days) ++base_lapsed;
      one_time += is_one_time ? 1 : 0;
      // An arrival at a uniform instant of the window, independent of its quantile.
      const double arrival = std::fmod(i * 0.6180339887498949, 1.0) * days;
      if (lifetimes.Lifetime(u, false, &is_one_time) < days - arrival) ++arrivals_lapsed;
    }
    EXPECT_NEAR(base_lapsed / double{kCustomers}, lifetimes.BaseLapsedWithin(days), 1e-3) << days;
    EXPECT_NEAR(arrivals_lapsed / double{kCustomers}, lifetimes.ArrivalsLapsedWithin(days), 3e-3)
        << days;
    EXPECT_NEAR(one_time / double{kCustomers}, lifetimes.BaseOneTimeShare(), 1e-4);
  }
}

}  // namespace
}  // namespace ecomgen
