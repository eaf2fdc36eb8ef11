// RowWriter: appends one row to a Batch, column after column, in schema order.
//
// Generators write `row.Int(id).Str(name).Enum(status)...; row.End();` in the same order as the
// table's schema. Doubles are rounded to the column's decimals here, so the CSV text and the
// Parquet value are the same number.
//
// Thread safety: none; used by one worker on its own batch.
#pragma once

#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "batch/batch.h"
#include "core/rounding.h"

namespace ecomgen {

class RowWriter {
 public:
  explicit RowWriter(Batch& batch) : batch_(batch) {}

  // Called for every cell: always inlined, since the call costs as much as the append.
  [[gnu::always_inline]] RowWriter& Int(int64_t value) {
    batch_.col(col_++).AppendInt(value);
    return *this;
  }
  RowWriter& Bool(bool value) { return Int(value ? 1 : 0); }
  // A vocabulary value (core/vocab.h) in a kEnum column: its index in the column's dictionary.
  template <typename E>
  requires std::is_enum_v<E> RowWriter& Enum(E value) { return Int(static_cast<int64_t>(value)); }
  RowWriter& Real(double value) {
    Column& column = batch_.col(col_++);
    static constexpr std::array<double, 7> kPow10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    const double scale = kPow10[static_cast<size_t>(column.spec().decimals)];
    column.AppendDouble(RoundHalfAway(value * scale) / scale);
    return *this;
  }
  RowWriter& Str(std::string_view value) {
    batch_.col(col_++).AppendString(value);
    return *this;
  }
  RowWriter& Null() {
    batch_.col(col_++).AppendNull();
    return *this;
  }
  RowWriter& IntOrNull(bool present, int64_t value) { return present ? Int(value) : Null(); }
  RowWriter& RealOrNull(bool present, double value) { return present ? Real(value) : Null(); }

  // Ends the row. Invariant: every column got exactly one value.
  void End() {
    assert(col_ == batch_.column_count() && "row does not fill every column");
    col_ = 0;
  }

 private:
  Batch& batch_;
  size_t col_ = 0;
};

}  // namespace ecomgen
