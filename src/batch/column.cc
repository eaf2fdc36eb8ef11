#include "batch/column.h"

#include <cassert>

namespace ecomgen {

void Column::Reserve(size_t rows, size_t string_bytes) {
  switch (spec_->type) {
    case ColumnType::kDouble:
      doubles_.reserve(rows);
      break;
    case ColumnType::kString:
      ends_.reserve(rows);
      chars_.reserve(string_bytes);
      break;
    default:
      ints_.reserve(rows);
  }
  if (spec_->nullable) nulls_.reserve(rows);
}

void Column::Clear() {
  size_ = 0;
  null_count_ = 0;
  ints_.clear();
  doubles_.clear();
  chars_.clear();
  ends_.clear();
  nulls_.clear();
}

void Column::AppendNull() {
  // Invariant: only nullable columns may hold NULL; a generator bug otherwise.
  assert(spec_->nullable && "NULL appended to a required column");
  switch (spec_->type) {
    case ColumnType::kDouble:
      doubles_.push_back(0.0);
      break;
    case ColumnType::kString:
      ends_.push_back(static_cast<uint32_t>(chars_.size()));
      break;
    default:
      ints_.push_back(0);
  }
  nulls_.push_back(1);
  ++null_count_;
  ++size_;
}

}  // namespace ecomgen
