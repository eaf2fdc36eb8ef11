#include "validate/line_total.h"

#include <gtest/gtest.h>

namespace ecomgen::validate {
namespace {

constexpr int64_t kPct = 1'000'000;  // one percent in millionths

TEST(LineTotalTest, ExactCases) {
  EXPECT_TRUE(LineTotalMatches(3, 1000, 12'500'000, 2625));
  EXPECT_TRUE(LineTotalMatches(1, 550, 10 * kPct, 495));
  EXPECT_FALSE(LineTotalMatches(1, 550, 10 * kPct, 496));
  EXPECT_TRUE(LineTotalMatches(2, 999, 0, 1998));
  EXPECT_TRUE(LineTotalMatches(1, 999, 100 * kPct, 0));
}

TEST(LineTotalTest, RoundsHalfAwayFromZeroAndAcceptsBothSidesOfATie) {
  // 1.10 * 0.85 = 0.935 exactly: a tie.
  const ExpectedLineTotal tie = ComputeLineTotal(1, 110, 15 * kPct);
  EXPECT_TRUE(tie.tie);
  EXPECT_EQ(tie.cents, 94);
  EXPECT_TRUE(LineTotalMatches(1, 110, 15 * kPct, 94));
  EXPECT_TRUE(LineTotalMatches(1, 110, 15 * kPct, 93));
  EXPECT_FALSE(LineTotalMatches(1, 110, 15 * kPct, 95));
  // 10.99 * 0.85 = 9.3415: no tie, only 9.34.
  EXPECT_FALSE(ComputeLineTotal(1, 1099, 15 * kPct).tie);
  EXPECT_TRUE(LineTotalMatches(1, 1099, 15 * kPct, 934));
  EXPECT_FALSE(LineTotalMatches(1, 1099, 15 * kPct, 935));
}

TEST(LineTotalTest, OverflowNeverMatches) {
  EXPECT_TRUE(ComputeLineTotal(INT64_MAX / 2, 1000, 0).overflow);
  EXPECT_FALSE(LineTotalMatches(INT64_MAX / 2, 1000, 0, 0));
}

}  // namespace
}  // namespace ecomgen::validate
