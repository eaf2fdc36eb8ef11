#include "exec/run_summary.h"

#include <gtest/gtest.h>

#include "ecomgen/config.h"
#include "plan/plan.h"

namespace ecomgen {
namespace {

Config Scenario(const char* name) {
  Result<Config> config = BuiltinScenario(name);
  EXPECT_TRUE(config.has_value()) << name;
  config->scale = 0.2;
  return *config;
}

TEST(CountBaselineTest, TheBaselineIsCountedFromItsOwnPlan) {
  Config config = Scenario("baseline");
  config.seed = 99;  // the baseline under another seed is still the baseline
  config.duration_us = 3 * kMicrosPerDay;
  EXPECT_FALSE(CountBaseline(config).has_value());
}

TEST(CountBaselineTest, OtherRunsCountTheBaselineOverTheirWindowAndOutage) {
  const Config run = Scenario("payment_outage");
  const std::optional<BaselineCounts> counts = CountBaseline(run);
  ASSERT_TRUE(counts.has_value());

  Config base_config = Scenario("baseline");
  base_config.seed = run.seed;
  base_config.start_us = run.start_us;
  base_config.duration_us = run.duration_us;
  const Plan base = BuildPlan(base_config);
  EXPECT_EQ(counts->window.orders, static_cast<double>(base.total_orders()));
  EXPECT_EQ(counts->window.tickets, static_cast<double>(base.total_tickets()));
  EXPECT_EQ(counts->window.carts, static_cast<double>(base.total_carts()));
  // The outage is a part of the window, and has orders.
  EXPECT_GT(counts->outage.orders, 0);
  EXPECT_LT(counts->outage.orders, counts->window.orders);

  // A changed baseline (more traffic) is another run: its counts are the plain baseline's.
  Config busier = Scenario("baseline");
  busier.intensity = 2;
  const std::optional<BaselineCounts> busier_counts = CountBaseline(busier);
  ASSERT_TRUE(busier_counts.has_value());
  EXPECT_EQ(busier_counts->window.orders,
            static_cast<double>(BuildPlan(Scenario("baseline")).total_orders()));
}

}  // namespace
}  // namespace ecomgen
