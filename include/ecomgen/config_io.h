// Config files and their JSON: what `ecomgen show`, `ecomgen schema` and `--config` need.
// The format of config files is described in src/config/config_json.h and docs/scenarios.md.
//
// Thread safety: pure functions.
#pragma once

#include <string>

#include "ecomgen/config.h"
#include "ecomgen/result.h"

namespace ecomgen {

// Every field of `config` as JSON text, indented by 2 spaces, with a final newline; it reads
// back (LoadConfigFile) to the same Config.
std::string ConfigToJsonText(const Config& config);

// Reads, parses and validates the config file at `path`. Every error is InvalidArgument and
// one line starting with "PATH:LINE:COLUMN: " (a file that cannot be read is bad usage too).
Result<Config> LoadConfigFile(const std::string& path);

// The JSON Schema (draft 2020-12) of config files as text, indented by 2 spaces, with a final
// newline.
std::string ConfigJsonSchemaText();

}  // namespace ecomgen
