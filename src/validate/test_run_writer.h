// Test helper: a tiny generated-looking run, held as text tables, that tests edit and write
// into a directory as `{prefix}_{table}.csv` plus `{prefix}_summary.json`.
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

  // Writes every table and the summary into `dir` (which must exist). Row counts in
  // summary.tables are filled from the tables unless `keep_summary_rows`.
  void Write(const std::filesystem::path& dir, bool keep_summary_rows = false);
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
