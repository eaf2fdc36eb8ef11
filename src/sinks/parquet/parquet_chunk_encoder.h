// ParquetChunkEncoder: the Parquet implementation of ChunkEncoder. Turns one chunk's Batch
// into compressed v1 data pages for every column, with the columns' statistics in a
// ParquetChunkSideData; ParquetTableWriter later places them into row groups.
//
// Every buffer (page scratch, compression output, the side data's vectors and strings) is
// kept between chunks, so steady-state encoding does not allocate.
//
// Thread safety: one encoder per worker thread; encoders of one Format are independent.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "batch/schema.h"
#include "sinks/parquet/column_encoder.h"
#include "sinks/parquet/page_compressor.h"
#include "sinks/parquet/parquet_chunk_side_data.h"
#include "sinks/sink.h"

namespace ecomgen::parquet {

class ParquetChunkEncoder final : public ChunkEncoder {
 public:
  // REQUIRES: `schema` outlives the encoder.
  ParquetChunkEncoder(const Schema& schema, Compression compression);

  // REQUIRES: batch.schema() is the encoder's schema.
  void Encode(const Batch& batch, EncodedChunk& out) override;

 private:
  void EncodeColumn(const Column& column, size_t col_idx, std::string& out);

  const Schema* schema_;
  std::vector<std::unique_ptr<ColumnEncoder>> encoders_;
  PageCompressor compressor_;
  ColumnEncoderState state_;
  std::string page_;                      // uncompressed page body: levels, then values
  std::string header_;                    // page header scratch
  ParquetChunkSideData* side_ = nullptr;  // the side data of the chunk being encoded
};

}  // namespace ecomgen::parquet
