#include "cli/generate_args.h"

#include <algorithm>
#include <charconv>

#include "cli/config_options.h"

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

// "K/N" with 1 <= K <= N.
Status ParseShard(const std::string& shard, RunOptions& options) {
  const std::string_view text = shard;
  const size_t slash = text.find('/');
  std::optional<int> index;
  std::optional<int> count;
  if (slash != std::string_view::npos) {
    index = ParseWholeInt(text.substr(0, slash));
    count = ParseWholeInt(text.substr(slash + 1));
  }
  if (!index || !count || *count < 1 || *index < 1 || *index > *count) {
    return Status::InvalidArgument("--shard: expected K/N with 1 <= K <= N, got \"" + shard + "\"");
  }
  options.shard_index = *index;
  options.shard_count = *count;
  return Status::Ok();
}

}  // namespace

Result<GenerateArgs> ParseGenerateArgs(const std::string& scenario,
                                       const std::vector<std::string>& args) {
  CLI::App app("Generate a scenario", "ecomgen " + scenario);
  ConfigOptions config_options;
  AddConfigOptions(app, config_options);
  GenerateArgs parsed;
  RunOptions& options = parsed.options;
  std::string output = "csv";
  std::string compression = "zstd";
  std::string tables;
  std::string shard;
  app.add_option("--output", output, "csv or parquet")->check(CLI::IsMember({"csv", "parquet"}));
  CLI::Option* compression_flag =
      app.add_option("--compression", compression, "Parquet compression: zstd, snappy or none");
  compression_flag->check(CLI::IsMember({"zstd", "snappy", "none"}));
  const CLI::Option* tables_flag =
      app.add_option("--tables", tables, "comma-separated tables to write (default: all)");
  app.add_option("--out-dir", options.out_dir, "output directory (default ./output)");
  app.add_option("--threads", options.threads, "worker threads (default: all cores)")
      ->check(CLI::Range(1, 4096));
  const CLI::Option* shard_flag = app.add_option(
      "--shard", shard, "K/N: write the K-th of N disjoint parts (dimensions in 1/N)");
  app.add_flag("--force", options.force, "overwrite existing files of the same name");
  app.add_flag("--quiet", parsed.quiet, "no progress or summary on stderr");
  app.add_flag("--dry-run", parsed.dry_run, "print the planned row counts and exit");
  ECOMGEN_RETURN_IF_ERROR(ParseCommandLine(app, args, parsed.help));
  if (parsed.help) return parsed;

  if (scenario != "custom") {
    const Result<Config> known = NamedScenario(scenario);
    if (!known) return known.error();
  }
  Result<Config> config = ResolveConfig(scenario, config_options);
  if (!config) return config.error();
  options.config = std::move(*config);
  options.output = output == "parquet" ? OutputKind::kParquet : OutputKind::kCsv;
  if (compression_flag->count() > 0 && options.output != OutputKind::kParquet) {
    return Status::InvalidArgument("--compression " + compression +
                                   ": only for --output parquet (CSV is written uncompressed)");
  }
  options.compression = compression == "snappy" ? CompressionKind::kSnappy
                        : compression == "none" ? CompressionKind::kNone
                                                : CompressionKind::kZstd;
  // A flag given with an empty value is a mistake (an unset shell variable, say), never a
  // quiet request for the default.
  if (tables_flag->count() > 0) {
    Result<std::vector<TableId>> table_list = ParseTables(tables);
    if (!table_list) return table_list.error();
    options.tables = std::move(*table_list);
  }
  if (shard_flag->count() > 0) ECOMGEN_RETURN_IF_ERROR(ParseShard(shard, options));
  return parsed;
}

}  // namespace ecomgen::cli
