// RunTableSource: the TableSource for a run found by FindRun, whatever format it was written in.
//
// Each table is read by the source of its file's extension: CsvTableSource for `.csv`,
// ParquetTableSource for `.parquet`. Both build the same LoadedTable from the same rows, so
// the checks and the report do not depend on the format (only file names in messages do).
// A run whose tables came in different formats is read table by table the same way.
//
// Thread safety: none; one source per validation.
#pragma once

#include <span>

#include "validate/csv_table_source.h"
#include "validate/parquet_table_source.h"
#include "validate/run_files.h"
#include "validate/table_source.h"

namespace ecomgen::validate {

class RunTableSource final : public TableSource {
 public:
  // REQUIRES: `run` outlives the source.
  explicit RunTableSource(const RunFiles& run) : csv_(run), parquet_(run) {}

  // Whether the run has a CSV or a Parquet file for `table`.
  bool HasTable(TableId table) const override;
  Result<LoadedTable> ReadTable(TableId table, std::span<const ColumnRequest> columns) override;

 private:
  CsvTableSource csv_;
  ParquetTableSource parquet_;
};

}  // namespace ecomgen::validate
