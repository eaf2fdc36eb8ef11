// The high 64 bits of a 64x64-bit product: maps a random word onto [0, n) without division.
#pragma once

#include <cstdint>

namespace ecomgen {

// `__extension__` keeps -Wpedantic quiet about the GCC/Clang 128-bit integer.
__extension__ using Uint128 = unsigned __int128;

inline uint64_t MulHigh(uint64_t a, uint64_t b) {
  return static_cast<uint64_t>((static_cast<Uint128>(a) * b) >> 64);
}

}  // namespace ecomgen
