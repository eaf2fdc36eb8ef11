#include "cli/stop_signals.h"

#include <pthread.h>

#include <initializer_list>

namespace ecomgen::cli {

sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
                           SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ}) {
    sigaddset(&signals, signal);
  }
  return signals;
}

void BlockStopSignals() {
  const sigset_t signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

void UnblockStopSignalsForCommands() {
  sigset_t signals = StopSignals();
  sigdelset(&signals, SIGPIPE);
  sigdelset(&signals, SIGXFSZ);
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
}

}  // namespace ecomgen::cli
