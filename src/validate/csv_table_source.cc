#include "validate/csv_table_source.h"

#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "validate/value_parse.h"

namespace ecomgen::validate {

namespace {

std::string_view KindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kInt:
      return "an integer";
    case ValueKind::kCents:
      return "an amount with two decimals";
    case ValueKind::kPercent:
      return "a percentage";
    case ValueKind::kTimestamp:
      return "a timestamp (YYYY-MM-DDTHH:MM:SSZ)";
    case ValueKind::kDate:
      return "a date (YYYY-MM-DD)";
    case ValueKind::kBool:
      return "true or false";
    case ValueKind::kDouble:
      return "a number";
    case ValueKind::kCode:
      return "a vocabulary value";
    case ValueKind::kHash:
      return "a string";
  }
  return "a value";
}

// Appends the cell `text` to `column`; false when it does not parse.
bool AppendCell(std::string_view text, LoadedColumn& column, CodeInterner* interner) {
  if (text.empty()) {
    ++column.null_count;
    switch (column.kind) {
      case ValueKind::kDouble:
        column.doubles.push_back(std::nan(""));
        break;
      case ValueKind::kCode:
        column.codes.push_back(kNullCode);
        break;
      default:
        column.ints.push_back(kNullInt);
    }
    return true;
  }
  int64_t value = 0;
  bool ok = false;
  switch (column.kind) {
    case ValueKind::kInt:
      ok = ParseInt64(text, &value);
      break;
    case ValueKind::kCents:
      ok = ParseCents(text, &value);
      break;
    case ValueKind::kPercent:
      ok = ParsePercentMicro(text, &value);
      break;
    case ValueKind::kTimestamp:
      ok = ParseTimestampUs(text, &value);
      break;
    case ValueKind::kDate:
      ok = ParseDateDays(text, &value);
      break;
    case ValueKind::kBool: {
      bool flag = false;
      ok = ParseBool(text, &flag);
      value = flag ? 1 : 0;
      break;
    }
    case ValueKind::kHash:
      ok = true;
      value = static_cast<int64_t>(HashText(text));
      break;
    case ValueKind::kDouble: {
      double number = 0;
      if (!ParseDouble(text, &number)) return false;
      column.doubles.push_back(number);
      return true;
    }
    case ValueKind::kCode: {
      uint16_t code = 0;
      if (!interner->Intern(text, &code)) return false;
      column.codes.push_back(code);
      return true;
    }
  }
  if (!ok || value == kNullInt) return false;
  column.ints.push_back(value);
  return true;
}

}  // namespace

Result<LoadedTable> ReadCsvTable(CsvReader& reader, TableId table,
                                 std::span<const ColumnRequest> columns) {
  LoadedTable loaded;
  loaded.table = table;
  loaded.source_name = reader.name();
  std::vector<std::string_view> fields;
  if (!reader.Next(fields)) {
    if (!reader.status().ok()) return reader.status();
    return Status::InvalidArgument(reader.name() + ": empty file (no header row)");
  }
  for (std::string_view field : fields) loaded.header.emplace_back(field);

  // Where each requested column sits in a record (-1: absent).
  std::vector<int> field_of_column;
  loaded.columns.resize(columns.size());
  for (size_t col_idx = 0; col_idx < columns.size(); ++col_idx) {
    LoadedColumn& column = loaded.columns[col_idx];
    column.name = columns[col_idx].name;
    column.kind = columns[col_idx].kind;
    int field_idx = -1;
    for (size_t header_idx = 0; header_idx < loaded.header.size(); ++header_idx) {
      if (loaded.header[header_idx] == column.name) field_idx = static_cast<int>(header_idx);
    }
    column.present = field_idx >= 0;
    field_of_column.push_back(field_idx);
  }
  // Interners point into loaded.columns, which is not resized from here on.
  std::vector<std::unique_ptr<CodeInterner>> interners(columns.size());
  for (size_t col_idx = 0; col_idx < columns.size(); ++col_idx) {
    if (columns[col_idx].kind == ValueKind::kCode) {
      interners[col_idx] =
          std::make_unique<CodeInterner>(&loaded.columns[col_idx], columns[col_idx].vocabulary);
    }
  }

  const size_t field_count = loaded.header.size();
  while (reader.Next(fields)) {
    if (fields.size() != field_count) {
      return reader.ErrorAtRecord("expected " + std::to_string(field_count) + " fields, found " +
                                  std::to_string(fields.size()));
    }
    for (size_t col_idx = 0; col_idx < columns.size(); ++col_idx) {
      const int field_idx = field_of_column[col_idx];
      if (field_idx < 0) continue;
      LoadedColumn& column = loaded.columns[col_idx];
      const std::string_view text = fields[static_cast<size_t>(field_idx)];
      if (!AppendCell(text, column, interners[col_idx].get())) {
        std::string message = "column " + std::string(column.name) + ": cannot parse '" +
                              std::string(text) + "' as " + std::string(KindName(column.kind));
        if (column.kind == ValueKind::kCode)
          message = "column " + std::string(column.name) + ": more than 65535 distinct values";
        return reader.ErrorAtRecord(message);
      }
    }
    ++loaded.rows;
  }
  if (!reader.status().ok()) return reader.status();
  return loaded;
}

bool CsvTableSource::HasTable(TableId table) const {
  return run_->tables[static_cast<size_t>(table)].has_value();
}

Result<LoadedTable> CsvTableSource::ReadTable(TableId table,
                                              std::span<const ColumnRequest> columns) {
  const std::filesystem::path& path = *run_->tables[static_cast<size_t>(table)];
  if (path.extension() != ".csv") {
    // The Parquet reader plugs in here as another TableSource.
    return Status::InvalidArgument(path.filename().string() +
                                   ": reading Parquet files is not supported yet");
  }
  Result<std::unique_ptr<CsvReader>> reader = CsvReader::Open(path);
  if (!reader) return reader.error();
  return ReadCsvTable(**reader, table, columns);
}

}  // namespace ecomgen::validate
