// `ecomgen validate DIR` as a library call: read a generated run back from its files alone
// and check it against the contract (sections 3-6).
//
//   ValidateOptions options;
//   options.dir = "output";
//   options.executable = "/proc/self/exe";  // to generate the baseline run when needed
//   bool all_ok = false;
//   Status status = RunValidate(options, std::cout, &all_ok);
//
// The run is the newest in DIR (or the newest whose file prefix starts with run_prefix),
// written as CSV or Parquet: each table is read by its file's extension, and both formats
// give the same report (run_files.h says which file wins when a table has both).
// Checks produce rows {group, check, expected, actual, PASS|FAIL|SKIP}:
//   tables       each table's file and required columns (missing tables SKIP their checks)
//   integrity    section 3 (integrity_checks.h)
//   cohorts      section 4 (cohort_checks.h)
//   kpi          section 5 for the run's scenario (kpi_eval.h)
//   correlations section 6, judged for baseline runs (correlation.h)
//   summary      summary.json's table row counts and KPIs against the files
// A failed Status means the run could not be read at all (no run, unreadable file, a value
// that does not parse: the message names file:line, or file: row N for Parquet); failed
// checks are not errors.
//
// Thread safety: RunValidate may run concurrently on distinct options.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/status.h"
#include "validate/baseline_runner.h"
#include "validate/check_list.h"
#include "validate/correlation.h"
#include "validate/run_facts.h"
#include "validate/run_summary.h"

namespace ecomgen::validate {

struct ValidateOptions {
  std::filesystem::path dir;
  // `--run PREFIX`: only runs whose file prefix starts with this; empty = any.
  std::string run_prefix;
  // `--baseline DIR2`: the newest run in this directory is the baseline; empty = generate it.
  std::filesystem::path baseline_dir;
  // The ecomgen executable that generates the baseline when baseline_dir is empty.
  std::string executable;
  // Replaces `executable` as the way to generate the baseline (tests); empty = use executable.
  BaselineRunner baseline_runner;
};

// Two summary KPI values agree when |a - b| <= kKpiAbsTolerance + kKpiRelTolerance * |b|:
// loose enough for a generator that rounds what it writes, tight enough to catch a
// different definition.
inline constexpr double kKpiAbsTolerance = 1e-6;
inline constexpr double kKpiRelTolerance = 1e-4;

struct ValidationResult {
  std::string
      run_description;  // "run flash_sale_20241129_000000 in DIR (scenario ..., window ...)"
  CheckList checks;
  CorrelationMatrix correlations;  // days == 0 when not computed
  // What the checks were computed from, for reports that draw them (ecomgen report).
  std::string prefix;  // the run's file prefix
  RunSummary summary;
  RunFacts facts;
};

// Runs every check; see the file comment.
Result<ValidationResult> Validate(const ValidateOptions& options);

// Validate, then prints the report (report.h) to `out`; *all_ok is whether no check failed.
Status RunValidate(const ValidateOptions& options, std::ostream& out, bool* all_ok);

}  // namespace ecomgen::validate
