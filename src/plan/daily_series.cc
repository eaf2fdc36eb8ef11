#include "plan/daily_series.h"

#include <cmath>

#include "rng/counter_rng.h"

namespace ecomgen {
namespace {

// Stream ids of the latent daily shocks (tickets, delays, abandonment).
constexpr size_t kMinFitDays = 5;

}  // namespace

std::optional<CorrelationMatrix> Cholesky(const CorrelationMatrix& matrix) {
  CorrelationMatrix lower{};
  for (size_t row = 0; row < kSeriesCount; ++row) {
    for (size_t col = 0; col <= row; ++col) {
      double sum = matrix[row][col];
      for (size_t k = 0; k < col; ++k) sum -= lower[row][k] * lower[col][k];
      if (row == col) {
        if (sum <= 1e-9) return std::nullopt;
        lower[row][col] = std::sqrt(sum);
      } else {
        lower[row][col] = sum / lower[col][col];
      }
    }
  }
  return lower;
}

CorrelatedSeries BuildCorrelatedSeries(std::span<const double> anchor,
                                       std::span<const uint8_t> fit_day,
                                       std::span<const int64_t> epoch_days,
                                       const CorrelationMatrix& target, uint64_t seed) {
  const size_t days = anchor.size();
  std::array<std::vector<double>, kSeriesCount> raw;
  raw[0].assign(anchor.begin(), anchor.end());
  for (size_t k = 1; k < kSeriesCount; ++k) {
    raw[k].resize(days);
    for (size_t day = 0; day < days; ++day) {
      RowRng rng(seed, streams::kLatentDailyShock.At(static_cast<uint32_t>(k)),
                 static_cast<uint64_t>(epoch_days[day]));
      raw[k][day] = rng.Normal();
    }
  }

  size_t fitted = 0;
  for (uint8_t fit : fit_day) fitted += fit;
  const bool fit_all = fitted < kMinFitDays;
  if (fit_all) fitted = days;
  auto in_fit = [&](size_t day) { return fit_all || fit_day[day] != 0; };
  auto mean_over_fit = [&](const std::vector<double>& v) {
    double sum = 0;
    for (size_t day = 0; day < days; ++day) {
      if (in_fit(day)) sum += v[day];
    }
    return fitted == 0 ? 0.0 : sum / static_cast<double>(fitted);
  };
  auto dot_over_fit = [&](const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0;
    for (size_t day = 0; day < days; ++day) {
      if (in_fit(day)) sum += a[day] * b[day];
    }
    return fitted == 0 ? 0.0 : sum / static_cast<double>(fitted);
  };

  // Gram-Schmidt over the fitted days: q[k] is raw[k] centred, with the earlier q's removed,
  // scaled to unit sample variance. Orthonormality is what makes the colouring below exact.
  std::array<std::vector<double>, kSeriesCount> q;
  for (size_t k = 0; k < kSeriesCount; ++k) {
    q[k] = raw[k];
    const double mean = mean_over_fit(q[k]);
    for (double& v : q[k]) v -= mean;
    if (fitted >= kMinFitDays) {
      for (size_t j = 0; j < k; ++j) {
        const double projection = dot_over_fit(q[k], q[j]);
        for (size_t day = 0; day < days; ++day) q[k][day] -= projection * q[j][day];
      }
    }
    const double norm = std::sqrt(dot_over_fit(q[k], q[k]));
    if (norm > 1e-12) {
      for (double& v : q[k]) v /= norm;
    }
  }

  // Colour with the Cholesky factor: Y = Q L^T. The target was validated as positive definite.
  const CorrelationMatrix lower = Cholesky(target).value_or(
      CorrelationMatrix{{{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}});
  CorrelatedSeries series;
  for (size_t i = 0; i < kSeriesCount; ++i) {
    series.values[i].assign(days, 0.0);
    for (size_t j = 0; j <= i; ++j) {
      for (size_t day = 0; day < days; ++day) series.values[i][day] += lower[i][j] * q[j][day];
    }
  }
  return series;
}

}  // namespace ecomgen
