// ThriftCompactWriter: serializes Thrift structs with the compact protocol, the encoding
// Parquet uses for its footer (FileMetaData) and page headers.
//
// The writer appends to a caller-owned string and never allocates besides growing it. Fields
// are written in increasing id order by the caller; the writer encodes each field id as a
// delta from the previous one in the same struct (one byte when the delta is 1..15).
//
//   ThriftCompactWriter writer(out);
//   writer.BeginStruct();
//   writer.FieldI32(1, 7);
//   writer.FieldBinary(4, "name");
//   writer.EndStruct();
//
// Thread safety: none; a writer and its string belong to one thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ecomgen::parquet {

// Compact protocol type ids, as they appear in field and list headers.
enum class CompactType : uint8_t {
  kStop = 0,
  kBoolTrue = 1,
  kBoolFalse = 2,
  kI8 = 3,
  kI16 = 4,
  kI32 = 5,
  kI64 = 6,
  kDouble = 7,
  kBinary = 8,
  kList = 9,
  kSet = 10,
  kMap = 11,
  kStruct = 12,
};

// Appends `value` as an unsigned LEB128 varint (7 bits per byte, low bits first).
void AppendVarint(uint64_t value, std::string& out);

// Maps signed to unsigned so that small magnitudes stay small: 0,-1,1,-2 -> 0,1,2,3.
constexpr uint64_t ZigZagEncode(int64_t value) {
  return (static_cast<uint64_t>(value) << 1) ^ static_cast<uint64_t>(value >> 63);
}
constexpr int64_t ZigZagDecode(uint64_t value) {
  return static_cast<int64_t>(value >> 1) ^ -static_cast<int64_t>(value & 1);
}

class ThriftCompactWriter {
 public:
  // REQUIRES: `out` outlives the writer. Bytes are appended after its current content.
  explicit ThriftCompactWriter(std::string& out) : out_(&out) {}

  // Opens a top-level struct or a struct that is a list element.
  void BeginStruct();
  // Writes the stop byte and returns to the enclosing struct.
  void EndStruct();

  void FieldBool(int16_t id, bool value);
  void FieldI16(int16_t id, int16_t value);
  void FieldI32(int16_t id, int32_t value);
  void FieldI64(int16_t id, int64_t value);
  void FieldBinary(int16_t id, std::string_view value);
  // Writes the header of a struct-typed field and opens it; close with EndStruct().
  void FieldStructBegin(int16_t id);
  // Writes an empty struct field (the members of Thrift unions such as TimeUnit.MICROS).
  void FieldEmptyStruct(int16_t id);
  // Writes the header of a list field with `size` elements of type `element`; then write the
  // elements with the List* calls (or BeginStruct/EndStruct for struct elements).
  void FieldListBegin(int16_t id, CompactType element, uint32_t size);

  void ListI32(int32_t value);
  void ListBinary(std::string_view value);

 private:
  void FieldHeader(int16_t id, CompactType type);

  // Deep enough for Parquet's footer (FileMetaData > RowGroup > ColumnChunk > ColumnMetaData
  // > Statistics is 5 levels).
  static constexpr size_t kMaxDepth = 16;

  std::string* out_;
  std::array<int16_t, kMaxDepth> last_field_id_ = {};
  size_t depth_ = 0;
};

}  // namespace ecomgen::parquet
