// Field-level tests of the CSV sink: each writer's exact text, and round trips of the
// formatters against slow references (CivilFromMicros, a cents parser).
#include "sinks/csv/csv_field_writer.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>
#include <string>

#include "core/civil_time.h"
#include "sinks/csv/csv_day_cache.h"

namespace ecomgen::csv {
namespace {

constexpr int64_t kMicrosPerSecond = 1'000'000;
constexpr int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;

// Runs a writer into a buffer with room for any field and returns its text.
template <typename WriteFn>
std::string Written(size_t room, WriteFn write) {
  std::string buffer(room + 64, '#');
  char* const end = write(buffer.data());
  buffer.resize(static_cast<size_t>(end - buffer.data()));
  return buffer;
}

std::string Int64Text(int64_t value) {
  return Written(kInt64Bytes, [&](char* p) { return WriteInt64(p, value); });
}
std::string DecimalText(int64_t cents) {
  return Written(kDecimalBytes, [&](char* p) { return WriteDecimal(p, cents); });
}
std::string DoubleText(double value, int decimals) {
  return Written(DoubleBytes(decimals), [&](char* p) { return WriteDouble(p, value, decimals); });
}
std::string StringText(std::string_view text) {
  return Written(StringFieldBytes(text.size()), [&](char* p) { return WriteStringField(p, text); });
}

// The slow reference: calendar fields from CivilFromMicros, printed with snprintf.
std::string ReferenceTimestamp(int64_t ts_us) {
  const CivilDateTime time = CivilFromMicros(ts_us);
  const int64_t year = time.date.year;
  char year_text[32];
  if (year >= 0 && year <= 9999) {
    std::snprintf(year_text, sizeof(year_text), "%04" PRId64, year);
  } else {
    std::snprintf(year_text, sizeof(year_text), "%c%04" PRIu64, year < 0 ? '-' : '+',
                  year < 0 ? 0 - static_cast<uint64_t>(year) : static_cast<uint64_t>(year));
  }
  char text[64];
  std::snprintf(text, sizeof(text), "%s-%02d-%02dT%02d:%02d:%02dZ", year_text, time.date.month,
                time.date.day, time.hour, time.minute, time.second);
  return text;
}

// The timestamp text as CsvChunkEncoder builds it: day prefix from the cache, then the time.
std::string TimestampText(CsvDayCache& cache, int64_t ts_us) {
  const int64_t second = FloorDiv(ts_us, kMicrosPerSecond);
  const int64_t day = FloorDiv(second, 86'400);
  return Written(CsvDayCache::kWriteBytes + kTimeOfDayBytes, [&](char* p) {
    p = cache.Write(p, day);
    return WriteTimeOfDay(p, static_cast<uint32_t>(FloorMod(second, 86'400)));
  });
}

std::string DateText(CsvDayCache& cache, int64_t day) {
  return Written(CsvDayCache::kWriteBytes, [&](char* p) { return cache.Write(p, day); });
}

// Parses "-12.34" back to cents; nullopt unless it is exactly an optional '-', digits
// without a leading zero (except "0"), '.', and two digits.
std::optional<int64_t> ParseCents(const std::string& text) {
  size_t pos = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++pos;
  const size_t point = text.find('.', pos);
  if (point == std::string::npos || point == pos || text.size() != point + 3) return std::nullopt;
  if (text[pos] == '0' && point != pos + 1) return std::nullopt;
  constexpr size_t kMaxDigits = 19;  // 19 digits always fit a uint64
  if (text.size() - pos - 1 > kMaxDigits) return std::nullopt;
  uint64_t magnitude = 0;
  for (size_t idx = pos; idx < text.size(); ++idx) {
    if (idx == point) continue;
    if (text[idx] < '0' || text[idx] > '9') return std::nullopt;
    magnitude = magnitude * 10 + static_cast<uint64_t>(text[idx] - '0');
  }
  if (negative && magnitude == 0) return std::nullopt;  // "-0.00" is never written
  constexpr uint64_t kMaxPositive = std::numeric_limits<int64_t>::max();
  if (magnitude > kMaxPositive + (negative ? 1 : 0)) return std::nullopt;
  if (!negative) return static_cast<int64_t>(magnitude);
  // -magnitude computed without overflow, INT64_MIN included.
  return static_cast<int64_t>(0 - magnitude);
}

// The reference for doubles: printf's exact rounding, then no "-0".
std::string ReferenceDouble(double value, int decimals) {
  std::string text(400, '\0');
  const int size = std::snprintf(text.data(), text.size(), "%.*f", decimals, value);
  text.resize(static_cast<size_t>(size));
  if (text[0] == '-' && text.find_first_not_of("0.", 1) == std::string::npos) text.erase(0, 1);
  return text;
}

TEST(CsvFieldWriterTest, Integers) {
  EXPECT_EQ(Int64Text(0), "0");
  EXPECT_EQ(Int64Text(-42), "-42");
  EXPECT_EQ(Int64Text(std::numeric_limits<int64_t>::max()), "9223372036854775807");
  EXPECT_EQ(Int64Text(std::numeric_limits<int64_t>::min()), "-9223372036854775808");
  // Every digit count, at both ends.
  for (uint64_t power = 1; power <= 1'000'000'000'000'000'000; power *= 10) {
    for (const uint64_t value : {power - 1, power, power + 1, 2 * power - 1}) {
      EXPECT_EQ(Int64Text(static_cast<int64_t>(value)), std::to_string(value));
      if (value == 0) continue;
      EXPECT_EQ(Int64Text(-static_cast<int64_t>(value)), "-" + std::to_string(value));
    }
  }
  const uint64_t max = std::numeric_limits<uint64_t>::max();
  EXPECT_EQ(Written(kInt64Bytes, [&](char* p) { return WriteUint64(p, max); }),
            std::to_string(max));
}

TEST(CsvFieldWriterTest, Booleans) {
  EXPECT_EQ(Written(kBoolBytes, [](char* p) { return WriteBool(p, true); }), "true");
  EXPECT_EQ(Written(kBoolBytes, [](char* p) { return WriteBool(p, false); }), "false");
}

TEST(CsvFieldWriterTest, DecimalsHaveExactlyTwoPlaces) {
  EXPECT_EQ(DecimalText(0), "0.00");
  EXPECT_EQ(DecimalText(5), "0.05");
  EXPECT_EQ(DecimalText(-5), "-0.05");
  EXPECT_EQ(DecimalText(-100), "-1.00");
  EXPECT_EQ(DecimalText(123450), "1234.50");
  EXPECT_EQ(DecimalText(-123456), "-1234.56");
  EXPECT_EQ(DecimalText(std::numeric_limits<int64_t>::max()), "92233720368547758.07");
  EXPECT_EQ(DecimalText(std::numeric_limits<int64_t>::min()), "-92233720368547758.08");
}

TEST(CsvFieldWriterTest, DoublesUseTheColumnDecimalsAndNeverNegativeZero) {
  EXPECT_EQ(DoubleText(1.5, 2), "1.50");
  EXPECT_EQ(DoubleText(-1.25, 2), "-1.25");
  EXPECT_EQ(DoubleText(3.0, 0), "3");
  EXPECT_EQ(DoubleText(0.1, 1), "0.1");
  EXPECT_EQ(DoubleText(0.0, 2), "0.00");
  EXPECT_EQ(DoubleText(-0.0, 2), "0.00");
  EXPECT_EQ(DoubleText(-0.0, 0), "0");
  EXPECT_EQ(DoubleText(-0.001, 2), "0.00");
  EXPECT_EQ(DoubleText(-0.4, 0), "0");
  EXPECT_EQ(DoubleText(-0.006, 2), "-0.01");
  EXPECT_EQ(DoubleText(0.125, 2), "0.12");  // exactly half-way: to even, like printf
  EXPECT_EQ(DoubleText(0.375, 2), "0.38");
  EXPECT_EQ(DoubleText(2.675, 2), "2.67");  // the double is just below 2.675
  EXPECT_EQ(DoubleText(1e20, 1), "100000000000000000000.0");
  EXPECT_EQ(DoubleText(123.456789, 6), "123.456789");
  EXPECT_EQ(DoubleText(-std::numeric_limits<double>::infinity(), 2), "-inf");
  EXPECT_EQ(DoubleText(-std::numeric_limits<double>::max(), 2).size(), 1 + 309 + 3U);
}

TEST(CsvFieldWriterTest, TimeOfDay) {
  EXPECT_EQ(Written(kTimeOfDayBytes, [](char* p) { return WriteTimeOfDay(p, 0); }), "00:00:00Z");
  EXPECT_EQ(Written(kTimeOfDayBytes, [](char* p) { return WriteTimeOfDay(p, 50'607); }),
            "14:03:27Z");
  EXPECT_EQ(Written(kTimeOfDayBytes, [](char* p) { return WriteTimeOfDay(p, 86'399); }),
            "23:59:59Z");
}

TEST(CsvFieldWriterTest, DayCacheFormatsDatesAndTimestampPrefixes) {
  CsvDayCache dates(false);
  CsvDayCache stamps(true);
  const int64_t day = DaysFromCivil({2024, 11, 29});
  EXPECT_EQ(DateText(dates, day), "2024-11-29");
  EXPECT_EQ(DateText(stamps, day), "2024-11-29T");
  EXPECT_EQ(DateText(dates, 0), "1970-01-01");
  EXPECT_EQ(DateText(dates, -1), "1969-12-31");
  EXPECT_EQ(DateText(dates, day), "2024-11-29");  // back to a day seen before
  EXPECT_EQ(DateText(dates, DaysFromCivil({999, 3, 1})), "0999-03-01");
  EXPECT_EQ(DateText(dates, DaysFromCivil({0, 2, 29})), "0000-02-29");
  EXPECT_EQ(DateText(dates, DaysFromCivil({-44, 3, 15})), "-0044-03-15");
  EXPECT_EQ(DateText(dates, DaysFromCivil({12345, 1, 1})), "+12345-01-01");
}

TEST(CsvFieldWriterTest, StringsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(StringText("plain text"), "plain text");
  EXPECT_EQ(StringText("a,b"), "\"a,b\"");
  EXPECT_EQ(StringText("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(StringText("\""), "\"\"\"\"");
  EXPECT_EQ(StringText("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(StringText("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(StringText("tab\tand ; semicolon 'single'"), "tab\tand ; semicolon 'single'");
  EXPECT_EQ(StringText("\xC3\xBCnic\xC3\xB6"
                       "de \xE2\x82\xAC"),
            "\xC3\xBCnic\xC3\xB6"
            "de \xE2\x82\xAC");
  EXPECT_EQ(StringText("\xE6\x97\xA5,\xE6\x9C\xAC"), "\"\xE6\x97\xA5,\xE6\x9C\xAC\"");
  EXPECT_EQ(StringText(""), "\"\"");  // an empty field would read as NULL
}

TEST(CsvFieldWriterTest, TimestampsAtTheEndsOfInt64MatchCivilFromMicros) {
  CsvDayCache cache(true);
  for (int64_t ts_us : {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
    EXPECT_EQ(TimestampText(cache, ts_us), ReferenceTimestamp(ts_us)) << ts_us;
  }
}

RC_GTEST_PROP(CsvFieldWriterProperty, TimestampsMatchCivilFromMicros, ()) {
  // Mostly instants the generators use (1900..2100), and some from the whole int64 range.
  const int64_t lo = MicrosFromCivil({{1900, 1, 1}});
  const int64_t hi = MicrosFromCivil({{2100, 1, 1}});
  const int kind = *rc::gen::inRange(0, 6);
  int64_t ts_us = 0;
  if (kind < 4) {
    ts_us = *rc::gen::inRange<int64_t>(lo, hi);
  } else if (kind == 4) {
    ts_us = *rc::gen::arbitrary<int64_t>();
  } else {  // next to a day boundary around the epoch
    ts_us = *rc::gen::inRange<int64_t>(-3, 4) * kMicrosPerDay + *rc::gen::inRange<int64_t>(-2, 3);
  }
  CsvDayCache cache(true);
  RC_ASSERT(TimestampText(cache, ts_us) == ReferenceTimestamp(ts_us));
  // And again through a cache that already holds a nearby day.
  if (ts_us < std::numeric_limits<int64_t>::max() - kMicrosPerDay) {
    const int64_t next_day_us = ts_us + kMicrosPerDay;
    RC_ASSERT(TimestampText(cache, next_day_us) == ReferenceTimestamp(next_day_us));
  }
}

RC_GTEST_PROP(CsvFieldWriterProperty, DoublesMatchPrintf, ()) {
  const int decimals = *rc::gen::inRange(0, 8);
  const double scale = std::pow(10.0, decimals);
  const int kind = *rc::gen::inRange(0, 4);
  double value = 0.0;
  if (kind == 0) {  // already rounded, as the generators make them
    value = static_cast<double>(*rc::gen::inRange<int64_t>(-1'000'000'000'000, 1'000'000'000'000)) /
            scale;
  } else if (kind == 1) {  // exactly half-way between two printed values
    value = (static_cast<double>(*rc::gen::inRange<int64_t>(-1'000'000, 1'000'000)) + 0.5) / scale;
  } else if (kind == 2) {  // small, often rounding to zero
    value = static_cast<double>(*rc::gen::inRange<int64_t>(-1'000, 1'000)) / scale / 1'000.0;
  } else {
    value = *rc::gen::arbitrary<double>();
    RC_PRE(std::isfinite(value));
  }
  RC_ASSERT(DoubleText(value, decimals) == ReferenceDouble(value, decimals));
}

RC_GTEST_PROP(CsvFieldWriterProperty, DecimalsParseBackToTheSameCents, (int64_t cents)) {
  const std::string text = DecimalText(cents);
  RC_ASSERT(ParseCents(text) == std::optional<int64_t>(cents));
}

RC_GTEST_PROP(CsvFieldWriterProperty, SmallDecimalsParseBack, ()) {
  const int64_t cents = *rc::gen::inRange<int64_t>(-100'000, 100'000);
  RC_ASSERT(ParseCents(DecimalText(cents)) == std::optional<int64_t>(cents));
}

RC_GTEST_PROP(CsvFieldWriterProperty, IntegersParseBack, (int64_t value)) {
  const std::string text = Int64Text(value);
  RC_ASSERT(std::to_string(value) == text);
}

}  // namespace
}  // namespace ecomgen::csv
