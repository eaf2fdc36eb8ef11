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

// The fault-injection test hooks (RunOptions::fail_after_bytes, kill_after_renames and
// stop_after_bytes), from the environment so that no user-facing flag exposes them.
constexpr const char* kFailAfterBytesVariable = "ECOMGEN_FAIL_AFTER_BYTES";
constexpr const char* kKillAfterRenamesVariable = "ECOMGEN_KILL_AFTER_RENAMES";
constexpr const char* kStopAfterBytesVariable = "ECOMGEN_STOP_AFTER_BYTES";

// The count in environment variable `variable`, if it is set.
Status ReadCountVariable(const char* variable, std::optional<uint64_t>& count) {
  const char* text = std::getenv(variable);
  if (text == nullptr) return Status::Ok();
  uint64_t value = 0;
  const char* end = text + std::strlen(text);
  const auto [stop, error] = std::from_chars(text, end, value);
  if (error != std::errc() || stop != end || stop == text) {
    return Status::InvalidArgument(std::string(variable) + ": expected a count, got \"" + text +
                                   "\"");
  }
  count = value;
  return Status::Ok();
}

Status ReadTestHooks(RunOptions& options) {
  ECOMGEN_RETURN_IF_ERROR(ReadCountVariable(kFailAfterBytesVariable, options.fail_after_bytes));
  ECOMGEN_RETURN_IF_ERROR(ReadCountVariable(kKillAfterRenamesVariable, options.kill_after_renames));
  return ReadCountVariable(kStopAfterBytesVariable, options.stop_after_bytes);
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
