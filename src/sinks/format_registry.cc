// The format registry (sinks/format_registry.h) and the public lookups of
// ecomgen/output_format.h, all read from the one table kFormats.
#include "sinks/format_registry.h"

#include <array>
#include <memory>

#include "sinks/csv/csv_format.h"
#include "sinks/parquet/parquet_format.h"

namespace ecomgen {
namespace {

std::unique_ptr<Format> MakeCsv(const FormatOptions& /*options*/) { return MakeCsvFormat(); }

// size_share: measured on `ecomgen baseline` at scales 0.2 and 1 (all tables), per
// Compression {zstd, snappy, none}. Without compression the dictionary pages make Parquet
// about as large as CSV. time_factor: Parquet runs measured 1.35x the CSV time, rounded up.
// Entries are in OutputFormat order (FormatEntryFor indexes by it; checked below).
constexpr std::array<FormatEntry, 2> kFormats = {{
    {{OutputFormat::kCsv, "csv", "csv", false}, MakeCsv, {1.0, 1.0, 1.0}, 1.0},
    {{OutputFormat::kParquet, "parquet", "parquet", true},
     MakeParquetFormat,
     {0.2, 0.36, 1.0},
     1.4},
}};

constexpr bool InEnumOrder() {
  for (size_t idx = 0; idx < kFormats.size(); ++idx) {
    if (static_cast<size_t>(kFormats[idx].info.format) != idx) return false;
  }
  return true;
}
static_assert(InEnumOrder(), "kFormats must list the formats in OutputFormat order");

// The public view, in registry order.
constexpr std::array<OutputFormatInfo, kFormats.size()> InfoTable() {
  std::array<OutputFormatInfo, kFormats.size()> infos{};
  for (size_t idx = 0; idx < kFormats.size(); ++idx) infos[idx] = kFormats[idx].info;
  return infos;
}
constexpr std::array<OutputFormatInfo, kFormats.size()> kInfos = InfoTable();

constexpr std::array<std::string_view, kCompressionCount> kCompressionNames = {"zstd", "snappy",
                                                                               "none"};

}  // namespace

const FormatEntry& FormatEntryFor(OutputFormat format) {
  return kFormats[static_cast<size_t>(format)];
}

std::unique_ptr<Format> MakeFormat(const FormatOptions& options) {
  return FormatEntryFor(options.format).make(options);
}

std::span<const OutputFormatInfo> OutputFormats() { return kInfos; }

const OutputFormatInfo& FormatInfo(OutputFormat format) { return FormatEntryFor(format).info; }

std::optional<OutputFormat> OutputFormatFromName(std::string_view name) {
  for (const OutputFormatInfo& info : kInfos) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::optional<OutputFormat> OutputFormatFromExtension(std::string_view extension) {
  if (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
  for (const OutputFormatInfo& info : kInfos) {
    if (info.extension == extension) return info.format;
  }
  return std::nullopt;
}

std::string_view CompressionName(Compression compression) {
  return kCompressionNames[static_cast<size_t>(compression)];
}

std::optional<Compression> CompressionFromName(std::string_view name) {
  for (size_t idx = 0; idx < kCompressionNames.size(); ++idx) {
    if (kCompressionNames[idx] == name) return static_cast<Compression>(idx);
  }
  return std::nullopt;
}

}  // namespace ecomgen
