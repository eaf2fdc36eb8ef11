#include "validate/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "validate/csv_table_source.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {
namespace {

std::vector<std::vector<std::string>> ReadAll(std::string text, Status* status = nullptr) {
  auto reader = CsvReader::FromString(std::move(text), "t.csv");
  std::vector<std::vector<std::string>> records;
  std::vector<std::string_view> fields;
  while (reader->Next(fields)) records.emplace_back(fields.begin(), fields.end());
  if (status != nullptr) *status = reader->status();
  return records;
}

using Records = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, PlainFieldsAndEmptyFields) {
  EXPECT_EQ(ReadAll("a,b,c\n1,,3\n,,\n"), (Records{{"a", "b", "c"}, {"1", "", "3"}, {"", "", ""}}));
}

TEST(CsvReaderTest, QuotedCommasQuotesAndNewlines) {
  EXPECT_EQ(ReadAll("\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\"\nx,\"\",y\n"),
            (Records{{"a,b", "say \"hi\"", "line1\nline2"}, {"x", "", "y"}}));
}

TEST(CsvReaderTest, LastRecordWithoutNewlineAndCrLf) {
  EXPECT_EQ(ReadAll("a,b\r\n1,2"), (Records{{"a", "b"}, {"1", "2"}}));
}

TEST(CsvReaderTest, LineNumbersCountEmbeddedNewlines) {
  auto reader = CsvReader::FromString("h\n\"x\ny\"\nz\n", "t.csv");
  std::vector<std::string_view> fields;
  ASSERT_TRUE(reader->Next(fields));
  EXPECT_EQ(reader->line(), 1);
  ASSERT_TRUE(reader->Next(fields));
  EXPECT_EQ(reader->line(), 2);
  ASSERT_TRUE(reader->Next(fields));
  EXPECT_EQ(reader->line(), 4);
  EXPECT_EQ(fields[0], "z");
}

TEST(CsvReaderTest, MalformedQuotingNamesTheLine) {
  Status status;
  ReadAll("a\n\"open\n", &status);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("t.csv:2: unterminated"), std::string::npos) << status.message();
  ReadAll("a\nb\"c\n", &status);
  EXPECT_NE(status.message().find("t.csv:2: quote inside"), std::string::npos) << status.message();
  ReadAll("a\n\"b\"c\n", &status);
  EXPECT_NE(status.message().find("t.csv:2: unexpected character"), std::string::npos);
}

TEST(CsvReaderTest, RecordsLargerThanTheBlockSurviveRefills) {
  // Through a real file so that the block buffer has to grow and refill.
  const std::string big(3 << 20, 'x');
  const std::string path = ::testing::TempDir() + "/csv_reader_big.csv";
  {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    ASSERT_NE(file, nullptr);
    const std::string text = "a,b\n\"" + big + "\",1\nq,\"2\n3\"\n";
    std::fwrite(text.data(), 1, text.size(), file);
    std::fclose(file);
  }
  Result<std::unique_ptr<CsvReader>> reader = CsvReader::Open(path);
  ASSERT_TRUE(reader);
  std::vector<std::string_view> fields;
  ASSERT_TRUE((*reader)->Next(fields));
  ASSERT_TRUE((*reader)->Next(fields));
  EXPECT_EQ(fields[0].size(), big.size());
  EXPECT_EQ(fields[1], "1");
  ASSERT_TRUE((*reader)->Next(fields));
  EXPECT_EQ(fields[1], "2\n3");
  EXPECT_EQ((*reader)->line(), 3);
  EXPECT_FALSE((*reader)->Next(fields));
  EXPECT_TRUE((*reader)->status().ok());
  std::remove(path.c_str());
}

TEST(CsvTableTest, ReadsRequestedColumnsByName) {
  auto reader = CsvReader::FromString(
      "id,ts,price,name,flag,kind\n1,2024-11-29T00:00:01Z,12.50,\"x,y\",true,web\n"
      "2,,0.05,z,false,Web\n",
      "orders.csv");
  const std::string_view vocabulary[] = {"web", "mobile_web"};
  const ColumnRequest columns[] = {{"kind", ValueKind::kCode, vocabulary},
                                   {"price", ValueKind::kCents},
                                   {"ts", ValueKind::kTimestamp},
                                   {"flag", ValueKind::kBool},
                                   {"missing", ValueKind::kInt}};
  Result<LoadedTable> table = ReadCsvTable(*reader, TableId::kOrders, columns);
  ASSERT_TRUE(table) << table.error().message();
  EXPECT_EQ(table->rows, 2);
  EXPECT_EQ(table->col("price").ints, (std::vector<int64_t>{1250, 5}));
  EXPECT_EQ(table->col("ts").null_count, 1);
  EXPECT_EQ(table->col("flag").ints, (std::vector<int64_t>{1, 0}));
  EXPECT_FALSE(table->col("missing").present);
  const LoadedColumn& kind = table->col("kind");
  EXPECT_EQ(kind.codes[0], 0);
  EXPECT_EQ(kind.code_text(1), "Web");
  EXPECT_EQ(kind.fixed_vocabulary_size, 2u);
}

TEST(CsvTableTest, UnparsableValueNamesFileAndLine) {
  auto reader = CsvReader::FromString("id,ts\n1,2024-11-29T00:00:01Z\n2,2024-13-01T00:00:00Z\n",
                                      "orders.csv");
  const ColumnRequest columns[] = {{"ts", ValueKind::kTimestamp}};
  Result<LoadedTable> table = ReadCsvTable(*reader, TableId::kOrders, columns);
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().message(),
            "orders.csv:3: column ts: cannot parse '2024-13-01T00:00:00Z' as a timestamp "
            "(YYYY-MM-DDTHH:MM:SSZ)");
}

TEST(CsvTableTest, WrongFieldCountNamesTheLine) {
  auto reader = CsvReader::FromString("a,b\n1,2\n3\n", "x.csv");
  const ColumnRequest columns[] = {{"a", ValueKind::kInt}};
  Result<LoadedTable> table = ReadCsvTable(*reader, TableId::kOrders, columns);
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().message(), "x.csv:3: expected 2 fields, found 1");
}

TEST(ValueParseTest, Integers) {
  int64_t value = 0;
  EXPECT_TRUE(ParseInt64("-42", &value));
  EXPECT_EQ(value, -42);
  EXPECT_FALSE(ParseInt64("+1", &value));
  EXPECT_FALSE(ParseInt64("1.0", &value));
  EXPECT_FALSE(ParseInt64(" 1", &value));
  EXPECT_FALSE(ParseInt64("99999999999999999999", &value));
}

TEST(ValueParseTest, FixedPointIsExact) {
  int64_t value = 0;
  EXPECT_TRUE(ParseCents("1234.50", &value));
  EXPECT_EQ(value, 123450);
  EXPECT_TRUE(ParseCents("7", &value));
  EXPECT_EQ(value, 700);
  EXPECT_TRUE(ParseCents("-0.05", &value));
  EXPECT_EQ(value, -5);
  EXPECT_TRUE(ParseCents("1.500", &value));  // extra zero digits are fine
  EXPECT_EQ(value, 150);
  EXPECT_FALSE(ParseCents("1.505", &value));
  EXPECT_FALSE(ParseCents("1.", &value));
  EXPECT_FALSE(ParseCents(".5", &value));
  EXPECT_FALSE(ParseCents("1e3", &value));
  EXPECT_TRUE(ParsePercentMicro("12.5", &value));
  EXPECT_EQ(value, 12'500'000);
}

TEST(ValueParseTest, TimestampsAndDates) {
  int64_t value = 0;
  EXPECT_TRUE(ParseTimestampUs("1970-01-01T00:00:01Z", &value));
  EXPECT_EQ(value, 1'000'000);
  EXPECT_TRUE(ParseTimestampUs("2024-11-29T14:03:27Z", &value));
  EXPECT_EQ(value, int64_t{1'732'889'007} * 1'000'000);
  EXPECT_EQ(FormatTimestampUs(value), "2024-11-29T14:03:27Z");
  EXPECT_TRUE(ParseTimestampUs("2024-11-29T14:03:27.25Z", &value));
  EXPECT_EQ(value % 1'000'000, 250'000);
  EXPECT_FALSE(ParseTimestampUs("2024-11-29 14:03:27Z", &value));
  EXPECT_FALSE(ParseTimestampUs("2024-11-29T14:03:27", &value));
  EXPECT_FALSE(ParseTimestampUs("2023-02-29T00:00:00Z", &value));
  EXPECT_TRUE(ParseDateDays("2024-02-29", &value));
  EXPECT_EQ(value, 19'782);
  EXPECT_FALSE(ParseDateDays("2024-2-29", &value));
  EXPECT_EQ(FormatTimestampUs(-1), "1969-12-31T23:59:59Z");
}

TEST(ValueParseTest, BoolsAndCents) {
  bool flag = false;
  EXPECT_TRUE(ParseBool("true", &flag));
  EXPECT_TRUE(flag);
  EXPECT_FALSE(ParseBool("TRUE", &flag));
  EXPECT_EQ(FormatCents(-1205), "-12.05");
  EXPECT_EQ(FormatCents(7), "0.07");
}

}  // namespace
}  // namespace ecomgen::validate
