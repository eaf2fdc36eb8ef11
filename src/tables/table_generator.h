// TableGenerator: turns the plan and the dimensions into rows, one chunk at a time.
//
// A generator emits one or more tables (orders, order_items and returns come from one pass
// over the orders, since lines and returns are parts of an order). Its chunks are fixed by the
// plan, never by the thread count. Every id is known without the chunks before: row ids come
// from the plan's prefix sums, and order lines and returns take ids derived from their order's
// (order_items.h). So any chunk can be filled alone, and a shard costs only its own rows.
//
// Thread safety: generators are const after construction; FillChunk may run on any thread
// concurrently for different chunks. All mutable state is local to the call.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "batch/batch.h"
#include "ecomgen/table_id.h"

namespace ecomgen {

class TableGenerator {
 public:
  virtual ~TableGenerator() = default;
  // The tables this generator writes, in the order of the batches it fills.
  virtual std::span<const TableId> outputs() const = 0;
  virtual int64_t chunk_count() const = 0;
  // Appends the rows of `chunk` to `out[i]` (one batch per output, cleared by the caller),
  // with their final ids.
  virtual void FillChunk(int64_t chunk, std::span<Batch* const> out) const = 0;
};

// Splits [0, minute_count) into ranges holding about `rows_per_chunk` events each according
// to `prefix` (events before each minute). Returns the range starts plus the end.
std::vector<int64_t> ChunkMinutes(const std::vector<int64_t>& prefix, int64_t rows_per_chunk);

// Splits [0, rows) into equal chunks of `rows_per_chunk`. Returns starts plus the end.
std::vector<int64_t> ChunkRows(int64_t rows, int64_t rows_per_chunk);

// Rows per chunk: large enough to amortize per-chunk work, small enough that a few chunks in
// flight per worker keep memory flat.
inline constexpr int64_t kRowsPerChunk = 32768;

}  // namespace ecomgen
