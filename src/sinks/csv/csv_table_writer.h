// CsvTableWriter: the CSV implementation of TableWriter. Writes the header row (the
// schema's column names, quoted like any string field) before the first chunk, or alone
// for an empty table, then appends the chunks' bytes in the order they arrive.
//
// Errors are sticky: after a failed write, Append returns the failure again and Finish
// reports it without closing the file (the caller abandons it).
//
// Thread safety: one writer thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "batch/schema.h"
#include "ecomgen/status.h"
#include "sinks/file/output_file.h"
#include "sinks/sink.h"

namespace ecomgen::csv {

class CsvTableWriter final : public TableWriter {
 public:
  CsvTableWriter(const Schema& schema, std::unique_ptr<OutputFile> file);

  // REQUIRES: `chunk` was produced by a CsvChunkEncoder for the same schema. Leaves the
  // chunk as it was, so its buffer can be encoded into again.
  Status Append(EncodedChunk& chunk) override;
  // Writes the header if no chunk did, and closes the file.
  Status Finish() override;
  uint64_t bytes_written() const override { return bytes_written_; }

 private:
  Status Write(std::string_view bytes);
  Status WriteHeaderOnce();

  std::unique_ptr<OutputFile> file_;
  std::string header_;  // the header row with its '\n'
  bool header_written_ = false;
  bool finished_ = false;
  uint64_t bytes_written_ = 0;
  Status status_;
};

// The CSV header row of `schema`: the column names, comma-separated, ending in '\n'.
std::string CsvHeader(const Schema& schema);

}  // namespace ecomgen::csv
