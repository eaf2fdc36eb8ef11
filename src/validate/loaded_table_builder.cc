#include "validate/loaded_table_builder.h"

#include <cassert>
#include <cmath>
#include <utility>

#include "validate/value_parse.h"

namespace ecomgen::validate {

std::string_view ValueKindName(ValueKind kind) {
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

LoadedTableBuilder::LoadedTableBuilder(TableId table, std::string source_name,
                                       std::vector<std::string> header,
                                       std::span<const ColumnRequest> columns) {
  table_.table = table;
  table_.source_name = std::move(source_name);
  table_.header = std::move(header);
  table_.columns.resize(columns.size());
  field_of_column_.reserve(columns.size());
  for (size_t col_idx = 0; col_idx < columns.size(); ++col_idx) {
    LoadedColumn& column = table_.columns[col_idx];
    column.name = columns[col_idx].name;
    column.kind = columns[col_idx].kind;
    int field_idx = -1;
    for (size_t header_idx = 0; header_idx < table_.header.size(); ++header_idx) {
      if (table_.header[header_idx] == column.name) field_idx = static_cast<int>(header_idx);
    }
    column.present = field_idx >= 0;
    field_of_column_.push_back(field_idx);
  }
  // Interners point into table_.columns, which is not resized from here on.
  interners_.resize(columns.size());
  for (size_t col_idx = 0; col_idx < columns.size(); ++col_idx) {
    if (columns[col_idx].kind == ValueKind::kCode) {
      interners_[col_idx] =
          std::make_unique<CodeInterner>(&table_.columns[col_idx], columns[col_idx].vocabulary);
    }
  }
}

void LoadedTableBuilder::AppendNull(size_t col_idx) {
  ++table_.columns[col_idx].null_count;
  AppendRefused(col_idx);
}

void LoadedTableBuilder::AppendRefused(size_t col_idx) {
  LoadedColumn& column = table_.columns[col_idx];
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
}

bool LoadedTableBuilder::AppendText(size_t col_idx, std::string_view text) {
  if (text.empty()) {
    AppendNull(col_idx);
    return true;
  }
  LoadedColumn& column = table_.columns[col_idx];
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
      AppendDouble(col_idx, number);
      return true;
    }
    case ValueKind::kCode: {
      uint16_t code = 0;
      if (!interners_[col_idx]->Intern(text, &code)) return false;
      column.codes.push_back(code);
      return true;
    }
  }
  if (!ok || value == kNullInt) return false;
  column.ints.push_back(value);
  return true;
}

bool LoadedTableBuilder::AppendInt(size_t col_idx, int64_t value) {
  LoadedColumn& column = table_.columns[col_idx];
  // A programmer error: doubles, codes and hashes have their own entry points.
  assert(column.kind != ValueKind::kDouble && column.kind != ValueKind::kCode &&
         column.kind != ValueKind::kHash && "AppendInt on a non-integer kind");
  if (value == kNullInt) return false;
  column.ints.push_back(value);
  return true;
}

void LoadedTableBuilder::AppendDouble(size_t col_idx, double value) {
  LoadedColumn& column = table_.columns[col_idx];
  // A programmer error: only kDouble columns hold doubles.
  assert(column.kind == ValueKind::kDouble && "AppendDouble on a non-double kind");
  // Adding +0.0 turns -0.0 into +0.0 and leaves every other value alone: CSV prints a
  // negative zero as "0", so both formats load the same bits.
  column.doubles.push_back(value + 0.0);
}

std::string LoadedTableBuilder::CellError(size_t col_idx, std::string_view text) const {
  const LoadedColumn& column = table_.columns[col_idx];
  if (column.kind == ValueKind::kCode) {
    return "column " + std::string(column.name) + ": more than 65535 distinct values";
  }
  return "column " + std::string(column.name) + ": cannot parse '" + std::string(text) + "' as " +
         std::string(ValueKindName(column.kind));
}

LoadedTable LoadedTableBuilder::Finish() && {
  interners_.clear();
  return std::move(table_);
}

}  // namespace ecomgen::validate
