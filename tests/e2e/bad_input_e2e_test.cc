// Failure paths through the CLI (contract section 1): bad usage or a bad config exits 2 with
// exactly one `ecomgen: error:` line on stderr, naming the bad value and where it came from,
// and writes nothing; a directory that cannot be written exits non-zero the same way; and
// existing files are kept unless --force is given.
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// In BadInputCase::args, replaced by the output directory and the config file of the case.
constexpr const char* kOutDir = "{OUT}";
constexpr const char* kConfigFile = "{CONFIG}";

struct BadInputCase {
  const char* name;               // the gtest parameter name
  std::vector<std::string> args;  // may use kOutDir and kConfigFile
  std::string config_text;        // written to kConfigFile when not empty
  // Each must occur in the error line (after the prefix).
  std::vector<std::string> message_parts;
};

// Every entry under `dir`, recursively (hidden temporaries included); 0 when it does not exist.
int CountEntries(const std::filesystem::path& dir) {
  std::error_code error;
  if (!std::filesystem::exists(dir, error)) return 0;
  int count = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    ++count;
  }
  return count;
}

// A config file with a misspelled key: `show baseline` with "intensity" renamed.
std::string ConfigWithTypo() {
  const CliResult show = RunEcomgen({"show", "baseline"});
  EXPECT_EQ(show.exit_code, 0) << show.err;
  std::string text = show.out;
  const size_t at = text.find("\"intensity\"");
  EXPECT_NE(at, std::string::npos) << text;
  if (at != std::string::npos) text.replace(at, 11, "\"intensty\"");
  return text;
}

// gtest prints a failing case's parameter with this instead of its bytes.
void PrintTo(const BadInputCase& bad, std::ostream* out) { *out << bad.name; }

class BadInputE2ETest : public testing::TestWithParam<BadInputCase> {};

TEST_P(BadInputE2ETest, ExitsTwoWithOneErrorLineAndWritesNothing) {
  const BadInputCase& bad = GetParam();
  ScratchDir dir(bad.name);
  const std::string out_dir = dir.Sub("out");
  const std::string config_file = dir.Sub("config.json");
  std::vector<std::string> args;
  for (const std::string& arg : bad.args) {
    args.push_back(arg == kOutDir ? out_dir : arg == kConfigFile ? config_file : arg);
  }
  if (!bad.config_text.empty()) {
    WriteFileBytes(config_file, bad.config_text == "TYPO" ? ConfigWithTypo() : bad.config_text);
  }

  const CliResult run = RunEcomgen(args);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_EQ(run.out, "");
  ExpectOneErrorLine(run);
  for (const std::string& part : bad.message_parts) {
    EXPECT_NE(run.err.find(part), std::string::npos) << "no \"" << part << "\" in: " << run.err;
  }
  EXPECT_EQ(CountEntries(out_dir), 0) << "files were written to " << out_dir;
}

// Options that every case shares: write to the case's directory, fast if anything ran.
std::vector<std::string> Args(std::vector<std::string> head) {
  head.insert(head.end(), {"--out-dir", kOutDir, "--scale", "0.05"});
  return head;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadInputE2ETest,
    testing::Values(
        BadInputCase{
            "UnknownScenario", Args({"no_such_scenario"}), "", {"no_such_scenario", "flash_sale"}},
        BadInputCase{"UnknownTable",
                     Args({"baseline", "--tables", "customers,bogus"}),
                     "",
                     {"--tables", "bogus"}},
        BadInputCase{
            "UnknownOutput", Args({"baseline", "--output", "xml"}), "", {"--output", "xml"}},
        BadInputCase{"UnknownCompression",
                     Args({"baseline", "--output", "parquet", "--compression", "lz4"}),
                     "",
                     {"--compression", "lz4"}},
        BadInputCase{"UnknownFlag", Args({"baseline", "--bogus-flag"}), "", {"--bogus-flag"}},
        BadInputCase{"MalformedJsonConfig",
                     Args({"custom", "--config", kConfigFile}),
                     "{\n  \"name\": \"x\",\n  \"seed\": ,\n}\n",
                     {"config.json:3:11:"}},
        BadInputCase{"UnknownConfigKey",
                     Args({"custom", "--config", kConfigFile}),
                     "TYPO",
                     {"config.json:", "intensty", "did you mean", "\"intensity\""}},
        BadInputCase{
            "MissingConfigFile", Args({"custom", "--config", kConfigFile}), "", {"config.json"}},
        BadInputCase{"CustomWithoutConfig", Args({"custom"}), "", {"--config"}},
        BadInputCase{"NegativeIntensity",
                     Args({"baseline", "--intensity", "-1"}),
                     "",
                     {"--intensity", "-1"}},
        BadInputCase{"NonNumericIntensity",
                     Args({"baseline", "--intensity", "abc"}),
                     "",
                     {"--intensity", "abc"}},
        BadInputCase{"UnknownDurationUnit",
                     Args({"baseline", "--duration", "8x"}),
                     "",
                     {"--duration", "8x"}},
        BadInputCase{
            "NegativeDuration", Args({"baseline", "--duration", "-3h"}), "", {"--duration", "-3h"}},
        BadInputCase{"DurationAboveFourYears",
                     Args({"baseline", "--duration", "1462d"}),
                     "",
                     {"--duration", "1462d", "maximum of 1461d (4 years)"}},
        // Past the parser's own limit too, the window's limit is the one named.
        BadInputCase{"DurationPastOneHundredYears",
                     Args({"baseline", "--duration", "36526d"}),
                     "",
                     {"--duration", "36526d", "maximum of 1461d (4 years)"}},
        BadInputCase{"DiscountAbove100",
                     Args({"flash_sale", "--discount", "150"}),
                     "",
                     {"--discount", "150"}},
        BadInputCase{"ZeroScale",
                     {"baseline", "--scale", "0", "--out-dir", kOutDir},
                     "",
                     {"--scale", "\"0\""}},
        BadInputCase{"UnparsableStart",
                     Args({"baseline", "--start", "yesterday"}),
                     "",
                     {"--start", "yesterday"}},
        // Issue 16 case 8: a start between minutes, in seconds or in a fraction of one.
        BadInputCase{"StartOffTheMinute",
                     Args({"baseline", "--start", "2024-11-29T00:00:30Z", "--duration", "1d"}),
                     "",
                     {"start", "2024-11-29T00:00:30Z", "whole minute"}},
        BadInputCase{"StartWithFractionalSeconds",
                     Args({"baseline", "--start", "2024-11-29T00:00:00.5Z", "--duration", "1d"}),
                     "",
                     {"start", "2024-11-29T00:00:00.5Z", "whole minute"}},
        BadInputCase{"ConfigStartOffTheMinute",
                     Args({"custom", "--config", kConfigFile}),
                     "{\"start\": \"2024-11-29T00:01:00.25Z\"}\n",
                     {"config.json:1:", "start", "whole minute"}},
        // Issue 16 case 9: deliveries, returns and campaigns run past the window, so a window
        // must end well before year 10000; the flag that leaves the range is blamed.
        BadInputCase{"WindowIntoYear10000",
                     Args({"baseline", "--start", "9999-12-29T00:00:00Z", "--duration", "2d"}),
                     "",
                     {"start: 9999-12-29T00:00:00Z", "last supported window end"}},
        BadInputCase{"StartOnTheLastDay",
                     Args({"baseline", "--start", "9999-12-31"}),
                     "",
                     {"start: 9999-12-31T00:00:00Z", "last supported window end"}},
        BadInputCase{"DurationPastTheSupportedRange",
                     Args({"baseline", "--start", "8999-12-31T00:00:00Z", "--duration", "2d"}),
                     "",
                     {"duration: the window 8999-12-31T00:00:00Z + 2d", "9000-01-01T00:00:00Z"}},
        // Issue 16 case 10: empty values and flags that do not apply are errors, not defaults.
        BadInputCase{"EmptyTables", Args({"baseline", "--tables", ""}), "", {"--tables", "\"\""}},
        BadInputCase{"EmptyShard", Args({"baseline", "--shard", ""}), "", {"--shard", "\"\""}},
        BadInputCase{"ConfigWithABuiltinScenario",
                     Args({"flash_sale", "--config", kConfigFile}),
                     "{}\n",
                     {"--config", "config.json", "custom", "flash_sale"}},
        BadInputCase{"CompressionWithCsv",
                     Args({"baseline", "--compression", "snappy"}),
                     "",
                     {"--compression snappy", "--output parquet"}},
        BadInputCase{"CompressionWithExplicitCsv",
                     Args({"baseline", "--output", "csv", "--compression", "none"}),
                     "",
                     {"--compression none", "--output parquet"}},
        // Issue 16 case 16: unknown arguments are named in the order they were given.
        BadInputCase{"UnknownFlagsInTheirOrder",
                     Args({"baseline", "--foo", "bar", "--baz"}),
                     "",
                     {"unexpected arguments: --foo bar --baz"}},
        BadInputCase{"MisspeltScenario",
                     Args({"flash_sael"}),
                     "",
                     {"flash_sael", "did you mean \"flash_sale\"?"}},
        BadInputCase{"ZeroThreads", Args({"baseline", "--threads", "0"}), "", {"--threads", "0"}},
        BadInputCase{"NegativeSeed", Args({"baseline", "--seed", "-1"}), "", {"--seed", "-1"}},
        BadInputCase{
            "ZeroIntensity", Args({"baseline", "--intensity", "0"}), "", {"--intensity", "\"0\""}},
        BadInputCase{
            "ZeroDuration", Args({"baseline", "--duration", "0h"}), "", {"--duration", "0h"}},
        BadInputCase{"OverflowingDuration",
                     Args({"baseline", "--duration", "1e999d"}),
                     "",
                     {"--duration", "1e999d"}},
        BadInputCase{
            "ShardPastTheCount", Args({"baseline", "--shard", "4/3"}), "", {"--shard", "4/3"}},
        BadInputCase{"RunStampNotARealDay",
                     Args({"baseline", "--run-stamp", "20240631_000000"}),
                     "",
                     {"--run-stamp", "YYYYMMDD_HHMMSS", "\"20240631_000000\""}},
        BadInputCase{
            "EmptyRunStamp", Args({"baseline", "--run-stamp", ""}), "", {"--run-stamp", "\"\""}},
        BadInputCase{"WrongJsonType",
                     Args({"custom", "--config", kConfigFile}),
                     "{\"intensity\": \"high\"}\n",
                     {"config.json:1:15:", "intensity", "expected a number"}},
        BadInputCase{"CohortSharesNotSummingTo100",
                     Args({"custom", "--config", kConfigFile}),
                     "{\n  \"cohorts\": {\"gen_z\": {\"share_pct\": 50}}\n}\n",
                     {"config.json:2:", "share_pct", "sum to 100", "122"}},
        BadInputCase{"CorrelationsNotAMatrix",
                     Args({"custom", "--config", kConfigFile}),
                     "{\"correlations\": {\"orders_tickets\": 0.99, \"tickets_delays\": 0.99, "
                     "\"orders_delays\": -0.99}}\n",
                     {"config.json:1:", "correlations", "positive-definite"}},
        // 10^6 x 2,500 orders a day for 4 years: more orders than the ids are allowed to count.
        BadInputCase{
            "CountsBeyondTheIdLimit",
            {"baseline", "--scale", "1000000", "--duration", "1461d", "--out-dir", kOutDir},
            "",
            {"orders", "above the limit"}}),
    [](const testing::TestParamInfo<BadInputCase>& param_info) {
      return std::string(param_info.param.name);
    });

// Issue 16 case 10: validate's flags given an empty or missing value are usage errors (exit 2),
// never the default, and validate prints no report.
TEST(BadInputE2ETest, ValidateRefusesAnEmptyRunPrefixAndAMissingBaseline) {
  ScratchDir dir("validate-flags");
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.01", "--out-dir", dir.str(), "--quiet"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string missing = dir.Sub("no-such-baseline");
  WriteFileBytes(dir.Sub("a-file"), "x\n");
  const struct {
    std::vector<std::string> args;
    std::vector<std::string> message_parts;
  } kCases[] = {
      {{"validate", dir.str(), "--run", ""}, {"--run", "empty"}},
      {{"validate", dir.str(), "--baseline", missing}, {"--baseline", missing, "not a directory"}},
      {{"validate", dir.str(), "--baseline", dir.Sub("a-file")}, {"--baseline", "not a directory"}},
  };
  for (const auto& bad : kCases) {
    SCOPED_TRACE(bad.args.back());
    const CliResult validate = RunEcomgen(bad.args);
    EXPECT_EQ(validate.exit_code, 2) << validate.err;
    EXPECT_EQ(validate.out, "");
    ExpectOneErrorLine(validate);
    for (const std::string& part : bad.message_parts) {
      EXPECT_NE(validate.err.find(part), std::string::npos) << validate.err;
    }
  }
}

// Issue 16 case 16: no arguments at all is a usage error like any other: one prefixed line.
TEST(BadInputE2ETest, NoArgumentsIsOneErrorLine) {
  const CliResult run = RunEcomgen({});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_EQ(run.out, "");
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("--help"), std::string::npos) << run.err;
}

TEST(BadInputE2ETest, UnwritableOutputDirectoryFailsWithOneErrorLine) {
  // /proc accepts no new directories, not even from root (permission bits would not stop
  // root, so a chmod-ed directory proves nothing when the tests run as root).
  const std::string out_dir = "/proc/ecomgen-test";
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.05", "--out-dir", out_dir, "--quiet"});
  EXPECT_TRUE(run.exit_code == 1 || run.exit_code == 2) << run.exit_code << " " << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find(out_dir), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(out_dir));
}

TEST(BadInputE2ETest, OutputDirectoryThatIsAFileFailsWithOneErrorLine) {
  ScratchDir dir("out-is-file");
  const std::string out_dir = dir.Sub("file");
  WriteFileBytes(out_dir, "not a directory\n");
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.05", "--out-dir", out_dir, "--quiet"});
  EXPECT_TRUE(run.exit_code == 1 || run.exit_code == 2) << run.exit_code << " " << run.err;
  ExpectOneErrorLine(run);
  EXPECT_EQ(ReadFileBytes(out_dir), "not a directory\n");
  EXPECT_EQ(ListFiles(dir.path()), std::vector<std::string>{"file"});
}

// Bytes of a bad config file reach the error line escaped (issue 16 case 16): neither an
// invalid UTF-8 byte nor a terminal escape sequence is echoed raw.
TEST(BadInputE2ETest, RawBytesOfABadConfigAreEscaped) {
  ScratchDir dir("raw-bytes");
  const std::string config = dir.Sub("config.json");
  WriteFileBytes(config, "{\"name\": \x1b[31m \"x\xff\"}");
  const CliResult escape = RunEcomgen({"custom", "--config", config, "--out-dir", dir.Sub("out")});
  WriteFileBytes(config, "{\"name\": \"x\xff\"}");
  const CliResult invalid = RunEcomgen({"custom", "--config", config, "--out-dir", dir.Sub("out")});
  for (const CliResult* run : {&escape, &invalid}) {
    EXPECT_EQ(run->exit_code, 2) << run->err;
    ExpectOneErrorLine(*run);
    EXPECT_EQ(run->err.find('\x1b'), std::string::npos) << run->err;
    EXPECT_EQ(run->err.find('\xff'), std::string::npos) << run->err;
  }
  EXPECT_NE(invalid.err.find("\\xff"), std::string::npos) << invalid.err;
}

// `--out-dir ""` (the cases above all get an --out-dir of their own) is bad usage like every
// other empty value, not a failure to create a directory called "" (exit 1).
TEST(BadInputE2ETest, EmptyOutDirIsBadUsage) {
  const CliResult run = RunEcomgen({"baseline", "--scale", "0.01", "--out-dir", "", "--quiet"});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("--out-dir \"\": empty"), std::string::npos) << run.err;
}

// A dangling link as --out-dir (issue 16 case 16: the message was the system's "File
// exists"): the error says where the link points, and nothing is created there.
TEST(BadInputE2ETest, OutputDirectoryThatIsADanglingLinkIsNamedAsOne) {
  ScratchDir dir("out-dangling");
  const std::string target = dir.Sub("gone");
  const std::string out_dir = dir.Sub("link");
  std::filesystem::create_symlink(target, out_dir);
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.01", "--out-dir", out_dir, "--quiet"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("a symbolic link to " + target + ", which does not exist"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(std::filesystem::exists(target));
}

// The run prefix is `baseline_{UTC time of the run}`, which a test cannot choose. So the test
// plants a file under every name the run could pick in the next minutes; the run must refuse
// to replace any of them, and with --force it must replace exactly the one it picked.
TEST(BadInputE2ETest, ExistingFilesAreKeptWithoutForce) {
  constexpr std::time_t kFromSeconds = -2;
  constexpr std::time_t kToSeconds = 180;
  const std::string kPlanted = "planted\n";
  ScratchDir dir("force");
  const std::time_t now = std::time(nullptr);
  int planted_count = 0;
  for (std::time_t offset = kFromSeconds; offset <= kToSeconds; ++offset) {
    const std::time_t at = now + offset;
    std::tm utc{};
    gmtime_r(&at, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof(stamp), "%Y%m%d_%H%M%S", &utc);
    WriteFileBytes(dir.path() / ("baseline_" + std::string(stamp) + "_campaigns.csv"), kPlanted);
    ++planted_count;
  }
  const std::vector<std::string> args = {"baseline",  "--scale",   "0.05",    "--tables",
                                         "campaigns", "--out-dir", dir.str(), "--quiet"};

  const CliResult refused = RunEcomgen(args);
  EXPECT_TRUE(refused.exit_code == 1 || refused.exit_code == 2)
      << refused.exit_code << " " << refused.err;
  ExpectOneErrorLine(refused);
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  std::vector<std::string> names = ListFiles(dir.path());
  ASSERT_EQ(names.size(), static_cast<size_t>(planted_count)) << "the run wrote files";
  for (const std::string& name : names) EXPECT_EQ(ReadFileBytes(dir.path() / name), kPlanted);

  std::vector<std::string> forced_args = args;
  forced_args.push_back("--force");
  const CliResult forced = RunEcomgen(forced_args);
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  names = ListFiles(dir.path());
  // The planted files, plus the run's summary (which had no planted twin).
  ASSERT_EQ(names.size(), static_cast<size_t>(planted_count) + 1);
  int replaced = 0;
  for (const std::string& name : names) {
    if (RunFileSuffix(name) != "campaigns.csv") continue;
    if (ReadFileBytes(dir.path() / name) != kPlanted) ++replaced;
  }
  EXPECT_EQ(replaced, 1);
}

}  // namespace
}  // namespace ecomgen::e2e
