#include "rng/counter_rng.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace ecomgen {
namespace {

TEST(CounterRngTest, SameKeyGivesSameValues) {
  RowRng a(7, StreamId{TableId::kOrders, 3}, 1234);
  RowRng b(7, StreamId{TableId::kOrders, 3}, 1234);
  for (int draw = 0; draw < 10; ++draw) EXPECT_EQ(a.Next(), b.Next());
}

TEST(CounterRngTest, EveryKeyPartMatters) {
  const uint64_t base = RowRng(7, StreamId{TableId::kOrders, 3}, 1234).Next();
  EXPECT_NE(base, RowRng(8, StreamId{TableId::kOrders, 3}, 1234).Next());
  EXPECT_NE(base, RowRng(7, StreamId{TableId::kReturns, 3}, 1234).Next());
  EXPECT_NE(base, RowRng(7, StreamId{TableId::kOrders, 4}, 1234).Next());
  EXPECT_NE(base, RowRng(7, StreamId{TableId::kOrders, 3}, 1235).Next());
}

TEST(CounterRngTest, UniformMeanAndRange) {
  double sum = 0;
  constexpr int kDraws = 100000;
  for (int i = 0; i < kDraws; ++i) {
    const double u =
        RowRng(1, StreamId{TableId::kCustomers, 0}, static_cast<uint64_t>(i)).Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  // Standard error of the mean is 1/sqrt(12 * 1e5) ~ 0.0009; 0.005 is > 5 sigma.
  EXPECT_NEAR(sum / kDraws, 0.5, 0.005);
}

TEST(CounterRngTest, BelowStaysInRange) {
  RowRng rng(3, StreamId{TableId::kProducts, 1}, 9);
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
      sum += static_cast<double>(
          RowRng(5, StreamId{TableId::kOrders, 9}, static_cast<uint64_t>(i)).Poisson(mean));
    }
    // Standard error sqrt(mean / 2e4); 6 sigma.
    EXPECT_NEAR(sum / kDraws, mean, 6 * std::sqrt(mean / kDraws)) << mean;
  }
}

// Mean and variance of both branches (exact sums for small variance, the normal above), and
// the bounds [0, n].
TEST(CounterRngTest, BinomialMeanAndVariance) {
  struct Case {
    int64_t n;
    double p;
  };
  for (const Case c : {Case{40, 0.03}, Case{300, 0.5}, Case{75000, 0.03}, Case{5, 0.999}}) {
    double sum = 0;
    double sum_squares = 0;
    constexpr int kDraws = 20000;
    for (int i = 0; i < kDraws; ++i) {
      const int64_t draw =
          RowRng(5, StreamId{TableId::kOrders, 9}, static_cast<uint64_t>(i)).Binomial(c.n, c.p);
      ASSERT_GE(draw, 0);
      ASSERT_LE(draw, c.n);
      sum += static_cast<double>(draw);
      sum_squares += static_cast<double>(draw) * static_cast<double>(draw);
    }
    const double mean = static_cast<double>(c.n) * c.p;
    const double variance = mean * (1 - c.p);
    const double got_mean = sum / kDraws;
    const double got_variance = sum_squares / kDraws - got_mean * got_mean;
    EXPECT_NEAR(got_mean, mean, 6 * std::sqrt(variance / kDraws)) << c.n << " " << c.p;
    // The variance of a sample variance is about 2 sigma^4 / draws for these near-normal
    // counts; 6 of its standard errors, plus the normal branch's rounding (1/12).
    EXPECT_NEAR(got_variance, variance, 6 * variance * std::sqrt(2.0 / kDraws) + 0.1)
        << c.n << " " << c.p;
  }
  RowRng rng(1, StreamId{TableId::kOrders, 9}, 0);
  EXPECT_EQ(rng.Binomial(0, 0.5), 0);
  EXPECT_EQ(rng.Binomial(10, 0.0), 0);
  EXPECT_EQ(rng.Binomial(10, 1.0), 10);
}

// The ziggurat's normal against the exact distribution: moments, the share below each of
// several points (the layer edges, the tail start at 3.44 and beyond), and symmetry. With
// 4M draws the standard error of a share p is sqrt(p (1 - p) / 4M) <= 2.5e-4; the bounds
// are 5 standard errors.
TEST(CounterRngTest, NormalFollowsTheStandardNormal) {
  constexpr int kDraws = 4'000'000;
  constexpr std::array<double, 9> kPoints = {-3.7, -2.5, -1.0, -0.3, 0.0, 0.7, 1.9, 3.0, 3.6};
  std::array<int64_t, kPoints.size()> below{};
  double sum = 0;
  double sum_squares = 0;
  double sum_cubes = 0;
  double sum_fourths = 0;
  int64_t beyond_tail_start = 0;
  for (int index = 0; index < kDraws; ++index) {
    RowRng rng(3, StreamId{TableId::kOrders, 9}, static_cast<uint64_t>(index));
    const double z = rng.Normal();
    ASSERT_TRUE(std::isfinite(z));
    sum += z;
    sum_squares += z * z;
    sum_cubes += z * z * z;
    sum_fourths += z * z * z * z;
    beyond_tail_start += std::abs(z) > 3.442619855899 ? 1 : 0;
    for (size_t point = 0; point < kPoints.size(); ++point) {
      below[point] += z < kPoints[point] ? 1 : 0;
    }
  }
  const double n = kDraws;
  EXPECT_NEAR(sum / n, 0.0, 0.003);
  EXPECT_NEAR(sum_squares / n, 1.0, 0.004);
  EXPECT_NEAR(sum_cubes / n, 0.0, 0.012);
  EXPECT_NEAR(sum_fourths / n, 3.0, 0.03);
  for (size_t point = 0; point < kPoints.size(); ++point) {
    const double expected = 0.5 * std::erfc(-kPoints[point] / std::sqrt(2.0));
    const double error = std::sqrt(expected * (1 - expected) / n);
    EXPECT_NEAR(static_cast<double>(below[point]) / n, expected, 5 * error + 1e-6)
        << "share below " << kPoints[point];
  }
  // Both tails beyond the ziggurat's tail start: 2 (1 - Phi(3.4426)) = 5.76e-4.
  EXPECT_NEAR(static_cast<double>(beyond_tail_start) / n, 5.76e-4, 6e-5);
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

TEST(AffinePermutationTest, InverseUndoesIt) {
  for (uint64_t n : {1ull, 2ull, 7ull, 1000ull, 65536ull, 999983ull, (1ull << 33) + 5}) {
    const AffinePermutation perm(n, 777 + n);
    const AffinePermutation inverse = perm.Inverse();
    for (uint64_t rank = 0; rank < std::min<uint64_t>(n, 5000); ++rank) {
      ASSERT_EQ(inverse(perm(rank)), rank) << n;
    }
    ASSERT_EQ(inverse(perm(n - 1)), n - 1) << n;
  }
}

TEST(AffinePermutationTest, StepGivesTheNextRanksPosition) {
  for (uint64_t n : {1u, 2u, 3u, 97u, 1000u}) {
    for (uint64_t key : {1u, 777u, 4242u}) {
      const AffinePermutation perm(n, key);
      uint64_t position = perm(0);
      for (uint64_t rank = 1; rank < n; ++rank) {
        position = perm.Step(position);
        ASSERT_EQ(position, perm(rank)) << "n " << n << " rank " << rank;
      }
    }
  }
  // Near 2^64 the sum of position and multiplier would overflow.
  const uint64_t huge = ~uint64_t{0} - 4;
  const AffinePermutation perm(huge, 99);
  uint64_t position = perm(huge - 3);
  for (uint64_t rank = huge - 2; rank < huge; ++rank) {
    position = perm.Step(position);
    ASSERT_EQ(position, perm(rank));
  }
}

TEST(CounterRngTest, WeightedFollowsTheWeightsAndSkipsZeros) {
  const std::array<double, 4> weights = {2, 0, 1, 7};
  std::array<int, 4> counts{};
  constexpr int kDraws = 100000;
  for (int draw = 0; draw < kDraws; ++draw) {
    RowRng rng(3, StreamId{TableId::kOrders, 9}, static_cast<uint64_t>(draw));
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
