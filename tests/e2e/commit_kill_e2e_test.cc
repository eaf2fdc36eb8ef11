// A run killed outright during its commit (issue 16 case 2): SIGKILL or a power loss can stop
// the renames part way, and then some final names exist. The summary is renamed last, so such
// a run never has one, and `validate` refuses it. Each point of the commit is reached through
// the test hook ECOMGEN_KILL_AFTER_RENAMES (the run kills itself after that many renames),
// not by racing a kill against the renames.
#include <gtest/gtest.h>

#include <csignal>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// The ten tables and the summary.
constexpr size_t kRunFiles = 11;

struct KilledRun {
  std::vector<std::string> final_names;  // the run's files under their final names
  bool has_summary = false;
};

// Runs a small baseline into `dir`, killed by the hook after `renamed` renames.
KilledRun RunKilledAfter(const ScratchDir& dir, size_t renamed) {
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.01", "--out-dir", dir.str(), "--quiet"},
                 {"ECOMGEN_KILL_AFTER_RENAMES=" + std::to_string(renamed)});
  EXPECT_EQ(run.exit_code, 128 + SIGKILL) << run.err;
  KilledRun killed;
  for (const std::string& name : ListFiles(dir.path())) {
    if (name.starts_with(".")) continue;  // a temporary the kill left behind
    killed.final_names.push_back(name);
    killed.has_summary = killed.has_summary || RunFileSuffix(name) == "summary.json";
  }
  return killed;
}

TEST(CommitKillE2ETest, AKillAtAnyPointOfTheCommitLeavesARunThatValidateRefuses) {
  for (size_t renamed = 0; renamed < kRunFiles; ++renamed) {
    SCOPED_TRACE("killed after " + std::to_string(renamed) + " renames");
    ScratchDir dir("commit-kill");
    const KilledRun killed = RunKilledAfter(dir, renamed);
    EXPECT_EQ(killed.final_names.size(), renamed);
    EXPECT_FALSE(killed.has_summary);
    const CliResult validate = RunEcomgen({"validate", dir.str()});
    EXPECT_NE(validate.exit_code, 0) << validate.out;
    ExpectOneErrorLine(validate);
    const char* why = renamed == 0 ? "no generated run found" : "has no summary.json";
    EXPECT_NE(validate.err.find(why), std::string::npos) << validate.err;
  }
}

// Killed after the last rename, the run is whole: the summary is there and it validates.
TEST(CommitKillE2ETest, AKillAfterTheLastRenameLeavesAWholeRun) {
  ScratchDir dir("commit-kill-after");
  const KilledRun killed = RunKilledAfter(dir, kRunFiles);
  EXPECT_EQ(killed.final_names.size(), kRunFiles);
  EXPECT_TRUE(killed.has_summary);
  const CliResult validate = RunEcomgen({"validate", dir.str()});
  EXPECT_EQ(validate.exit_code, 0) << validate.out << validate.err;
}

}  // namespace
}  // namespace ecomgen::e2e
