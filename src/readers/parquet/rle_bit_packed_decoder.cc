#include "readers/parquet/rle_bit_packed_decoder.h"

#include <algorithm>
#include <string>

namespace ecomgen::parquet {

namespace {
constexpr size_t kGroupSize = 8;
constexpr int kMaxVarintShift = 63;
}  // namespace

Status RleBitPackedDecoder::Decode(std::span<uint32_t> out) {
  if (bit_width_ < 0 || bit_width_ > 32) {
    return Status::InvalidArgument("RLE bit width " + std::to_string(bit_width_) + " out of range");
  }
  const uint64_t mask = (uint64_t{1} << bit_width_) - 1;
  size_t done = 0;
  while (done < out.size()) {
    uint64_t header = 0;
    for (int shift = 0;; shift += 7) {
      if (pos_ >= data_.size() || shift > kMaxVarintShift) {
        return Status::InvalidArgument("RLE run header truncated");
      }
      const auto byte = static_cast<uint8_t>(data_[pos_++]);
      header |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) break;
    }
    if ((header & 1) == 0) {
      const uint64_t count = header >> 1;
      const size_t value_bytes = static_cast<size_t>(bit_width_ + 7) / 8;
      if (count == 0 || data_.size() - pos_ < value_bytes) {
        return Status::InvalidArgument("RLE run truncated");
      }
      uint32_t value = 0;
      for (size_t byte_idx = 0; byte_idx < value_bytes; ++byte_idx) {
        value |= static_cast<uint32_t>(static_cast<uint8_t>(data_[pos_++])) << (8 * byte_idx);
      }
      const size_t take = static_cast<size_t>(std::min<uint64_t>(count, out.size() - done));
      std::fill_n(out.begin() + static_cast<std::ptrdiff_t>(done), take, value);
      done += take;
      continue;
    }
    const uint64_t groups = header >> 1;
    const uint64_t run_bytes = groups * static_cast<uint64_t>(bit_width_);
    if (groups == 0 || run_bytes > data_.size() - pos_) {
      return Status::InvalidArgument("bit-packed run truncated");
    }
    const uint64_t run_values = groups * kGroupSize;
    const size_t take = static_cast<size_t>(std::min<uint64_t>(run_values, out.size() - done));
    uint64_t pending = 0;
    int pending_bits = 0;
    size_t byte_pos = pos_;
    for (size_t idx = 0; idx < take; ++idx) {
      while (pending_bits < bit_width_) {
        pending |= static_cast<uint64_t>(static_cast<uint8_t>(data_[byte_pos++])) << pending_bits;
        pending_bits += 8;
      }
      out[done + idx] = static_cast<uint32_t>(pending & mask);
      pending >>= bit_width_;
      pending_bits -= bit_width_;
    }
    pos_ += static_cast<size_t>(run_bytes);
    done += take;
  }
  return Status::Ok();
}

}  // namespace ecomgen::parquet
