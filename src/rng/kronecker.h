// Helpers for Kronecker (additive low-discrepancy) sequences: point k of a sequence with step
// `alpha` and offset `offset` is FractionalPart(offset + k * alpha).
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <cstdint>

namespace ecomgen {

// The fractional part of a non-negative value below 2^63. Truncation equals floor there, and
// compiles to two instructions on any x86-64, where std::floor needs SSE4.1 or a libm call.
inline double FractionalPart(double value) {
  return value - static_cast<double>(static_cast<int64_t>(value));
}

// Steps of a 7-dimensional Kronecker sequence: the powers 1/g^k of g, the real root of
// x^8 = x + 1 (Roberts' "R_d" sequence for d = 7). Its points spread evenly over the unit
// cube, so traits drawn from different coordinates of one customer's point are independent
// and each trait's counts are exact to a few customers. Customers use coordinates 0-3 for
// their preferences and the three named below for the rest.
inline constexpr std::array<double, 7> kR7 = {
    0.9115923534820549, 0.8310006189269519, 0.7575338099526643, 0.6905620286569770,
    0.6295110649287560, 0.5738574732213994, 0.5231240845771608};
inline constexpr size_t kR7PurchaseRate = 4;
inline constexpr size_t kR7Lifetime = 5;
inline constexpr size_t kR7Generation = 6;  // of customers signing up in the window

}  // namespace ecomgen
