#include "sinks/parquet/parquet_format.h"

#include <utility>

#include "sinks/parquet/parquet_chunk_encoder.h"
#include "sinks/parquet/parquet_table_writer.h"

namespace ecomgen {

namespace {

class ParquetFormat final : public Format {
 public:
  explicit ParquetFormat(const FormatOptions& options) : options_(options) {}

  std::string_view extension() const override { return "parquet"; }

  std::unique_ptr<ChunkEncoder> NewEncoder(const Schema& schema) const override {
    return std::make_unique<parquet::ParquetChunkEncoder>(schema, options_.compression);
  }

  std::unique_ptr<TableWriter> NewWriter(const Schema& schema,
                                         std::unique_ptr<OutputFile> file) const override {
    return std::make_unique<parquet::ParquetTableWriter>(schema, std::move(file), options_);
  }

 private:
  FormatOptions options_;
};

}  // namespace

std::unique_ptr<Format> MakeParquetFormat(const FormatOptions& options) {
  return std::make_unique<ParquetFormat>(options);
}

}  // namespace ecomgen
