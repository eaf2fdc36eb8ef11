// Schema: the columns of one table, in output order, with their types.
//
// The schema is the one description both sinks work from, so CSV and Parquet always agree on
// column names, order, types and nullability. Columns of type kEnum hold an index into a
// fixed dictionary known before any row exists (vocabularies, city names); the Parquet sink
// writes that dictionary once per column chunk and the CSV sink prints the entry.
//
// Thread safety: immutable after construction; share by const reference.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ecomgen/table_id.h"

namespace ecomgen {

enum class ColumnType : uint8_t {
  kInt64,      // int64 value
  kInt32,      // int64 storage, values fit in int32
  kDouble,     // double, already rounded to `decimals` places by the generator
  kBool,       // int64 storage, 0 or 1
  kString,     // bytes, UTF-8
  kEnum,       // int64 storage: index into `dictionary`
  kTimestamp,  // int64 microseconds since the Unix epoch, UTC
  kDate,       // int64 days since the Unix epoch
  kDecimal,    // int64 hundredths (money in cents): DECIMAL(18,2)
};

struct ColumnSpec {
  std::string_view name;
  ColumnType type = ColumnType::kInt64;
  bool nullable = false;
  // kDouble: digits after the decimal point in CSV. The generator rounds values to this many
  // places, so the CSV text and the Parquet double are the same number.
  int decimals = 0;
  // kEnum: the values; a cell holds the index of one of them.
  std::span<const std::string_view> dictionary = {};
};

struct Schema {
  TableId table = TableId::kCustomers;
  std::vector<ColumnSpec> columns;

  size_t size() const { return columns.size(); }
  // The index of column `name`, or -1.
  int IndexOf(std::string_view name) const {
    for (size_t col_idx = 0; col_idx < columns.size(); ++col_idx) {
      if (columns[col_idx].name == name) return static_cast<int>(col_idx);
    }
    return -1;
  }
};

// Whether values of this type live in Column::ints().
constexpr bool StoredAsInt(ColumnType type) {
  return type != ColumnType::kDouble && type != ColumnType::kString;
}

}  // namespace ecomgen
