// `ecomgen <scenario>` / `ecomgen custom`: resolve the config, generate, report.
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stop_token>
#include <thread>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/generate_args.h"
#include "cli/progress.h"
#include "ecomgen/run.h"

namespace ecomgen::cli {
namespace {

// The signal that interrupted the run (0 = none). Written only by the signal handler.
volatile std::sig_atomic_t g_signal = 0;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): signal handlers can only reach globals

extern "C" void OnSignal(int signal) { g_signal = signal; }

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

  // Interruptions: the handler only records the signal; a watcher turns it into a stop
  // request, and the run removes its temporaries.
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::stop_source stop;
  std::jthread watcher([&stop](std::stop_token done) {
    while (!done.stop_requested()) {
      if (g_signal != 0) {
        stop.request_stop();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  Progress progress(!parsed->quiet && ::isatty(STDERR_FILENO) != 0);
  options.on_progress = [&progress](TableId table, int64_t rows) { progress.Update(table, rows); };
  const Result<RunReport> report = GenerateRun(options, stop.get_token());
  watcher.request_stop();
  progress.Finish();
  if (!report) {
    if (g_signal != 0) {
      std::fprintf(stderr, "ecomgen: error: interrupted by signal %d; no files were kept\n",
                   static_cast<int>(g_signal));
      return g_signal == SIGINT ? kExitInterrupted : kExitFailure;
    }
    return ReportError(report.error());
  }
  if (!parsed->quiet) PrintRunReport(*report);
  return kExitOk;
}

}  // namespace ecomgen::cli
