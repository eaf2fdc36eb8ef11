#include "core/rounding.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace ecomgen {
namespace {

TEST(RoundToInt64Test, AgreesWithLlround) {
  const double edges[] = {0.0,
                          -0.0,
                          0.5,
                          -0.5,
                          1.5,
                          2.5,
                          -2.5,
                          0.49999999999999994,
                          -0.49999999999999994,
                          std::nextafter(0.5, 1.0),
                          4503599627370495.5,  // 2^52 - 0.5
                          4503599627370497.0,  // 2^52 + 1
                          9007199254740993.0,  // rounds to 2^53 on parsing
                          -9.2233720368547748e18,
                          9.2233720368547748e18 / 2,
                          std::numeric_limits<double>::denorm_min(),
                          1e-300,
                          -7.4999999999999991};
  for (double value : edges) EXPECT_EQ(RoundToInt64(value), std::llround(value)) << value;
  // Dense sweeps around halves at several magnitudes.
  for (double scale : {1.0, 1e3, 1e9, 1e15}) {
    for (int step = -2000; step <= 2000; ++step) {
      const double value = scale + step * 0.25;
      ASSERT_EQ(RoundToInt64(value), std::llround(value)) << value;
      ASSERT_EQ(RoundToInt64(-value), std::llround(-value)) << -value;
      const double above = std::nextafter(value, 1e300);
      const double below = std::nextafter(value, -1e300);
      ASSERT_EQ(RoundToInt64(above), std::llround(above)) << above;
      ASSERT_EQ(RoundToInt64(below), std::llround(below)) << below;
    }
  }
}

// Bit for bit, so that -0.0 and 0.0 count as different.
bool SameBits(double a, double b) {
  return std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b);
}

TEST(RoundHalfAwayTest, AgreesWithRoundBitForBit) {
  const double edges[] = {0.0,
                          -0.0,
                          0.3,
                          -0.3,
                          0.5,
                          -0.5,
                          2.5,
                          -2.5,
                          0.49999999999999994,
                          -0.49999999999999994,
                          4503599627370495.5,  // 2^52 - 0.5
                          -4503599627370495.5,
                          4503599627370496.0,  // 2^52
                          9007199254740993.0,
                          1e300,
                          -1e300,
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity(),
                          std::numeric_limits<double>::denorm_min(),
                          -std::numeric_limits<double>::denorm_min()};
  for (double value : edges) {
    EXPECT_TRUE(SameBits(RoundHalfAway(value), std::round(value))) << value;
  }
  EXPECT_TRUE(std::isnan(RoundHalfAway(std::numeric_limits<double>::quiet_NaN())));
  // Values as RowWriter::Real scales them: around halves at several magnitudes.
  for (double scale : {1.0, 1e2, 1e6, 1e12}) {
    for (int step = -2000; step <= 2000; ++step) {
      const double value = scale + step * 0.25;
      for (double x : {value, -value, std::nextafter(value, 1e300), std::nextafter(value, -1e300),
                       step * 0.001}) {
        ASSERT_TRUE(SameBits(RoundHalfAway(x), std::round(x))) << x;
      }
    }
  }
}

}  // namespace
}  // namespace ecomgen
