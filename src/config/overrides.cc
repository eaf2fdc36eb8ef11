#include "ecomgen/overrides.h"

#include <fmt/format.h>

#include <cassert>
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>
#include <system_error>

#include "config/config_fields.h"
#include "config/time_parse.h"
#include "config/validate_config.h"
#include "ecomgen/quote.h"

namespace ecomgen {
namespace {

Status FlagError(std::string_view flag, std::string_view message) {
  return Status::InvalidArgument(fmt::format("{}: {}", flag, message));
}

// The whole of `text` as a finite double; std::from_chars takes no sign, space or locale,
// and gives "inf"/"nan", which are refused here.
std::optional<double> ParseFiniteNumber(std::string_view text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// A flag that sets one numeric config field.
struct NumberFlag {
  std::string_view flag;      // "--scale"
  std::string_view path;      // the field it sets: "scale"
  std::string_view expected;  // for the message: "a positive number"
  bool allow_zero;
};

// Parses a number for `flag` and checks it against its field's range, so that errors name
// the flag rather than the JSON path.
Status ApplyNumber(const NumberFlag& flag, std::string_view text, Config& config) {
  const std::optional<double> value = ParseFiniteNumber(text);
  if (!value || *value < 0 || (*value == 0 && !flag.allow_zero)) {
    return FlagError(flag.flag,
                     fmt::format("expected {}, got {}", flag.expected, QuoteForMessage(text)));
  }
  const FieldSpec* field = FindConfigField(flag.path);
  // Every path used here is in the field table; a miss is a bug in this file.
  assert(field != nullptr);
  field->Mutable<double>(config) = *value;
  if (const std::optional<ConfigIssue> issue = CheckConfigField(*field, config)) {
    return FlagError(flag.flag, issue->message);
  }
  return Status::Ok();
}

Status ApplySeed(std::string_view text, Config& config) {
  uint64_t seed = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, seed);
  if (error != std::errc() || ptr != end || text.empty()) {
    return FlagError("--seed", fmt::format("expected an integer from 0 to 18446744073709551615, "
                                           "got {}",
                                           QuoteForMessage(text)));
  }
  config.seed = seed;
  return Status::Ok();
}

}  // namespace

Status ApplyOverrides(const Overrides& overrides, Config& config) {
  if (overrides.discount) {
    if (config.discount.categories.empty()) {
      return FlagError("--discount",
                       fmt::format("scenario {} has no discounted categories, so there is no "
                                   "discount to replace",
                                   QuoteForMessage(config.name)));
    }
    constexpr NumberFlag kDiscount = {"--discount", "discount.pct", "a percentage from 0 to 100",
                                      true};
    ECOMGEN_RETURN_IF_ERROR(ApplyNumber(kDiscount, *overrides.discount, config));
  }
  if (overrides.duration) {
    // The window's own limit, not the parser's 100 years, is the one a too long --duration
    // is told about.
    Result<int64_t> duration = ParseDuration(*overrides.duration, kMaxWindowDurationUs);
    if (!duration) return FlagError("--duration", duration.error().message());
    config.duration_us = *duration;
  }
  if (overrides.intensity) {
    constexpr NumberFlag kIntensity = {"--intensity", "intensity", "a positive number", false};
    ECOMGEN_RETURN_IF_ERROR(ApplyNumber(kIntensity, *overrides.intensity, config));
  }
  if (overrides.start) {
    Result<int64_t> start = ParseUtcTimestamp(*overrides.start);
    if (!start) return FlagError("--start", start.error().message());
    config.start_us = *start;
  }
  if (overrides.seed) ECOMGEN_RETURN_IF_ERROR(ApplySeed(*overrides.seed, config));
  if (overrides.scale) {
    constexpr NumberFlag kScale = {"--scale", "scale", "a positive number", false};
    ECOMGEN_RETURN_IF_ERROR(ApplyNumber(kScale, *overrides.scale, config));
  }
  return Status::Ok();
}

}  // namespace ecomgen
