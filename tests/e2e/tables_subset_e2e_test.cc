// `--tables` writes exactly the chosen tables (plus the summary), and each is byte-identical
// to the same table of a full run: choosing tables must not change any other table's draws.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// returns_wave has many returns; a subset that skips order_items, whose generator pass also
// yields the returns, is the interesting case.
const std::vector<std::string> kRunArgs = {"returns_wave", "--scale", "0.2",
                                           "--seed",       "11",      "--quiet"};

std::map<std::string, std::string> Generate(const ScratchDir& root, const std::string& sub,
                                            const std::vector<std::string>& extra) {
  std::vector<std::string> args = kRunArgs;
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), {"--out-dir", root.Sub(sub)});
  const CliResult run = RunEcomgen(args);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return ReadRunFiles(root.path() / sub);
}

TEST(TablesSubsetE2ETest, SubsetIsTheSameBytesAsTheFullRun) {
  ScratchDir root("tables");
  const std::map<std::string, std::string> full = Generate(root, "full", {});
  ASSERT_EQ(full.size(), 11u);
  struct Subset {
    std::string list;  // --tables
    std::string sub;   // its output directory
  };
  for (const Subset& chosen : {Subset{"customers,orders,returns", "subset"},
                               Subset{"returns,customers,orders", "reordered"}}) {
    SCOPED_TRACE(chosen.list);
    const std::map<std::string, std::string> subset =
        Generate(root, chosen.sub, {"--tables", chosen.list});

    std::vector<std::string> suffixes;
    for (const auto& [suffix, bytes] : subset) suffixes.push_back(suffix);
    EXPECT_EQ(suffixes, (std::vector<std::string>{"customers.csv", "orders.csv", "returns.csv",
                                                  "summary.json"}));
    for (const auto& [suffix, bytes] : subset) {
      if (suffix == "summary.json") continue;
      ASSERT_TRUE(full.contains(suffix));
      EXPECT_TRUE(bytes == full.at(suffix)) << suffix << " differs from the full run";
    }

    // The summary lists the written tables, with the full run's row counts and bytes.
    ASSERT_TRUE(subset.contains("summary.json"));
    const nlohmann::json part = nlohmann::json::parse(subset.at("summary.json"), nullptr, false);
    const nlohmann::json whole = nlohmann::json::parse(full.at("summary.json"), nullptr, false);
    ASSERT_TRUE(part.is_object() && whole.is_object());
    ASSERT_TRUE(part.contains("tables"));
    EXPECT_EQ(part["tables"].size(), 3u) << part["tables"].dump();
    for (const char* table : {"customers", "orders", "returns"}) {
      ASSERT_TRUE(part["tables"].contains(table)) << table;
      EXPECT_EQ(part["tables"][table]["rows"], whole["tables"][table]["rows"]) << table;
      EXPECT_EQ(part["tables"][table]["bytes"], whole["tables"][table]["bytes"]) << table;
    }
  }
}

}  // namespace
}  // namespace ecomgen::e2e
