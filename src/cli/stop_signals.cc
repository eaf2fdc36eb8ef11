#include "cli/stop_signals.h"

#include <pthread.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <initializer_list>

#include "cli/cli_error.h"

namespace ecomgen::cli {
namespace {

// How often the watcher looks up from sigtimedwait to see whether the command is over. Every
// command waits for it once at its end, so it is short: a tiny run takes about 10 ms.
constexpr long kSignalPollNanoseconds = 2'000'000;

}  // namespace

sigset_t StopSignalSet() {
  sigset_t signals;
  sigemptyset(&signals);
  for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
                           SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ}) {
    sigaddset(&signals, signal);
  }
  return signals;
}

void BlockStopSignals() {
  const sigset_t signals = StopSignalSet();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

void UnblockStopSignalsForCommands() {
  sigset_t signals = StopSignalSet();
  sigdelset(&signals, SIGPIPE);
  sigdelset(&signals, SIGXFSZ);
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
}

StopSignals::StopSignals() {
  BlockStopSignals();
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

int ReportInterruption(int signal, std::string_view outcome) {
  const char* name = sigabbrev_np(signal);
  std::fprintf(stderr, "ecomgen: error: interrupted by SIG%s (signal %d); %.*s\n",
               name != nullptr ? name : "?", signal, static_cast<int>(outcome.size()),
               outcome.data());
  return signal == SIGINT ? kExitInterrupted : kExitFailure;
}

}  // namespace ecomgen::cli
