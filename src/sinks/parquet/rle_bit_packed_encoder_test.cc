#include "sinks/parquet/rle_bit_packed_encoder.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/test_util.h"
#include "readers/parquet/rle_bit_packed_decoder.h"

namespace ecomgen::parquet {
namespace {

std::vector<int> Encode(const std::vector<uint32_t>& values, int bit_width) {
  std::string out;
  RleBitPackedEncoder encoder;
  encoder.Reset(bit_width, out);
  for (const uint32_t value : values) encoder.Put(value);
  encoder.Finish();
  std::vector<int> bytes;
  for (const char byte : out) bytes.push_back(static_cast<uint8_t>(byte));
  return bytes;
}

TEST(RleBitPackedEncoderTest, BitPacksTheSpecExample) {
  // Encodings.md: values 0..7 with bit width 3 pack to 10001000 11000110 11111010 after a
  // bit-packed header for one group of 8: (1 << 1) | 1.
  EXPECT_EQ(Encode({0, 1, 2, 3, 4, 5, 6, 7}, 3), (std::vector<int>{0x03, 0x88, 0xC6, 0xFA}));
}

TEST(RleBitPackedEncoderTest, RepeatedValuesBecomeOneRun) {
  // 100 ones: header varint(100 << 1) = C8 01, then the value in one byte.
  EXPECT_EQ(Encode(std::vector<uint32_t>(100, 1), 1), (std::vector<int>{0xC8, 0x01, 0x01}));
  // Bit width 9 stores the repeated value in two bytes, little endian.
  EXPECT_EQ(Encode(std::vector<uint32_t>(16, 0x1FF), 9), (std::vector<int>{0x20, 0xFF, 0x01}));
  // A short sequence of one value is a run of its length.
  EXPECT_EQ(Encode({0, 0, 0}, 1), (std::vector<int>{0x06, 0x00}));
}

TEST(RleBitPackedEncoderTest, MixesRunsAndLiteralGroups) {
  // 8 x 1 (a run: 0x10 0x01), then 1,0,1,0,1,0,1,0 (a literal group, LSB first: 0x55),
  // then a partial group 1,1 that joins the open literal run zero-padded (0x03); the literal
  // run's header counts two groups: (2 << 1) | 1.
  std::vector<uint32_t> values(8, 1);
  for (int idx = 0; idx < 8; ++idx) values.push_back(idx % 2 == 0 ? 1 : 0);
  values.push_back(1);
  values.push_back(1);
  EXPECT_EQ(Encode(values, 1), (std::vector<int>{0x10, 0x01, 0x05, 0x55, 0x03}));
}

TEST(RleBitPackedEncoderTest, PadsAPartialGroupAfterLiterals) {
  // Nine values: one literal group, then one leftover value joins the literal run, padded.
  EXPECT_EQ(Encode({1, 0, 0, 0, 0, 0, 0, 0, 1}, 1), (std::vector<int>{0x05, 0x01, 0x01}));
}

TEST(RleBitPackedEncoderTest, BitWidthCoversTheLargestValue) {
  EXPECT_EQ(BitWidthFor(0), 1);
  EXPECT_EQ(BitWidthFor(1), 1);
  EXPECT_EQ(BitWidthFor(2), 2);
  EXPECT_EQ(BitWidthFor(255), 8);
  EXPECT_EQ(BitWidthFor(256), 9);
}

TEST(RleBitPackedDecoderTest, RoundTripsEveryWidth) {
  for (int bit_width = 1; bit_width <= 32; ++bit_width) {
    const uint64_t limit = uint64_t{1} << bit_width;
    std::vector<uint32_t> values;
    uint64_t state = 12345;
    for (int idx = 0; idx < 3000; ++idx) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      // Stretches of repeats and of noise, so both run kinds and long literal runs occur.
      const bool repeat = (idx / 40) % 2 == 0;
      values.push_back(
          static_cast<uint32_t>((repeat ? static_cast<uint64_t>(idx / 40) : state >> 20) % limit));
    }
    std::string out;
    RleBitPackedEncoder encoder;
    encoder.Reset(bit_width, out);
    for (const uint32_t value : values) encoder.Put(value);
    encoder.Finish();
    std::vector<uint32_t> decoded(values.size());
    RleBitPackedDecoder decoder(out, bit_width);
    ASSERT_OK(decoder.Decode(decoded));
    EXPECT_EQ(decoded, values) << "bit width " << bit_width;
  }
}

TEST(RleBitPackedDecoderTest, TruncatedInputIsAnError) {
  std::string out;
  RleBitPackedEncoder encoder;
  encoder.Reset(5, out);
  for (uint32_t value = 0; value < 64; ++value) encoder.Put(value % 32);
  encoder.Finish();
  std::vector<uint32_t> decoded(64);
  RleBitPackedDecoder decoder(std::string_view(out).substr(0, out.size() - 1), 5);
  EXPECT_FALSE(decoder.Decode(decoded).ok());
}

}  // namespace
}  // namespace ecomgen::parquet
