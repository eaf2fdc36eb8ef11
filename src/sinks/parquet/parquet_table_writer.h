// ParquetTableWriter: the Parquet implementation of TableWriter. Receives encoded chunks in
// chunk order on the writer thread, groups them into row groups and writes the file:
//
//   "PAR1" | row group 0 | row group 1 | ... | FileMetaData | footer length (u32 LE) | "PAR1"
//
// A row group holds whole chunks: when the next chunk would take the open row group past
// FormatOptions::row_group_rows, the open group is written first (a single chunk larger than
// the limit makes a row group of its own). Inside a row group each column chunk is
// contiguous: its dictionary page (kEnum columns; the same bytes every time, compressed
// once), then the data pages of each buffered chunk in order. The chunks of the open row
// group are therefore held in memory until it is written; their buffers are handed back to
// later Append calls, so steady state does not allocate.
//
// Errors are sticky: after a failed write, Append returns the failure again and Finish
// reports it without writing a footer.
//
// Thread safety: one writer thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "batch/schema.h"
#include "sinks/file/output_file.h"
#include "sinks/parquet/column_encoder.h"
#include "sinks/parquet/footer_writer.h"
#include "sinks/sink.h"

namespace ecomgen::parquet {

class ParquetTableWriter final : public TableWriter {
 public:
  // REQUIRES: `schema` outlives the writer; options.row_group_rows > 0.
  ParquetTableWriter(const Schema& schema, std::unique_ptr<OutputFile> file,
                     const FormatOptions& options);

  // REQUIRES: `chunk` was produced by a ParquetChunkEncoder for the same schema. Takes the
  // chunk's buffers and leaves recycled (empty) ones in their place.
  Status Append(EncodedChunk& chunk) override;
  Status Finish() override;
  uint64_t bytes_written() const override { return offset_; }

 private:
  struct PendingChunk {
    std::string bytes;
    std::unique_ptr<ChunkSideData> side;
  };

  Status WriteRowGroup();
  Status Write(std::string_view bytes);
  // Writes the leading magic unless it is already there.
  Status StartFile();

  const Schema* schema_;
  std::unique_ptr<OutputFile> file_;
  Compression compression_;
  int64_t row_group_rows_;
  std::vector<std::unique_ptr<ColumnEncoder>> encoders_;
  // Per column: the complete dictionary page (header + body), empty for plain columns.
  std::vector<std::string> dictionary_pages_;
  std::vector<int64_t> dictionary_uncompressed_bytes_;

  std::vector<PendingChunk> pending_;  // chunks of the open row group, in order
  std::vector<PendingChunk> spare_;    // buffers to hand back to the caller
  int64_t pending_rows_ = 0;
  std::vector<RowGroupMeta> row_groups_;
  ColumnStats merged_stats_;  // scratch for merging a column's chunk statistics

  uint64_t offset_ = 0;  // bytes written to file_
  Status status_;
  bool finished_ = false;
};

// The footer's created_by: "ecomgen version <version> (build <id>)".
std::string_view CreatedBy();

}  // namespace ecomgen::parquet
