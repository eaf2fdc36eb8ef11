// The options shared by the commands that resolve a config (generate and show): the config
// source (built-in scenario or --config FILE) and the contract's overrides.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "ecomgen/overrides.h"
#include "ecomgen/result.h"

namespace ecomgen::cli {

struct ConfigOptions {
  std::string config_file;
  Overrides overrides;
};

// Registers --config and the override flags on `app`.
void AddConfigOptions(CLI::App& app, ConfigOptions& options);

// The scenario's config (or the file's, for "custom"), overridden and validated.
Result<Config> ResolveConfig(const std::string& scenario, const ConfigOptions& options);

// Parses `args` with `app` without printing: CLI11's errors become InvalidArgument, and
// --help sets `help` to the help text.
Status ParseCommandLine(CLI::App& app, const std::vector<std::string>& args,
                        std::optional<std::string>& help);

// ParseCommandLine for the commands that print: on error prints one line and returns the exit
// status, on --help prints help and returns 0; otherwise nothing.
std::optional<int> ParseArgs(CLI::App& app, const std::vector<std::string>& args);

}  // namespace ecomgen::cli
