#include "validate/run_files.h"

#include <map>
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
