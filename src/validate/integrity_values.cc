// Money, counts and value ranges (integrity_checks.h).
#include <string>
#include <vector>

#include "validate/integrity_checks.h"
#include "validate/line_total.h"
#include "validate/value_parse.h"
#include "validate/violations.h"

namespace ecomgen::validate {

namespace {

std::string Id(std::string_view key, int64_t value) {
  return std::string(key) + " " + std::to_string(value);
}

void CheckItemValues(const LoadedTable& items, CheckList& checks) {
  const auto& item_id = items.col("order_item_id").ints;
  const auto& quantity = items.col("quantity").ints;
  const auto& unit_price = items.col("unit_price").ints;
  const auto& discount = items.col("discount_pct").ints;
  const auto& line_total = items.col("line_total").ints;
  Violations bad_quantity;
  Violations bad_discount;
  Violations bad_line_total;
  for (size_t row = 0; row < item_id.size(); ++row) {
    if (quantity[row] == kNullInt || unit_price[row] == kNullInt || discount[row] == kNullInt ||
        line_total[row] == kNullInt) {
      continue;  // reported by "not null"
    }
    if (quantity[row] < 1) {
      bad_quantity.Add([&] {
        return Id("order_item_id", item_id[row]) + ": quantity " + std::to_string(quantity[row]);
      });
    }
    if (discount[row] < 0 || discount[row] > kHundredPercentMicro) {
      bad_discount.Add([&] {
        return Id("order_item_id", item_id[row]) + ": discount_pct " +
               std::to_string(static_cast<double>(discount[row]) / kPercentScale);
      });
      continue;
    }
    if (!LineTotalMatches(quantity[row], unit_price[row], discount[row], line_total[row])) {
      bad_line_total.Add([&] {
        const ExpectedLineTotal expected =
            ComputeLineTotal(quantity[row], unit_price[row], discount[row]);
        return Id("order_item_id", item_id[row]) + ": line_total " + FormatCents(line_total[row]) +
               ", expected " + FormatCents(expected.cents);
      });
    }
  }
  bad_quantity.Report(checks, kIntegrityGroup, "order_items.quantity >= 1");
  bad_discount.Report(checks, kIntegrityGroup, "order_items.discount_pct in 0..100");
  bad_line_total.Report(checks, kIntegrityGroup, "order_items.line_total");
}

}  // namespace

void CheckOrderMoney(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  if (RequireTables(tables, {TableId::kOrderItems}, kIntegrityGroup, "order_items values",
                    checks)) {
    CheckItemValues(*tables.get(TableId::kOrderItems), checks);
  }
  if (!RequireTables(tables, {TableId::kOrders, TableId::kOrderItems}, kIntegrityGroup,
                     "orders.items_count and total_amount", checks)) {
    return;
  }
  const LoadedTable& orders = *tables.get(TableId::kOrders);
  const LoadedTable& items = *tables.get(TableId::kOrderItems);
  const KeyIndex& order_index = *keys.get(TableId::kOrders);
  // Per order row: its items and the sum of their line totals.
  std::vector<int32_t> item_count(static_cast<size_t>(orders.rows), 0);
  std::vector<int64_t> line_sum(static_cast<size_t>(orders.rows), 0);
  const auto& item_order = items.col("order_id").ints;
  const auto& line_total = items.col("line_total").ints;
  for (size_t row = 0; row < item_order.size(); ++row) {
    const int64_t order_row = order_index.RowOf(item_order[row]);
    if (order_row < 0) continue;  // reported by the foreign-key check
    ++item_count[static_cast<size_t>(order_row)];
    if (line_total[row] != kNullInt) line_sum[static_cast<size_t>(order_row)] += line_total[row];
  }
  const auto& order_id = orders.col("order_id").ints;
  const auto& items_count = orders.col("items_count").ints;
  const auto& shipping = orders.col("shipping_fee").ints;
  const auto& tax = orders.col("tax_amount").ints;
  const auto& total = orders.col("total_amount").ints;
  Violations bad_count;
  Violations bad_total;
  for (size_t row = 0; row < order_id.size(); ++row) {
    if (items_count[row] != item_count[row]) {
      bad_count.Add([&] {
        return Id("order_id", order_id[row]) + ": items_count " + std::to_string(items_count[row]) +
               ", " + std::to_string(item_count[row]) + " order_items rows";
      });
    }
    if (shipping[row] == kNullInt || tax[row] == kNullInt || total[row] == kNullInt) continue;
    const int64_t expected = line_sum[row] + shipping[row] + tax[row];
    if (total[row] != expected) {
      bad_total.Add([&] {
        return Id("order_id", order_id[row]) + ": total_amount " + FormatCents(total[row]) +
               ", lines+shipping+tax " + FormatCents(expected);
      });
    }
  }
  bad_count.Report(checks, kIntegrityGroup, "orders.items_count");
  bad_total.Report(checks, kIntegrityGroup, "orders.total_amount");
}

void CheckRanges(const RunTables& tables, CheckList& checks) {
  if (const LoadedTable* products = tables.get(TableId::kProducts)) {
    const auto& id = products->col("product_id").ints;
    const auto& list_price = products->col("list_price").ints;
    const auto& unit_cost = products->col("unit_cost").ints;
    Violations bad;
    for (size_t row = 0; row < id.size(); ++row) {
      if (unit_cost[row] == kNullInt || list_price[row] == kNullInt) continue;
      if (unit_cost[row] >= list_price[row]) {
        bad.Add([&] {
          return Id("product_id", id[row]) + ": unit_cost " + FormatCents(unit_cost[row]) +
                 " >= list_price " + FormatCents(list_price[row]);
        });
      }
    }
    bad.Report(checks, kIntegrityGroup, "products.unit_cost < list_price");
  }
  if (const LoadedTable* campaigns = tables.get(TableId::kCampaigns)) {
    const auto& id = campaigns->col("campaign_id").ints;
    const auto& impressions = campaigns->col("impressions").ints;
    const auto& clicks = campaigns->col("clicks").ints;
    const auto& conversions = campaigns->col("conversions").ints;
    Violations bad;
    for (size_t row = 0; row < id.size(); ++row) {
      if (impressions[row] == kNullInt || clicks[row] == kNullInt || conversions[row] == kNullInt) {
        continue;
      }
      if (clicks[row] > impressions[row] || conversions[row] > clicks[row]) {
        bad.Add([&] {
          return Id("campaign_id", id[row]) + ": " + std::to_string(impressions[row]) + "/" +
                 std::to_string(clicks[row]) + "/" + std::to_string(conversions[row]);
        });
      }
    }
    bad.Report(checks, kIntegrityGroup, "campaigns conversions <= clicks <= impressions");
  }
  if (const LoadedTable* suppliers = tables.get(TableId::kSuppliers)) {
    const auto& id = suppliers->col("supplier_id").ints;
    for (std::string_view name : {"reliability_score", "on_time_rate"}) {
      const auto& values = suppliers->col(name).doubles;
      Violations bad;
      for (size_t row = 0; row < id.size(); ++row) {
        if (!(values[row] >= 0 && values[row] <= 1) && !suppliers->col(name).is_null(row)) {
          bad.Add([&] { return Id("supplier_id", id[row]) + ": " + std::to_string(values[row]); });
        }
      }
      bad.Report(checks, kIntegrityGroup, "suppliers." + std::string(name) + " in 0..1");
    }
  }
  if (const LoadedTable* tickets = tables.get(TableId::kSupportTickets)) {
    const auto& id = tickets->col("ticket_id").ints;
    const auto& csat = tickets->col("csat_score").ints;
    Violations bad;
    for (size_t row = 0; row < id.size(); ++row) {
      if (csat[row] != kNullInt && (csat[row] < 1 || csat[row] > 5)) {
        bad.Add(
            [&] { return Id("ticket_id", id[row]) + ": csat_score " + std::to_string(csat[row]); });
      }
    }
    bad.Report(checks, kIntegrityGroup, "support_tickets.csat_score 1..5 or NULL");
  }
}

}  // namespace ecomgen::validate
