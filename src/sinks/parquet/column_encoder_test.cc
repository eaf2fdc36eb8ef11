#include "sinks/parquet/column_encoder.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "sinks/parquet/dictionary_column_encoder.h"
#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {
namespace {

std::vector<int> Bytes(std::string_view data) {
  std::vector<int> bytes;
  for (const char byte : data) bytes.push_back(static_cast<uint8_t>(byte));
  return bytes;
}

struct Encoded {
  std::string bytes;
  ColumnStats stats;
  std::string min_value;
  std::string max_value;
  bool has_bounds = false;
};

Encoded EncodeAll(const ColumnSpec& spec, const Column& column) {
  const std::unique_ptr<ColumnEncoder> encoder = MakeColumnEncoder(spec);
  ColumnEncoderState state;
  Encoded result;
  encoder->EncodeValues(column, 0, column.size(), state, result.stats, result.bytes);
  result.has_bounds = encoder->StatsBounds(result.stats, result.min_value, result.max_value);
  return result;
}

TEST(ColumnEncoderTest, Int32IsFourBytesLittleEndianSkippingNulls) {
  const ColumnSpec spec{"d", ColumnType::kDate, true};
  Column column(spec);
  column.AppendInt(1);
  column.AppendNull();
  column.AppendInt(-2);
  const Encoded encoded = EncodeAll(spec, column);
  EXPECT_EQ(Bytes(encoded.bytes), (std::vector<int>{1, 0, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF}));
  ASSERT_TRUE(encoded.has_bounds);
  EXPECT_EQ(Bytes(encoded.min_value), (std::vector<int>{0xFE, 0xFF, 0xFF, 0xFF}));
  EXPECT_EQ(Bytes(encoded.max_value), (std::vector<int>{1, 0, 0, 0}));
}

TEST(ColumnEncoderTest, Int64KeepsExtremes) {
  const ColumnSpec spec{"cents", ColumnType::kDecimal};
  Column column(spec);
  column.AppendInt(std::numeric_limits<int64_t>::max());
  column.AppendInt(std::numeric_limits<int64_t>::min());
  const Encoded encoded = EncodeAll(spec, column);
  ASSERT_EQ(encoded.bytes.size(), 16U);
  EXPECT_EQ(LoadLittleEndian<int64_t>(encoded.bytes.data()), std::numeric_limits<int64_t>::max());
  EXPECT_EQ(LoadLittleEndian<int64_t>(encoded.min_value.data()),
            std::numeric_limits<int64_t>::min());
  EXPECT_EQ(LoadLittleEndian<int64_t>(encoded.max_value.data()),
            std::numeric_limits<int64_t>::max());
}

TEST(ColumnEncoderTest, BooleansAreBitPackedLeastSignificantFirst) {
  const ColumnSpec spec{"flag", ColumnType::kBool};
  Column column(spec);
  for (const int value : {1, 0, 1, 1, 0, 0, 0, 0, 1}) column.AppendInt(value);
  const Encoded encoded = EncodeAll(spec, column);
  EXPECT_EQ(Bytes(encoded.bytes), (std::vector<int>{0x0D, 0x01}));
  EXPECT_EQ(Bytes(encoded.min_value), (std::vector<int>{0}));
  EXPECT_EQ(Bytes(encoded.max_value), (std::vector<int>{1}));
}

TEST(ColumnEncoderTest, ByteArraysAreLengthPrefixedAndOrderedAsUnsignedBytes) {
  const ColumnSpec spec{"name", ColumnType::kString, true};
  Column column(spec);
  column.AppendString("b");
  column.AppendNull();
  column.AppendString("\xC3\xA9");  // U+00E9: its first byte is above every ASCII byte
  column.AppendString("");
  const Encoded encoded = EncodeAll(spec, column);
  EXPECT_EQ(Bytes(encoded.bytes),
            (std::vector<int>{1, 0, 0, 0, 'b', 2, 0, 0, 0, 0xC3, 0xA9, 0, 0, 0, 0}));
  EXPECT_EQ(encoded.min_value, "");
  EXPECT_EQ(encoded.max_value, "\xC3\xA9");
}

TEST(ColumnEncoderTest, DoubleBoundsSkipNanAndWidenZeros) {
  const ColumnSpec spec{"rate", ColumnType::kDouble};
  Column column(spec);
  column.AppendDouble(std::nan(""));
  column.AppendDouble(0.0);
  column.AppendDouble(-0.0);
  const Encoded encoded = EncodeAll(spec, column);
  EXPECT_EQ(encoded.bytes.size(), 24U);
  ASSERT_TRUE(encoded.has_bounds);
  const double min_bound = LoadLittleEndian<double>(encoded.min_value.data());
  const double max_bound = LoadLittleEndian<double>(encoded.max_value.data());
  EXPECT_TRUE(min_bound == 0.0 && std::signbit(min_bound));
  EXPECT_TRUE(max_bound == 0.0 && !std::signbit(max_bound));
}

TEST(ColumnEncoderTest, AllNullColumnHasNoBounds) {
  const ColumnSpec spec{"maybe", ColumnType::kInt64, true};
  Column column(spec);
  column.AppendNull();
  column.AppendNull();
  const Encoded encoded = EncodeAll(spec, column);
  EXPECT_TRUE(encoded.bytes.empty());
  EXPECT_FALSE(encoded.has_bounds);
}

constexpr std::array<std::string_view, 3> kChannels = {"web", "mobile_web", "mobile_app"};

TEST(DictionaryColumnEncoderTest, WritesBitWidthThenRleIndices) {
  const ColumnSpec spec{"channel", ColumnType::kEnum, false, 0, kChannels};
  DictionaryColumnEncoder encoder(spec.dictionary);
  EXPECT_EQ(encoder.bit_width(), 2);
  Column column(spec);
  for (int idx = 0; idx < 8; ++idx) column.AppendInt(2);
  column.AppendInt(0);
  column.AppendInt(1);
  ColumnEncoderState state;
  ColumnStats stats;
  std::string out;
  encoder.EncodeValues(column, 0, column.size(), state, stats, out);
  // Width byte 2; a run of eight 2s (0x10, 0x02); then 0,1 zero-padded to a group of eight
  // in a literal run of one group: (1 << 1) | 1, then bits 00 01 00 00 | 00 00 00 00.
  EXPECT_EQ(Bytes(out), (std::vector<int>{0x02, 0x10, 0x02, 0x03, 0x04, 0x00}));
  std::string min_value;
  std::string max_value;
  ASSERT_TRUE(encoder.StatsBounds(stats, min_value, max_value));
  EXPECT_EQ(min_value, "mobile_app");  // by text, not by index
  EXPECT_EQ(max_value, "web");
}

TEST(DictionaryColumnEncoderTest, DictionaryPageIsPlainByteArrays) {
  const ColumnSpec spec{"channel", ColumnType::kEnum, false, 0, kChannels};
  DictionaryColumnEncoder encoder(spec.dictionary);
  std::string page;
  encoder.EncodeDictionary(page);
  std::string expected;
  for (const std::string_view entry : kChannels) {
    AppendLittleEndian(static_cast<uint32_t>(entry.size()), expected);
    expected.append(entry);
  }
  EXPECT_EQ(page, expected);
  EXPECT_EQ(encoder.dictionary_size(), 3U);
}

TEST(DictionaryColumnEncoderTest, StatisticsMergeAcrossChunks) {
  const ColumnSpec spec{"channel", ColumnType::kEnum, true, 0, kChannels};
  DictionaryColumnEncoder encoder(spec.dictionary);
  Column first(spec);
  first.AppendInt(0);  // web
  Column second(spec);
  second.AppendNull();
  second.AppendInt(1);  // mobile_web
  ColumnEncoderState state;
  ColumnStats first_stats;
  ColumnStats second_stats;
  std::string out;
  encoder.EncodeValues(first, 0, first.size(), state, first_stats, out);
  encoder.EncodeValues(second, 0, second.size(), state, second_stats, out);
  second_stats.null_count = 1;
  ColumnStats merged;
  encoder.MergeStats(first_stats, merged);
  encoder.MergeStats(second_stats, merged);
  std::string min_value;
  std::string max_value;
  ASSERT_TRUE(encoder.StatsBounds(merged, min_value, max_value));
  EXPECT_EQ(min_value, "mobile_web");
  EXPECT_EQ(max_value, "web");
  EXPECT_EQ(merged.null_count, 1);
}

}  // namespace
}  // namespace ecomgen::parquet
