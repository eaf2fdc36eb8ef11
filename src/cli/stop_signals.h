// StopSignals: turns SIGINT and SIGTERM into a stop request for a long-running command.
//
// The signals are blocked in the constructing thread before it starts any other, so every
// thread inherits the mask and no handler runs; a watcher thread takes them with
// sigtimedwait and requests the stop. The command checks the token at its own safe points
// (a line boundary, a chunk boundary).
//
// Thread safety: construct on the main thread before starting other threads.
#pragma once

#include <atomic>
#include <stop_token>
#include <thread>

namespace ecomgen::cli {

class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  std::stop_token token() const { return stop_.get_token(); }
  // The signal that requested the stop, or 0.
  int caught() const { return caught_.load(); }

 private:
  std::stop_source stop_;
  std::atomic<int> caught_ = 0;
  std::jthread watcher_;
};

}  // namespace ecomgen::cli
