#include "core/rounding.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ecomgen
