// Rounding to the nearest integer, halves away from zero, without a libm call.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

namespace ecomgen {

// std::llround for finite values of magnitude below 2^63, inline: in per-row code the call
// into libm costs more than the rounding itself. The cast truncates toward zero; below 2^53
// the remainder is exact, and above it every double is a whole number.
inline int64_t RoundToInt64(double value) {
  const auto whole = static_cast<int64_t>(value);
  const double rest = value - static_cast<double>(whole);
  return whole + (rest >= 0.5 ? 1 : 0) - (rest <= -0.5 ? 1 : 0);
}

}  // namespace ecomgen
