// The termination signals a run turns into a clean stop: every catchable signal whose default
// action ends the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
// SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ).
//
// main() blocks them before anything else, so a signal that arrives during start-up waits for
// the run's watcher instead of killing the process with temporaries on disk. Commands other
// than a run unblock them again (their default action is then right), except SIGPIPE and
// SIGXFSZ, which stay blocked so that a write to a closed pipe or past the file size limit
// fails with EPIPE/EFBIG and is reported like any write error.
#pragma once

#include <csignal>

namespace ecomgen::cli {

// The set above.
sigset_t StopSignals();
// Blocks StopSignals() in the calling thread (and every thread it starts later).
void BlockStopSignals();
// Unblocks them all but SIGPIPE and SIGXFSZ.
void UnblockStopSignalsForCommands();

}  // namespace ecomgen::cli
