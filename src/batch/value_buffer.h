// ValueBuffer: a growable array of trivially copyable values for a Column.
//
// std::vector::push_back is not reliably inlined into the generators' long row loops, and
// a call per cell costs as much as the append itself. Here the append is a compare, a store
// and an increment, with the growth path kept out of line. Clear() keeps the capacity.
//
// Thread safety: none; owned by one Column.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <type_traits>
#include <utility>

namespace ecomgen {

template <typename T>
class ValueBuffer {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  ValueBuffer() = default;
  ValueBuffer(ValueBuffer&& other) noexcept
      : data_(std::move(other.data_)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  ValueBuffer& operator=(ValueBuffer&& other) noexcept {
    data_ = std::move(other.data_);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    return *this;
  }

  [[gnu::always_inline]] void push_back(T value) {
    if (size_ == capacity_) [[unlikely]]
      Grow(size_ + 1);
    data_[size_++] = value;
  }
  void reserve(size_t capacity) {
    if (capacity > capacity_) Grow(capacity);
  }
  void clear() { size_ = 0; }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* data() const { return data_.get(); }
  T* data() { return data_.get(); }
  const T& operator[](size_t idx) const { return data_[idx]; }
  T& operator[](size_t idx) { return data_[idx]; }
  std::span<const T> view() const { return {data_.get(), size_}; }

 private:
  [[gnu::noinline]] void Grow(size_t need) {
    size_t capacity = capacity_ < 64 ? 64 : capacity_ * 2;
    if (capacity < need) capacity = need;
    auto grown = std::make_unique_for_overwrite<T[]>(capacity);
    if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_ * sizeof(T));
    data_ = std::move(grown);
    capacity_ = capacity;
  }

  std::unique_ptr<T[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

}  // namespace ecomgen
