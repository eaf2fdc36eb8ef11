// Write-then-read tests of the Parquet sink: every column type through every codec, several
// row groups, multi-page chunks, an empty file, and the footer's statistics.
//
// Set ECOMGEN_PARQUET_SAMPLES_DIR to also keep a set of sample files in that directory, for
// checking them with independent Parquet readers.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>

#include "core/test_util.h"
#include "readers/parquet/parquet_reader.h"
#include "sinks/parquet/parquet_format.h"
#include "sinks/parquet/parquet_table_writer.h"
#include "sinks/parquet/parquet_test_table.h"
#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {
namespace {

using testing::DiffTestRows;
using testing::TestSchema;
using testing::WriteTestFile;

class ParquetRoundTripTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("ecomgen_parquet_" + std::to_string(::getpid()) + "_" + info->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string PathOf(const std::string& name) const { return (dir_ / name).string(); }

  // Reads every row group of `path` and checks it against the test table's rows.
  void ExpectFileHolds(const std::string& path, int64_t rows) {
    Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
    ASSERT_TRUE(reader) << reader.error().message();
    EXPECT_EQ((*reader)->num_rows(), rows);
    int64_t first = 0;
    ASSERT_OK((*reader)->ForEachRowGroup([&](const Batch& batch) {
      const std::string diff = DiffTestRows(first, batch);
      EXPECT_EQ(diff, "");
      first += static_cast<int64_t>(batch.rows());
      return Status::Ok();
    }));
    EXPECT_EQ(first, rows);
  }

  std::filesystem::path dir_;
};

TEST_F(ParquetRoundTripTest, ReadsBackEveryTypeWithEveryCodec) {
  for (const Compression compression :
       {Compression::kZstd, Compression::kSnappy, Compression::kNone}) {
    FormatOptions options;
    options.format = OutputFormat::kParquet;
    options.compression = compression;
    const std::string path = PathOf("all_types.parquet");
    ASSERT_OK(WriteTestFile(path, options, 1000, 1000));
    ExpectFileHolds(path, 1000);
  }
}

TEST_F(ParquetRoundTripTest, SchemaComesBackWithEnumsAsStrings) {
  const std::string path = PathOf("schema.parquet");
  ASSERT_OK(WriteTestFile(path, FormatOptions{}, 10, 10));
  Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
  ASSERT_TRUE(reader) << reader.error().message();
  const Schema& read = (*reader)->schema();
  const Schema& written = TestSchema();
  EXPECT_EQ(read.table, TableId::kOrders);
  ASSERT_EQ(read.size(), written.size());
  for (size_t col_idx = 0; col_idx < read.size(); ++col_idx) {
    const ColumnSpec& expected = written.columns[col_idx];
    EXPECT_EQ(read.columns[col_idx].name, expected.name);
    EXPECT_EQ(read.columns[col_idx].nullable, expected.nullable);
    const ColumnType type =
        expected.type == ColumnType::kEnum ? ColumnType::kString : expected.type;
    EXPECT_EQ(read.columns[col_idx].type, type) << expected.name;
  }
  EXPECT_EQ((*reader)->metadata().created_by, CreatedBy());
}

TEST_F(ParquetRoundTripTest, RowGroupsHoldWholeChunksUpToTheLimit) {
  FormatOptions options;
  options.row_group_rows = 2500;
  const std::string path = PathOf("groups.parquet");
  ASSERT_OK(WriteTestFile(path, options, 5000, 1000));
  Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
  ASSERT_TRUE(reader) << reader.error().message();
  ASSERT_EQ((*reader)->row_group_count(), 3U);
  EXPECT_EQ((*reader)->row_group_rows(0), 2000);
  EXPECT_EQ((*reader)->row_group_rows(1), 2000);
  EXPECT_EQ((*reader)->row_group_rows(2), 1000);
  reader = Result<std::unique_ptr<ParquetReader>>(Status::Internal("closed"));
  ExpectFileHolds(path, 5000);
}

TEST_F(ParquetRoundTripTest, OneChunkLargerThanTheLimitIsItsOwnRowGroup) {
  FormatOptions options;
  options.row_group_rows = 100;
  const std::string path = PathOf("big_chunks.parquet");
  ASSERT_OK(WriteTestFile(path, options, 700, 300));
  Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
  ASSERT_TRUE(reader) << reader.error().message();
  EXPECT_EQ((*reader)->row_group_count(), 3U);
  ExpectFileHolds(path, 700);
}

TEST_F(ParquetRoundTripTest, LargeChunksSpanSeveralPages) {
  // Enough rows that INT64 columns (1 MiB = 131072 values per page) need two pages.
  const std::string path = PathOf("pages.parquet");
  ASSERT_OK(WriteTestFile(path, FormatOptions{}, 200'000, 200'000));
  ExpectFileHolds(path, 200'000);
}

TEST_F(ParquetRoundTripTest, EmptyTableIsAValidFile) {
  const std::string path = PathOf("empty.parquet");
  ASSERT_OK(WriteTestFile(path, FormatOptions{}, 0, 10));
  Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
  ASSERT_TRUE(reader) << reader.error().message();
  EXPECT_EQ((*reader)->num_rows(), 0);
  EXPECT_EQ((*reader)->row_group_count(), 0U);
  EXPECT_EQ((*reader)->schema().size(), TestSchema().size());
}

TEST_F(ParquetRoundTripTest, FooterStatisticsMatchTheData) {
  FormatOptions options;
  options.row_group_rows = 64;
  const std::string path = PathOf("stats.parquet");
  ASSERT_OK(WriteTestFile(path, options, 128, 64));
  Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
  ASSERT_TRUE(reader) << reader.error().message();
  const FileMetaDataRead& meta = (*reader)->metadata();
  ASSERT_EQ(meta.row_groups.size(), 2U);
  // Row group 0 holds the id extremes (rows 1 and 2); row group 1 holds ids 65..128.
  const StatisticsMeta& ids0 = meta.row_groups[0].columns[0].statistics;
  ASSERT_TRUE(ids0.min_value && ids0.max_value);
  EXPECT_EQ(LoadLittleEndian<int64_t>(ids0.min_value->data()), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(LoadLittleEndian<int64_t>(ids0.max_value->data()), std::numeric_limits<int64_t>::max());
  const StatisticsMeta& ids1 = meta.row_groups[1].columns[0].statistics;
  EXPECT_EQ(LoadLittleEndian<int64_t>(ids1.min_value->data()), 65);
  EXPECT_EQ(LoadLittleEndian<int64_t>(ids1.max_value->data()), 128);
  EXPECT_EQ(ids1.null_count, 0);
  // channel: rows 64..127, NULL when row % 4 == 0; all three entries occur.
  const StatisticsMeta& channels = meta.row_groups[1].columns[5].statistics;
  EXPECT_EQ(channels.null_count, 16);
  EXPECT_EQ(channels.min_value, "mobile_app");
  EXPECT_EQ(channels.max_value, "web");
  // The all-NULL column has a null count and no bounds.
  const StatisticsMeta& never = meta.row_groups[0].columns[10].statistics;
  EXPECT_EQ(never.null_count, 64);
  EXPECT_FALSE(never.min_value.has_value());
  // Names: the empty string is the smallest, the CJK text the largest (unsigned bytes).
  const StatisticsMeta& names = meta.row_groups[0].columns[4].statistics;
  EXPECT_EQ(names.min_value, "");
  EXPECT_EQ(names.max_value, "\xE6\x97\xA5\xE6\x9C\xAC");
}

TEST_F(ParquetRoundTripTest, ReaderRejectsFilesThatAreNotParquet) {
  const std::string path = PathOf("not.parquet");
  ASSERT_OK(WriteTestFile(path, FormatOptions{}, 100, 100));
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 3);
  EXPECT_FALSE(ParquetReader::Open(path));
  EXPECT_FALSE(ParquetReader::Open(PathOf("missing.parquet")));
}

TEST_F(ParquetRoundTripTest, CorruptFilesFailCleanly) {
  // Validation reads files from disk, so damaged ones must give a Status (or, when the
  // damage hits only values, wrong data), never a crash; run under ASan to see the point.
  const std::string path = PathOf("good.parquet");
  ASSERT_OK(WriteTestFile(path, FormatOptions{}, 300, 100));
  std::string good;
  {
    std::ifstream in(path, std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  uint64_t state = 42;
  for (int attempt = 0; attempt < 300; ++attempt) {
    std::string bad = good;
    for (int flip = 0; flip < 3; ++flip) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      char& byte = bad[static_cast<size_t>(state >> 33) % bad.size()];
      byte = static_cast<char>(static_cast<uint8_t>(byte) ^ (1 + (state & 0x7F)));
    }
    const std::string bad_path = PathOf("bad.parquet");
    {
      std::ofstream out(bad_path, std::ios::binary | std::ios::trunc);
      out.write(bad.data(), static_cast<std::streamsize>(bad.size()));
    }
    Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(bad_path);
    if (!reader) continue;
    const Status status = (*reader)->ForEachRowGroup([](const Batch&) { return Status::Ok(); });
    (void)status;
  }
}

TEST_F(ParquetRoundTripTest, ErrorsQuoteColumnNamesFromTheFile) {
  // A column name is the file's text: one holding a newline must not break the one-line error
  // (found by fuzz/parquet_table_fuzzer). Rename "id" to "\nd" in the footer (a Thrift
  // string: its length 2, then the bytes) and damage the column's first page header.
  const std::string path = PathOf("renamed.parquet");
  ASSERT_OK(WriteTestFile(path, FormatOptions{}, 100, 100));
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // The footer ends with its 4-byte little-endian length and "PAR1"; the schema comes first.
  uint32_t footer_length = 0;
  std::memcpy(&footer_length, bytes.data() + bytes.size() - 8, sizeof(footer_length));
  const size_t footer = bytes.size() - 8 - footer_length;
  const size_t name = bytes.find(std::string("\x02id", 3), footer);
  ASSERT_NE(name, std::string::npos);
  bytes[name + 1] = '\n';
  for (size_t pos = 4; pos < 12; ++pos) bytes[pos] = static_cast<char>(0xFF);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
  ASSERT_TRUE(reader) << reader.error().message();
  const Status status = (*reader)->ForEachRowGroup([](const Batch&) { return Status::Ok(); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message().find('\n'), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("column \"\\nd\""), std::string::npos) << status.message();
}

// Not a check by itself: keeps sample files for external readers when asked to.
TEST(ParquetSampleFiles, WriteToDirectoryFromEnvironment) {
  const char* dir = std::getenv("ECOMGEN_PARQUET_SAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "ECOMGEN_PARQUET_SAMPLES_DIR not set";
  const std::filesystem::path base(dir);
  std::filesystem::create_directories(base);
  FormatOptions options;
  ASSERT_OK(WriteTestFile((base / "zstd.parquet").string(), options, 5000, 1000));
  options.compression = Compression::kSnappy;
  ASSERT_OK(WriteTestFile((base / "snappy.parquet").string(), options, 5000, 1000));
  options.compression = Compression::kNone;
  ASSERT_OK(WriteTestFile((base / "none.parquet").string(), options, 5000, 1000));
  options.compression = Compression::kZstd;
  ASSERT_OK(WriteTestFile((base / "empty.parquet").string(), options, 0, 1000));
  options.row_group_rows = 2500;
  ASSERT_OK(WriteTestFile((base / "row_groups.parquet").string(), options, 10'000, 1000));
  options.row_group_rows = 1'000'000;
  ASSERT_OK(WriteTestFile((base / "pages.parquet").string(), options, 300'000, 65'536));
}

}  // namespace
}  // namespace ecomgen::parquet
