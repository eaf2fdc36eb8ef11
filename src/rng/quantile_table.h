// QuantileTable: a quantile function tabulated at equal steps of probability and read with
// linear interpolation, for inverse-transform sampling where the exact function costs a
// libm call per draw (std::pow, std::log) on a hot path.
//
// Thread safety: immutable after construction.
#pragma once

#include <array>
#include <cstddef>

namespace ecomgen {

class QuantileTable {
 public:
  static constexpr size_t kSteps = 4096;

  QuantileTable() = default;
  // Tabulates `quantile` (any callable double(double) on [0, 1]).
  template <typename F>
  explicit QuantileTable(F quantile) {
    for (size_t step = 0; step <= kSteps; ++step) {
      knots_[step] = quantile(static_cast<double>(step) / static_cast<double>(kSteps));
    }
  }

  // The quantile of probability p. REQUIRES: 0 <= p < 1.
  double Quantile(double p) const {
    const double position = p * static_cast<double>(kSteps);
    const auto step = static_cast<size_t>(position);
    const double weight = position - static_cast<double>(step);
    return knots_[step] + weight * (knots_[step + 1] - knots_[step]);
  }

 private:
  std::array<double, kSteps + 1> knots_{};
};

}  // namespace ecomgen
