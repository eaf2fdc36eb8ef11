// The commands that print information: list, show, schema, validate.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/config_options.h"
#include "ecomgen/config_io.h"
#include "ecomgen/quote.h"
#include "ecomgen/validate.h"

namespace ecomgen::cli {

int RunList(const std::vector<std::string>& args) {
  if (!args.empty()) return ReportUsage("list takes no arguments");
  for (std::string_view name : kBuiltinScenarioNames) {
    std::printf("%-18.*s %.*s\n", static_cast<int>(name.size()), name.data(),
                static_cast<int>(BuiltinScenarioSummary(name).size()),
                BuiltinScenarioSummary(name).data());
  }
  return kExitOk;
}

int RunShow(const std::vector<std::string>& args) {
  CLI::App app("Print the resolved config as JSON", "ecomgen show");
  std::string scenario;
  ConfigOptions options;
  app.add_option("scenario", scenario, "built-in scenario, or 'custom' with --config");
  AddConfigOptions(app, options);
  if (const std::optional<int> exit = ParseArgs(app, args)) return *exit;
  if (scenario.empty()) scenario = options.config_file.empty() ? "" : "custom";
  if (scenario.empty()) return ReportUsage("show needs a scenario name (see 'ecomgen list')");
  const Result<Config> config = ResolveConfig(scenario, options);
  if (!config) return ReportError(config.error());
  std::fputs(ConfigToJsonText(*config).c_str(), stdout);
  return kExitOk;
}

int RunSchema(const std::vector<std::string>& args) {
  if (!args.empty()) return ReportUsage("schema takes no arguments");
  std::fputs(ConfigJsonSchemaText().c_str(), stdout);
  return kExitOk;
}

int RunValidateCommand(const std::vector<std::string>& args) {
  CLI::App app("Check a generated run against the contract", "ecomgen validate");
  ValidateRunOptions options;
  std::string dir;
  std::string baseline;
  app.add_option("dir", dir, "directory holding the run")->required();
  const CLI::Option* run_flag =
      app.add_option("--run", options.run_prefix, "file prefix of the run (default: the newest)");
  const CLI::Option* baseline_flag =
      app.add_option("--baseline", baseline, "directory of the matching baseline run");
  if (const std::optional<int> exit = ParseArgs(app, args)) return *exit;
  std::error_code dir_error;
  if (!std::filesystem::is_directory(dir, dir_error)) {
    return ReportUsage(QuoteForMessage(dir) + ": not a directory" +
                       (dir_error ? " (" + dir_error.message() + ")" : ""));
  }
  if (run_flag->count() > 0 && options.run_prefix.empty()) {
    return ReportUsage("--run: empty prefix; give a run's file prefix or leave --run out");
  }
  if (baseline_flag->count() > 0) {
    std::error_code error;
    if (!std::filesystem::is_directory(baseline, error)) {
      return ReportUsage("--baseline " + QuoteForMessage(baseline) + ": not a directory" +
                         (error ? " (" + error.message() + ")" : ""));
    }
  }
  options.dir = dir;
  options.baseline_dir = baseline;
  options.executable = "/proc/self/exe";
  bool all_ok = false;
  const Status status = ValidateRun(options, std::cout, &all_ok);
  std::cout.flush();
  if (!status.ok()) return ReportError(status);
  return all_ok ? kExitOk : kExitFailure;
}

}  // namespace ecomgen::cli
