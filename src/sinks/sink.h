// The sink interface: how generated batches become a file in some format.
//
// Writing is split in two phases so that formatting runs on every core while the file is
// still written in chunk order:
//   1. ChunkEncoder::Encode turns one chunk's Batch into bytes (CSV text, or a Parquet row
//      group's pages with their statistics). Any thread; one encoder per worker.
//   2. TableWriter::Append takes encoded chunks in chunk order on a single thread and writes
//      them to the OutputFile; Finish writes whatever closes the file (Parquet footer).
// Formats are picked by FormatOptions; MakeFormat builds the factory for one from the format
// registry (format_registry.h).
//
// Thread safety: a Format is immutable and shared; an encoder belongs to one worker; a
// TableWriter to the one writer thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "batch/batch.h"
#include "batch/schema.h"
#include "ecomgen/output_format.h"
#include "ecomgen/result.h"
#include "ecomgen/status.h"
#include "sinks/file/output_file.h"

namespace ecomgen {

// What a format keeps about a chunk besides its bytes (Parquet: page offsets and statistics).
class ChunkSideData {
 public:
  virtual ~ChunkSideData() = default;
};

struct EncodedChunk {
  std::string bytes;
  int64_t rows = 0;
  std::unique_ptr<ChunkSideData> side;

  void Clear() {
    bytes.clear();
    rows = 0;
  }
};

class ChunkEncoder {
 public:
  virtual ~ChunkEncoder() = default;
  // Encodes all rows of `batch` into `out`, replacing its content (its capacity is reused).
  virtual void Encode(const Batch& batch, EncodedChunk& out) = 0;
};

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  // Appends the next chunk in order. Errors are sticky and reported again by Finish.
  virtual Status Append(EncodedChunk& chunk) = 0;
  // Writes the trailer and closes the file.
  virtual Status Finish() = 0;
  // Bytes written so far.
  virtual uint64_t bytes_written() const = 0;
};

struct FormatOptions {
  OutputFormat format = OutputFormat::kCsv;
  Compression compression = Compression::kZstd;  // Parquet only
  int64_t row_group_rows = 1'000'000;            // Parquet only: rows per row group (upper bound)
};

class Format {
 public:
  virtual ~Format() = default;
  // "csv" or "parquet": the file extension, without the dot.
  virtual std::string_view extension() const = 0;
  virtual std::unique_ptr<ChunkEncoder> NewEncoder(const Schema& schema) const = 0;
  // REQUIRES: `schema` outlives the writer.
  virtual std::unique_ptr<TableWriter> NewWriter(const Schema& schema,
                                                 std::unique_ptr<OutputFile> file) const = 0;
};

// The factory of `options.format`, from its registry entry.
std::unique_ptr<Format> MakeFormat(const FormatOptions& options);

}  // namespace ecomgen
