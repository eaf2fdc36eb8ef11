// `ecomgen validate`'s exit statuses (issue 16 case 15): 2 when the arguments name no run (a
// directory that does not exist or holds no run), 1 when the run is there but fails, whether
// a check fails or the run cannot be read whole (no summary, a malformed file), 0 when every
// check passes. One error line in every case but a failed check, which is in the report.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// A small run in `dir`; returns the path of its file that ends in `suffix`.
std::filesystem::path FileOfASmallRun(const ScratchDir& dir, const std::string& suffix) {
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.01", "--out-dir", dir.str(), "--quiet"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return FindRunFile(dir.path(), suffix);
}

void ExpectExit(const CliResult& validate, int exit_code) {
  EXPECT_EQ(validate.exit_code, exit_code) << validate.out << validate.err;
  ExpectOneErrorLine(validate);
}

TEST(ValidateExitCodesE2ETest, ADirectoryThatDoesNotExistIsBadUsage) {
  ScratchDir dir("validate-missing-dir");
  ExpectExit(RunEcomgen({"validate", dir.Sub("missing")}), 2);
}

TEST(ValidateExitCodesE2ETest, ADirectoryWithoutARunIsBadUsage) {
  ScratchDir dir("validate-empty-dir");
  ExpectExit(RunEcomgen({"validate", dir.str()}), 2);
}

TEST(ValidateExitCodesE2ETest, ARunWithoutItsSummaryFails) {
  ScratchDir dir("validate-no-summary");
  std::filesystem::remove(FileOfASmallRun(dir, "summary.json"));
  ExpectExit(RunEcomgen({"validate", dir.str()}), 1);
}

TEST(ValidateExitCodesE2ETest, ARunWithAMalformedFileFails) {
  ScratchDir dir("validate-malformed");
  WriteFileBytes(FileOfASmallRun(dir, "orders.csv"), "order_id\n\"unterminated\n");
  ExpectExit(RunEcomgen({"validate", dir.str()}), 1);
}

TEST(ValidateExitCodesE2ETest, AMalformedSummaryFails) {
  ScratchDir dir("validate-bad-summary");
  WriteFileBytes(FileOfASmallRun(dir, "summary.json"), "{\"seed\": ");
  ExpectExit(RunEcomgen({"validate", dir.str()}), 1);
}

// A table the summary lists whose file was deleted (issue 16 case 12, part) fails its summary
// rows check; a run written with --tables lists only its tables and passes (the tables_subset
// tests), so the two are told apart.
TEST(ValidateExitCodesE2ETest, ADeletedTableFileFails) {
  for (const std::string table : {"suppliers", "products", "returns"}) {
    SCOPED_TRACE(table);
    ScratchDir dir("validate-deleted-" + table);
    std::filesystem::remove(FileOfASmallRun(dir, table + ".csv"));
    const CliResult validate = RunEcomgen({"validate", dir.str()});
    EXPECT_EQ(validate.exit_code, 1) << validate.out << validate.err;
    ExpectReportRow(validate.out, table + " rows", {"file missing", "FAIL"});
  }
}

}  // namespace
}  // namespace ecomgen::e2e
