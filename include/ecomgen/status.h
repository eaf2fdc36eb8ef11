// Status: the outcome of a library call that can fail.
//
// The library throws nothing across its API; a call that can fail returns a Status (or a
// Result<T>, see result.h). A failed Status carries a code and one line of text that names
// the bad value and where it came from ("--discount", "flash.json:12:7"). Only the CLI
// turns a Status into an exit code: kInvalidArgument gives 2, every other failure gives 1.
//
// Thread safety: a Status is a value; distinct objects may be used from distinct threads.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace ecomgen {

class [[nodiscard]] Status {
 public:
  enum class Code : unsigned char { kOk, kInvalidArgument, kIOError, kCancelled, kInternal };

  Status() = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Cancelled(std::string msg) { return Status(Code::kCancelled, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is prefixed by `context` and ": ", for adding where an
  // error came from while it travels up ("customers.csv: disk full").
  Status WithContext(std::string_view context) const {
    if (ok()) return *this;
    return Status(code_, std::string(context) + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace ecomgen

// Returns early from the calling function when `expr` yields a failed Status.
#define ECOMGEN_RETURN_IF_ERROR(expr)                  \
  do {                                                 \
    ::ecomgen::Status ecomgen_status_ = (expr);        \
    if (!ecomgen_status_.ok()) return ecomgen_status_; \
  } while (false)
