// Fuzzes the JSON config loader and its validation (ConfigFromJson).
//
// Invariants: an error is one message that starts with the source name (the contract's
// "FILE:LINE:COLUMN: ..."); a config that loads prints (ConfigToJsonText) as text that loads
// again to the same config, as `ecomgen show` promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "config/config_json.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ecomgen::Result<ecomgen::Config> config = ecomgen::ConfigFromJson(text, "fuzz.json");
  if (!config) {
    ECOMGEN_FUZZ_CHECK(config.error().code() == ecomgen::Status::Code::kInvalidArgument);
    ECOMGEN_FUZZ_CHECK(config.error().message().starts_with("fuzz.json:"));
    return 0;
  }
  const std::string shown = ecomgen::ConfigToJsonText(*config);
  const ecomgen::Result<ecomgen::Config> again = ecomgen::ConfigFromJson(shown, "shown.json");
  ECOMGEN_FUZZ_CHECK(again.has_value());
  ECOMGEN_FUZZ_CHECK(ecomgen::ConfigToJsonText(*again) == shown);
  return 0;
}
