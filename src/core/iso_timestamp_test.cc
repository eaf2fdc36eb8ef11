#include "core/iso_timestamp.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cstdint>
#include <limits>

namespace ecomgen {
namespace {

constexpr int64_t kSecond = 1'000'000;

int64_t Parsed(std::string_view text) {
  int64_t ts = -42;
  EXPECT_TRUE(ParseIsoTimestamp(text, &ts)) << text;
  return ts;
}

bool Refused(std::string_view text) {
  int64_t ts = -42;
  return !ParseIsoTimestamp(text, &ts) && ts == -42;
}

TEST(IsoTimestampTest, ScanSplitsTheLayoutWithoutRangeChecks) {
  IsoTimestampFields fields;
  ASSERT_EQ(ScanIsoTimestamp("2024-11-29T14:03:27.25Z", &fields), IsoScanError::kNone);
  EXPECT_EQ(fields.time, (CivilDateTime{{2024, 11, 29}, 14, 3, 27, 250'000}));
  EXPECT_TRUE(fields.has_time);
  EXPECT_EQ(fields.fraction_digits, 2);
  EXPECT_EQ(fields.zone, "Z");

  ASSERT_EQ(ScanIsoTimestamp("2023-02-31", &fields), IsoScanError::kNone);  // no range check
  EXPECT_FALSE(fields.has_time);
  EXPECT_EQ(fields.time.date, (CivilDate{2023, 2, 31}));

  ASSERT_EQ(ScanIsoTimestamp("2024-01-01T25:61:61+05:30", &fields), IsoScanError::kNone);
  EXPECT_EQ(fields.time.hour, 25);
  EXPECT_EQ(fields.zone, "+05:30");
  ASSERT_EQ(ScanIsoTimestamp("2024-01-01T00:00:00", &fields), IsoScanError::kNone);
  EXPECT_EQ(fields.zone, "");

  for (std::string_view bad :
       {"", "2024", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T", "2024-01-01 00:00:00Z",
        "2024-01-01T00:00Z", "2024-01-01T0a:00:00Z", "+2024-01-01", "2024-01-01x"}) {
    EXPECT_EQ(ScanIsoTimestamp(bad, &fields), IsoScanError::kLayout) << bad;
  }
  for (std::string_view bad : {"2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.1234567Z"}) {
    EXPECT_EQ(ScanIsoTimestamp(bad, &fields), IsoScanError::kFractionDigits) << bad;
  }
}

TEST(IsoTimestampTest, ParsesTheWrittenFormAtTheEdges) {
  EXPECT_EQ(Parsed("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(Parsed("1970-01-01T00:00:01Z"), kSecond);
  EXPECT_EQ(Parsed("1969-12-31T23:59:59Z"), -kSecond);
  EXPECT_EQ(Parsed("1969-12-31T23:59:59.999999Z"), -1);
  EXPECT_EQ(Parsed("2024-11-29T00:00:00Z"), 1'732'838'400 * kSecond);
  EXPECT_EQ(Parsed("2024-11-29T14:03:27.5Z"),
            (1'732'838'400 + 14 * 3600 + 3 * 60 + 27) * kSecond + 500'000);
  // The first and last instants of four-digit years (values from Python's datetime).
  EXPECT_EQ(Parsed("0001-01-01T00:00:00Z"), -62'135'596'800 * kSecond);
  EXPECT_EQ(Parsed("0000-01-01T00:00:00Z"), (-62'135'596'800 - 366 * 86'400) * kSecond);
  EXPECT_EQ(Parsed("9999-12-31T23:59:59.999999Z"), 253'402'300'799'999'999);
  // Leap days: every fourth year, not centuries, but every fourth century (and year 0).
  for (std::string_view leap : {"2024-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
                                "2400-02-29T00:00:00Z", "0000-02-29T00:00:00Z"}) {
    int64_t ts = 0;
    EXPECT_TRUE(ParseIsoTimestamp(leap, &ts)) << leap;
  }
  for (std::string_view no_leap : {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z",
                                   "2100-02-29T00:00:00Z", "0100-02-29T00:00:00Z"}) {
    EXPECT_TRUE(Refused(no_leap)) << no_leap;
  }
}

TEST(IsoTimestampTest, RefusesAnythingButTheWrittenForm) {
  for (std::string_view bad :
       {"2024-11-29", "2024-11-29T14:03:27", "2024-11-29T14:03:27z", "2024-11-29T14:03:27+00:00",
        "2024-11-29T14:03:27ZZ", "2024-11-29T14:03:27.Z", "2024-11-29T14:03:27.1234567Z",
        "2024-11-29T24:00:00Z", "2024-11-29T23:60:00Z", "2024-11-29T23:59:60Z",
        "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z", "2024-04-31T00:00:00Z",
        "2024-11-00T00:00:00Z", " 2024-11-29T14:03:27Z", "2024-11-29T14:03:27Z "}) {
    EXPECT_TRUE(Refused(bad)) << bad;
  }
}

TEST(IsoTimestampTest, ParsesDates) {
  int64_t days = 0;
  EXPECT_TRUE(ParseIsoDate("1970-01-01", &days));
  EXPECT_EQ(days, 0);
  EXPECT_TRUE(ParseIsoDate("1955-11-30", &days));
  EXPECT_EQ(days, DaysFromCivil({1955, 11, 30}));
  EXPECT_TRUE(ParseIsoDate("0000-02-29", &days));
  EXPECT_EQ(days, DaysFromCivil({0, 2, 29}));
  for (std::string_view bad :
       {"1900-02-29", "2024-02-30", "2024-11-29T00:00:00Z", "2024-11-29 ", "20241129"}) {
    EXPECT_FALSE(ParseIsoDate(bad, &days)) << bad;
  }
}

TEST(IsoTimestampTest, FormatsEveryInt64) {
  EXPECT_EQ(FormatIsoTimestamp(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIsoTimestamp(-1), "1969-12-31T23:59:59.999999Z");
  EXPECT_EQ(FormatIsoTimestampSeconds(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatIsoTimestamp(1'732'838'400 * kSecond + 250'000), "2024-11-29T00:00:00.25Z");
  EXPECT_EQ(FormatIsoTimestampSeconds(1'732'838'400 * kSecond + 250'000), "2024-11-29T00:00:00Z");
  // The ends of int64 (by the same algorithm in Python's integers): no overflow on the way.
  EXPECT_EQ(FormatIsoTimestamp(std::numeric_limits<int64_t>::min()),
            "-290308-12-21T19:59:05.224192Z");
  EXPECT_EQ(FormatIsoTimestamp(std::numeric_limits<int64_t>::max()),
            "294247-01-10T04:00:54.775807Z");
  EXPECT_EQ(FormatIsoTimestampSeconds(std::numeric_limits<int64_t>::min()),
            "-290308-12-21T19:59:05Z");
}

// Every instant of years 0000..9999 formats to text that parses back to it.
RC_GTEST_PROP(IsoTimestampProperty, FormatParsesBack, ()) {
  const int64_t lo = MicrosFromCivil({{0, 1, 1}});
  const int64_t hi = MicrosFromCivil({{9999, 12, 31}, 23, 59, 59, 999'999});
  const int64_t ts = *rc::gen::inRange<int64_t>(lo, hi + 1);
  int64_t back = 0;
  RC_ASSERT(ParseIsoTimestamp(FormatIsoTimestamp(ts), &back));
  RC_ASSERT(back == ts);
  RC_ASSERT(ParseIsoTimestamp(FormatIsoTimestampSeconds(ts), &back));
  RC_ASSERT(back == ts - FloorMod(ts, kSecond));
}

}  // namespace
}  // namespace ecomgen
