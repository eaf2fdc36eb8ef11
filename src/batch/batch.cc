#include "batch/batch.h"

namespace ecomgen {

namespace {
// A generous guess at the average string width, so the arena rarely grows.
constexpr size_t kReserveBytesPerString = 24;
}  // namespace

Batch::Batch(const Schema& schema, size_t reserve_rows) : schema_(&schema) {
  columns_.reserve(schema.size());
  for (const ColumnSpec& spec : schema.columns) {
    columns_.emplace_back(spec);
    if (reserve_rows > 0)
      columns_.back().Reserve(reserve_rows, reserve_rows * kReserveBytesPerString);
  }
}

void Batch::Clear() {
  for (Column& column : columns_) column.Clear();
}

}  // namespace ecomgen
