#include "rng/counter_rng.h"

#include <gtest/gtest.h>

#include <array>
#include <set>

namespace ecomgen {
namespace {

TEST(CounterRngTest, SameKeyGivesSameValues) {
  RowRng a(7, TableId::kOrders, 3, 1234);
  RowRng b(7, TableId::kOrders, 3, 1234);
  for (int draw = 0; draw < 10; ++draw) EXPECT_EQ(a.Next(), b.Next());
}

TEST(CounterRngTest, EveryKeyPartMatters) {
  const uint64_t base = RowRng(7, TableId::kOrders, 3, 1234).Next();
  EXPECT_NE(base, RowRng(8, TableId::kOrders, 3, 1234).Next());
  EXPECT_NE(base, RowRng(7, TableId::kReturns, 3, 1234).Next());
  EXPECT_NE(base, RowRng(7, TableId::kOrders, 4, 1234).Next());
  EXPECT_NE(base, RowRng(7, TableId::kOrders, 3, 1235).Next());
}

TEST(CounterRngTest, UniformMeanAndRange) {
  double sum = 0;
  constexpr int kDraws = 100000;
  for (int i = 0; i < kDraws; ++i) {
    const double u = RowRng(1, TableId::kCustomers, 0, static_cast<uint64_t>(i)).Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  // Standard error of the mean is 1/sqrt(12 * 1e5) ~ 0.0009; 0.005 is > 5 sigma.
  EXPECT_NEAR(sum / kDraws, 0.5, 0.005);
}

TEST(CounterRngTest, BelowStaysInRange) {
  RowRng rng(3, TableId::kProducts, 1, 9);
  std::set<uint64_t> seen;
  for (int i = 0; i < 1000; ++i) {
    const uint64_t v = rng.Below(7);
    ASSERT_LT(v, 7u);
    seen.insert(v);
  }
  EXPECT_EQ(seen.size(), 7u);
}

TEST(CounterRngTest, PoissonMean) {
  for (double mean : {0.3, 4.0, 250.0}) {
    double sum = 0;
    constexpr int kDraws = 20000;
    for (int i = 0; i < kDraws; ++i) {
      sum += static_cast<double>(RowRng(5, TableId::kOrders, 9, static_cast<uint64_t>(i)).Poisson(mean));
    }
    // Standard error sqrt(mean / 2e4); 6 sigma.
    EXPECT_NEAR(sum / kDraws, mean, 6 * std::sqrt(mean / kDraws)) << mean;
  }
}

TEST(AffinePermutationTest, IsABijection) {
  for (uint64_t n : {1u, 2u, 10u, 97u, 1000u, 1024u}) {
    AffinePermutation perm(n, 12345);
    std::set<uint64_t> images;
    for (uint64_t i = 0; i < n; ++i) images.insert(perm(i));
    EXPECT_EQ(images.size(), n);
    EXPECT_LT(*images.rbegin(), n);
  }
}

TEST(CounterRngTest, WeightedFollowsTheWeightsAndSkipsZeros) {
  const std::array<double, 4> weights = {2, 0, 1, 7};
  std::array<int, 4> counts{};
  constexpr int kDraws = 100000;
  for (int draw = 0; draw < kDraws; ++draw) {
    RowRng rng(3, TableId::kOrders, 9, static_cast<uint64_t>(draw));
    ++counts[rng.Weighted(weights)];
  }
  EXPECT_EQ(counts[1], 0);
  // Standard error of a share <= sqrt(0.25 / 1e5) ~ 0.0016; 0.008 is 5 sigma.
  EXPECT_NEAR(counts[0] / double{kDraws}, 0.2, 0.008);
  EXPECT_NEAR(counts[2] / double{kDraws}, 0.1, 0.008);
  EXPECT_NEAR(counts[3] / double{kDraws}, 0.7, 0.008);
}

}  // namespace
}  // namespace ecomgen
