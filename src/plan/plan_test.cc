#include "plan/plan.h"

#include <gtest/gtest.h>

#include "ecomgen/config.h"

namespace ecomgen {
namespace {

// LocateOrder agrees with a walk over the minutes for every order, in runs whose quiet
// minutes have no orders (scale 0.02) and whose minutes are full (scale 3), with a window
// that ends inside a sampling stride.
TEST(PlanTest, LocateOrderFindsEveryOrdersMinuteAndRank) {
  for (const double scale : {0.02, 3.0}) {
    Result<Config> config = BuiltinScenario("baseline");
    ASSERT_TRUE(config.has_value());
    config->scale = scale;
    config->duration_us = 2 * kMicrosPerDay + 17 * kMicrosPerMinute;
    const Plan plan = BuildPlan(*config);
    ASSERT_GT(plan.total_orders(), 50);
    int64_t empty_minutes = 0;
    int64_t index = 0;
    for (int64_t minute = 0; minute < plan.minute_count; ++minute) {
      const int32_t count = plan.orders[static_cast<size_t>(minute)];
      empty_minutes += count == 0 ? 1 : 0;
      for (int32_t rank = 0; rank < count; ++rank, ++index) {
        const Plan::OrderPlace place = plan.LocateOrder(index);
        ASSERT_EQ(place.minute, minute) << "scale " << scale << ", order " << index;
        ASSERT_EQ(place.rank, rank) << "scale " << scale << ", order " << index;
      }
    }
    EXPECT_EQ(index, plan.total_orders());
    if (scale < 1) {
      EXPECT_GT(empty_minutes, 0) << "the quiet-minute case has no empty minute";
    }
  }
}

}  // namespace
}  // namespace ecomgen
