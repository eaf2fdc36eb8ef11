// `ecomgen <scenario>` / `ecomgen custom`: resolve the config, generate, report.
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/generate_args.h"
#include "cli/progress.h"
#include "cli/stop_signals.h"
#include "ecomgen/run.h"

namespace ecomgen::cli {
namespace {

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

  // Interruptions: a signal stops the run, which removes its temporaries (cli/stop_signals.h).
  const StopSignals signals;
  Progress progress(!parsed->quiet && ::isatty(STDERR_FILENO) != 0);
  options.on_progress = [&progress](const TableProgress& table) { progress.Update(table); };
  const Result<RunReport> report = GenerateRun(options, signals.token());
  progress.Finish();
  if (!report) {
    if (const int signal = signals.caught(); signal != 0) {
      return ReportInterruption(signal, "no files were kept");
    }
    return ReportError(report.error());
  }
  if (!parsed->quiet) PrintRunReport(*report);
  return kExitOk;
}

}  // namespace ecomgen::cli
