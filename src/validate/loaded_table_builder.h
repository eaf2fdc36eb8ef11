// LoadedTableBuilder: builds a LoadedTable cell by cell, for any TableSource.
//
// Both file formats go through this one class, so a run validates the same whichever format
// it was written in: the CSV source hands it every cell as text (AppendText), the Parquet
// source hands it typed values already in the ValueKind's unit (AppendInt, AppendDouble)
// and strings as text. The class owns what the two must agree on: which requested column
// sits where in the file's header, the NULL form of each kind, the parsing of text cells
// (an empty cell is NULL, as the contract writes it), the dictionary codes of kCode columns
// and the hashes of kHash columns.
//
//   LoadedTableBuilder builder(table, "orders.csv", header, TableRequest(table));
//   for each record: for each col_idx with builder.field_of(col_idx) >= 0:
//     if (!builder.AppendText(col_idx, cell)) return Error(builder.CellError(col_idx, cell));
//   builder.AddRows(1);
//   LoadedTable loaded = std::move(builder).Finish();
//
// Thread safety: none; one builder per table read.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/table_id.h"
#include "validate/loaded_table.h"

namespace ecomgen::validate {

class LoadedTableBuilder {
 public:
  // Starts `table` read from `source_name` whose columns are `header` (file order), keeping
  // the `columns` requested (a request the header lacks comes back with present=false).
  LoadedTableBuilder(TableId table, std::string source_name, std::vector<std::string> header,
                     std::span<const ColumnRequest> columns);
  // Code interners point into the table being built, so the builder stays where it is.
  LoadedTableBuilder(const LoadedTableBuilder&) = delete;
  LoadedTableBuilder& operator=(const LoadedTableBuilder&) = delete;

  size_t column_count() const { return table_.columns.size(); }
  // Where requested column `col_idx` sits in the header; -1 when the file lacks it.
  int field_of(size_t col_idx) const { return field_of_column_[col_idx]; }
  const LoadedColumn& column(size_t col_idx) const { return table_.columns[col_idx]; }
  const LoadedTable& table() const { return table_; }

  // The cells below append one value to requested column `col_idx`.
  // REQUIRES (all): col_idx < column_count() and field_of(col_idx) >= 0.

  // Appends a NULL in the kind's NULL form.
  void AppendNull(size_t col_idx);
  // Appends the NULL form for a cell the format checks refused (table_formats.h): the other
  // checks skip it as they skip a NULL, but null_count, the file's NULLs, leaves it out, so
  // the cell is reported once, as a format defect.
  void AppendRefused(size_t col_idx);
  // Appends the text of a cell, parsed as the column's kind; an empty text is NULL. False
  // when it does not parse (or a kCode column would exceed 65535 distinct values).
  bool AppendText(size_t col_idx, std::string_view text);
  // Appends `value`, already in the kind's unit (cents, millionths of a percent, us, days,
  // 0/1). False when it equals kNullInt, which no value may take.
  // REQUIRES: the kind is neither kDouble nor kCode nor kHash.
  bool AppendInt(size_t col_idx, int64_t value);
  // Appends `value` to a kDouble column; -0.0 is stored as 0.0, as CSV prints it.
  // REQUIRES: the kind is kDouble.
  void AppendDouble(size_t col_idx, double value);

  // Counts `rows` more rows (each requested column got one value for each).
  void AddRows(int64_t rows) { table_.rows += rows; }

  // "column X: cannot parse 'v' as a timestamp (...)" for a cell AppendText refused.
  std::string CellError(size_t col_idx, std::string_view text) const;

  // The table built. The builder must not be used afterwards.
  LoadedTable Finish() &&;

 private:
  LoadedTable table_;
  std::vector<int> field_of_column_;
  std::vector<std::unique_ptr<CodeInterner>> interners_;  // kCode columns only
};

// How a kind is named in messages: "a timestamp (YYYY-MM-DDTHH:MM:SSZ)".
std::string_view ValueKindName(ValueKind kind);

}  // namespace ecomgen::validate
