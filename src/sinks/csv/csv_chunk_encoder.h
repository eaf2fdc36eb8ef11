// CsvChunkEncoder: the CSV implementation of ChunkEncoder. Formats every row of a Batch as
// CSV text (no header: CsvTableWriter writes it once), one line per row ending in '\n'.
//
// Cells are written as the contract's section 2 says: integers in decimal, booleans as
// true/false, doubles with the column's `decimals`, money with two decimals, timestamps as
// "2024-11-29T14:03:27Z" (floored to the second), dates as "2024-11-29", enums as their
// dictionary entry, strings with RFC 4180 quoting (see csv_field_writer.h), NULL as an empty
// field.
//
// This is the hot path of CSV output. The encoder writes through a raw pointer into the
// chunk's buffer, which it grows by a worst-case bound once per row (and per string cell)
// and trims once at the end; dates are formatted once per day per column (CsvDayCache).
// Reusing the EncodedChunk reuses its buffer, so steady state does not allocate.
//
// Thread safety: none; each worker owns its encoder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "batch/schema.h"
#include "sinks/csv/csv_day_cache.h"
#include "sinks/sink.h"

namespace ecomgen::csv {

class CsvChunkEncoder final : public ChunkEncoder {
 public:
  // REQUIRES: `schema` outlives the encoder; kDouble columns have decimals >= 0.
  explicit CsvChunkEncoder(const Schema& schema);

  // REQUIRES: `batch` has `schema`'s columns; kEnum cells index their dictionary.
  void Encode(const Batch& batch, EncodedChunk& out) override;

 private:
  // One kEnum dictionary entry as printed (quoted when needed), inside enum_text_.
  struct EnumEntry {
    uint32_t offset = 0;
    uint32_t size = 0;
  };
  // What the row loop reads for one column, gathered once per Encode.
  struct ColumnCursor {
    ColumnType type = ColumnType::kInt64;
    int decimals = 0;
    bool has_nulls = false;
    const Column* column = nullptr;
    const int64_t* ints = nullptr;
    const double* doubles = nullptr;
    const EnumEntry* enum_entries = nullptr;
    CsvDayCache* day_cache = nullptr;
  };

  // A guess at the chunk's CSV size, to reserve the buffer in one step.
  size_t EstimateBytes(const Batch& batch) const;

  const Schema* schema_;
  // Room one row may need, besides its string cells: each cell's bound plus its separator.
  size_t row_bytes_ = 0;
  std::vector<size_t> enum_first_;  // per column: index of its first entry in enum_entries_
  std::vector<EnumEntry> enum_entries_;
  std::string enum_text_;  // printed entries, then padding so fixed-size copies stay inside
  std::vector<CsvDayCache> day_caches_;  // one per kTimestamp or kDate column
  std::vector<size_t> day_cache_index_;  // per column: its cache in day_caches_, if it has one
  std::vector<ColumnCursor> cursors_;    // scratch for Encode
};

}  // namespace ecomgen::csv
