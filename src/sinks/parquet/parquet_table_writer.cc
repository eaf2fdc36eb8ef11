#include "sinks/parquet/parquet_table_writer.h"

#include <cassert>
#include <cstring>
#include <utility>

#include "sinks/parquet/page_compressor.h"
#include "sinks/parquet/page_header_writer.h"
#include "sinks/parquet/parquet_chunk_side_data.h"
#include "sinks/parquet/plain_bytes.h"

#ifndef ECOMGEN_VERSION_STRING
#error "ECOMGEN_VERSION_STRING (the project version) is set by src/sinks/parquet/CMakeLists.txt"
#endif

namespace ecomgen::parquet {

namespace {
// The build id is fixed rather than a commit hash so that the same data gives the same bytes
// from any build of a version (golden files stay valid).
constexpr std::string_view kCreatedBy =
    "ecomgen version " ECOMGEN_VERSION_STRING " (build release)";
}  // namespace

std::string_view CreatedBy() { return kCreatedBy; }

ParquetTableWriter::ParquetTableWriter(const Schema& schema, std::unique_ptr<OutputFile> file,
                                       const FormatOptions& options)
    : schema_(&schema),
      file_(std::move(file)),
      compression_(options.compression),
      row_group_rows_(options.row_group_rows),
      dictionary_pages_(schema.size()),
      dictionary_uncompressed_bytes_(schema.size(), 0) {
  PageCompressor compressor(compression_);
  std::string body;
  encoders_.reserve(schema.size());
  for (size_t col_idx = 0; col_idx < schema.size(); ++col_idx) {
    encoders_.push_back(MakeColumnEncoder(schema.columns[col_idx]));
    const ColumnEncoder& encoder = *encoders_.back();
    if (!encoder.has_dictionary()) continue;
    body.clear();
    encoder.EncodeDictionary(body);
    const std::string_view stored = compressor.Compress(body);
    std::string& page = dictionary_pages_[col_idx];
    WriteDictionaryPageHeader(static_cast<int32_t>(body.size()),
                              static_cast<int32_t>(stored.size()),
                              static_cast<int32_t>(encoder.dictionary_size()), page);
    const size_t header_bytes = page.size();
    page.append(stored);
    dictionary_uncompressed_bytes_[col_idx] = static_cast<int64_t>(header_bytes + body.size());
  }
}

Status ParquetTableWriter::Write(std::string_view bytes) {
  if (!status_.ok()) return status_;
  status_ = file_->Append(bytes);
  offset_ += bytes.size();
  return status_;
}

Status ParquetTableWriter::StartFile() {
  if (offset_ > 0) return status_;
  return Write(kMagic);
}

Status ParquetTableWriter::Append(EncodedChunk& chunk) {
  if (!status_.ok()) return status_;
  if (finished_) return status_ = Status::Internal("Parquet writer: Append after Finish");
  const int64_t rows = chunk.rows;
  if (rows == 0) return Status::Ok();
  if (dynamic_cast<const ParquetChunkSideData*>(chunk.side.get()) == nullptr) {
    return status_ = Status::Internal("Parquet writer: chunk was not encoded as Parquet");
  }
  if (pending_rows_ > 0 && pending_rows_ + rows > row_group_rows_) {
    ECOMGEN_RETURN_IF_ERROR(WriteRowGroup());
  }
  PendingChunk held;
  if (!spare_.empty()) {
    held = std::move(spare_.back());
    spare_.pop_back();
  }
  std::swap(held.bytes, chunk.bytes);
  std::swap(held.side, chunk.side);
  chunk.Clear();
  pending_rows_ += rows;
  pending_.push_back(std::move(held));
  return Status::Ok();
}

Status ParquetTableWriter::WriteRowGroup() {
  ECOMGEN_RETURN_IF_ERROR(StartFile());
  RowGroupMeta& group = row_groups_.emplace_back();
  group.num_rows = pending_rows_;
  group.columns.resize(schema_->size());
  for (size_t col_idx = 0; col_idx < schema_->size(); ++col_idx) {
    ColumnChunkMeta& meta = group.columns[col_idx];
    const ColumnEncoder& encoder = *encoders_[col_idx];
    const std::string& dictionary_page = dictionary_pages_[col_idx];
    if (!dictionary_page.empty()) {
      meta.dictionary_page_offset = static_cast<int64_t>(offset_);
      ECOMGEN_RETURN_IF_ERROR(Write(dictionary_page));
      meta.compressed_bytes += static_cast<int64_t>(dictionary_page.size());
      meta.uncompressed_bytes += dictionary_uncompressed_bytes_[col_idx];
    }
    meta.data_page_offset = static_cast<int64_t>(offset_);
    merged_stats_.Reset();
    for (const PendingChunk& pending : pending_) {
      const auto& side = static_cast<const ParquetChunkSideData&>(*pending.side);
      const ColumnPagesLayout& layout = side.columns[col_idx];
      ECOMGEN_RETURN_IF_ERROR(Write(std::string_view(pending.bytes)
                                        .substr(static_cast<size_t>(layout.offset),
                                                static_cast<size_t>(layout.compressed_bytes))));
      meta.compressed_bytes += static_cast<int64_t>(layout.compressed_bytes);
      meta.uncompressed_bytes += static_cast<int64_t>(layout.uncompressed_bytes);
      meta.data_pages += layout.data_pages;
      encoder.MergeStats(layout.stats, merged_stats_);
    }
    meta.num_values = pending_rows_;
    meta.null_count = merged_stats_.null_count;
    meta.has_bounds = encoder.StatsBounds(merged_stats_, meta.min_value, meta.max_value);
  }
  for (PendingChunk& pending : pending_) spare_.push_back(std::move(pending));
  pending_.clear();
  pending_rows_ = 0;
  return Status::Ok();
}

Status ParquetTableWriter::Finish() {
  if (!status_.ok()) return status_;
  if (finished_) return status_ = Status::Internal("Parquet writer: Finish called twice");
  finished_ = true;
  if (pending_rows_ > 0) ECOMGEN_RETURN_IF_ERROR(WriteRowGroup());
  ECOMGEN_RETURN_IF_ERROR(StartFile());  // an empty table has no row group to start it
  std::string footer;
  const FileInfo info{CreatedBy(), TableName(schema_->table)};
  WriteFileMetaData(*schema_, CodecFor(compression_), row_groups_, info, footer);
  AppendLittleEndian(static_cast<uint32_t>(footer.size()), footer);
  footer.append(kMagic);
  ECOMGEN_RETURN_IF_ERROR(Write(footer));
  status_ = file_->Close();
  return status_;
}

}  // namespace ecomgen::parquet
