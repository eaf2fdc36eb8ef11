// The Parquet output format: the factory the pipeline uses to encode chunks on worker
// threads (ParquetChunkEncoder) and write them in order (ParquetTableWriter).
//
// The file layout, type mapping and statistics are described in footer_writer.h and
// parquet_table_writer.h; ParquetReader reads the files back.
//
// Thread safety: a Format is immutable; share it between threads.
#pragma once

#include <memory>

#include "sinks/sink.h"

namespace ecomgen {

// The Parquet format with `options.compression` and `options.row_group_rows`.
// REQUIRES: options.row_group_rows > 0.
std::unique_ptr<Format> MakeParquetFormat(const FormatOptions& options);

}  // namespace ecomgen
