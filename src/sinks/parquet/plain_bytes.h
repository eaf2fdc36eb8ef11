// Little-endian byte helpers shared by the PLAIN encoders and the reader.
//
// Parquet stores fixed-width values little endian; ecomgen supports little-endian hosts
// only (checked below), so values are copied with memcpy.
//
// Thread safety: stateless functions.
#pragma once

#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace ecomgen::parquet {

static_assert(std::endian::native == std::endian::little,
              "the Parquet sink copies values as little-endian bytes");

// Appends the bytes of `value` (little endian) to `out`.
template <typename T>
void AppendLittleEndian(T value, std::string& out) {
  static_assert(std::is_trivially_copyable_v<T>);
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

// Reads a T from the first sizeof(T) bytes at `data`. REQUIRES: they exist.
template <typename T>
T LoadLittleEndian(const char* data) {
  static_assert(std::is_trivially_copyable_v<T>);
  T value;
  std::memcpy(&value, data, sizeof(T));
  return value;
}

}  // namespace ecomgen::parquet
