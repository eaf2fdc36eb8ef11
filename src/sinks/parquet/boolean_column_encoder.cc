#include "sinks/parquet/boolean_column_encoder.h"

#include <algorithm>

namespace ecomgen::parquet {

namespace {
// Eight values per byte.
constexpr size_t kBitsPerByte = 8;
}  // namespace

size_t BooleanColumnEncoder::PageEnd(const Column& column, size_t begin) const {
  return std::min(column.size(), begin + kTargetPageBytes * kBitsPerByte);
}

void BooleanColumnEncoder::EncodeValues(const Column& column, size_t begin, size_t end,
                                        ColumnEncoderState& /*state*/, ColumnStats& stats,
                                        std::string& out) const {
  const int64_t* values = column.ints().data();
  const bool has_nulls = column.has_nulls();
  unsigned pending = 0;
  size_t pending_bits = 0;
  bool seen_false = false;
  bool seen_true = false;
  for (size_t row = begin; row < end; ++row) {
    if (has_nulls && column.is_null(row)) continue;
    const bool value = values[row] != 0;
    seen_true = seen_true || value;
    seen_false = seen_false || !value;
    pending |= (value ? 1U : 0U) << pending_bits;
    if (++pending_bits == kBitsPerByte) {
      out.push_back(static_cast<char>(pending));
      pending = 0;
      pending_bits = 0;
    }
  }
  if (pending_bits > 0) out.push_back(static_cast<char>(pending));
  if (!seen_false && !seen_true) return;
  const int64_t page_min = seen_false ? 0 : 1;
  const int64_t page_max = seen_true ? 1 : 0;
  if (!stats.has_min_max) {
    stats.has_min_max = true;
    stats.min_int = page_min;
    stats.max_int = page_max;
  } else {
    stats.min_int = std::min(stats.min_int, page_min);
    stats.max_int = std::max(stats.max_int, page_max);
  }
}

void BooleanColumnEncoder::MergeStats(const ColumnStats& from, ColumnStats& into) const {
  MergeIntStats(from, into);
}

bool BooleanColumnEncoder::StatsBounds(const ColumnStats& stats, std::string& min_value,
                                       std::string& max_value) const {
  min_value.clear();
  max_value.clear();
  if (!stats.has_min_max) return false;
  min_value.push_back(static_cast<char>(stats.min_int));
  max_value.push_back(static_cast<char>(stats.max_int));
  return true;
}

}  // namespace ecomgen::parquet
