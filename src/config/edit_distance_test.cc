#include "config/edit_distance.h"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

namespace ecomgen {
namespace {

TEST(EditDistanceTest, CountsEdits) {
  EXPECT_EQ(EditDistance("", ""), 0U);
  EXPECT_EQ(EditDistance("seed", "seed"), 0U);
  EXPECT_EQ(EditDistance("sed", "seed"), 1U);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3U);
  EXPECT_EQ(EditDistance("scael", "scale"), 1U);  // one swap
  EXPECT_EQ(EditDistance("", "abc"), 3U);
  EXPECT_EQ(EditDistance("abc", ""), 3U);
}

TEST(EditDistanceTest, ClosestMatchOnlyForNearMisses) {
  constexpr std::array<std::string_view, 4> kKeys = {"seed", "scale", "start", "duration"};
  EXPECT_EQ(ClosestMatch("sed", kKeys), "seed");
  EXPECT_EQ(ClosestMatch("scael", kKeys), "scale");
  EXPECT_EQ(ClosestMatch("duraton", kKeys), "duration");
  EXPECT_FALSE(ClosestMatch("zzz", kKeys).has_value());
  EXPECT_FALSE(ClosestMatch("intensity", kKeys).has_value());
  EXPECT_EQ(ClosestMatch("dura", kKeys), "duration");   // an abbreviation
  EXPECT_FALSE(ClosestMatch("du", kKeys).has_value());  // too short to be one
}

}  // namespace
}  // namespace ecomgen
