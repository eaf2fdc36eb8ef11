// TableSource: where the validator reads a run's tables from.
//
// The checks never see a file format: they ask a TableSource for named columns of a table
// and get a LoadedTable back. CsvTableSource reads the CSV files of a run, ParquetTableSource
// its Parquet files (typed columns map onto the ValueKinds without text parsing), and
// RunTableSource picks one of the two per table by the file's extension.
//
// Thread safety: none; one source per validation.
#pragma once

#include <span>

#include "ecomgen/result.h"
#include "ecomgen/table_id.h"
#include "validate/loaded_table.h"

namespace ecomgen::validate {

class TableSource {
 public:
  virtual ~TableSource() = default;
  // Whether the run has a file for `table`.
  virtual bool HasTable(TableId table) const = 0;
  // Reads `columns` of `table` into one LoadedTable (columns in request order, plus the
  // file's whole header). A requested column the file lacks comes back with present=false.
  // Fails with a message naming the file (and line, for text formats) when a value of a
  // requested column does not parse as its kind.
  // REQUIRES: HasTable(table).
  virtual Result<LoadedTable> ReadTable(TableId table, std::span<const ColumnRequest> columns) = 0;
};

}  // namespace ecomgen::validate
