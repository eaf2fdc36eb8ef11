// Decoded Parquet metadata: the parts of FileMetaData and PageHeader that ParquetReader
// needs, decoded from untrusted bytes with ThriftCompactReader. Fields the reader does not
// use are skipped; required fields that are missing yield a Status.
//
// Thread safety: plain values; the decode functions are stateless.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ecomgen/result.h"

namespace ecomgen::parquet {

// The LogicalType union member of a schema element, as far as ecomgen uses them.
enum class LogicalKind : uint8_t { kNone, kString, kDate, kTimestamp, kDecimal, kOther };

struct SchemaElementMeta {
  std::string name;
  std::optional<int32_t> type;  // PhysicalType; absent for groups
  std::optional<int32_t> repetition;
  int32_t num_children = 0;
  std::optional<int32_t> converted_type;
  LogicalKind logical = LogicalKind::kNone;
  bool timestamp_utc = false;
  bool timestamp_micros = false;
  int32_t decimal_scale = 0;
  int32_t decimal_precision = 0;
};

struct StatisticsMeta {
  std::optional<int64_t> null_count;
  std::optional<std::string> min_value;
  std::optional<std::string> max_value;
};

struct ColumnChunkMetaRead {
  int32_t type = 0;
  int32_t codec = 0;
  std::vector<std::string> path;
  int64_t num_values = 0;
  int64_t total_compressed_size = 0;
  int64_t total_uncompressed_size = 0;
  int64_t data_page_offset = 0;
  std::optional<int64_t> dictionary_page_offset;
  StatisticsMeta statistics;
};

struct RowGroupMetaRead {
  int64_t num_rows = 0;
  std::vector<ColumnChunkMetaRead> columns;
};

struct FileMetaDataRead {
  int32_t version = 0;
  std::vector<SchemaElementMeta> schema;  // [0] is the root
  int64_t num_rows = 0;
  std::vector<RowGroupMetaRead> row_groups;
  std::vector<std::pair<std::string, std::string>> key_value;
  std::string created_by;
};

struct PageHeaderRead {
  int32_t type = 0;
  int32_t uncompressed_size = 0;
  int32_t compressed_size = 0;
  int32_t num_values = 0;  // data or dictionary page header
  int32_t encoding = 0;
  size_t header_bytes = 0;  // the header's own serialized length
};

// Decodes the FileMetaData at the start of `footer` (the bytes before length and magic).
Result<FileMetaDataRead> DecodeFileMetaData(std::string_view footer);

// Decodes the PageHeader at the start of `data`.
Result<PageHeaderRead> DecodePageHeader(std::string_view data);

}  // namespace ecomgen::parquet
