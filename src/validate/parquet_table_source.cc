#include "validate/parquet_table_source.h"

#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch/batch.h"
#include "batch/schema.h"
#include "readers/parquet/parquet_reader.h"
#include "tables/schemas.h"
#include "validate/loaded_table_builder.h"
#include "validate/table_formats.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {

namespace {

// A DECIMAL(18,2) holds hundredths; kPercent wants millionths of a percent.
constexpr int64_t kHundredthsToPercentMicro = kPercentScale / 100;
constexpr int64_t kCentsPerUnit = 100;
constexpr double kHundredthsPerUnit = 100.0;
// Room for any int64 in decimal, with its sign.
constexpr size_t kInt64TextBytes = 20;

// How one requested column's stored values become the kind's values.
enum class Conversion : uint8_t {
  kText,             // strings: the CSV cell path (LoadedTableBuilder::AppendText)
  kIntAsText,        // integers into kCode/kHash: their decimal text, as CSV prints them
  kScaledInt,        // integer-like values times `factor`
  kDouble,           // doubles, as stored
  kIntToDouble,      // integers into kDouble
  kDecimalToDouble,  // hundredths into kDouble: the nearest double, as parsing "12.34" gives
};

struct ColumnPlan {
  Conversion conversion = Conversion::kText;
  int64_t factor = 1;
};

bool IsInteger(ColumnType type) { return type == ColumnType::kInt64 || type == ColumnType::kInt32; }

std::string_view ColumnTypeName(ColumnType type) {
  switch (type) {
    case ColumnType::kInt64:
      return "INT64";
    case ColumnType::kInt32:
      return "INT32";
    case ColumnType::kDouble:
      return "DOUBLE";
    case ColumnType::kBool:
      return "BOOLEAN";
    case ColumnType::kString:
    case ColumnType::kEnum:
      return "STRING";
    case ColumnType::kTimestamp:
      return "TIMESTAMP";
    case ColumnType::kDate:
      return "DATE";
    case ColumnType::kDecimal:
      return "DECIMAL(18,2)";
  }
  return "unknown";
}

// How a column of `type` is read as `kind`; nullopt when the type cannot hold the kind.
// The pairs are the ones a CSV of the same values would parse: an integer is a valid amount
// or percentage, a DECIMAL(18,2) is a valid percentage or number, and so on.
std::optional<ColumnPlan> PlanColumn(ColumnType type, ValueKind kind) {
  if (type == ColumnType::kString || type == ColumnType::kEnum) {
    return ColumnPlan{Conversion::kText, 1};
  }
  switch (kind) {
    case ValueKind::kInt:
      if (IsInteger(type)) return ColumnPlan{Conversion::kScaledInt, 1};
      break;
    case ValueKind::kCents:
      if (type == ColumnType::kDecimal) return ColumnPlan{Conversion::kScaledInt, 1};
      if (IsInteger(type)) return ColumnPlan{Conversion::kScaledInt, kCentsPerUnit};
      break;
    case ValueKind::kPercent:
      if (type == ColumnType::kDecimal) {
        return ColumnPlan{Conversion::kScaledInt, kHundredthsToPercentMicro};
      }
      if (IsInteger(type)) return ColumnPlan{Conversion::kScaledInt, kPercentScale};
      break;
    case ValueKind::kTimestamp:
      if (type == ColumnType::kTimestamp) return ColumnPlan{Conversion::kScaledInt, 1};
      break;
    case ValueKind::kDate:
      if (type == ColumnType::kDate) return ColumnPlan{Conversion::kScaledInt, 1};
      break;
    case ValueKind::kBool:
      if (type == ColumnType::kBool) return ColumnPlan{Conversion::kScaledInt, 1};
      break;
    case ValueKind::kDouble:
      if (type == ColumnType::kDouble) return ColumnPlan{Conversion::kDouble, 1};
      if (IsInteger(type)) return ColumnPlan{Conversion::kIntToDouble, 1};
      if (type == ColumnType::kDecimal) return ColumnPlan{Conversion::kDecimalToDouble, 1};
      break;
    case ValueKind::kCode:
    case ValueKind::kHash:
      if (IsInteger(type)) return ColumnPlan{Conversion::kIntAsText, 1};
      break;
  }
  return std::nullopt;
}

// Appends row `row` of `source` to requested column `col_idx`; false when the value has no
// form in the column's kind (out of range, not finite, too many distinct codes).
bool AppendValue(const Column& source, size_t row, const ColumnPlan& plan, size_t col_idx,
                 LoadedTableBuilder& builder) {
  if (source.is_null(row)) {
    builder.AppendNull(col_idx);
    return true;
  }
  switch (plan.conversion) {
    case Conversion::kText:
      return builder.AppendText(col_idx, source.string_at(row));
    case Conversion::kIntAsText: {
      char text[kInt64TextBytes];
      const char* end = std::to_chars(text, text + sizeof(text), source.ints()[row]).ptr;
      return builder.AppendText(col_idx, std::string_view(text, static_cast<size_t>(end - text)));
    }
    case Conversion::kScaledInt: {
      int64_t value = 0;
      if (__builtin_mul_overflow(source.ints()[row], plan.factor, &value)) return false;
      return builder.AppendInt(col_idx, value);
    }
    case Conversion::kDouble: {
      const double value = source.doubles()[row];
      // CSV would print "nan"/"inf", which does not parse as a number either.
      if (!std::isfinite(value)) return false;
      builder.AppendDouble(col_idx, value);
      return true;
    }
    case Conversion::kIntToDouble:
      builder.AppendDouble(col_idx, static_cast<double>(source.ints()[row]));
      return true;
    case Conversion::kDecimalToDouble:
      // Both operands are exact, so the correctly rounded quotient is the double nearest to
      // the decimal: the same bits ParseDouble gives for its CSV text.
      builder.AppendDouble(col_idx, static_cast<double>(source.ints()[row]) / kHundredthsPerUnit);
      return true;
  }
  return false;
}

// The value of `row` for a message: the string, or the stored number.
std::string ValueText(const Column& source, size_t row) {
  switch (source.spec().type) {
    case ColumnType::kString:
    case ColumnType::kEnum:
      return std::string(source.string_at(row));
    case ColumnType::kDouble:
      return std::to_string(source.doubles()[row]);
    default:
      return std::to_string(source.ints()[row]);
  }
}

bool IsText(ColumnType type) { return type == ColumnType::kString || type == ColumnType::kEnum; }

// How a field's stored values are format-checked.
enum class FieldCheck : uint8_t {
  kNone,   // not a declared column, or stored as a type that cannot be checked per value
  kTyped,  // stored as declared: typed values (or strings for text columns)
  kText,   // strings where another type is declared: each checked as a CSV cell
};

// The format defect of non-null row `row` of `source`, checked as `format` says.
CellDefect CheckStored(const Column& source, size_t row, const CellFormat& format, FieldCheck how) {
  if (how == FieldCheck::kText) return format.CheckText(source.string_at(row));
  switch (source.spec().type) {
    case ColumnType::kString:
    case ColumnType::kEnum:
      return format.CheckString(source.string_at(row));
    case ColumnType::kDouble:
      return format.CheckDouble(source.doubles()[row]);
    default:
      return format.CheckInt(source.ints()[row]);
  }
}

// Checks every non-null value of `source` (field `field_idx`), recording defects at 1-based
// file rows from `first_row` + 1 and listing the batch rows that hold one in `bad_rows`.
void CheckColumnFormats(const Column& source, size_t rows, size_t field_idx, FieldCheck how,
                        int64_t first_row, TableFormats& formats, std::vector<size_t>& bad_rows) {
  bad_rows.clear();
  const CellFormat* format = formats.format_of(field_idx);
  if (format == nullptr || how == FieldCheck::kNone) return;
  for (size_t row = 0; row < rows; ++row) {
    if (source.is_null(row)) continue;
    const CellDefect defect = CheckStored(source, row, *format, how);
    if (defect == CellDefect::kNone) continue;
    formats.Record(field_idx, defect, "row", first_row + static_cast<int64_t>(row) + 1,
                   ValueText(source, row));
    bad_rows.push_back(row);
  }
}

}  // namespace

Result<LoadedTable> ReadParquetTable(const std::filesystem::path& path, TableId table,
                                     std::span<const ColumnRequest> columns) {
  Result<std::unique_ptr<parquet::ParquetReader>> opened =
      parquet::ParquetReader::Open(path.string());
  if (!opened) return opened.error();
  parquet::ParquetReader& reader = **opened;
  const std::string name = path.filename().string();
  const Schema& schema = reader.schema();
  std::vector<std::string> header;
  header.reserve(schema.size());
  for (const ColumnSpec& spec : schema.columns) header.emplace_back(spec.name);
  TableFormats formats(table, header);
  // A field stored as another type than declared is one defect: its values are not checked,
  // except strings, whose text is checked as CSV cells would be.
  const Schema& declared = SchemaFor(table);
  std::vector<FieldCheck> check_field(schema.size(), FieldCheck::kNone);
  for (size_t field_idx = 0; field_idx < schema.size(); ++field_idx) {
    if (formats.format_of(field_idx) == nullptr) continue;
    const ColumnType stored = schema.columns[field_idx].type;
    const ColumnType wanted =
        declared.columns[static_cast<size_t>(declared.IndexOf(schema.columns[field_idx].name))]
            .type;
    if (stored == wanted || (IsText(stored) && IsText(wanted))) {
      check_field[field_idx] = FieldCheck::kTyped;
    } else {
      if (IsText(stored)) check_field[field_idx] = FieldCheck::kText;
      formats.RecordTypeMismatch(field_idx, std::string(ColumnTypeName(stored)) + ", declared " +
                                                std::string(ColumnTypeName(wanted)));
    }
  }
  LoadedTableBuilder builder(table, name, std::move(header), columns);

  std::vector<ColumnPlan> plans(builder.column_count());
  for (size_t col_idx = 0; col_idx < builder.column_count(); ++col_idx) {
    const int field_idx = builder.field_of(col_idx);
    if (field_idx < 0) continue;
    const LoadedColumn& column = builder.column(col_idx);
    const ColumnType type = schema.columns[static_cast<size_t>(field_idx)].type;
    const std::optional<ColumnPlan> plan = PlanColumn(type, column.kind);
    if (!plan) {
      return Status::InvalidArgument(name + ": column " + std::string(column.name) + ": a " +
                                     std::string(ColumnTypeName(type)) +
                                     " column cannot be read as " +
                                     std::string(ValueKindName(column.kind)));
    }
    plans[col_idx] = *plan;
  }

  int64_t first_row = 0;  // of the current row group, within the file
  std::vector<size_t> bad_rows;
  std::vector<std::vector<size_t>> bad_rows_of_column(builder.column_count());
  const Status status = reader.ForEachRowGroup([&](const Batch& batch) -> Status {
    const size_t rows = batch.rows();
    for (auto& list : bad_rows_of_column) list.clear();
    for (size_t field_idx = 0; field_idx < schema.size(); ++field_idx) {
      if (check_field[field_idx] == FieldCheck::kNone) continue;
      CheckColumnFormats(batch.col(field_idx), rows, field_idx, check_field[field_idx], first_row,
                         formats, bad_rows);
      for (size_t col_idx = 0; col_idx < builder.column_count(); ++col_idx) {
        if (builder.field_of(col_idx) == static_cast<int>(field_idx)) {
          bad_rows_of_column[col_idx] = bad_rows;
        }
      }
    }
    for (size_t col_idx = 0; col_idx < builder.column_count(); ++col_idx) {
      const int field_idx = builder.field_of(col_idx);
      if (field_idx < 0) continue;
      const Column& source = batch.col(static_cast<size_t>(field_idx));
      const std::vector<size_t>& bad = bad_rows_of_column[col_idx];
      size_t next_bad = 0;
      for (size_t row = 0; row < rows; ++row) {
        if (next_bad < bad.size() && bad[next_bad] == row) {
          // Reported once as a format FAIL; the checks reading the column see no value.
          ++next_bad;
          builder.AppendRefused(col_idx);
          continue;
        }
        if (AppendValue(source, row, plans[col_idx], col_idx, builder)) continue;
        const CellFormat* format = formats.format_of(static_cast<size_t>(field_idx));
        if (format != nullptr && builder.column(col_idx).kind != ValueKind::kCode) {
          // A declared value the checks' unit cannot hold (10^14 percent in millionths):
          // a defect of the cell, not of the file.
          formats.Record(static_cast<size_t>(field_idx), CellDefect::kOutOfRange, "row",
                         first_row + static_cast<int64_t>(row) + 1, ValueText(source, row));
          builder.AppendRefused(col_idx);
          continue;
        }
        const std::string text = ValueText(source, row);
        std::string message = name;
        message += ": row " + std::to_string(first_row + static_cast<int64_t>(row) + 1) + ": ";
        if (plans[col_idx].conversion == Conversion::kText ||
            plans[col_idx].conversion == Conversion::kIntAsText) {
          message += builder.CellError(col_idx, text);
        } else {
          const LoadedColumn& column = builder.column(col_idx);
          message += "column ";
          message += column.name;
          message += ": value " + text + " is out of range for ";
          message += ValueKindName(column.kind);
        }
        return Status::InvalidArgument(message);
      }
    }
    first_row += static_cast<int64_t>(rows);
    builder.AddRows(static_cast<int64_t>(rows));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  LoadedTable loaded = std::move(builder).Finish();
  loaded.formats_checked = true;
  loaded.format_findings = std::move(formats).Findings();
  return loaded;
}

bool ParquetTableSource::HasTable(TableId table) const {
  const std::optional<std::filesystem::path>& path = run_->tables[static_cast<size_t>(table)];
  return path && IsFileOf(*path, OutputFormat::kParquet);
}

Result<LoadedTable> ParquetTableSource::ReadTable(TableId table,
                                                  std::span<const ColumnRequest> columns) {
  return ReadParquetTable(*run_->tables[static_cast<size_t>(table)], table, columns);
}

}  // namespace ecomgen::validate
