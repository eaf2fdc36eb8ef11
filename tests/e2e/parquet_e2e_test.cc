// `--output parquet` (contract sections 1 and 2): ten .parquet files framed by the PAR1 magic,
// readable by the project's reader, holding as many rows as the CSV run of the same seed, for
// every --compression.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "readers/parquet/parquet_reader.h"

namespace ecomgen::e2e {
namespace {

constexpr size_t kTableCount = 10;
const std::vector<std::string> kRunArgs = {"flash_sale", "--scale", "0.3",
                                           "--seed",     "9",       "--quiet"};

// Row counts of a CSV run's tables by table name (records minus the header).
std::map<std::string, int64_t> CsvRowCounts(const std::filesystem::path& dir) {
  std::map<std::string, int64_t> rows;
  for (const std::string& name : ListFiles(dir)) {
    const std::string suffix = RunFileSuffix(name);
    if (!suffix.ends_with(".csv")) continue;
    rows[suffix.substr(0, suffix.size() - 4)] = CountCsvRecords(ReadFileBytes(dir / name)) - 1;
  }
  return rows;
}

class ParquetE2ETest : public testing::TestWithParam<std::string> {};

TEST_P(ParquetE2ETest, TablesHoldTheCsvRunsRowCounts) {
  const std::string& compression = GetParam();
  ScratchDir root("parquet-" + compression);
  std::vector<std::string> csv_args = kRunArgs;
  csv_args.insert(csv_args.end(), {"--out-dir", root.Sub("csv")});
  const CliResult csv = RunEcomgen(csv_args);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::vector<std::string> parquet_args = kRunArgs;
  parquet_args.insert(parquet_args.end(), {"--out-dir", root.Sub("parquet"), "--output", "parquet",
                                           "--compression", compression});
  const CliResult parquet = RunEcomgen(parquet_args);
  ASSERT_EQ(parquet.exit_code, 0) << parquet.err;

  const std::map<std::string, int64_t> csv_rows = CsvRowCounts(root.path() / "csv");
  ASSERT_EQ(csv_rows.size(), kTableCount);

  size_t parquet_files = 0;
  for (const std::string& name : ListFiles(root.path() / "parquet")) {
    const std::string suffix = RunFileSuffix(name);
    ASSERT_FALSE(suffix.empty()) << name;
    if (suffix == "summary.json") continue;
    ASSERT_TRUE(suffix.ends_with(".parquet")) << name;
    ++parquet_files;
    const std::string table = suffix.substr(0, suffix.size() - 8);
    SCOPED_TRACE(table);
    const std::filesystem::path path = root.path() / "parquet" / name;

    const std::string bytes = ReadFileBytes(path);
    ASSERT_GE(bytes.size(), 8u);
    EXPECT_EQ(bytes.substr(0, 4), "PAR1");
    EXPECT_EQ(bytes.substr(bytes.size() - 4), "PAR1");

    Result<std::unique_ptr<parquet::ParquetReader>> reader =
        parquet::ParquetReader::Open(path.string());
    ASSERT_TRUE(reader.has_value()) << reader.error().message();
    ASSERT_TRUE(csv_rows.contains(table));
    EXPECT_EQ((*reader)->num_rows(), csv_rows.at(table));
    int64_t group_rows = 0;
    for (size_t group = 0; group < (*reader)->row_group_count(); ++group) {
      group_rows += (*reader)->row_group_rows(group);
    }
    EXPECT_EQ(group_rows, (*reader)->num_rows());
    // The CSV header's columns, in order, are the Parquet schema's.
    const std::string header =
        ReadFileBytes(root.path() / "csv" /
                      (RunFilePrefix(ListFiles(root.path() / "csv")[0]) + "_" + table + ".csv"));
    std::string names;
    for (const ColumnSpec& column : (*reader)->schema().columns) {
      names += (names.empty() ? "" : ",") + std::string(column.name);
    }
    EXPECT_EQ(names, header.substr(0, header.find('\n')));
  }
  EXPECT_EQ(parquet_files, kTableCount);
}

INSTANTIATE_TEST_SUITE_P(Compressions, ParquetE2ETest, testing::Values("zstd", "snappy", "none"),
                         [](const testing::TestParamInfo<std::string>& param_info) {
                           return param_info.param;
                         });

}  // namespace
}  // namespace ecomgen::e2e
