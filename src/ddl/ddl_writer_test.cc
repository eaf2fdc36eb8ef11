#include <gtest/gtest.h>

#include <string>

#include "ecomgen/ddl.h"

namespace ecomgen::ddl {
namespace {

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(DdlWriterTest, DialectNamesRoundTrip) {
  for (std::string_view name : {"postgres", "duckdb", "bigquery", "spark", "snowflake"}) {
    EXPECT_TRUE(DialectFromName(name).has_value()) << name;
  }
  EXPECT_FALSE(DialectFromName("mysql").has_value());
  EXPECT_FALSE(DialectFromName("").has_value());
}

TEST(DdlWriterTest, PostgresHasTypesKeysAndComments) {
  const std::string sql = SchemaSql(Dialect::kPostgres, "");
  EXPECT_TRUE(Contains(sql, "CREATE TABLE orders (\n  order_id BIGINT NOT NULL,\n"));
  EXPECT_TRUE(Contains(sql, "  campaign_id BIGINT,\n"));  // nullable
  EXPECT_TRUE(Contains(sql, "  total_amount NUMERIC(18,2) NOT NULL,\n"));
  EXPECT_TRUE(Contains(sql, "  order_ts TIMESTAMPTZ NOT NULL,\n"));
  EXPECT_TRUE(Contains(sql, "  PRIMARY KEY (metric_ts)\n"));
  EXPECT_TRUE(Contains(sql, "  UNIQUE (email)\n"));
  EXPECT_TRUE(Contains(sql, "COMMENT ON COLUMN orders.campaign_id IS 'Campaign that drove"));
  EXPECT_TRUE(Contains(sql,
                       "ALTER TABLE returns ADD CONSTRAINT returns_order_item_id_fkey "
                       "FOREIGN KEY (order_item_id) REFERENCES order_items (order_item_id);"));
  // Foreign keys come after every CREATE TABLE, so data can be loaded in between.
  EXPECT_GT(sql.find("ALTER TABLE"), sql.rfind("CREATE TABLE"));
}

TEST(DdlWriterTest, DuckdbDeclaresForeignKeysInline) {
  const std::string sql = CreateTableSql(Dialect::kDuckdb, "", TableId::kOrderItems);
  EXPECT_TRUE(Contains(sql, "  FOREIGN KEY (order_id) REFERENCES orders (order_id),\n"));
  EXPECT_TRUE(Contains(sql, "  unit_price DECIMAL(18,2) NOT NULL,\n"));
  EXPECT_EQ(ForeignKeysSql(Dialect::kDuckdb, ""), "");
}

TEST(DdlWriterTest, WarehouseDialectsMarkKeysInformational) {
  const std::string bigquery = CreateTableSql(Dialect::kBigquery, "shop", TableId::kProducts);
  EXPECT_TRUE(
      Contains(bigquery, "CREATE TABLE shop.products (\n  product_id INT64 NOT NULL OPTIONS"));
  EXPECT_TRUE(Contains(bigquery, "PRIMARY KEY (product_id) NOT ENFORCED"));
  EXPECT_TRUE(Contains(
      bigquery, "FOREIGN KEY (supplier_id) REFERENCES shop.suppliers (supplier_id) NOT ENFORCED"));
  const std::string snowflake = CreateTableSql(Dialect::kSnowflake, "", TableId::kOrders);
  EXPECT_TRUE(Contains(snowflake, "order_ts TIMESTAMP_TZ NOT NULL COMMENT 'Time the order"));
  EXPECT_TRUE(Contains(snowflake, "FOREIGN KEY (customer_id) REFERENCES customers (customer_id)"));
  const std::string spark = CreateTableSql(Dialect::kSpark, "", TableId::kReturns);
  EXPECT_TRUE(Contains(spark,
                       "-- Spark SQL has no key constraints. Primary key: return_id; "
                       "order_id -> orders.order_id"));
  EXPECT_FALSE(Contains(spark, "PRIMARY KEY"));
  EXPECT_TRUE(Contains(spark, "USING PARQUET"));
}

TEST(DdlWriterTest, QuotesAreEscaped) {
  EXPECT_EQ(SqlString("it's"), "'it''s'");
  EXPECT_EQ(SqlString(""), "''");
}

TEST(DdlWriterTest, DbtSourcesCarryTests) {
  const std::string yaml = DbtSourcesYaml("ecomgen", "raw");
  EXPECT_TRUE(Contains(yaml, "version: 2\n\nsources:\n  - name: ecomgen\n    schema: raw\n"));
  EXPECT_TRUE(Contains(yaml,
                       "          - name: order_id\n"
                       "            description: 'Order key, 1-based, in time order'\n"
                       "            tests:\n"
                       "              - unique\n"
                       "              - not_null\n"));
  EXPECT_TRUE(Contains(yaml,
                       "              - relationships:\n"
                       "                  to: source('ecomgen', 'customers')\n"
                       "                  field: customer_id\n"));
  EXPECT_TRUE(Contains(yaml, "values: ['success', 'failed']"));
  EXPECT_TRUE(Contains(yaml, "values: ['gen_z', 'millennial', 'gen_x', 'boomer']"));
  // Nullable columns are not tested for NULLs.
  EXPECT_TRUE(Contains(yaml,
                       "          - name: campaign_id\n"
                       "            description: 'Campaign that drove the order "
                       "(campaigns.campaign_id); NULL: none'\n"
                       "            tests:\n"
                       "              - relationships:\n"));
}

}  // namespace
}  // namespace ecomgen::ddl
