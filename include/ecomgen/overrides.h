// Command-line overrides: --discount, --duration, --intensity, --start, --seed, --scale.
//
// The CLI collects the raw flag text into Overrides; ApplyOverrides parses each value and
// writes it into the Config, with errors that name the flag:
//
//   --intensity: expected a positive number, got "abc"
//
// The caller then runs ValidateConfig on the result, since an override can break a rule that
// ties fields together (a shorter --duration that ends before the payment outage does).
//
// Thread safety: pure functions.
#pragma once

#include <optional>
#include <string>

#include "ecomgen/config.h"
#include "ecomgen/status.h"

namespace ecomgen {

// The raw text of each override flag that was given.
struct Overrides {
  std::optional<std::string> discount;   // --discount PCT: replaces discount.pct (0..100)
  std::optional<std::string> duration;   // --duration DUR: "90m", "8h", "14d", "2w"
  std::optional<std::string> intensity;  // --intensity X: a positive number
  std::optional<std::string> start;      // --start 2024-11-29T00:00:00Z
  std::optional<std::string> seed;       // --seed N: 0..18446744073709551615
  std::optional<std::string> scale;      // --scale F: a positive number
};

// Parses every given override and applies it to `config`. On failure `config` may be
// partly changed and must not be used. --discount on a scenario without discounted
// categories is an error, since it would change nothing.
Status ApplyOverrides(const Overrides& overrides, Config& config);

}  // namespace ecomgen
