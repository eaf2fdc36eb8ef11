#include "validate/noise_checks.h"

#include <fmt/format.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/civil_time.h"
#include "ecomgen/config.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {
namespace {

constexpr std::string_view kGroup = "behaviour";
constexpr double kMinWindowDays = 30;
constexpr double kMinRatio = 0.5;
constexpr double kMaxRatio = 3.0;
constexpr double kTicketsMinScale = 1;
constexpr double kTicketsMaxScale = 10;

// Events and trials of one rate per whole day.
struct DailyRate {
  std::vector<int64_t> events;
  std::vector<int64_t> trials;
};

// The standard deviation of the days' deviations in binomial units, or NaN with fewer than
// 3 days with trials or no event at all.
double DispersionRatio(const DailyRate& rate) {
  int64_t events = 0;
  int64_t trials = 0;
  for (size_t d = 0; d < rate.trials.size(); ++d) {
    events += rate.events[d];
    trials += rate.trials[d];
  }
  if (events == 0 || trials == 0) return std::nan("");
  const double p = static_cast<double>(events) / static_cast<double>(trials);
  const double spread = p < 1 ? p * (1 - p) : p;
  std::vector<double> z;
  for (size_t d = 0; d < rate.trials.size(); ++d) {
    if (rate.trials[d] == 0) continue;
    const auto n = static_cast<double>(rate.trials[d]);
    z.push_back((static_cast<double>(rate.events[d]) / n - p) / std::sqrt(spread / n));
  }
  if (z.size() < 3) return std::nan("");
  double mean = 0;
  for (double v : z) mean += v;
  mean /= static_cast<double>(z.size());
  double squares = 0;
  for (double v : z) squares += (v - mean) * (v - mean);
  return std::sqrt(squares / static_cast<double>(z.size() - 1));
}

void AddRate(std::string_view what, const DailyRate& rate, CheckList& checks) {
  const std::string name = fmt::format("daily {} rate, sd over the binomial sd", what);
  const std::string target = fmt::format("{:g}-{:g}", kMinRatio, kMaxRatio);
  const double ratio = DispersionRatio(rate);
  if (std::isnan(ratio)) {
    checks.Skip(kGroup, name, target, "fewer than 3 days with events");
    return;
  }
  checks.Add(kGroup, name, target, fmt::format("{:.2f}", ratio),
             ratio >= kMinRatio && ratio <= kMaxRatio);
}

}  // namespace

void RunNoiseChecks(const RunTables& tables, double scale, int64_t window_start_us,
                    int64_t window_end_us, CheckList& checks) {
  const LoadedTable* orders = tables.get(TableId::kOrders);
  if (orders == nullptr) return;
  const std::string target = fmt::format("{:g}-{:g}", kMinRatio, kMaxRatio);
  const double window_days =
      static_cast<double>(window_end_us - window_start_us) / static_cast<double>(kMicrosPerDay);
  if (window_days < kMinWindowDays) {
    checks.Skip(kGroup, "daily rates vary like counts", target,
                "target set for windows of 30 days or more");
    return;
  }
  const LoadedColumn& order_ts = orders->col("order_ts");
  const LoadedColumn& status = orders->col("payment_status");
  const LoadedColumn& order_status = orders->col("order_status");
  if (!order_ts.present || !status.present || !order_status.present) {
    checks.Skip(kGroup, "daily rates vary like counts", target, "a column it needs is missing");
    return;
  }
  const int64_t first_day = FloorDiv(window_start_us + kMicrosPerDay - 1, kMicrosPerDay);
  const int64_t days = std::max<int64_t>(0, FloorDiv(window_end_us, kMicrosPerDay) - first_day);
  const auto day_of = [&](int64_t ts) -> int64_t {
    if (ts == kNullInt) return -1;
    const int64_t day = FloorDiv(ts, kMicrosPerDay) - first_day;
    return day >= 0 && day < days ? day : -1;
  };
  const auto size = static_cast<size_t>(days);
  DailyRate failures{std::vector<int64_t>(size, 0), std::vector<int64_t>(size, 0)};
  DailyRate cancels = failures;
  DailyRate tickets = failures;
  const uint16_t success = status.CodeOf("success");
  const uint16_t cancelled = order_status.CodeOf("cancelled");
  for (size_t row = 0; row < order_ts.ints.size(); ++row) {
    const int64_t day = day_of(order_ts.ints[row]);
    if (day < 0) continue;
    const auto d = static_cast<size_t>(day);
    ++failures.trials[d];
    ++tickets.trials[d];
    if (status.codes[row] != success) {
      ++failures.events[d];
      continue;
    }
    ++cancels.trials[d];
    if (order_status.codes[row] == cancelled) ++cancels.events[d];
  }
  AddRate("payment-failure", failures, checks);
  AddRate("cancellation", cancels, checks);

  const std::string tickets_check = "daily tickets-per-order rate, sd over the binomial sd";
  if (!(scale >= kTicketsMinScale && scale <= kTicketsMaxScale)) {
    checks.Skip(kGroup, tickets_check, target,
                fmt::format("scale {:g}: target set at scale {:g} to {:g}", scale, kTicketsMinScale,
                            kTicketsMaxScale));
    return;
  }
  const LoadedTable* support = tables.get(TableId::kSupportTickets);
  if (support == nullptr || !support->col("created_ts").present) {
    checks.Skip(kGroup, tickets_check, target, "the run has no support_tickets");
    return;
  }
  for (const int64_t ts : support->col("created_ts").ints) {
    const int64_t day = day_of(ts);
    if (day >= 0) ++tickets.events[static_cast<size_t>(day)];
  }
  AddRate("tickets-per-order", tickets, checks);
}

}  // namespace ecomgen::validate
