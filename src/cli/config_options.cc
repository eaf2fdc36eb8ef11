#include "cli/config_options.h"

#include <algorithm>
#include <cstdio>

#include "cli/cli_error.h"
#include "ecomgen/config_io.h"
#include "ecomgen/quote.h"

namespace ecomgen::cli {

void AddConfigOptions(CLI::App& app, ConfigOptions& options) {
  app.add_option("--config", options.config_file, "custom scenario JSON file");
  auto flag = [&](const char* name, std::optional<std::string>& target, const char* help) {
    app.add_option_function<std::string>(
        name, [&target](const std::string& value) { target = value; }, help);
  };
  flag("--discount", options.overrides.discount, "discount percentage replacing the scenario's");
  flag("--duration", options.overrides.duration, "window length: 90m, 8h, 14d, 2w (at most 1461d)");
  flag("--intensity", options.overrides.intensity, "traffic multiplier replacing the scenario's");
  flag("--start", options.overrides.start, "window start, ISO 8601 UTC (2024-11-29T00:00:00Z)");
  flag("--seed", options.overrides.seed, "random seed (same seed, same bytes)");
  flag("--scale", options.overrides.scale, "multiplies customer base and order volume");
}

Result<Config> ResolveConfig(const std::string& scenario, const ConfigOptions& options) {
  if (scenario != "custom" && !options.config_file.empty()) {
    return Status::InvalidArgument("--config " + QuoteForMessage(options.config_file) +
                                   ": only with the custom " + "scenario, not with " + scenario +
                                   " (use 'ecomgen custom " +
                                   "--config FILE'; start from 'ecomgen show " + scenario + "')");
  }
  Result<Config> config =
      scenario == "custom" || !options.config_file.empty()
          ? (options.config_file.empty()
                 ? Result<Config>(Status::InvalidArgument("custom needs --config FILE.json"))
                 : LoadConfigFile(options.config_file))
          : BuiltinScenario(scenario);
  if (!config) return config;
  ECOMGEN_RETURN_IF_ERROR(ApplyOverrides(options.overrides, *config));
  const Status valid = ValidateConfig(*config);
  if (!valid.ok()) return valid.WithContext("after the command-line overrides");
  return config;
}

Status ParseCommandLine(CLI::App& app, const std::vector<std::string>& args,
                        std::optional<std::string>& help) {
  // CLI11 takes the arguments last first.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    help = app.help();
  } catch (const CLI::ExtrasError&) {
    // CLI11's own message lists them last first (it parses the arguments reversed);
    // remaining() gives them in the order they were given.
    const std::vector<std::string> extras = app.remaining();
    std::string list;
    for (const std::string& extra : extras) list += (list.empty() ? "" : " ") + extra;
    return Status::InvalidArgument(
        (extras.size() == 1 ? "unexpected argument: " : "unexpected arguments: ") + list);
  } catch (const CLI::ParseError& error) {
    return Status::InvalidArgument(error.what());
  }
  return Status::Ok();
}

std::optional<int> ParseArgs(CLI::App& app, const std::vector<std::string>& args) {
  std::optional<std::string> help;
  const Status parsed = ParseCommandLine(app, args, help);
  if (!parsed.ok()) return ReportError(parsed);
  if (!help) return std::nullopt;
  std::fputs(help->c_str(), stdout);
  return kExitOk;
}

}  // namespace ecomgen::cli
