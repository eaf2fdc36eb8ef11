// OutputFormat and Compression: the file formats a run can write, and what the CLI, the
// output estimate and `validate` need to know about each.
//
// Every format has one entry in the format registry (src/sinks/format_registry.cc): its
// --output name, file extension, writer factory, size estimate and dry-run time factor. The
// functions here read that entry, so adding a format is one enumerator, one registry entry
// and the format's sink folder; nothing else switches over formats.
//
// Thread safety: the registry is immutable; every function may be called from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ecomgen {

enum class OutputFormat : uint8_t { kCsv, kParquet };

// Page compression (Parquet); formats with `compressed == false` ignore it.
enum class Compression : uint8_t { kZstd, kSnappy, kNone };
inline constexpr int kCompressionCount = 3;

// The user-visible facts of a format.
struct OutputFormatInfo {
  OutputFormat format;
  std::string_view name;       // the --output value: "csv"
  std::string_view extension;  // the file extension without its dot: "csv"
  bool compressed;             // whether --compression applies
};

// Every format, in registry order (the first is the default and the reference format).
std::span<const OutputFormatInfo> OutputFormats();

// The entry of `format`.
const OutputFormatInfo& FormatInfo(OutputFormat format);

// The format whose --output name is `name`, if any.
std::optional<OutputFormat> OutputFormatFromName(std::string_view name);

// The format whose files end in `extension` ("parquet" or ".parquet"), if any.
std::optional<OutputFormat> OutputFormatFromExtension(std::string_view extension);

// The --compression name of `compression`: "zstd", "snappy", "none".
std::string_view CompressionName(Compression compression);

// The compression called `name`, if any.
std::optional<Compression> CompressionFromName(std::string_view name);

}  // namespace ecomgen
