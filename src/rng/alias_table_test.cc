#include "rng/alias_table.h"

#include <gtest/gtest.h>

#include <vector>

#include "rng/counter_rng.h"

namespace ecomgen {
namespace {

TEST(AliasTableTest, FrequenciesMatchWeights) {
  const std::vector<double> weights = {1, 0, 3, 6};
  AliasTable table(weights);
  std::vector<int> counts(weights.size(), 0);
  constexpr int kDraws = 200000;
  for (int i = 0; i < kDraws; ++i) {
    ++counts[table.Sample(
        RowRng(1, StreamId{TableId::kProducts, 0}, static_cast<uint64_t>(i)).Next())];
  }
  EXPECT_EQ(counts[1], 0);
  // Standard error of a share is at most sqrt(0.25 / 2e5) ~ 0.0011; 0.006 is > 5 sigma.
  EXPECT_NEAR(counts[0] / double{kDraws}, 0.1, 0.006);
  EXPECT_NEAR(counts[2] / double{kDraws}, 0.3, 0.006);
  EXPECT_NEAR(counts[3] / double{kDraws}, 0.6, 0.006);
}

TEST(AliasTableTest, QuantileFollowsTheCumulativeIntervals) {
  // Intervals: [0, 0.1) -> 0, index 1 empty, [0.1, 0.4) -> 2, [0.4, 1) -> 3.
  const AliasTable table(std::vector<double>{1, 0, 3, 6});
  EXPECT_EQ(table.Quantile(0.0), 0u);
  EXPECT_EQ(table.Quantile(0.0999), 0u);
  EXPECT_EQ(table.Quantile(0.1001), 2u);
  EXPECT_EQ(table.Quantile(0.3999), 2u);
  EXPECT_EQ(table.Quantile(0.4001), 3u);
  EXPECT_EQ(table.Quantile(0.9999999), 3u);
  for (int step = 0; step < 1000; ++step) {
    EXPECT_NE(table.Quantile(step / 1000.0), 1u) << "an empty interval was chosen";
  }
}

}  // namespace
}  // namespace ecomgen
