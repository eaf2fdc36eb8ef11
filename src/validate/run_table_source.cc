#include "validate/run_table_source.h"

namespace ecomgen::validate {

bool RunTableSource::HasTable(TableId table) const {
  return csv_.HasTable(table) || parquet_.HasTable(table);
}

Result<LoadedTable> RunTableSource::ReadTable(TableId table,
                                              std::span<const ColumnRequest> columns) {
  if (parquet_.HasTable(table)) return parquet_.ReadTable(table, columns);
  return csv_.ReadTable(table, columns);
}

}  // namespace ecomgen::validate
