// Fuzzes the validator's Parquet table source (ParquetReader: footer, Thrift, pages,
// decompression, RLE levels, dictionaries; then ReadParquetTable and the format checks).
//
// Input: one byte choosing the table (byte % 10, TableId order), then the file's bytes; they
// are written to a scratch file because the reader reads a path, as `ecomgen validate` does.
// Invariants: the read either fails with one line naming the file, or gives a LoadedTable
// whose columns each hold one value per row (loaded_table_check.h). Run with a memory limit:
// a footer that claims more than the file holds must not make the reader allocate it.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "ecomgen/table_id.h"
#include "fuzz_check.h"
#include "loaded_table_check.h"
#include "validate/parquet_table_source.h"
#include "validate/run_tables.h"

namespace {

// One scratch file per process, removed at exit.
const std::filesystem::path& ScratchPath() {
  static const std::filesystem::path path = [] {
    std::filesystem::path chosen =
        std::filesystem::temp_directory_path() /
        ("parquet_table_fuzzer_" + std::to_string(::getpid()) + ".parquet");
    std::atexit([] { std::filesystem::remove(ScratchPath()); });
    return chosen;
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ecomgen;
  if (size == 0) return 0;
  const TableId table = kAllTables[data[0] % kTableCount];
  const std::filesystem::path& path = ScratchPath();
  std::FILE* file = std::fopen(path.c_str(), "wb");
  ECOMGEN_FUZZ_CHECK(file != nullptr);
  ECOMGEN_FUZZ_CHECK(std::fwrite(data + 1, 1, size - 1, file) == size - 1);
  ECOMGEN_FUZZ_CHECK(std::fclose(file) == 0);

  const Result<validate::LoadedTable> loaded =
      validate::ReadParquetTable(path, table, validate::TableRequest(table));
  if (!loaded) {
    fuzz::CheckReadError(loaded.error(), path.filename().string());
    return 0;
  }
  ECOMGEN_FUZZ_CHECK(loaded->table == table);
  fuzz::CheckLoadedTable(*loaded);
  return 0;
}
