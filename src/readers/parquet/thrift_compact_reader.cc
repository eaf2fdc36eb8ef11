#include "readers/parquet/thrift_compact_reader.h"

#include <string>

namespace ecomgen::parquet {

namespace {
constexpr int kMaxVarintBytes = 10;
constexpr uint8_t kLongListSize = 0x0F;
}  // namespace

void ThriftCompactReader::Fail(std::string message) {
  if (status_.ok()) {
    status_ = Status::InvalidArgument("Thrift data at byte " + std::to_string(pos_) + ": " +
                                      std::move(message));
  }
}

uint8_t ThriftCompactReader::ReadByte() {
  if (!status_.ok()) return 0;
  if (pos_ >= data_.size()) {
    Fail("unexpected end of data");
    return 0;
  }
  return static_cast<uint8_t>(data_[pos_++]);
}

uint64_t ThriftCompactReader::ReadVarint() {
  uint64_t value = 0;
  for (int byte_idx = 0; byte_idx < kMaxVarintBytes; ++byte_idx) {
    const uint8_t byte = ReadByte();
    value |= static_cast<uint64_t>(byte & 0x7F) << (7 * byte_idx);
    if ((byte & 0x80) == 0) return value;
  }
  Fail("varint longer than 10 bytes");
  return 0;
}

void ThriftCompactReader::BeginStruct() {
  if (depth_ >= kMaxDepth) {
    Fail("structs nested too deeply");
    return;
  }
  last_field_id_[depth_++] = 0;
}

void ThriftCompactReader::EndStruct() {
  if (depth_ > 0) --depth_;
}

bool ThriftCompactReader::NextField(CompactType& type, int16_t& id) {
  if (!status_.ok() || depth_ == 0) return false;
  const uint8_t header = ReadByte();
  if (!status_.ok()) return false;
  type = static_cast<CompactType>(header & 0x0F);
  if (type == CompactType::kStop) return false;
  const int delta = header >> 4;
  int16_t& last = last_field_id_[depth_ - 1];
  if (delta != 0) {
    id = static_cast<int16_t>(last + delta);
  } else {
    id = static_cast<int16_t>(ZigZagDecode(ReadVarint()));
  }
  last = id;
  return status_.ok();
}

int8_t ThriftCompactReader::ReadI8() { return static_cast<int8_t>(ReadByte()); }

int32_t ThriftCompactReader::ReadI32() {
  const int64_t value = ZigZagDecode(ReadVarint());
  if (value < INT32_MIN || value > INT32_MAX) {
    Fail("i32 out of range");
    return 0;
  }
  return static_cast<int32_t>(value);
}

int64_t ThriftCompactReader::ReadI64() { return ZigZagDecode(ReadVarint()); }

std::string_view ThriftCompactReader::ReadBinary() {
  const uint64_t length = ReadVarint();
  if (!status_.ok()) return {};
  if (length > data_.size() - pos_) {
    Fail("binary length past end of data");
    return {};
  }
  const std::string_view value = data_.substr(pos_, static_cast<size_t>(length));
  pos_ += static_cast<size_t>(length);
  return value;
}

uint32_t ThriftCompactReader::ReadListHeader(CompactType& element) {
  const uint8_t header = ReadByte();
  element = static_cast<CompactType>(header & 0x0F);
  uint64_t size = header >> 4;
  if (size == kLongListSize) size = ReadVarint();
  // Every element takes at least one byte, so a longer list cannot be valid.
  if (size > data_.size() - pos_) {
    Fail("list longer than the data");
    return 0;
  }
  return static_cast<uint32_t>(size);
}

void ThriftCompactReader::Skip(CompactType type) { SkipValue(type, 0); }

void ThriftCompactReader::SkipValue(CompactType type, int depth) {
  if (!status_.ok()) return;
  if (depth > static_cast<int>(kMaxDepth)) {
    Fail("values nested too deeply");
    return;
  }
  switch (type) {
    case CompactType::kBoolTrue:
    case CompactType::kBoolFalse:
      return;  // the value is in the field header
    case CompactType::kI8:
      ReadByte();
      return;
    case CompactType::kI16:
    case CompactType::kI32:
    case CompactType::kI64:
      ReadVarint();
      return;
    case CompactType::kDouble:
      for (int byte_idx = 0; byte_idx < 8; ++byte_idx) ReadByte();
      return;
    case CompactType::kBinary:
      ReadBinary();
      return;
    case CompactType::kList:
    case CompactType::kSet: {
      CompactType element = CompactType::kStop;
      const uint32_t size = ReadListHeader(element);
      for (uint32_t idx = 0; idx < size && status_.ok(); ++idx) {
        // Booleans in lists take one byte each.
        if (element == CompactType::kBoolTrue || element == CompactType::kBoolFalse) {
          ReadByte();
        } else {
          SkipValue(element, depth + 1);
        }
      }
      return;
    }
    case CompactType::kMap: {
      const uint64_t size = ReadVarint();
      if (size == 0) return;
      const uint8_t types = ReadByte();
      for (uint64_t idx = 0; idx < size && status_.ok(); ++idx) {
        SkipValue(static_cast<CompactType>(types >> 4), depth + 1);
        SkipValue(static_cast<CompactType>(types & 0x0F), depth + 1);
      }
      return;
    }
    case CompactType::kStruct: {
      BeginStruct();
      CompactType field_type = CompactType::kStop;
      int16_t field_id = 0;
      while (NextField(field_type, field_id)) SkipValue(field_type, depth + 1);
      EndStruct();
      return;
    }
    case CompactType::kStop:
      break;
  }
  Fail("unknown compact type " + std::to_string(static_cast<int>(type)));
}

}  // namespace ecomgen::parquet
