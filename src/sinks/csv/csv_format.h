// The CSV output format: the factory the pipeline uses to encode chunks on worker threads
// (CsvChunkEncoder) and write them in order (CsvTableWriter). The text is described in
// csv_chunk_encoder.h and csv_field_writer.h.
//
// Thread safety: a Format is immutable; share it between threads.
#pragma once

#include <memory>

#include "sinks/sink.h"

namespace ecomgen {

// The CSV format: extension "csv", header row, RFC 4180, '\n' line ends.
std::unique_ptr<Format> MakeCsvFormat();

}  // namespace ecomgen
