// RleBitPackedEncoder: Parquet's RLE / bit-packing hybrid encoding (Encodings.md, "Run Length
// Encoding / Bit-Packing Hybrid"), used for definition levels and dictionary indices.
//
// Values are taken in groups of 8. A group whose 8 values are equal extends (or starts) a
// run-length run; any other group is bit-packed into a literal run of at most 63 groups, so
// a literal run's header is always one byte. The last, partial group is either added to a
// run of its value or zero-padded to 8 values (readers stop after the page's value count).
// Runs therefore start on multiples of 8 values: slightly less compact than the best split,
// but simple, and the common cases (no NULLs, all NULLs, low-cardinality indices in long
// stretches) still become single runs.
//
// The encoder appends to a caller-owned string and keeps no heap state, so one object can be
// reused for every page.
//
// Thread safety: none; an encoder belongs to one thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace ecomgen::parquet {

class RleBitPackedEncoder {
 public:
  RleBitPackedEncoder() = default;

  // Starts a new encoded sequence appended to `out`.
  // REQUIRES: 0 <= bit_width <= 32; `out` stays alive until Finish().
  void Reset(int bit_width, std::string& out);
  // REQUIRES: value < 2^bit_width.
  void Put(uint32_t value);
  // Writes the pending values; the sequence is then complete.
  void Finish();

 private:
  void EndGroup();
  void FlushRleRun();
  void CloseLiteralRun();
  void AppendLiteralGroup();

  static constexpr size_t kGroupSize = 8;
  // 63 groups keep the literal-run header (groups << 1 | 1) within one varint byte.
  static constexpr uint32_t kMaxLiteralGroups = 63;

  std::string* out_ = nullptr;
  int bit_width_ = 0;
  std::array<uint32_t, kGroupSize> group_ = {};
  size_t group_size_ = 0;
  uint32_t rle_value_ = 0;
  uint64_t rle_count_ = 0;         // values in the pending run-length run; 0 = none
  size_t literal_header_pos_ = 0;  // where the open literal run's header byte is
  uint32_t literal_groups_ = 0;    // groups in the open literal run; 0 = none open
};

// The number of bits needed for values 0..max_value (at least 1, so no reader meets width 0).
int BitWidthFor(uint64_t max_value);

}  // namespace ecomgen::parquet
