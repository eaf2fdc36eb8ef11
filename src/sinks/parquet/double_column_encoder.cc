#include "sinks/parquet/double_column_encoder.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {

size_t DoubleColumnEncoder::PageEnd(const Column& column, size_t begin) const {
  return std::min(column.size(), begin + kTargetPageBytes / sizeof(double));
}

void DoubleColumnEncoder::EncodeValues(const Column& column, size_t begin, size_t end,
                                       ColumnEncoderState& /*state*/, ColumnStats& stats,
                                       std::string& out) const {
  const double* values = column.doubles().data();
  const size_t start = out.size();
  out.resize(start + (end - begin) * sizeof(double));
  char* cursor = out.data() + start;
  bool any = stats.has_min_max;
  double min_value = stats.min_double;
  double max_value = stats.max_double;
  const bool has_nulls = column.has_nulls();
  for (size_t row = begin; row < end; ++row) {
    if (has_nulls && column.is_null(row)) continue;
    const double value = values[row];
    std::memcpy(cursor, &value, sizeof(double));
    cursor += sizeof(double);
    if (std::isnan(value)) continue;
    if (!any) {
      min_value = value;
      max_value = value;
      any = true;
    } else {
      min_value = std::min(min_value, value);
      max_value = std::max(max_value, value);
    }
  }
  out.resize(static_cast<size_t>(cursor - out.data()));
  if (any) {
    stats.has_min_max = true;
    stats.min_double = min_value;
    stats.max_double = max_value;
  }
}

void DoubleColumnEncoder::MergeStats(const ColumnStats& from, ColumnStats& into) const {
  into.null_count += from.null_count;
  if (!from.has_min_max) return;
  if (!into.has_min_max) {
    into.has_min_max = true;
    into.min_double = from.min_double;
    into.max_double = from.max_double;
    return;
  }
  into.min_double = std::min(into.min_double, from.min_double);
  into.max_double = std::max(into.max_double, from.max_double);
}

bool DoubleColumnEncoder::StatsBounds(const ColumnStats& stats, std::string& min_value,
                                      std::string& max_value) const {
  min_value.clear();
  max_value.clear();
  if (!stats.has_min_max) return false;
  // Both zeros compare equal, so either may have been kept; write the widening one.
  const double min_bound = stats.min_double == 0.0 ? -0.0 : stats.min_double;
  const double max_bound = stats.max_double == 0.0 ? 0.0 : stats.max_double;
  AppendLittleEndian(min_bound, min_value);
  AppendLittleEndian(max_bound, max_value);
  return true;
}

}  // namespace ecomgen::parquet
