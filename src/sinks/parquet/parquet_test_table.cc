#include "sinks/parquet/parquet_test_table.h"

#include <array>
#include <cstdio>
#include <limits>
#include <memory>
#include <string_view>

#include "sinks/file/output_file.h"
#include "sinks/parquet/parquet_format.h"

namespace ecomgen::parquet::testing {

namespace {

constexpr std::array<std::string_view, 3> kChannels = {"web", "mobile_web", "mobile_app"};
constexpr std::array<std::string_view, 1> kRegions = {"eu_west"};
constexpr std::array<std::string_view, 8> kNames = {"plain",
                                                    "with,comma",
                                                    "with \"quotes\"",
                                                    "line\nbreak\r\n",
                                                    "\xC3\xBCnic\xC3\xB6"
                                                    "de \xE2\x82\xAC",
                                                    "",
                                                    "\xE6\x97\xA5\xE6\x9C\xAC",
                                                    "tab\tand ; semicolon"};

constexpr int64_t kMaxDecimal = 999'999'999'999'999'999;  // 18 digits

Schema MakeSchema() {
  Schema schema;
  schema.table = TableId::kOrders;
  schema.columns = {
      {"id", ColumnType::kInt64},
      {"small", ColumnType::kInt32},
      {"rate", ColumnType::kDouble, true, 2},
      {"flag", ColumnType::kBool, true},
      {"name", ColumnType::kString, true},
      {"channel", ColumnType::kEnum, true, 0, kChannels},
      {"region", ColumnType::kEnum, false, 0, kRegions},
      {"created_ts", ColumnType::kTimestamp},
      {"due_date", ColumnType::kDate, true},
      {"amount", ColumnType::kDecimal, true},
      {"never", ColumnType::kString, true},
      {"done", ColumnType::kBool},
  };
  return schema;
}

// Column values of row `row`; std::nullopt-like NULLs are expressed by the Is*Null helpers.
int64_t IdOf(int64_t row) {
  if (row == 1) return std::numeric_limits<int64_t>::max();
  if (row == 2) return std::numeric_limits<int64_t>::min();
  return row + 1;
}
int64_t SmallOf(int64_t row) {
  if (row == 3) return std::numeric_limits<int32_t>::min();
  if (row == 4) return std::numeric_limits<int32_t>::max();
  return row % 1000 - 500;
}
double RateOf(int64_t row) { return static_cast<double>(row % 1000) / 100.0 - 3.0; }
int64_t TimestampOf(int64_t row) {
  if (row == 3) return -1'000'001;  // before 1970, with a fraction
  return 1'700'000'000'000'000 + row * 1'000'003;
}
int64_t DateOf(int64_t row) { return row == 4 ? -1 : 19'000 + row % 400; }
int64_t AmountOf(int64_t row) {
  if (row == 5) return kMaxDecimal;
  if (row == 6) return -kMaxDecimal;
  return (row * 12'345) % 10'000'000 - 5'000'000;
}
bool RateIsNull(int64_t row) { return row % 7 == 0; }
bool FlagIsNull(int64_t row) { return row % 5 == 0; }
bool NameIsNull(int64_t row) { return row % 6 == 0; }
bool ChannelIsNull(int64_t row) { return row % 4 == 0; }
bool DateIsNull(int64_t row) { return row % 9 == 0; }
bool AmountIsNull(int64_t row) { return row % 8 == 0; }

std::string_view NameOf(int64_t row) { return kNames[static_cast<size_t>(row) % kNames.size()]; }

}  // namespace

const Schema& TestSchema() {
  static const Schema kSchema = MakeSchema();
  return kSchema;
}

void AppendTestRows(int64_t first_row, size_t count, Batch& batch) {
  for (int64_t row = first_row; row < first_row + static_cast<int64_t>(count); ++row) {
    batch.col(0).AppendInt(IdOf(row));
    batch.col(1).AppendInt(SmallOf(row));
    RateIsNull(row) ? batch.col(2).AppendNull() : batch.col(2).AppendDouble(RateOf(row));
    FlagIsNull(row) ? batch.col(3).AppendNull() : batch.col(3).AppendInt(row % 2);
    NameIsNull(row) ? batch.col(4).AppendNull() : batch.col(4).AppendString(NameOf(row));
    ChannelIsNull(row) ? batch.col(5).AppendNull() : batch.col(5).AppendInt(row % 3);
    batch.col(6).AppendInt(0);
    batch.col(7).AppendInt(TimestampOf(row));
    DateIsNull(row) ? batch.col(8).AppendNull() : batch.col(8).AppendInt(DateOf(row));
    AmountIsNull(row) ? batch.col(9).AppendNull() : batch.col(9).AppendInt(AmountOf(row));
    batch.col(10).AppendNull();
    batch.col(11).AppendInt(row % 3 == 0 ? 1 : 0);
  }
}

std::string DiffTestRows(int64_t first_row, const Batch& batch) {
  if (batch.column_count() != TestSchema().size()) return "wrong column count";
  for (size_t idx = 0; idx < batch.rows(); ++idx) {
    const int64_t row = first_row + static_cast<int64_t>(idx);
    const std::string where = "row " + std::to_string(row) + " column ";
    auto int_differs = [&](size_t col, bool is_null, int64_t expected) {
      const Column& column = batch.col(col);
      if (column.is_null(idx) != is_null) return true;
      return !is_null && column.ints()[idx] != expected;
    };
    auto string_differs = [&](size_t col, bool is_null, std::string_view expected) {
      const Column& column = batch.col(col);
      if (column.is_null(idx) != is_null) return true;
      return !is_null && column.string_at(idx) != expected;
    };
    if (int_differs(0, false, IdOf(row))) return where + "id";
    if (int_differs(1, false, SmallOf(row))) return where + "small";
    const Column& rate = batch.col(2);
    if (rate.is_null(idx) != RateIsNull(row) ||
        (!RateIsNull(row) && rate.doubles()[idx] != RateOf(row))) {
      return where + "rate";
    }
    if (int_differs(3, FlagIsNull(row), row % 2)) return where + "flag";
    if (string_differs(4, NameIsNull(row), NameOf(row))) return where + "name";
    if (string_differs(5, ChannelIsNull(row), kChannels[static_cast<size_t>(row % 3)])) {
      return where + "channel";
    }
    if (string_differs(6, false, kRegions[0])) return where + "region";
    if (int_differs(7, false, TimestampOf(row))) return where + "created_ts";
    if (int_differs(8, DateIsNull(row), DateOf(row))) return where + "due_date";
    if (int_differs(9, AmountIsNull(row), AmountOf(row))) return where + "amount";
    if (!batch.col(10).is_null(idx)) return where + "never";
    if (int_differs(11, false, row % 3 == 0 ? 1 : 0)) return where + "done";
  }
  return "";
}

Status WriteTestFile(const std::string& path, const FormatOptions& options, int64_t rows,
                     size_t chunk_rows) {
  const std::unique_ptr<Format> format = MakeParquetFormat(options);
  const std::unique_ptr<ChunkEncoder> encoder = format->NewEncoder(TestSchema());
  std::remove(path.c_str());  // tests rewrite one path; OpenPosixFile only creates new files
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFile(path);
  if (!file) return file.error();
  const std::unique_ptr<TableWriter> writer = format->NewWriter(TestSchema(), std::move(*file));
  Batch batch(TestSchema(), chunk_rows);
  EncodedChunk chunk;
  for (int64_t first = 0; first < rows; first += static_cast<int64_t>(chunk_rows)) {
    batch.Clear();
    AppendTestRows(first, std::min(chunk_rows, static_cast<size_t>(rows - first)), batch);
    encoder->Encode(batch, chunk);
    ECOMGEN_RETURN_IF_ERROR(writer->Append(chunk));
  }
  return writer->Finish();
}

}  // namespace ecomgen::parquet::testing
