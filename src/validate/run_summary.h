// RunSummary: what a run's `{prefix}_summary.json` says about the run (contract section 1).
//
// The validator reads only the fields it checks against, straight from the JSON, so it
// does not depend on the config loader: the window, seed and scale, the markers, the row
// count of each table, the generator's KPIs, and from `config` (the layout `ecomgen show`
// prints) the scenario blocks, cohort mixes, discount and correlation targets. Config
// fields missing from the summary keep the contract's values (DefaultValidationConfig).
//
// Thread safety: a value type.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "ecomgen/config.h"
#include "ecomgen/result.h"
#include "validate/markers.h"

namespace ecomgen::validate {

struct RunSummary {
  std::string scenario;
  uint64_t seed = 0;
  double scale = 1;
  int64_t window_start_us = 0;
  int64_t window_end_us = 0;
  // The resolved config as far as the checks need it; name/seed/scale/start/duration are set
  // from the summary's top-level keys.
  Config config;
  Markers markers;
  // summary.tables.<name>.rows, for the tables the summary lists.
  std::map<std::string, int64_t, std::less<>> table_rows;
  // summary.kpis: every numeric KPI (a number, or an object with a numeric "value").
  std::map<std::string, double, std::less<>> kpis;
};

// A Config holding the contract's values for what the validator reads: the cohort table of
// section 4 (gen_x the mean of millennial and boomer) and the correlation targets of section 6.
Config DefaultValidationConfig();

// Parses summary JSON text; `source_name` names it in messages.
Result<RunSummary> ParseRunSummary(std::string_view text, std::string_view source_name);

// Reads and parses the summary file at `path`.
Result<RunSummary> ReadRunSummary(const std::filesystem::path& path);

}  // namespace ecomgen::validate
