// The JSON Schema of config files, for `ecomgen schema` and for editors.
//
// Generated from the field table (config_fields.h), so it always lists exactly the keys that
// ConfigFromJson accepts, with their types, ranges, vocabularies and descriptions. Rules that
// tie fields together (mixes sum to 100, the correlation matrix, the outage inside the window)
// are beyond JSON Schema and are checked by ValidateConfig only.
//
// Thread safety: pure function.
#pragma once

#include <nlohmann/json_fwd.hpp>

namespace ecomgen {

// A JSON Schema (draft 2020-12) for custom config files. Every key is optional, since a file
// may leave out anything that the scenario it extends provides.
nlohmann::ordered_json ConfigJsonSchema();

// ConfigJsonSchemaText (ecomgen/config_io.h) is this schema as text.

}  // namespace ecomgen
