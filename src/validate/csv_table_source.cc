#include "validate/csv_table_source.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "validate/loaded_table_builder.h"
#include "validate/table_formats.h"

namespace ecomgen::validate {

namespace {

// Whether CellFormat::CheckText's value of a `type` cell is what a `kind` request stores.
bool SameValue(ColumnType type, ValueKind kind) {
  switch (type) {
    case ColumnType::kInt64:
    case ColumnType::kInt32:
      return kind == ValueKind::kInt;
    case ColumnType::kDecimal:
      return kind == ValueKind::kCents;
    case ColumnType::kTimestamp:
      return kind == ValueKind::kTimestamp;
    case ColumnType::kDate:
      return kind == ValueKind::kDate;
    case ColumnType::kBool:
      return kind == ValueKind::kBool;
    default:
      return false;
  }
}

}  // namespace

Result<LoadedTable> ReadCsvTable(CsvReader& reader, TableId table,
                                 std::span<const ColumnRequest> columns) {
  std::vector<std::string_view> fields;
  if (!reader.Next(fields)) {
    if (!reader.status().ok()) return reader.status();
    return Status::InvalidArgument(reader.name() + ": empty file (no header row)");
  }
  std::vector<std::string> header(fields.begin(), fields.end());
  const size_t field_count = header.size();
  TableFormats formats(table, header);
  if (reader.crlf_line() != 0) formats.RecordCrlf(reader.crlf_line());
  LoadedTableBuilder builder(table, reader.name(), std::move(header), columns);
  // Per field: its format check, its requested column (-1 for a field only the format check
  // reads), and whether the format check's value is the one the request wants (then a cell
  // is parsed once).
  struct FieldPlan {
    const CellFormat* format = nullptr;
    int col_idx = -1;
    bool same_value = false;
  };
  std::vector<FieldPlan> plans(field_count);
  for (size_t field_idx = 0; field_idx < field_count; ++field_idx) {
    plans[field_idx].format = formats.format_of(field_idx);
  }
  for (size_t col_idx = 0; col_idx < builder.column_count(); ++col_idx) {
    if (builder.field_of(col_idx) < 0) continue;
    FieldPlan& plan = plans[static_cast<size_t>(builder.field_of(col_idx))];
    plan.col_idx = static_cast<int>(col_idx);
    plan.same_value =
        plan.format != nullptr && SameValue(plan.format->spec().type, builder.column(col_idx).kind);
  }

  while (reader.Next(fields)) {
    if (fields.size() != field_count) {
      return reader.ErrorAtRecord("expected " + std::to_string(field_count) + " fields, found " +
                                  std::to_string(fields.size()));
    }
    if (reader.crlf_line() != 0) formats.RecordCrlf(reader.crlf_line());
    for (size_t field_idx = 0; field_idx < field_count; ++field_idx) {
      const std::string_view text = fields[field_idx];
      const FieldPlan& plan = plans[field_idx];
      const int col_idx = plan.col_idx;
      const CellFormat* format = plan.format;
      if (format != nullptr && !text.empty()) {
        int64_t value = 0;
        const CellDefect defect = format->CheckText(text, &value);
        if (defect != CellDefect::kNone) {
          formats.Record(field_idx, defect, "line", reader.line(), text);
          // Reported once as a format FAIL; the checks reading the column see no value.
          if (col_idx >= 0) builder.AppendRefused(static_cast<size_t>(col_idx));
          continue;
        }
        if (plan.same_value) {
          if (!builder.AppendInt(static_cast<size_t>(col_idx), value)) {
            // INT64_MIN, the NULL form, which no value may take.
            formats.Record(field_idx, CellDefect::kOutOfRange, "line", reader.line(), text);
            builder.AppendRefused(static_cast<size_t>(col_idx));
          }
          continue;
        }
      }
      if (col_idx < 0) continue;
      if (builder.AppendText(static_cast<size_t>(col_idx), text)) continue;
      if (format != nullptr &&
          builder.column(static_cast<size_t>(col_idx)).kind != ValueKind::kCode) {
        // A declared value the checks' unit cannot hold (10^14 percent in millionths): a
        // defect of the cell, not of the file.
        formats.Record(field_idx, CellDefect::kOutOfRange, "line", reader.line(), text);
        builder.AppendRefused(static_cast<size_t>(col_idx));
      } else {
        return reader.ErrorAtRecord(builder.CellError(static_cast<size_t>(col_idx), text));
      }
    }
    builder.AddRows(1);
  }
  if (!reader.status().ok()) return reader.status();
  LoadedTable loaded = std::move(builder).Finish();
  loaded.formats_checked = true;
  loaded.format_findings = std::move(formats).Findings();
  return loaded;
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
