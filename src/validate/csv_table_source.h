// CsvTableSource: a TableSource over the CSV files of one run.
//
// Reads each table file once, front to back, converting only the requested columns into
// their compact form; every other field is skipped without copying. A value that does not
// parse fails the read with `file:line: column X: cannot parse 'v' as a timestamp`. The cells
// become values through LoadedTableBuilder, which the Parquet source shares.
//
// Thread safety: none; one source per validation.
#pragma once

#include <span>

#include "validate/csv_reader.h"
#include "validate/run_files.h"
#include "validate/table_source.h"

namespace ecomgen::validate {

class CsvTableSource final : public TableSource {
 public:
  // REQUIRES: `run` outlives the source.
  explicit CsvTableSource(const RunFiles& run) : run_(&run) {}

  // Whether the run's file for `table` is a CSV file.
  bool HasTable(TableId table) const override;
  Result<LoadedTable> ReadTable(TableId table, std::span<const ColumnRequest> columns) override;

 private:
  const RunFiles* run_;
};

// Reads a whole table from `reader`: a header row, then one record per row.
Result<LoadedTable> ReadCsvTable(CsvReader& reader, TableId table,
                                 std::span<const ColumnRequest> columns);

}  // namespace ecomgen::validate
