// LoadedTable: the columns of one table that the validator needs, held compactly.
//
// A check asks for columns by name and kind (ColumnRequest); whichever TableSource reads the
// file (CSV today, Parquet later) converts each cell once into the compact form below:
//   - integers, money (cents), percentages (millionths), timestamps (us), dates (days),
//     booleans (0/1) and string hashes in one int64 vector, NULL = kNullInt;
//   - measurements (scores, latencies) as doubles, NULL = NaN;
//   - vocabulary strings as uint16 codes into a per-column dictionary, NULL = kNullCode.
// Nothing is kept per row as a std::string, so a table of millions of rows costs a few
// vectors of numbers.
//
// Thread safety: a value type; read-only sharing is safe.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ecomgen/table_id.h"

namespace ecomgen::validate {

inline constexpr int64_t kNullInt = std::numeric_limits<int64_t>::min();
inline constexpr uint16_t kNullCode = std::numeric_limits<uint16_t>::max();

enum class ValueKind : uint8_t {
  kInt,        // int64 as written
  kCents,      // money with up to 2 decimals -> int64 cents
  kPercent,    // percentage with up to 6 decimals -> int64 millionths of a percent
  kTimestamp,  // YYYY-MM-DDTHH:MM:SSZ -> int64 microseconds since the epoch
  kDate,       // YYYY-MM-DD -> int64 days since the epoch
  kBool,       // true/false -> 0/1
  kDouble,     // a decimal number -> double
  kCode,       // a vocabulary string -> uint16 code (dictionary per column)
  kHash,       // any string -> 64-bit hash, for uniqueness checks of emails and SKUs
};

// What a check needs from one column.
struct ColumnRequest {
  std::string_view name;
  ValueKind kind = ValueKind::kInt;
  // kCode: the fixed vocabulary, if any. Its entries get codes 0..n-1 in this order, so code
  // k means vocabulary[k]; other strings found in the file get the following codes.
  std::span<const std::string_view> vocabulary = {};
};

// One column of a table, in the form its ValueKind says (see the file comment).
struct LoadedColumn {
  std::string_view name;
  ValueKind kind = ValueKind::kInt;
  bool present = false;    // false when the file has no column of this name
  int64_t null_count = 0;  // NULL cells of the file (cells refused by the format checks hold
                           // the NULL form too, but are not counted)
  std::vector<int64_t> ints;
  std::vector<double> doubles;
  std::vector<uint16_t> codes;
  std::vector<std::string> dictionary;  // kCode: code -> string
  size_t fixed_vocabulary_size = 0;     // kCode: codes below this are the request's vocabulary

  bool is_null(size_t row) const;
  // kCode: the string of `row`'s code; empty for NULL.
  std::string_view code_text(size_t row) const;
  // kCode: the code of `text`, or kNullCode when the column never holds it.
  uint16_t CodeOf(std::string_view text) const;
};

// The cells of one column (or, for `column` "line ends", the lines of a CSV file) that are
// not in their declared format: how many, and the first one. See cell_format.h.
struct FormatFinding {
  std::string column;
  std::string expected;  // the format, in words
  std::string first;     // "line 17: \"3448.001\" has more decimals than declared"
  int64_t count = 0;
};

struct LoadedTable {
  TableId table = TableId::kCustomers;
  std::string source_name;          // "baseline_20241129_000000_orders.csv", for messages
  std::vector<std::string> header;  // every column name of the file, in file order
  int64_t rows = 0;
  std::vector<LoadedColumn> columns;  // in request order
  // Whether the source checked every cell's format (the CSV and Parquet sources do), and
  // what it found; a defective cell of a requested column is loaded as NULL.
  bool formats_checked = false;
  std::vector<FormatFinding> format_findings;

  // The column `name` (which must have been requested). REQUIRES: it was requested.
  const LoadedColumn& col(std::string_view name) const;
  bool HasHeaderColumn(std::string_view name) const;
};

// Turns strings into codes for a kCode column, sharing one dictionary per column.
// Thread safety: none.
class CodeInterner {
 public:
  // REQUIRES: `column` outlives the interner and is not moved meanwhile.
  explicit CodeInterner(LoadedColumn* column, std::span<const std::string_view> vocabulary);
  // The code of `text`; false when the column already holds 65535 distinct values.
  bool Intern(std::string_view text, uint16_t* code);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  LoadedColumn* column_;
  std::unordered_map<std::string, uint16_t, Hash, std::equal_to<>> codes_;
  std::string last_text_;
  uint16_t last_code_ = kNullCode;
};

// A 64-bit hash of `text` (FNV-1a), for the kHash kind. Two distinct emails share a hash with
// probability about 2^-64, so a uniqueness check on hashes is exact in practice.
uint64_t HashText(std::string_view text);

}  // namespace ecomgen::validate
