// DoubleColumnEncoder: PLAIN encoding of DOUBLE columns (kDouble).
//
// Statistics follow the format's rules for floating point: NaN never becomes a bound, and a
// zero bound is written as -0.0 for the minimum and +0.0 for the maximum, so readers that
// compare signed zeros differently still never skip a row.
//
// Thread safety: immutable; safe to share.
#pragma once

#include "sinks/parquet/column_encoder.h"

namespace ecomgen::parquet {

class DoubleColumnEncoder final : public ColumnEncoder {
 public:
  PhysicalType physical_type() const override { return PhysicalType::kDouble; }
  Encoding value_encoding() const override { return Encoding::kPlain; }
  size_t PageEnd(const Column& column, size_t begin) const override;
  void EncodeValues(const Column& column, size_t begin, size_t end, ColumnEncoderState& state,
                    ColumnStats& stats, std::string& out) const override;
  void MergeStats(const ColumnStats& from, ColumnStats& into) const override;
  bool StatsBounds(const ColumnStats& stats, std::string& min_value,
                   std::string& max_value) const override;
};

}  // namespace ecomgen::parquet
