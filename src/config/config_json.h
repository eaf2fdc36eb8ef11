// Config <-> JSON: `ecomgen show` output and `ecomgen custom --config FILE.json` input.
//
// The JSON mirrors the Config struct (see config_fields.h for every key, and `ecomgen schema`
// for the JSON Schema):
//
//   {
//     "extends": "flash_sale",               // optional; the built-in scenario to start from
//     "name": "my_sale",
//     "duration": "6h",
//     "discount": {"pct": 50, "categories": ["electronics"]},
//     "cohorts": {"gen_z": {"payment_pct": {"card": 30, "bnpl": 50, "upi": 20}}}
//   }
//
// Keys a file leaves out keep the values of the scenario it extends (default "baseline");
// a percentage mix given in a file replaces the whole mix (its missing keys are 0). The text
// that ConfigToJsonText prints holds every key and reads back to the same Config.
//
// A file must be valid on its own: ConfigFromJson runs ValidateConfig. Every error is
// InvalidArgument and one line that starts with "SOURCE:LINE:COLUMN: " (the position of the bad
// key or value, or of the syntax error) and names the JSON path:
//
//   flash.json:7:25: business.orders_per_day: expected a number, got a string ("many")
//   flash.json:3:3: unknown key "sed" (did you mean "seed"?)
//
// Thread safety: pure functions.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "ecomgen/config.h"
#include "ecomgen/config_io.h"
#include "ecomgen/result.h"

namespace ecomgen {

// Every field of `config`, as JSON, in a fixed order.
nlohmann::ordered_json ConfigToJson(const Config& config);

// Parses and validates the JSON config `text`; `source_name` (usually the file name) starts
// every error message.
Result<Config> ConfigFromJson(std::string_view text, std::string_view source_name);

// ConfigToJsonText and LoadConfigFile (ConfigToJson as text; a file read and parsed with
// ConfigFromJson) are declared in ecomgen/config_io.h.

}  // namespace ecomgen
