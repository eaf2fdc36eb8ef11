// Batch: a fixed-capacity set of rows of one table, stored by column.
//
// Generators append one row at a time, column by column, then hand the batch to a sink's
// encoder. Reusing a Batch (Clear) keeps its buffers, so steady-state generation does not
// allocate.
//
// Thread safety: none; a Batch belongs to one worker at a time.
#pragma once

#include <cstddef>
#include <vector>

#include "batch/column.h"
#include "batch/schema.h"

namespace ecomgen {

class Batch {
 public:
  // REQUIRES: `schema` outlives the batch.
  explicit Batch(const Schema& schema, size_t reserve_rows = 0);

  const Schema& schema() const { return *schema_; }
  Column& col(size_t col_idx) { return columns_[col_idx]; }
  const Column& col(size_t col_idx) const { return columns_[col_idx]; }
  size_t column_count() const { return columns_.size(); }
  // Rows in the batch; every column must hold this many values once a row is complete.
  size_t rows() const { return columns_.empty() ? 0 : columns_.front().size(); }

  void Clear();

 private:
  const Schema* schema_;
  std::vector<Column> columns_;
};

}  // namespace ecomgen
