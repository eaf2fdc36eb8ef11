// Result<T>: a value or the Status that explains why there is none.
//
// Shaped like std::expected (which g++ 12 lacks in C++20 mode) so it can be swapped out
// later: has_value(), value(), operator*, operator->, error().
//
//   Result<Config> config = LoadConfigFile(path);
//   if (!config) return config.error();
//   Use(*config);
//
// Thread safety: a value type, like Status.
#pragma once

#include <cassert>
#include <optional>
#include <utility>

#include "ecomgen/status.h"

namespace ecomgen {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!status_.ok() && "a Result built from a Status must carry a failure");
  }

  bool has_value() const { return value_.has_value(); }
  explicit operator bool() const { return has_value(); }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

  // REQUIRES: !has_value().
  const Status& error() const { return status_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace ecomgen
