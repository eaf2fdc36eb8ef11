// Config validation, in a form that lets callers say where a bad value came from.
//
// ValidateConfig (ecomgen/config.h) reports "path: message". The JSON loader and the
// command-line overrides need the path and the message apart, to put a file line:column or a
// flag name in front of the message, so the checks are exposed here as well.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "config/config_fields.h"
#include "ecomgen/config.h"

namespace ecomgen {

// The longest window, 1461 days (4 years). The plan keeps per-minute counts and prefix sums
// for the whole window (about 250 KB a day at its peak, whatever the scale); four years stay
// well under 512 MiB of memory.
inline constexpr int64_t kMaxWindowDurationUs = int64_t{4 * 365 + 1} * 86'400 * 1'000'000;

// One problem with a Config.
struct ConfigIssue {
  std::string path;     // JSON path of the offending value, e.g. "discount.categories[1]"
  std::string message;  // what is wrong, e.g. "must be between 0 and 100, got 150"
};

// The problem with one field's value on its own (range, vocabulary, spelling), if any.
std::optional<ConfigIssue> CheckConfigField(const FieldSpec& field, const Config& config);

// The first problem with `config`: each field on its own, in table order, then the rules
// that tie fields together (mixes sum to 100, the correlation matrix, the outage inside the
// window, counts far from overflow, ...).
std::optional<ConfigIssue> FindConfigIssue(const Config& config);

}  // namespace ecomgen
