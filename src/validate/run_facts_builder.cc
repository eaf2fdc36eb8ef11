#include "validate/run_facts_builder.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/vocab.h"

namespace ecomgen::validate {

namespace {

constexpr int64_t kLast14Days = 14 * kMicrosPerDay;
constexpr int64_t k30Days = 30 * kMicrosPerDay;

int64_t FloorDiv(int64_t value, int64_t divisor) {
  int64_t quotient = value / divisor;
  if (value % divisor < 0) --quotient;
  return quotient;
}

int64_t CeilDiv(int64_t value, int64_t divisor) { return -FloorDiv(-value, divisor); }

// Per order row, what the items and deliveries need to know.
enum OrderFlag : uint8_t {
  kInWindow = 1,
  kSuccess = 2,
  kShipped = 4,
  kDelivered = 8,
  kLate = 16,
};

void AddPerMinute(RunFacts& facts, std::vector<int64_t>& per_minute, int64_t ts) {
  if (ts < facts.window_start_us || ts >= facts.window_end_us) return;
  ++per_minute[static_cast<size_t>((ts - facts.first_minute_us) / kMicrosPerMinute)];
}

bool InWindow(const RunFacts& facts, int64_t ts) {
  return ts != kNullInt && ts >= facts.window_start_us && ts < facts.window_end_us;
}

void AddProducts(const LoadedTable& products, RunFacts& facts) {
  const auto& product_id = products.col("product_id").ints;
  const LoadedColumn& category = products.col("category");
  const auto& supplier = products.col("supplier_id").ints;
  int64_t max_id = 0;
  for (int64_t id : product_id) max_id = std::max(max_id, id);
  const auto size = static_cast<size_t>(max_id) + 1;
  facts.supplier_by_product.assign(size, 0);
  facts.category_by_product.assign(size, -1);
  facts.category_names = category.dictionary;
  for (size_t row = 0; row < product_id.size(); ++row) {
    if (product_id[row] < 1) continue;
    const auto id = static_cast<size_t>(product_id[row]);
    facts.supplier_by_product[id] = supplier[row] == kNullInt ? 0 : supplier[row];
    if (category.codes[row] != kNullCode) facts.category_by_product[id] = category.codes[row];
  }
  for (const std::string& name : facts.category_names) facts.categories[name];
}

// Returns per order row its OrderFlag bits.
std::vector<uint8_t> AddOrders(const RunTables& tables, const RunKeys& keys, RunFacts& facts) {
  const LoadedTable& orders = *tables.get(TableId::kOrders);
  const auto& order_ts = orders.col("order_ts").ints;
  const auto& customer_of = orders.col("customer_id").ints;
  const auto& delivered = orders.col("delivered_ts").ints;
  const auto& promised = orders.col("promised_delivery_date").ints;
  const LoadedColumn& status = orders.col("payment_status");
  const LoadedColumn& order_status = orders.col("order_status");
  const LoadedColumn& channel = orders.col("channel");
  const LoadedColumn& region = orders.col("region");
  const uint16_t failed_code = status.CodeOf("failed");
  const uint16_t success_code = status.CodeOf("success");
  const uint16_t cancelled_code = order_status.CodeOf("cancelled");
  const uint16_t app_code = channel.CodeOf("mobile_app");

  const LoadedTable* customers = tables.get(TableId::kCustomers);
  const KeyIndex* customer_index = keys.get(TableId::kCustomers);
  int64_t max_customer = 0;
  for (int64_t id : customer_of) max_customer = std::max(max_customer, id);
  // Per customer_id: bit 0 ordered in the last 14 days, bit 1 on mobile_app.
  std::vector<uint8_t> last_14d(static_cast<size_t>(max_customer) + 1, 0);
  std::vector<std::array<int64_t, 2>> region_halves(region.dictionary.size(), {0, 0});

  const int64_t half_us = facts.window_start_us + (facts.window_end_us - facts.window_start_us) / 2;
  const int64_t last_14d_from = facts.window_end_us - kLast14Days;
  const int64_t first_30d_to = facts.window_start_us + k30Days;
  const int64_t last_30d_from = facts.window_end_us - k30Days;
  const auto days = static_cast<int64_t>(facts.delays_per_whole_day.size());

  std::vector<uint8_t> flags(static_cast<size_t>(orders.rows), 0);
  for (size_t row = 0; row < flags.size(); ++row) {
    const int64_t ts = order_ts[row];
    const bool success = status.codes[row] == success_code;
    const bool shipped = success && order_status.codes[row] != cancelled_code;
    uint8_t flag = 0;
    if (success) flag |= kSuccess;
    if (shipped) flag |= kShipped;
    if (delivered[row] != kNullInt) flag |= kDelivered;
    if (shipped && promised[row] != kNullInt) {
      const int64_t promised_end_us = (promised[row] + 1) * kMicrosPerDay;
      if (delivered[row] == kNullInt || delivered[row] > promised_end_us) {
        flag |= kLate;
        const int64_t day = promised[row] - facts.first_whole_day;
        if (day >= 0 && day < days) ++facts.delays_per_whole_day[static_cast<size_t>(day)];
      }
    }
    if (InWindow(facts, ts)) {
      flag |= kInWindow;
      AddPerMinute(facts, facts.orders_per_minute, ts);
      if (status.codes[row] == failed_code) AddPerMinute(facts, facts.failed_per_minute, ts);
      if (region.codes[row] != kNullCode) ++region_halves[region.codes[row]][ts < half_us ? 0 : 1];
      if (channel.codes[row] == app_code) {
        facts.first_mobile_app_order_us = std::min(facts.first_mobile_app_order_us, ts);
      }
      if (ts >= last_14d_from) {
        if (channel.codes[row] < kChannelCount)
          ++facts.orders_last_14d_by_channel[channel.codes[row]];
        if (customer_of[row] >= 1) {
          uint8_t& seen = last_14d[static_cast<size_t>(customer_of[row])];
          seen |= 1;
          if (channel.codes[row] == app_code) seen |= 2;
        }
      }
      if (customers != nullptr && customer_index != nullptr) {
        const int64_t customer_row = customer_index->RowOf(customer_of[row]);
        const uint16_t gen =
            customer_row < 0
                ? kNullCode
                : customers->col("generation").codes[static_cast<size_t>(customer_row)];
        if (gen < kGenerationCount) {
          if (ts < first_30d_to) ++facts.orders_first_30d_by_generation[gen];
          if (ts >= last_30d_from) ++facts.orders_last_30d_by_generation[gen];
        }
      }
    } else if (channel.codes[row] == app_code && ts != kNullInt) {
      facts.first_mobile_app_order_us = std::min(facts.first_mobile_app_order_us, ts);
    }
    flags[row] = flag;
  }
  for (uint8_t seen : last_14d) {
    facts.customers_ordering_last_14d += seen & 1;
    facts.app_customers_last_14d += (seen & 2) >> 1;
  }
  for (size_t code = 0; code < region_halves.size(); ++code) {
    if (region_halves[code][0] + region_halves[code][1] > 0) {
      facts.orders_by_region_half[region.dictionary[code]] = region_halves[code];
    }
  }
  return flags;
}

void AddItems(const RunTables& tables, const RunKeys& keys, const std::vector<uint8_t>& flags,
              RunFacts& facts) {
  const LoadedTable& items = *tables.get(TableId::kOrderItems);
  const auto& order_of = items.col("order_id").ints;
  const auto& product_of = items.col("product_id").ints;
  const auto& quantity = items.col("quantity").ints;
  const auto& discount = items.col("discount_pct").ints;
  const auto& order_ts = tables.get(TableId::kOrders)->col("order_ts").ints;
  const KeyIndex& order_index = *keys.get(TableId::kOrders);
  int64_t max_product = static_cast<int64_t>(facts.category_by_product.size()) - 1;
  for (int64_t id : product_of) max_product = std::max(max_product, id);
  const auto size = static_cast<size_t>(std::max<int64_t>(max_product, 0)) + 1;
  facts.units_sold_by_product.assign(size, 0);
  facts.shipped_items_by_product.assign(size, 0);
  facts.late_items_by_product.assign(size, 0);
  // Category of each product, as a pointer into facts.categories (null when unknown).
  std::vector<CategoryFacts*> category_of(facts.category_by_product.size(), nullptr);
  for (size_t id = 0; id < category_of.size(); ++id) {
    const int32_t code = facts.category_by_product[id];
    if (code >= 0)
      category_of[id] = &facts.categories[facts.category_names[static_cast<size_t>(code)]];
  }
  for (size_t row = 0; row < order_of.size(); ++row) {
    const int64_t order_row = order_index.RowOf(order_of[row]);
    if (order_row < 0 || product_of[row] < 1 || quantity[row] == kNullInt) continue;
    const uint8_t flag = flags[static_cast<size_t>(order_row)];
    const auto product = static_cast<size_t>(product_of[row]);
    if ((flag & kDelivered) != 0) ++facts.delivered_items;
    if ((flag & kInWindow) == 0) continue;
    CategoryFacts* category = product < category_of.size() ? category_of[product] : nullptr;
    if (category != nullptr) {
      ++category->items;
      if (discount[row] != kNullInt) {
        category->min_discount_micro_pct =
            std::min(category->min_discount_micro_pct, discount[row]);
        category->max_discount_micro_pct =
            std::max(category->max_discount_micro_pct, discount[row]);
      }
    }
    if ((flag & kSuccess) != 0) {
      facts.units_sold_by_product[product] += quantity[row];
      if (category != nullptr) category->units_sold += quantity[row];
      if (product_of[row] == facts.tracked_product_id) {
        const int64_t hour =
            (order_ts[static_cast<size_t>(order_row)] - facts.window_start_us) / kMicrosPerHour;
        facts.tracked_units_per_hour[static_cast<size_t>(hour)] += quantity[row];
      }
    }
    if ((flag & kShipped) != 0) {
      ++facts.shipped_items_by_product[product];
      if ((flag & kLate) != 0) ++facts.late_items_by_product[product];
    }
  }
}

void AddReturns(const LoadedTable& returns, RunFacts& facts) {
  const auto& product_of = returns.col("product_id").ints;
  const auto& processing = returns.col("processing_days").doubles;
  facts.returns = returns.rows;
  for (size_t row = 0; row < product_of.size(); ++row) {
    if (!returns.col("processing_days").is_null(row)) {
      facts.processing_days_sum += processing[row];
      ++facts.processing_days_rows;
    }
    const int64_t id = product_of[row];
    if (id < 1 || static_cast<size_t>(id) >= facts.category_by_product.size()) continue;
    const int32_t code = facts.category_by_product[static_cast<size_t>(id)];
    if (code >= 0)
      ++facts.categories[facts.category_names[static_cast<size_t>(code)]].returned_items;
  }
}

void AddTickets(const LoadedTable& tickets, RunFacts& facts) {
  const auto& created = tickets.col("created_ts").ints;
  const LoadedColumn& category = tickets.col("category");
  std::vector<int64_t> by_code(category.dictionary.size(), 0);
  for (size_t row = 0; row < created.size(); ++row) {
    if (!InWindow(facts, created[row])) continue;
    AddPerMinute(facts, facts.tickets_per_minute, created[row]);
    if (category.codes[row] != kNullCode) ++by_code[category.codes[row]];
  }
  for (size_t code = 0; code < by_code.size(); ++code) {
    if (by_code[code] > 0) facts.tickets_by_category[category.dictionary[code]] = by_code[code];
  }
}

void AddSmallTables(const RunTables& tables, RunFacts& facts) {
  if (const LoadedTable* carts = tables.get(TableId::kCartAbandonment)) {
    for (int64_t ts : carts->col("abandoned_ts").ints) {
      if (InWindow(facts, ts)) AddPerMinute(facts, facts.carts_per_minute, ts);
    }
  }
  if (const LoadedTable* metrics = tables.get(TableId::kSystemMetrics)) {
    const auto& metric_ts = metrics->col("metric_ts").ints;
    const LoadedColumn& p95 = metrics->col("p95_latency_ms");
    for (size_t row = 0; row < metric_ts.size(); ++row) {
      if (!InWindow(facts, metric_ts[row]) || p95.is_null(row)) continue;
      facts.p95_latency_sum_ms += p95.doubles[row];
      ++facts.metric_rows;
    }
  }
  if (const LoadedTable* customers = tables.get(TableId::kCustomers)) {
    const auto& generation = customers->col("generation").codes;
    const auto& signup = customers->col("signup_ts").ints;
    const LoadedColumn& churned = customers->col("churned_ts");
    // Customers at t: signed up before t and not churned by t (contract 7.1). A run
    // without the column (an older version's) churns no one.
    auto active_at = [&](size_t row, int64_t ts_us) {
      return signup[row] < ts_us &&
             (!churned.present || churned.ints[row] == kNullInt || churned.ints[row] > ts_us);
    };
    for (size_t row = 0; row < generation.size(); ++row) {
      if (generation[row] >= kGenerationCount || signup[row] == kNullInt) continue;
      if (active_at(row, facts.window_start_us)) ++facts.customers_at_start[generation[row]];
      if (active_at(row, facts.window_end_us)) ++facts.customers_at_end[generation[row]];
    }
  }
  if (const LoadedTable* campaigns = tables.get(TableId::kCampaigns)) {
    const LoadedColumn& type = campaigns->col("campaign_type");
    const auto& start = campaigns->col("start_ts").ints;
    const auto& end = campaigns->col("end_ts").ints;
    const uint16_t influencer = type.CodeOf("influencer");
    for (size_t row = 0; row < start.size(); ++row) {
      if (type.codes[row] == influencer && influencer != kNullCode && start[row] != kNullInt &&
          end[row] != kNullInt && start[row] <= facts.window_start_us &&
          end[row] >= facts.window_end_us) {
        facts.influencer_campaign_covers_window = true;
      }
    }
  }
}

}  // namespace

int64_t RunFacts::SumMinutes(const std::vector<int64_t>& per_minute, int64_t from_us,
                             int64_t to_us) const {
  const int64_t size = static_cast<int64_t>(per_minute.size());
  const int64_t from =
      std::clamp(FloorDiv(from_us - first_minute_us, kMicrosPerMinute), int64_t{0}, size);
  const int64_t to =
      std::clamp(FloorDiv(to_us - first_minute_us, kMicrosPerMinute), int64_t{0}, size);
  int64_t sum = 0;
  for (int64_t minute = from; minute < to; ++minute) sum += per_minute[static_cast<size_t>(minute)];
  return sum;
}

int64_t RunFacts::Total(const std::vector<int64_t>& per_minute) {
  int64_t sum = 0;
  for (int64_t count : per_minute) sum += count;
  return sum;
}

RunFacts BuildRunFacts(const RunTables& tables, const RunKeys& keys, int64_t window_start_us,
                       int64_t window_end_us, int64_t tracked_product_id) {
  RunFacts facts;
  facts.window_start_us = window_start_us;
  facts.window_end_us = window_end_us;
  for (TableId table : kAllTables) {
    facts.has_table[static_cast<size_t>(table)] = tables.get(table) != nullptr;
  }
  facts.first_minute_us = FloorDiv(window_start_us, kMicrosPerMinute) * kMicrosPerMinute;
  const auto minutes =
      static_cast<size_t>(CeilDiv(window_end_us - facts.first_minute_us, kMicrosPerMinute));
  facts.orders_per_minute.assign(minutes, 0);
  facts.failed_per_minute.assign(minutes, 0);
  facts.carts_per_minute.assign(minutes, 0);
  facts.tickets_per_minute.assign(minutes, 0);
  facts.first_whole_day = CeilDiv(window_start_us, kMicrosPerDay);
  const int64_t whole_days = FloorDiv(window_end_us, kMicrosPerDay) - facts.first_whole_day;
  facts.delays_per_whole_day.assign(static_cast<size_t>(std::max<int64_t>(whole_days, 0)), 0);
  facts.tracked_product_id = tracked_product_id;
  facts.tracked_units_per_hour.assign(
      static_cast<size_t>(CeilDiv(window_end_us - window_start_us, kMicrosPerHour)), 0);

  if (const LoadedTable* products = tables.get(TableId::kProducts)) AddProducts(*products, facts);
  std::vector<uint8_t> order_flags;
  if (tables.get(TableId::kOrders) != nullptr) order_flags = AddOrders(tables, keys, facts);
  if (tables.get(TableId::kOrders) != nullptr && tables.get(TableId::kOrderItems) != nullptr) {
    AddItems(tables, keys, order_flags, facts);
  }
  if (const LoadedTable* returns = tables.get(TableId::kReturns)) AddReturns(*returns, facts);
  if (const LoadedTable* tickets = tables.get(TableId::kSupportTickets))
    AddTickets(*tickets, facts);
  AddSmallTables(tables, facts);
  return facts;
}

}  // namespace ecomgen::validate
