// The public API of the built-in scenarios (ecomgen/config.h), over the registry: each
// scenario's preset and summary line live in its own file under scenarios/.
#include <optional>
#include <string>

#include "config/edit_distance.h"
#include "ecomgen/config.h"
#include "ecomgen/quote.h"
#include "scenarios/registry.h"

namespace ecomgen {

Result<Config> BuiltinScenario(std::string_view name) {
  if (const ScenarioDefinition* scenario = FindBuiltinScenario(name)) return scenario->preset();
  std::string message = "unknown scenario " + QuoteForMessage(name);
  if (const std::optional<std::string_view> hint = ClosestMatch(name, kBuiltinScenarioNames)) {
    message += " (did you mean " + QuoteForMessage(*hint) + "?)";
  }
  message += "; built-in scenarios: ";
  for (size_t idx = 0; idx < kBuiltinScenarioNames.size(); ++idx) {
    if (idx > 0) message += ", ";
    message += kBuiltinScenarioNames[idx];
  }
  return Status::InvalidArgument(message);
}

std::string_view BuiltinScenarioSummary(std::string_view name) {
  const ScenarioDefinition* scenario = FindBuiltinScenario(name);
  return scenario != nullptr ? scenario->summary : std::string_view();
}

}  // namespace ecomgen
