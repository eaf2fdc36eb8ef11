// `ecomgen validate DIR`: read a generated run back from its files alone and check it
// against the contract, printing the report. The checks are described in
// src/validate/validate.h.
//
// Thread safety: ValidateRun may run concurrently on distinct options.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "ecomgen/status.h"

namespace ecomgen {

struct ValidateRunOptions {
  std::filesystem::path dir;
  // `--run PREFIX`: only runs whose file prefix starts with this; empty = any.
  std::string run_prefix;
  // `--baseline DIR2`: the newest run in this directory is the baseline; empty = generate it.
  std::filesystem::path baseline_dir;
  // The ecomgen executable that generates the baseline when baseline_dir is empty.
  std::string executable;
};

// Validates the run and prints the report to `out`; *all_ok is whether no check failed. A
// failed Status means the run could not be read at all; failed checks are not errors.
Status ValidateRun(const ValidateRunOptions& options, std::ostream& out, bool* all_ok);

}  // namespace ecomgen
