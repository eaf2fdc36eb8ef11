// ParquetTableSource: a TableSource over the Parquet files of one run.
//
// Reads each table file one row group at a time through parquet::ParquetReader and converts
// only the requested columns into the same LoadedTable a CsvTableSource builds from the CSV
// of the same run (both go through LoadedTableBuilder). Typed columns map onto the kinds
// without text: INT64/INT32 -> kInt, DECIMAL(18,2) -> kCents (and x10^4 -> kPercent),
// TIMESTAMP(MICROS) -> kTimestamp, DATE -> kDate, BOOLEAN -> kBool, DOUBLE -> kDouble.
// String columns (enum columns come back as strings) take the CSV path: an empty string is
// NULL, kCode values are interned, kHash values hashed, other kinds parsed from the text.
// A column whose Parquet type cannot hold the requested kind, or a value out of the kind's
// range, fails the read with `file: row N: column X: ...`.
//
// Thread safety: none; one source per validation.
#pragma once

#include <filesystem>
#include <span>

#include "validate/run_files.h"
#include "validate/table_source.h"

namespace ecomgen::validate {

class ParquetTableSource final : public TableSource {
 public:
  // REQUIRES: `run` outlives the source.
  explicit ParquetTableSource(const RunFiles& run) : run_(&run) {}

  // Whether the run's file for `table` is a Parquet file.
  bool HasTable(TableId table) const override;
  Result<LoadedTable> ReadTable(TableId table, std::span<const ColumnRequest> columns) override;

 private:
  const RunFiles* run_;
};

// Reads the whole Parquet file at `path` as `table`.
Result<LoadedTable> ReadParquetTable(const std::filesystem::path& path, TableId table,
                                     std::span<const ColumnRequest> columns);

}  // namespace ecomgen::validate
