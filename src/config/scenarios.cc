// The public API of the built-in scenarios (ecomgen/config.h), over the registry: each
// scenario's preset and summary line live in its own file under scenarios/.
#include <string>

#include "ecomgen/config.h"
#include "scenarios/registry.h"

namespace ecomgen {

Result<Config> BuiltinScenario(std::string_view name) {
  if (const ScenarioDefinition* scenario = FindBuiltinScenario(name)) return scenario->preset();
  std::string names;
  for (std::string_view known : kBuiltinScenarioNames) {
    if (!names.empty()) names += ", ";
    names += known;
  }
  return Status::InvalidArgument("unknown scenario \"" + std::string(name) +
                                 "\" (built-in scenarios: " + names + ")");
}

std::string_view BuiltinScenarioSummary(std::string_view name) {
  const ScenarioDefinition* scenario = FindBuiltinScenario(name);
  return scenario != nullptr ? scenario->summary : std::string_view();
}

}  // namespace ecomgen
