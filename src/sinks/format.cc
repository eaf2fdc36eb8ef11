// MakeFormat: picks the output format named by FormatOptions (declared in sinks/sink.h).
#include <memory>

#include "sinks/csv/csv_format.h"
#include "sinks/parquet/parquet_format.h"
#include "sinks/sink.h"

namespace ecomgen {

std::unique_ptr<Format> MakeFormat(const FormatOptions& options) {
  switch (options.format) {
    case OutputFormat::kCsv:
      return MakeCsvFormat();
    case OutputFormat::kParquet:
      return MakeParquetFormat(options);
  }
  return nullptr;  // unreachable: the switch names every OutputFormat
}

}  // namespace ecomgen
