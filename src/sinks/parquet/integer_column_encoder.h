// IntegerColumnEncoder: PLAIN encoding of INT32 and INT64 columns (kInt64, kInt32, kDate,
// kTimestamp, kDecimal: all are signed integers in Column::ints()).
//
// Statistics use signed order, which is the sort order of every logical type mapped here
// (plain integers, DATE, TIMESTAMP and DECIMAL on INT32/INT64).
//
// Thread safety: immutable; safe to share.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "sinks/parquet/column_encoder.h"
#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {

// `Stored` is int32_t (physical INT32) or int64_t (physical INT64).
template <typename Stored>
class IntegerColumnEncoder final : public ColumnEncoder {
  static_assert(std::is_same_v<Stored, int32_t> || std::is_same_v<Stored, int64_t>);

 public:
  PhysicalType physical_type() const override {
    return std::is_same_v<Stored, int32_t> ? PhysicalType::kInt32 : PhysicalType::kInt64;
  }
  Encoding value_encoding() const override { return Encoding::kPlain; }

  size_t PageEnd(const Column& column, size_t begin) const override {
    return std::min(column.size(), begin + kTargetPageBytes / sizeof(Stored));
  }

  void EncodeValues(const Column& column, size_t begin, size_t end, ColumnEncoderState& /*state*/,
                    ColumnStats& stats, std::string& out) const override {
    const int64_t* values = column.ints().data();
    const size_t start = out.size();
    out.resize(start + (end - begin) * sizeof(Stored));
    char* cursor = out.data() + start;
    int64_t min_value = stats.has_min_max ? stats.min_int : INT64_MAX;
    int64_t max_value = stats.has_min_max ? stats.max_int : INT64_MIN;
    bool any = stats.has_min_max;
    const bool has_nulls = column.has_nulls();
    for (size_t row = begin; row < end; ++row) {
      if (has_nulls && column.is_null(row)) continue;
      const int64_t value = values[row];
      // Invariant: kInt32/kDate generators produce values that fit 32 bits.
      const auto stored = static_cast<Stored>(value);
      std::memcpy(cursor, &stored, sizeof(Stored));
      cursor += sizeof(Stored);
      min_value = std::min(min_value, value);
      max_value = std::max(max_value, value);
      any = true;
    }
    out.resize(static_cast<size_t>(cursor - out.data()));
    if (any) {
      stats.has_min_max = true;
      stats.min_int = min_value;
      stats.max_int = max_value;
    }
  }

  void MergeStats(const ColumnStats& from, ColumnStats& into) const override {
    MergeIntStats(from, into);
  }

  bool StatsBounds(const ColumnStats& stats, std::string& min_value,
                   std::string& max_value) const override {
    min_value.clear();
    max_value.clear();
    if (!stats.has_min_max) return false;
    AppendLittleEndian(static_cast<Stored>(stats.min_int), min_value);
    AppendLittleEndian(static_cast<Stored>(stats.max_int), max_value);
    return true;
  }
};

}  // namespace ecomgen::parquet
