// The termination signals, and StopSignals: turns them into a stop request for a command that
// must end cleanly (a run removes its temporaries, `stream` ends at a whole line).
//
// The set is every catchable signal whose default action ends the process (SIGINT, SIGTERM,
// SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ).
// main() blocks it before anything else, so a signal that arrives during start-up waits for
// the command's watcher instead of killing the process with temporaries on disk. Commands
// without a watcher unblock the set again (their default action is then right), except
// SIGPIPE and SIGXFSZ, which stay blocked so that a write to a closed pipe or past the file
// size limit fails with EPIPE/EFBIG and is reported like any write error.
//
// No signal handler runs at all: every thread inherits the blocked mask and the watcher
// thread takes the signals with sigtimedwait. (A handler that set a flag for the watcher to
// poll was a data race that ThreadSanitizer reported; under it, an interrupted run sometimes
// even ran to completion.) The command checks the token at its own safe points (a chunk
// boundary, a line boundary).
#pragma once

#include <atomic>
#include <csignal>
#include <stop_token>
#include <string_view>
#include <thread>

namespace ecomgen::cli {

// The set above.
sigset_t StopSignalSet();
// Blocks StopSignalSet() in the calling thread (and every thread it starts later).
void BlockStopSignals();
// Unblocks them all but SIGPIPE and SIGXFSZ.
void UnblockStopSignalsForCommands();

// Thread safety: construct on the main thread before starting other threads. Blocks the set
// itself, so a command is right when called without main() (tests, the fuzzer).
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

// Prints "ecomgen: error: interrupted by SIGHUP (signal 1); <outcome>" and returns the exit
// status: 130 for SIGINT, 1 for the others.
int ReportInterruption(int signal, std::string_view outcome);

}  // namespace ecomgen::cli
