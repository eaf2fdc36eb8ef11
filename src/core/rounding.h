// Rounding to the nearest integer, halves away from zero, without a libm call.
//
// Thread safety: pure functions.
#pragma once

#include <cmath>
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

// std::round, inline (without SSE4.1 the compiler calls libm for it): halves away from
// zero, and the sign of the value kept, -0.0 included. Below 2^52 the truncation and the
// remainder are exact; from there on every double is whole, and infinities and NaN pass
// through as std::round leaves them.
inline double RoundHalfAway(double value) {
  if (!(std::fabs(value) < 0x1p52)) return value;
  const auto whole = static_cast<double>(static_cast<int64_t>(value));
  const double rest = value - whole;
  const double rounded = whole + (rest >= 0.5 ? 1.0 : 0.0) - (rest <= -0.5 ? 1.0 : 0.0);
  return std::copysign(rounded, value);
}

}  // namespace ecomgen
