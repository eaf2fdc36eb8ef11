// `ecomgen <scenario>` / `ecomgen custom`: resolve the config, generate, report.
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <stop_token>
#include <thread>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/generate_args.h"
#include "cli/progress.h"
#include "cli/stop_signals.h"
#include "ecomgen/run.h"

namespace ecomgen::cli {
namespace {

// How often the signal watcher looks up from sigtimedwait to see whether the run is over.
// Every run waits for it once at its end, so it is short: a tiny run takes about 10 ms.
constexpr long kSignalPollNanoseconds = 2'000'000;

// The fault-injection test hook (RunOptions::fail_after_bytes), from the environment so that
// no user-facing flag exposes it.
constexpr const char* kFailAfterBytesVariable = "ECOMGEN_FAIL_AFTER_BYTES";

Status ReadTestHooks(RunOptions& options) {
  const char* text = std::getenv(kFailAfterBytesVariable);
  if (text == nullptr) return Status::Ok();
  uint64_t bytes = 0;
  const char* end = text + std::strlen(text);
  const auto [stop, error] = std::from_chars(text, end, bytes);
  if (error != std::errc() || stop != end || stop == text) {
    return Status::InvalidArgument(std::string(kFailAfterBytesVariable) +
                                   ": expected a byte count, got \"" + text + "\"");
  }
  options.fail_after_bytes = bytes;
  return Status::Ok();
}

}  // namespace

int RunGenerate(const std::string& scenario, const std::vector<std::string>& args) {
  Result<GenerateArgs> parsed = ParseGenerateArgs(scenario, args);
  if (!parsed) return ReportError(parsed.error());
  if (parsed->help) {
    std::fputs(parsed->help->c_str(), stdout);
    return kExitOk;
  }
  RunOptions& options = parsed->options;
  if (parsed->dry_run) {
    PrintDryRun(options);
    return kExitOk;
  }
  if (const Status hooks = ReadTestHooks(options); !hooks.ok()) return ReportError(hooks);

  // Interruptions: the stop signals (cli/stop_signals.h) were blocked by main() before any
  // thread started, so every thread inherits the mask and no signal handler runs at all; the
  // watcher takes them with sigtimedwait and turns them into a stop request, and the run
  // removes its temporaries. (A handler that set a flag for the watcher to poll was a data
  // race that ThreadSanitizer reported; under it, an interrupted run sometimes even ran to
  // completion.) Blocking again here keeps RunGenerate right when called without main().
  BlockStopSignals();
  const sigset_t stop_signals = StopSignals();
  std::stop_source stop;
  std::atomic<int> caught = 0;
  std::jthread watcher([&](std::stop_token done) {
    const timespec tick = {0, kSignalPollNanoseconds};
    while (!done.stop_requested()) {
      const int signal = sigtimedwait(&stop_signals, nullptr, &tick);
      if (signal > 0) {
        caught.store(signal);
        stop.request_stop();
        return;
      }
    }
  });
  Progress progress(!parsed->quiet && ::isatty(STDERR_FILENO) != 0);
  options.on_progress = [&progress](const TableProgress& table) { progress.Update(table); };
  const Result<RunReport> report = GenerateRun(options, stop.get_token());
  watcher.request_stop();
  watcher.join();
  progress.Finish();
  if (!report) {
    if (const int signal = caught.load(); signal != 0) {
      const char* name = sigabbrev_np(signal);
      std::fprintf(stderr, "ecomgen: error: interrupted by SIG%s (signal %d); no files were kept\n",
                   name != nullptr ? name : "?", signal);
      return signal == SIGINT ? kExitInterrupted : kExitFailure;
    }
    return ReportError(report.error());
  }
  if (!parsed->quiet) PrintRunReport(*report);
  return kExitOk;
}

}  // namespace ecomgen::cli
