#include "validate/run_files.h"

#include <map>
#include <string>
#include <system_error>
#include <utility>

namespace ecomgen::validate {

namespace {

constexpr std::string_view kSummarySuffix = "_summary";
// "_YYYYMMDD_HHMMSS" at the end of a prefix.
constexpr size_t kTimestampSuffixLength = 16;

bool IsDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// A shard's file name ("{prefix}_{table}_shardKofN.csv", "{prefix}_shardKofN_summary.json")
// as the unsharded run would name it, with K and N; nullopt when it is not a shard's file.
struct ShardFileName {
  RunFileName run;
  int index = 0;
  int count = 0;
};
std::optional<ShardFileName> ParseShardFileName(std::string_view file_name) {
  constexpr std::string_view kShard = "_shard";
  const size_t at = file_name.rfind(kShard);
  if (at == std::string_view::npos) return std::nullopt;
  const size_t digits_at = at + kShard.size();
  const size_t of_at = file_name.find("of", digits_at);
  const size_t end =
      file_name.find_first_of("._", of_at == std::string_view::npos ? digits_at : of_at + 2);
  if (of_at == std::string_view::npos || end == std::string_view::npos) return std::nullopt;
  const std::string_view index = file_name.substr(digits_at, of_at - digits_at);
  const std::string_view count = file_name.substr(of_at + 2, end - of_at - 2);
  // Ten digits would overflow an int; no run has that many shards.
  if (!IsDigits(index) || !IsDigits(count) || index.size() > 9 || count.size() > 9) {
    return std::nullopt;
  }
  std::string unsharded(file_name.substr(0, at));
  unsharded += file_name.substr(end);
  std::optional<RunFileName> run = ParseRunFileName(unsharded);
  if (!run) return std::nullopt;
  return ShardFileName{std::move(*run), std::stoi(std::string(index)),
                       std::stoi(std::string(count))};
}

// Why `dir` holds no run, when it holds the shards of one: the newest sharded run's prefix and
// the shards present, so that the user is not told the directory is empty of runs.
std::string ShardedRunNote(const std::filesystem::path& dir, std::string_view prefix_filter) {
  std::error_code error;
  std::map<std::pair<std::string, std::string>, std::map<int, int>> shards;  // -> index: count
  for (std::filesystem::directory_iterator entries(dir, error);
       !error && entries != std::filesystem::directory_iterator(); entries.increment(error)) {
    const std::optional<ShardFileName> shard =
        ParseShardFileName(entries->path().filename().string());
    if (!shard || shard->run.prefix.rfind(prefix_filter, 0) != 0) continue;
    shards[{shard->run.timestamp, shard->run.prefix}][shard->index] = shard->count;
  }
  if (shards.empty()) return "";
  const auto& [key, found] = *shards.rbegin();
  std::string listed;
  for (const auto& [index, count] : found) {
    listed += (listed.empty() ? "" : ", ") + std::to_string(index) + "/" + std::to_string(count);
  }
  return "; it holds shards " + listed + " of run " + key.second +
         ", and validate reads unsharded runs only: validate the run generated without --shard "
         "(same seed and config; its rows are the shards' rows)";
}

}  // namespace

std::optional<RunFileName> ParseRunFileName(std::string_view file_name) {
  const size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  RunFileName parsed;
  parsed.extension = std::string(file_name.substr(dot + 1));
  std::string_view stem = file_name.substr(0, dot);
  if (parsed.extension == "json") {
    if (!EndsWith(stem, kSummarySuffix)) return std::nullopt;
    stem.remove_suffix(kSummarySuffix.size());
  } else if (OutputFormatFromExtension(parsed.extension)) {
    for (TableId table : kAllTables) {
      const std::string suffix = "_" + std::string(TableName(table));
      if (EndsWith(stem, suffix)) {
        parsed.table = table;
        stem.remove_suffix(suffix.size());
        break;
      }
    }
    if (!parsed.table) return std::nullopt;
  } else {
    return std::nullopt;
  }
  // stem = {scenario}_{YYYYMMDD}_{HHMMSS}
  if (stem.size() <= kTimestampSuffixLength) return std::nullopt;
  const std::string_view stamp = stem.substr(stem.size() - kTimestampSuffixLength);
  if (stamp[0] != '_' || stamp[9] != '_' || !IsDigits(stamp.substr(1, 8)) ||
      !IsDigits(stamp.substr(10, 6))) {
    return std::nullopt;
  }
  parsed.prefix = std::string(stem);
  parsed.scenario = std::string(stem.substr(0, stem.size() - kTimestampSuffixLength));
  parsed.timestamp = std::string(stamp.substr(1));
  return parsed;
}

Result<RunFiles> FindRun(const std::filesystem::path& dir, std::string_view prefix_filter) {
  std::error_code error;
  std::filesystem::directory_iterator entries(dir, error);
  if (error) return Status::IOError(dir.string() + ": cannot read directory: " + error.message());
  // Keyed by (timestamp, prefix) so the last entry is the newest run.
  std::map<std::pair<std::string, std::string>, RunFiles> runs;
  for (; entries != std::filesystem::directory_iterator(); entries.increment(error)) {
    if (error) return Status::IOError(dir.string() + ": " + error.message());
    const std::string file_name = entries->path().filename().string();
    std::optional<RunFileName> parsed = ParseRunFileName(file_name);
    if (!parsed || parsed->prefix.rfind(prefix_filter, 0) != 0) continue;
    RunFiles& run = runs[{parsed->timestamp, parsed->prefix}];
    run.dir = dir;
    run.prefix = parsed->prefix;
    run.scenario = parsed->scenario;
    run.timestamp = parsed->timestamp;
    if (!parsed->table) {
      run.summary = entries->path();
      continue;
    }
    const auto table_idx = static_cast<size_t>(*parsed->table);
    std::optional<std::filesystem::path>& slot = run.tables[table_idx];
    if (!slot) {
      slot = entries->path();
    } else if (OutputFormatFromExtension(parsed->extension) == OutputFormat::kCsv) {
      run.alternates[table_idx] = std::move(slot);
      slot = entries->path();
    } else {
      run.alternates[table_idx] = entries->path();
    }
  }
  if (runs.empty()) {
    std::string message = dir.string() + ": no generated run found";
    if (!prefix_filter.empty()) message += " with prefix '" + std::string(prefix_filter) + "'";
    message += ShardedRunNote(dir, prefix_filter);
    return Status::InvalidArgument(message);
  }
  return std::move(runs.rbegin()->second);
}

void PreferNamedFiles(const std::map<std::string, std::string, std::less<>>& named_files,
                      RunFiles& run) {
  for (TableId table : kAllTables) {
    const auto table_idx = static_cast<size_t>(table);
    std::optional<std::filesystem::path>& alternate = run.alternates[table_idx];
    if (!alternate) continue;
    const auto named = named_files.find(TableName(table));
    if (named == named_files.end() || alternate->filename() != named->second) continue;
    std::swap(run.tables[table_idx], alternate);
  }
}

}  // namespace ecomgen::validate
