#include "ddl/column_docs.h"

#include <array>

namespace ecomgen::ddl {
namespace {

// The descriptions follow docs/schema.md; money is in the market's currency (INR, or USD for
// the US market), two decimals.
constexpr ColumnDoc kDocs[] = {
    {"customers", "customer_id", "Customer key, 1-based, in signup order"},
    {"customers", "first_name", "Given name"},
    {"customers", "last_name", "Family name"},
    {"customers", "gender",
     "female, male or undisclosed; the first name is one given to that gender"},
    {"customers", "email", "Unique email address, first.last<id>@domain"},
    {"customers", "phone", "Phone number in the market's format"},
    {"customers", "birth_date", "Date of birth"},
    {"customers", "generation", "Generation cohort: gen_z, millennial, gen_x or boomer"},
    {"customers", "city", "City of residence"},
    {"customers", "region", "Region of the city"},
    {"customers", "country", "Country of the market"},
    {"customers", "signup_ts",
     "Signup time (UTC); the base (alive at the window start) signed up before the window, the "
     "rest during it"},
    {"customers", "churned_ts",
     "When the customer lapsed for good (UTC); NULL if still active at the window end"},
    {"customers", "acquisition_channel", "How the customer was acquired"},
    {"customers", "preferred_channel", "Shopping channel the customer prefers"},
    {"customers", "preferred_payment_method", "Payment method the customer prefers"},
    {"customers", "preferred_support_channel", "Support channel the customer prefers"},

    {"suppliers", "supplier_id",
     "Supplier key, 1-based; supplier 1 is the primary supplier (about 10% of the catalogue)"},
    {"suppliers", "name", "Supplier name"},
    {"suppliers", "country", "Country the supplier ships from"},
    {"suppliers", "reliability_score", "Reliability score in 0..1, drawn from Beta(8,2)"},
    {"suppliers", "on_time_rate", "Share of shipments on time, 0..1"},
    {"suppliers", "avg_lead_time_days", "Mean lead time in days"},

    {"products", "product_id", "Product key, 1-based"},
    {"products", "sku", "Unique stock-keeping unit code"},
    {"products", "name", "Product name"},
    {"products", "category", "Product category"},
    {"products", "brand", "Brand name"},
    {"products", "supplier_id", "Supplier of the product (suppliers.supplier_id)"},
    {"products", "list_price", "List price, log-normal per category"},
    {"products", "unit_cost", "Unit cost, below list_price"},
    {"products", "stock_quantity", "Units in stock"},
    {"products", "launch_date", "Date the product was launched"},

    {"campaigns", "campaign_id", "Campaign key, 1-based"},
    {"campaigns", "name", "Campaign name"},
    {"campaigns", "campaign_type", "Kind of campaign"},
    {"campaigns", "channel", "Marketing channel the campaign runs on"},
    {"campaigns", "start_ts", "Campaign start (UTC)"},
    {"campaigns", "end_ts", "Campaign end (UTC)"},
    {"campaigns", "discount_pct", "Discount the campaign offers, percent"},
    {"campaigns", "target_categories", "Product categories targeted, comma-separated"},
    {"campaigns", "budget", "Planned budget"},
    {"campaigns", "spend", "Amount spent"},
    {"campaigns", "impressions", "Ad impressions"},
    {"campaigns", "clicks", "Clicks, at most impressions"},
    {"campaigns", "conversions", "Orders the plan expects the campaign to convert, at most clicks"},

    {"orders", "order_id", "Order key, 1-based, in time order"},
    {"orders", "customer_id", "Customer who placed the order (customers.customer_id)"},
    {"orders", "order_ts", "Time the order was placed (UTC)"},
    {"orders", "channel", "Channel the order was placed on"},
    {"orders", "payment_method", "Payment method used"},
    {"orders", "payment_status", "Whether payment succeeded: success or failed"},
    {"orders", "order_status", "Final state of the order"},
    {"orders", "campaign_id", "Campaign that drove the order (campaigns.campaign_id); NULL: none"},
    {"orders", "items_count", "Number of order_items rows of the order"},
    {"orders", "subtotal", "Sum of the line_total of the order's items"},
    {"orders", "discount_amount", "List value of the items minus subtotal"},
    {"orders", "shipping_fee", "Shipping fee"},
    {"orders", "tax_amount", "Tax"},
    {"orders", "total_amount", "subtotal + shipping_fee + tax_amount"},
    {"orders", "currency", "Currency of the money columns"},
    {"orders", "region", "Region the order ships to"},
    {"orders", "promised_delivery_date",
     "Delivery date promised at checkout; NULL when payment failed"},
    {"orders", "delivered_ts",
     "Delivery time (UTC), may fall after the window; NULL when never delivered"},

    {"order_items", "order_item_id", "Order item key: order_id * 100 + line number (1..8)"},
    {"order_items", "order_id", "Order of the line (orders.order_id)"},
    {"order_items", "product_id", "Product bought (products.product_id)"},
    {"order_items", "quantity", "Units bought, at least 1"},
    {"order_items", "unit_price", "Price per unit before discount"},
    {"order_items", "discount_pct", "Discount on the line, percent (0..100)"},
    {"order_items", "line_total",
     "round(quantity * unit_price * (1 - discount_pct/100), 2), half up"},

    {"support_tickets", "ticket_id", "Ticket key, 1-based"},
    {"support_tickets", "customer_id", "Customer who opened the ticket (customers.customer_id)"},
    {"support_tickets", "order_id",
     "Order the ticket is about (orders.order_id); NULL: not about an order"},
    {"support_tickets", "created_ts", "Time the ticket was opened (UTC)"},
    {"support_tickets", "channel", "Support channel used"},
    {"support_tickets", "category", "Topic of the ticket"},
    {"support_tickets", "priority", "Priority"},
    {"support_tickets", "status", "Current status"},
    {"support_tickets", "first_response_minutes", "Minutes until the first response"},
    {"support_tickets", "resolution_hours", "Hours until resolution; NULL: unresolved"},
    {"support_tickets", "sla_breached", "Whether the service-level target was missed"},
    {"support_tickets", "csat_score", "Satisfaction score 1..5; NULL: no survey answer"},

    {"cart_abandonment", "cart_id", "Cart key, 1-based"},
    {"cart_abandonment", "customer_id",
     "Customer of the cart (customers.customer_id); NULL: guest"},
    {"cart_abandonment", "abandoned_ts", "Time the cart was abandoned (UTC)"},
    {"cart_abandonment", "channel", "Channel of the session"},
    {"cart_abandonment", "items_count", "Items in the cart"},
    {"cart_abandonment", "cart_value", "Value of the cart"},
    {"cart_abandonment", "abandonment_stage", "Checkout step where the cart was left"},
    {"cart_abandonment", "reason", "Reason the cart was left"},
    {"cart_abandonment", "recovered", "Whether the cart was later recovered"},

    {"returns", "return_id",
     "Return key: the order_item_id returned; one row per returned line of a delivered order"},
    {"returns", "order_id", "Order returned from (orders.order_id)"},
    {"returns", "order_item_id", "Line returned (order_items.order_item_id)"},
    {"returns", "customer_id", "Customer returning (customers.customer_id)"},
    {"returns", "product_id", "Product returned (products.product_id)"},
    {"returns", "requested_ts", "Time the return was requested (UTC), after delivery"},
    {"returns", "reason", "Reason for the return"},
    {"returns", "status", "Outcome of the return"},
    {"returns", "refund_amount", "Amount refunded, at most the line_total"},
    {"returns", "processing_days", "Days taken to process the return"},

    {"system_metrics", "metric_ts", "Start of the one-minute bucket (UTC)"},
    {"system_metrics", "active_sessions", "Active sessions in the minute"},
    {"system_metrics", "requests_per_second", "Mean requests per second"},
    {"system_metrics", "orders_count", "Orders placed in the minute (equals the orders rows)"},
    {"system_metrics", "payment_attempts", "Payment attempts in the minute"},
    {"system_metrics", "payment_success_rate",
     "Share of payment attempts that succeeded; NULL: no attempts"},
    {"system_metrics", "cart_abandonments",
     "Carts abandoned in the minute (equals the cart_abandonment rows)"},
    {"system_metrics", "error_rate", "Share of requests that failed"},
    {"system_metrics", "p50_latency_ms", "Median request latency, milliseconds"},
    {"system_metrics", "p95_latency_ms", "95th percentile request latency, milliseconds"},
    {"system_metrics", "p99_latency_ms", "99th percentile request latency, milliseconds"},
    {"system_metrics", "cpu_utilization_pct", "Mean CPU utilisation, percent"},
};

constexpr std::array<std::string_view, kTableCount> kTableDescriptions = {
    "One row per customer active at some time in the window",
    "One row per supplier",
    "One row per product of the catalogue",
    "One row per marketing campaign",
    "One row per order placed in the window, followed to the end of its life",
    "One row per line of an order",
    "One row per support ticket opened in the window",
    "One row per cart abandoned in the window",
    "One row per returned order line",
    "One row per minute of the window",
};

constexpr std::array<std::string_view, kTableCount> kPrimaryKeys = {
    "customer_id",   "supplier_id", "product_id", "campaign_id", "order_id",
    "order_item_id", "ticket_id",   "cart_id",    "return_id",   "metric_ts",
};

constexpr ForeignKey kForeignKeys[] = {
    {"products", "supplier_id", "suppliers", "supplier_id"},
    {"orders", "customer_id", "customers", "customer_id"},
    {"orders", "campaign_id", "campaigns", "campaign_id"},
    {"order_items", "order_id", "orders", "order_id"},
    {"order_items", "product_id", "products", "product_id"},
    {"support_tickets", "customer_id", "customers", "customer_id"},
    {"support_tickets", "order_id", "orders", "order_id"},
    {"cart_abandonment", "customer_id", "customers", "customer_id"},
    {"returns", "order_id", "orders", "order_id"},
    {"returns", "order_item_id", "order_items", "order_item_id"},
    {"returns", "customer_id", "customers", "customer_id"},
    {"returns", "product_id", "products", "product_id"},
};

constexpr UniqueColumn kUniqueColumns[] = {{"customers", "email"}, {"products", "sku"}};

}  // namespace

std::span<const ColumnDoc> ColumnDocs() { return kDocs; }

std::optional<std::string_view> ColumnDescription(std::string_view table, std::string_view column) {
  for (const ColumnDoc& doc : kDocs) {
    if (doc.table == table && doc.column == column) return doc.description;
  }
  return std::nullopt;
}

std::string_view TableDescription(TableId table) {
  return kTableDescriptions[static_cast<size_t>(table)];
}

std::string_view PrimaryKey(TableId table) { return kPrimaryKeys[static_cast<size_t>(table)]; }

std::span<const ForeignKey> ForeignKeys() { return kForeignKeys; }

std::span<const UniqueColumn> UniqueColumns() { return kUniqueColumns; }

}  // namespace ecomgen::ddl
