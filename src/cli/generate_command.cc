// `ecomgen <scenario>` / `ecomgen custom`: resolve the config, generate, report.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <stop_token>
#include <thread>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/config_options.h"
#include "cli/progress.h"
#include "ecomgen/run.h"

namespace ecomgen::cli {
namespace {

// The signal that interrupted the run (0 = none). Written only by the signal handler.
volatile std::sig_atomic_t g_signal = 0;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): signal handlers can only reach globals

extern "C" void OnSignal(int signal) { g_signal = signal; }

Result<std::vector<TableId>> ParseTables(const std::string& list) {
  std::vector<TableId> tables;
  size_t begin = 0;
  while (begin <= list.size()) {
    const size_t end = std::min(list.find(',', begin), list.size());
    const std::string name = list.substr(begin, end - begin);
    const std::optional<TableId> table = TableFromName(name);
    if (!table) {
      std::string known;
      for (TableId t : kAllTables) known += (known.empty() ? "" : ", ") + std::string(TableName(t));
      return Status::InvalidArgument("--tables: unknown table \"" + name + "\" (tables: " + known + ")");
    }
    tables.push_back(*table);
    begin = end + 1;
  }
  return tables;
}

}  // namespace

int RunGenerate(const std::string& scenario, const std::vector<std::string>& args) {
  CLI::App app("Generate a scenario", "ecomgen " + scenario);
  ConfigOptions config_options;
  AddConfigOptions(app, config_options);
  std::string output = "csv";
  std::string compression = "zstd";
  std::string tables;
  RunOptions options;
  bool quiet = false;
  bool dry_run = false;
  app.add_option("--output", output, "csv or parquet")->check(CLI::IsMember({"csv", "parquet"}));
  app.add_option("--compression", compression, "Parquet compression: zstd, snappy or none")
      ->check(CLI::IsMember({"zstd", "snappy", "none"}));
  app.add_option("--tables", tables, "comma-separated tables to write (default: all)");
  app.add_option("--out-dir", options.out_dir, "output directory (default ./output)");
  app.add_option("--threads", options.threads, "worker threads (default: all cores)")
      ->check(CLI::Range(1, 4096));
  std::string shard;
  app.add_option("--shard", shard, "K/N: write the K-th of N disjoint parts (dimensions in 1/N)");
  app.add_flag("--force", options.force, "overwrite existing files of the same name");
  app.add_flag("--quiet", quiet, "no progress or summary on stderr");
  app.add_flag("--dry-run", dry_run, "print the planned row counts and exit");
  if (const std::optional<int> exit = ParseArgs(app, args)) return *exit;

  if (scenario != "custom") {
    const Result<Config> known = BuiltinScenario(scenario);
    if (!known) return ReportError(known.error());
  }
  Result<Config> config = ResolveConfig(scenario, config_options);
  if (!config) return ReportError(config.error());
  options.config = *config;
  options.output = output == "parquet" ? OutputKind::kParquet : OutputKind::kCsv;
  options.compression = compression == "snappy" ? CompressionKind::kSnappy
                        : compression == "none" ? CompressionKind::kNone
                                                : CompressionKind::kZstd;
  if (!tables.empty()) {
    Result<std::vector<TableId>> parsed = ParseTables(tables);
    if (!parsed) return ReportError(parsed.error());
    options.tables = *parsed;
  }

  if (!shard.empty()) {
    int index = 0;
    int count = 0;
    char tail = 0;
    if (std::sscanf(shard.c_str(), "%d/%d%c", &index, &count, &tail) != 2 || count < 1 ||
        index < 1 || index > count) {
      return ReportUsage("--shard: expected K/N with 1 <= K <= N, got \"" + shard + "\"");
    }
    options.shard_index = index;
    options.shard_count = count;
  }
  if (dry_run) {
    PrintDryRun(*config, options);
    return kExitOk;
  }

  // Interruptions: the handler only records the signal; a watcher turns it into a stop
  // request, and the run removes its temporaries.
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::stop_source stop;
  std::jthread watcher([&stop](std::stop_token done) {
    // Polls the signal flag; the wait ends early when the run ends (`done`), so a short run
    // does not wait out the poll interval.
    std::mutex mutex;
    std::condition_variable_any never_notified;
    std::unique_lock lock(mutex);
    while (!done.stop_requested()) {
      if (g_signal != 0) {
        stop.request_stop();
        return;
      }
      never_notified.wait_for(lock, done, std::chrono::milliseconds(20), [] { return false; });
    }
  });
  Progress progress(!quiet && ::isatty(STDERR_FILENO) != 0);
  options.on_progress = [&progress](TableId table, int64_t rows) { progress.Update(table, rows); };
  const Result<RunReport> report = GenerateRun(options, stop.get_token());
  watcher.request_stop();
  progress.Finish();
  if (!report) {
    if (g_signal != 0) {
      std::fprintf(stderr, "ecomgen: error: interrupted by signal %d; no files were kept\n",
                   static_cast<int>(g_signal));
      return g_signal == SIGINT ? kExitInterrupted : kExitFailure;
    }
    return ReportError(report.error());
  }
  if (!quiet) PrintRunReport(*report);
  return kExitOk;
}

}  // namespace ecomgen::cli
