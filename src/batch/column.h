// Column: one column's values for the rows of a Batch.
//
// Integer-like types (see StoredAsInt) live in ints(), doubles in doubles(), strings as one
// byte arena with end offsets. A NULL cell still takes a slot (value 0 or an empty string)
// so that row i is always at index i; is_null(i) tells them apart. Clear() keeps capacity,
// so a batch that is reused allocates only while it first grows.
//
// Thread safety: none; a Column belongs to the one thread filling or reading it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "batch/schema.h"
#include "batch/value_buffer.h"

namespace ecomgen {

class Column {
 public:
  Column() = default;
  explicit Column(const ColumnSpec& spec) : spec_(&spec), nullable_(spec.nullable) {}

  const ColumnSpec& spec() const { return *spec_; }
  size_t size() const { return size_; }

  void Reserve(size_t rows, size_t string_bytes);
  void Clear();

  // The append path runs once per cell: always inlined into the generators' row loops.
  [[gnu::always_inline]] void AppendInt(int64_t value) {
    ints_.push_back(value);
    MarkValid();
  }
  void AppendDouble(double value) {
    doubles_.push_back(value);
    MarkValid();
  }
  void AppendString(std::string_view value) {
    chars_.append(value);
    ends_.push_back(static_cast<uint32_t>(chars_.size()));
    MarkValid();
  }
  // Appends a NULL; REQUIRES: spec().nullable.
  void AppendNull();

  std::span<const int64_t> ints() const { return ints_.view(); }
  std::span<const double> doubles() const { return doubles_.view(); }
  std::string_view string_at(size_t row) const {
    const uint32_t begin = row == 0 ? 0 : ends_[row - 1];
    return std::string_view(chars_).substr(begin, ends_[row] - begin);
  }
  bool is_null(size_t row) const { return !nulls_.empty() && nulls_[row] != 0; }
  bool has_nulls() const { return null_count_ > 0; }
  size_t null_count() const { return null_count_; }

 private:
  [[gnu::always_inline]] void MarkValid() {
    if (nullable_) nulls_.push_back(0);
    ++size_;
  }

  const ColumnSpec* spec_ = nullptr;
  bool nullable_ = false;  // spec_->nullable, kept here for the append path
  size_t size_ = 0;
  size_t null_count_ = 0;
  ValueBuffer<int64_t> ints_;
  ValueBuffer<double> doubles_;
  std::string chars_;
  ValueBuffer<uint32_t> ends_;
  ValueBuffer<uint8_t> nulls_;  // 1 = NULL; kept only for nullable columns
};

}  // namespace ecomgen
