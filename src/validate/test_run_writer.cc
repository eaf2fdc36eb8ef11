#include "validate/test_run_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <limits>
#include <memory>

#include "batch/batch.h"
#include "batch/schema.h"
#include "sinks/file/output_file.h"
#include "tables/schemas.h"
#include "validate/value_parse.h"

namespace ecomgen::validate::testing {

namespace {

size_t ColumnIndex(const TextTable& table, std::string_view column) {
  for (size_t idx = 0; idx < table.header.size(); ++idx) {
    if (table.header[idx] == column) return idx;
  }
  ADD_FAILURE() << "no column " << column;
  return 0;
}

std::string Quote(const std::string& cell) {
  if (cell.find_first_of(",\"\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

TextTable Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  return TextTable{std::move(header), std::move(rows)};
}

// Parses `text` as a value of `type`; appends it to `out` unless that is null.
bool AppendTyped(ColumnType type, std::string_view text, Column* out) {
  int64_t value = 0;
  bool ok = false;
  switch (type) {
    case ColumnType::kInt64:
    case ColumnType::kInt32:
      ok = ParseInt64(text, &value);
      break;
    case ColumnType::kDecimal:
      ok = ParseCents(text, &value);
      break;
    case ColumnType::kTimestamp:
      ok = ParseTimestampUs(text, &value);
      break;
    case ColumnType::kDate:
      ok = ParseDateDays(text, &value);
      break;
    case ColumnType::kBool: {
      bool flag = false;
      ok = ParseBool(text, &flag);
      value = flag ? 1 : 0;
      break;
    }
    case ColumnType::kDouble: {
      // "nan" and "inf" too, so that a test can put such doubles into a Parquet file.
      double number = 0;
      if (text == "nan") {
        number = std::numeric_limits<double>::quiet_NaN();
      } else if (text == "inf") {
        number = std::numeric_limits<double>::infinity();
      } else if (!ParseDouble(text, &number)) {
        return false;
      }
      if (out != nullptr) out->AppendDouble(number);
      return true;
    }
    case ColumnType::kString:
    case ColumnType::kEnum:
      if (out != nullptr) out->AppendString(text);
      return true;
  }
  if (ok && out != nullptr) out->AppendInt(value);
  return ok;
}

// The Parquet column for `text`'s column `col_idx` (see the header comment).
ColumnSpec ParquetColumn(const TextTable& text, TableId table, size_t col_idx) {
  const Schema& schema = SchemaFor(table);
  const int field_idx = schema.IndexOf(text.header[col_idx]);
  ColumnType type =
      field_idx < 0 ? ColumnType::kInt64 : schema.columns[static_cast<size_t>(field_idx)].type;
  if (type == ColumnType::kEnum) type = ColumnType::kString;
  bool nullable = false;
  for (const auto& row : text.rows) nullable = nullable || row.at(col_idx).empty();
  // The first of the schema's type, INT64 and STRING that every cell parses as.
  for (const ColumnType candidate : {type, ColumnType::kInt64, ColumnType::kString}) {
    bool all_parse = true;
    for (const auto& row : text.rows) {
      const std::string& cell = row.at(col_idx);
      if (!cell.empty() && !AppendTyped(candidate, cell, nullptr)) all_parse = false;
    }
    if (all_parse) return ColumnSpec{text.header[col_idx], candidate, nullable, 0, {}};
  }
  return ColumnSpec{text.header[col_idx], ColumnType::kString, nullable, 0, {}};
}

void WriteParquetTable(const TextTable& text, TableId table, const std::filesystem::path& path) {
  Schema schema;
  schema.table = table;
  for (size_t col_idx = 0; col_idx < text.header.size(); ++col_idx) {
    schema.columns.push_back(ParquetColumn(text, table, col_idx));
  }
  Batch batch(schema, text.rows.size());
  for (const auto& row : text.rows) {
    for (size_t col_idx = 0; col_idx < schema.size(); ++col_idx) {
      const std::string& cell = row.at(col_idx);
      if (cell.empty()) {
        batch.col(col_idx).AppendNull();
      } else if (!AppendTyped(schema.columns[col_idx].type, cell, &batch.col(col_idx))) {
        ADD_FAILURE() << "cell " << cell << " does not parse";
      }
    }
  }
  FormatOptions options;
  options.format = OutputFormat::kParquet;
  const std::unique_ptr<Format> format = MakeFormat(options);
  const std::unique_ptr<ChunkEncoder> encoder = format->NewEncoder(schema);
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFile(path.string());
  ASSERT_TRUE(file) << file.error().message();
  const std::unique_ptr<TableWriter> writer = format->NewWriter(schema, std::move(*file));
  EncodedChunk chunk;
  encoder->Encode(batch, chunk);
  const Status appended = writer->Append(chunk);
  EXPECT_TRUE(appended.ok()) << appended.message();
  const Status finished = writer->Finish();
  EXPECT_TRUE(finished.ok()) << finished.message();
}

}  // namespace

void TextTable::Set(size_t row, std::string_view column, std::string value) {
  rows.at(row).at(ColumnIndex(*this, column)) = std::move(value);
}

const std::string& TextTable::Get(size_t row, std::string_view column) const {
  return rows.at(row).at(ColumnIndex(*this, column));
}

std::string TextTable::ToCsv() const {
  std::string text;
  auto append = [&text](const std::vector<std::string>& cells) {
    for (size_t idx = 0; idx < cells.size(); ++idx) {
      if (idx > 0) text += ',';
      text += Quote(cells[idx]);
    }
    text += '\n';
  };
  append(header);
  for (const auto& row : rows) append(row);
  return text;
}

std::string TestRun::WriteTable(const std::filesystem::path& dir, TableId table,
                                OutputFormat format_to_use) const {
  const TextTable& text = tables.at(table);
  const bool parquet = format_to_use == OutputFormat::kParquet;
  std::string name = prefix + "_" + std::string(TableName(table)) + "." +
                     std::string(FormatInfo(format_to_use).extension);
  if (parquet) {
    WriteParquetTable(text, table, dir / name);
  } else {
    std::ofstream file(dir / name, std::ios::binary);
    file << text.ToCsv();
  }
  return name;
}

void TestRun::Write(const std::filesystem::path& dir, bool keep_summary_rows) {
  for (const auto& [table, text] : tables) {
    const std::string name = WriteTable(dir, table, format);
    if (!keep_summary_rows) {
      summary["tables"][std::string(TableName(table))] = {
          {"file", name}, {"rows", text.rows.size()}, {"bytes", 0}, {"seconds", 0}};
    }
  }
  std::ofstream file(dir / (prefix + "_summary.json"), std::ios::binary);
  file << summary.dump(2);
}

void TestRun::AddSimpleOrder(int64_t customer_id, std::string_view channel,
                             std::string_view order_ts) {
  TextTable& orders = tables[TableId::kOrders];
  TextTable& items = tables[TableId::kOrderItems];
  const std::string order_id = std::to_string(orders.rows.size() + 1);
  const std::string item_id = std::to_string(items.rows.size() + 1);
  orders.rows.push_back({order_id, std::to_string(customer_id), std::string(order_ts),
                         std::string(channel), "card", "success", "processing", "", "1", "10.00",
                         "0.00", "0.00", "0.50", "10.50", "INR", "north", "2024-12-05", ""});
  items.rows.push_back({item_id, order_id, "1", "1", "10.00", "0", "10.00"});
}

TestRun ValidTinyRun() {
  TestRun run;
  run.tables[TableId::kSuppliers] = Table(
      {"supplier_id", "name", "country", "reliability_score", "on_time_rate", "avg_lead_time_days"},
      {{"1", "Acme Traders", "India", "0.92", "0.88", "4"},
       {"2", "Bolt \"Fast\" Supply", "India", "0.75", "0.70", "6"}});
  run.tables[TableId::kProducts] =
      Table({"product_id", "sku", "name", "category", "brand", "supplier_id", "list_price",
             "unit_cost", "stock_quantity", "launch_date"},
            {{"1", "SKU-0001", "Phone, 128 GB", "electronics", "Zen", "1", "12.00", "7.00", "100",
              "2023-05-01"},
             {"2", "SKU-0002", "Notebook\nA5 ruled", "books", "Paperly", "2", "6.00", "2.50", "40",
              "2022-01-15"},
             {"3", "SKU-0003", "Glow Serum", "beauty", "Glow", "2", "9.00", "3.00", "500",
              "2024-02-10"}});
  run.tables[TableId::kCustomers] = Table(
      {"customer_id", "first_name", "last_name", "email", "phone", "birth_date", "generation",
       "city", "region", "country", "signup_ts", "churned_ts", "acquisition_channel",
       "preferred_channel", "preferred_payment_method", "preferred_support_channel"},
      {{"1", "Asha", "Rao", "asha@example.com", "+91-1", "2001-03-04", "gen_z", "Pune", "west",
        "India", "2024-01-10T08:00:00Z", "", "influencer", "mobile_app", "bnpl", "chat"},
       {"2", "Ravi", "Smith, Jr.", "ravi@example.com", "+91-2", "1988-07-12", "millennial", "Delhi",
        "north", "India", "2024-02-11T09:30:00Z", "", "organic", "web", "card", "email"},
       {"3", "Meera", "Iyer", "meera@example.com", "+91-3", "1955-11-30", "boomer", "Chennai",
        "south", "India", "2023-12-01T10:00:00Z", "", "direct", "web", "cod", "phone"}});
  run.tables[TableId::kCampaigns] = Table(
      {"campaign_id", "name", "campaign_type", "channel", "start_ts", "end_ts", "discount_pct",
       "target_categories", "budget", "spend", "impressions", "clicks", "conversions"},
      {{"1", "Winter glow", "influencer", "instagram", "2024-11-20T00:00:00Z",
        "2024-12-10T00:00:00Z", "10.00", "beauty", "1000.00", "250.00", "50000", "1200", "80"}});
  run.tables[TableId::kOrders] =
      Table({"order_id", "customer_id", "order_ts", "channel", "payment_method", "payment_status",
             "order_status", "campaign_id", "items_count", "subtotal", "discount_amount",
             "shipping_fee", "tax_amount", "total_amount", "currency", "region",
             "promised_delivery_date", "delivered_ts"},
            {{"1", "1", "2024-11-29T10:00:05Z", "mobile_app", "bnpl", "success", "delivered", "",
              "2", "25.50", "0.55", "4.00", "1.25", "30.20", "INR", "west", "2024-12-02",
              "2024-11-29T20:00:00Z"},
             {"2", "2", "2024-11-29T10:00:30Z", "web", "card", "failed", "payment_failed", "", "1",
              "8.00", "0.00", "4.00", "0.40", "12.40", "INR", "north", "", ""},
             {"3", "3", "2024-11-29T11:15:00Z", "web", "cod", "success", "processing", "1", "1",
              "30.00", "3.75", "0.00", "1.31", "27.56", "INR", "south", "2024-12-03", ""}});
  run.tables[TableId::kOrderItems] = Table({"order_item_id", "order_id", "product_id", "quantity",
                                            "unit_price", "discount_pct", "line_total"},
                                           {{"1", "1", "1", "2", "10.00", "0.00", "20.00"},
                                            {"2", "1", "2", "1", "5.50", "10.00", "4.95"},
                                            {"3", "2", "3", "1", "8.00", "0.00", "8.00"},
                                            {"4", "3", "1", "3", "10.00", "12.50", "26.25"}});
  run.tables[TableId::kReturns] = Table(
      {"return_id", "order_id", "order_item_id", "customer_id", "product_id", "requested_ts",
       "reason", "status", "refund_amount", "processing_days"},
      {{"1", "1", "1", "1", "1", "2024-11-29T22:00:00Z", "defective", "approved", "20.00", "3"}});
  run.tables[TableId::kSupportTickets] = Table(
      {"ticket_id", "customer_id", "order_id", "created_ts", "channel", "category", "priority",
       "status", "first_response_minutes", "resolution_hours", "sla_breached", "csat_score"},
      {{"1", "1", "1", "2024-11-29T12:00:00Z", "chat", "delivery_delay", "high", "resolved", "12",
        "5.5", "false", "4"},
       {"2", "2", "", "2024-11-29T13:00:00Z", "email", "payment_issue", "medium", "open", "40", "",
        "true", ""}});
  run.tables[TableId::kCartAbandonment] =
      Table({"cart_id", "customer_id", "abandoned_ts", "channel", "items_count", "cart_value",
             "abandonment_stage", "reason", "recovered"},
            {{"1", "2", "2024-11-29T10:00:40Z", "web", "2", "45.00", "checkout", "payment_failed",
              "false"},
             {"2", "", "2024-11-29T11:15:10Z", "mobile_web", "1", "9.00", "cart", "price_too_high",
              "true"}});
  const std::vector<std::string> metric_header = {
      "metric_ts",        "active_sessions",      "requests_per_second", "orders_count",
      "payment_attempts", "payment_success_rate", "cart_abandonments",   "error_rate",
      "p50_latency_ms",   "p95_latency_ms",       "p99_latency_ms",      "cpu_utilization_pct"};
  run.tables[TableId::kSystemMetrics] =
      Table(metric_header, {{"2024-11-29T10:00:00Z", "120", "35.5", "2", "2", "0.5", "1", "0.01",
                             "80", "210", "400", "41.5"},
                            {"2024-11-29T10:01:00Z", "118", "33.0", "0", "0", "1", "0", "0.01",
                             "78", "205", "390", "40.0"},
                            {"2024-11-29T11:15:00Z", "90", "25.0", "1", "1", "1", "1", "0.02", "75",
                             "200", "380", "35.0"}});
  run.summary = {{"scenario", "tiny_test"},
                 {"seed", 7},
                 {"scale", 1.0},
                 {"window_start", "2024-11-29T00:00:00Z"},
                 {"window_end", "2024-11-30T00:00:00Z"},
                 {"config", {{"name", "tiny_test"}, {"intensity", 1.0}}},
                 {"markers", nlohmann::json::object()},
                 {"kpis", nlohmann::json::object()}};
  return run;
}

ScopedDir::ScopedDir() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "ecomgen_validate_test_XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
  path_ = pattern;
}

ScopedDir::~ScopedDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace ecomgen::validate::testing
