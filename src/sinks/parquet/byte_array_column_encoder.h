// ByteArrayColumnEncoder: PLAIN encoding of BYTE_ARRAY columns (kString, UTF-8): each value
// is a 4-byte little-endian length followed by its bytes.
//
// Statistics compare bytes as unsigned (the STRING sort order, which for UTF-8 is also code
// point order). Bounds longer than kMaxStatsBytes are left out rather than truncated, since
// a truncated maximum would need care to stay valid UTF-8; generated strings are far shorter.
//
// Thread safety: immutable; safe to share.
#pragma once

#include <cstddef>

#include "sinks/parquet/column_encoder.h"

namespace ecomgen::parquet {

// Longest string bound written to the footer.
inline constexpr size_t kMaxStatsBytes = 1024;

class ByteArrayColumnEncoder final : public ColumnEncoder {
 public:
  PhysicalType physical_type() const override { return PhysicalType::kByteArray; }
  Encoding value_encoding() const override { return Encoding::kPlain; }
  size_t PageEnd(const Column& column, size_t begin) const override;
  void EncodeValues(const Column& column, size_t begin, size_t end, ColumnEncoderState& state,
                    ColumnStats& stats, std::string& out) const override;
  void MergeStats(const ColumnStats& from, ColumnStats& into) const override;
  bool StatsBounds(const ColumnStats& stats, std::string& min_value,
                   std::string& max_value) const override;
};

}  // namespace ecomgen::parquet
