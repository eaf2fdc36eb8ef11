// End-to-end tests of Validate on tiny hand-written run directories.
#include "validate/validate.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/civil_time.h"
#include "core/test_util.h"
#include "ecomgen/config.h"
#include "validate/cohort_checks.h"
#include "validate/run_files.h"
#include "validate/test_run_writer.h"

namespace ecomgen::validate {
namespace {

using testing::ScopedDir;
using testing::TestRun;
using testing::ValidTinyRun;

// Validates `run` written into a fresh directory.
Result<ValidationResult> ValidateRun(TestRun& run, ValidateOptions options = {}) {
  ScopedDir dir;
  run.Write(dir.path());
  options.dir = dir.path();
  return Validate(options);
}

std::string Dump(const CheckList& checks) {
  std::ostringstream out;
  for (const CheckRow& row : checks.rows()) {
    out << row.group << " | " << row.check << " | " << row.expected << " | " << row.actual << " | "
        << static_cast<int>(row.outcome) << "\n";
  }
  return out.str();
}

// Expects `check` to be present and failing, and every other row to pass or skip.
void ExpectOnlyFailure(const ValidationResult& result, std::string_view check) {
  const CheckRow* row = result.checks.Find(check);
  ASSERT_NE(row, nullptr) << "no row " << check << "\n" << Dump(result.checks);
  EXPECT_EQ(row->outcome, CheckOutcome::kFail) << Dump(result.checks);
  for (const CheckRow& other : result.checks.rows()) {
    if (other.check == check) continue;
    EXPECT_NE(other.outcome, CheckOutcome::kFail) << other.check << ": " << other.actual;
  }
}

TEST(ValidateTest, ValidTinyRunPasses) {
  TestRun run = ValidTinyRun();
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.failed(), 0) << Dump(result->checks);
  // Spot checks that the passes really ran.
  ASSERT_NE(result->checks.Find("orders.total_amount"), nullptr);
  EXPECT_EQ(result->checks.Find("orders.total_amount")->outcome, CheckOutcome::kPass);
  ASSERT_NE(result->checks.Find("system_metrics.orders_count"), nullptr);
  ASSERT_NE(result->checks.Find("orders rows"), nullptr);
  // Cohorts of 1 customer are too small to judge.
  EXPECT_EQ(result->checks.Find("gen_z orders.channel")->outcome, CheckOutcome::kSkip);
}

TEST(ValidateTest, ReportEndsWithTheSummaryLine) {
  TestRun run = ValidTinyRun();
  ScopedDir dir;
  run.Write(dir.path());
  ValidateOptions options;
  options.dir = dir.path();
  std::ostringstream out;
  bool all_ok = false;
  ASSERT_OK(RunValidate(options, out, &all_ok));
  EXPECT_TRUE(all_ok);
  const std::string text = out.str();
  EXPECT_NE(text.find("group"), std::string::npos);
  EXPECT_NE(text.find("PASS"), std::string::npos);
  EXPECT_EQ(text.find("FAIL"), std::string::npos) << text;
  EXPECT_NE(text.rfind("validate: "), std::string::npos);
  EXPECT_EQ(text.substr(text.rfind("validate: ")).find(" 0 failed\n") != std::string::npos, true)
      << text;
}

TEST(ValidateTest, DanglingForeignKeyFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrderItems].Set(2, "product_id", "99");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  const CheckRow* row = result->checks.Find("order_items.product_id -> products");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->outcome, CheckOutcome::kFail);
  EXPECT_NE(row->actual.find("order_item_id 3: product_id 99 not found"), std::string::npos)
      << row->actual;
}

TEST(ValidateTest, TotalOffByOneCentFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(0, "total_amount", "30.21");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "orders.total_amount");
}

TEST(ValidateTest, LineTotalOffByOneCentFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrderItems].Set(3, "line_total", "26.26");
  run.tables[TableId::kOrders].Set(2, "total_amount", "27.57");  // keep the order consistent
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "order_items.line_total");
}

TEST(ValidateTest, ItemsCountMismatchFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(0, "items_count", "3");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "orders.items_count");
}

TEST(ValidateTest, DeliveryBeforeOrderFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(0, "delivered_ts", "2024-11-29T09:00:00Z");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "orders.order_ts <= delivered_ts");
}

TEST(ValidateTest, OrderBeforeSignupFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kCustomers].Set(2, "signup_ts", "2024-11-29T12:00:00Z");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "customers.signup_ts <= orders.order_ts");
}

TEST(ValidateTest, ReturnOfUndeliveredOrderFails) {
  TestRun run = ValidTinyRun();
  auto& returns = run.tables[TableId::kReturns];
  returns.Set(0, "order_id", "3");
  returns.Set(0, "order_item_id", "4");
  returns.Set(0, "customer_id", "3");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "returns only of delivered orders");
}

TEST(ValidateTest, ReturnNotMatchingItsItemFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kReturns].Set(0, "product_id", "2");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "returns order_id/product_id match the item");
}

TEST(ValidateTest, MetricsMinuteWithWrongOrderCountFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kSystemMetrics].Set(0, "orders_count", "3");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "system_metrics.orders_count");
}

TEST(ValidateTest, BadVocabularyValueFails) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(1, "channel", "Web");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "orders.channel vocabulary");
  EXPECT_NE(result->checks.Find("orders.channel vocabulary")->actual.find("'Web' x1"),
            std::string::npos);
}

TEST(ValidateTest, OpenVocabularyMustBeSnakeCase) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kProducts].Set(2, "category", "Beauty & Care");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "products.category vocabulary");
}

TEST(ValidateTest, PromisedDateMustBeNullExactlyForFailedPayments) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(1, "promised_delivery_date", "2024-12-01");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "promised_delivery_date NULL iff payment failed");
}

TEST(ValidateTest, DuplicateKeyAndEmailFail) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kCustomers].Set(1, "email", "asha@example.com");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "customers.email unique");
}

TEST(ValidateTest, SummaryRowCountMismatchFails) {
  TestRun run = ValidTinyRun();
  ScopedDir dir;
  run.Write(dir.path());
  run.summary["tables"]["orders"]["rows"] = 4;
  run.Write(dir.path(), /*keep_summary_rows=*/true);
  ValidateOptions options;
  options.dir = dir.path();
  Result<ValidationResult> result = Validate(options);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "orders rows");
}

TEST(ValidateTest, ShiftedCohortMixFails) {
  TestRun run = ValidTinyRun();
  // kMinCohortSample gen_z orders, all on web: the gen_z order-channel mix (20/30/50) is
  // far off.
  for (int64_t idx = 0; idx < kMinCohortSample; ++idx) {
    run.AddSimpleOrder(1, "web", "2024-11-29T15:00:00Z");
  }
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  const CheckRow* row = result->checks.Find("gen_z orders.channel");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->outcome, CheckOutcome::kFail) << row->actual;
  // Card payments by gen_z are off as well (40% card expected): also a mix failure, but
  // nothing in the integrity group.
  for (const CheckRow& other : result->checks.rows()) {
    if (other.group == "integrity") {
      EXPECT_NE(other.outcome, CheckOutcome::kFail) << other.check;
    }
  }
  // The multi_channel case skips the channel mix.
  run.summary["config"]["app_launch"] = {{"enabled", true}};
  Result<ValidationResult> launched = ValidateRun(run);
  ASSERT_TRUE(launched);
  EXPECT_EQ(launched->checks.Find("gen_z orders.channel"), nullptr);
  EXPECT_EQ(launched->checks.Find("orders.channel mix")->outcome, CheckOutcome::kSkip);
}

TEST(ValidateTest, UnparsableValueIsAFormatFailNamingLineAndValue) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(1, "order_ts", "2024-11-29T25:00:00Z");
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  // The order without a time is missing from its minute's count, which fails in consequence.
  EXPECT_EQ(result->checks.failed(), 2) << Dump(result->checks);
  EXPECT_EQ(result->checks.Find("system_metrics.orders_count")->outcome, CheckOutcome::kFail);
  EXPECT_EQ(result->checks.Find("orders.order_ts format")->actual,
            "line 3: \"2024-11-29T25:00:00Z\" is not a YYYY-MM-DDTHH:MM:SSZ timestamp");
}

TEST(ValidateTest, MissingTableSkipsItsChecks) {
  TestRun run = ValidTinyRun();
  run.tables.erase(TableId::kReturns);
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.failed(), 0) << Dump(result->checks);
  EXPECT_EQ(result->checks.Find("returns file")->outcome, CheckOutcome::kSkip);
  EXPECT_EQ(result->checks.Find("returns.order_id -> orders")->outcome, CheckOutcome::kSkip);
}

TEST(ValidateTest, MissingRequiredColumnIsReported) {
  TestRun run = ValidTinyRun();
  auto& suppliers = run.tables[TableId::kSuppliers];
  suppliers.header.pop_back();  // avg_lead_time_days
  for (auto& row : suppliers.rows) row.pop_back();
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  ExpectOnlyFailure(*result, "suppliers required columns");
  EXPECT_EQ(result->checks.Find("products.supplier_id -> suppliers")->outcome, CheckOutcome::kSkip);
}

TEST(ValidateTest, NewestRunWinsUnlessAPrefixIsGiven) {
  ScopedDir dir;
  TestRun old_run = ValidTinyRun();
  old_run.tables[TableId::kOrders].Set(0, "total_amount", "1.00");  // broken
  old_run.Write(dir.path());
  TestRun new_run = ValidTinyRun();
  new_run.prefix = "tiny_test_20241130_120000";
  new_run.Write(dir.path());
  ValidateOptions options;
  options.dir = dir.path();
  Result<ValidationResult> newest = Validate(options);
  ASSERT_TRUE(newest);
  EXPECT_EQ(newest->checks.failed(), 0);
  options.run_prefix = "tiny_test_20241129";
  Result<ValidationResult> older = Validate(options);
  ASSERT_TRUE(older);
  EXPECT_EQ(older->checks.failed(), 1);
  options.run_prefix = "nothing_";
  EXPECT_FALSE(Validate(options));
}

TEST(ValidateTest, BaselineComesFromTheInjectedRunner) {
  // A viral_moment run whose baseline is the same tiny run: orders_vs_baseline is 1, not
  // 2.5, so that KPI fails; the runner must have been asked for the run's window.
  TestRun run = ValidTinyRun();
  run.summary["scenario"] = "viral_moment";
  run.summary["config"] = {{"extends", "viral_moment"}};
  BaselineRequest seen;
  ValidateOptions options;
  options.baseline_runner = [&seen](const BaselineRequest& request,
                                    const std::filesystem::path& out_dir) {
    seen = request;
    TestRun baseline = ValidTinyRun();
    baseline.prefix = "baseline_20241129_000000";
    baseline.summary["scenario"] = "baseline";
    baseline.Write(out_dir);
    return Status::Ok();
  };
  Result<ValidationResult> result = ValidateRun(run, options);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(seen.seed, 7u);
  EXPECT_EQ(seen.duration_us, 24 * kMicrosPerHour);
  EXPECT_EQ(result->checks.Find("baseline matches the run")->outcome, CheckOutcome::kPass);
  const CheckRow* orders = result->checks.Find("viral_moment.orders_vs_baseline");
  ASSERT_NE(orders, nullptr) << Dump(result->checks);
  EXPECT_EQ(orders->outcome, CheckOutcome::kFail);
  EXPECT_NE(orders->actual.find("3 vs 3"), std::string::npos) << orders->actual;
}

TEST(ValidateTest, BaselineFromADirectoryAndWithoutOne) {
  TestRun run = ValidTinyRun();
  run.summary["scenario"] = "flash_sale";
  run.summary["config"] = {{"extends", "flash_sale"}};
  ValidateOptions options;
  Result<ValidationResult> none = ValidateRun(run, options);
  ASSERT_TRUE(none) << none.error().message();
  EXPECT_EQ(none->checks.Find("baseline run")->outcome, CheckOutcome::kSkip);
  EXPECT_EQ(none->checks.Find("flash_sale.orders_vs_baseline")->outcome, CheckOutcome::kSkip);

  ScopedDir baseline_dir;
  TestRun baseline = ValidTinyRun();
  baseline.prefix = "baseline_20241129_000000";
  baseline.summary["seed"] = 8;  // a different seed is reported
  baseline.Write(baseline_dir.path());
  options.baseline_dir = baseline_dir.path();
  Result<ValidationResult> given = ValidateRun(run, options);
  ASSERT_TRUE(given) << given.error().message();
  EXPECT_EQ(given->checks.Find("baseline matches the run")->outcome, CheckOutcome::kFail);
  EXPECT_NE(given->checks.Find("flash_sale.orders_vs_baseline")->outcome, CheckOutcome::kSkip);
}

TEST(BaselineRunnerTest, Arguments) {
  BaselineRequest request;
  request.seed = 42;
  request.scale = 0.5;
  request.start_us = int64_t{1'732'838'400} * kMicrosPerSecond;
  request.duration_us = 4 * kMicrosPerHour;
  request.tables = {TableId::kOrders, TableId::kOrderItems};
  EXPECT_EQ(
      BaselineArguments(request, "/tmp/x"),
      (std::vector<std::string>{"baseline", "--seed", "42", "--scale", "0.5", "--start",
                                "2024-11-29T00:00:00Z", "--duration", "4h", "--out-dir", "/tmp/x",
                                "--tables", "orders,order_items", "--output", "csv", "--quiet"}));
  request.duration_us = 90 * kMicrosPerMinute;
  EXPECT_EQ(BaselineArguments(request, "/tmp/x")[8], "90m");
  request.duration_us = 14 * kMicrosPerDay;
  EXPECT_EQ(BaselineArguments(request, "/tmp/x")[8], "14d");
}

TEST(BaselineRunnerTest, FailingExecutableIsAnError) {
  ScopedDir dir;
  const Status status = ExecBaselineRunner("/nonexistent/ecomgen")(BaselineRequest{}, dir.path());
  EXPECT_FALSE(status.ok());
}

TEST(RunFilesTest, ParsesNames) {
  auto parsed = ParseRunFileName("flash_sale_20241129_000000_order_items.csv");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->scenario, "flash_sale");
  EXPECT_EQ(parsed->prefix, "flash_sale_20241129_000000");
  EXPECT_EQ(*parsed->table, TableId::kOrderItems);
  parsed = ParseRunFileName("my_custom_run_20240101_235959_summary.json");
  ASSERT_TRUE(parsed);
  EXPECT_FALSE(parsed->table);
  EXPECT_EQ(parsed->scenario, "my_custom_run");
  EXPECT_FALSE(ParseRunFileName("flash_sale_orders.csv"));
  EXPECT_FALSE(ParseRunFileName("flash_sale_20241129_000000_widgets.csv"));
  EXPECT_FALSE(ParseRunFileName("notes.txt"));
}

// A directory of shards holds no run validate reads; the error says which shards it holds
// rather than that there is no run.
TEST(RunFilesTest, ShardsAreNamedWhenNoRunIsFound) {
  ScopedDir dir;
  for (const char* name :
       {"baseline_20240601_000000_orders_shard1of3.csv",
        "baseline_20240601_000000_shard1of3_summary.json",
        "baseline_20240601_000000_orders_shard3of3.parquet",
        "baseline_20240101_000000_orders_shard2of2.csv",
        "baseline_20240601_000000_orders_shardXof3.csv", "notes_shard1of2.txt"}) {
    std::ofstream(dir.path() / name) << "";
  }
  const Result<RunFiles> found = FindRun(dir.path(), "");
  ASSERT_FALSE(found);
  const std::string message = found.error().message();
  EXPECT_NE(message.find("no generated run found; it holds shards 1/3, 3/3 of run "
                         "baseline_20240601_000000, and validate reads unsharded runs only"),
            std::string::npos)
      << message;
  const Result<RunFiles> filtered = FindRun(dir.path(), "baseline_20240101");
  ASSERT_FALSE(filtered);
  EXPECT_NE(filtered.error().message().find("shards 2/2 of run baseline_20240101_000000"),
            std::string::npos)
      << filtered.error().message();
  const Result<RunFiles> none = FindRun(dir.path(), "flash_sale");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message().find("shards"), std::string::npos) << none.error().message();
}

// A year of two orders a day (at 06:30 UTC): no festival stands out and no month differs,
// so both calendar measures fail; a third order on Diwali makes that day pass.
TEST(ValidateTest, CalendarBlindYearFailsTheCalendarMeasures) {
  TestRun run = ValidTinyRun();
  run.summary["window_start"] = "2024-01-01T00:00:00Z";
  run.summary["window_end"] = "2024-12-31T00:00:00Z";
  for (int64_t day = 0; day < 365; ++day) {
    const CivilDate date = CivilFromDays(DaysFromCivil({2024, 1, 1}) + day);
    const std::string ts =
        fmt::format("{:04}-{:02}-{:02}T06:30:00Z", date.year, date.month, date.day);
    const int orders = date == CivilDate{2024, 10, 31} ? 3 : 2;
    for (int i = 0; i < orders; ++i) run.AddSimpleOrder(1 + i, "web", ts);
  }
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  const CheckRow* season =
      result->checks.Find("orders per day, busiest over quietest calendar month");
  ASSERT_NE(season, nullptr);
  EXPECT_EQ(season->outcome, CheckOutcome::kFail) << season->actual;
  const CheckRow* diwali =
      result->checks.Find("orders on the main festival and sale days 2024-10-31");
  ASSERT_NE(diwali, nullptr);
  EXPECT_EQ(diwali->outcome, CheckOutcome::kPass) << diwali->actual;

  run.summary["config"]["business"]["market"] = "us";
  result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  // (The tiny run's own orders fall on Black Friday; Cyber Monday has the two of every day.)
  const CheckRow* cyber_monday =
      result->checks.Find("orders on the main festival and sale days 2024-12-02");
  ASSERT_NE(cyber_monday, nullptr);
  EXPECT_EQ(cyber_monday->outcome, CheckOutcome::kFail) << cyber_monday->actual;
}

// Thirty days of 100 orders each, with the failures of each day given by `failures(day)`;
// returns the outcome of the payment-failure noise measure.
CheckOutcome FailureNoiseOutcome(int (*failures)(int64_t day)) {
  TestRun run = ValidTinyRun();
  run.summary["window_start"] = "2024-11-01T00:00:00Z";
  run.summary["window_end"] = "2024-12-01T00:00:00Z";
  testing::TextTable& orders = run.tables[TableId::kOrders];
  for (int64_t day = 0; day < 30; ++day) {
    const std::string ts = fmt::format("2024-11-{:02}T10:00:00Z", day + 1);
    for (int i = 0; i < 100; ++i) {
      run.AddSimpleOrder(1, "web", ts);
      if (i < failures(day)) {
        orders.Set(orders.rows.size() - 1, "payment_status", "failed");
        orders.Set(orders.rows.size() - 1, "order_status", "payment_failed");
        orders.Set(orders.rows.size() - 1, "promised_delivery_date", "");
      }
    }
  }
  Result<ValidationResult> result = ValidateRun(run);
  EXPECT_TRUE(result) << result.error().message();
  if (!result) return CheckOutcome::kFail;
  const CheckRow* row = result->checks.Find("daily payment-failure rate, sd over the binomial sd");
  EXPECT_NE(row, nullptr);
  return row != nullptr ? row->outcome : CheckOutcome::kFail;
}

// Exactly 3 failures every day is smoother than counting allows; 1-5 a day in turn (a
// spread of about 1.2 binomial sds) passes; 0 or 20 in turn (3.4 sds) swings too much.
TEST(ValidateTest, DailyFailureRateMustVaryLikeACount) {
  EXPECT_EQ(FailureNoiseOutcome([](int64_t) { return 3; }), CheckOutcome::kFail);
  EXPECT_EQ(FailureNoiseOutcome([](int64_t day) { return day % 2 == 0 ? 1 : 5; }),
            CheckOutcome::kPass);
  EXPECT_EQ(FailureNoiseOutcome([](int64_t day) { return day % 2 == 0 ? 0 : 20; }),
            CheckOutcome::kFail);
}

// UPI is India's: a us-market run with one upi order fails the people check; in India the
// check does not apply.
TEST(ValidateTest, UpiOrdersFailInTheUsMarket) {
  TestRun run = ValidTinyRun();
  run.tables[TableId::kOrders].Set(0, "payment_method", "upi");
  run.summary["config"]["business"]["market"] = "us";
  Result<ValidationResult> result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  const CheckRow* row = result->checks.Find("orders paying by upi in the us market");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->outcome, CheckOutcome::kFail) << row->actual;
  EXPECT_EQ(row->actual, "1");

  run.summary["config"]["business"]["market"] = "in";
  result = ValidateRun(run);
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->checks.Find("orders paying by upi in the us market"), nullptr);
}

}  // namespace
}  // namespace ecomgen::validate
