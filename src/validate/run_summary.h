// RunSummary: what a run's `{prefix}_summary.json` says about the run (contract section 1).
//
// The validator reads the window, seed and scale, the markers, the row count of each table,
// the generator's KPIs, and `config` (the layout `ecomgen show` prints) through
// ConfigFromJson. Should the loader refuse it, the fields the checks need (scenario blocks,
// cohort mixes, discount, correlation targets) are read one by one instead, and fields
// missing from the summary keep the contract's values (DefaultValidationConfig).
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
  // summary.tables.<name>.file: the file name the generator wrote, for the tables that have one.
  std::map<std::string, std::string, std::less<>> table_files;
  // Empty when ConfigFromJson accepted `config`; otherwise why not (the fields the checks
  // need were then read one by one, contract values standing in for missing ones).
  std::string config_error;
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
