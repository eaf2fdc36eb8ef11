// Tests of the CSV format end to end: CsvChunkEncoder's exact bytes per column type,
// CsvTableWriter's header and error handling, MakeFormat's dispatch, and an RFC 4180 round
// trip through a small reference parser.
#include "sinks/csv/csv_format.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "batch/batch.h"
#include "batch/schema.h"
#include "core/civil_time.h"
#include "core/test_util.h"
#include "sinks/file/output_file.h"
#include "sinks/sink.h"

namespace ecomgen {
namespace {

constexpr int64_t kMicrosPerSecond = 1'000'000;
constexpr int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;

constexpr std::array<std::string_view, 5> kChannels = {
    "web", "mobile,app", "say \"hi\"", "",
    "a dictionary entry that is longer than thirty-two bytes"};

// A cell of a test row: NULL, an integer-stored value, a double or a string.
struct Cell {
  enum class Kind : uint8_t { kNull, kInt, kDouble, kString } kind = Kind::kNull;
  int64_t int_value = 0;
  double double_value = 0.0;
  std::string string_value;
};
Cell Null() { return {}; }
Cell Int(int64_t value) { return {Cell::Kind::kInt, value, 0.0, {}}; }
Cell Dbl(double value) { return {Cell::Kind::kDouble, 0, value, {}}; }
Cell Str(std::string value) { return {Cell::Kind::kString, 0, 0.0, std::move(value)}; }

Schema OneColumn(ColumnSpec spec) {
  Schema schema;
  schema.columns = {spec};
  return schema;
}

void AppendRow(Batch& batch, const std::vector<Cell>& row) {
  for (size_t col_idx = 0; col_idx < row.size(); ++col_idx) {
    Column& column = batch.col(col_idx);
    const Cell& cell = row[col_idx];
    switch (cell.kind) {
      case Cell::Kind::kNull:
        column.AppendNull();
        break;
      case Cell::Kind::kInt:
        column.AppendInt(cell.int_value);
        break;
      case Cell::Kind::kDouble:
        column.AppendDouble(cell.double_value);
        break;
      case Cell::Kind::kString:
        column.AppendString(cell.string_value);
        break;
    }
  }
}

// The CSV text of `rows` (no header), as one encoder call makes it.
std::string Encode(const Schema& schema, const std::vector<std::vector<Cell>>& rows) {
  Batch batch(schema);
  for (const std::vector<Cell>& row : rows) AppendRow(batch, row);
  const std::unique_ptr<ChunkEncoder> encoder = MakeCsvFormat()->NewEncoder(schema);
  EncodedChunk chunk;
  encoder->Encode(batch, chunk);
  EXPECT_EQ(chunk.rows, static_cast<int64_t>(rows.size()));
  return chunk.bytes;
}

// Encodes a one-column table with one row per cell.
std::string EncodeColumn(const ColumnSpec& spec, const std::vector<Cell>& cells) {
  std::vector<std::vector<Cell>> rows;
  rows.reserve(cells.size());
  for (const Cell& cell : cells) rows.push_back({cell});
  return Encode(OneColumn(spec), rows);
}

int64_t Micros(int64_t year, int month, int day, int hour, int minute, int second, int micros) {
  return MicrosFromCivil({{year, month, day}, hour, minute, second, micros});
}

TEST(CsvFormatTest, MakeFormatDispatchesOnTheOption) {
  FormatOptions options;
  options.format = OutputFormat::kCsv;
  EXPECT_EQ(MakeFormat(options)->extension(), "csv");
  options.format = OutputFormat::kParquet;
  EXPECT_EQ(MakeFormat(options)->extension(), "parquet");
  EXPECT_EQ(MakeCsvFormat()->extension(), "csv");
}

TEST(CsvFormatTest, IntegersAndNulls) {
  EXPECT_EQ(EncodeColumn({"id", ColumnType::kInt64, true},
                         {Int(1), Int(-7), Null(), Int(std::numeric_limits<int64_t>::max()),
                          Int(std::numeric_limits<int64_t>::min())}),
            "1\n-7\n\n9223372036854775807\n-9223372036854775808\n");
  EXPECT_EQ(
      EncodeColumn({"qty", ColumnType::kInt32}, {Int(std::numeric_limits<int32_t>::min()), Int(0)}),
      "-2147483648\n0\n");
}

TEST(CsvFormatTest, Booleans) {
  EXPECT_EQ(EncodeColumn({"flag", ColumnType::kBool, true}, {Int(1), Int(0), Null()}),
            "true\nfalse\n\n");
}

TEST(CsvFormatTest, DecimalsIncludingNegatives) {
  EXPECT_EQ(EncodeColumn({"amount", ColumnType::kDecimal, true},
                         {Int(123450), Int(-5), Int(0), Null(), Int(-100), Int(99)}),
            "1234.50\n-0.05\n0.00\n\n-1.00\n0.99\n");
}

TEST(CsvFormatTest, DoublesWithTheColumnDecimals) {
  EXPECT_EQ(EncodeColumn({"rate", ColumnType::kDouble, true, 2},
                         {Dbl(1.5), Dbl(-0.0), Null(), Dbl(-2.25), Dbl(1234567.89)}),
            "1.50\n0.00\n\n-2.25\n1234567.89\n");
  EXPECT_EQ(EncodeColumn({"score", ColumnType::kDouble, false, 0}, {Dbl(3.0), Dbl(-0.0)}),
            "3\n0\n");
}

TEST(CsvFormatTest, TimestampsAtDayBoundariesAndBefore1970) {
  const int64_t day_end = kMicrosPerDay - 1;
  EXPECT_EQ(EncodeColumn(
                {"ts", ColumnType::kTimestamp, true},
                {Int(0), Int(-1), Int(-kMicrosPerSecond), Int(-kMicrosPerSecond - 1), Null(),
                 Int(day_end), Int(kMicrosPerDay), Int(-kMicrosPerDay), Int(-kMicrosPerDay - 1)}),
            "1970-01-01T00:00:00Z\n1969-12-31T23:59:59Z\n1969-12-31T23:59:59Z\n"
            "1969-12-31T23:59:58Z\n\n1970-01-01T23:59:59Z\n1970-01-02T00:00:00Z\n"
            "1969-12-31T00:00:00Z\n1969-12-30T23:59:59Z\n");
  EXPECT_EQ(
      EncodeColumn(
          {"ts", ColumnType::kTimestamp},
          {Int(Micros(2024, 11, 29, 14, 3, 27, 999'999)), Int(Micros(2024, 2, 29, 23, 59, 59, 0)),
           Int(Micros(2024, 11, 29, 0, 0, 0, 0)), Int(Micros(1900, 1, 1, 12, 0, 0, 1))}),
      "2024-11-29T14:03:27Z\n2024-02-29T23:59:59Z\n2024-11-29T00:00:00Z\n"
      "1900-01-01T12:00:00Z\n");
}

TEST(CsvFormatTest, Dates) {
  EXPECT_EQ(EncodeColumn({"d", ColumnType::kDate, true},
                         {Int(0), Int(-1), Null(), Int(DaysFromCivil({2024, 2, 29})),
                          Int(DaysFromCivil({2000, 12, 31})), Int(0)}),
            "1970-01-01\n1969-12-31\n\n2024-02-29\n2000-12-31\n1970-01-01\n");
}

TEST(CsvFormatTest, EnumsPrintTheirEntryQuotedLikeStrings) {
  EXPECT_EQ(EncodeColumn({"channel", ColumnType::kEnum, true, 0, kChannels},
                         {Int(0), Int(1), Null(), Int(2), Int(3), Int(4), Int(0)}),
            "web\n\"mobile,app\"\n\n\"say \"\"hi\"\"\"\n\"\"\n"
            "a dictionary entry that is longer than thirty-two bytes\nweb\n");
}

TEST(CsvFormatTest, StringsQuotedOnlyWhenNeeded) {
  EXPECT_EQ(EncodeColumn({"name", ColumnType::kString, true},
                         {Str("plain"), Str("with,comma"), Str("with \"quotes\""),
                          Str("line\nbreak"), Str("cr\rhere"), Str("crlf\r\n"),
                          Str("\xC3\xBCnic\xC3\xB6"
                              "de \xE2\x82\xAC"),
                          Str(""), Null(), Str("tab\tand ; semicolon")}),
            "plain\n\"with,comma\"\n\"with \"\"quotes\"\"\"\n\"line\nbreak\"\n\"cr\rhere\"\n"
            "\"crlf\r\n\"\n\xC3\xBCnic\xC3\xB6"
            "de \xE2\x82\xAC\n\"\"\n\ntab\tand ; semicolon\n");
}

TEST(CsvFormatTest, RowsSeparateCellsWithCommas) {
  Schema schema;
  schema.columns = {{"id", ColumnType::kInt64},
                    {"name", ColumnType::kString, true},
                    {"amount", ColumnType::kDecimal, true},
                    {"ts", ColumnType::kTimestamp, true},
                    {"ok", ColumnType::kBool, true}};
  const int64_t ts = Micros(2024, 11, 29, 14, 3, 27, 0);
  EXPECT_EQ(Encode(schema, {{Int(1), Str("a,b"), Int(1999), Int(ts), Int(1)},
                            {Int(2), Null(), Null(), Null(), Null()},
                            {Int(3), Str("c"), Int(-1), Int(ts + kMicrosPerDay), Int(0)}}),
            "1,\"a,b\",19.99,2024-11-29T14:03:27Z,true\n"
            "2,,,,\n"
            "3,c,-0.01,2024-11-30T14:03:27Z,false\n");
}

TEST(CsvFormatTest, EncodingReplacesTheChunkAndGrowsPastTheEstimate) {
  Schema schema;
  schema.columns = {{"id", ColumnType::kInt64}, {"text", ColumnType::kString, true}};
  // Long quote-heavy strings are far over the size estimate and force the buffer to grow.
  std::vector<std::vector<Cell>> rows;
  std::string expected;
  for (int64_t row = 0; row < 20'000; ++row) {
    const std::string text(static_cast<size_t>(row % 97), row % 3 == 0 ? '"' : 'x');
    rows.push_back({Int(row), Str(text)});
    expected += std::to_string(row) + ",";
    if (row % 3 == 0) {
      expected += "\"" + std::string(2 * text.size(), '"') + "\"";
    } else {
      expected += text.empty() ? "\"\"" : text;
    }
    expected += "\n";
  }
  Batch batch(schema);
  for (const std::vector<Cell>& row : rows) AppendRow(batch, row);
  const std::unique_ptr<ChunkEncoder> encoder = MakeCsvFormat()->NewEncoder(schema);
  EncodedChunk chunk;
  chunk.bytes = "stale bytes";
  encoder->Encode(batch, chunk);
  EXPECT_EQ(chunk.bytes, expected);
  encoder->Encode(batch, chunk);  // the same encoder and buffer again
  EXPECT_EQ(chunk.bytes, expected);

  Batch small(schema);
  AppendRow(small, {Int(7), Str("x")});
  encoder->Encode(small, chunk);  // shorter than the content it replaces
  EXPECT_EQ(chunk.bytes, "7,x\n");
  EXPECT_EQ(chunk.rows, 1);

  Batch empty(schema);
  encoder->Encode(empty, chunk);
  EXPECT_EQ(chunk.bytes, "");
  EXPECT_EQ(chunk.rows, 0);
}

// Writes `chunks` (each a list of rows) through a CSV TableWriter and returns the file.
std::string WriteTable(const Schema& schema,
                       const std::vector<std::vector<std::vector<Cell>>>& chunks) {
  const std::unique_ptr<Format> format = MakeCsvFormat();
  auto file = std::make_unique<StringOutputFile>();
  const StringOutputFile* const data = file.get();
  const std::unique_ptr<TableWriter> writer = format->NewWriter(schema, std::move(file));
  const std::unique_ptr<ChunkEncoder> encoder = format->NewEncoder(schema);
  EncodedChunk chunk;
  for (const std::vector<std::vector<Cell>>& rows : chunks) {
    Batch batch(schema);
    for (const std::vector<Cell>& row : rows) AppendRow(batch, row);
    encoder->Encode(batch, chunk);
    EXPECT_OK(writer->Append(chunk));
  }
  EXPECT_OK(writer->Finish());
  EXPECT_EQ(writer->bytes_written(), data->size());
  return data->data();
}

Schema TwoColumns() {
  Schema schema;
  schema.columns = {{"order_id", ColumnType::kInt64}, {"status", ColumnType::kString}};
  return schema;
}

TEST(CsvFormatTest, WriterWritesTheHeaderOnceThenChunksInOrder) {
  EXPECT_EQ(
      WriteTable(TwoColumns(),
                 {{{Int(1), Str("paid")}, {Int(2), Str("new")}}, {}, {{Int(3), Str("shipped")}}}),
      "order_id,status\n1,paid\n2,new\n3,shipped\n");
}

TEST(CsvFormatTest, EmptyTableIsTheHeaderOnly) {
  EXPECT_EQ(WriteTable(TwoColumns(), {}), "order_id,status\n");
  EXPECT_EQ(WriteTable(TwoColumns(), {{}}), "order_id,status\n");
}

TEST(CsvFormatTest, HeaderNamesAreQuotedLikeFields) {
  Schema schema;
  schema.columns = {{"a,b", ColumnType::kInt64}, {"plain", ColumnType::kInt64}};
  EXPECT_EQ(WriteTable(schema, {{{Int(1), Int(2)}}}), "\"a,b\",plain\n1,2\n");
}

// An OutputFile that accepts `capacity` bytes, then fails every call (like a full disk).
class FailingOutputFile final : public OutputFile {
 public:
  FailingOutputFile(uint64_t capacity, int* closes) : capacity_(capacity), closes_(closes) {}
  Status Append(std::string_view bytes) override {
    if (size_ + bytes.size() > capacity_) return Status::IOError("disk full");
    size_ += bytes.size();
    return Status::Ok();
  }
  Status Close() override {
    ++*closes_;
    return Status::Ok();
  }
  uint64_t size() const override { return size_; }

 private:
  uint64_t capacity_;
  uint64_t size_ = 0;
  int* closes_;
};

TEST(CsvFormatTest, WriteErrorsAreStickyAndTheFileIsNotClosed) {
  const Schema schema = TwoColumns();
  int closes = 0;
  const std::unique_ptr<TableWriter> writer =
      MakeCsvFormat()->NewWriter(schema, std::make_unique<FailingOutputFile>(24, &closes));
  EncodedChunk chunk;
  chunk.bytes = "1,paid\n";
  chunk.rows = 1;
  EXPECT_OK(writer->Append(chunk));  // the header (16 bytes) and 7 bytes fit
  const Status failed = writer->Append(chunk);
  EXPECT_EQ(failed.code(), Status::Code::kIOError);
  EXPECT_EQ(writer->Append(chunk).code(), Status::Code::kIOError);
  EXPECT_EQ(writer->Finish().code(), Status::Code::kIOError);
  EXPECT_EQ(closes, 0);
  EXPECT_EQ(writer->bytes_written(), 23U);
}

TEST(CsvFormatTest, AppendAfterFinishIsAnError) {
  const Schema schema = TwoColumns();
  const std::unique_ptr<TableWriter> writer =
      MakeCsvFormat()->NewWriter(schema, std::make_unique<StringOutputFile>());
  EXPECT_OK(writer->Finish());
  EncodedChunk chunk;
  EXPECT_EQ(writer->Append(chunk).code(), Status::Code::kInternal);
}

// A cell as read back from CSV: nullopt for NULL (an empty unquoted field).
using ParsedRow = std::vector<std::optional<std::string>>;

// A small RFC 4180 reader for the round trip: '\n' ends a record, a quoted field may hold
// anything with quotes doubled, an unquoted field may hold no quote, CR or LF. Returns
// nullopt on malformed text.
std::optional<std::vector<ParsedRow>> ParseCsv(std::string_view text) {
  std::vector<ParsedRow> rows;
  size_t pos = 0;
  while (pos < text.size()) {
    ParsedRow row;
    while (true) {
      std::optional<std::string> field;
      if (text[pos] == '"') {
        std::string value;
        ++pos;
        while (true) {
          if (pos >= text.size()) return std::nullopt;  // unterminated
          if (text[pos] == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
              value += '"';
              pos += 2;
              continue;
            }
            ++pos;
            break;
          }
          value += text[pos++];
        }
        field = std::move(value);
      } else {
        const size_t end = text.find_first_of(",\n", pos);
        if (end == std::string_view::npos) return std::nullopt;  // no line end
        const std::string_view raw = text.substr(pos, end - pos);
        if (raw.find_first_of("\"\r") != std::string_view::npos) return std::nullopt;
        if (!raw.empty()) field = std::string(raw);
        pos = end;
      }
      row.push_back(std::move(field));
      if (pos >= text.size()) return std::nullopt;
      const char separator = text[pos++];
      if (separator == '\n') break;
      if (separator != ',') return std::nullopt;  // text after a closing quote
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

TEST(CsvFormatTest, ReferenceParserReadsQuotedFields) {
  const auto rows = ParseCsv("a,\"b,\"\"c\"\"\",\n\"\",x\r\"\n");
  EXPECT_FALSE(rows.has_value());  // CR in an unquoted field
  const auto good = ParseCsv("a,\"b,\"\"c\"\"\",\n\"\"\n");
  ASSERT_TRUE(good.has_value());
  ASSERT_EQ(good->size(), 2U);
  EXPECT_EQ((*good)[0], (ParsedRow{"a", "b,\"c\"", std::nullopt}));
  EXPECT_EQ((*good)[1], (ParsedRow{""}));
}

RC_GTEST_PROP(CsvFormatProperty, StringsRoundTripThroughRfc4180, ()) {
  // Strings from an alphabet rich in the bytes that need quoting, plus UTF-8.
  const auto byte = rc::gen::element(' ', 'a', 'Z', ',', '"', '\n', '\r', '\t', ';', '\'', '\xC3',
                                     '\xBC', '\xE2', '\x82', '\xAC');
  const size_t columns = *rc::gen::inRange<size_t>(1, 5);
  const size_t row_count = *rc::gen::inRange<size_t>(0, 30);
  std::vector<ParsedRow> rows(row_count);
  for (ParsedRow& row : rows) {
    for (size_t col_idx = 0; col_idx < columns; ++col_idx) {
      const bool is_null = *rc::gen::weightedElement<bool>({{1, true}, {4, false}});
      if (is_null) {
        row.emplace_back(std::nullopt);
      } else {
        row.emplace_back(*rc::gen::container<std::string>(byte));
      }
    }
  }

  Schema schema;
  for (size_t col_idx = 0; col_idx < columns; ++col_idx) {
    schema.columns.push_back({"s", ColumnType::kString, true});
  }
  std::vector<std::vector<Cell>> cells;
  for (const ParsedRow& row : rows) {
    std::vector<Cell>& out = cells.emplace_back();
    for (const std::optional<std::string>& value : row) {
      out.push_back(value.has_value() ? Str(*value) : Null());
    }
  }
  const std::optional<std::vector<ParsedRow>> parsed = ParseCsv(Encode(schema, cells));
  RC_ASSERT(parsed.has_value());
  RC_ASSERT(*parsed == rows);
}

}  // namespace
}  // namespace ecomgen
