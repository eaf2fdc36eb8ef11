#include "plan/minute_split.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "ecomgen/config.h"
#include "plan/plan.h"

namespace ecomgen {
namespace {

TEST(MinuteSplitTest, MinutesSumToTheDayTotal) {
  std::vector<double> weights(1440);
  for (size_t m = 0; m < weights.size(); ++m) {
    weights[m] = 1 + std::sin(static_cast<double>(m) / 229.0);
  }
  weights[100] = 0;
  for (const int64_t total : {0, 1, 7, 2500, 250000}) {
    for (const uint64_t key : {1u, 2u, 77u}) {
      std::vector<int32_t> out(weights.size(), -1);
      SplitAcrossMinutes(total, weights, 42,
                         {streams::kOrdersMinuteSplit, streams::kOrdersSplitFixup}, key, out);
      EXPECT_EQ(std::accumulate(out.begin(), out.end(), int64_t{0}), total) << total;
      for (int32_t count : out) EXPECT_GE(count, 0);
      EXPECT_EQ(out[100], 0) << "a minute of weight 0 gets no events";
    }
  }
}

TEST(MinuteSplitTest, DiffusionKeepsTheRunningSumWithinOne) {
  std::vector<double> expected(500);
  for (size_t m = 0; m < expected.size(); ++m)
    expected[m] = 0.37 + 0.3 * std::cos(0.1 * static_cast<double>(m));
  std::vector<int32_t> out(expected.size());
  DiffuseAcrossMinutes(expected, 0.5, out);
  double want = 0;
  int64_t got = 0;
  for (size_t m = 0; m < expected.size(); ++m) {
    want += expected[m];
    got += out[m];
    EXPECT_LE(std::fabs(static_cast<double>(got) - want), 1.0) << m;
  }
}

TEST(MinuteSplitTest, PlanMinutesSumToItsDailyTotals) {
  Config config = BuiltinScenario("baseline").value();
  config.scale = 0.1;
  config.duration_us = 3 * kMicrosPerDay + 5 * kMicrosPerHour;  // a partial last day
  const Plan plan = BuildPlan(config);
  int64_t total = 0;
  for (const PlanDay& day : plan.days) {
    int64_t orders = 0;
    for (int64_t m = day.first_minute; m < day.end_minute; ++m) {
      orders += plan.orders[static_cast<size_t>(m)];
    }
    total += orders;
    // A whole day of the baseline holds about its configured volume.
    if (day.whole) {
      EXPECT_NEAR(static_cast<double>(orders), 250, 250 * 0.4);
    }
  }
  EXPECT_EQ(total, plan.total_orders());
}

}  // namespace
}  // namespace ecomgen
