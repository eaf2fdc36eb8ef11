// Test helper: a tiny generated-looking run, held as text tables, that tests edit and write
// into a directory as `{prefix}_{table}.csv` (or `.parquet`) plus `{prefix}_summary.json`.
//
// Parquet tables are written by the project's own Parquet sink, each column typed as in the
// generator's schema (tables/schemas.h; enum columns as strings, which is how they read back),
// NULL where a cell is empty. A column whose cells do not all parse as that type (a broken
// timestamp, say), or that the schema lacks, is written as INT64 when every cell is an
// integer, else as a string column.
//
// ValidTinyRun() satisfies the contract's integrity rules; tests break one thing on purpose
// and expect exactly that check to fail. Only for tests.
//
// Thread safety: none.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/table_id.h"
#include "sinks/sink.h"

namespace ecomgen::validate::testing {

struct TextTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  // Sets the cell of `row` (0-based data row) in `column`.
  void Set(size_t row, std::string_view column, std::string value);
  const std::string& Get(size_t row, std::string_view column) const;
  // RFC 4180 text with `\n` line ends, quoting cells that need it.
  std::string ToCsv() const;
};

struct TestRun {
  std::string prefix = "tiny_test_20241129_000000";
  std::map<TableId, TextTable> tables;
  nlohmann::json summary;
  // The format Write uses for the tables.
  OutputFormat format = OutputFormat::kCsv;

  // Writes every table and the summary into `dir` (which must exist). Row counts and file
  // names in summary.tables are filled from the tables unless `keep_summary_rows`.
  void Write(const std::filesystem::path& dir, bool keep_summary_rows = false);
  // Writes `table` alone, as `format_to_use`, into `dir`; returns the file's name.
  std::string WriteTable(const std::filesystem::path& dir, TableId table,
                         OutputFormat format_to_use) const;
  // Appends one order of customer `customer_id` with a single item of product 1, and its
  // item, keeping every integrity rule.
  void AddSimpleOrder(int64_t customer_id, std::string_view channel, std::string_view order_ts);
};

// Three customers, two suppliers, three products, one campaign, three orders with four
// items, one return, two tickets, two abandoned carts and three metric minutes in the window
// 2024-11-29T00:00:00Z .. 2024-11-30T00:00:00Z, scenario "tiny_test" (no KPI blocks).
TestRun ValidTinyRun();

// A fresh empty directory under the temp directory, removed on destruction.
class ScopedDir {
 public:
  ScopedDir();
  ~ScopedDir();
  ScopedDir(const ScopedDir&) = delete;
  ScopedDir& operator=(const ScopedDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace ecomgen::validate::testing
