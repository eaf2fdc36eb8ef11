// The correlation engine: daily series of tickets, delays and abandoned carts whose sample
// correlations with the orders series (and with each other) are the configured targets.
//
// Why exact rather than random: over a 30-day window, the sample correlation of two random
// series with true correlation -0.43 has a standard deviation of about 0.15, so drawing
// shocks from the target distribution and hoping would miss +-0.10 for many seeds. Instead:
//   1. the orders series (weekly pattern and its own daily shocks) is the anchor;
//   2. three more series of independent normal shocks, keyed by the calendar day so that a
//      scenario and its baseline share them, are centred and Gram-Schmidt-orthonormalized
//      against the anchor and each other over the whole days of the window;
//   3. multiplying by the Cholesky factor of the target matrix gives series whose sample
//      correlation matrix over those days equals the target to rounding.
// The map from raw shocks to series is linear, so partial days (at the window's ends) get
// their values from the same map without entering the fit.
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ecomgen {

// Series order in the 4x4 matrices: orders, tickets, delays, abandonment.
inline constexpr int kSeriesCount = 4;
using CorrelationMatrix = std::array<std::array<double, kSeriesCount>, kSeriesCount>;

// The lower Cholesky factor of `matrix`, or nothing if it is not positive definite.
std::optional<CorrelationMatrix> Cholesky(const CorrelationMatrix& matrix);

// Standardized daily series (sample mean 0, sample sd 1 over the fitted days); index 0 is the
// anchor itself, standardized.
struct CorrelatedSeries {
  std::array<std::vector<double>, kSeriesCount> values;
};

// REQUIRES: anchor.size() == fit_day.size(); `target` positive definite (ValidateConfig).
// `epoch_days[i]` names day i for the shock keys. Fewer than 5 fitted days: the shocks are
// used as they come (a correlation over so few days means nothing).
CorrelatedSeries BuildCorrelatedSeries(std::span<const double> anchor,
                                       std::span<const uint8_t> fit_day,
                                       std::span<const int64_t> epoch_days,
                                       const CorrelationMatrix& target, uint64_t seed);

}  // namespace ecomgen
