#include "config/validate_config.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <string_view>
#include <vector>

#include "config/edit_distance.h"
#include "config/time_parse.h"
#include "core/vocab.h"
#include "ecomgen/quote.h"

namespace ecomgen {
namespace {

// Mixes and cohort shares are percentages that must sum to 100, give or take rounding.
constexpr double kSumTolerance = 0.01;
// Caps on what a run may produce. They keep every count at least six orders of magnitude below
// INT64_MAX, so sums and products of counts cannot overflow, and every id derived from one
// (an order line's is its order's times 100, tables/order_items.h) at least four.
constexpr double kMaxExpectedOrders = 1e12;
constexpr double kMaxExpectedCustomers = 1e11;
// The last supported window end, 9000-01-01T00:00:00Z. Deliveries, return requests and their
// processing, and campaign ends fall after the window (return processing alone can take
// hundreds of years at the config's limits); this margin keeps every one of them inside year
// 9999, the last year the timestamp formats and validate can read.
constexpr int64_t kLatestWindowEndUs = int64_t{221'845'392'000} * kMicrosPerSecond;
// The smallest Cholesky pivot accepted: a matrix this close to singular would ask for daily
// series that are (almost) exact linear combinations of each other.
constexpr double kMinCholeskyPivot = 1e-9;

std::string FormatValue(const FieldSpec& field, double value) {
  switch (field.kind) {
    case FieldKind::kDuration:
      return FormatDuration(static_cast<int64_t>(value));
    case FieldKind::kTimestamp:
      return FormatUtcTimestamp(static_cast<int64_t>(value));
    default:
      return fmt::format("{}", value);
  }
}

// "must be between 0 and 1", "must be greater than 0 and at most 1000".
std::string DescribeRange(const FieldSpec& field) {
  const FieldRange& range = field.range;
  const std::string min = FormatValue(field, range.min);
  const std::string max = FormatValue(field, range.max);
  if (!range.min_exclusive && !range.max_exclusive) {
    return fmt::format("must be between {} and {}", min, max);
  }
  return fmt::format("must be {} {} and {} {}", range.min_exclusive ? "greater than" : "at least",
                     min, range.max_exclusive ? "less than" : "at most", max);
}

bool InRange(const FieldRange& range, double value) {
  const bool above_min = range.min_exclusive ? value > range.min : value >= range.min;
  const bool below_max = range.max_exclusive ? value < range.max : value <= range.max;
  return above_min && below_max;
}

bool IsNameCharacter(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         ch == '_' || ch == '-';
}

std::string JoinQuoted(std::span<const std::string_view> words) {
  std::string out;
  for (const std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += QuoteForMessage(word);
  }
  return out;
}

std::string UnknownChoiceMessage(const FieldSpec& field, std::string_view value) {
  std::string message = fmt::format("unknown value {}", QuoteForMessage(value));
  if (const auto hint = ClosestMatch(value, field.choices)) {
    message += fmt::format(" (did you mean {}?)", QuoteForMessage(*hint));
  }
  return message + "; expected one of " + JoinQuoted(field.choices);
}

std::optional<ConfigIssue> CheckString(const FieldSpec& field, const std::string& value) {
  const auto length = static_cast<double>(value.size());
  if (field.kind == FieldKind::kEnum) {
    for (const std::string_view choice : field.choices) {
      if (value == choice) return std::nullopt;
    }
    return ConfigIssue{field.path, UnknownChoiceMessage(field, value)};
  }
  if (field.kind == FieldKind::kName) {
    bool valid = InRange(field.range, length);
    for (const char ch : value) valid = valid && IsNameCharacter(ch);
    if (valid) return std::nullopt;
    return ConfigIssue{field.path, fmt::format("must be 1 to {} letters, digits, _ or -, got {}",
                                               field.range.max, QuoteForMessage(value))};
  }
  if (InRange(field.range, length)) return std::nullopt;
  return ConfigIssue{field.path, fmt::format("must be {} to {} bytes long, got {} bytes",
                                             field.range.min, field.range.max, value.size())};
}

std::optional<ConfigIssue> CheckCategories(const FieldSpec& field,
                                           const std::vector<std::string>& values) {
  for (size_t item_idx = 0; item_idx < values.size(); ++item_idx) {
    const std::string item_path = fmt::format("{}[{}]", field.path, item_idx);
    const std::string& value = values[item_idx];
    bool known = false;
    for (const std::string_view choice : field.choices) known = known || value == choice;
    if (!known) return ConfigIssue{item_path, UnknownChoiceMessage(field, value)};
    for (size_t earlier_idx = 0; earlier_idx < item_idx; ++earlier_idx) {
      if (values[earlier_idx] == value) {
        return ConfigIssue{item_path, fmt::format("{} is listed twice", QuoteForMessage(value))};
      }
    }
  }
  return std::nullopt;
}

std::optional<ConfigIssue> CheckNumber(const FieldSpec& field, double value) {
  if (!std::isfinite(value)) {
    return ConfigIssue{field.path, fmt::format("must be a finite number, got {}", value)};
  }
  if (InRange(field.range, value)) return std::nullopt;
  return ConfigIssue{field.path,
                     fmt::format("{}, got {}", DescribeRange(field), FormatValue(field, value))};
}

std::optional<ConfigIssue> CheckCohortShares(const Config& config) {
  double total = 0;
  std::string terms;
  for (size_t generation_idx = 0; generation_idx < config.cohorts.size(); ++generation_idx) {
    const double share = config.cohorts[generation_idx].share_pct;
    total += share;
    terms += fmt::format("{}{} {}", terms.empty() ? "" : " + ", vocab::kGeneration[generation_idx],
                         share);
  }
  if (std::abs(total - 100) <= kSumTolerance) return std::nullopt;
  return ConfigIssue{"cohorts", fmt::format("the share_pct of the four cohorts must sum to 100, "
                                            "got {} = {}",
                                            terms, total)};
}

std::optional<ConfigIssue> CheckMixes(const Config& config) {
  for (const GroupSpec& group : ConfigGroups()) {
    if (!group.is_mix) continue;
    double total = 0;
    for (const FieldSpec& field : ConfigFields()) {
      if (field.path.size() > group.path.size() && field.path.starts_with(group.path) &&
          field.path[group.path.size()] == '.') {
        total += field.Get<double>(config);
      }
    }
    if (std::abs(total - 100) > kSumTolerance) {
      return ConfigIssue{group.path, fmt::format("the percentages must sum to 100, got {}", total)};
    }
  }
  return std::nullopt;
}

// UPI exists only in India (contract 7.1: no order uses upi in the us market).
std::optional<ConfigIssue> CheckMarketPayments(const Config& config) {
  if (config.business.market != "us") return std::nullopt;
  constexpr auto kUpi = static_cast<size_t>(PaymentMethod::kUpi);
  for (size_t g = 0; g < config.cohorts.size(); ++g) {
    if (config.cohorts[g].payment_pct[kUpi] > 0) {
      return ConfigIssue{fmt::format("cohorts.{}.payment_pct.upi", vocab::kGeneration[g]),
                         "upi is India's payment system and has no share in market \"us\"; give "
                         "its share to another method (wallet, card, bnpl)"};
    }
  }
  return std::nullopt;
}

// The six targets must be the off-diagonal entries of a correlation matrix that some set of
// daily series can have, i.e. a positive-definite one; Cholesky decomposition succeeds exactly
// then.
std::optional<ConfigIssue> CheckCorrelationMatrix(const Config& config) {
  const CorrelationConfig& corr = config.correlations;
  constexpr size_t kSeries = 4;  // orders, tickets, delays, abandonment
  const std::array<std::array<double, kSeries>, kSeries> matrix = {{
      {1, corr.orders_tickets, corr.orders_delays, corr.orders_abandonment},
      {corr.orders_tickets, 1, corr.tickets_delays, corr.tickets_abandonment},
      {corr.orders_delays, corr.tickets_delays, 1, corr.delays_abandonment},
      {corr.orders_abandonment, corr.tickets_abandonment, corr.delays_abandonment, 1},
  }};
  std::array<std::array<double, kSeries>, kSeries> lower{};
  for (size_t row_idx = 0; row_idx < kSeries; ++row_idx) {
    for (size_t col_idx = 0; col_idx <= row_idx; ++col_idx) {
      double sum = matrix[row_idx][col_idx];
      for (size_t k_idx = 0; k_idx < col_idx; ++k_idx) {
        sum -= lower[row_idx][k_idx] * lower[col_idx][k_idx];
      }
      if (row_idx == col_idx) {
        if (!(sum > kMinCholeskyPivot)) {
          return ConfigIssue{
              "correlations",
              fmt::format("the targets do not form a positive-definite correlation matrix of "
                          "(orders, tickets, delays, abandonment) (Cholesky pivot {} is {:.4g}); "
                          "no daily series can have these correlations together",
                          row_idx + 1, sum)};
        }
        lower[row_idx][col_idx] = std::sqrt(sum);
      } else {
        lower[row_idx][col_idx] = sum / lower[col_idx][col_idx];
      }
    }
  }
  return std::nullopt;
}

std::optional<ConfigIssue> CheckVolume(const Config& config) {
  const double days = static_cast<double>(config.duration_us) / static_cast<double>(kMicrosPerDay);
  const double orders = config.business.orders_per_day * config.scale * config.intensity * days;
  if (orders > kMaxExpectedOrders) {
    return ConfigIssue{
        "scale",
        fmt::format("scale {} x business.orders_per_day {} x intensity {} x {:.6g} days = {:.3g} "
                    "orders, above the limit of {:.0e}; lower the scale, intensity or duration",
                    config.scale, config.business.orders_per_day, config.intensity, days, orders,
                    kMaxExpectedOrders)};
  }
  double max_growth_pct = 0;
  for (const CohortConfig& cohort : config.cohorts) {
    max_growth_pct = std::max(max_growth_pct, cohort.growth_pct_per_30d);
  }
  // Signups replace the customers who lapse (one base's worth per mean lifetime) and add the
  // net growth.
  const LifecycleConfig& life = config.lifecycle;
  const double mean_lifetime_days = life.one_time_share * life.one_time_lifetime_days +
                                    (1 - life.one_time_share) * life.regular_lifetime_days;
  const double customers = static_cast<double>(config.business.customers) * config.scale *
                           (1 + max_growth_pct / 100 * days / 30 + days / mean_lifetime_days);
  if (customers > kMaxExpectedCustomers) {
    return ConfigIssue{
        "scale",
        fmt::format("scale {} x business.customers {} (with growth over {:.6g} days) = {:.3g} "
                    "customers, above the limit of {:.0e}; lower the scale or duration",
                    config.scale, config.business.customers, days, customers,
                    kMaxExpectedCustomers)};
  }
  return std::nullopt;
}

std::optional<ConfigIssue> CheckWindowAndEvents(const Config& config) {
  if (config.duration_us > kMaxWindowDurationUs) {
    return ConfigIssue{
        "duration",
        fmt::format("{} is longer than the limit of {} days (4 years); generate longer "
                    "histories as consecutive windows with --start",
                    FormatDuration(config.duration_us), kMaxWindowDurationUs / kMicrosPerDay)};
  }
  // Per-minute facts (metrics, minute counts) and both output formats assume minute-aligned
  // windows; a start between minutes would shift every row off the grid.
  if (config.start_us % kMicrosPerMinute != 0) {
    return ConfigIssue{"start", fmt::format("{} is not on a whole minute; starts must be on a "
                                            "whole minute (seconds and fractions zero)",
                                            FormatUtcTimestamp(config.start_us))};
  }
  if (config.start_us >= kLatestWindowEndUs) {
    return ConfigIssue{"start", fmt::format("{} is past the last supported window end {}",
                                            FormatUtcTimestamp(config.start_us),
                                            FormatUtcTimestamp(kLatestWindowEndUs))};
  }
  if (config.duration_us > kLatestWindowEndUs - config.start_us) {
    return ConfigIssue{
        "duration",
        fmt::format("the window {} + {} ends after the last supported window end {}",
                    FormatUtcTimestamp(config.start_us), FormatDuration(config.duration_us),
                    FormatUtcTimestamp(kLatestWindowEndUs))};
  }
  const PaymentOutageConfig& outage = config.payment_outage;
  if (outage.enabled && outage.offset_us + outage.duration_us > config.duration_us) {
    return ConfigIssue{
        "payment_outage.duration",
        fmt::format("the outage (offset {} + duration {}) must end inside the "
                    "{} window",
                    FormatDuration(outage.offset_us), FormatDuration(outage.duration_us),
                    FormatDuration(config.duration_us))};
  }
  const AppLaunchConfig& app = config.app_launch;
  if (app.enabled && app.launch_offset_us >= config.duration_us) {
    return ConfigIssue{
        "app_launch.launch_offset",
        fmt::format("the launch at {} must fall inside the {} window",
                    FormatDuration(app.launch_offset_us), FormatDuration(config.duration_us))};
  }
  return std::nullopt;
}

std::optional<ConfigIssue> CheckScenarioRules(const Config& config) {
  const BusinessConfig& business = config.business;
  if (business.suppliers > business.products) {
    return ConfigIssue{"business.suppliers",
                       fmt::format("{} suppliers for {} products: every supplier needs a product",
                                   business.suppliers, business.products)};
  }
  if (config.discount.pct > 0 && config.discount.categories.empty()) {
    return ConfigIssue{
        "discount.categories",
        fmt::format("discount.pct is {} but no category is discounted", config.discount.pct)};
  }
  if (config.seasonal.enabled && config.discount.categories.empty()) {
    return ConfigIssue{"discount.categories",
                       "seasonal.enabled boosts the discounted categories, but there are none"};
  }
  const TrafficSpikeConfig& spike = config.traffic_spike;
  if (spike.enabled && business.payment_failure_rate * spike.payment_failure_multiplier > 1) {
    return ConfigIssue{
        "traffic_spike.payment_failure_multiplier",
        fmt::format("business.payment_failure_rate {} x {} exceeds 1",
                    business.payment_failure_rate, spike.payment_failure_multiplier)};
  }
  const SupplyDisruptionConfig& supply = config.supply_disruption;
  if (supply.enabled && supply.affected_skus > business.products) {
    return ConfigIssue{"supply_disruption.affected_skus",
                       fmt::format("{} affected products, but the catalogue has only {}",
                                   supply.affected_skus, business.products)};
  }
  if (supply.enabled && business.late_delivery_rate * supply.late_multiplier > 1) {
    return ConfigIssue{"supply_disruption.late_multiplier",
                       fmt::format("business.late_delivery_rate {} x {} exceeds 1",
                                   business.late_delivery_rate, supply.late_multiplier)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<ConfigIssue> CheckConfigField(const FieldSpec& field, const Config& config) {
  switch (field.kind) {
    case FieldKind::kString:
    case FieldKind::kName:
    case FieldKind::kEnum:
      return CheckString(field, field.Get<std::string>(config));
    case FieldKind::kBool:
    case FieldKind::kUint64:
      return std::nullopt;
    case FieldKind::kInt64:
    case FieldKind::kTimestamp:
    case FieldKind::kDuration:
      return CheckNumber(field, static_cast<double>(field.Get<int64_t>(config)));
    case FieldKind::kDouble:
      return CheckNumber(field, field.Get<double>(config));
    case FieldKind::kCategoryList:
      return CheckCategories(field, field.Get<std::vector<std::string>>(config));
  }
  return std::nullopt;
}

std::optional<ConfigIssue> FindConfigIssue(const Config& config) {
  for (const FieldSpec& field : ConfigFields()) {
    if (auto issue = CheckConfigField(field, config)) return issue;
  }
  using Rule = std::optional<ConfigIssue> (*)(const Config&);
  constexpr Rule kRules[] = {CheckWindowAndEvents, CheckCohortShares,      CheckMixes,
                             CheckMarketPayments,  CheckCorrelationMatrix, CheckVolume,
                             CheckScenarioRules};
  for (const Rule rule : kRules) {
    if (auto issue = rule(config)) return issue;
  }
  return std::nullopt;
}

Status ValidateConfig(const Config& config) {
  const std::optional<ConfigIssue> issue = FindConfigIssue(config);
  if (!issue) return Status::Ok();
  return Status::InvalidArgument(issue->path + ": " + issue->message);
}

}  // namespace ecomgen
