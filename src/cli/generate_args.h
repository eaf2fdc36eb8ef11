// The arguments of `ecomgen <scenario> [options]` and `ecomgen custom --config FILE [options]`,
// parsed and validated into RunOptions without running anything (and without printing), so
// that the generate command and the argument fuzzer share one parser.
//
// Thread safety: ParseGenerateArgs is a pure function of its arguments, for "custom" the
// config file it reads, and for `--shard auto` the scheduler's environment variables
// (cli/scheduler_shard.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/run.h"

namespace ecomgen::cli {

struct GenerateArgs {
  RunOptions options;  // options.config is the resolved, validated config
  bool quiet = false;
  bool dry_run = false;
  // Set when --help was given: the text to print; nothing else is filled in then.
  std::optional<std::string> help;
};

// Parses `args` (the words after the scenario name) for `scenario` (a built-in scenario
// name, or "custom"). Every error is InvalidArgument and names the flag or file it came from.
Result<GenerateArgs> ParseGenerateArgs(const std::string& scenario,
                                       const std::vector<std::string>& args);

}  // namespace ecomgen::cli
