#include "sinks/parquet/thrift_compact_writer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "readers/parquet/thrift_compact_reader.h"

namespace ecomgen::parquet {
namespace {

std::vector<int> Bytes(const std::string& data) {
  std::vector<int> bytes;
  for (const char byte : data) bytes.push_back(static_cast<uint8_t>(byte));
  return bytes;
}

std::string Varint(uint64_t value) {
  std::string out;
  AppendVarint(value, out);
  return out;
}

TEST(ThriftCompactWriterTest, VarintsUseSevenBitsPerByteLowFirst) {
  EXPECT_EQ(Bytes(Varint(0)), (std::vector<int>{0x00}));
  EXPECT_EQ(Bytes(Varint(1)), (std::vector<int>{0x01}));
  EXPECT_EQ(Bytes(Varint(127)), (std::vector<int>{0x7F}));
  EXPECT_EQ(Bytes(Varint(128)), (std::vector<int>{0x80, 0x01}));
  EXPECT_EQ(Bytes(Varint(300)), (std::vector<int>{0xAC, 0x02}));
  EXPECT_EQ(Varint(std::numeric_limits<uint64_t>::max()).size(), 10U);
}

TEST(ThriftCompactWriterTest, ZigZagInterleavesSigns) {
  EXPECT_EQ(ZigZagEncode(0), 0U);
  EXPECT_EQ(ZigZagEncode(-1), 1U);
  EXPECT_EQ(ZigZagEncode(1), 2U);
  EXPECT_EQ(ZigZagEncode(-2), 3U);
  EXPECT_EQ(ZigZagEncode(std::numeric_limits<int64_t>::max()),
            std::numeric_limits<uint64_t>::max() - 1);
  EXPECT_EQ(ZigZagEncode(std::numeric_limits<int64_t>::min()),
            std::numeric_limits<uint64_t>::max());
  for (const int64_t value :
       {int64_t{0}, int64_t{-1}, int64_t{5}, int64_t{-123456789},
        std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
    EXPECT_EQ(ZigZagDecode(ZigZagEncode(value)), value);
  }
}

TEST(ThriftCompactWriterTest, FieldHeadersUseDeltasUpToFifteen) {
  std::string out;
  ThriftCompactWriter writer(out);
  writer.BeginStruct();
  writer.FieldI32(1, 3);         // delta 1, type i32 (5): 0x15, zigzag(3) = 6
  writer.FieldI64(4, -1);        // delta 3, type i64 (6): 0x36, zigzag(-1) = 1
  writer.FieldBool(5, true);     // delta 1, type true (1): 0x11
  writer.FieldBool(6, false);    // delta 1, type false (2): 0x12
  writer.FieldI32(22, 0);        // delta 16: type byte 0x05, then zigzag(22) = 44 = 0x2C
  writer.FieldBinary(23, "ab");  // delta 1, binary (8): 0x18, length 2, bytes
  writer.EndStruct();
  EXPECT_EQ(Bytes(out), (std::vector<int>{0x15, 0x06, 0x36, 0x01, 0x11, 0x12, 0x05, 0x2C, 0x00,
                                          0x18, 0x02, 'a', 'b', 0x00}));
}

TEST(ThriftCompactWriterTest, NestedStructsRestartFieldDeltas) {
  std::string out;
  ThriftCompactWriter writer(out);
  writer.BeginStruct();
  writer.FieldI32(2, 1);        // 0x25 0x02
  writer.FieldStructBegin(8);   // delta 6, struct (12): 0x6C
  writer.FieldI32(1, 1);        // inner delta from 0: 0x15 0x02
  writer.EndStruct();           // 0x00
  writer.FieldI16(9, -2);       // outer delta from 8: 0x14 0x03
  writer.FieldEmptyStruct(10);  // 0x1C 0x00
  writer.EndStruct();
  EXPECT_EQ(Bytes(out),
            (std::vector<int>{0x25, 0x02, 0x6C, 0x15, 0x02, 0x00, 0x14, 0x03, 0x1C, 0x00, 0x00}));
}

TEST(ThriftCompactWriterTest, ListHeadersCarryShortSizesInline) {
  std::string out;
  ThriftCompactWriter writer(out);
  writer.BeginStruct();
  writer.FieldListBegin(1, CompactType::kI32, 2);  // 0x19, size 2 << 4 | 5 = 0x25
  writer.ListI32(0);
  writer.ListI32(-1);
  writer.FieldListBegin(2, CompactType::kBinary, 15);  // 0x19, 0xF8, varint 15
  for (int idx = 0; idx < 15; ++idx) writer.ListBinary("");
  writer.EndStruct();
  const std::vector<int> bytes = Bytes(out);
  ASSERT_EQ(bytes.size(), 2U + 2U + 3U + 15U + 1U);
  EXPECT_EQ(bytes[0], 0x19);
  EXPECT_EQ(bytes[1], 0x25);
  EXPECT_EQ(bytes[2], 0x00);
  EXPECT_EQ(bytes[3], 0x01);
  EXPECT_EQ(bytes[4], 0x19);
  EXPECT_EQ(bytes[5], 0xF8);
  EXPECT_EQ(bytes[6], 15);
}

TEST(ThriftCompactReaderTest, ReadsWhatTheWriterWrites) {
  std::string out;
  ThriftCompactWriter writer(out);
  writer.BeginStruct();
  writer.FieldI32(1, -7);
  writer.FieldStructBegin(3);
  writer.FieldI64(1, std::numeric_limits<int64_t>::min());
  writer.EndStruct();
  writer.FieldBool(4, true);
  writer.FieldListBegin(30, CompactType::kBinary, 1);
  writer.ListBinary("x");
  writer.FieldBinary(31, "name");
  writer.EndStruct();

  ThriftCompactReader reader(out);
  reader.BeginStruct();
  CompactType type = CompactType::kStop;
  int16_t id = 0;
  ASSERT_TRUE(reader.NextField(type, id));
  EXPECT_EQ(id, 1);
  EXPECT_EQ(reader.ReadI32(), -7);
  ASSERT_TRUE(reader.NextField(type, id));
  EXPECT_EQ(id, 3);
  reader.Skip(type);
  ASSERT_TRUE(reader.NextField(type, id));
  EXPECT_EQ(id, 4);
  EXPECT_TRUE(ThriftCompactReader::BoolOf(type));
  ASSERT_TRUE(reader.NextField(type, id));
  EXPECT_EQ(id, 30);
  reader.Skip(type);
  ASSERT_TRUE(reader.NextField(type, id));
  EXPECT_EQ(id, 31);
  EXPECT_EQ(reader.ReadBinary(), "name");
  EXPECT_FALSE(reader.NextField(type, id));
  EXPECT_TRUE(reader.status().ok());
  EXPECT_EQ(reader.position(), out.size());
}

TEST(ThriftCompactReaderTest, TruncatedDataIsAnErrorNotACrash) {
  std::string out;
  ThriftCompactWriter writer(out);
  writer.BeginStruct();
  writer.FieldBinary(1, "a long enough value");
  writer.EndStruct();
  for (size_t cut = 0; cut < out.size(); ++cut) {
    ThriftCompactReader reader(std::string_view(out).substr(0, cut));
    reader.BeginStruct();
    CompactType type = CompactType::kStop;
    int16_t id = 0;
    while (reader.NextField(type, id)) reader.Skip(type);
    EXPECT_FALSE(reader.status().ok()) << "cut at " << cut;
  }
}

}  // namespace
}  // namespace ecomgen::parquet
