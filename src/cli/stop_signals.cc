#include "cli/stop_signals.h"

#include <pthread.h>

#include <csignal>
#include <ctime>

namespace ecomgen::cli {
namespace {

// How often the watcher looks up from sigtimedwait to see whether the command is over.
constexpr long kSignalPollNanoseconds = 2'000'000;

sigset_t StopSignalSet() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

}  // namespace

StopSignals::StopSignals() {
  const sigset_t signals = StopSignalSet();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  watcher_ = std::jthread([this](std::stop_token done) {
    const sigset_t wanted = StopSignalSet();
    const timespec tick = {0, kSignalPollNanoseconds};
    while (!done.stop_requested()) {
      const int signal = sigtimedwait(&wanted, nullptr, &tick);
      if (signal > 0) {
        caught_.store(signal);
        stop_.request_stop();
        return;
      }
    }
  });
}

StopSignals::~StopSignals() {
  watcher_.request_stop();
  watcher_.join();
}

}  // namespace ecomgen::cli
