// RenderRunReport (ecomgen/report.h): validate::Validate, then RenderHtmlReport.
#include "ecomgen/report.h"
#include "report/html_report.h"
#include "validate/validate.h"

namespace ecomgen {

Result<RunReport> RenderRunReport(const ValidateRunOptions& options) {
  validate::ValidateOptions internal;
  internal.dir = options.dir;
  internal.run_prefix = options.run_prefix;
  internal.baseline_dir = options.baseline_dir;
  internal.executable = options.executable;
  Result<validate::ValidationResult> result = validate::Validate(internal);
  if (!result) return result.error();
  RunReport report;
  report.prefix = result->prefix;
  report.html = report::RenderHtmlReport(*result);
  report.checks = result->checks.rows().size();
  report.failed = result->checks.failed();
  return report;
}

}  // namespace ecomgen
