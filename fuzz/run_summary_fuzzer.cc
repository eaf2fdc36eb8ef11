// Fuzzes the validator's summary reader (ParseRunSummary: the summary JSON, its config
// through ConfigFromJson or field by field, markers, table rows, KPIs).
//
// Invariants: a summary that does not parse is one InvalidArgument line naming the source; one
// that parses holds KPIs that are numbers.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "validate/run_summary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ecomgen;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Result<validate::RunSummary> summary = validate::ParseRunSummary(text, "summary.json");
  if (!summary) {
    ECOMGEN_FUZZ_CHECK(summary.error().code() == Status::Code::kInvalidArgument);
    ECOMGEN_FUZZ_CHECK(summary.error().message().find("summary.json") != std::string::npos);
    ECOMGEN_FUZZ_CHECK(summary.error().message().find('\n') == std::string::npos);
    return 0;
  }
  for (const auto& [name, value] : summary->kpis) ECOMGEN_FUZZ_CHECK(!std::isnan(value));
  return 0;
}
