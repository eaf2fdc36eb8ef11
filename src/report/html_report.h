// The HTML report of a generated run (`ecomgen report DIR`): one self-contained file (inline
// CSS and SVG, no scripts, nothing fetched) drawn from a validation's results.
//
// It shows the run's hourly (or, for windows over 7 days, daily) orders, abandoned carts and
// support tickets with the scenario's markers from the summary (outage window, sell-out,
// app launch, discount), the cohort mixes against their targets, the daily correlation
// matrix against its targets, and every check of `ecomgen validate` with its figures. All
// figures come from validate::Validate; nothing is re-measured here.
//
// Thread safety: pure function.
#pragma once

#include <string>

#include "validate/validate.h"

namespace ecomgen::report {

// The report document.
std::string RenderHtmlReport(const validate::ValidationResult& result);

}  // namespace ecomgen::report
