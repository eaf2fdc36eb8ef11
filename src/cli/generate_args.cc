#include "cli/generate_args.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include "cli/config_options.h"
#include "cli/scheduler_shard.h"
#include "ecomgen/timestamps.h"

namespace ecomgen::cli {
namespace {

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
      return Status::InvalidArgument("--tables: unknown table \"" + name + "\" (tables: " + known +
                                     ")");
    }
    tables.push_back(*table);
    begin = end + 1;
  }
  return tables;
}

// A decimal int that is the whole of `text`.
std::optional<int> ParseWholeInt(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "K/N" with 1 <= K <= N, or "auto": the position the scheduler's environment gives.
// `shards` is the --shards count, which only "auto" takes.
Status ParseShard(const std::string& shard, std::optional<int> shards, RunOptions& options) {
  if (shard == "auto") {
    const Result<ShardPosition> position = ShardFromScheduler(ReadSchedulerEnvironment(), shards);
    if (!position) return position.error();
    options.shard_index = position->index;
    options.shard_count = position->count;
    return Status::Ok();
  }
  if (shards) {
    return Status::InvalidArgument(
        "--shards: only with --shard auto (--shard K/N gives the count)");
  }
  const std::string_view text = shard;
  const size_t slash = text.find('/');
  std::optional<int> index;
  std::optional<int> count;
  if (slash != std::string_view::npos) {
    index = ParseWholeInt(text.substr(0, slash));
    count = ParseWholeInt(text.substr(slash + 1));
  }
  if (!index || !count || *count < 1 || *index < 1 || *index > *count) {
    return Status::InvalidArgument("--shard: expected K/N with 1 <= K <= N, or auto, got \"" +
                                   shard + "\"");
  }
  options.shard_index = *index;
  options.shard_count = *count;
  return Status::Ok();
}

// `--run-stamp`: the UTC time stamp the file names carry instead of the start time, in the
// same YYYYMMDD_HHMMSS form, so that a pipeline knows its file names before the run and the
// tasks of one sharded run (started at different seconds) write one run.
Status ParseRunStamp(const std::string& stamp, RunOptions& options) {
  const auto digits = [&](size_t from, size_t count) {
    return std::all_of(stamp.begin() + static_cast<std::ptrdiff_t>(from),
                       stamp.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  const bool shaped = stamp.size() == 15 && stamp[8] == '_' && digits(0, 8) && digits(9, 6);
  // The calendar check (a real day, hours < 24, ...) is the timestamp parser's.
  const bool real =
      shaped && ParseUtcTimestamp(stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" +
                                  stamp.substr(6, 2) + "T" + stamp.substr(9, 2) + ":" +
                                  stamp.substr(11, 2) + ":" + stamp.substr(13, 2) + "Z")
                    .has_value();
  if (!real) {
    return Status::InvalidArgument(
        "--run-stamp: expected a UTC date and time as YYYYMMDD_HHMMSS (e.g. 20240601_000000), "
        "got \"" +
        stamp + "\"");
  }
  options.run_stamp = stamp;
  return Status::Ok();
}

// The --output values, in registry order; only those --compression applies to if `compressed`.
std::vector<std::string> FormatNames(bool compressed_only = false) {
  std::vector<std::string> names;
  for (const OutputFormatInfo& info : OutputFormats()) {
    if (!compressed_only || info.compressed) names.emplace_back(info.name);
  }
  return names;
}

std::vector<std::string> CompressionNames() {
  std::vector<std::string> names;
  for (int idx = 0; idx < kCompressionCount; ++idx) {
    names.emplace_back(CompressionName(static_cast<Compression>(idx)));
  }
  return names;
}

// "a, b or c".
std::string OrList(const std::vector<std::string>& names) {
  std::string text;
  for (size_t idx = 0; idx < names.size(); ++idx) {
    if (idx > 0) text += idx + 1 == names.size() ? " or " : ", ";
    text += names[idx];
  }
  return text;
}

// A direct load writes every table, whole, as CSV into one database.
Status CheckLoadArgs(const RunOptions& options, const std::string& output) {
  if (output != "csv")
    return Status::InvalidArgument("--to: cannot be combined with --output " + output);
  if (!options.tables.empty())
    return Status::InvalidArgument("--to: loads every table; drop --tables");
  if (options.shard_count > 1)
    return Status::InvalidArgument("--to: cannot be combined with --shard");
  return CheckPostgresUrl(options.postgres_url);
}

}  // namespace

Result<GenerateArgs> ParseGenerateArgs(const std::string& scenario,
                                       const std::vector<std::string>& args) {
  CLI::App app("Generate a scenario", "ecomgen " + scenario);
  ConfigOptions config_options;
  AddConfigOptions(app, config_options);
  GenerateArgs parsed;
  RunOptions& options = parsed.options;
  std::string output(OutputFormats().front().name);
  std::string compression(CompressionName(Compression::kZstd));
  std::string tables;
  std::string shard;
  int shards = 0;
  std::string run_stamp;
  app.add_option("--output", output, "file format: " + OrList(FormatNames()))
      ->check(CLI::IsMember(FormatNames()));
  CLI::Option* compression_flag = app.add_option(
      "--compression", compression, "Parquet compression: " + OrList(CompressionNames()));
  compression_flag->check(CLI::IsMember(CompressionNames()));
  const CLI::Option* tables_flag =
      app.add_option("--tables", tables, "comma-separated tables to write (default: all)");
  const CLI::Option* out_dir_flag =
      app.add_option("--out-dir", options.out_dir, "output directory (default ./output)");
  app.add_option("--threads", options.threads, "worker threads (default: all cores)")
      ->check(CLI::Range(1, 4096));
  const CLI::Option* shard_flag = app.add_option(
      "--shard", shard,
      "K/N: write the K-th of N disjoint parts (dimensions in 1/N); auto: K and N from a Slurm "
      "array or Kubernetes Indexed Job");
  const CLI::Option* shards_flag =
      app.add_option("--shards", shards, "N for --shard auto under a Kubernetes Indexed Job")
          ->check(CLI::Range(1, std::numeric_limits<int>::max()));
  const CLI::Option* run_stamp_flag = app.add_option(
      "--run-stamp", run_stamp,
      "YYYYMMDD_HHMMSS (UTC): the time stamp in the file names (default: now); give every shard "
      "of a run the same one");
  app.add_option("--to", options.postgres_url,
                 "postgresql://... : load into this database instead of writing files");
  app.add_flag("--force", options.force, "overwrite existing files (or tables, with --to)");
  app.add_flag("--quiet", parsed.quiet, "no progress or summary on stderr");
  app.add_flag("--dry-run", parsed.dry_run, "print the planned row counts and exit");
  ECOMGEN_RETURN_IF_ERROR(ParseCommandLine(app, args, parsed.help));
  if (parsed.help) return parsed;

  if (scenario != "custom") {
    const Result<Config> known = BuiltinScenario(scenario);
    if (!known) return known.error();
  }
  Result<Config> config = ResolveConfig(scenario, config_options);
  if (!config) return config.error();
  options.config = std::move(*config);
  // Both names passed IsMember over the registry's names.
  options.output = *OutputFormatFromName(output);
  options.compression = *CompressionFromName(compression);
  if (compression_flag->count() > 0 && !FormatInfo(options.output).compressed) {
    return Status::InvalidArgument("--compression " + compression + ": only for --output " +
                                   OrList(FormatNames(/*compressed_only=*/true)) + " (" + output +
                                   " is written uncompressed)");
  }
  // A flag given with an empty value is a mistake (an unset shell variable, say), never a
  // quiet request for the default.
  if (tables_flag->count() > 0) {
    Result<std::vector<TableId>> table_list = ParseTables(tables);
    if (!table_list) return table_list.error();
    options.tables = std::move(*table_list);
  }
  const std::optional<int> shards_count =
      shards_flag->count() > 0 ? std::optional<int>(shards) : std::nullopt;
  if (shard_flag->count() > 0) {
    ECOMGEN_RETURN_IF_ERROR(ParseShard(shard, shards_count, options));
  } else if (shards_count) {
    return Status::InvalidArgument("--shards: only with --shard auto");
  }
  if (run_stamp_flag->count() > 0) ECOMGEN_RETURN_IF_ERROR(ParseRunStamp(run_stamp, options));
  if (out_dir_flag->count() > 0 && options.out_dir.empty()) {
    return Status::InvalidArgument(
        "--out-dir \"\": empty; give a directory or leave --out-dir out (default ./output)");
  }
  if (!options.postgres_url.empty()) ECOMGEN_RETURN_IF_ERROR(CheckLoadArgs(options, output));
  return parsed;
}

}  // namespace ecomgen::cli
