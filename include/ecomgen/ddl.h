// Text exports of the schema: CREATE TABLE statements for five SQL dialects, and a dbt
// sources.yml. Types follow docs/formats.md, keys and descriptions come from column_docs.h.
//
// Keys per dialect: PostgreSQL gets primary keys and UNIQUE in CREATE TABLE and the foreign
// keys as ALTER TABLE statements at the end (so data can be loaded between the two); DuckDB,
// which cannot add a foreign key to an existing table, declares them inside CREATE TABLE (the
// tables come in dependency order, so loading them in that order satisfies every key);
// BigQuery and Snowflake take informational (not enforced) keys; Spark SQL has none, and a
// comment above each table names them.
//
// Thread safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ecomgen/result.h"
#include "ecomgen/table_id.h"

namespace ecomgen::ddl {

enum class Dialect : uint8_t { kPostgres, kDuckdb, kBigquery, kSpark, kSnowflake };

// "postgres", "duckdb", "bigquery", "spark", "snowflake" -> the dialect; nullopt otherwise.
std::optional<Dialect> DialectFromName(std::string_view name);
// The names DialectFromName accepts, separated by '|', for messages.
std::string_view DialectNames();

// The name of `table` as statements refer to it: "schema.table", or "table" when `schema` is
// empty. REQUIRES: `schema` is empty or a plain identifier.
std::string QualifiedName(std::string_view schema, TableId table);

// CREATE TABLE for one table, with its comments (and, for DuckDB, its foreign keys).
std::string CreateTableSql(Dialect dialect, std::string_view schema, TableId table);
// The foreign keys of every table as ALTER TABLE statements; PostgreSQL only (empty text for
// the other dialects, whose keys sit in CREATE TABLE or do not exist).
std::string ForeignKeysSql(Dialect dialect, std::string_view schema);
// The whole script: every CREATE TABLE in dependency order, then ForeignKeysSql.
std::string SchemaSql(Dialect dialect, std::string_view schema);

// A dbt sources.yml declaring source `source_name` (in database schema `schema` when not
// empty) with every table and column, their descriptions, and tests: unique and not_null on
// keys, not_null on required columns, relationships on foreign keys, accepted_values on
// vocabulary columns.
std::string DbtSourcesYaml(std::string_view source_name, std::string_view schema);

// DuckDB statements that fill the tables of SchemaSql(kDuckdb, schema) from the Parquet files
// of the run in `dir` (`run_prefix` picks one when several are there; empty: the only one):
// INSERT ... SELECT * FROM read_parquet(absolute path) per table the run has. InvalidArgument
// naming --parquet-dir when there is no run or it has no Parquet files.
Result<std::string> DuckdbParquetInserts(const std::string& dir, const std::string& run_prefix,
                                         std::string_view schema);

// `text` as a single-quoted SQL literal ('it''s').
std::string SqlString(std::string_view text);

}  // namespace ecomgen::ddl
