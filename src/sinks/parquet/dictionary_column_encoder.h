// DictionaryColumnEncoder: kEnum columns as BYTE_ARRAY (STRING) with RLE_DICTIONARY pages.
//
// The column's dictionary (ColumnSpec::dictionary) is fixed before any row exists, so the
// dictionary page is the same for every column chunk and every chunk's indices can be
// encoded on any thread without coordination. A data page's values are one byte holding the
// index bit width, then the indices in the RLE / bit-packing hybrid.
//
// Statistics are kept as sort ranks of the entries (unsigned byte order of their text), so
// chunks merge as integers and the footer gets the entries' text.
//
// Thread safety: immutable after construction; safe to share.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "sinks/parquet/column_encoder.h"

namespace ecomgen::parquet {

class DictionaryColumnEncoder final : public ColumnEncoder {
 public:
  // REQUIRES: `dictionary` outlives the encoder.
  explicit DictionaryColumnEncoder(std::span<const std::string_view> dictionary);

  PhysicalType physical_type() const override { return PhysicalType::kByteArray; }
  Encoding value_encoding() const override { return Encoding::kRleDictionary; }
  size_t PageEnd(const Column& column, size_t begin) const override;
  // REQUIRES: every non-NULL value is an index into the dictionary.
  void EncodeValues(const Column& column, size_t begin, size_t end, ColumnEncoderState& state,
                    ColumnStats& stats, std::string& out) const override;
  void MergeStats(const ColumnStats& from, ColumnStats& into) const override;
  bool StatsBounds(const ColumnStats& stats, std::string& min_value,
                   std::string& max_value) const override;

  bool has_dictionary() const override { return true; }
  size_t dictionary_size() const override { return dictionary_.size(); }
  void EncodeDictionary(std::string& out) const override;

  // The bit width of the indices in data pages.
  int bit_width() const { return bit_width_; }

 private:
  std::span<const std::string_view> dictionary_;
  std::vector<uint32_t> rank_of_index_;  // position of each entry in sorted order
  std::vector<uint32_t> index_of_rank_;  // the inverse permutation
  int bit_width_;
};

}  // namespace ecomgen::parquet
