#include "config/json_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace ecomgen {
namespace {

TEST(JsonLimitsTest, NestingUpToTheLimitPasses) {
  const std::string text = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(CheckJsonLimits(text, "a.json").ok());
}

TEST(JsonLimitsTest, OneLevelTooDeepNamesTheFileThePlaceAndTheDepth) {
  const std::string text = "\n  " + std::string(kMaxJsonDepth + 1, '[');
  const Status status = CheckJsonLimits(text, "deep.json");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "deep.json:2:67: JSON nested 65 levels deep; a config file may "
            "nest at most 64");
}

TEST(JsonLimitsTest, BracketsInsideStringsDoNotNest) {
  const std::string text =
      "{\"k\": \"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"}";
  EXPECT_TRUE(CheckJsonLimits(text, "a.json").ok());
}

TEST(JsonLimitsTest, ValuesAreCountedUpToTheLimit) {
  // An array of n items counts n: its bracket and n - 1 commas.
  std::string text = "[0";
  for (int64_t item_idx = 1; item_idx < kMaxJsonValues; ++item_idx) text += ",0";
  text += "]";
  EXPECT_TRUE(CheckJsonLimits(text, "a.json").ok());
  text.insert(1, "0,");
  EXPECT_FALSE(CheckJsonLimits(text, "a.json").ok());
}

TEST(JsonLimitsTest, TooManyValuesIsOneClearError) {
  std::string text = "{";
  for (int64_t key_idx = 0; key_idx < kMaxJsonValues + 1; ++key_idx) {
    text += "\"k" + std::to_string(key_idx) + "\": 1,";
  }
  text += "\"last\": 2}";
  const Status status = CheckJsonLimits(text, "many.json");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("many.json:1:"), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("more than 262144 JSON values"), std::string::npos)
      << status.message();
}

}  // namespace
}  // namespace ecomgen
