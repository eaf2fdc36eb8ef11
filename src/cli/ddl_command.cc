// `ecomgen ddl`: prints the schema as SQL for one dialect, or as dbt sources. With
// --parquet-dir (DuckDB only) the script also loads a generated Parquet run, so
// `ecomgen ddl --dialect duckdb --parquet-dir DIR | duckdb shop.db` builds a database.
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/config_options.h"
#include "ecomgen/ddl.h"

namespace ecomgen::cli {
namespace {

// Names go into SQL and YAML unquoted, so only plain identifiers are accepted.
bool IsIdentifier(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  for (char c : name) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

int RunDdl(const std::vector<std::string>& args) {
  CLI::App app("Print the schema as SQL DDL or dbt sources", "ecomgen ddl");
  std::string dialect_name;
  bool dbt = false;
  std::string schema;
  std::string source = "ecomgen";
  std::string parquet_dir;
  std::string run_prefix;
  app.add_option("--dialect", dialect_name,
                 "SQL dialect: postgres|duckdb|bigquery|spark|snowflake (default postgres)");
  app.add_flag("--dbt", dbt, "print a dbt sources.yml instead of SQL");
  app.add_option("--schema", schema, "database schema (dataset) to qualify table names with");
  app.add_option("--source", source, "dbt source name (with --dbt; default ecomgen)");
  app.add_option("--parquet-dir", parquet_dir,
                 "DuckDB only: also load the Parquet run in this directory");
  app.add_option("--run", run_prefix,
                 "with --parquet-dir: file prefix of the run (default: newest)");
  if (const std::optional<int> exit = ParseArgs(app, args)) return *exit;

  if (!schema.empty() && !IsIdentifier(schema)) {
    return ReportUsage("--schema " + schema + ": not a plain identifier (letters, digits, _)");
  }
  if (dbt) {
    if (!dialect_name.empty()) return ReportUsage("--dbt and --dialect cannot be combined");
    if (!parquet_dir.empty()) return ReportUsage("--dbt and --parquet-dir cannot be combined");
    if (!IsIdentifier(source)) {
      return ReportUsage("--source " + source + ": not a plain identifier (letters, digits, _)");
    }
    std::fputs(ddl::DbtSourcesYaml(source, schema).c_str(), stdout);
    return kExitOk;
  }
  if (source != "ecomgen") return ReportUsage("--source needs --dbt");
  if (!run_prefix.empty() && parquet_dir.empty()) return ReportUsage("--run needs --parquet-dir");
  if (dialect_name.empty()) dialect_name = "postgres";
  const std::optional<ddl::Dialect> dialect = ddl::DialectFromName(dialect_name);
  if (!dialect) {
    return ReportUsage("--dialect " + dialect_name + ": unknown dialect (expected " +
                       std::string(ddl::DialectNames()) + ")");
  }
  std::string sql = ddl::SchemaSql(*dialect, schema);
  if (!parquet_dir.empty()) {
    if (*dialect != ddl::Dialect::kDuckdb)
      return ReportUsage("--parquet-dir needs --dialect duckdb");
    Result<std::string> inserts = ddl::DuckdbParquetInserts(parquet_dir, run_prefix, schema);
    if (!inserts) return ReportError(inserts.error());
    // One transaction: a failed insert (a missing file, a broken key) leaves no tables behind.
    sql = "BEGIN TRANSACTION;\n" + sql + *inserts + "COMMIT;\n";
  }
  std::fputs(sql.c_str(), stdout);
  return kExitOk;
}

}  // namespace ecomgen::cli
