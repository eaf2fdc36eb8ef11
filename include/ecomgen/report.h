// The HTML report of a generated run (`ecomgen report DIR`): one self-contained file (inline
// CSS and SVG, no scripts) with the run's series, its scenario's markers, the cohort mixes,
// the correlation matrix and every check of ValidateRun with its figures.
//
// Thread safety: RenderRunReport may run concurrently on distinct options.
#pragma once

#include <cstddef>
#include <string>

#include "ecomgen/result.h"
#include "ecomgen/validate.h"

namespace ecomgen {

struct RunReport {
  std::string prefix;  // the run's file prefix
  std::string html;    // the document
  size_t checks = 0;   // checks run
  int failed = 0;      // of which failed
};

// Validates the run as ValidateRun does and draws the report from the results. A failed
// Status means the run could not be read at all; failed checks are in the report.
Result<RunReport> RenderRunReport(const ValidateRunOptions& options);

}  // namespace ecomgen
