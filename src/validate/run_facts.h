// RunFacts: everything the scenario KPIs (contract section 5) and the correlations
// (section 6) are computed from, aggregated from a run's rows.
//
// The KPI definitions live in one place, EvaluateKpis (kpi_eval.h), which reads only a
// RunFacts. `ecomgen validate` fills RunFacts from the files (BuildRunFacts); the generator
// can fill the same struct from its own counts and write the same KPIs into its summary.
// Whoever fills it must follow the field comments exactly.
//
// Terms used below:
//   window      [window_start_us, window_end_us)
//   order       a row of orders; "in the window" when its order_ts is (failed payments too)
//   success     payment_status `success`
//   shipped     success and order_status not `cancelled`
//   late item   an order_items row of a shipped order whose delivered_ts is NULL or after
//               the end (24:00 UTC) of its promised_delivery_date
//   units sold  sum of quantity over order_items rows of success orders
//   minute m    [first_minute_us + m min, +1 min); first_minute_us = window start floored
//               to a UTC minute, so hour and day sums over whole-minute bounds are exact
//
// Memory: four per-minute vectors (~17 MB for a year) plus per-product vectors; nothing
// per order or per customer.
//
// Thread safety: a value type.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "ecomgen/table_id.h"

namespace ecomgen::validate {

inline constexpr int64_t kNoTimestamp = std::numeric_limits<int64_t>::max();

// Per product category (products.category).
struct CategoryFacts {
  int64_t items = 0;           // order_items rows of orders in the window
  int64_t units_sold = 0;      // units sold, orders in the window
  int64_t returned_items = 0;  // returns rows whose product is in this category
  // Range of discount_pct over `items`, in millionths of a percent (value_parse.h);
  // min > max when there are no items.
  int64_t min_discount_micro_pct = std::numeric_limits<int64_t>::max();
  int64_t max_discount_micro_pct = std::numeric_limits<int64_t>::min();
};

struct RunFacts {
  int64_t window_start_us = 0;
  int64_t window_end_us = 0;
  // Which tables the facts were built from; KPIs needing a missing table SKIP.
  std::array<bool, kTableCount> has_table{};

  // --- Per minute (see "minute m"), events inside the window only.
  int64_t first_minute_us = 0;
  std::vector<int64_t> orders_per_minute;   // orders by order_ts
  std::vector<int64_t> failed_per_minute;   // of those, payment_status failed
  std::vector<int64_t> carts_per_minute;    // cart_abandonment rows by abandoned_ts
  std::vector<int64_t> tickets_per_minute;  // support_tickets rows by created_ts

  // --- Per whole UTC day inside the window (day k = first_whole_day + k, days since epoch).
  int64_t first_whole_day = 0;
  // Orders (all rows, any order_ts) that are shipped, with promised_delivery_date = that day
  // and delivered_ts NULL or after the day's end (section 6 delays(d)).
  std::vector<int64_t> delays_per_whole_day;

  // --- Tickets in the window by support_tickets.category.
  std::map<std::string, int64_t, std::less<>> tickets_by_category;

  // --- Items.
  std::map<std::string, CategoryFacts, std::less<>> categories;
  int64_t delivered_items = 0;     // order_items rows (any order) whose order has delivered_ts
  int64_t returns = 0;             // returns rows
  double processing_days_sum = 0;  // over returns rows with processing_days
  int64_t processing_days_rows = 0;

  // --- Per product, indexed by product_id (entry 0 unused); sized max product_id + 1.
  std::vector<int64_t> units_sold_by_product;     // units sold, orders in the window
  std::vector<int64_t> shipped_items_by_product;  // items of shipped orders in the window
  std::vector<int64_t> late_items_by_product;     // of those, late items
  std::vector<int64_t> supplier_by_product;       // products.supplier_id, 0 if unknown
  std::vector<int32_t> category_by_product;       // index into category_names, -1 unknown
  std::vector<std::string> category_names;

  // --- One product followed hour by hour (the viral product); 0 = none.
  int64_t tracked_product_id = 0;
  // Units sold of the tracked product per whole hour since window start (hour h covers
  // [window_start + h hours, +1 hour)); ceil(window / 1h) entries.
  std::vector<int64_t> tracked_units_per_hour;

  // --- system_metrics rows with metric_ts in the window.
  double p95_latency_sum_ms = 0;
  int64_t metric_rows = 0;

  // --- Customers by generation (vocab order) active at the window start / end: signed up
  // before it and not churned by it.
  std::array<int64_t, kGenerationCount> customers_at_start{};
  std::array<int64_t, kGenerationCount> customers_at_end{};

  // --- Orders by their customer's generation, in [start, start + 30d) and [end - 30d, end).
  std::array<int64_t, kGenerationCount> orders_first_30d_by_generation{};
  std::array<int64_t, kGenerationCount> orders_last_30d_by_generation{};

  // --- Orders in the window by orders.region: [0] order_ts in the first half of the window,
  // [1] in the second half (the half boundary is window_start + duration / 2).
  std::map<std::string, std::array<int64_t, 2>, std::less<>> orders_by_region_half;

  // --- Channels.
  int64_t first_mobile_app_order_us = kNoTimestamp;  // earliest order_ts on mobile_app
  // Orders in [end - 14d, end) by channel (vocab order: web, mobile_web, mobile_app).
  std::array<int64_t, kChannelCount> orders_last_14d_by_channel{};
  int64_t customers_ordering_last_14d = 0;  // distinct customer_ids with an order in there
  int64_t app_customers_last_14d = 0;       // of those, with at least one mobile_app order

  // --- Campaigns: some campaign_type `influencer` with start_ts <= window start and
  // end_ts >= window end.
  bool influencer_campaign_covers_window = false;

  // Events in [from_us, to_us) from a per-minute vector, by whole minutes: a bound inside a
  // minute is rounded down to the minute start.
  int64_t SumMinutes(const std::vector<int64_t>& per_minute, int64_t from_us, int64_t to_us) const;
  // Sum over all minutes.
  static int64_t Total(const std::vector<int64_t>& per_minute);
};

}  // namespace ecomgen::validate
