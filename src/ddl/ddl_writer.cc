#include <array>

#include "batch/schema.h"
#include "ddl/column_docs.h"
#include "ecomgen/ddl.h"
#include "tables/schemas.h"

namespace ecomgen::ddl {
namespace {

// Vocabularies longer than this (city names) get no accepted_values test: a list of hundreds
// of names documents nothing and slows the test down.
constexpr size_t kMaxAcceptedValues = 32;

struct DialectInfo {
  std::string_view name;
  // Per ColumnType, in its declaration order.
  std::array<std::string_view, 9> types;
};

constexpr std::array<DialectInfo, 5> kDialects = {{
    {"postgres",
     {"BIGINT", "INTEGER", "DOUBLE PRECISION", "BOOLEAN", "TEXT", "TEXT", "TIMESTAMPTZ", "DATE",
      "NUMERIC(18,2)"}},
    {"duckdb",
     {"BIGINT", "INTEGER", "DOUBLE", "BOOLEAN", "VARCHAR", "VARCHAR", "TIMESTAMPTZ", "DATE",
      "DECIMAL(18,2)"}},
    {"bigquery",
     {"INT64", "INT64", "FLOAT64", "BOOL", "STRING", "STRING", "TIMESTAMP", "DATE",
      "NUMERIC(18,2)"}},
    {"spark",
     {"BIGINT", "INT", "DOUBLE", "BOOLEAN", "STRING", "STRING", "TIMESTAMP", "DATE",
      "DECIMAL(18,2)"}},
    {"snowflake",
     {"BIGINT", "INTEGER", "DOUBLE", "BOOLEAN", "VARCHAR", "VARCHAR", "TIMESTAMP_TZ", "DATE",
      "NUMBER(18,2)"}},
}};

const DialectInfo& Info(Dialect dialect) { return kDialects[static_cast<size_t>(dialect)]; }

std::string_view TypeName(Dialect dialect, ColumnType type) {
  return Info(dialect).types[static_cast<size_t>(type)];
}

std::string_view Description(TableId table, std::string_view column) {
  // column_docs_test.cc checks that every schema column has one.
  return ColumnDescription(TableName(table), column).value_or("");
}

// BigQuery takes descriptions as double-quoted string literals with backslash escapes.
std::string BigqueryString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

bool IsUnique(TableId table, std::string_view column) {
  for (const UniqueColumn& unique : UniqueColumns()) {
    if (unique.table == TableName(table) && unique.column == column) return true;
  }
  return false;
}

std::string ColumnLine(Dialect dialect, TableId table, const ColumnSpec& column) {
  std::string line = "  ";
  line += column.name;
  line += ' ';
  line += TypeName(dialect, column.type);
  if (!column.nullable) line += " NOT NULL";
  const std::string_view description = Description(table, column.name);
  switch (dialect) {
    case Dialect::kBigquery:
      line += " OPTIONS(description=" + BigqueryString(description) + ")";
      break;
    case Dialect::kSpark:
    case Dialect::kSnowflake:
      line += " COMMENT " + SqlString(description);
      break;
    case Dialect::kPostgres:
    case Dialect::kDuckdb:
      break;  // COMMENT ON statements after the table
  }
  return line;
}

// The constraint lines inside CREATE TABLE (without separators).
std::vector<std::string> ConstraintLines(Dialect dialect, std::string_view schema, TableId table) {
  std::vector<std::string> lines;
  if (dialect == Dialect::kSpark) return lines;
  const std::string_view not_enforced = dialect == Dialect::kBigquery ? " NOT ENFORCED" : "";
  lines.push_back("  PRIMARY KEY (" + std::string(PrimaryKey(table)) + ")" +
                  std::string(not_enforced));
  if (dialect == Dialect::kPostgres || dialect == Dialect::kDuckdb) {
    for (const UniqueColumn& unique : UniqueColumns()) {
      if (unique.table == TableName(table))
        lines.push_back("  UNIQUE (" + std::string(unique.column) + ")");
    }
  }
  if (dialect == Dialect::kPostgres) return lines;  // foreign keys: ForeignKeysSql
  for (const ForeignKey& key : ForeignKeys()) {
    if (key.table != TableName(table)) continue;
    const TableId target = *TableFromName(key.target_table);
    lines.push_back("  FOREIGN KEY (" + std::string(key.column) + ") REFERENCES " +
                    QualifiedName(schema, target) + " (" + std::string(key.target_column) + ")" +
                    std::string(not_enforced));
  }
  return lines;
}

std::string SparkKeyComment(TableId table) {
  std::string text =
      "-- Spark SQL has no key constraints. Primary key: " + std::string(PrimaryKey(table));
  for (const ForeignKey& key : ForeignKeys()) {
    if (key.table != TableName(table)) continue;
    text += "; " + std::string(key.column) + " -> " + std::string(key.target_table) + "." +
            std::string(key.target_column);
  }
  return text + "\n";
}

std::string AcceptedValuesList(const ColumnSpec& column) {
  std::string list = "[";
  for (size_t value_idx = 0; value_idx < column.dictionary.size(); ++value_idx) {
    if (value_idx > 0) list += ", ";
    list += SqlString(column.dictionary[value_idx]);  // YAML single quotes double ' like SQL
  }
  return list + "]";
}

const ForeignKey* ForeignKeyOf(TableId table, std::string_view column) {
  for (const ForeignKey& key : ForeignKeys()) {
    if (key.table == TableName(table) && key.column == column) return &key;
  }
  return nullptr;
}

}  // namespace

std::optional<Dialect> DialectFromName(std::string_view name) {
  for (size_t dialect_idx = 0; dialect_idx < kDialects.size(); ++dialect_idx) {
    if (kDialects[dialect_idx].name == name) return static_cast<Dialect>(dialect_idx);
  }
  return std::nullopt;
}

std::string_view DialectNames() { return "postgres|duckdb|bigquery|spark|snowflake"; }

std::string SqlString(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

std::string QualifiedName(std::string_view schema, TableId table) {
  std::string name(schema);
  if (!name.empty()) name += '.';
  name += TableName(table);
  return name;
}

std::string CreateTableSql(Dialect dialect, std::string_view schema, TableId table) {
  const Schema& columns = SchemaFor(table);
  const std::string name = QualifiedName(schema, table);
  std::string sql;
  if (dialect == Dialect::kSpark) sql += SparkKeyComment(table);
  sql += "CREATE TABLE " + name + " (\n";
  std::vector<std::string> lines;
  for (const ColumnSpec& column : columns.columns)
    lines.push_back(ColumnLine(dialect, table, column));
  for (std::string& line : ConstraintLines(dialect, schema, table))
    lines.push_back(std::move(line));
  for (size_t line_idx = 0; line_idx < lines.size(); ++line_idx) {
    sql += lines[line_idx];
    sql += line_idx + 1 < lines.size() ? ",\n" : "\n";
  }
  sql += ")";
  const std::string_view table_description = TableDescription(table);
  switch (dialect) {
    case Dialect::kBigquery:
      sql += "\nOPTIONS(description=" + BigqueryString(table_description) + ");\n";
      break;
    case Dialect::kSpark:
      sql += "\nUSING PARQUET\nCOMMENT " + SqlString(table_description) + ";\n";
      break;
    case Dialect::kSnowflake:
      sql += "\nCOMMENT = " + SqlString(table_description) + ";\n";
      break;
    case Dialect::kPostgres:
    case Dialect::kDuckdb:
      sql += ";\nCOMMENT ON TABLE " + name + " IS " + SqlString(table_description) + ";\n";
      for (const ColumnSpec& column : columns.columns) {
        sql += "COMMENT ON COLUMN " + name + "." + std::string(column.name) + " IS " +
               SqlString(Description(table, column.name)) + ";\n";
      }
      break;
  }
  return sql;
}

std::string ForeignKeysSql(Dialect dialect, std::string_view schema) {
  if (dialect != Dialect::kPostgres) return "";
  std::string sql;
  for (const ForeignKey& key : ForeignKeys()) {
    const TableId table = *TableFromName(key.table);
    const TableId target = *TableFromName(key.target_table);
    sql += "ALTER TABLE " + QualifiedName(schema, table) + " ADD CONSTRAINT " +
           std::string(key.table) + "_" + std::string(key.column) + "_fkey FOREIGN KEY (" +
           std::string(key.column) + ") REFERENCES " + QualifiedName(schema, target) + " (" +
           std::string(key.target_column) + ");\n";
  }
  return sql;
}

std::string SchemaSql(Dialect dialect, std::string_view schema) {
  std::string sql;
  for (TableId table : kAllTables) sql += CreateTableSql(dialect, schema, table) + "\n";
  sql += ForeignKeysSql(dialect, schema);
  return sql;
}

std::string DbtSourcesYaml(std::string_view source_name, std::string_view schema) {
  std::string yaml = "version: 2\n\nsources:\n  - name: " + std::string(source_name) + "\n";
  if (!schema.empty()) yaml += "    schema: " + std::string(schema) + "\n";
  yaml += "    tables:\n";
  for (TableId table : kAllTables) {
    yaml += "      - name: " + std::string(TableName(table)) + "\n";
    yaml += "        description: " + SqlString(TableDescription(table)) + "\n";
    yaml += "        columns:\n";
    for (const ColumnSpec& column : SchemaFor(table).columns) {
      yaml += "          - name: " + std::string(column.name) + "\n";
      yaml += "            description: " + SqlString(Description(table, column.name)) + "\n";
      std::string tests;
      if (column.name == PrimaryKey(table) || IsUnique(table, column.name)) {
        tests += "              - unique\n";
      }
      if (!column.nullable) tests += "              - not_null\n";
      if (const ForeignKey* key = ForeignKeyOf(table, column.name)) {
        tests += "              - relationships:\n";
        tests += "                  to: source('" + std::string(source_name) + "', '" +
                 std::string(key->target_table) + "')\n";
        tests += "                  field: " + std::string(key->target_column) + "\n";
      }
      if (column.type == ColumnType::kEnum && column.dictionary.size() <= kMaxAcceptedValues) {
        tests += "              - accepted_values:\n";
        tests += "                  values: " + AcceptedValuesList(column) + "\n";
      }
      if (!tests.empty()) yaml += "            tests:\n" + tests;
    }
  }
  return yaml;
}

}  // namespace ecomgen::ddl
