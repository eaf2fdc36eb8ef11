// BooleanColumnEncoder: PLAIN encoding of BOOLEAN columns (kBool, 0/1 in Column::ints()):
// one bit per value, least significant bit first. Statistics order false before true and
// are stored as one byte each.
//
// Thread safety: immutable; safe to share.
#pragma once

#include "sinks/parquet/column_encoder.h"

namespace ecomgen::parquet {

class BooleanColumnEncoder final : public ColumnEncoder {
 public:
  PhysicalType physical_type() const override { return PhysicalType::kBoolean; }
  Encoding value_encoding() const override { return Encoding::kPlain; }
  size_t PageEnd(const Column& column, size_t begin) const override;
  void EncodeValues(const Column& column, size_t begin, size_t end, ColumnEncoderState& state,
                    ColumnStats& stats, std::string& out) const override;
  void MergeStats(const ColumnStats& from, ColumnStats& into) const override;
  bool StatsBounds(const ColumnStats& stats, std::string& min_value,
                   std::string& max_value) const override;
};

}  // namespace ecomgen::parquet
