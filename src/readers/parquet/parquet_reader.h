// ParquetReader: reads back Parquet files written by ecomgen (for `ecomgen validate` and
// tests). It understands exactly what ParquetTableWriter writes: flat schemas of the types in
// footer_writer.h, v1 data pages, PLAIN and RLE_DICTIONARY values, RLE definition levels,
// ZSTD / Snappy / uncompressed pages. Other files are rejected with a Status, never a crash.
//
// Type mapping back to ColumnType: INT64 -> kInt64, INT64 TIMESTAMP(MICROS) -> kTimestamp,
// INT64 DECIMAL(18,2) -> kDecimal, INT32 -> kInt32, INT32 DATE -> kDate, DOUBLE -> kDouble,
// BOOLEAN -> kBool, BYTE_ARRAY STRING -> kString. Enum columns come back as kString holding
// the entries' text: a kEnum ColumnSpec needs a dictionary that outlives the schema, and the
// text is what validation compares anyway. kDouble columns report decimals = 0 (the CSV
// precision is not stored in the file).
//
//   Result<std::unique_ptr<ParquetReader>> reader = ParquetReader::Open(path);
//   if (!reader) return reader.error();
//   Batch batch((*reader)->schema());
//   for (size_t group = 0; group < (*reader)->row_group_count(); ++group) {
//     ECOMGEN_RETURN_IF_ERROR((*reader)->ReadRowGroup(group, batch));
//     Use(batch);
//   }
//
// The file is read one column chunk at a time, so memory is bounded by a row group's
// decoded size, not the file's.
//
// Thread safety: none; a reader belongs to one thread. Distinct readers are independent.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "batch/batch.h"
#include "batch/schema.h"
#include "ecomgen/result.h"
#include "ecomgen/status.h"
#include "readers/parquet/column_chunk_reader.h"
#include "readers/parquet/file_metadata.h"

namespace ecomgen::parquet {

class ParquetReader {
 public:
  // Opens `path` and decodes its footer and schema.
  static Result<std::unique_ptr<ParquetReader>> Open(const std::string& path);

  // Use Open(); the key keeps construction private while allowing std::make_unique.
  class PassKey {
    friend class ParquetReader;
    PassKey() = default;
  };
  ParquetReader(PassKey /*key*/, std::string path, int fd, uint64_t file_bytes)
      : path_(std::move(path)), fd_(fd), file_bytes_(file_bytes) {}
  ~ParquetReader();
  ParquetReader(const ParquetReader&) = delete;
  ParquetReader& operator=(const ParquetReader&) = delete;

  // The file's columns in order. schema().table is taken from the "ecomgen.table" key when
  // the file has one. Valid as long as the reader.
  const Schema& schema() const { return schema_; }
  int64_t num_rows() const { return metadata_.num_rows; }
  size_t row_group_count() const { return metadata_.row_groups.size(); }
  int64_t row_group_rows(size_t group) const { return metadata_.row_groups[group].num_rows; }
  // The decoded footer (statistics, offsets, created_by, key/value metadata).
  const FileMetaDataRead& metadata() const { return metadata_; }

  // Replaces the content of `batch` with the rows of row group `group`.
  // REQUIRES: group < row_group_count(); `batch` was built on schema().
  Status ReadRowGroup(size_t group, Batch& batch);

  // Calls `on_batch(batch)` with each row group's rows in order; stops at the first error
  // or at the first failed Status that `on_batch` returns.
  template <typename OnBatch>
  Status ForEachRowGroup(OnBatch&& on_batch) {
    Batch batch(schema_);
    for (size_t group = 0; group < row_group_count(); ++group) {
      ECOMGEN_RETURN_IF_ERROR(ReadRowGroup(group, batch));
      ECOMGEN_RETURN_IF_ERROR(on_batch(static_cast<const Batch&>(batch)));
    }
    return Status::Ok();
  }

 private:
  Status ReadFooter();
  Status BuildSchema();
  Status ReadRange(uint64_t offset, uint64_t length, std::string& out) const;

  std::string path_;
  int fd_;
  uint64_t file_bytes_;
  FileMetaDataRead metadata_;
  std::vector<std::string> names_;  // storage for schema_'s column names
  Schema schema_;
  ColumnChunkReader chunk_reader_;
  std::string chunk_bytes_;
};

}  // namespace ecomgen::parquet
