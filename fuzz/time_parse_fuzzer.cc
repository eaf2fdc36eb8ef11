// Fuzzes the duration and timestamp parsers (config/time_parse.h, core/iso_timestamp.h).
//
// Invariants: whatever parses lies in the documented range, and formatting it gives text
// that parses back to the same value.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/time_parse.h"
#include "core/iso_timestamp.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const ecomgen::Result<int64_t> duration = ecomgen::ParseDuration(text)) {
    ECOMGEN_FUZZ_CHECK(*duration > 0 && *duration <= ecomgen::kMaxDurationUs);
    const ecomgen::Result<int64_t> again =
        ecomgen::ParseDuration(ecomgen::FormatDuration(*duration));
    ECOMGEN_FUZZ_CHECK(again.has_value() && *again == *duration);
  } else {
    ECOMGEN_FUZZ_CHECK(duration.error().code() == ecomgen::Status::Code::kInvalidArgument);
  }
  if (const ecomgen::Result<int64_t> ts = ecomgen::ParseUtcTimestamp(text)) {
    ECOMGEN_FUZZ_CHECK(*ts >= 0 && *ts <= ecomgen::kMaxTimestampUs);
    const ecomgen::Result<int64_t> again =
        ecomgen::ParseUtcTimestamp(ecomgen::FormatUtcTimestamp(*ts));
    ECOMGEN_FUZZ_CHECK(again.has_value() && *again == *ts);
  } else {
    ECOMGEN_FUZZ_CHECK(ts.error().code() == ecomgen::Status::Code::kInvalidArgument);
  }
  // The validator's strict reader agrees with the config reader on the form ecomgen writes
  // (the config reader takes only the years from 1970).
  int64_t strict = 0;
  if (ecomgen::ParseIsoTimestamp(text, &strict)) {
    const ecomgen::Result<int64_t> config_ts = ecomgen::ParseUtcTimestamp(text);
    ECOMGEN_FUZZ_CHECK(config_ts.has_value() == (strict >= 0));
    ECOMGEN_FUZZ_CHECK(!config_ts.has_value() || *config_ts == strict);
  }
  return 0;
}
