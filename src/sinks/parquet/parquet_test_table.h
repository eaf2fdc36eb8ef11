// A test table for the Parquet sink: one column of every ColumnType, required and nullable,
// with edge values (int64 and DECIMAL(18,2) extremes, pre-1970 dates and timestamps, an
// all-NULL column, strings with quotes, commas, newlines and non-ASCII text). Rows are a
// pure function of their index, so any range of rows can be generated and checked.
//
// Thread safety: the schema is immutable; the functions are pure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "batch/batch.h"
#include "batch/schema.h"
#include "ecomgen/status.h"
#include "sinks/sink.h"

namespace ecomgen::parquet::testing {

// The table's schema (TableId::kOrders, so the file records a table name).
const Schema& TestSchema();

// Appends rows [first_row, first_row + count) to `batch`.
void AppendTestRows(int64_t first_row, size_t count, Batch& batch);

// Checks that `batch` (read back from a file; kEnum columns as kString) holds rows
// [first_row, first_row + batch.rows()); returns a description of the first difference.
std::string DiffTestRows(int64_t first_row, const Batch& batch);

// Writes `rows` rows in chunks of `chunk_rows` to a Parquet file at `path`.
Status WriteTestFile(const std::string& path, const FormatOptions& options, int64_t rows,
                     size_t chunk_rows);

}  // namespace ecomgen::parquet::testing
