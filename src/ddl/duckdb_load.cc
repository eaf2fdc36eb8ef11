#include <filesystem>
#include <optional>
#include <string>

#include "ecomgen/ddl.h"
#include "validate/run_files.h"

namespace ecomgen::ddl {

Result<std::string> DuckdbParquetInserts(const std::string& dir, const std::string& run_prefix,
                                         std::string_view schema) {
  Result<validate::RunFiles> run = validate::FindRun(dir, run_prefix);
  if (!run) return run.error();
  std::string sql;
  for (TableId table : kAllTables) {
    const size_t table_idx = static_cast<size_t>(table);
    std::optional<std::filesystem::path> file = run->tables[table_idx];
    if (file && !validate::IsFileOf(*file, OutputFormat::kParquet)) {
      file = run->alternates[table_idx];
    }
    if (!file) continue;
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(*file, error);
    sql += "INSERT INTO " + QualifiedName(schema, table) + " SELECT * FROM read_parquet(" +
           SqlString(error ? file->string() : absolute.string()) + ");\n";
  }
  if (sql.empty()) {
    return Status::InvalidArgument("--parquet-dir " + dir + ": run " + run->prefix +
                                   " has no Parquet files (generate it with --output parquet)");
  }
  return sql;
}

}  // namespace ecomgen::ddl
