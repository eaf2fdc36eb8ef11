#include "plan/daily_series.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace ecomgen {
namespace {

double Correlation(const std::vector<double>& a, const std::vector<double>& b,
                   const std::vector<uint8_t>& fit) {
  double mean_a = 0, mean_b = 0, n = 0;
  for (size_t d = 0; d < a.size(); ++d) {
    if (!fit[d]) continue;
    mean_a += a[d];
    mean_b += b[d];
    n += 1;
  }
  mean_a /= n;
  mean_b /= n;
  double ab = 0, aa = 0, bb = 0;
  for (size_t d = 0; d < a.size(); ++d) {
    if (!fit[d]) continue;
    ab += (a[d] - mean_a) * (b[d] - mean_b);
    aa += (a[d] - mean_a) * (a[d] - mean_a);
    bb += (b[d] - mean_b) * (b[d] - mean_b);
  }
  return ab / std::sqrt(aa * bb);
}

TEST(CorrelatedSeriesTest, RealizedCorrelationIsTheTargetOverTheFittedDays) {
  const CorrelationMatrix target = {{{1, 0.85, 0.72, -0.43},
                                     {0.85, 1, 0.91, -0.22},
                                     {0.72, 0.91, 1, -0.15},
                                     {-0.43, -0.22, -0.15, 1}}};
  for (const size_t days : {12u, 30u, 365u}) {
    std::vector<double> anchor(days);
    std::vector<int64_t> epoch_days(days);
    std::vector<uint8_t> fit(days, 1);
    for (size_t d = 0; d < days; ++d) {
      anchor[d] =
          1 + 0.1 * std::sin(static_cast<double>(d) * 0.9) + 0.02 * static_cast<double>(d % 7);
      epoch_days[d] = 20000 + static_cast<int64_t>(d);
    }
    fit.front() = 0;  // a partial first day does not enter the fit
    for (const uint64_t seed : {1u, 42u, 9001u}) {
      const CorrelatedSeries series = BuildCorrelatedSeries(anchor, fit, epoch_days, target, seed);
      for (size_t row = 0; row < kSeriesCount; ++row) {
        ASSERT_EQ(series.values[row].size(), days);
        for (size_t col = 0; col < row; ++col) {
          EXPECT_NEAR(Correlation(series.values[row], series.values[col], fit), target[row][col],
                      1e-9)
              << "days " << days << " seed " << seed << " series " << row << "," << col;
        }
      }
      // The anchor keeps its own shape: series 0 is the anchor standardized.
      EXPECT_NEAR(Correlation(series.values[0], anchor, fit), 1.0, 1e-12);
    }
  }
}

TEST(CorrelatedSeriesTest, CholeskyRejectsAnIndefiniteMatrix) {
  const CorrelationMatrix bad = {
      {{1, 0.99, -0.99, 0}, {0.99, 1, 0.99, 0}, {-0.99, 0.99, 1, 0}, {0, 0, 0, 1}}};
  EXPECT_FALSE(Cholesky(bad).has_value());
  CorrelationMatrix identity{};
  for (size_t k = 0; k < kSeriesCount; ++k) identity[k][k] = 1;
  EXPECT_TRUE(Cholesky(identity).has_value());
}

}  // namespace
}  // namespace ecomgen
