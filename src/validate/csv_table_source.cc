#include "validate/csv_table_source.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "validate/loaded_table_builder.h"

namespace ecomgen::validate {

Result<LoadedTable> ReadCsvTable(CsvReader& reader, TableId table,
                                 std::span<const ColumnRequest> columns) {
  std::vector<std::string_view> fields;
  if (!reader.Next(fields)) {
    if (!reader.status().ok()) return reader.status();
    return Status::InvalidArgument(reader.name() + ": empty file (no header row)");
  }
  std::vector<std::string> header(fields.begin(), fields.end());
  const size_t field_count = header.size();
  LoadedTableBuilder builder(table, reader.name(), std::move(header), columns);

  while (reader.Next(fields)) {
    if (fields.size() != field_count) {
      return reader.ErrorAtRecord("expected " + std::to_string(field_count) + " fields, found " +
                                  std::to_string(fields.size()));
    }
    for (size_t col_idx = 0; col_idx < builder.column_count(); ++col_idx) {
      const int field_idx = builder.field_of(col_idx);
      if (field_idx < 0) continue;
      const std::string_view text = fields[static_cast<size_t>(field_idx)];
      if (!builder.AppendText(col_idx, text)) {
        return reader.ErrorAtRecord(builder.CellError(col_idx, text));
      }
    }
    builder.AddRows(1);
  }
  if (!reader.status().ok()) return reader.status();
  return std::move(builder).Finish();
}

bool CsvTableSource::HasTable(TableId table) const {
  const std::optional<std::filesystem::path>& path = run_->tables[static_cast<size_t>(table)];
  return path && IsFileOf(*path, OutputFormat::kCsv);
}

Result<LoadedTable> CsvTableSource::ReadTable(TableId table,
                                              std::span<const ColumnRequest> columns) {
  const std::filesystem::path& path = *run_->tables[static_cast<size_t>(table)];
  Result<std::unique_ptr<CsvReader>> reader = CsvReader::Open(path);
  if (!reader) return reader.error();
  return ReadCsvTable(**reader, table, columns);
}

}  // namespace ecomgen::validate
