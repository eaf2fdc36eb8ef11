// RunTables: the tables of one run, loaded with the columns the checks read.
//
// Each table has one fixed ColumnRequest list (TableRequest), so every check can rely on
// its columns being there whenever the table is. A table whose file lacks one of the
// contract's required columns is reported and left unloaded: the checks that need it SKIP.
//
// Thread safety: a value type.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "ecomgen/result.h"
#include "ecomgen/table_id.h"
#include "validate/check_list.h"
#include "validate/loaded_table.h"
#include "validate/table_source.h"

namespace ecomgen::validate {

// How a code column's values are checked (contract section 3, "Vocabularies").
enum class VocabularyRule : unsigned char {
  kNone,       // free text kept as codes (region)
  kClosed,     // exactly the request's vocabulary
  kSnakeCase,  // the vocabulary is open: any lower_snake_case value
};

struct VocabularyColumn {
  TableId table;
  std::string_view column;
  VocabularyRule rule;
};

struct RunTables {
  std::array<std::optional<LoadedTable>, kTableCount> tables;
  // Data rows of each table's file, -1 when the run has no file (kept also for a table that
  // was left unloaded for lack of a required column).
  std::array<int64_t, kTableCount> file_rows = MissingRows();

  static constexpr std::array<int64_t, kTableCount> MissingRows() {
    std::array<int64_t, kTableCount> rows{};
    rows.fill(-1);
    return rows;
  }

  // The loaded table, or nullptr when the run lacks it (or it lacks a required column).
  const LoadedTable* get(TableId table) const {
    const auto& slot = tables[static_cast<size_t>(table)];
    return slot ? &*slot : nullptr;
  }
};

// The columns the validator reads from `table`.
std::span<const ColumnRequest> TableRequest(TableId table);
// The contract's required columns of `table` (section 3).
std::span<const std::string_view> RequiredColumns(TableId table);
// Every code column and how its vocabulary is checked.
std::span<const VocabularyColumn> VocabularyColumns();

// Reads the tables in `which` from `source`. With `checks`, adds per table a row
// "<table> file" (SKIP when missing) and "<table> required columns".
// Fails only when a file cannot be read or a value does not parse.
Result<RunTables> LoadRunTables(TableSource& source, std::span<const TableId> which,
                                CheckList* checks);

}  // namespace ecomgen::validate
