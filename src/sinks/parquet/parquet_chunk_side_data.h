// ParquetChunkSideData: what the Parquet chunk encoder records about an encoded chunk besides
// its bytes, for the writer to place the pages in row groups and write the footer.
//
// An encoded chunk's bytes hold, for each column in schema order, that column's complete
// data pages (headers included), one column after the other. Dictionary pages are not part
// of a chunk: the writer adds one per column chunk of the file.
//
// Thread safety: a value owned by one EncodedChunk at a time.
#pragma once

#include <cstdint>
#include <vector>

#include "sinks/parquet/column_stats.h"
#include "sinks/sink.h"

namespace ecomgen::parquet {

struct ColumnPagesLayout {
  uint64_t offset = 0;              // first byte of the column's pages in EncodedChunk::bytes
  uint64_t compressed_bytes = 0;    // the pages as stored, headers included
  uint64_t uncompressed_bytes = 0;  // headers plus uncompressed page bodies
  int32_t data_pages = 0;
  ColumnStats stats;
};

class ParquetChunkSideData final : public ChunkSideData {
 public:
  std::vector<ColumnPagesLayout> columns;
};

}  // namespace ecomgen::parquet
