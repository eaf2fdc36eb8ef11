#include "config/time_parse.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <string>

#include "core/iso_timestamp.h"
#include "ecomgen/config.h"

namespace ecomgen {
namespace {

struct GoodDuration {
  const char* text;
  int64_t micros;
  const char* formatted;
};

constexpr GoodDuration kGoodDurations[] = {
    {"30s", 30 * kMicrosPerSecond, "30s"}, {"90m", 90 * kMicrosPerMinute, "90m"},
    {"8h", 8 * kMicrosPerHour, "8h"},      {"14d", 14 * kMicrosPerDay, "14d"},
    {"2w", 14 * kMicrosPerDay, "14d"},     {"1.5h", 90 * kMicrosPerMinute, "90m"},
    {"0.5d", 12 * kMicrosPerHour, "12h"},  {"24h", kMicrosPerDay, "1d"},
    {"60m", kMicrosPerHour, "1h"},         {"007d", 7 * kMicrosPerDay, "7d"},
    {"2.000h", 2 * kMicrosPerHour, "2h"},  {"0.000001s", 1, "0.000001s"},
    {"1.25s", 1'250'000, "1.25s"},         {"36525d", kMaxDurationUs, "36525d"},
};

TEST(ParseDurationTest, AcceptsNumbersWithUnits) {
  for (const GoodDuration& good : kGoodDurations) {
    const Result<int64_t> parsed = ParseDuration(good.text);
    ASSERT_TRUE(parsed.has_value()) << good.text << ": " << parsed.error().message();
    EXPECT_EQ(*parsed, good.micros) << good.text;
    EXPECT_EQ(FormatDuration(good.micros), good.formatted) << good.text;
  }
}

struct BadDuration {
  const char* text;
  const char* message_part;
};

constexpr BadDuration kBadDurations[] = {
    {"", "expected a duration such as 90m"},
    {"8x", "unknown duration unit \"x\" in \"8x\""},
    {"-3h", "must be positive"},
    {"0h", "must be positive"},
    {"0.0s", "must be positive"},
    {"1e999d", "expected a duration"},
    {"90", "has no unit"},
    {"h", "expected a duration"},
    {".5h", "expected a duration"},
    {"5.h", "expected a duration"},
    {"+3h", "expected a duration"},
    {" 3h", "expected a duration"},
    {"3h ", "expected a duration"},
    {"3 h", "expected a duration"},
    {"3hh", "expected a duration"},
    {"3H", "unknown duration unit \"H\""},
    {"36526d", "longer than the maximum of 36525d"},
    {"99999999999999999999999w", "longer than the maximum"},
    {"0.0000001s", "not a whole number of microseconds"},
    {"abc", "expected a duration"},
    {"1,5h", "expected a duration"},
};

TEST(ParseDurationTest, RejectsBadText) {
  for (const BadDuration& bad : kBadDurations) {
    const Result<int64_t> parsed = ParseDuration(bad.text);
    ASSERT_FALSE(parsed.has_value()) << bad.text;
    EXPECT_EQ(parsed.error().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(parsed.error().message().find(bad.message_part), std::string::npos)
        << bad.text << ": " << parsed.error().message();
  }
}

TEST(FormatDurationTest, IsTotal) {
  EXPECT_EQ(FormatDuration(0), "0s");
  EXPECT_EQ(FormatDuration(-3 * kMicrosPerHour), "-3h");
  EXPECT_EQ(FormatDuration(INT64_MIN), "-9223372036854.775808s");
}

TEST(ParseUtcTimestampTest, AcceptsIsoUtc) {
  constexpr int64_t kBlackFriday = int64_t{1'732'838'400} * kMicrosPerSecond;
  const struct {
    const char* text;
    int64_t micros;
  } kGood[] = {
      {"2024-11-29T00:00:00Z", kBlackFriday},
      {"2024-11-29", kBlackFriday},
      {"2024-11-29T00:00:00+00:00", kBlackFriday},
      {"2024-11-29T14:03:27Z", kBlackFriday + (14 * 3600 + 3 * 60 + 27) * kMicrosPerSecond},
      {"2024-11-29T00:00:00.5Z", kBlackFriday + 500'000},
      {"2024-11-29T00:00:00.000001Z", kBlackFriday + 1},
      {"1970-01-01T00:00:00Z", 0},
      {"2024-02-29T23:59:59Z", int64_t{1'709'251'199} * kMicrosPerSecond},
      {"9999-12-31T23:59:59.999999Z", kMaxTimestampUs},
  };
  for (const auto& good : kGood) {
    const Result<int64_t> parsed = ParseUtcTimestamp(good.text);
    ASSERT_TRUE(parsed.has_value()) << good.text << ": " << parsed.error().message();
    EXPECT_EQ(*parsed, good.micros) << good.text;
  }
  EXPECT_EQ(FormatUtcTimestamp(kBlackFriday), "2024-11-29T00:00:00Z");
  EXPECT_EQ(FormatUtcTimestamp(kBlackFriday + 250'000), "2024-11-29T00:00:00.25Z");
}

TEST(ParseUtcTimestampTest, RejectsBadText) {
  const struct {
    const char* text;
    const char* message_part;
  } kBad[] = {
      {"", "expected a UTC timestamp"},
      {"yesterday", "expected a UTC timestamp"},
      {"2024-11-29T00:00:00+05:30",
       "has the UTC offset +05:30; write the instant in UTC with Z (2024-11-28T18:30:00Z)"},
      {"2024-11-29T00:00:00-08:00", "UTC offset -08:00"},
      {"2024-11-29T00:00:00", "has no time zone"},
      {"2024-02-30T00:00:00Z", "2024-02 has only 29 days"},
      {"2023-02-29", "2023-02 has only 28 days"},
      {"2024-13-01T00:00:00Z", "there is no month 13"},
      {"2024-00-10", "there is no month 0"},
      {"1969-12-31T23:59:59Z", "the year must be 1970..9999"},
      {"2024-11-29T24:00:00Z", "time of day"},
      {"2024-11-29T23:60:00Z", "time of day"},
      {"2024-11-29T23:59:60Z", "time of day"},
      {"2024-11-29 00:00:00Z", "expected a UTC timestamp"},
      {"2024-11-29t00:00:00z", "expected a UTC timestamp"},
      {"2024-11-29T00:00Z", "expected a UTC timestamp"},
      {"2024-11-29T00:00:00.Z", "1 to 6 fractional-second digits"},
      {"2024-11-29T00:00:00.1234567Z", "1 to 6 fractional-second digits"},
      {"2024-11-29T00:00:00ZZ", "expected a UTC timestamp"},
      {"24-11-29", "expected a UTC timestamp"},
      {"12024-11-29", "expected a UTC timestamp"},
      {"2024-1-29", "expected a UTC timestamp"},
  };
  for (const auto& bad : kBad) {
    const Result<int64_t> parsed = ParseUtcTimestamp(bad.text);
    ASSERT_FALSE(parsed.has_value()) << bad.text;
    EXPECT_NE(parsed.error().message().find(bad.message_part), std::string::npos)
        << bad.text << ": " << parsed.error().message();
  }
}

RC_GTEST_PROP(TimestampProperty, FormatThenParseIsIdentity, ()) {
  const int64_t ts_us = *rc::gen::inRange<int64_t>(0, kMaxTimestampUs + 1);
  const std::string text = FormatUtcTimestamp(ts_us);
  const Result<int64_t> parsed = ParseUtcTimestamp(text);
  RC_ASSERT(parsed.has_value());
  RC_ASSERT(*parsed == ts_us);
}

RC_GTEST_PROP(TimestampProperty, WholeSecondsFormatLikeTheContract, ()) {
  const int64_t seconds = *rc::gen::inRange<int64_t>(0, kMaxTimestampUs / kMicrosPerSecond + 1);
  const std::string text = FormatUtcTimestamp(seconds * kMicrosPerSecond);
  RC_ASSERT(text.size() == 20U);  // YYYY-MM-DDTHH:MM:SSZ
  RC_ASSERT(text.back() == 'Z');
}

// The config reader and the validator's reader (core/iso_timestamp.h) agree on every text in
// the form ecomgen writes, within the config's years.
TEST(ParseUtcTimestampTest, AgreesWithTheStrictReader) {
  for (const char* text :
       {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999Z", "2024-11-29T14:03:27.25Z",
        "9999-12-31T23:59:59Z", "2100-02-29T00:00:00Z", "2024-11-29T24:00:00Z",
        "2024-11-29T14:03:27.Z", "1969-12-31T23:59:59Z", "2024-11-29"}) {
    int64_t strict = 0;
    const bool strict_ok = ParseIsoTimestamp(text, &strict);
    const Result<int64_t> parsed = ParseUtcTimestamp(text);
    if (strict_ok && strict >= 0) {
      ASSERT_TRUE(parsed.has_value()) << text;
      EXPECT_EQ(*parsed, strict) << text;
    } else if (std::string_view(text).size() > 10) {
      EXPECT_FALSE(parsed.has_value()) << text;
    }
  }
}

RC_GTEST_PROP(DurationProperty, FormatThenParseIsIdentity, ()) {
  const int64_t duration_us = *rc::gen::inRange<int64_t>(1, kMaxDurationUs + 1);
  const Result<int64_t> parsed = ParseDuration(FormatDuration(duration_us));
  RC_ASSERT(parsed.has_value());
  RC_ASSERT(*parsed == duration_us);
}

}  // namespace
}  // namespace ecomgen
