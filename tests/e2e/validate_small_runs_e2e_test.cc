// `ecomgen validate` passes correct runs of any supported size (issue 16 case 14): checks that
// need more data than a run has SKIP with the reason instead of failing it. The contract
// requires the correlation targets only at scale >= 1 and for runs that hold the tables the
// daily series are built from.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// Generates `args` into a fresh directory, validates it, and returns validate's result.
CliResult GenerateAndValidate(const char* name, std::vector<std::string> args) {
  ScratchDir dir(name);
  args.insert(args.end(), {"--out-dir", dir.str(), "--quiet"});
  const CliResult run = RunEcomgen(args);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return RunEcomgen({"validate", dir.str()});
}

// Every correlations row of validate's report.
std::vector<std::string> CorrelationRows(const std::string& report) {
  std::vector<std::string> rows;
  size_t begin = 0;
  while (begin < report.size()) {
    const size_t end = report.find('\n', begin);
    const std::string line = report.substr(begin, end == std::string::npos ? end : end - begin);
    // Rows start with two columns of marker ("* " on a failure), then the group.
    if (line.size() > 2 && line.substr(2).starts_with("correlations ")) rows.push_back(line);
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return rows;
}

TEST(ValidateSmallRunsE2ETest, TheReadmeFixtureScalePasses) {
  const CliResult validate = GenerateAndValidate("fixture", {"baseline", "--scale", "0.01"});
  EXPECT_EQ(validate.exit_code, 0) << validate.out << validate.err;
  const std::vector<std::string> rows = CorrelationRows(validate.out);
  ASSERT_EQ(rows.size(), 6u) << validate.out;
  for (const std::string& row : rows) {
    EXPECT_NE(row.find("SKIP"), std::string::npos) << row;
    EXPECT_NE(row.find("scale 0.01 < 1"), std::string::npos) << row;
  }
}

TEST(ValidateSmallRunsE2ETest, ARunWithoutTheSeriesTablesSkipsCorrelations) {
  const CliResult validate =
      GenerateAndValidate("returns-only", {"baseline", "--tables", "returns", "--scale", "1"});
  EXPECT_EQ(validate.exit_code, 0) << validate.out << validate.err;
  const std::vector<std::string> rows = CorrelationRows(validate.out);
  ASSERT_EQ(rows.size(), 6u) << validate.out;
  for (const std::string& row : rows) {
    EXPECT_NE(row.find("SKIP"), std::string::npos) << row;
    EXPECT_NE(row.find("not in this run: orders"), std::string::npos) << row;
  }
}

// Far below a customer and an order a day (issue 16 case 14: three KPI rows failed): the run
// has its one customer and no orders, and the KPIs that need more data SKIP with the reason.
TEST(ValidateSmallRunsE2ETest, AScaleFarBelowOneOrderADayPasses) {
  const CliResult validate = GenerateAndValidate("tiny", {"baseline", "--scale", "1e-9"});
  EXPECT_EQ(validate.exit_code, 0) << validate.out << validate.err;
  for (const char* kpi : {"baseline.orders_per_day", "baseline.return_rate"}) {
    ExpectReportRow(validate.out, kpi, {"small sample", "SKIP"});
  }
}

}  // namespace
}  // namespace ecomgen::e2e
