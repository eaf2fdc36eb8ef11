// What each column of each table means, and the keys that tie the tables together: the
// metadata that DDL and dbt exports print (docs/schema.md says the same in prose).
//
// Kept apart from the schemas (tables/schemas.cc) so that the generators' column lists stay
// lean; column_docs_test.cc checks that every schema column has a description here and that
// every key names a real column.
//
// Thread safety: immutable constants.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "ecomgen/table_id.h"

namespace ecomgen::ddl {

struct ColumnDoc {
  std::string_view table;
  std::string_view column;
  std::string_view description;
};

// A foreign key: `table.column` refers to `target_table.target_column` (its primary key).
struct ForeignKey {
  std::string_view table;
  std::string_view column;
  std::string_view target_table;
  std::string_view target_column;
};

// A column whose values are unique within its table, besides the primary key.
struct UniqueColumn {
  std::string_view table;
  std::string_view column;
};

// Every documented column, in table order then column order.
std::span<const ColumnDoc> ColumnDocs();
// The description of `table.column`, or nullopt when it has none.
std::optional<std::string_view> ColumnDescription(std::string_view table, std::string_view column);
// One sentence on what a row of `table` is.
std::string_view TableDescription(TableId table);
// The primary key column of `table`.
std::string_view PrimaryKey(TableId table);
// The contract's foreign keys (section 3, Integrity), in table order.
std::span<const ForeignKey> ForeignKeys();
// Unique non-key columns (customers.email, products.sku).
std::span<const UniqueColumn> UniqueColumns();

}  // namespace ecomgen::ddl
