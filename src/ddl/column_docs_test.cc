#include "ddl/column_docs.h"

#include <gtest/gtest.h>

#include <string>

#include "batch/schema.h"
#include "tables/schemas.h"

namespace ecomgen::ddl {
namespace {

const ColumnSpec* FindColumn(std::string_view table, std::string_view column) {
  const std::optional<TableId> id = TableFromName(table);
  if (!id) return nullptr;
  const Schema& schema = SchemaFor(*id);
  const int col_idx = schema.IndexOf(column);
  return col_idx < 0 ? nullptr : &schema.columns[static_cast<size_t>(col_idx)];
}

TEST(ColumnDocsTest, EverySchemaColumnHasADescription) {
  for (TableId table : kAllTables) {
    EXPECT_FALSE(TableDescription(table).empty()) << TableName(table);
    for (const ColumnSpec& column : SchemaFor(table).columns) {
      const std::optional<std::string_view> description =
          ColumnDescription(TableName(table), column.name);
      ASSERT_TRUE(description.has_value()) << TableName(table) << "." << column.name;
      EXPECT_FALSE(description->empty()) << TableName(table) << "." << column.name;
    }
  }
}

TEST(ColumnDocsTest, EveryDescriptionNamesASchemaColumnOnce) {
  for (size_t doc_idx = 0; doc_idx < ColumnDocs().size(); ++doc_idx) {
    const ColumnDoc& doc = ColumnDocs()[doc_idx];
    EXPECT_NE(FindColumn(doc.table, doc.column), nullptr) << doc.table << "." << doc.column;
    for (size_t other_idx = doc_idx + 1; other_idx < ColumnDocs().size(); ++other_idx) {
      EXPECT_FALSE(ColumnDocs()[other_idx].table == doc.table &&
                   ColumnDocs()[other_idx].column == doc.column)
          << "described twice: " << doc.table << "." << doc.column;
    }
  }
}

TEST(ColumnDocsTest, PrimaryKeysAreRequiredColumns) {
  for (TableId table : kAllTables) {
    const ColumnSpec* key = FindColumn(TableName(table), PrimaryKey(table));
    ASSERT_NE(key, nullptr) << TableName(table);
    EXPECT_FALSE(key->nullable) << TableName(table);
  }
}

TEST(ColumnDocsTest, EveryForeignKeyTargetsAPrimaryKeyOfTheSameType) {
  EXPECT_EQ(ForeignKeys().size(), 12u);  // the contract's list, plus returns.customer_id
  for (const ForeignKey& key : ForeignKeys()) {
    const ColumnSpec* column = FindColumn(key.table, key.column);
    ASSERT_NE(column, nullptr) << key.table << "." << key.column;
    const std::optional<TableId> target = TableFromName(key.target_table);
    ASSERT_TRUE(target.has_value()) << key.target_table;
    EXPECT_EQ(PrimaryKey(*target), key.target_column) << key.table << "." << key.column;
    const ColumnSpec* target_column = FindColumn(key.target_table, key.target_column);
    ASSERT_NE(target_column, nullptr) << key.target_table << "." << key.target_column;
    EXPECT_EQ(column->type, target_column->type) << key.table << "." << key.column;
    // Tables are created and loaded in TableId order, so a key must point backwards.
    EXPECT_LT(static_cast<int>(*target), static_cast<int>(*TableFromName(key.table)))
        << key.table << "." << key.column;
  }
}

TEST(ColumnDocsTest, UniqueColumnsExist) {
  for (const UniqueColumn& unique : UniqueColumns()) {
    EXPECT_NE(FindColumn(unique.table, unique.column), nullptr)
        << unique.table << "." << unique.column;
  }
}

}  // namespace
}  // namespace ecomgen::ddl
