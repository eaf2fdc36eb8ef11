// ThriftCompactReader: decodes Thrift compact-protocol structs (Parquet footers and page
// headers) from untrusted bytes.
//
// Every read is bounds-checked. The first problem is kept as a sticky Status; reads after it
// return zero values, so decoders can read a whole struct and check status() once. Fields a
// decoder does not know are skipped with Skip().
//
//   ThriftCompactReader reader(bytes);
//   reader.BeginStruct();
//   CompactType type;
//   int16_t id;
//   while (reader.NextField(type, id)) {
//     if (id == 1 && type == CompactType::kI32) version = reader.ReadI32();
//     else reader.Skip(type);
//   }
//   reader.EndStruct();
//   if (!reader.status().ok()) ...
//
// Thread safety: none; a reader belongs to one thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ecomgen/status.h"
#include "sinks/parquet/thrift_compact_writer.h"

namespace ecomgen::parquet {

class ThriftCompactReader {
 public:
  // REQUIRES: `data` outlives the reader.
  explicit ThriftCompactReader(std::string_view data) : data_(data) {}

  const Status& status() const { return status_; }
  // Bytes consumed so far.
  size_t position() const { return pos_; }

  void BeginStruct();
  void EndStruct();
  // Reads the next field header of the current struct; false at its stop byte (or on error).
  bool NextField(CompactType& type, int16_t& id);

  // Boolean fields carry their value in the header type; pass that type here.
  static bool BoolOf(CompactType type) { return type == CompactType::kBoolTrue; }
  int8_t ReadI8();
  int32_t ReadI32();
  int64_t ReadI64();
  std::string_view ReadBinary();
  // Reads a list header; returns the element count and sets `element`.
  uint32_t ReadListHeader(CompactType& element);
  // Skips a value of `type` (a field's value, or a list element).
  void Skip(CompactType type);

  // Records a problem found by the caller (a missing required field, a bad value).
  void Fail(std::string message);

 private:
  uint64_t ReadVarint();
  uint8_t ReadByte();
  void SkipValue(CompactType type, int depth);

  static constexpr size_t kMaxDepth = 32;

  std::string_view data_;
  size_t pos_ = 0;
  Status status_;
  std::array<int16_t, kMaxDepth> last_field_id_ = {};
  size_t depth_ = 0;
};

}  // namespace ecomgen::parquet
