// The Parquet footer: FileMetaData (schema, row groups, column chunk metadata, statistics)
// serialized with the Thrift compact protocol.
//
// Type mapping (ColumnType -> physical type + annotation; ConvertedType is written next to
// every LogicalType for older readers):
//   kInt64 INT64 | kInt32 INT32 | kDouble DOUBLE | kBool BOOLEAN
//   kString, kEnum  BYTE_ARRAY STRING (UTF8)
//   kTimestamp      INT64 TIMESTAMP(isAdjustedToUTC=true, MICROS) (TIMESTAMP_MICROS)
//   kDate           INT32 DATE (DATE)
//   kDecimal        INT64 DECIMAL(18, 2) (DECIMAL, with SchemaElement scale/precision)
// Nullable columns are OPTIONAL, the others REQUIRED. Every column declares TYPE_ORDER, so
// readers trust min_value/max_value.
//
// Thread safety: stateless functions.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "batch/schema.h"
#include "sinks/parquet/parquet_types.h"

namespace ecomgen::parquet {

// Where one column chunk's pages are in the file, and its statistics.
struct ColumnChunkMeta {
  int64_t dictionary_page_offset = -1;  // -1: no dictionary page
  int64_t data_page_offset = 0;
  int64_t compressed_bytes = 0;    // all pages with their headers, as stored
  int64_t uncompressed_bytes = 0;  // all pages with their headers, before compression
  int64_t num_values = 0;          // NULLs included
  int32_t data_pages = 0;
  int64_t null_count = 0;
  bool has_bounds = false;  // min_value/max_value below are set
  std::string min_value;    // PLAIN, no length prefix
  std::string max_value;
};

struct RowGroupMeta {
  int64_t num_rows = 0;
  std::vector<ColumnChunkMeta> columns;  // schema order
};

// What the footer's created_by and key/value metadata say.
struct FileInfo {
  std::string_view created_by;
  std::string_view table_name;  // written as key "ecomgen.table" when not empty
};

// Appends the serialized FileMetaData (without the length and magic that follow it).
void WriteFileMetaData(const Schema& schema, Codec codec, std::span<const RowGroupMeta> row_groups,
                       const FileInfo& info, std::string& out);

}  // namespace ecomgen::parquet
