#include "scenarios/viral_units.h"

#include <gtest/gtest.h>

#include <numeric>

#include "plan/plan.h"

namespace ecomgen {
namespace {

Plan ViralPlan(double scale) {
  Config config = BuiltinScenario("viral_moment").value();
  config.scale = scale;
  return BuildPlan(config);
}

TEST(ViralUnitsTest, UnitsSumToTheInventoryAndSellOut) {
  for (const double scale : {0.5, 1.0, 4.0}) {
    const Plan plan = ViralPlan(scale);
    const int64_t sold =
        std::accumulate(plan.viral_units.begin(), plan.viral_units.end(), int64_t{0});
    EXPECT_EQ(sold, plan.config.viral.inventory_units) << scale;
    EXPECT_GE(plan.sellout_us, plan.start_us);
    EXPECT_LT(plan.sellout_us, plan.end_us);
    for (size_t m = 0; m < plan.viral_units.size(); ++m) {
      EXPECT_LE(plan.viral_units[m], (plan.orders[m] - plan.failures[m]) * kMaxViralUnitsPerOrder);
    }
  }
}

TEST(ViralUnitsTest, HourlyUnitsGrowUntilTheSellOut) {
  const Plan plan = ViralPlan(1.0);
  int64_t previous = 0;
  const int64_t sellout_hour = (plan.sellout_us - plan.start_us) / kMicrosPerHour;
  for (int64_t hour = 0; hour < sellout_hour; ++hour) {
    int64_t units = 0;
    for (int64_t m = hour * 60; m < (hour + 1) * 60; ++m)
      units += plan.viral_units[static_cast<size_t>(m)];
    EXPECT_GE(units, previous) << hour;
    previous = units;
  }
}

TEST(ViralUnitsTest, NoViralBlockSellsNothing) {
  Config config = BuiltinScenario("baseline").value();
  config.scale = 0.1;
  config.duration_us = kMicrosPerDay;
  const Plan plan = BuildPlan(config);
  EXPECT_EQ(std::accumulate(plan.viral_units.begin(), plan.viral_units.end(), int64_t{0}), 0);
  EXPECT_EQ(plan.sellout_us, -1);
}

}  // namespace
}  // namespace ecomgen
