// Time order, returns and per-minute metrics (integrity_checks.h).
#include <algorithm>
#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "validate/integrity_checks.h"
#include "validate/value_parse.h"
#include "validate/violations.h"

namespace ecomgen::validate {

namespace {

// More minutes than this between the first and last metric row means the timestamps are
// garbage; the check then reports instead of allocating (about 19 years).
constexpr int64_t kMaxMetricMinutes = int64_t{10'000'000};

std::string Id(std::string_view key, int64_t value) {
  return std::string(key) + " " + std::to_string(value);
}

int64_t FloorDiv(int64_t value, int64_t divisor) {
  int64_t quotient = value / divisor;
  if (value % divisor < 0) --quotient;
  return quotient;
}

void CheckOrderTimes(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  if (!RequireTables(tables, {TableId::kOrders}, kIntegrityGroup, "orders times", checks)) return;
  const LoadedTable& orders = *tables.get(TableId::kOrders);
  const auto& order_id = orders.col("order_id").ints;
  const auto& order_ts = orders.col("order_ts").ints;
  const auto& delivered = orders.col("delivered_ts").ints;
  const auto& promised = orders.col("promised_delivery_date").ints;
  const LoadedColumn& status = orders.col("payment_status");
  const uint16_t failed_code = status.CodeOf("failed");

  Violations delivered_early;
  Violations promised_bad;
  for (size_t row = 0; row < order_id.size(); ++row) {
    if (delivered[row] != kNullInt && order_ts[row] != kNullInt && delivered[row] < order_ts[row]) {
      delivered_early.Add([&] {
        return Id("order_id", order_id[row]) + ": delivered " + FormatTimestampUs(delivered[row]) +
               " < ordered " + FormatTimestampUs(order_ts[row]);
      });
    }
    if (status.codes[row] == kNullCode) continue;
    const bool failed = status.codes[row] == failed_code;
    if (failed != (promised[row] == kNullInt)) {
      promised_bad.Add([&] {
        return Id("order_id", order_id[row]) + ": payment " + std::string(status.code_text(row)) +
               ", promised_delivery_date " + (promised[row] == kNullInt ? "NULL" : "set");
      });
    }
  }
  delivered_early.Report(checks, kIntegrityGroup, "orders.order_ts <= delivered_ts");
  promised_bad.Report(checks, kIntegrityGroup, "promised_delivery_date NULL iff payment failed");

  if (!RequireTables(tables, {TableId::kOrders, TableId::kCustomers}, kIntegrityGroup,
                     "customers.signup_ts <= orders.order_ts", checks)) {
    return;
  }
  const LoadedTable& customers = *tables.get(TableId::kCustomers);
  const auto& signup = customers.col("signup_ts").ints;
  // A run without churned_ts (an older version's) has no lapses to check.
  const LoadedColumn& churned_column = customers.col("churned_ts");
  const std::vector<int64_t> no_churn(churned_column.present ? 0 : signup.size(), kNullInt);
  const auto& churned = churned_column.present ? churned_column.ints : no_churn;
  const auto& customer_of = orders.col("customer_id").ints;
  const KeyIndex& customer_index = *keys.get(TableId::kCustomers);
  Violations ordered_early;
  Violations ordered_after_churn;
  for (size_t row = 0; row < order_id.size(); ++row) {
    const int64_t customer_row = customer_index.RowOf(customer_of[row]);
    if (customer_row < 0 || order_ts[row] == kNullInt) continue;
    const int64_t signup_ts = signup[static_cast<size_t>(customer_row)];
    if (signup_ts != kNullInt && order_ts[row] < signup_ts) {
      ordered_early.Add([&] {
        return Id("order_id", order_id[row]) + ": ordered " + FormatTimestampUs(order_ts[row]) +
               " before signup " + FormatTimestampUs(signup_ts);
      });
    }
    const int64_t churned_ts = churned[static_cast<size_t>(customer_row)];
    if (churned_ts != kNullInt && order_ts[row] >= churned_ts) {
      ordered_after_churn.Add([&] {
        return Id("order_id", order_id[row]) + ": ordered " + FormatTimestampUs(order_ts[row]) +
               " after the customer churned at " + FormatTimestampUs(churned_ts);
      });
    }
  }
  ordered_early.Report(checks, kIntegrityGroup, "customers.signup_ts <= orders.order_ts");
  ordered_after_churn.Report(checks, kIntegrityGroup, "orders.order_ts < customers.churned_ts");

  Violations churned_early;
  for (size_t row = 0; row < signup.size(); ++row) {
    if (churned[row] != kNullInt && signup[row] != kNullInt && churned[row] <= signup[row]) {
      churned_early.Add([&] {
        return "customer row " + std::to_string(row + 1) + ": churned " +
               FormatTimestampUs(churned[row]) + " not after signup " +
               FormatTimestampUs(signup[row]);
      });
    }
  }
  churned_early.Report(checks, kIntegrityGroup, "customers.signup_ts < churned_ts");
}

void CheckReturns(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  if (RequireTables(tables, {TableId::kReturns, TableId::kOrders}, kIntegrityGroup,
                    "returns of delivered orders", checks)) {
    const LoadedTable& returns = *tables.get(TableId::kReturns);
    const auto& return_id = returns.col("return_id").ints;
    const auto& order_of = returns.col("order_id").ints;
    const auto& requested = returns.col("requested_ts").ints;
    const auto& delivered = tables.get(TableId::kOrders)->col("delivered_ts").ints;
    const KeyIndex& order_index = *keys.get(TableId::kOrders);
    Violations undelivered;
    Violations requested_early;
    for (size_t row = 0; row < return_id.size(); ++row) {
      const int64_t order_row = order_index.RowOf(order_of[row]);
      if (order_row < 0) continue;
      const int64_t delivered_ts = delivered[static_cast<size_t>(order_row)];
      if (delivered_ts == kNullInt) {
        undelivered.Add([&] {
          return Id("return_id", return_id[row]) + ": order " + std::to_string(order_of[row]) +
                 " was not delivered";
        });
      } else if (requested[row] != kNullInt && requested[row] < delivered_ts) {
        requested_early.Add([&] {
          return Id("return_id", return_id[row]) + ": requested " +
                 FormatTimestampUs(requested[row]) + " < delivered " +
                 FormatTimestampUs(delivered_ts);
        });
      }
    }
    undelivered.Report(checks, kIntegrityGroup, "returns only of delivered orders");
    requested_early.Report(checks, kIntegrityGroup, "orders.delivered_ts <= returns.requested_ts");
  }
  if (!RequireTables(tables, {TableId::kReturns, TableId::kOrderItems}, kIntegrityGroup,
                     "returns match their order item", checks)) {
    return;
  }
  const LoadedTable& returns = *tables.get(TableId::kReturns);
  const LoadedTable& items = *tables.get(TableId::kOrderItems);
  const auto& return_id = returns.col("return_id").ints;
  const auto& item_of = returns.col("order_item_id").ints;
  const auto& return_order = returns.col("order_id").ints;
  const auto& return_product = returns.col("product_id").ints;
  const auto& refund = returns.col("refund_amount").ints;
  const auto& item_order = items.col("order_id").ints;
  const auto& item_product = items.col("product_id").ints;
  const auto& line_total = items.col("line_total").ints;
  const KeyIndex& item_index = *keys.get(TableId::kOrderItems);
  Violations mismatch;
  Violations over_refund;
  for (size_t row = 0; row < return_id.size(); ++row) {
    const int64_t item_row = item_index.RowOf(item_of[row]);
    if (item_row < 0) continue;
    const auto item = static_cast<size_t>(item_row);
    if (return_order[row] != item_order[item] || return_product[row] != item_product[item]) {
      mismatch.Add([&] {
        return Id("return_id", return_id[row]) + ": order/product " +
               std::to_string(return_order[row]) + "/" + std::to_string(return_product[row]) +
               ", item has " + std::to_string(item_order[item]) + "/" +
               std::to_string(item_product[item]);
      });
    }
    if (refund[row] != kNullInt && line_total[item] != kNullInt && refund[row] > line_total[item]) {
      over_refund.Add([&] {
        return Id("return_id", return_id[row]) + ": refund " + FormatCents(refund[row]) +
               " > line_total " + FormatCents(line_total[item]);
      });
    }
  }
  mismatch.Report(checks, kIntegrityGroup, "returns order_id/product_id match the item");
  over_refund.Report(checks, kIntegrityGroup, "returns.refund_amount <= line_total");
}

// Counts events per minute over [first_minute, first_minute + counts.size()).
void CountPerMinute(const std::vector<int64_t>& ts, int64_t first_minute,
                    std::vector<int64_t>& counts) {
  for (int64_t value : ts) {
    if (value == kNullInt) continue;
    const int64_t minute = FloorDiv(value, kMicrosPerMinute) - first_minute;
    if (minute >= 0 && minute < static_cast<int64_t>(counts.size())) {
      ++counts[static_cast<size_t>(minute)];
    }
  }
}

}  // namespace

void CheckTimeline(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  CheckOrderTimes(tables, keys, checks);
  CheckReturns(tables, keys, checks);
}

void CheckSystemMetrics(const RunTables& tables, CheckList& checks) {
  const LoadedTable* metrics = tables.get(TableId::kSystemMetrics);
  if (metrics == nullptr) {
    checks.Skip(kIntegrityGroup, "system_metrics per-minute counts", "", "needs system_metrics");
    return;
  }
  const auto& metric_ts = metrics->col("metric_ts").ints;
  Violations misaligned;
  int64_t first = INT64_MAX;
  int64_t last = INT64_MIN;
  for (int64_t ts : metric_ts) {
    if (ts == kNullInt) continue;
    if (ts % kMicrosPerMinute != 0) {
      misaligned.Add([&] { return "metric_ts " + FormatTimestampUs(ts); });
    }
    first = std::min(first, FloorDiv(ts, kMicrosPerMinute));
    last = std::max(last, FloorDiv(ts, kMicrosPerMinute));
  }
  misaligned.Report(checks, kIntegrityGroup, "system_metrics.metric_ts minute start");
  if (first > last) return;  // no rows
  if (last - first >= kMaxMetricMinutes) {
    checks.Add(kIntegrityGroup, "system_metrics minutes span", "< 10M minutes",
               std::to_string(last - first + 1) + " minutes", false);
    return;
  }
  const auto span = static_cast<size_t>(last - first + 1);
  std::vector<int64_t> seen(span, 0);
  CountPerMinute(metric_ts, first, seen);
  const auto duplicates = std::count_if(seen.begin(), seen.end(), [](int64_t n) { return n > 1; });
  checks.Add(kIntegrityGroup, "system_metrics.metric_ts unique", "0 duplicates",
             std::to_string(duplicates) + " duplicates", duplicates == 0);

  struct Counted {
    TableId table;
    std::string_view ts_column;
    std::string_view count_column;
  };
  for (const Counted& counted :
       {Counted{TableId::kOrders, "order_ts", "orders_count"},
        Counted{TableId::kCartAbandonment, "abandoned_ts", "cart_abandonments"}}) {
    const std::string check = "system_metrics." + std::string(counted.count_column);
    if (!RequireTables(tables, {counted.table}, kIntegrityGroup, check, checks)) continue;
    std::vector<int64_t> per_minute(span, 0);
    CountPerMinute(tables.get(counted.table)->col(counted.ts_column).ints, first, per_minute);
    const auto& reported = metrics->col(counted.count_column).ints;
    Violations wrong;
    for (size_t row = 0; row < metric_ts.size(); ++row) {
      if (metric_ts[row] == kNullInt || reported[row] == kNullInt) continue;
      const auto minute = static_cast<size_t>(FloorDiv(metric_ts[row], kMicrosPerMinute) - first);
      if (reported[row] != per_minute[minute]) {
        wrong.Add([&] {
          return FormatTimestampUs(metric_ts[row]) + ": " + std::to_string(reported[row]) +
                 ", counted " + std::to_string(per_minute[minute]);
        });
      }
    }
    wrong.Report(checks, kIntegrityGroup, check);
  }
}

}  // namespace ecomgen::validate
