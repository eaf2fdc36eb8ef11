#include "tables/schemas.h"

#include <array>

#include "core/vocab.h"
#include "pools/market_pools.h"
#include "pools/product_pools.h"
#include "pools/supplier_pools.h"

namespace ecomgen {
namespace {

using T = ColumnType;

template <size_t N>
std::span<const std::string_view> Dict(const std::array<std::string_view, N>& values) {
  return std::span<const std::string_view>(values.data(), values.size());
}

ColumnSpec Col(std::string_view name, ColumnType type, bool nullable = false) {
  return ColumnSpec{name, type, nullable, 0, {}};
}
ColumnSpec Real(std::string_view name, int decimals, bool nullable = false) {
  return ColumnSpec{name, T::kDouble, nullable, decimals, {}};
}
ColumnSpec Enum(std::string_view name, std::span<const std::string_view> dictionary,
                bool nullable = false) {
  return ColumnSpec{name, T::kEnum, nullable, 0, dictionary};
}

Schema Customers() {
  return {TableId::kCustomers,
          {Col("customer_id", T::kInt64), Col("first_name", T::kString),
           Col("last_name", T::kString), Enum("gender", Dict(vocab::kGender)),
           Col("email", T::kString), Col("phone", T::kString), Col("birth_date", T::kDate),
           Enum("generation", Dict(vocab::kGeneration)), Enum("city", AllCityNames()),
           Enum("region", AllRegionNames()), Enum("country", Dict(vocab::kCountry)),
           Col("signup_ts", T::kTimestamp), Col("churned_ts", T::kTimestamp, true),
           Enum("acquisition_channel", Dict(vocab::kAcquisition)),
           Enum("preferred_channel", Dict(vocab::kChannel)),
           Enum("preferred_payment_method", Dict(vocab::kPayment)),
           Enum("preferred_support_channel", Dict(vocab::kSupportChannel))}};
}

Schema Suppliers() {
  return {TableId::kSuppliers,
          {Col("supplier_id", T::kInt64), Col("name", T::kString),
           Enum("country", AllSupplierCountries()), Real("reliability_score", 3),
           Real("on_time_rate", 3), Real("avg_lead_time_days", 1)}};
}

Schema Products() {
  return {
      TableId::kProducts,
      {Col("product_id", T::kInt64), Col("sku", T::kString), Col("name", T::kString),
       Enum("category", ProductCategoryNames()), Col("brand", T::kString),
       Col("supplier_id", T::kInt64), Col("list_price", T::kDecimal), Col("unit_cost", T::kDecimal),
       Col("stock_quantity", T::kInt64), Col("launch_date", T::kDate)}};
}

Schema Campaigns() {
  return {
      TableId::kCampaigns,
      {Col("campaign_id", T::kInt64), Col("name", T::kString),
       Enum("campaign_type", Dict(vocab::kCampaignType)),
       Enum("channel", Dict(vocab::kCampaignChannel)), Col("start_ts", T::kTimestamp),
       Col("end_ts", T::kTimestamp), Col("discount_pct", T::kDecimal),
       Col("target_categories", T::kString), Col("budget", T::kDecimal), Col("spend", T::kDecimal),
       Col("impressions", T::kInt64), Col("clicks", T::kInt64), Col("conversions", T::kInt64)}};
}

Schema Orders() {
  return {
      TableId::kOrders,
      {Col("order_id", T::kInt64), Col("customer_id", T::kInt64), Col("order_ts", T::kTimestamp),
       Enum("channel", Dict(vocab::kChannel)), Enum("payment_method", Dict(vocab::kPayment)),
       Enum("payment_status", Dict(vocab::kPaymentStatus)),
       Enum("order_status", Dict(vocab::kOrderStatus)), Col("campaign_id", T::kInt64, true),
       Col("items_count", T::kInt32), Col("subtotal", T::kDecimal),
       Col("discount_amount", T::kDecimal), Col("shipping_fee", T::kDecimal),
       Col("tax_amount", T::kDecimal), Col("total_amount", T::kDecimal),
       Enum("currency", Dict(vocab::kCurrency)), Enum("region", AllRegionNames()),
       Col("promised_delivery_date", T::kDate, true), Col("delivered_ts", T::kTimestamp, true)}};
}

Schema OrderItems() {
  return {TableId::kOrderItems,
          {Col("order_item_id", T::kInt64), Col("order_id", T::kInt64),
           Col("product_id", T::kInt64), Col("quantity", T::kInt32), Col("unit_price", T::kDecimal),
           Col("discount_pct", T::kDecimal), Col("line_total", T::kDecimal)}};
}

Schema SupportTickets() {
  return {
      TableId::kSupportTickets,
      {Col("ticket_id", T::kInt64), Col("customer_id", T::kInt64), Col("order_id", T::kInt64, true),
       Col("created_ts", T::kTimestamp), Enum("channel", Dict(vocab::kSupportChannel)),
       Enum("category", Dict(vocab::kTicketCategory)),
       Enum("priority", Dict(vocab::kTicketPriority)), Enum("status", Dict(vocab::kTicketStatus)),
       Col("first_response_minutes", T::kInt32), Real("resolution_hours", 1, true),
       Col("sla_breached", T::kBool), Col("csat_score", T::kInt32, true)}};
}

Schema CartAbandonment() {
  return {TableId::kCartAbandonment,
          {Col("cart_id", T::kInt64), Col("customer_id", T::kInt64, true),
           Col("abandoned_ts", T::kTimestamp), Enum("channel", Dict(vocab::kChannel)),
           Col("items_count", T::kInt32), Col("cart_value", T::kDecimal),
           Enum("abandonment_stage", Dict(vocab::kCartStage)),
           Enum("reason", Dict(vocab::kCartReason)), Col("recovered", T::kBool)}};
}

Schema Returns() {
  return {TableId::kReturns,
          {Col("return_id", T::kInt64), Col("order_id", T::kInt64), Col("order_item_id", T::kInt64),
           Col("customer_id", T::kInt64), Col("product_id", T::kInt64),
           Col("requested_ts", T::kTimestamp), Enum("reason", Dict(vocab::kReturnReason)),
           Enum("status", Dict(vocab::kReturnStatus)), Col("refund_amount", T::kDecimal),
           Col("processing_days", T::kInt32)}};
}

Schema SystemMetrics() {
  return {TableId::kSystemMetrics,
          {Col("metric_ts", T::kTimestamp), Col("active_sessions", T::kInt64),
           Real("requests_per_second", 1), Col("orders_count", T::kInt64),
           Col("payment_attempts", T::kInt64), Real("payment_success_rate", 4, true),
           Col("cart_abandonments", T::kInt64), Real("error_rate", 4), Real("p50_latency_ms", 1),
           Real("p95_latency_ms", 1), Real("p99_latency_ms", 1), Real("cpu_utilization_pct", 1)}};
}

}  // namespace

const Schema& SchemaFor(TableId table) {
  static const std::array<Schema, kTableCount> kSchemas = {
      Customers(),  Suppliers(),      Products(),        Campaigns(), Orders(),
      OrderItems(), SupportTickets(), CartAbandonment(), Returns(),   SystemMetrics()};
  return kSchemas[static_cast<size_t>(table)];
}

}  // namespace ecomgen
