// Fuzzes the validator's CSV table source (CsvReader + ReadCsvTable + the format checks).
//
// Input: one byte choosing the table (byte % 10, TableId order), then the CSV text. The
// table's own column request is read, as `ecomgen validate` does.
// Invariants: the read either fails with one line naming the file, or gives a LoadedTable
// whose columns each hold one value per row (loaded_table_check.h) and whose format
// findings are escaped one-line texts.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ecomgen/table_id.h"
#include "fuzz_check.h"
#include "loaded_table_check.h"
#include "validate/csv_reader.h"
#include "validate/csv_table_source.h"
#include "validate/run_tables.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ecomgen;
  if (size == 0) return 0;
  const TableId table = kAllTables[data[0] % kTableCount];
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::unique_ptr<validate::CsvReader> reader =
      validate::CsvReader::FromString(std::move(text), "fuzz.csv");
  const Result<validate::LoadedTable> loaded =
      validate::ReadCsvTable(*reader, table, validate::TableRequest(table));
  if (!loaded) {
    ECOMGEN_FUZZ_CHECK(loaded.error().code() == Status::Code::kInvalidArgument);
    fuzz::CheckReadError(loaded.error(), "fuzz.csv");
    return 0;
  }
  ECOMGEN_FUZZ_CHECK(loaded->table == table);
  fuzz::CheckLoadedTable(*loaded);
  return 0;
}
