// Rounding to the nearest integer, halves away from zero, without a libm call.
//
// Thread safety: pure functions.
#pragma once

#include <cmath>
#include <cstdint>

namespace ecomgen {

// std::round, inline: without SSE4.1 the compiler calls libm for it, and in per-row code the
// call costs more than the rounding. Halves away from zero, and the sign of the value kept,
// -0.0 included. Below 2^52 the truncation and the remainder are exact; from there on every
// double is whole, and infinities and NaN pass through as std::round leaves them.
inline double RoundHalfAway(double value) {
  if (!(std::fabs(value) < 0x1p52)) return value;
  const auto whole = static_cast<double>(static_cast<int64_t>(value));
  const double rest = value - whole;
  const double rounded = whole + (rest >= 0.5 ? 1.0 : 0.0) - (rest <= -0.5 ? 1.0 : 0.0);
  return std::copysign(rounded, value);
}

// std::llround for finite values of magnitude below 2^63: the rounded value is whole, so the
// cast is exact.
inline int64_t RoundToInt64(double value) { return static_cast<int64_t>(RoundHalfAway(value)); }

}  // namespace ecomgen
