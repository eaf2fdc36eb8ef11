#include "sinks/parquet/byte_array_column_encoder.h"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace ecomgen::parquet {

namespace {
constexpr size_t kLengthBytes = sizeof(uint32_t);
}  // namespace

size_t ByteArrayColumnEncoder::PageEnd(const Column& column, size_t begin) const {
  size_t bytes = 0;
  size_t row = begin;
  while (row < column.size() && (row == begin || bytes < kTargetPageBytes)) {
    bytes += kLengthBytes + column.string_at(row).size();
    ++row;
  }
  return row;
}

void ByteArrayColumnEncoder::EncodeValues(const Column& column, size_t begin, size_t end,
                                          ColumnEncoderState& /*state*/, ColumnStats& stats,
                                          std::string& out) const {
  // The strings of rows [begin, end) are contiguous in the column's arena, so the output
  // size is known up front and is written with one resize.
  const std::string_view first = column.string_at(begin);
  const std::string_view last = column.string_at(end - 1);
  const size_t arena_bytes = static_cast<size_t>(last.data() + last.size() - first.data());
  const size_t start = out.size();
  out.resize(start + arena_bytes + (end - begin) * kLengthBytes);
  char* cursor = out.data() + start;
  const bool has_nulls = column.has_nulls();
  std::string_view min_value;
  std::string_view max_value;
  bool any = false;
  for (size_t row = begin; row < end; ++row) {
    if (has_nulls && column.is_null(row)) continue;
    const std::string_view value = column.string_at(row);
    const auto length = static_cast<uint32_t>(value.size());
    std::memcpy(cursor, &length, kLengthBytes);
    std::memcpy(cursor + kLengthBytes, value.data(), value.size());
    cursor += kLengthBytes + value.size();
    // std::string_view compares through char_traits<char>, which orders bytes as unsigned.
    if (!any || value < min_value) min_value = value;
    if (!any || value > max_value) max_value = value;
    any = true;
  }
  out.resize(static_cast<size_t>(cursor - out.data()));
  if (!any) return;
  if (!stats.has_min_max || min_value < std::string_view(stats.min_bytes)) {
    stats.min_bytes.assign(min_value);
  }
  if (!stats.has_min_max || max_value > std::string_view(stats.max_bytes)) {
    stats.max_bytes.assign(max_value);
  }
  stats.has_min_max = true;
}

void ByteArrayColumnEncoder::MergeStats(const ColumnStats& from, ColumnStats& into) const {
  into.null_count += from.null_count;
  if (!from.has_min_max) return;
  if (!into.has_min_max || from.min_bytes < into.min_bytes) into.min_bytes = from.min_bytes;
  if (!into.has_min_max || from.max_bytes > into.max_bytes) into.max_bytes = from.max_bytes;
  into.has_min_max = true;
}

bool ByteArrayColumnEncoder::StatsBounds(const ColumnStats& stats, std::string& min_value,
                                         std::string& max_value) const {
  min_value.clear();
  max_value.clear();
  if (!stats.has_min_max || stats.min_bytes.size() > kMaxStatsBytes ||
      stats.max_bytes.size() > kMaxStatsBytes) {
    return false;
  }
  min_value = stats.min_bytes;
  max_value = stats.max_bytes;
  return true;
}

}  // namespace ecomgen::parquet
