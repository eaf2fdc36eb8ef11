// Page headers: the Thrift PageHeader that precedes every page of a column chunk.
//
// ecomgen writes two kinds: v1 data pages (definition levels, when the column is optional,
// are RLE with a 4-byte length prefix; there are no repetition levels) and dictionary pages
// (PLAIN entries).
//
// Thread safety: stateless functions.
#pragma once

#include <cstdint>
#include <string>

#include "sinks/parquet/parquet_types.h"

namespace ecomgen::parquet {

// Appends the header of a DATA_PAGE holding `num_values` values (NULLs included).
void WriteDataPageHeader(int32_t uncompressed_bytes, int32_t compressed_bytes, int32_t num_values,
                         Encoding encoding, std::string& out);

// Appends the header of a DICTIONARY_PAGE holding `num_values` PLAIN entries.
void WriteDictionaryPageHeader(int32_t uncompressed_bytes, int32_t compressed_bytes,
                               int32_t num_values, std::string& out);

}  // namespace ecomgen::parquet
