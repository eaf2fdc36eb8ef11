#include "validate/run_tables.h"

#include <string>

#include "core/vocab.h"

namespace ecomgen::validate {

namespace {

using K = ValueKind;

constexpr ColumnRequest kCustomers[] = {
    {"customer_id", K::kInt},
    {"first_name", K::kCode},
    {"gender", K::kCode, vocab::kGender},
    {"email", K::kHash},
    {"generation", K::kCode, vocab::kGeneration},
    {"region", K::kCode},
    {"signup_ts", K::kTimestamp},
    {"churned_ts", K::kTimestamp},
    {"acquisition_channel", K::kCode, vocab::kAcquisition},
    {"preferred_channel", K::kCode, vocab::kChannel},
    {"preferred_payment_method", K::kCode, vocab::kPayment},
    {"preferred_support_channel", K::kCode, vocab::kSupportChannel},
};
constexpr ColumnRequest kSuppliers[] = {
    {"supplier_id", K::kInt},
    {"reliability_score", K::kDouble},
    {"on_time_rate", K::kDouble},
};
constexpr ColumnRequest kProducts[] = {
    {"product_id", K::kInt},  {"sku", K::kHash},         {"category", K::kCode},
    {"supplier_id", K::kInt}, {"list_price", K::kCents}, {"unit_cost", K::kCents},
};
constexpr ColumnRequest kCampaigns[] = {
    {"campaign_id", K::kInt},    {"campaign_type", K::kCode}, {"channel", K::kCode},
    {"start_ts", K::kTimestamp}, {"end_ts", K::kTimestamp},   {"impressions", K::kInt},
    {"clicks", K::kInt},         {"conversions", K::kInt},
};
constexpr ColumnRequest kOrders[] = {
    {"order_id", K::kInt},
    {"customer_id", K::kInt},
    {"order_ts", K::kTimestamp},
    {"channel", K::kCode, vocab::kChannel},
    {"payment_method", K::kCode, vocab::kPayment},
    {"payment_status", K::kCode, vocab::kPaymentStatus},
    {"order_status", K::kCode},
    {"campaign_id", K::kInt},
    {"items_count", K::kInt},
    {"shipping_fee", K::kCents},
    {"tax_amount", K::kCents},
    {"total_amount", K::kCents},
    {"region", K::kCode},
    {"promised_delivery_date", K::kDate},
    {"delivered_ts", K::kTimestamp},
};
constexpr ColumnRequest kOrderItems[] = {
    {"order_item_id", K::kInt}, {"order_id", K::kInt},     {"product_id", K::kInt},
    {"quantity", K::kInt},      {"unit_price", K::kCents}, {"discount_pct", K::kPercent},
    {"line_total", K::kCents},
};
constexpr ColumnRequest kSupportTickets[] = {
    {"ticket_id", K::kInt},
    {"customer_id", K::kInt},
    {"order_id", K::kInt},
    {"created_ts", K::kTimestamp},
    {"channel", K::kCode, vocab::kSupportChannel},
    {"category", K::kCode},
    {"priority", K::kCode},
    {"status", K::kCode},
    {"csat_score", K::kInt},
};
constexpr ColumnRequest kCartAbandonment[] = {
    {"cart_id", K::kInt},
    {"customer_id", K::kInt},
    {"abandoned_ts", K::kTimestamp},
    {"channel", K::kCode, vocab::kChannel},
    {"abandonment_stage", K::kCode},
    {"reason", K::kCode},
};
constexpr ColumnRequest kReturns[] = {
    {"return_id", K::kInt},       {"order_id", K::kInt},
    {"order_item_id", K::kInt},   {"customer_id", K::kInt},
    {"product_id", K::kInt},      {"requested_ts", K::kTimestamp},
    {"reason", K::kCode},         {"status", K::kCode},
    {"refund_amount", K::kCents}, {"processing_days", K::kDouble},
};
constexpr ColumnRequest kSystemMetrics[] = {
    {"metric_ts", K::kTimestamp},
    {"orders_count", K::kInt},
    {"cart_abandonments", K::kInt},
    {"p95_latency_ms", K::kDouble},
};

constexpr std::string_view kCustomersRequired[] = {"customer_id",
                                                   "first_name",
                                                   "last_name",
                                                   "email",
                                                   "phone",
                                                   "birth_date",
                                                   "generation",
                                                   "city",
                                                   "region",
                                                   "country",
                                                   "signup_ts",
                                                   "acquisition_channel",
                                                   "preferred_channel",
                                                   "preferred_payment_method",
                                                   "preferred_support_channel"};
constexpr std::string_view kSuppliersRequired[] = {
    "supplier_id", "name", "country", "reliability_score", "on_time_rate", "avg_lead_time_days"};
constexpr std::string_view kProductsRequired[] = {
    "product_id",  "sku",        "name",      "category",       "brand",
    "supplier_id", "list_price", "unit_cost", "stock_quantity", "launch_date"};
constexpr std::string_view kCampaignsRequired[] = {
    "campaign_id", "name",         "campaign_type",     "channel", "start_ts",
    "end_ts",      "discount_pct", "target_categories", "budget",  "spend",
    "impressions", "clicks",       "conversions"};
constexpr std::string_view kOrdersRequired[] = {"order_id",
                                                "customer_id",
                                                "order_ts",
                                                "channel",
                                                "payment_method",
                                                "payment_status",
                                                "order_status",
                                                "campaign_id",
                                                "items_count",
                                                "subtotal",
                                                "discount_amount",
                                                "shipping_fee",
                                                "tax_amount",
                                                "total_amount",
                                                "currency",
                                                "region",
                                                "promised_delivery_date",
                                                "delivered_ts"};
constexpr std::string_view kOrderItemsRequired[] = {"order_item_id", "order_id",   "product_id",
                                                    "quantity",      "unit_price", "discount_pct",
                                                    "line_total"};
constexpr std::string_view kSupportTicketsRequired[] = {
    "ticket_id",        "customer_id",  "order_id",
    "created_ts",       "channel",      "category",
    "priority",         "status",       "first_response_minutes",
    "resolution_hours", "sla_breached", "csat_score"};
constexpr std::string_view kCartAbandonmentRequired[] = {
    "cart_id",    "customer_id",       "abandoned_ts", "channel",  "items_count",
    "cart_value", "abandonment_stage", "reason",       "recovered"};
constexpr std::string_view kReturnsRequired[] = {
    "return_id",    "order_id", "order_item_id", "customer_id",   "product_id",
    "requested_ts", "reason",   "status",        "refund_amount", "processing_days"};
constexpr std::string_view kSystemMetricsRequired[] = {
    "metric_ts",        "active_sessions",      "requests_per_second", "orders_count",
    "payment_attempts", "payment_success_rate", "cart_abandonments",   "error_rate",
    "p50_latency_ms",   "p95_latency_ms",       "p99_latency_ms",      "cpu_utilization_pct"};

constexpr VocabularyColumn kVocabularyColumns[] = {
    {TableId::kCustomers, "generation", VocabularyRule::kClosed},
    {TableId::kCustomers, "gender", VocabularyRule::kClosed},
    {TableId::kCustomers, "acquisition_channel", VocabularyRule::kClosed},
    {TableId::kCustomers, "preferred_channel", VocabularyRule::kClosed},
    {TableId::kCustomers, "preferred_payment_method", VocabularyRule::kSnakeCase},
    {TableId::kCustomers, "preferred_support_channel", VocabularyRule::kClosed},
    {TableId::kProducts, "category", VocabularyRule::kSnakeCase},
    {TableId::kCampaigns, "campaign_type", VocabularyRule::kSnakeCase},
    {TableId::kCampaigns, "channel", VocabularyRule::kSnakeCase},
    {TableId::kOrders, "channel", VocabularyRule::kClosed},
    // "card, bnpl, upi, cod (others may be added)": open, but lower_snake_case.
    {TableId::kOrders, "payment_method", VocabularyRule::kSnakeCase},
    {TableId::kOrders, "payment_status", VocabularyRule::kClosed},
    {TableId::kOrders, "order_status", VocabularyRule::kSnakeCase},
    {TableId::kSupportTickets, "channel", VocabularyRule::kClosed},
    {TableId::kSupportTickets, "category", VocabularyRule::kSnakeCase},
    {TableId::kSupportTickets, "priority", VocabularyRule::kSnakeCase},
    {TableId::kSupportTickets, "status", VocabularyRule::kSnakeCase},
    {TableId::kCartAbandonment, "channel", VocabularyRule::kClosed},
    {TableId::kCartAbandonment, "abandonment_stage", VocabularyRule::kSnakeCase},
    {TableId::kCartAbandonment, "reason", VocabularyRule::kSnakeCase},
    {TableId::kReturns, "reason", VocabularyRule::kSnakeCase},
    {TableId::kReturns, "status", VocabularyRule::kSnakeCase},
};

// One row per table whose cells are all in their declared formats, else one FAIL per column
// naming its first defective cell.
void ReportFormats(const LoadedTable& loaded, CheckList* checks) {
  constexpr std::string_view kFormatGroup = "formats";
  const std::string name(TableName(loaded.table));
  if (loaded.format_findings.empty()) {
    checks->Add(kFormatGroup, name + " formats", "every cell as declared", "all as declared", true);
    return;
  }
  for (const FormatFinding& finding : loaded.format_findings) {
    std::string actual = finding.first;
    if (finding.count > 1) actual += " (" + std::to_string(finding.count) + " in all)";
    checks->Add(kFormatGroup, name + "." + finding.column + " format", finding.expected,
                std::move(actual), false);
  }
}

}  // namespace

std::span<const ColumnRequest> TableRequest(TableId table) {
  switch (table) {
    case TableId::kCustomers:
      return kCustomers;
    case TableId::kSuppliers:
      return kSuppliers;
    case TableId::kProducts:
      return kProducts;
    case TableId::kCampaigns:
      return kCampaigns;
    case TableId::kOrders:
      return kOrders;
    case TableId::kOrderItems:
      return kOrderItems;
    case TableId::kSupportTickets:
      return kSupportTickets;
    case TableId::kCartAbandonment:
      return kCartAbandonment;
    case TableId::kReturns:
      return kReturns;
    case TableId::kSystemMetrics:
      return kSystemMetrics;
  }
  return {};
}

std::span<const std::string_view> RequiredColumns(TableId table) {
  switch (table) {
    case TableId::kCustomers:
      return kCustomersRequired;
    case TableId::kSuppliers:
      return kSuppliersRequired;
    case TableId::kProducts:
      return kProductsRequired;
    case TableId::kCampaigns:
      return kCampaignsRequired;
    case TableId::kOrders:
      return kOrdersRequired;
    case TableId::kOrderItems:
      return kOrderItemsRequired;
    case TableId::kSupportTickets:
      return kSupportTicketsRequired;
    case TableId::kCartAbandonment:
      return kCartAbandonmentRequired;
    case TableId::kReturns:
      return kReturnsRequired;
    case TableId::kSystemMetrics:
      return kSystemMetricsRequired;
  }
  return {};
}

std::span<const VocabularyColumn> VocabularyColumns() { return kVocabularyColumns; }

Result<RunTables> LoadRunTables(TableSource& source, std::span<const TableId> which,
                                CheckList* checks) {
  constexpr std::string_view kGroup = "tables";
  RunTables run;
  for (TableId table : which) {
    const std::string name(TableName(table));
    if (!source.HasTable(table)) {
      if (checks != nullptr) {
        checks->Skip(kGroup, name + " file", "present", "missing: checks that need it SKIP");
      }
      continue;
    }
    Result<LoadedTable> loaded = source.ReadTable(table, TableRequest(table));
    if (!loaded) return loaded.error();
    run.file_rows[static_cast<size_t>(table)] = loaded->rows;
    if (checks != nullptr && loaded->formats_checked) ReportFormats(*loaded, checks);
    std::string missing;
    for (std::string_view column : RequiredColumns(table)) {
      if (!loaded->HasHeaderColumn(column))
        missing += (missing.empty() ? "" : ",") + std::string(column);
    }
    if (checks != nullptr) {
      checks->Add(kGroup, name + " required columns", "all present",
                  missing.empty() ? "all present" : "missing " + missing, missing.empty());
    }
    if (!missing.empty()) continue;
    run.tables[static_cast<size_t>(table)] = std::move(*loaded);
  }
  return run;
}

}  // namespace ecomgen::validate
