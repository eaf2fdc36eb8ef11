// `ecomgen validate` bounds its time and memory on any input (issue 16 case 11): a FIFO or a
// device under a run file's name is refused before it is read (it would block or never end),
// and a record or a summary far longer than any run writes is refused instead of being read
// whole into memory. Each case is one error line naming the file, exit 1 (a run that cannot
// be read whole fails validation).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

// Validates `dir` under a time and an address-space limit, so that a validator that blocks
// or reads without bound fails the test (exit 124 from timeout, or a failed allocation)
// instead of hanging it or taking the machine's memory.
// AddressSanitizer reserves terabytes of address space for its shadow memory, so under it
// the bound is its own resident-memory limit instead.
CliResult ValidateBounded(const std::string& dir) {
#if defined(__SANITIZE_ADDRESS__)
  const std::string script =
      "export ASAN_OPTIONS=\"${ASAN_OPTIONS:-}:hard_rss_limit_mb=4000\"; exec timeout 20 \"$@\"";
#else
  const std::string script = "ulimit -v 4000000; exec timeout 20 \"$@\"";
#endif
  return RunProgram("/bin/sh", {"-c", script, "sh", EcomgenBinary(), "validate", dir});
}

// A small run in `dir`; returns the path of its file that ends in `suffix` ("orders.csv").
std::filesystem::path SmallRun(const ScratchDir& dir, const std::string& suffix,
                               const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"baseline",  "--scale", "0.01",
                                   "--out-dir", dir.str(), "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  const CliResult run = RunEcomgen(args);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return FindRunFile(dir.path(), suffix);
}

// Replaces `path` by a FIFO that nothing ever writes to.
void ReplaceByFifo(const std::filesystem::path& path) {
  std::filesystem::remove(path);
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
}

void ExpectRefused(const CliResult& validate, const std::filesystem::path& file,
                   const std::string& why) {
  EXPECT_EQ(validate.exit_code, 1) << validate.out << validate.err;
  ExpectOneErrorLine(validate);
  EXPECT_NE(validate.err.find(file.filename().string()), std::string::npos) << validate.err;
  EXPECT_NE(validate.err.find(why), std::string::npos) << validate.err;
}

TEST(ValidateHostileFilesE2ETest, AFifoAsTheSummaryIsRefused) {
  ScratchDir dir("validate-fifo-summary");
  const std::filesystem::path summary = SmallRun(dir, "summary.json");
  ReplaceByFifo(summary);
  ExpectRefused(ValidateBounded(dir.str()), summary, "a FIFO, not a regular file");
}

TEST(ValidateHostileFilesE2ETest, AFifoAsACsvTableIsRefused) {
  ScratchDir dir("validate-fifo-csv");
  const std::filesystem::path orders = SmallRun(dir, "orders.csv");
  ReplaceByFifo(orders);
  ExpectRefused(ValidateBounded(dir.str()), orders, "a FIFO, not a regular file");
}

TEST(ValidateHostileFilesE2ETest, AFifoAsAParquetTableIsRefused) {
  ScratchDir dir("validate-fifo-parquet");
  const std::filesystem::path orders = SmallRun(dir, "orders.parquet", {"--output", "parquet"});
  ReplaceByFifo(orders);
  ExpectRefused(ValidateBounded(dir.str()), orders, "a FIFO, not a regular file");
}

TEST(ValidateHostileFilesE2ETest, ALinkToAnEndlessDeviceIsRefused) {
  ScratchDir dir("validate-dev-zero");
  const std::filesystem::path customers = SmallRun(dir, "customers.csv");
  std::filesystem::remove(customers);
  std::filesystem::create_symlink("/dev/zero", customers);
  ExpectRefused(ValidateBounded(dir.str()), customers, "a character device");
}

TEST(ValidateHostileFilesE2ETest, ARecordWithoutALineEndIsCutOffAt16MiB) {
  ScratchDir dir("validate-long-record");
  const std::filesystem::path orders = SmallRun(dir, "orders.csv");
  WriteFileBytes(orders, std::string((size_t{17} << 20), 'x'));
  ExpectRefused(ValidateBounded(dir.str()), orders, "a record longer than 16 MiB");
}

// A summary padded far past what a run writes is refused, even though it is valid JSON.
TEST(ValidateHostileFilesE2ETest, ASummaryOver4MiBIsRefused) {
  ScratchDir dir("validate-long-summary");
  const std::filesystem::path summary = SmallRun(dir, "summary.json");
  WriteFileBytes(summary, ReadFileBytes(summary) + std::string((size_t{5} << 20), ' '));
  ExpectRefused(ValidateBounded(dir.str()), summary, "longer than 4 MiB");
}

}  // namespace
}  // namespace ecomgen::e2e
