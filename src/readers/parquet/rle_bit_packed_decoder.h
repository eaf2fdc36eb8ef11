// RleBitPackedDecoder: reads Parquet's RLE / bit-packing hybrid encoding (the inverse of
// RleBitPackedEncoder), for definition levels and dictionary indices read back from files.
//
// Input is untrusted: every read is bounds-checked and a malformed run yields a Status.
//
// Thread safety: none; a decoder belongs to one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "ecomgen/status.h"

namespace ecomgen::parquet {

class RleBitPackedDecoder {
 public:
  // REQUIRES: `data` outlives the decoder; 0 <= bit_width <= 32.
  RleBitPackedDecoder(std::string_view data, int bit_width) : data_(data), bit_width_(bit_width) {}

  // Decodes exactly out.size() values into `out`.
  Status Decode(std::span<uint32_t> out);

 private:
  std::string_view data_;
  size_t pos_ = 0;
  int bit_width_;
};

}  // namespace ecomgen::parquet
