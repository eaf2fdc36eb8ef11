#include "sinks/parquet/dictionary_column_encoder.h"

#include <algorithm>
#include <cassert>
#include <numeric>

#include "sinks/parquet/plain_bytes.h"

namespace ecomgen::parquet {

namespace {
// Indices take at most bit_width() bits, well under a byte each on average; this bounds a
// page's row count so that pages stay reasonably small for readers.
constexpr size_t kMaxRowsPerPage = kTargetPageBytes;
}  // namespace

DictionaryColumnEncoder::DictionaryColumnEncoder(std::span<const std::string_view> dictionary)
    : dictionary_(dictionary),
      rank_of_index_(dictionary.size()),
      index_of_rank_(dictionary.size()),
      bit_width_(BitWidthFor(dictionary.empty() ? 0 : dictionary.size() - 1)) {
  std::iota(index_of_rank_.begin(), index_of_rank_.end(), 0U);
  std::stable_sort(index_of_rank_.begin(), index_of_rank_.end(),
                   [&](uint32_t lhs, uint32_t rhs) { return dictionary[lhs] < dictionary[rhs]; });
  for (size_t rank = 0; rank < index_of_rank_.size(); ++rank) {
    rank_of_index_[index_of_rank_[rank]] = static_cast<uint32_t>(rank);
  }
}

size_t DictionaryColumnEncoder::PageEnd(const Column& column, size_t begin) const {
  return std::min(column.size(), begin + kMaxRowsPerPage);
}

void DictionaryColumnEncoder::EncodeValues(const Column& column, size_t begin, size_t end,
                                           ColumnEncoderState& state, ColumnStats& stats,
                                           std::string& out) const {
  const int64_t* values = column.ints().data();
  const bool has_nulls = column.has_nulls();
  out.push_back(static_cast<char>(bit_width_));
  state.rle.Reset(bit_width_, out);
  uint32_t min_rank = UINT32_MAX;
  uint32_t max_rank = 0;
  for (size_t row = begin; row < end; ++row) {
    if (has_nulls && column.is_null(row)) continue;
    const auto index = static_cast<uint32_t>(values[row]);
    // Invariant: generators only store indices of the column's own dictionary.
    assert(values[row] >= 0 && index < dictionary_.size() && "enum index out of range");
    state.rle.Put(index);
    const uint32_t rank = rank_of_index_[index];
    min_rank = std::min(min_rank, rank);
    max_rank = std::max(max_rank, rank);
  }
  state.rle.Finish();
  if (min_rank > max_rank) return;  // no non-NULL value
  if (!stats.has_min_max || min_rank < stats.min_int) stats.min_int = min_rank;
  if (!stats.has_min_max || max_rank > stats.max_int) stats.max_int = max_rank;
  stats.has_min_max = true;
}

void DictionaryColumnEncoder::MergeStats(const ColumnStats& from, ColumnStats& into) const {
  MergeIntStats(from, into);
}

bool DictionaryColumnEncoder::StatsBounds(const ColumnStats& stats, std::string& min_value,
                                          std::string& max_value) const {
  min_value.clear();
  max_value.clear();
  if (!stats.has_min_max) return false;
  min_value.assign(dictionary_[index_of_rank_[static_cast<size_t>(stats.min_int)]]);
  max_value.assign(dictionary_[index_of_rank_[static_cast<size_t>(stats.max_int)]]);
  return true;
}

void DictionaryColumnEncoder::EncodeDictionary(std::string& out) const {
  for (const std::string_view entry : dictionary_) {
    AppendLittleEndian(static_cast<uint32_t>(entry.size()), out);
    out.append(entry);
  }
}

}  // namespace ecomgen::parquet
