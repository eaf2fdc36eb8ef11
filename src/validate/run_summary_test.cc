#include "validate/run_summary.h"

#include <gtest/gtest.h>

#include <string>

namespace ecomgen::validate {
namespace {

std::string Summary(const std::string& extra) {
  return R"({"scenario": "baseline", "seed": 5, "window_start": "2024-06-01T00:00:00Z",
             "window_end": "2024-06-02T00:00:00Z")" +
         extra + "}";
}

TEST(RunSummaryTest, ReadsIntegersItWrote) {
  const Result<RunSummary> summary = ParseRunSummary(
      Summary(R"(, "markers": {"viral_product_id": 17, "affected_product_ids": [3, 4.0]},
                 "tables": {"orders": {"rows": 2500}},
                 "config": {"business": {"customers": "many"}})"),
      "summary.json");
  ASSERT_TRUE(summary) << summary.error().message();
  EXPECT_EQ(summary->markers.viral_product_id, 17);
  EXPECT_EQ(summary->markers.affected_product_ids, (std::vector<int64_t>{3, 4}));
  EXPECT_EQ(summary->table_rows.at("orders"), 2500);
}

// Numbers no int64 holds (found by the summary fuzzer: converting 1e30 is undefined
// behaviour) read as absent instead of as garbage.
TEST(RunSummaryTest, NumbersOutsideInt64ReadAsAbsent) {
  const Result<RunSummary> summary = ParseRunSummary(
      Summary(R"(, "markers": {"viral_product_id": 1e30, "primary_supplier_id": 2.5,
                               "affected_product_ids": [18446744073709551615, -1e300, 7]},
                 "tables": {"orders": {"rows": 1e30}, "items": {"rows": 18446744073709551615}},
                 "config": {"intensity": "x", "business": {"customers": 1e30},
                            "supply_disruption": {"affected_skus": -1e19}})"),
      "summary.json");
  ASSERT_TRUE(summary) << summary.error().message();
  EXPECT_FALSE(summary->markers.viral_product_id.has_value());
  EXPECT_FALSE(summary->markers.primary_supplier_id.has_value());
  EXPECT_EQ(summary->markers.affected_product_ids, (std::vector<int64_t>{7}));
  EXPECT_FALSE(summary->table_rows.contains("orders"));
  EXPECT_FALSE(summary->table_rows.contains("items"));
  EXPECT_FALSE(summary->config_error.empty());
  EXPECT_EQ(summary->config.business.customers, DefaultValidationConfig().business.customers);
}

TEST(RunSummaryTest, TimestampBeyondInt64IsAnError) {
  const Result<RunSummary> summary = ParseRunSummary(
      R"({"window_start": 1e30, "window_end": "2024-06-02T00:00:00Z"})", "summary.json");
  ASSERT_FALSE(summary);
  EXPECT_NE(summary.error().message().find("summary.json: window_start"), std::string::npos);
}

}  // namespace
}  // namespace ecomgen::validate
