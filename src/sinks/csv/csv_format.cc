#include "sinks/csv/csv_format.h"

#include <utility>

#include "sinks/csv/csv_chunk_encoder.h"
#include "sinks/csv/csv_table_writer.h"

namespace ecomgen {

namespace {

class CsvFormat final : public Format {
 public:
  std::string_view extension() const override { return "csv"; }

  std::unique_ptr<ChunkEncoder> NewEncoder(const Schema& schema) const override {
    return std::make_unique<csv::CsvChunkEncoder>(schema);
  }

  std::unique_ptr<TableWriter> NewWriter(const Schema& schema,
                                         std::unique_ptr<OutputFile> file) const override {
    return std::make_unique<csv::CsvTableWriter>(schema, std::move(file));
  }
};

}  // namespace

std::unique_ptr<Format> MakeCsvFormat() { return std::make_unique<CsvFormat>(); }

}  // namespace ecomgen
