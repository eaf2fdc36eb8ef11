// ValidateRun (ecomgen/validate.h): the public entry point, over validate::RunValidate.
#include "ecomgen/validate.h"
#include "validate/validate.h"

namespace ecomgen {

Status ValidateRun(const ValidateRunOptions& options, std::ostream& out, bool* all_ok) {
  validate::ValidateOptions internal;
  internal.dir = options.dir;
  internal.run_prefix = options.run_prefix;
  internal.baseline_dir = options.baseline_dir;
  internal.executable = options.executable;
  return validate::RunValidate(internal, out, all_ok);
}

}  // namespace ecomgen
