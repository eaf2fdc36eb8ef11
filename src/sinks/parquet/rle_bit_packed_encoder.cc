#include "sinks/parquet/rle_bit_packed_encoder.h"

#include <bit>
#include <cassert>

#include "sinks/parquet/thrift_compact_writer.h"

namespace ecomgen::parquet {

int BitWidthFor(uint64_t max_value) {
  const int width = static_cast<int>(std::bit_width(max_value));
  return width == 0 ? 1 : width;
}

void RleBitPackedEncoder::Reset(int bit_width, std::string& out) {
  // Invariant: widths come from BitWidthFor on an index or a level; never above 32.
  assert(bit_width >= 0 && bit_width <= 32 && "bad RLE bit width");
  out_ = &out;
  bit_width_ = bit_width;
  group_size_ = 0;
  rle_count_ = 0;
  literal_groups_ = 0;
}

void RleBitPackedEncoder::Put(uint32_t value) {
  group_[group_size_++] = value;
  if (group_size_ == kGroupSize) EndGroup();
}

void RleBitPackedEncoder::EndGroup() {
  bool all_same = true;
  for (size_t idx = 1; idx < group_size_; ++idx) all_same = all_same && group_[idx] == group_[0];
  group_size_ = 0;
  if (all_same) {
    if (rle_count_ > 0 && rle_value_ == group_[0]) {
      rle_count_ += kGroupSize;
      return;
    }
    FlushRleRun();
    CloseLiteralRun();
    rle_value_ = group_[0];
    rle_count_ = kGroupSize;
    return;
  }
  FlushRleRun();
  AppendLiteralGroup();
}

void RleBitPackedEncoder::Finish() {
  if (group_size_ > 0) {
    bool all_same = true;
    for (size_t idx = 1; idx < group_size_; ++idx) {
      all_same = all_same && group_[idx] == group_[0];
    }
    if (all_same && rle_count_ > 0 && rle_value_ == group_[0]) {
      rle_count_ += group_size_;
    } else if (all_same && literal_groups_ == 0) {
      FlushRleRun();
      rle_value_ = group_[0];
      rle_count_ = group_size_;
    } else {
      FlushRleRun();
      for (size_t idx = group_size_; idx < kGroupSize; ++idx) group_[idx] = 0;
      AppendLiteralGroup();
    }
    group_size_ = 0;
  }
  FlushRleRun();
  CloseLiteralRun();
}

void RleBitPackedEncoder::FlushRleRun() {
  if (rle_count_ == 0) return;
  AppendVarint(rle_count_ << 1, *out_);
  // The repeated value takes ceil(bit_width / 8) bytes, little endian.
  const int value_bytes = (bit_width_ + 7) / 8;
  for (int byte_idx = 0; byte_idx < value_bytes; ++byte_idx) {
    out_->push_back(static_cast<char>((rle_value_ >> (8 * byte_idx)) & 0xFF));
  }
  rle_count_ = 0;
}

void RleBitPackedEncoder::CloseLiteralRun() {
  if (literal_groups_ == 0) return;
  (*out_)[literal_header_pos_] = static_cast<char>((literal_groups_ << 1) | 1);
  literal_groups_ = 0;
}

void RleBitPackedEncoder::AppendLiteralGroup() {
  if (literal_groups_ == 0) {
    literal_header_pos_ = out_->size();
    out_->push_back(0);  // patched by CloseLiteralRun
  }
  // Pack 8 values of bit_width_ bits, least significant bit first: exactly bit_width_ bytes.
  uint64_t pending = 0;
  int pending_bits = 0;
  for (const uint32_t value : group_) {
    pending |= static_cast<uint64_t>(value) << pending_bits;
    pending_bits += bit_width_;
    while (pending_bits >= 8) {
      out_->push_back(static_cast<char>(pending & 0xFF));
      pending >>= 8;
      pending_bits -= 8;
    }
  }
  if (++literal_groups_ == kMaxLiteralGroups) CloseLiteralRun();
}

}  // namespace ecomgen::parquet
