#include "validate/behaviour_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {
namespace {

constexpr std::string_view kGroup = "behaviour";
// Fewer ordering customers than this (or per segment) cannot tell a shape from noise.
constexpr int64_t kMinCustomers = 200;
constexpr int64_t kMinSegmentCustomers = 50;

// What the measures need of one customer.
struct CustomerActivity {
  int64_t orders = 0;
  int64_t revenue_cents = 0;  // paid orders
  int64_t first_order_us = 0;
  bool in_last_90d = false;
  bool in_last_30d = false;
  bool in_days_31_60 = false;
};

// Which window lengths a target is set for (contract 7.1 names 30-day and 180-day windows).
struct Band {
  double min_days;
  double max_days;
  const char* name;
};
constexpr Band kMonth{25, 35, "windows of 25-35 days"};
constexpr Band kHalfYear{150, 1e9, "windows of 150 days or more"};
constexpr Band kTwoWeeksOrMore{14, 1e9, "windows of 14 days or more"};

class BehaviourMeasures {
 public:
  BehaviourMeasures(double window_days, int64_t ordering, CheckList& checks)
      : window_days_(window_days), ordering_(ordering), checks_(checks) {}

  // Adds the row of one measure: `value` must lie in [low, high], for windows in `band`.
  void Range(std::string_view check, const Band& band, double low, double high,
             const std::function<std::pair<double, std::string>()>& measure) {
    const std::string expected = high >= 1e9   ? fmt::format(">= {:g}", low)
                                 : low <= -1e9 ? fmt::format("<= {:g}", high)
                                               : fmt::format("{:g}-{:g}", low, high);
    if (window_days_ < band.min_days || window_days_ > band.max_days) {
      checks_.Skip(kGroup, check, expected, fmt::format("target set for {}", band.name));
      return;
    }
    if (ordering_ < kMinCustomers) {
      checks_.Skip(kGroup, check, expected,
                   fmt::format("{} ordering customers < {}", ordering_, kMinCustomers));
      return;
    }
    const auto [value, detail] = measure();
    checks_.Add(kGroup, check, expected, fmt::format("{:.3f} ({})", value, detail),
                value >= low && value <= high);
  }

 private:
  double window_days_;
  int64_t ordering_;
  CheckList& checks_;
};

double Share(int64_t part, int64_t whole) {
  return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0;
}

// Highest over lowest mean orders per ordering customer among the codes of `segment`.
std::pair<double, std::string> SegmentSpread(const LoadedColumn& segment,
                                             const std::vector<CustomerActivity>& activity) {
  if (!segment.present) return {0, "no such column"};
  std::vector<int64_t> customers(segment.dictionary.size(), 0);
  std::vector<int64_t> orders(segment.dictionary.size(), 0);
  for (size_t row = 0; row < activity.size(); ++row) {
    if (activity[row].orders == 0 || segment.is_null(row)) continue;
    ++customers[segment.codes[row]];
    orders[segment.codes[row]] += activity[row].orders;
  }
  double low = 0;
  double high = 0;
  std::string low_name;
  std::string high_name;
  for (size_t code = 0; code < customers.size(); ++code) {
    if (customers[code] < kMinSegmentCustomers) continue;
    const double mean = Share(orders[code], customers[code]);
    if (low_name.empty() || mean < low) low = mean, low_name = segment.dictionary[code];
    if (high_name.empty() || mean > high) high = mean, high_name = segment.dictionary[code];
  }
  if (low_name.empty() || low <= 0) return {0, "no segment with enough customers"};
  return {high / low, fmt::format("{} {:.2f} / {} {:.2f}", high_name, high, low_name, low)};
}

}  // namespace

void RunBehaviourChecks(const RunTables& tables, const RunKeys& keys, int64_t window_start_us,
                        int64_t window_end_us, CheckList& checks) {
  const LoadedTable* customers = tables.get(TableId::kCustomers);
  const LoadedTable* orders = tables.get(TableId::kOrders);
  const KeyIndex* customer_index = keys.get(TableId::kCustomers);
  if (customers == nullptr || orders == nullptr || customer_index == nullptr) return;
  // A missing column is reported by the integrity checks; the measures cannot run without it.
  for (const LoadedColumn* column :
       {&customers->col("signup_ts"), &orders->col("order_ts"), &orders->col("customer_id"),
        &orders->col("total_amount"), &orders->col("payment_status")}) {
    if (!column->present) {
      checks.Skip(kGroup, "customer behaviour", "contract 7.1", "a column it needs is missing");
      return;
    }
  }
  const auto& signup = customers->col("signup_ts").ints;
  const auto& order_ts = orders->col("order_ts").ints;
  const auto& customer_of = orders->col("customer_id").ints;
  const auto& total = orders->col("total_amount").ints;
  const LoadedColumn& status = orders->col("payment_status");
  const uint16_t success = status.CodeOf("success");
  const int64_t day = kMicrosPerDay;

  std::vector<CustomerActivity> activity(signup.size());
  int64_t new_customer_orders = 0;
  int64_t order_count = 0;
  for (size_t row = 0; row < customer_of.size(); ++row) {
    const int64_t customer_row = customer_index->RowOf(customer_of[row]);
    const int64_t ts = order_ts[row];
    if (customer_row < 0 || ts == kNullInt) continue;
    CustomerActivity& customer = activity[static_cast<size_t>(customer_row)];
    if (customer.orders == 0 || ts < customer.first_order_us) customer.first_order_us = ts;
    ++customer.orders;
    ++order_count;
    if (status.codes[row] == success && total[row] != kNullInt) {
      customer.revenue_cents += total[row];
    }
    customer.in_last_90d |= ts >= window_end_us - 90 * day;
    customer.in_last_30d |= ts >= window_end_us - 30 * day;
    customer.in_days_31_60 |= ts >= window_start_us + 30 * day && ts < window_start_us + 60 * day;
    const int64_t signed_up = signup[static_cast<size_t>(customer_row)];
    if (signed_up != kNullInt && signed_up >= window_start_us) ++new_customer_orders;
  }

  int64_t ordering = 0;
  int64_t one_time = 0;
  int64_t before = 0;
  int64_t before_idle = 0;
  int64_t before_idle_90d = 0;
  int64_t early_new = 0;  // signed up 7 days or more before the end
  int64_t early_new_prompt = 0;
  int64_t first_month = 0;  // signed up in the first 30 days
  int64_t first_month_31_60 = 0;
  int64_t first_month_last_30 = 0;
  std::vector<int64_t> revenue;
  for (size_t row = 0; row < activity.size(); ++row) {
    const CustomerActivity& customer = activity[row];
    if (customer.orders > 0) {
      ++ordering;
      one_time += customer.orders == 1 ? 1 : 0;
      revenue.push_back(customer.revenue_cents);
    }
    if (signup[row] == kNullInt) continue;
    if (signup[row] < window_start_us) {
      ++before;
      before_idle += customer.orders == 0 ? 1 : 0;
      before_idle_90d += customer.in_last_90d ? 0 : 1;
      continue;
    }
    if (signup[row] < window_end_us - 7 * day) {
      ++early_new;
      early_new_prompt +=
          customer.orders > 0 && customer.first_order_us - signup[row] <= 7 * day ? 1 : 0;
    }
    if (signup[row] < window_start_us + 30 * day) {
      ++first_month;
      first_month_31_60 += customer.in_days_31_60 ? 1 : 0;
      first_month_last_30 += customer.in_last_30d ? 1 : 0;
    }
  }

  const double window_days =
      static_cast<double>(window_end_us - window_start_us) / static_cast<double>(day);
  BehaviourMeasures measures(window_days, ordering, checks);
  auto concentration = [&] {
    std::sort(revenue.begin(), revenue.end(), std::greater<>());
    const auto top = static_cast<size_t>(static_cast<double>(revenue.size()) * 0.2);
    int64_t top_cents = 0;
    int64_t all_cents = 0;
    for (size_t i = 0; i < revenue.size(); ++i) (i < top ? top_cents : all_cents) += revenue[i];
    all_cents += top_cents;
    return std::pair{Share(top_cents, all_cents),
                     fmt::format("top {} of {} ordering customers", top, revenue.size())};
  };
  measures.Range("revenue share of top 20% customers", kMonth, 0.45, 0.85, concentration);
  measures.Range("revenue share of top 20% customers (half-year)", kHalfYear, 0.60, 0.85,
                 concentration);
  measures.Range("one-time buyers", kMonth, 0.20, 1, [&] {
    return std::pair{Share(one_time, ordering),
                     fmt::format("{} of {} ordering customers", one_time, ordering)};
  });
  measures.Range("customers before the window without an order", kMonth, 0.10, 1, [&] {
    return std::pair{Share(before_idle, before), fmt::format("{} of {}", before_idle, before)};
  });
  measures.Range("customers before the window idle in the last 90 days", kHalfYear, 0.20, 1, [&] {
    return std::pair{Share(before_idle_90d, before),
                     fmt::format("{} of {}", before_idle_90d, before)};
  });
  measures.Range("orders of customers signed up in the window", kMonth, 0.10, 0.40, [&] {
    return std::pair{Share(new_customer_orders, order_count),
                     fmt::format("{} of {} orders", new_customer_orders, order_count)};
  });
  measures.Range("new customers ordering within 7 days", kTwoWeeksOrMore, 0.5, 1, [&] {
    return std::pair{
        Share(early_new_prompt, early_new),
        fmt::format("{} of {} signed up 7+ days before the end", early_new_prompt, early_new)};
  });
  measures.Range(
      "first-month signups ordering, last 30 days over days 31-60", kHalfYear, -1e9, 0.999, [&] {
        const double later = Share(first_month_last_30, first_month);
        const double earlier = Share(first_month_31_60, first_month);
        return std::pair{earlier > 0 ? later / earlier : 1.0,
                         fmt::format("{:.3f} / {:.3f} of {}", later, earlier, first_month)};
      });
  measures.Range("orders per customer, acquisition channels highest / lowest", kTwoWeeksOrMore,
                 1.15, 1e9,
                 [&] { return SegmentSpread(customers->col("acquisition_channel"), activity); });
  measures.Range("orders per customer, generations highest / lowest", kTwoWeeksOrMore, 1.15, 1e9,
                 [&] { return SegmentSpread(customers->col("generation"), activity); });
}

}  // namespace ecomgen::validate
