// ColumnEncoder: turns one column's values into the value section of Parquet data pages and
// keeps the column's statistics. There is one implementation per physical type (INT32,
// INT64, DOUBLE, BOOLEAN, BYTE_ARRAY) plus one for dictionary-encoded enum columns; the
// chunk encoder writes levels, page headers and compression around them.
//
// Encoders are immutable once built: all per-call state lives in ColumnEncoderState (owned
// by the worker) and ColumnStats (owned by the chunk), so one encoder object can serve any
// number of threads.
//
// Thread safety: const methods only; safe to share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "batch/column.h"
#include "batch/schema.h"
#include "sinks/parquet/column_stats.h"
#include "sinks/parquet/parquet_types.h"
#include "sinks/parquet/rle_bit_packed_encoder.h"

namespace ecomgen::parquet {

// Data pages are cut when their values reach about this many bytes before compression,
// the customary Parquet page size: large enough for good compression, small enough that
// readers do not need huge buffers.
inline constexpr size_t kTargetPageBytes = size_t{1} << 20;

// Scratch space one worker reuses for every column and page it encodes.
struct ColumnEncoderState {
  RleBitPackedEncoder rle;
};

class ColumnEncoder {
 public:
  virtual ~ColumnEncoder() = default;

  virtual PhysicalType physical_type() const = 0;
  // The encoding of the data pages' values (PLAIN or RLE_DICTIONARY).
  virtual Encoding value_encoding() const = 0;

  // The end (exclusive) of the page that starts at row `begin`: the page holds about
  // kTargetPageBytes of values, and at least one row.
  // REQUIRES: begin < column.size().
  virtual size_t PageEnd(const Column& column, size_t begin) const = 0;

  // Appends the encoded non-NULL values of rows [begin, end) of `column` to `out`, and folds
  // them into `stats` (not null_count, which the caller sets).
  virtual void EncodeValues(const Column& column, size_t begin, size_t end,
                            ColumnEncoderState& state, ColumnStats& stats,
                            std::string& out) const = 0;

  // Folds `from` into `into`; both describe this column.
  virtual void MergeStats(const ColumnStats& from, ColumnStats& into) const = 0;

  // Writes the statistics' bounds as Parquet stores them (PLAIN, without a length prefix for
  // byte arrays). Returns false when there are none (no non-NULL value).
  virtual bool StatsBounds(const ColumnStats& stats, std::string& min_value,
                           std::string& max_value) const = 0;

  // Dictionary-encoded columns only: the number of dictionary entries, and the dictionary
  // page's content (the entries, PLAIN encoded). Others have no dictionary.
  virtual bool has_dictionary() const { return false; }
  virtual size_t dictionary_size() const { return 0; }
  virtual void EncodeDictionary(std::string& /*out*/) const {}
};

// The encoder for a column of `spec`'s type. REQUIRES: `spec` outlives the encoder (kEnum
// encoders keep a view of its dictionary).
std::unique_ptr<ColumnEncoder> MakeColumnEncoder(const ColumnSpec& spec);

// The physical type a column of `type` is stored as.
PhysicalType PhysicalTypeFor(ColumnType type);

}  // namespace ecomgen::parquet
