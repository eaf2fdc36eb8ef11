// ColumnStats: the statistics of one column over some rows (a page, a chunk, a row group),
// kept in typed form so that chunks encoded on different threads can be merged in the
// writer; the column's encoder turns them into the footer's min_value/max_value bytes.
//
// Which members are used depends on the encoder: integer-like columns (and booleans, and the
// sort rank of an enum's entry) use the int64 pair, doubles the double pair, strings the
// byte pair. Assigning strings reuses their capacity, so reused stats do not allocate.
//
// Thread safety: a value type; one owner at a time.
#pragma once

#include <cstdint>
#include <string>

namespace ecomgen::parquet {

struct ColumnStats {
  int64_t null_count = 0;
  // False until a non-NULL (and, for doubles, non-NaN) value has been seen; then the pair
  // of the column's kind holds the smallest and largest value.
  bool has_min_max = false;
  int64_t min_int = 0;
  int64_t max_int = 0;
  double min_double = 0.0;
  double max_double = 0.0;
  std::string min_bytes;
  std::string max_bytes;

  void Reset() {
    null_count = 0;
    has_min_max = false;
    min_bytes.clear();
    max_bytes.clear();
  }
};

// Folds `from` into `into` for columns whose bounds are the int64 pair.
inline void MergeIntStats(const ColumnStats& from, ColumnStats& into) {
  into.null_count += from.null_count;
  if (!from.has_min_max) return;
  if (!into.has_min_max || from.min_int < into.min_int) into.min_int = from.min_int;
  if (!into.has_min_max || from.max_int > into.max_int) into.max_int = from.max_int;
  into.has_min_max = true;
}

}  // namespace ecomgen::parquet
