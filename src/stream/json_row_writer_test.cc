#include "stream/json_row_writer.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace ecomgen::stream {
namespace {

constexpr std::array<std::string_view, 2> kColours = {"red", "dark \"blue\""};

Schema TestSchema() {
  Schema schema;
  schema.table = TableId::kOrders;
  schema.columns = {{"id", ColumnType::kInt64},
                    {"rate", ColumnType::kDouble, true, 4},
                    {"paid", ColumnType::kBool},
                    {"amount", ColumnType::kDecimal},
                    {"at", ColumnType::kTimestamp, true},
                    {"day", ColumnType::kDate},
                    {"colour", ColumnType::kEnum, false, 0, kColours},
                    {"note", ColumnType::kString}};
  return schema;
}

TEST(JsonRowWriterTest, PrintsValuesLikeTheCsvWithJsonTypes) {
  const Schema schema = TestSchema();
  Batch batch(schema);
  batch.col(0).AppendInt(-7);
  batch.col(1).AppendDouble(0.25);
  batch.col(2).AppendInt(1);
  batch.col(3).AppendInt(123450);  // 1234.50
  batch.col(4).AppendInt(1732838607'000000);
  batch.col(5).AppendInt(20056);
  batch.col(6).AppendInt(1);
  batch.col(7).AppendString("a\\b\n\x01 é");
  batch.col(0).AppendInt(8);
  batch.col(1).AppendNull();
  batch.col(2).AppendInt(0);
  batch.col(3).AppendInt(-5);
  batch.col(4).AppendNull();
  batch.col(5).AppendInt(-1);
  batch.col(6).AppendInt(0);
  batch.col(7).AppendString("");
  JsonRowWriter writer(schema);
  std::string out;
  writer.AppendLine(batch, 0, 1732838607'000000, out);
  writer.AppendLine(batch, 1, 0, out);
  EXPECT_EQ(out,
            "{\"table\":\"orders\",\"ts\":\"2024-11-29T00:03:27Z\",\"row\":{\"id\":-7,"
            "\"rate\":0.2500,\"paid\":true,\"amount\":1234.50,\"at\":\"2024-11-29T00:03:27Z\","
            "\"day\":\"2024-11-29\",\"colour\":\"dark \\\"blue\\\"\","
            "\"note\":\"a\\\\b\\n\\u0001 é\"}}\n"
            "{\"table\":\"orders\",\"ts\":\"1970-01-01T00:00:00Z\",\"row\":{\"id\":8,"
            "\"rate\":null,\"paid\":false,\"amount\":-0.05,\"at\":null,\"day\":\"1969-12-31\","
            "\"colour\":\"red\",\"note\":\"\"}}\n");
}

TEST(JsonRowWriterTest, EscapesEveryControlByte) {
  std::string out;
  AppendJsonString(std::string_view("\t\r\b\f\x1f\"", 6), out);
  EXPECT_EQ(out, "\"\\t\\r\\b\\f\\u001f\\\"\"");
}

}  // namespace
}  // namespace ecomgen::stream
