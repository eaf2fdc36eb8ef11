#include "sinks/parquet/thrift_compact_writer.h"

#include <cassert>

namespace ecomgen::parquet {

namespace {
// Field ids 1..15 above the previous one fit in the header byte's high nibble.
constexpr int kMaxShortDelta = 15;
// Lists with fewer elements carry the size in the header byte's high nibble.
constexpr uint32_t kMaxShortListSize = 14;
}  // namespace

void AppendVarint(uint64_t value, std::string& out) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void ThriftCompactWriter::BeginStruct() {
  // Invariant: the footer's nesting is fixed and far below kMaxDepth; deeper is a caller bug.
  assert(depth_ < kMaxDepth && "Thrift structs nested too deeply");
  last_field_id_[depth_++] = 0;
}

void ThriftCompactWriter::EndStruct() {
  // Invariant: every EndStruct matches a BeginStruct or FieldStructBegin.
  assert(depth_ > 0 && "EndStruct without an open struct");
  out_->push_back(static_cast<char>(CompactType::kStop));
  --depth_;
}

void ThriftCompactWriter::FieldHeader(int16_t id, CompactType type) {
  // Invariant: fields are written inside a struct, in increasing id order.
  assert(depth_ > 0 && "field written outside a struct");
  int16_t& last = last_field_id_[depth_ - 1];
  assert(id > last && "Thrift fields must be written in increasing id order");
  const int delta = id - last;
  if (delta <= kMaxShortDelta) {
    out_->push_back(static_cast<char>((delta << 4) | static_cast<int>(type)));
  } else {
    out_->push_back(static_cast<char>(type));
    AppendVarint(ZigZagEncode(id), *out_);
  }
  last = id;
}

void ThriftCompactWriter::FieldBool(int16_t id, bool value) {
  FieldHeader(id, value ? CompactType::kBoolTrue : CompactType::kBoolFalse);
}

void ThriftCompactWriter::FieldI16(int16_t id, int16_t value) {
  FieldHeader(id, CompactType::kI16);
  AppendVarint(ZigZagEncode(value), *out_);
}

void ThriftCompactWriter::FieldI32(int16_t id, int32_t value) {
  FieldHeader(id, CompactType::kI32);
  AppendVarint(ZigZagEncode(value), *out_);
}

void ThriftCompactWriter::FieldI64(int16_t id, int64_t value) {
  FieldHeader(id, CompactType::kI64);
  AppendVarint(ZigZagEncode(value), *out_);
}

void ThriftCompactWriter::FieldBinary(int16_t id, std::string_view value) {
  FieldHeader(id, CompactType::kBinary);
  ListBinary(value);
}

void ThriftCompactWriter::FieldStructBegin(int16_t id) {
  FieldHeader(id, CompactType::kStruct);
  BeginStruct();
}

void ThriftCompactWriter::FieldEmptyStruct(int16_t id) {
  FieldStructBegin(id);
  EndStruct();
}

void ThriftCompactWriter::FieldListBegin(int16_t id, CompactType element, uint32_t size) {
  FieldHeader(id, CompactType::kList);
  const int element_id = static_cast<int>(element);
  if (size <= kMaxShortListSize) {
    out_->push_back(static_cast<char>((size << 4) | static_cast<uint32_t>(element_id)));
  } else {
    out_->push_back(static_cast<char>(0xF0 | element_id));
    AppendVarint(size, *out_);
  }
}

void ThriftCompactWriter::ListI32(int32_t value) { AppendVarint(ZigZagEncode(value), *out_); }

void ThriftCompactWriter::ListBinary(std::string_view value) {
  AppendVarint(value.size(), *out_);
  out_->append(value);
}

}  // namespace ecomgen::parquet
