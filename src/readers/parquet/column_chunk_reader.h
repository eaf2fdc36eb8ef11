// ColumnChunkReader: decodes one column chunk written by ecomgen's Parquet writer (v1 data
// pages, PLAIN or RLE_DICTIONARY values, optional dictionary page, RLE definition levels,
// ZSTD / Snappy / no compression) and appends its rows to a Column.
//
// Input is untrusted: sizes, offsets, levels and indices are checked, and anything this
// reader does not understand (other encodings, v2 pages, repetition) yields a Status.
// Buffers are kept between calls.
//
// Thread safety: none; one reader per thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "batch/column.h"
#include "ecomgen/status.h"
#include "readers/parquet/file_metadata.h"

namespace ecomgen::parquet {

class ColumnChunkReader {
 public:
  // Decodes the chunk whose bytes (dictionary page, if any, then data pages) are `chunk`
  // and appends its meta.num_values rows to `column`. The column's spec decides whether
  // definition levels are present (nullable) and how values are stored.
  Status Read(std::string_view chunk, const ColumnChunkMetaRead& meta, Column& column);

 private:
  Status ReadDictionaryPage(std::string_view body, const PageHeaderRead& header, int32_t codec);
  Status ReadDataPage(std::string_view body, const PageHeaderRead& header,
                      const ColumnChunkMetaRead& meta, Column& column);
  // Appends the next PLAIN value of `physical_type` from `values` (advancing it) to
  // `column`; `bit_idx` is the position within a page of booleans.
  static Status AppendPlainValue(std::string_view& values, size_t& bit_idx, int32_t physical_type,
                                 Column& column);

  std::string page_;
  std::string dictionary_bytes_;
  std::vector<std::string_view> dictionary_;
  std::vector<uint32_t> levels_;
  std::vector<uint32_t> indices_;
};

}  // namespace ecomgen::parquet
