#include "sinks/parquet/parquet_chunk_encoder.h"

#include <cassert>
#include <cstdint>
#include <cstring>

#include "sinks/parquet/page_header_writer.h"
#include "sinks/parquet/parquet_chunk_side_data.h"

namespace ecomgen::parquet {

namespace {
// Optional columns have one definition level per row: 1 = value present, 0 = NULL.
constexpr int kDefinitionLevelBitWidth = 1;
constexpr size_t kLevelsLengthBytes = sizeof(uint32_t);
}  // namespace

ParquetChunkEncoder::ParquetChunkEncoder(const Schema& schema, Compression compression)
    : schema_(&schema), compressor_(compression) {
  encoders_.reserve(schema.size());
  for (const ColumnSpec& spec : schema.columns) encoders_.push_back(MakeColumnEncoder(spec));
}

void ParquetChunkEncoder::Encode(const Batch& batch, EncodedChunk& out) {
  // Invariant: the pipeline builds encoders and batches from the same table schema.
  assert(batch.column_count() == schema_->size() && "batch of another table");
  out.Clear();
  out.rows = static_cast<int64_t>(batch.rows());
  side_ = dynamic_cast<ParquetChunkSideData*>(out.side.get());
  if (side_ == nullptr) {
    auto side = std::make_unique<ParquetChunkSideData>();
    side_ = side.get();
    out.side = std::move(side);
  }
  side_->columns.resize(schema_->size());
  for (size_t col_idx = 0; col_idx < schema_->size(); ++col_idx) {
    EncodeColumn(batch.col(col_idx), col_idx, out.bytes);
  }
}

void ParquetChunkEncoder::EncodeColumn(const Column& column, size_t col_idx, std::string& out) {
  const ColumnEncoder& encoder = *encoders_[col_idx];
  ColumnPagesLayout& layout = side_->columns[col_idx];
  layout.offset = out.size();
  layout.compressed_bytes = 0;
  layout.uncompressed_bytes = 0;
  layout.data_pages = 0;
  layout.stats.Reset();
  layout.stats.null_count = static_cast<int64_t>(column.null_count());
  const bool optional = column.spec().nullable;
  const size_t rows = column.size();
  for (size_t begin = 0; begin < rows;) {
    const size_t end = encoder.PageEnd(column, begin);
    page_.clear();
    if (optional) {
      page_.resize(kLevelsLengthBytes);
      state_.rle.Reset(kDefinitionLevelBitWidth, page_);
      for (size_t row = begin; row < end; ++row) state_.rle.Put(column.is_null(row) ? 0 : 1);
      state_.rle.Finish();
      const auto levels_bytes = static_cast<uint32_t>(page_.size() - kLevelsLengthBytes);
      std::memcpy(page_.data(), &levels_bytes, kLevelsLengthBytes);
    }
    encoder.EncodeValues(column, begin, end, state_, layout.stats, page_);
    const std::string_view stored = compressor_.Compress(page_);
    header_.clear();
    WriteDataPageHeader(static_cast<int32_t>(page_.size()), static_cast<int32_t>(stored.size()),
                        static_cast<int32_t>(end - begin), encoder.value_encoding(), header_);
    out.append(header_);
    out.append(stored);
    layout.compressed_bytes += header_.size() + stored.size();
    layout.uncompressed_bytes += header_.size() + page_.size();
    ++layout.data_pages;
    begin = end;
  }
}

}  // namespace ecomgen::parquet
