// ParquetTableSource and the format choice of Validate: the same run written as CSV and as
// Parquet must load into the same tables and give the same report, broken or not.
#include "validate/parquet_table_source.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/test_util.h"
#include "validate/run_files.h"
#include "validate/run_table_source.h"
#include "validate/run_tables.h"
#include "validate/test_run_writer.h"
#include "validate/validate.h"

namespace ecomgen::validate {
namespace {

using testing::ScopedDir;
using testing::TestRun;
using testing::ValidTinyRun;

// Doubles compared by their bits, so that NULL (NaN) equals NULL and -0.0 differs from 0.0.
std::vector<uint64_t> Bits(const std::vector<double>& values) {
  std::vector<uint64_t> bits(values.size());
  for (size_t idx = 0; idx < values.size(); ++idx) {
    std::memcpy(&bits[idx], &values[idx], sizeof(double));
  }
  return bits;
}

void ExpectSameTable(const LoadedTable& csv, const LoadedTable& parquet) {
  const std::string table(TableName(csv.table));
  EXPECT_EQ(csv.table, parquet.table);
  EXPECT_EQ(csv.header, parquet.header) << table;
  EXPECT_EQ(csv.rows, parquet.rows) << table;
  ASSERT_EQ(csv.columns.size(), parquet.columns.size()) << table;
  for (size_t col_idx = 0; col_idx < csv.columns.size(); ++col_idx) {
    const LoadedColumn& expected = csv.columns[col_idx];
    const LoadedColumn& actual = parquet.columns[col_idx];
    const std::string where = table + "." + std::string(expected.name);
    EXPECT_EQ(expected.name, actual.name) << where;
    EXPECT_EQ(expected.kind, actual.kind) << where;
    EXPECT_EQ(expected.present, actual.present) << where;
    EXPECT_EQ(expected.null_count, actual.null_count) << where;
    EXPECT_EQ(expected.ints, actual.ints) << where;
    EXPECT_EQ(Bits(expected.doubles), Bits(actual.doubles)) << where;
    EXPECT_EQ(expected.codes, actual.codes) << where;
    EXPECT_EQ(expected.dictionary, actual.dictionary) << where;
    EXPECT_EQ(expected.fixed_vocabulary_size, actual.fixed_vocabulary_size) << where;
  }
}

// Every check row as text; the report of a run apart from its description line.
std::string Dump(const CheckList& checks) {
  std::ostringstream out;
  for (const CheckRow& row : checks.rows()) {
    out << row.group << " | " << row.check << " | " << row.expected << " | " << row.actual << " | "
        << static_cast<int>(row.outcome) << "\n";
  }
  return out.str();
}

Result<ValidationResult> ValidateAs(TestRun run, OutputFormat format) {
  ScopedDir dir;
  run.format = format;
  run.Write(dir.path());
  ValidateOptions options;
  options.dir = dir.path();
  return Validate(options);
}

// Validates `run` as CSV and as Parquet; expects the same check rows from both.
void ExpectSameReport(const TestRun& run, std::string_view failing_check = {}) {
  Result<ValidationResult> csv = ValidateAs(run, OutputFormat::kCsv);
  ASSERT_TRUE(csv) << csv.error().message();
  Result<ValidationResult> parquet = ValidateAs(run, OutputFormat::kParquet);
  ASSERT_TRUE(parquet) << parquet.error().message();
  EXPECT_EQ(Dump(csv->checks), Dump(parquet->checks));
  if (failing_check.empty()) {
    EXPECT_EQ(parquet->checks.failed(), 0) << Dump(parquet->checks);
    return;
  }
  const CheckRow* row = parquet->checks.Find(failing_check);
  ASSERT_NE(row, nullptr) << failing_check;
  EXPECT_EQ(row->outcome, CheckOutcome::kFail) << Dump(parquet->checks);
  EXPECT_EQ(parquet->checks.failed(), 1) << Dump(parquet->checks);
}

RunTables LoadAll(const std::filesystem::path& dir) {
  Result<RunFiles> files = FindRun(dir, "");
  EXPECT_TRUE(files) << files.error().message();
  RunTableSource source(*files);
  Result<RunTables> tables = LoadRunTables(source, kAllTables, nullptr);
  EXPECT_TRUE(tables) << tables.error().message();
  return std::move(*tables);
}

TEST(ParquetTableSourceTest, LoadsTheSameTablesAsCsv) {
  TestRun run = ValidTinyRun();
  ScopedDir csv_dir;
  run.Write(csv_dir.path());
  ScopedDir parquet_dir;
  run.format = OutputFormat::kParquet;
  run.Write(parquet_dir.path());
  ASSERT_TRUE(
      std::filesystem::exists(parquet_dir.path() / "tiny_test_20241129_000000_orders.parquet"));

  const RunTables csv = LoadAll(csv_dir.path());
  const RunTables parquet = LoadAll(parquet_dir.path());
  for (TableId table : kAllTables) {
    ASSERT_NE(csv.get(table), nullptr) << TableName(table);
    ASSERT_NE(parquet.get(table), nullptr) << TableName(table);
    EXPECT_EQ(parquet.get(table)->source_name,
              "tiny_test_20241129_000000_" + std::string(TableName(table)) + ".parquet");
    ExpectSameTable(*csv.get(table), *parquet.get(table));
  }
  // The NULLs of the tiny run survive the trip (orders 1 and 2 have no campaign).
  EXPECT_EQ(parquet.get(TableId::kOrders)->col("campaign_id").null_count, 2);
  EXPECT_EQ(parquet.get(TableId::kOrderItems)->col("discount_pct").ints[3], 12'500'000);
}

TEST(ParquetTableSourceTest, ValidRunGivesTheSameReport) { ExpectSameReport(ValidTinyRun()); }

TEST(ParquetTableSourceTest, BrokenRunsFailTheSameCheck) {
  struct Breakage {
    TableId table;
    size_t row;
    std::string_view column;
    std::string_view value;
    std::string_view failing_check;
  };
  const Breakage breakages[] = {
      {TableId::kOrders, 0, "total_amount", "30.21", "orders.total_amount"},
      {TableId::kOrders, 0, "delivered_ts", "2024-11-29T09:00:00Z",
       "orders.order_ts <= delivered_ts"},
      {TableId::kOrders, 1, "channel", "Web", "orders.channel vocabulary"},
      {TableId::kOrders, 1, "promised_delivery_date", "2024-12-01",
       "promised_delivery_date NULL iff payment failed"},
      {TableId::kCustomers, 1, "email", "asha@example.com", "customers.email unique"},
      {TableId::kSystemMetrics, 0, "orders_count", "3", "system_metrics.orders_count"},
  };
  for (const Breakage& breakage : breakages) {
    SCOPED_TRACE(breakage.failing_check);
    TestRun run = ValidTinyRun();
    run.tables[breakage.table].Set(breakage.row, breakage.column, std::string(breakage.value));
    ExpectSameReport(run, breakage.failing_check);
  }
}

TEST(ParquetTableSourceTest, UnparsableStringIsAFormatFailNamingRowAndValue) {
  // A broken timestamp cannot be a TIMESTAMP, so the helper writes order_ts as strings: the
  // column's type is one defect, and each string is checked as a CSV cell would be.
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(1, "order_ts", "2024-11-29T25:00:00Z");
  Result<ValidationResult> result = ValidateAs(run, OutputFormat::kParquet);
  ASSERT_TRUE(result) << result.error().message();
  const CheckRow* cell = result->checks.Find("orders.order_ts format");
  ASSERT_NE(cell, nullptr) << Dump(result->checks);
  EXPECT_EQ(cell->outcome, CheckOutcome::kFail);
  EXPECT_EQ(cell->actual,
            "row 2: \"2024-11-29T25:00:00Z\" is not a YYYY-MM-DDTHH:MM:SSZ timestamp");
  const CheckRow* type = result->checks.Find("orders.order_ts type format");
  ASSERT_NE(type, nullptr) << Dump(result->checks);
  EXPECT_EQ(type->actual, "stored as STRING, declared TIMESTAMP");
  // The third: the order without a time is missing from its minute's count.
  EXPECT_EQ(result->checks.failed(), 3) << Dump(result->checks);
}

TEST(ParquetTableSourceTest, DefectiveTypedValuesFailTheirFormat) {
  // Values a Parquet type can hold but the declared format cannot: NaN and too many places
  // in a DOUBLE, a timestamp off the second. The test writer stores each as the declared
  // type's value in the file.
  TestRun run = ValidTinyRun();
  run.tables[TableId::kSuppliers].Set(0, "reliability_score", "nan");
  run.tables[TableId::kSuppliers].Set(1, "on_time_rate", "0.7051");
  run.tables[TableId::kOrders].Set(2, "delivered_ts", "2024-12-03T10:00:00.5Z");
  Result<ValidationResult> result = ValidateAs(run, OutputFormat::kParquet);
  ASSERT_TRUE(result) << result.error().message();
  const auto actual = [&](std::string_view check) {
    const CheckRow* row = result->checks.Find(check);
    return row == nullptr ? std::string("(no row)") : row->actual;
  };
  EXPECT_EQ(actual("suppliers.reliability_score format"),
            "row 1: \"nan\" is not a plain decimal number");
  EXPECT_EQ(actual("suppliers.on_time_rate format"),
            "row 2: \"0.705100\" has more decimals than declared");
  EXPECT_EQ(actual("orders.delivered_ts format"),
            "row 3: \"1733220000500000\" is not on a whole second");
}

TEST(ParquetTableSourceTest, IncompatibleColumnTypeIsAnError) {
  // Integers where a timestamp belongs: an INT64 column, which no timestamp reads from.
  TestRun run = ValidTinyRun();
  for (size_t row = 0; row < 3; ++row) run.tables[TableId::kOrders].Set(row, "order_ts", "5");
  Result<ValidationResult> result = ValidateAs(run, OutputFormat::kParquet);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message().find("tiny_test_20241129_000000_orders.parquet: column "
                                          "order_ts: a INT64 column cannot be read as a timestamp"),
            std::string::npos)
      << result.error().message();
}

TEST(ParquetTableSourceTest, ValueOutOfTheKindsRangeFailsInBothFormats) {
  // 10^14 percent fits a DECIMAL(18,2) but not int64 millionths: the same FAIL in both.
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrderItems].Set(1, "discount_pct", "100000000000000.00");
  Result<ValidationResult> csv = ValidateAs(run, OutputFormat::kCsv);
  ASSERT_TRUE(csv) << csv.error().message();
  EXPECT_EQ(csv->checks.failed(), 1) << Dump(csv->checks);
  EXPECT_EQ(csv->checks.Find("order_items.discount_pct format")->actual,
            "line 3: \"100000000000000.00\" is out of the declared range");
  Result<ValidationResult> parquet = ValidateAs(run, OutputFormat::kParquet);
  ASSERT_TRUE(parquet) << parquet.error().message();
  EXPECT_EQ(parquet->checks.failed(), 1) << Dump(parquet->checks);
  EXPECT_EQ(parquet->checks.Find("order_items.discount_pct format")->actual,
            "row 2: \"10000000000000000\" is out of the declared range");
}

TEST(ParquetTableSourceTest, MixedFormatRunIsReadTableByTable) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(0, "total_amount", "30.21");
  ScopedDir dir;
  run.format = OutputFormat::kParquet;
  run.Write(dir.path());
  std::filesystem::remove(dir.path() / "tiny_test_20241129_000000_orders.parquet");
  run.WriteTable(dir.path(), TableId::kOrders, OutputFormat::kCsv);
  ValidateOptions options;
  options.dir = dir.path();
  Result<ValidationResult> result = Validate(options);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.failed(), 1) << Dump(result->checks);
  EXPECT_EQ(result->checks.Find("orders.total_amount")->outcome, CheckOutcome::kFail);
}

TEST(ParquetTableSourceTest, BothFormatsPresentReadsTheFilesTheSummaryNames) {
  // The CSV of orders is broken, the Parquet one is not.
  TestRun broken = ValidTinyRun();
  broken.tables[TableId::kOrders].Set(0, "total_amount", "30.21");
  TestRun valid = ValidTinyRun();
  valid.format = OutputFormat::kParquet;
  ScopedDir dir;
  broken.Write(dir.path());
  valid.Write(dir.path());  // last: its summary names the .parquet files

  Result<RunFiles> files = FindRun(dir.path(), "");
  ASSERT_TRUE(files);
  const auto orders = static_cast<size_t>(TableId::kOrders);
  // Discovery alone prefers the CSV and keeps the Parquet file as the alternate.
  EXPECT_TRUE(IsFileOf(*files->tables[orders], OutputFormat::kCsv));
  ASSERT_TRUE(files->alternates[orders]);
  EXPECT_TRUE(IsFileOf(*files->alternates[orders], OutputFormat::kParquet));

  ValidateOptions options;
  options.dir = dir.path();
  Result<ValidationResult> result = Validate(options);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.failed(), 0) << Dump(result->checks);

  // A summary naming the CSV files (or none: an older summary) makes the CSV win.
  broken.Write(dir.path());
  result = Validate(options);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.Find("orders.total_amount")->outcome, CheckOutcome::kFail);
  for (nlohmann::json& table : broken.summary["tables"]) table.erase("file");
  broken.Write(dir.path(), /*keep_summary_rows=*/true);
  result = Validate(options);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.Find("orders.total_amount")->outcome, CheckOutcome::kFail);
}

TEST(ParquetTableSourceTest, NotAParquetFileIsAnError) {
  ScopedDir dir;
  const std::filesystem::path path = dir.path() / "tiny_test_20241129_000000_orders.parquet";
  {
    std::ofstream file(path);
    file << "order_id\n1\n";
  }
  const std::vector<ColumnRequest> columns = {{"order_id", ValueKind::kInt}};
  EXPECT_FALSE(ReadParquetTable(path, TableId::kOrders, columns));
}

}  // namespace
}  // namespace ecomgen::validate
