// Hostile config files (issue 16 case 7): reading a config costs time linear in its size and
// memory bounded by a small multiple of it. A file with 160,000 keys gets its "unknown key"
// error at once (it took 28 s when each key was looked up by a linear search), and 16 MiB of
// "[" is refused by the nesting limit before a parser builds 16 million arrays (1.27 GB).
// Each run is bounded in memory the way the hostile validate tests bound theirs (an address
// space cap, or AddressSanitizer's RSS limit, which cannot run under such a cap).
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// CPU seconds. Sanitized binaries run several times slower; the bound still tells linear
// from quadratic (the quadratic reader took 28.6 s for these keys).
constexpr double kMaxSeconds = 10;
#else
constexpr double kMaxSeconds = 2;
#endif

// `custom --config path` under a memory bound (and a time-out far above kMaxSeconds, so a
// slow reader fails the test instead of hanging it).
CliResult ReadConfigBounded(const std::string& path, const std::string& out_dir) {
#if defined(__SANITIZE_ADDRESS__)
  const std::string script =
      "export ASAN_OPTIONS=\"${ASAN_OPTIONS:-}:hard_rss_limit_mb=512\"; exec timeout 60 \"$@\"";
#else
  const std::string script = "ulimit -v 256000; exec timeout 60 \"$@\"";
#endif
  return RunProgram("/bin/sh", {"-c", script, "sh", EcomgenBinary(), "custom", "--config", path,
                                "--out-dir", out_dir, "--quiet"});
}

TEST(ConfigLimitsE2ETest, ManyKeysGetTheUnknownKeyErrorInLinearTime) {
  ScratchDir dir("config-keys");
  std::string text = "{\"name\": \"many\"";
  for (int key_idx = 0; key_idx < 160000; ++key_idx) {
    text += ", \"k" + std::to_string(key_idx) + "\": " + std::to_string(key_idx);
  }
  text += "}";
  WriteFileBytes(dir.path() / "keys.json", text);
  const CliResult run = ReadConfigBounded(dir.Sub("keys.json"), dir.Sub("out"));
  EXPECT_EQ(run.exit_code, 2) << run.err;
  ExpectOneErrorLine(run);
  // The first unknown key of the file, where the file has it.
  EXPECT_NE(run.err.find("keys.json:1:18: unknown key \"k0\""), std::string::npos) << run.err;
  // CPU time, not wall time: a loaded machine stretches the latter (0.26 s alone here).
  EXPECT_LT(run.cpu_seconds, kMaxSeconds);
}

TEST(ConfigLimitsE2ETest, SixteenMebibytesOfBracketsHitTheDepthLimit) {
  ScratchDir dir("config-depth");
  WriteFileBytes(dir.path() / "deep.json", std::string(size_t{16} << 20, '['));
  const CliResult run = ReadConfigBounded(dir.Sub("deep.json"), dir.Sub("out"));
  EXPECT_EQ(run.exit_code, 2) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("deep.json:1:65: JSON nested 65 levels deep; a config file may nest at "
                         "most 64"),
            std::string::npos)
      << run.err;
}

// Below the limits a deep or long file is read like any other: its errors are the usual ones.
TEST(ConfigLimitsE2ETest, NestingWithinTheLimitIsAnOrdinaryError) {
  ScratchDir dir("config-nest");
  WriteFileBytes(dir.path() / "nest.json", "{\"name\": \"n\", \"business\": " +
                                               std::string(60, '[') + std::string(60, ']') + "}");
  const CliResult run = ReadConfigBounded(dir.Sub("nest.json"), dir.Sub("out"));
  EXPECT_EQ(run.exit_code, 2) << run.err;
  ExpectOneErrorLine(run);
  EXPECT_NE(run.err.find("business: expected an object"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace ecomgen::e2e
