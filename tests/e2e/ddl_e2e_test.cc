// `ecomgen ddl` through the CLI: each dialect and --dbt print their text, and bad flags exit 2
// with one error line and nothing on stdout. The engines themselves run the DDL in
// tests/interop (DuckDB) and scripts/test.sh (PostgreSQL).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

TEST(DdlE2ETest, EveryDialectPrintsEveryTable) {
  for (const char* dialect : {"postgres", "duckdb", "bigquery", "spark", "snowflake"}) {
    const CliResult run = RunEcomgen({"ddl", "--dialect", dialect});
    ASSERT_EQ(run.exit_code, 0) << dialect << ": " << run.err;
    for (const char* table : {"customers", "order_items", "system_metrics"}) {
      EXPECT_NE(run.out.find(std::string("CREATE TABLE ") + table + " ("), std::string::npos)
          << dialect << " " << table;
    }
  }
  const CliResult defaulted = RunEcomgen({"ddl"});
  EXPECT_EQ(defaulted.out, RunEcomgen({"ddl", "--dialect", "postgres"}).out);
}

TEST(DdlE2ETest, DbtPrintsSources) {
  const CliResult run = RunEcomgen({"ddl", "--dbt", "--source", "shop", "--schema", "raw"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("version: 2\n\nsources:\n  - name: shop\n    schema: raw\n", 0), 0u);
}

TEST(DdlE2ETest, BadFlagsExit2WithOneLine) {
  ScratchDir dir("ddl");
  const std::vector<std::vector<std::string>> cases = {
      {"ddl", "--dialect", "mysql"},
      {"ddl", "--dbt", "--dialect", "postgres"},
      {"ddl", "--dbt", "--parquet-dir", dir.str()},
      {"ddl", "--schema", "raw;drop"},
      {"ddl", "--dbt", "--source", "a b"},
      {"ddl", "--source", "shop"},
      {"ddl", "--run", "baseline"},
      {"ddl", "--dialect", "postgres", "--parquet-dir", dir.str()},
      {"ddl", "--dialect", "duckdb", "--parquet-dir", dir.str()},  // no run in it
      {"ddl", "--bogus"},
  };
  for (const std::vector<std::string>& args : cases) {
    const CliResult run = RunEcomgen(args);
    EXPECT_EQ(run.exit_code, 2) << args.back() << ": " << run.err;
    EXPECT_EQ(run.out, "") << args.back();
    ExpectOneErrorLine(run);
  }
}

TEST(DdlE2ETest, CsvOnlyRunHasNothingToLoad) {
  ScratchDir dir("ddl");
  ASSERT_EQ(RunEcomgen({"baseline", "--scale", "0.01", "--duration", "1d", "--quiet", "--out-dir",
                        dir.str()})
                .exit_code,
            0);
  const CliResult run = RunEcomgen({"ddl", "--dialect", "duckdb", "--parquet-dir", dir.str()});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("no Parquet files"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace ecomgen::e2e
