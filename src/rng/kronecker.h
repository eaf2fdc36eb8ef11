// Helpers for Kronecker (additive low-discrepancy) sequences: point k of a sequence with step
// `alpha` and offset `offset` is FractionalPart(offset + k * alpha).
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

namespace ecomgen {

// The fractional part of a non-negative value below 2^63. Truncation equals floor there, and
// compiles to two instructions on any x86-64, where std::floor needs SSE4.1 or a libm call.
inline double FractionalPart(double value) {
  return value - static_cast<double>(static_cast<int64_t>(value));
}

}  // namespace ecomgen
